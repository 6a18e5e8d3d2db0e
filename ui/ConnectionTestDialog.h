#pragma once

#include "account/AccountProfile.h"
#include "smtp/SendResult.h"
#include "smtp/SmtpTypes.h"
#include "smtp/TranscriptEntry.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QPointer>

class CertificateDialog;
class ConversationLog;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class SmtpSession;
class TranscriptView;

// Tries a profile without sending anything: connect, secure, sign in, QUIT (a SendRequest with
// no body and no recipients), showing the stage, the live transcript and a plain verdict. When
// the certificate is refused, the person may view it and trust it; the fingerprint is pinned in
// this dialog's copy of the profile (profile()), certificateTrusted is emitted and the test runs
// again. Saving the profile is the caller's job. Every finished test goes to the conversation
// log, when one is given. Closing the dialog while a test runs cancels it.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionTestDialog(const AccountProfile &profile, const QString &secret, ConversationLog *log,
                         QWidget *parent = nullptr);
    ~ConnectionTestDialog() override;

    void start(); // runs the test; ignored while one runs
    SendResult result() const { return m_result; } // of the last finished test; reset by start()
    AccountProfile profile() const { return m_profile; } // with any certificate trusted here
    bool isRunning() const { return m_running; }

    void done(int result) override; // cancels a running test first

Q_SIGNALS:
    void testFinished(const SendResult &result);
    void certificateTrusted(const QString &sha256); // normalised, as the profile stores it

private:
    void cancel();
    void showStage(Smtp::State state);
    void onTranscript(const TranscriptEntry &entry);
    void onFinished(const SendResult &result);
    void showVerdict(const SendResult &result);
    void appendToLog(const SendResult &result);
    void viewCertificate();
    void trustCertificate(const QString &sha256);
    void updateButtons();
    QString serverName() const; // "host:port"

    AccountProfile m_profile;
    QString m_secret;
    QPointer<ConversationLog> m_log;
    SmtpSession *m_session = nullptr;
    bool m_running = false;
    SendResult m_result;
    QList<TranscriptEntry> m_entries; // of the running or last test, for the log
    QDateTime m_startedAt;
    QPointer<CertificateDialog> m_certificateDialog;

    QLabel *m_introLabel = nullptr;
    QLabel *m_stageIconLabel = nullptr;
    QLabel *m_stageLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_verdictLabel = nullptr;
    QLabel *m_logNoteLabel = nullptr;
    TranscriptView *m_transcriptView = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_viewCertificateButton = nullptr;
    QPushButton *m_testAgainButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
