#pragma once

#include "account/AccountProfile.h"
#include "smtp/SendResult.h"

#include <QObject>
#include <QPointer>
#include <QString>

class AppServices;
class QMessageBox;
class QWidget;
class SendController;

// How a send ended, told to the person, and the next step the result allows, taken: a line for
// the status bar and, unless they cancelled it themselves, a window-modal report (object name
// "sendReportMessageBox"; "sendProblemMessageBox" for a problem found before anything
// connected) that quotes the server and offers — view and trust a certificate (pinned through
// the controller), enter the password again, sign in again (SignInDialog). When that step calls
// for sending again, `retryRequested` says so; the window resends what its fields hold.
// Deletes itself once the report is answered.
class SendReport : public QObject
{
    Q_OBJECT
public:
    static QString statusLine(const SendResult &result);

    // Opens the report for `result`, sent with `profile` by `controller`; null for a cancelled send.
    static SendReport *open(QWidget *window, AppServices *services, SendController *controller,
        const AccountProfile &profile, const SendResult &result);

    QMessageBox *box() const { return m_box; }

Q_SIGNALS:
    // Send again; `askAgainBecause` is set when the password must be asked for even if stored.
    void retryRequested(const QString &askAgainBecause);

private:
    enum class NextStep {
        None,
        ViewCertificate, // the certificate could not be verified: compare it, maybe trust it
        EnterPassword, // the server refused the password
        SignIn, // an OAuth profile is not signed in, or its sign-in was refused
    };

    SendReport(QWidget *window, AppServices *services, SendController *controller, const AccountProfile &profile,
        const SendResult &result);
    void take(NextStep step);
    void viewCertificate();
    void signIn();

    QPointer<QWidget> m_window;
    AppServices *m_services = nullptr;
    QPointer<SendController> m_controller;
    AccountProfile m_profile;
    SendResult m_result;
    QMessageBox *m_box = nullptr;
};
