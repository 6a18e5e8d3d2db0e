#include "SendReport.h"

#include "MessageBoxes.h"
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

QMessageBox *SendReport::box(QWidget *parent, const SendResult &result, std::function<void(NextStep)> chosen)
{
    QMessageBox::Icon icon = QMessageBox::Critical;
    QString name = u"sendReportMessageBox"_s;
    QString title;
    QString text = result.message; // it quotes the server's own words
    QString details;
    switch (result.outcome) {
    case Smtp::Outcome::Cancelled:
        return nullptr;
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
            // Found before connecting (too large for the server, an unreadable attachment):
            // nothing went to the outbox, there is nothing to retry later.
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

    QMessageBox *box = windowModalBox(parent, icon, name, title, text);
    box->setStandardButtons(QMessageBox::Ok);
    box->setInformativeText(details);
    QPushButton *next = nullptr;
    NextStep step = NextStep::None;
    if (result.failure == Smtp::Failure::Certificate && !result.tls.sha256Fingerprint.isEmpty()) {
        // A certificate that cannot be verified (self-signed, a private CA) may be trusted by
        // its fingerprint after the person has compared it.
        next = box->addButton(tr("View Certificate…"), QMessageBox::AcceptRole);
        next->setObjectName(u"viewCertificateButton"_s);
        step = NextStep::ViewCertificate;
    } else if (result.failure == Smtp::Failure::Auth) {
        next = box->addButton(tr("Enter Password and Send…"), QMessageBox::AcceptRole);
        next->setObjectName(u"enterPasswordButton"_s);
        step = NextStep::EnterPassword;
    }
    QObject::connect(box, &QMessageBox::finished, box, [box, next, step, chosen] {
        if (chosen)
            chosen(next && box->clickedButton() == next ? step : NextStep::None);
    });
    return box;
}
