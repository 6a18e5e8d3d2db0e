#include "ServerFacts.h"

#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString sizeLimitsGroup = u"sizeLimits"_s;

std::unique_ptr<QSettings> open(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

// QSettings keys must not contain '/' (a group separator) or '\'; endpoint labels never do,
// but a host typed with one must not reach another key.
QString keyOf(const QString &endpoint)
{
    return QString(endpoint).replace(u'/', u'_').replace(u'\\', u'_');
}
} // namespace

ServerFacts::ServerFacts(const QString &settingsFile)
    : m_settingsFile(settingsFile)
{
}

qint64 ServerFacts::sizeLimit(const QString &endpoint) const
{
    if (endpoint.isEmpty())
        return 0;
    const auto settings = open(m_settingsFile);
    settings->beginGroup(sizeLimitsGroup);
    return qMax<qint64>(0, settings->value(keyOf(endpoint), 0).toLongLong());
}

void ServerFacts::setSizeLimit(const QString &endpoint, qint64 bytes)
{
    if (endpoint.isEmpty())
        return;
    const auto settings = open(m_settingsFile);
    settings->beginGroup(sizeLimitsGroup);
    if (settings->value(keyOf(endpoint), 0).toLongLong() != bytes)
        settings->setValue(keyOf(endpoint), bytes); // no write (and no file touched) when unchanged
}
