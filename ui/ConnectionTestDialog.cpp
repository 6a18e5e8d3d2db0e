#include "ConnectionTestDialog.h"
#include "ui_ConnectionTestDialog.h"

#include "CertificateDialog.h"
#include "PasswordPrompt.h"
#include "ThemedIcon.h"
#include "TranscriptView.h"

#include "send/SendController.h"
#include "smtp/Fingerprint.h"
#include "smtp/Sentences.h"

#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

QString securityText(Smtp::Security security)
{
    switch (security) {
    case Smtp::Security::None:
        return ConnectionTestDialog::tr("no encryption");
    case Smtp::Security::StartTls:
        return ConnectionTestDialog::tr("STARTTLS");
    case Smtp::Security::Tls:
        return ConnectionTestDialog::tr("SSL/TLS");
    case Smtp::Security::Opportunistic:
        return ConnectionTestDialog::tr("STARTTLS when offered");
    }
    return {};
}

} // namespace

ConnectionTestDialog::ConnectionTestDialog(
    AppServices *services, const AccountProfile &profile, const std::optional<QString> &secret, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionTestDialog>())
    , m_profile(profile)
    , m_secret(secret)
    , m_controller(new SendController(services, this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Test Connection — %1").arg(profile.name));
    m_ui->verdictIconLabel->hide();
    m_ui->busyProgressBar->hide();
    m_ui->verdictLabel->hide();
    m_ui->logNoteLabel->hide();
    m_ui->viewCertificateButton->setIcon(ThemedIcon::coloured(u"dialog-warning"_s));
    m_ui->cancelButton->setIcon(ThemedIcon::themed(u"cancel"_s));
    connect(m_ui->viewCertificateButton, &QPushButton::clicked, this, &ConnectionTestDialog::viewCertificate);
    connect(m_ui->testAgainButton, &QPushButton::clicked, this, &ConnectionTestDialog::start);
    // Cancelling the test keeps the dialog open, to show what happened; Close closes.
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ConnectionTestDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);

    m_ui->transcriptView->follow(m_controller);
    connect(m_controller, &SendController::stageChanged, this, [this](Send::Stage, const QString &text) {
        if (isRunning() && !text.isEmpty())
            m_ui->stageLabel->setText(text);
    });
    connect(m_controller, &SendController::secretRequired, this,
        [this](const SecretRequest &request) { PasswordPrompt::answer(m_controller, request, tr("Test"), this); });
    connect(m_controller, &SendController::warning, this, [this](const QString &message) {
        m_ui->logNoteLabel->setText(message);
        m_ui->logNoteLabel->show();
    });
    connect(m_controller, &SendController::finished, this, &ConnectionTestDialog::onFinished);

    const QString server = m_profile.endpointLabel();
    m_ui->introLabel->setText(m_profile.signsIn()
            ? tr("Mailwright connects to %1 (%2), signs in as %3 and disconnects again; no message is sent.")
                  .arg(server, securityText(m_profile.security), m_profile.user)
            : tr("Mailwright connects to %1 (%2) and disconnects again; no message is sent.")
                  .arg(server, securityText(m_profile.security)));
    updateButtons();
}

ConnectionTestDialog::~ConnectionTestDialog()
{
    // The controller is our child and goes with us; nothing it does on the way out concerns us.
    m_controller->disconnect(this);
}

bool ConnectionTestDialog::isRunning() const
{
    return m_controller->isBusy();
}

void ConnectionTestDialog::start()
{
    if (isRunning())
        return;
    m_result = SendResult();
    m_ui->verdictLabel->hide();
    m_ui->verdictLabel->clear();
    m_ui->logNoteLabel->hide();
    m_ui->verdictIconLabel->hide();
    m_ui->busyProgressBar->show();

    SendJob job;
    job.purpose = SendJob::Purpose::ConnectionTest;
    job.profile = m_profile;
    job.secret = m_secret;
    job.origin = LoggedSession::Origin::Gui;
    job.records = m_keepAskedPassword ? Send::Record::Log | Send::Record::Secret : Send::Records(Send::Record::Log);
    m_controller->start(job);
    m_ui->stageLabel->setText(tr("Starting…"));
    updateButtons();
}

void ConnectionTestDialog::cancel()
{
    m_controller->cancel(); // finishes at once, through onFinished
}

void ConnectionTestDialog::done(int result)
{
    cancel();
    QDialog::done(result);
}

void ConnectionTestDialog::onFinished(const SendResult &result)
{
    m_result = result;
    m_ui->busyProgressBar->hide();
    showVerdict(result);
    updateButtons();
    Q_EMIT testFinished(result);
}

void ConnectionTestDialog::showVerdict(const SendResult &result)
{
    QString headline;
    QStringList text;
    QString icon = u"dialog-error"_s;
    const QString server = m_profile.endpointLabel();
    const bool signedIn = m_profile.signsIn();

    switch (result.outcome) {
    case Smtp::Outcome::Verified:
        headline = tr("The connection works.");
        icon = u"dialog-ok"_s;
        if (result.tls.encrypted) {
            text << (signedIn ? tr("Connected to %1 with %2, signed in as %3. This profile is ready to send.")
                                    .arg(server, result.tls.protocol, m_profile.user)
                              : tr("Connected to %1 with %2, without signing in (the profile has no user name). "
                                   "This profile is ready to send if the server accepts mail without a login.")
                                    .arg(server, result.tls.protocol));
            if (result.tls.pinned)
                text << tr("The server's certificate could not be verified; it was accepted because you trusted "
                           "its fingerprint for this profile.");
        } else {
            icon = u"dialog-warning"_s;
            text << (signedIn ? tr("Connected to %1 and signed in as %2, but without encryption: your password and "
                                   "your messages cross the network as plain text. Choose STARTTLS or SSL/TLS if the "
                                   "server offers it.")
                                    .arg(server, m_profile.user)
                              : tr("Connected to %1 without encryption and without signing in: your messages cross "
                                   "the network as plain text. Choose STARTTLS or SSL/TLS if the server offers it.")
                                    .arg(server));
        }
        break;
    case Smtp::Outcome::Cancelled:
        headline = tr("The test was cancelled.");
        icon = u"dialog-warning"_s;
        text << tr("Nothing was sent. Choose Test Again to run it once more.");
        break;
    case Smtp::Outcome::Sent:
    case Smtp::Outcome::PartlyRefused:
    case Smtp::Outcome::Refused:
    case Smtp::Outcome::Failed:
    case Smtp::Outcome::Unknown:
        switch (result.failure) {
        case Smtp::Failure::Input:
            headline = tr("The profile is incomplete.");
            break;
        case Smtp::Failure::Connection:
            headline = tr("Could not connect to the server.");
            break;
        case Smtp::Failure::Timeout:
            headline = tr("The server stopped answering.");
            break;
        case Smtp::Failure::Tls:
            headline = tr("Securing the connection failed.");
            break;
        case Smtp::Failure::Certificate:
            headline = tr("The server's certificate is not trusted.");
            break;
        case Smtp::Failure::Auth:
            headline = tr("Signing in failed.");
            break;
        case Smtp::Failure::ServerRefused:
            headline = tr("The server refused the connection test.");
            break;
        case Smtp::Failure::Protocol:
            headline = tr("The server broke the SMTP protocol.");
            break;
        case Smtp::Failure::Cancelled:
            headline = tr("The test was cancelled.");
            break;
        case Smtp::Failure::None:
        case Smtp::Failure::MessageTooLarge:
        case Smtp::Failure::MaybeDelivered:
            headline = tr("The test failed.");
            break;
        }
        text << result.message; // it quotes the server's own words
        if (result.failure == Smtp::Failure::Certificate && !result.tls.sha256Fingerprint.isEmpty())
            text << tr("If this is your provider's server, view the certificate and compare its fingerprint with the "
                       "one the provider publishes before trusting it.");
        break;
    }

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->verdictIconLabel->setPixmap(ThemedIcon::coloured(icon).pixmap(size, size));
    m_ui->verdictIconLabel->show();
    m_ui->stageLabel->setText(headline);
    m_ui->verdictLabel->setText(Sentences::join(text));
    m_ui->verdictLabel->show();
}

void ConnectionTestDialog::viewCertificate()
{
    if (m_certificateDialog || m_result.tls.sha256Fingerprint.isEmpty())
        return;
    auto *dialog = new CertificateDialog(m_result.tls, m_profile.endpointLabel(), m_profile.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { trustCertificate(dialog->fingerprint()); });
    dialog->open();
}

void ConnectionTestDialog::trustCertificate(const QString &sha256)
{
    m_profile.trustFingerprint(sha256);
    Q_EMIT certificateTrusted(Fingerprint::normalized(sha256));
    start(); // at once with the pin, so the person sees whether it was enough
}

void ConnectionTestDialog::updateButtons()
{
    const bool running = isRunning();
    m_ui->cancelButton->setVisible(running);
    m_ui->testAgainButton->setEnabled(!running);
    m_ui->testAgainButton->setVisible(!running);
    m_ui->viewCertificateButton->setVisible(
        !running && m_result.failure == Smtp::Failure::Certificate && !m_result.tls.sha256Fingerprint.isEmpty());
}
