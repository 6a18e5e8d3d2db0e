#pragma once

#include "StoreStatus.h"
#include "mime/Message.h"
#include "smtp/SmtpTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <optional>

// A message being written, as drafts and the crash-recovery slot keep it.
struct Draft
{
    QString id; // assigned on first save; stays with the message (recovery, draft, outbox)
    QString profileName;
    Message message; // attachments by path: the files are referenced, not copied
    QDateTime savedAt; // set by the store
};
Q_DECLARE_METATYPE(Draft)

// A message on its way out: one that failed to send, kept ready to retry with the reason, or
// one waiting for the time it is to be sent (scheduledFor valid: "send later", and the few
// seconds in which a send can be undone).
struct OutboxItem
{
    QString id; // the draft's id when it had one
    QString profileName;
    Message message;
    QString reason; // SendResult::message: the sentence the person saw; empty while scheduled
    Smtp::Outcome outcome = Smtp::Outcome::Failed;
    Smtp::Failure failure = Smtp::Failure::None;
    QDateTime failedAt; // set by the store when invalid (when it was stored, for a scheduled one)
    int attempts = 1; // addToOutbox() of an id already there adds one
    QDateTime scheduledFor; // UTC; valid while it waits to be sent

    bool isScheduled() const { return scheduledFor.isValid(); }
    Draft toDraft() const { return Draft { id, profileName, message, failedAt }; } // to open it again
};

// When an attached file was sent: a later look can tell that it has changed or gone since.
struct FileStamp
{
    QString path;
    qint64 size = -1;
    QDateTime modified;
};

// A message the server accepted, kept (attachments by path, as drafts keep them) so it can be
// looked up and sent again as a new message.
struct SentItem
{
    QString id; // the message's id in the store while it was written
    QString profileName;
    Message message;
    QDateTime sentAt; // set by the store when invalid
    Smtp::Outcome outcome = Smtp::Outcome::Sent; // or PartlyRefused
    QStringList refused; // the recipients the server refused, when some were
    QList<FileStamp> files; // every attached file as it was when sent (addToSent() fills it)

    Draft toDraft() const { return Draft { QString(), profileName, message, sentAt }; } // a new message
};
Q_DECLARE_METATYPE(SentItem)
Q_DECLARE_METATYPE(OutboxItem)

struct DraftSaveResult
{
    QString id; // the stored id (new ones assigned)
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Nothing lost: drafts, the crash-recovery slot, the outbox and sent messages, as one JSON file
// per message under <AppDataLocation>/{drafts,recovery,outbox,sent}/<id>.json, each replaced atomically
// (AtomicFile: temporary file, fsync, rename), so a crash leaves the previous version or the
// new one, never a torn file. Files per message rather than SQLite: each is one value replaced
// whole, few in number, and readable by a person if it ever comes to that.
//
// The recovery slot holds the open message (written by DraftAutosaver). The composer clears it
// when the message is sent, saved as a draft or discarded; one still there at start-up means
// the last run ended without that, and hasUnsavedRecovery() says so ("restore?").
class DraftStore : public QObject
{
    Q_OBJECT
public:
    // directory empty: QStandardPaths::AppDataLocation.
    explicit DraftStore(const QString &directory = QString(), QObject *parent = nullptr);
    QString directory() const { return m_directory; }

    // Crash recovery.
    [[nodiscard]] DraftSaveResult saveRecovery(const Draft &draft);
    // Recoveries left by a process that has ended (this process's own autosaves, and those of
    // another Mailwright still running, are not offered).
    bool hasUnsavedRecovery() const;
    QList<Draft> recoveries() const; // newest first
    bool clearRecovery(const QString &id);

    // Drafts the person saved.
    [[nodiscard]] DraftSaveResult saveDraft(const Draft &draft);
    QList<Draft> drafts() const; // newest first
    std::optional<Draft> draft(const QString &id) const;
    bool removeDraft(const QString &id);

    // The outbox.
    [[nodiscard]] DraftSaveResult addToOutbox(const OutboxItem &item);
    QList<OutboxItem> outbox() const; // oldest failure first
    std::optional<OutboxItem> outboxItem(const QString &id) const;
    bool removeFromOutbox(const QString &id);
    // To be sent at `when` (UTC): stored as a scheduled outbox item; attempts are not counted.
    [[nodiscard]] DraftSaveResult scheduleInOutbox(const OutboxItem &item, const QDateTime &when);

    // Sent messages, newest first.
    [[nodiscard]] DraftSaveResult addToSent(const SentItem &item);
    QList<SentItem> sent() const;
    std::optional<SentItem> sentItem(const QString &id) const;
    bool removeFromSent(const QString &id);
    // Attached files that changed (size or time) or are gone since the message was sent.
    static QStringList changedFiles(const SentItem &item);

    // Attachment and inline-image files that no longer exist (to say so before a retry).
    static QStringList missingFiles(const Message &message);

Q_SIGNALS:
    void draftsChanged();
    void outboxChanged();
    void sentChanged();

private:
    QString pathFor(const QString &folder, const QString &id) const;
    DraftSaveResult writeDraft(const QString &folder, const Draft &draft);
    QList<Draft> readDrafts(const QString &folder) const;
    bool removeFile(const QString &folder, const QString &id);

    QString m_directory;
};
