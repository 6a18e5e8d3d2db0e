#pragma once

#include "account/AccountProfile.h"
#include "smtp/SendResult.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

namespace Ui {
class ConnectionTestDialog;
}
class AppServices;
class CertificateDialog;
class SendController;

// Tries a profile without sending anything: connect, secure, sign in, QUIT — a connection test
// run by a SendController, which finds (or asks for) the password and keeps every test in the
// conversation log. Shows the stage, the live transcript and a plain verdict. When the
// certificate is refused, the person may view it and trust it; the fingerprint is pinned in this
// dialog's copy of the profile (profile()), certificateTrusted is emitted and the test runs
// again. Saving the profile is the caller's job. Closing the dialog while a test runs cancels it.
class ConnectionTestDialog : public QDialog
{
    Q_OBJECT
public:
    // secret: a password typed but not yet saved (the profile dialog's form); without one the
    // stored password is used, or asked for.
    ConnectionTestDialog(AppServices *services, const AccountProfile &profile,
        const std::optional<QString> &secret = std::nullopt, QWidget *parent = nullptr);
    ~ConnectionTestDialog() override;

    // A password asked for during the test is kept where the person chooses (the default); a
    // profile being edited keeps it in its own form instead.
    void setKeepAskedPassword(bool keep) { m_keepAskedPassword = keep; }

    void start(); // runs the test; ignored while one runs
    SendResult result() const { return m_result; } // of the last finished test; reset by start()
    AccountProfile profile() const { return m_profile; } // with any certificate trusted here
    bool isRunning() const;

    void done(int result) override; // cancels a running test first

Q_SIGNALS:
    void testFinished(const SendResult &result);
    void certificateTrusted(const QString &sha256); // in Fingerprint::normalized() form

private:
    void cancel();
    void onFinished(const SendResult &result);
    void showVerdict(const SendResult &result);
    void viewCertificate();
    void trustCertificate(const QString &sha256);
    void updateButtons();

    std::unique_ptr<Ui::ConnectionTestDialog> m_ui;
    AccountProfile m_profile;
    std::optional<QString> m_secret;
    bool m_keepAskedPassword = true;
    SendController *m_controller = nullptr;
    SendResult m_result;
    QPointer<CertificateDialog> m_certificateDialog;
};
