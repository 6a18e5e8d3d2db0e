#pragma once

#include "account/AccountProfile.h"
#include "oauth/OAuthSignIn.h"

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class SignInDialog;
}
class AppServices;

// "Sign in with Microsoft…": opens the provider's sign-in page in the system browser
// (QDesktopServices), waits for the answer on the loopback listener (OAuthSignIn), and keeps the
// sign-in with the saved profile (OAuthAccount). Says in plain words what went wrong, offers to
// try again, and closes by itself once signed in, with `signedIn`. Cancel or closing stops it.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // profile: saved (it needs an id to keep the sign-in with).
    SignInDialog(AppServices *services, const AccountProfile &profile, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void start();
    void done(int result) override; // cancels a running sign-in first

Q_SIGNALS:
    void signedIn(const AccountProfile &profile); // as stored, with who signed in

private:
    void onFinished(const OAuthOutcome &outcome);
    void showProblem(const QString &headline, const QString &text);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    AppServices *m_services = nullptr;
    AccountProfile m_profile;
    OAuthProvider m_provider;
    QPointer<OAuthSignIn> m_signIn;
    QUrl m_page;
};
