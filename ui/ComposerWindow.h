#pragma once

#include "account/AccountProfile.h"
#include "mime/Message.h"
#include "send/SendJob.h"
#include "send/SendTypes.h"
#include "smtp/SendResult.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class ComposerWindow;
}
class AddressHistory;
class AppServices;
class AttachmentList;
class BodyEditor;
class DraftAutosaver;
class LogWindow;
struct MailtoLink;
class ProfileDialog;
class QMessageBox;
class QStringListModel;
class SendController;
class SenderChooser;
class SendProgress;
class TranscriptPane;
struct Draft;

// The composer: From (an account profile), To/Cc/Bcc, Subject, the body and the attachments,
// sending with progress and Cancel, and the server conversation in a dock. It turns the fields
// into a Message, hands it with the profile to a SendController (which logs the session and
// keeps a failed message in the outbox), answers the controller's questions with dialogs and
// maps its signals to widgets; it holds no protocol logic and no send policy. Nothing the person
// wrote is lost: the message is autosaved for crash recovery and can be kept as a draft.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    // services: shared with other windows, not owned; null makes private ones over the
    // default locations.
    explicit ComposerWindow(AppServices *services = nullptr, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Fills the fields from a message (drafts, the demo, a link); attachments must exist on disk.
    // Extra headers (In-Reply-To, References) are kept and sent with it.
    void setMessage(const Message &message);
    // Fills the fields from a mailto: link. The files it asks for wait in the attachment list as
    // "requested by the link" (those LinkAttachments refuses are not even shown) and are sent
    // only once the person confirms them; what was left out of the link is listed above the
    // fields (linkNotes()).
    void openLink(const MailtoLink &link);
    QStringList linkNotes() const { return m_linkNotes; }
    // What the fields hold, as typed (nothing checked): what drafts keep. Files a link asked
    // for and the person has not confirmed are not part of it.
    Message typedMessage() const;
    bool isSending() const;
    AppServices *services() const { return m_services; }

    SenderChooser *senderChooser() const;
    BodyEditor *bodyEditor() const;
    AttachmentList *attachmentList() const;
    TranscriptPane *transcriptPane() const { return m_transcriptPane; }
    SendController *controller() const { return m_controller; }

    // The id the open message has in the DraftStore (recovery slot, draft, outbox); empty
    // before its first save.
    QString messageId() const { return m_messageId; }
    DraftAutosaver *autosaver() const { return m_autosaver; }

public Q_SLOTS:
    void send(); // checks the fields; may ask about a forgotten attachment first
    void cancelSend(); // any time while sending
    void newMessage(); // asks before discarding what was written
    void chooseEmlFile();
    void saveAsEml(const QString &path);
    void showResult(const SendResult &result);
    void saveDraft();
    void openDraft(const QString &id); // asks first when the open message has content
    void retryFromOutbox(const QString &id);
    void showDraftsDialog();
    void showProfileDialog();
    void showConversationLog();
    void testConnection(); // the chosen profile, without sending anything
    // After start-up: a message left by a run that ended without sending or saving it.
    void offerRecovery();
    // Once shown by the application: offers a recovered message, or on a first run (no
    // profile yet) opens the profile dialog so there is an account to send from.
    void startUp();

Q_SIGNALS:
    void sendFinished(const SendResult &result); // after the window has shown the outcome
    void emlSaved(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What the fields hold, checked.
    struct Collected
    {
        Message message;
        QString problem; // a sentence: why it cannot be sent or saved
        QWidget *field = nullptr; // where to fix it
    };

    enum class Collect {
        ForSending, // every field checked; a profile and a recipient required
        ForSaving, // the addresses checked (.eml)
        AsTyped, // nothing checked, addresses that do not parse kept as typed (autosave, drafts)
    };
    Collected collectMessage(Collect how) const;
    Draft currentDraft() const;
    // askAgainBecause: the server refused the stored password; ask for it even so.
    void startSending(const Collected &collected, const QString &askAgainBecause = QString());
    void askAboutRequestedFiles();
    void showLinkNotes(const QString &heading, const QStringList &notes);
    void loadDraft(const Draft &draft);
    void loadProfiles();
    void scheduleAutosave();
    void startNewMessageId(const QString &id);
    void setSending(bool sending);
    void showProblem(const QString &title, const QString &text, QWidget *field = nullptr);
    void loadKnownAddresses();
    void updateSizeLimit();
    void updateTitle();
    void setCcBccVisible(bool visible);
    void clearComposer();
    void setupActions();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    bool hasContent() const;
    bool isAsking() const; // a question box is open
    void applySignature();

    std::unique_ptr<Ui::ComposerWindow> m_ui;
    std::unique_ptr<AppServices> m_ownedServices;
    AppServices *m_services = nullptr;
    SendController *m_controller = nullptr;
    DraftAutosaver *m_autosaver = nullptr;
    QString m_messageId;
    QList<QPair<QByteArray, QString>> m_extraHeaders; // from setMessage: a link's In-Reply-To, a draft's
    QStringList m_linkNotes;
    bool m_loading = false; // filling the fields from a draft: not an edit
    bool m_closeConfirmed = false;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<LogWindow> m_logWindow;
    TranscriptPane *m_transcriptPane = nullptr;
    QStringListModel *m_knownAddresses = nullptr;
    QPointer<QMessageBox> m_pendingQuestion; // attachment reminder, discard question
    SendProgress *m_progress = nullptr;
};
