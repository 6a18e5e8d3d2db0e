#include "DraftStore.h"

#include "EnumText.h"

#include "AtomicFile.h"
#include "MessageJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaEnum>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// A recovery slot written by another copy of this program that is still running belongs to
// that window, not to us. Linux tells through /proc; elsewhere every other process counts as
// ended, which at worst offers a message that is also still open.
bool isRunningSibling(qint64 pid)
{
    if (pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    const QString exe = QFileInfo(u"/proc/%1/exe"_s.arg(pid)).symLinkTarget();
    return !exe.isEmpty() && exe == QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath();
}

const QString draftsFolder = u"drafts"_s;
const QString recoveryFolder = u"recovery"_s;
const QString outboxFolder = u"outbox"_s;
const QString sentFolder = u"sent"_s;
constexpr int formatVersion = 1;

// Ids become file names: letters, digits and '-' only, so no id can point outside the folder.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            return false;
    }
    return true;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString unsafeIdError(const QString &id)
{
    return QCoreApplication::translate("DraftStore", "“%1” cannot be used as a draft id.").arg(id);
}

QJsonObject draftToJson(const Draft &draft)
{
    QJsonObject o;
    o.insert(u"format"_s, formatVersion);
    o.insert(u"id"_s, draft.id);
    o.insert(u"profile"_s, draft.profileName);
    o.insert(u"savedAt"_s, draft.savedAt.toString(Qt::ISODateWithMs));
    o.insert(u"pid"_s, QCoreApplication::applicationPid());
    o.insert(u"message"_s, MessageJson::toJson(draft.message));
    return o;
}

Draft draftFromJson(const QJsonObject &o)
{
    Draft d;
    d.id = o.value(u"id"_s).toString();
    d.profileName = o.value(u"profile"_s).toString();
    d.savedAt = QDateTime::fromString(o.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    d.message = MessageJson::fromJson(o.value(u"message"_s).toObject());
    return d;
}

} // namespace

DraftStore::DraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : directory)
{
}

QString DraftStore::pathFor(const QString &folder, const QString &id) const
{
    return m_directory + u'/' + folder + u'/' + id + u".json"_s;
}

DraftSaveResult DraftStore::writeDraft(const QString &folder, const Draft &draft)
{
    DraftSaveResult result;
    Draft stored = draft;
    if (stored.id.isEmpty())
        stored.id = newId();
    if (!isSafeId(stored.id)) {
        result.error = unsafeIdError(stored.id);
        return result;
    }
    stored.savedAt = QDateTime::currentDateTimeUtc();
    const StoreStatus status = AtomicFile::writeJson(pathFor(folder, stored.id), draftToJson(stored));
    result.error = status.error;
    if (status.ok())
        result.id = stored.id;
    return result;
}

QList<Draft> DraftStore::readDrafts(const QString &folder) const
{
    QList<Draft> result;
    const QDir dir(m_directory + u'/' + folder);
    // Only *.json: QSaveFile's temporary files from an interrupted write are ignored.
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
    for (const QString &file : files) {
        if (const std::optional<QJsonObject> o = AtomicFile::readJson(dir.filePath(file)))
            result.append(draftFromJson(*o));
    }
    std::sort(result.begin(), result.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return result;
}

bool DraftStore::removeFile(const QString &folder, const QString &id)
{
    return isSafeId(id) && QFile::remove(pathFor(folder, id));
}

DraftSaveResult DraftStore::saveRecovery(const Draft &draft)
{
    return writeDraft(recoveryFolder, draft);
}

bool DraftStore::hasUnsavedRecovery() const
{
    return !recoveries().isEmpty();
}

QList<Draft> DraftStore::recoveries() const
{
    QList<Draft> result;
    const QDir dir(m_directory + u'/' + recoveryFolder);
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
    for (const QString &file : files) {
        const std::optional<QJsonObject> o = AtomicFile::readJson(dir.filePath(file));
        const qint64 pid = o ? o->value(u"pid"_s).toInteger() : 0;
        if (!o || pid == QCoreApplication::applicationPid() || isRunningSibling(pid))
            continue;
        result.append(draftFromJson(*o));
    }
    std::sort(result.begin(), result.end(), [](const Draft &a, const Draft &b) { return a.savedAt > b.savedAt; });
    return result;
}

bool DraftStore::clearRecovery(const QString &id)
{
    return removeFile(recoveryFolder, id);
}

DraftSaveResult DraftStore::saveDraft(const Draft &draft)
{
    DraftSaveResult result = writeDraft(draftsFolder, draft);
    if (result.ok())
        Q_EMIT draftsChanged();
    return result;
}

QList<Draft> DraftStore::drafts() const
{
    return readDrafts(draftsFolder);
}

std::optional<Draft> DraftStore::draft(const QString &id) const
{
    if (!isSafeId(id))
        return std::nullopt;
    if (const std::optional<QJsonObject> o = AtomicFile::readJson(pathFor(draftsFolder, id)))
        return draftFromJson(*o);
    return std::nullopt;
}

bool DraftStore::removeDraft(const QString &id)
{
    const bool removed = removeFile(draftsFolder, id);
    if (removed)
        Q_EMIT draftsChanged();
    return removed;
}

namespace {

QJsonObject outboxToJson(const OutboxItem &item)
{
    QJsonObject o;
    o.insert(u"format"_s, formatVersion);
    o.insert(u"id"_s, item.id);
    o.insert(u"profile"_s, item.profileName);
    o.insert(u"reason"_s, item.reason);
    o.insert(u"outcome"_s, enumToString(item.outcome));
    o.insert(u"failure"_s, enumToString(item.failure));
    o.insert(u"failedAt"_s, item.failedAt.toString(Qt::ISODateWithMs));
    o.insert(u"attempts"_s, item.attempts);
    if (item.scheduledFor.isValid())
        o.insert(u"scheduledFor"_s, item.scheduledFor.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"message"_s, MessageJson::toJson(item.message));
    return o;
}

OutboxItem outboxFromJson(const QJsonObject &o)
{
    OutboxItem item;
    item.id = o.value(u"id"_s).toString();
    item.profileName = o.value(u"profile"_s).toString();
    item.reason = o.value(u"reason"_s).toString();
    item.outcome = enumFromString(o.value(u"outcome"_s).toString(), Smtp::Outcome::Failed);
    item.failure = enumFromString(o.value(u"failure"_s).toString(), Smtp::Failure::None);
    item.failedAt = QDateTime::fromString(o.value(u"failedAt"_s).toString(), Qt::ISODateWithMs);
    item.attempts = o.value(u"attempts"_s).toInt(1);
    item.scheduledFor = QDateTime::fromString(o.value(u"scheduledFor"_s).toString(), Qt::ISODateWithMs);
    item.message = MessageJson::fromJson(o.value(u"message"_s).toObject());
    return item;
}

QJsonObject sentToJson(const SentItem &item)
{
    QJsonObject o;
    o.insert(u"format"_s, formatVersion);
    o.insert(u"id"_s, item.id);
    o.insert(u"profile"_s, item.profileName);
    o.insert(u"sentAt"_s, item.sentAt.toString(Qt::ISODateWithMs));
    o.insert(u"outcome"_s, enumToString(item.outcome));
    o.insert(u"refused"_s, QJsonArray::fromStringList(item.refused));
    QJsonArray files;
    for (const FileStamp &file : item.files)
        files.append(QJsonObject { { u"path"_s, file.path }, { u"size"_s, file.size },
            { u"modified"_s, file.modified.toString(Qt::ISODateWithMs) } });
    o.insert(u"files"_s, files);
    o.insert(u"message"_s, MessageJson::toJson(item.message));
    return o;
}

SentItem sentFromJson(const QJsonObject &o)
{
    SentItem item;
    item.id = o.value(u"id"_s).toString();
    item.profileName = o.value(u"profile"_s).toString();
    item.sentAt = QDateTime::fromString(o.value(u"sentAt"_s).toString(), Qt::ISODateWithMs);
    item.outcome = enumFromString(o.value(u"outcome"_s).toString(), Smtp::Outcome::Sent);
    for (const QJsonValue &refused : o.value(u"refused"_s).toArray())
        item.refused << refused.toString();
    for (const QJsonValue &value : o.value(u"files"_s).toArray()) {
        const QJsonObject file = value.toObject();
        item.files << FileStamp { file.value(u"path"_s).toString(), file.value(u"size"_s).toInteger(-1),
            QDateTime::fromString(file.value(u"modified"_s).toString(), Qt::ISODateWithMs) };
    }
    item.message = MessageJson::fromJson(o.value(u"message"_s).toObject());
    return item;
}

FileStamp stampOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? FileStamp { path, info.size(), info.lastModified().toUTC() } : FileStamp { path };
}

} // namespace

DraftSaveResult DraftStore::addToOutbox(const OutboxItem &item)
{
    DraftSaveResult result;
    OutboxItem stored = item;
    if (stored.id.isEmpty())
        stored.id = newId();
    if (!isSafeId(stored.id)) {
        result.error = unsafeIdError(stored.id);
        return result;
    }
    if (!stored.failedAt.isValid())
        stored.failedAt = QDateTime::currentDateTimeUtc();
    stored.scheduledFor = QDateTime(); // failed: it waits for the person now, not for a time
    if (const std::optional<OutboxItem> earlier = outboxItem(stored.id))
        stored.attempts = earlier->attempts + 1;
    const StoreStatus status = AtomicFile::writeJson(pathFor(outboxFolder, stored.id), outboxToJson(stored));
    result.error = status.error;
    if (status.ok()) {
        result.id = stored.id;
        Q_EMIT outboxChanged();
    }
    return result;
}

QList<OutboxItem> DraftStore::outbox() const
{
    QList<OutboxItem> result;
    const QDir dir(m_directory + u'/' + outboxFolder);
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
    for (const QString &file : files) {
        if (const std::optional<QJsonObject> o = AtomicFile::readJson(dir.filePath(file)))
            result.append(outboxFromJson(*o));
    }
    std::sort(
        result.begin(), result.end(), [](const OutboxItem &a, const OutboxItem &b) { return a.failedAt < b.failedAt; });
    return result;
}

std::optional<OutboxItem> DraftStore::outboxItem(const QString &id) const
{
    if (!isSafeId(id))
        return std::nullopt;
    if (const std::optional<QJsonObject> o = AtomicFile::readJson(pathFor(outboxFolder, id)))
        return outboxFromJson(*o);
    return std::nullopt;
}

bool DraftStore::removeFromOutbox(const QString &id)
{
    const bool removed = removeFile(outboxFolder, id);
    if (removed)
        Q_EMIT outboxChanged();
    return removed;
}

DraftSaveResult DraftStore::scheduleInOutbox(const OutboxItem &item, const QDateTime &when)
{
    DraftSaveResult result;
    OutboxItem stored = item;
    if (stored.id.isEmpty())
        stored.id = newId();
    if (!isSafeId(stored.id)) {
        result.error = unsafeIdError(stored.id);
        return result;
    }
    stored.failedAt = QDateTime::currentDateTimeUtc();
    stored.scheduledFor = when.toUTC();
    stored.reason.clear();
    const std::optional<OutboxItem> earlier = outboxItem(stored.id);
    stored.attempts = earlier ? earlier->attempts : 0; // waiting is not an attempt
    const StoreStatus status = AtomicFile::writeJson(pathFor(outboxFolder, stored.id), outboxToJson(stored));
    result.error = status.error;
    if (status.ok()) {
        result.id = stored.id;
        Q_EMIT outboxChanged();
    }
    return result;
}

DraftSaveResult DraftStore::addToSent(const SentItem &item)
{
    DraftSaveResult result;
    SentItem stored = item;
    if (stored.id.isEmpty())
        stored.id = newId();
    if (!isSafeId(stored.id)) {
        result.error = unsafeIdError(stored.id);
        return result;
    }
    if (!stored.sentAt.isValid())
        stored.sentAt = QDateTime::currentDateTimeUtc();
    stored.files.clear();
    for (const QList<Attachment> *parts : { &stored.message.attachments, &stored.message.inlineImages })
        for (const Attachment &a : *parts)
            if (!a.filePath.isEmpty())
                stored.files << stampOf(a.filePath);
    const StoreStatus status = AtomicFile::writeJson(pathFor(sentFolder, stored.id), sentToJson(stored));
    result.error = status.error;
    if (status.ok()) {
        result.id = stored.id;
        Q_EMIT sentChanged();
    }
    return result;
}

QList<SentItem> DraftStore::sent() const
{
    QList<SentItem> result;
    const QDir dir(m_directory + u'/' + sentFolder);
    const QStringList files = dir.entryList({ u"*.json"_s }, QDir::Files);
    for (const QString &file : files) {
        if (const std::optional<QJsonObject> o = AtomicFile::readJson(dir.filePath(file)))
            result.append(sentFromJson(*o));
    }
    std::sort(result.begin(), result.end(), [](const SentItem &a, const SentItem &b) { return a.sentAt > b.sentAt; });
    return result;
}

std::optional<SentItem> DraftStore::sentItem(const QString &id) const
{
    if (!isSafeId(id))
        return std::nullopt;
    if (const std::optional<QJsonObject> o = AtomicFile::readJson(pathFor(sentFolder, id)))
        return sentFromJson(*o);
    return std::nullopt;
}

bool DraftStore::removeFromSent(const QString &id)
{
    const bool removed = removeFile(sentFolder, id);
    if (removed)
        Q_EMIT sentChanged();
    return removed;
}

QStringList DraftStore::changedFiles(const SentItem &item)
{
    QStringList changed;
    for (const FileStamp &then : item.files) {
        const FileStamp now = stampOf(then.path);
        if (now.size != then.size || now.modified != then.modified)
            changed << then.path;
    }
    return changed;
}

QStringList DraftStore::missingFiles(const Message &message)
{
    QStringList missing;
    for (const QList<Attachment> *parts : { &message.attachments, &message.inlineImages }) {
        for (const Attachment &a : *parts) {
            if (!a.filePath.isEmpty() && !QFileInfo::exists(a.filePath))
                missing.append(a.filePath);
        }
    }
    return missing;
}
