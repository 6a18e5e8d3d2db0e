#pragma once

#include "mime/Message.h"
#include "smtp/SendResult.h"
#include "smtp/SmtpTypes.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

#include <memory>

namespace Ui {
class ComposerWindow;
}
class AddressHistory;
class AttachmentList;
class BodyEditor;
class QMessageBox;
class QStringListModel;
class SenderSettingsForm;
class SmtpSession;
class TranscriptPane;

// The composer: From (SenderSettingsForm), To/Cc/Bcc, Subject, the body and the attachments,
// sending with progress and Cancel, and the server conversation in a dock. It turns the fields
// into a Message, hands it to MessageBuilder and SmtpSession, and maps their signals to widgets;
// it holds no protocol logic. Whatever the outcome, nothing the person wrote is lost unless the
// message was sent to everyone.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ComposerWindow(QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // Fills the fields from a message (drafts, the demo); attachments must exist on disk.
    void setMessage(const Message &message);
    bool isSending() const;

    SenderSettingsForm *senderForm() const;
    BodyEditor *bodyEditor() const;
    AttachmentList *attachmentList() const;
    TranscriptPane *transcriptPane() const { return m_transcriptPane; }
    SmtpSession *session() const { return m_session; }

    // True when the text mentions an attachment ("attached", "attachment", "附件", and the
    // translation's own words), ignoring quoted lines ("> …").
    static bool mentionsAttachment(const QString &text);

public Q_SLOTS:
    void send(); // checks the fields; may ask about a forgotten attachment first
    void cancelSend(); // any time while sending
    void newMessage(); // asks before discarding what was written
    void chooseEmlFile();
    void saveAsEml(const QString &path);
    void showProgress(qint64 sentBytes, qint64 totalBytes);
    void showResult(const SendResult &result);

Q_SIGNALS:
    void sendFinished(const SendResult &result); // after the window has shown the outcome
    void emlSaved(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Draft
    {
        Message message;
        QString problem; // a sentence: why it cannot be sent or saved
        QWidget *field = nullptr; // where to fix it
    };

    Draft collectDraft(bool forSending) const;
    void startSending(const Draft &draft);
    void setSending(bool sending);
    void showProblem(const QString &title, const QString &text, QWidget *field = nullptr);
    void showStage(Smtp::State state);
    void rememberCapabilities(const QStringList &capabilities);
    void rememberAddresses(const Message &message);
    void loadKnownAddresses(const AddressHistory &history);
    void updateSizeLimit();
    void updateTitle();
    void setCcBccVisible(bool visible);
    void clearComposer();
    void setupActions();
    void retranslate();
    void restoreSettings();
    void saveSettings() const;
    bool hasContent() const;

    std::unique_ptr<Ui::ComposerWindow> m_ui;
    SmtpSession *m_session = nullptr;
    TranscriptPane *m_transcriptPane = nullptr;
    QStringListModel *m_knownAddresses = nullptr;
    QPointer<QMessageBox> m_pendingQuestion; // attachment reminder, discard question
    Message m_sending; // what is being sent, to remember its addresses
    QElapsedTimer m_bodyClock; // since the first body byte, for the time left
    qint64 m_bodyStartBytes = 0;
    bool m_sendingNow = false;
};
