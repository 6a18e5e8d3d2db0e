#include "LinkAttachments.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool hasComponent(const QString &path, bool (*matches)(const QString &component))
{
    const QStringList components = path.split(u'/', Qt::SkipEmptyParts);
    return std::any_of(components.cbegin(), components.cend(), matches);
}

bool isDotOrDotDot(const QString &component)
{
    return component == u"."_s || component == u".."_s;
}

bool isHidden(const QString &component)
{
    return component.startsWith(u'.');
}

bool isSystemPath(const QString &path)
{
    for (const QString &root : { u"/proc"_s, u"/sys"_s, u"/dev"_s })
        if (path == root || path.startsWith(root + u'/'))
            return true;
    return false;
}

} // namespace

LinkAttachmentCheck LinkAttachments::check(const QString &requested)
{
    const auto refuse = [&requested](const QString &why) { return LinkAttachmentCheck { {}, why.arg(requested) }; };

    QString path = requested;
    if (requested.startsWith(u"file:"_s, Qt::CaseInsensitive)) {
        const QUrl url(requested, QUrl::StrictMode);
        // file:///x and file://localhost/x name this computer's files; file://host/x another's.
        const QString host = url.host();
        if (!url.isValid() || !url.isLocalFile()
            || !(host.isEmpty() || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0))
            return refuse(tr("%1 was not attached: it is not a file on this computer."));
        path = url.path(QUrl::FullyDecoded);
    } else if (const qsizetype colon = requested.indexOf(u':'); colon > 0 && !requested.startsWith(u'/')) {
        return refuse(tr("%1 was not attached: it is not a file on this computer."));
    }
    if (!path.startsWith(u'/'))
        return refuse(tr("%1 was not attached: a link must give the full path of a file, starting with “/”."));
    // A path that needs "." or ".." is not one a person would give; it can only hide where it leads.
    if (hasComponent(path, isDotOrDotDot))
        return refuse(tr("%1 was not attached: a link must name the file directly, without “.” or “..” in its path."));
    if (hasComponent(path, isHidden))
        return refuse(tr("%1 was not attached: it is hidden or in a hidden folder, where keys and settings live."));
    if (isSystemPath(path))
        return refuse(tr("%1 was not attached: it is a system file (/proc, /sys or /dev)."));

    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("%1 was not attached: there is no such file."));
    // Where symbolic links lead counts as much as the path itself.
    const QString canonical = info.canonicalFilePath();
    if (hasComponent(canonical, isHidden))
        return refuse(tr("%1 was not attached: it is hidden or in a hidden folder, where keys and settings live."));
    if (isSystemPath(canonical))
        return refuse(tr("%1 was not attached: it is a system file (/proc, /sys or /dev)."));
    const QFileInfo target(canonical);
    if (!target.isFile())
        return refuse(tr("%1 was not attached: it is not an ordinary file (a folder, device, pipe or socket)."));
    if (!target.isReadable())
        return refuse(tr("%1 was not attached: it cannot be read."));
    return { canonical, {} };
}
