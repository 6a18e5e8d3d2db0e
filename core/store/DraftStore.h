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

// A message that failed to send, kept ready to retry, with the reason.
struct OutboxItem
{
    QString id; // the draft's id when it had one
    QString profileName;
    Message message;
    QString reason; // SendResult::message: the sentence the person saw
    Smtp::Outcome outcome = Smtp::Outcome::Failed;
    Smtp::Failure failure = Smtp::Failure::None;
    QDateTime failedAt; // set by the store when invalid
    int attempts = 1; // addToOutbox() of an id already there adds one

    Draft toDraft() const { return Draft { id, profileName, message, failedAt }; } // to open it again
};
Q_DECLARE_METATYPE(OutboxItem)

struct DraftSaveResult
{
    QString id; // the stored id (new ones assigned)
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Nothing lost: drafts, the crash-recovery slot and the outbox, as one JSON file per message
// under <AppDataLocation>/{drafts,recovery,outbox}/<id>.json, each replaced atomically
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

    // Attachment and inline-image files that no longer exist (to say so before a retry).
    static QStringList missingFiles(const Message &message);

Q_SIGNALS:
    void draftsChanged();
    void outboxChanged();

private:
    QString pathFor(const QString &folder, const QString &id) const;
    DraftSaveResult writeDraft(const QString &folder, const Draft &draft);
    QList<Draft> readDrafts(const QString &folder) const;
    bool removeFile(const QString &folder, const QString &id);

    QString m_directory;
};
