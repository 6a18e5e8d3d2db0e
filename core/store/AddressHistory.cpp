#include "AddressHistory.h"

#include "AtomicFile.h"
#include "MessageJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

// Addresses compare case-insensitively: domains are, and in practice local parts are too.
QString keyOf(const QString &address)
{
    return address.trimmed().toCaseFolded();
}

void rank(QList<AddressUse> &entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const AddressUse &a, const AddressUse &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.lastUsed > b.lastUsed;
    });
}

bool matches(const AddressUse &use, const QString &typed)
{
    const QString address = use.mailbox.address.toCaseFolded();
    if (address.startsWith(typed))
        return true;
    const qsizetype at = address.lastIndexOf(u'@');
    if (at >= 0 && address.mid(at + 1).startsWith(typed))
        return true;
    const QString name = use.mailbox.displayName.toCaseFolded();
    if (name.startsWith(typed))
        return true;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(typed))
            return true;
    }
    return false;
}

} // namespace

AddressHistory::AddressHistory(const QString &filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : filePath)
{
    reload();
}

QString AddressHistory::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/addresses.json"_s;
}

void AddressHistory::reload()
{
    m_entries.clear();
    const std::optional<QJsonObject> o = AtomicFile::readJson(m_filePath);
    if (!o)
        return;
    const QJsonArray array = o->value(u"addresses"_s).toArray();
    for (const QJsonValue &v : array) {
        const QJsonObject e = v.toObject();
        AddressUse use;
        use.mailbox = MessageJson::mailboxFromJson(e);
        use.count = e.value(u"count"_s).toInt();
        use.lastUsed = QDateTime::fromString(e.value(u"lastUsed"_s).toString(), Qt::ISODateWithMs);
        if (!use.mailbox.address.isEmpty())
            m_entries.append(use);
    }
    rank(m_entries);
}

StoreStatus AddressHistory::save() const
{
    QJsonArray array;
    for (const AddressUse &use : m_entries) {
        QJsonObject e = MessageJson::mailboxToJson(use.mailbox);
        e.insert(u"count"_s, use.count);
        e.insert(u"lastUsed"_s, use.lastUsed.toString(Qt::ISODateWithMs));
        array.append(e);
    }
    QJsonObject o;
    o.insert(u"format"_s, 1);
    o.insert(u"addresses"_s, array);
    return AtomicFile::writeJson(m_filePath, o);
}

StoreStatus AddressHistory::recordUsed(const QList<Mailbox> &mailboxes, const QDateTime &when)
{
    reload();
    for (const Mailbox &mailbox : mailboxes) {
        const QString key = keyOf(mailbox.address);
        if (key.isEmpty())
            continue;
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
            [&](const AddressUse &use) { return keyOf(use.mailbox.address) == key; });
        if (it == m_entries.end()) {
            m_entries.append(AddressUse { mailbox, 0, when });
            it = m_entries.end() - 1;
        }
        ++it->count;
        if (!it->lastUsed.isValid() || when >= it->lastUsed) {
            it->lastUsed = when;
            if (!mailbox.displayName.isEmpty())
                it->mailbox.displayName = mailbox.displayName;
        }
    }
    rank(m_entries);
    return save();
}

QList<Mailbox> AddressHistory::complete(const QString &typed, int limit) const
{
    const QString needle = typed.trimmed().toCaseFolded();
    QList<Mailbox> result;
    for (const AddressUse &use : m_entries) {
        if (limit > 0 && result.size() >= limit)
            break;
        if (needle.isEmpty() || matches(use, needle))
            result.append(use.mailbox);
    }
    return result;
}

QList<AddressUse> AddressHistory::entries() const
{
    return m_entries;
}

StoreStatus AddressHistory::forget(const QString &address)
{
    reload();
    const QString key = keyOf(address);
    m_entries.removeIf([&](const AddressUse &use) { return keyOf(use.mailbox.address) == key; });
    return save();
}
