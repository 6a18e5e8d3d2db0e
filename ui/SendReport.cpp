#include "SendReport.h"

#include "CertificateDialog.h"
#include "MessageBoxes.h"
#include "SignInDialog.h"
#include "send/SendController.h"
#include "send/SendStatusText.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

QString SendReport::statusLine(const SendResult &result)
{
    switch (result.outcome) {
    case Smtp::Outcome::Cancelled:
        return tr("Sending cancelled. The message is still here.");
    case Smtp::Outcome::Sent:
    case Smtp::Outcome::Verified:
        return tr("Message sent.");
    case Smtp::Outcome::PartlyRefused:
        return tr("Sent, but some recipients were refused.");
    case Smtp::Outcome::Unknown:
        return tr("The server did not confirm the message.");
    case Smtp::Outcome::Refused:
    case Smtp::Outcome::Failed:
        break;
    }
    return tr("The message was not sent.");
}

SendReport *SendReport::open(QWidget *window, AppServices *services, SendController *controller,
    const AccountProfile &profile, const SendResult &result)
{
    if (result.outcome == Smtp::Outcome::Cancelled)
        return nullptr; // the person knows
    auto *report = new SendReport(window, services, controller, profile, result);
    report->m_box->open();
    return report;
}

SendReport::SendReport(QWidget *window, AppServices *services, SendController *controller,
    const AccountProfile &profile, const SendResult &result)
    : QObject(window)
    , m_window(window)
    , m_services(services)
    , m_controller(controller)
    , m_profile(profile)
    , m_result(result)
{
    QMessageBox::Icon icon = QMessageBox::Critical;
    QString name = u"sendReportMessageBox"_s;
    QString title;
    QString text = result.message; // it quotes the server's own words
    QString details;
    switch (result.outcome) {
    case Smtp::Outcome::Cancelled:
        break;
    case Smtp::Outcome::Sent:
    case Smtp::Outcome::Verified:
        icon = QMessageBox::Information;
        title = tr("Message Sent");
        text = tr(
            "The server accepted the message for %n recipient(s).", nullptr, int(result.acceptedRecipients().size()));
        break;
    case Smtp::Outcome::PartlyRefused:
        icon = QMessageBox::Warning;
        title = tr("Some Recipients Were Refused");
        text = tr("The message was sent to %n recipient(s), but the server refused these:", nullptr,
                   int(result.acceptedRecipients().size()))
            + u"\n\n"_s + SendStatusText::refusedRecipients(result).join(u'\n');
        details = tr("Everything you wrote is kept, so you can correct those addresses and send again.");
        break;
    case Smtp::Outcome::Unknown:
        icon = QMessageBox::Warning;
        title = tr("Message May Have Been Sent");
        details = tr("Check the recipient's mailbox or your sent mail before sending again. The message is kept in "
                     "the outbox.");
        break;
    case Smtp::Outcome::Refused:
    case Smtp::Outcome::Failed:
        if (result.stage == Smtp::State::Idle) {
            // Found before connecting (too large for the server, an unreadable attachment, no
            // sign-in): nothing went to the outbox, there is nothing to retry later.
            icon = QMessageBox::Warning;
            name = u"sendProblemMessageBox"_s;
            title = result.failure == Smtp::Failure::MessageTooLarge ? tr("Message Too Large") : tr("Cannot Send");
            break;
        }
        title = tr("Message Not Sent");
        details = tr("Nothing you wrote is lost: correct the problem and send again. The message is also kept in the "
                     "outbox (File → Drafts and Outbox).");
        break;
    }

    m_box = windowModalBox(window, icon, name, title, text);
    m_box->setStandardButtons(QMessageBox::Ok);
    m_box->setInformativeText(details);
    QPushButton *next = nullptr;
    NextStep step = NextStep::None;
    if (result.failure == Smtp::Failure::Certificate && !result.tls.sha256Fingerprint.isEmpty()) {
        next = m_box->addButton(tr("View Certificate…"), QMessageBox::AcceptRole);
        next->setObjectName(u"viewCertificateButton"_s);
        step = NextStep::ViewCertificate;
    } else if (result.failure == Smtp::Failure::Auth && profile.usesOAuth()) {
        next = m_box->addButton(tr("Sign In Again and Send…"), QMessageBox::AcceptRole);
        next->setObjectName(u"signInAgainButton"_s);
        step = NextStep::SignIn;
    } else if (result.failure == Smtp::Failure::Auth) {
        next = m_box->addButton(tr("Enter Password and Send…"), QMessageBox::AcceptRole);
        next->setObjectName(u"enterPasswordButton"_s);
        step = NextStep::EnterPassword;
    }
    connect(m_box, &QMessageBox::finished, this,
        [this, next, step] { take(next && m_box->clickedButton() == next ? step : NextStep::None); });
}

void SendReport::take(NextStep step)
{
    switch (step) {
    case NextStep::None:
        deleteLater();
        return;
    case NextStep::ViewCertificate:
        viewCertificate();
        return;
    case NextStep::EnterPassword:
        Q_EMIT retryRequested(m_result.message);
        deleteLater();
        return;
    case NextStep::SignIn:
        signIn();
        return;
    }
}

void SendReport::viewCertificate()
{
    // A certificate that cannot be verified (self-signed, a private CA) may be trusted by its
    // fingerprint after the person has compared it; the controller pins it in the profile.
    auto *dialog = new CertificateDialog(m_result.tls, m_profile.endpointLabel(), m_profile.name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_controller)
            return;
        const ProfileStoreResult saved = m_controller->trustCertificate(m_profile.name, dialog->fingerprint());
        if (saved.ok()) {
            Q_EMIT retryRequested(QString());
            return;
        }
        QMessageBox *problem = windowModalBox(
            m_window, QMessageBox::Warning, u"sendProblemMessageBox"_s, tr("Cannot Trust Certificate"), saved.error);
        problem->setStandardButtons(QMessageBox::Ok);
        problem->open();
    });
    dialog->open();
}

void SendReport::signIn()
{
    auto *dialog = new SignInDialog(m_services, m_profile, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, &QObject::deleteLater);
    connect(dialog, &SignInDialog::signedIn, this, [this] { Q_EMIT retryRequested(QString()); });
    dialog->open();
    dialog->start();
}
