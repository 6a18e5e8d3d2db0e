#include "ConnectionTestDialog.h"

#include "CertificateDialog.h"
#include "ThemedIcon.h"
#include "TranscriptView.h"

#include "smtp/SendRequest.h"
#include "smtp/SmtpSession.h"
#include "store/ConversationLog.h"
#include "store/LoggedSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

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

bool signsIn(const AccountProfile &profile)
{
    // The same rule SmtpSession applies: AUTH only with a user name and a method other than None.
    return !profile.user.isEmpty() && profile.auth != Smtp::AuthMethod::None;
}

} // namespace

ConnectionTestDialog::ConnectionTestDialog(const AccountProfile &profile, const QString &secret, ConversationLog *log,
                                           QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_secret(secret)
    , m_log(log)
    , m_session(new SmtpSession(this))
{
    setObjectName(u"connectionTestDialog"_s);
    setWindowTitle(tr("Test Connection — %1").arg(profile.name));
    setAccessibleName(tr("Connection test"));

    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(u"introLabel"_s);
    m_introLabel->setAccessibleName(tr("What is tested"));
    m_introLabel->setTextFormat(Qt::PlainText);
    m_introLabel->setWordWrap(true);

    m_stageIconLabel = new QLabel(this);
    m_stageIconLabel->setObjectName(u"verdictIconLabel"_s);
    m_stageIconLabel->setAccessibleName(tr("Result symbol"));
    m_stageIconLabel->hide();
    m_stageLabel = new QLabel(this);
    m_stageLabel->setObjectName(u"stageLabel"_s);
    m_stageLabel->setAccessibleName(tr("Stage"));
    m_stageLabel->setTextFormat(Qt::PlainText);
    m_stageLabel->setWordWrap(true);
    QFont stageFont = m_stageLabel->font();
    stageFont.setBold(true);
    m_stageLabel->setFont(stageFont);

    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyProgressBar"_s);
    m_busyBar->setAccessibleName(tr("Test in progress"));
    m_busyBar->setRange(0, 0); // no measurable progress in a handful of round trips: just busy
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->hide();

    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stageIconLabel, 0, Qt::AlignTop);
    stageRow->addWidget(m_stageLabel, 1);
    stageRow->addWidget(m_busyBar);

    m_verdictLabel = new QLabel(this);
    m_verdictLabel->setObjectName(u"verdictLabel"_s);
    m_verdictLabel->setAccessibleName(tr("Result"));
    m_verdictLabel->setTextFormat(Qt::PlainText);
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_verdictLabel->hide();

    m_logNoteLabel = new QLabel(this);
    m_logNoteLabel->setObjectName(u"logNoteLabel"_s);
    m_logNoteLabel->setAccessibleName(tr("Conversation log"));
    m_logNoteLabel->setTextFormat(Qt::PlainText);
    m_logNoteLabel->setWordWrap(true);
    m_logNoteLabel->hide();

    m_transcriptView = new TranscriptView(this);
    m_transcriptView->setObjectName(u"transcriptView"_s);
    m_transcriptView->setAccessibleName(tr("Server conversation"));

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"connectionTestButtonBox"_s);
    m_viewCertificateButton = m_buttons->addButton(tr("View Certificate…"), QDialogButtonBox::ActionRole);
    m_viewCertificateButton->setObjectName(u"viewCertificateButton"_s);
    m_viewCertificateButton->setAccessibleName(tr("View the server's certificate"));
    m_viewCertificateButton->setIcon(ThemedIcon::coloured(u"dialog-warning"_s));
    m_testAgainButton = m_buttons->addButton(tr("Test Again"), QDialogButtonBox::ActionRole);
    m_testAgainButton->setObjectName(u"testAgainButton"_s);
    m_testAgainButton->setAccessibleName(tr("Test again"));
    // Not RejectRole: cancelling the test keeps the dialog open, to show what happened.
    m_cancelButton = m_buttons->addButton(tr("Cancel Test"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel the test"));
    m_cancelButton->setIcon(ThemedIcon::themed(u"cancel"_s));
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAccessibleName(tr("Close"));
    connect(m_viewCertificateButton, &QPushButton::clicked, this, &ConnectionTestDialog::viewCertificate);
    connect(m_testAgainButton, &QPushButton::clicked, this, &ConnectionTestDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &ConnectionTestDialog::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addLayout(stageRow);
    layout->addWidget(m_verdictLabel);
    layout->addWidget(m_logNoteLabel);
    layout->addWidget(m_transcriptView, 1);
    layout->addWidget(m_buttons);
    resize(720, 480);

    connect(m_session, &SmtpSession::stateChanged, this, &ConnectionTestDialog::showStage);
    connect(m_session, &SmtpSession::transcript, this, &ConnectionTestDialog::onTranscript);
    connect(m_session, &SmtpSession::capabilitiesChanged, m_transcriptView, &TranscriptView::setCapabilities);
    connect(m_session, &SmtpSession::tlsEstablished, m_transcriptView, &TranscriptView::setTlsSummary);
    connect(m_session, &SmtpSession::finished, this, &ConnectionTestDialog::onFinished);

    m_introLabel->setText(signsIn(m_profile)
                              ? tr("Mailwright connects to %1 (%2), signs in as %3 and disconnects again; no "
                                   "message is sent.")
                                    .arg(serverName(), securityText(m_profile.security), m_profile.user)
                              : tr("Mailwright connects to %1 (%2) and disconnects again; no message is sent.")
                                    .arg(serverName(), securityText(m_profile.security)));
    m_stageLabel->setText(tr("Not started."));
    updateButtons();
}

ConnectionTestDialog::~ConnectionTestDialog()
{
    // The session is our child and goes with us; nothing it does on the way out concerns us.
    m_session->disconnect(this);
}

QString ConnectionTestDialog::serverName() const
{
    return u"%1:%2"_s.arg(m_profile.host).arg(m_profile.toServerSettings(QString()).effectivePort());
}

void ConnectionTestDialog::start()
{
    if (m_running)
        return;
    m_running = true;
    m_entries.clear();
    m_result = SendResult();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_verdictLabel->hide();
    m_verdictLabel->clear();
    m_logNoteLabel->hide();
    m_stageIconLabel->hide();
    m_busyBar->show();
    showStage(Smtp::State::Connecting);
    m_transcriptView->beginSession(serverName());
    updateButtons();

    // No body and no recipients: SmtpSession treats it as a connection test and ends after AUTH.
    SendRequest request;
    request.server = m_profile.toServerSettings(m_secret);
    m_session->send(request);
}

void ConnectionTestDialog::cancel()
{
    if (m_running)
        m_session->cancel(); // finishes at once, through onFinished
}

void ConnectionTestDialog::done(int result)
{
    cancel();
    QDialog::done(result);
}

void ConnectionTestDialog::showStage(Smtp::State state)
{
    if (!m_running)
        return;
    QString text;
    switch (state) {
    case Smtp::State::Connecting:
        text = m_profile.security == Smtp::Security::Tls ? tr("Connecting to %1 and securing the connection…")
                                                         : tr("Connecting to %1…");
        text = text.arg(serverName());
        break;
    case Smtp::State::Greeting:
    case Smtp::State::Ehlo:
    case Smtp::State::Helo:
        text = tr("Connected; asking what the server offers…");
        break;
    case Smtp::State::StartTls:
    case Smtp::State::TlsHandshake:
        text = tr("Securing the connection…");
        break;
    case Smtp::State::Auth:
        text = tr("Signing in as %1…").arg(m_profile.user);
        break;
    case Smtp::State::Envelope:
    case Smtp::State::Body:
    case Smtp::State::Confirm:
    case Smtp::State::Quit:
        text = tr("Disconnecting…");
        break;
    case Smtp::State::Idle:
    case Smtp::State::Done:
        return; // the verdict replaces the stage
    }
    m_stageLabel->setText(text);
}

void ConnectionTestDialog::onTranscript(const TranscriptEntry &entry)
{
    m_entries.append(entry);
    m_transcriptView->append(entry);
}

void ConnectionTestDialog::onFinished(const SendResult &result)
{
    m_running = false;
    m_result = result;
    m_busyBar->hide();
    showVerdict(result);
    appendToLog(result);
    updateButtons();
    Q_EMIT testFinished(result);
}

void ConnectionTestDialog::showVerdict(const SendResult &result)
{
    QString headline;
    QStringList text;
    QString icon = u"dialog-error"_s;
    const QString server = serverName();
    const bool signedIn = signsIn(m_profile);

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
        text << result.message;
        // SmtpSession quotes the deciding reply in its message; keep the server's words in any case.
        if (!result.serverText.isEmpty() && !result.message.contains(result.serverText))
            text << tr("The server said: %1")
                        .arg(u"%1 %2 %3"_s.arg(result.replyCode).arg(result.enhancedCode, result.serverText).simplified());
        if (result.failure == Smtp::Failure::Certificate && !result.tls.sha256Fingerprint.isEmpty())
            text << tr("If this is your provider's server, view the certificate and compare its fingerprint with the "
                       "one the provider publishes before trusting it.");
        break;
    }

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stageIconLabel->setPixmap(ThemedIcon::coloured(icon).pixmap(size, size));
    m_stageIconLabel->show();
    m_stageLabel->setText(headline);
    m_verdictLabel->setText(text.join(u' '));
    m_verdictLabel->show();
}

void ConnectionTestDialog::appendToLog(const SendResult &result)
{
    if (!m_log)
        return;
    LoggedSession session;
    session.startedAt = m_startedAt;
    session.kind = LoggedSession::Kind::ConnectionTest;
    session.origin = LoggedSession::Origin::Gui;
    session.profile = m_profile.name;
    session.server = serverName();
    session.transcript = m_entries;
    session.transcriptSize = int(m_entries.size());
    session.setResult(result);
    const LogAppendResult appended = m_log->append(session);
    if (!appended.ok()) {
        m_logNoteLabel->setText(tr("This test could not be kept in the conversation log: %1").arg(appended.error));
        m_logNoteLabel->show();
    }
}

void ConnectionTestDialog::viewCertificate()
{
    if (m_certificateDialog || m_result.tls.sha256Fingerprint.isEmpty())
        return;
    auto *dialog = new CertificateDialog(m_result.tls, serverName(), m_profile.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_certificateDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { trustCertificate(dialog->fingerprint()); });
    dialog->open();
}

void ConnectionTestDialog::trustCertificate(const QString &sha256)
{
    m_profile.trustFingerprint(sha256);
    Q_EMIT certificateTrusted(AccountProfile::normalizedFingerprint(sha256));
    start(); // at once with the pin, so the person sees whether it was enough
}

void ConnectionTestDialog::updateButtons()
{
    m_cancelButton->setVisible(m_running);
    m_testAgainButton->setEnabled(!m_running);
    m_testAgainButton->setVisible(!m_running);
    m_viewCertificateButton->setVisible(!m_running && m_result.failure == Smtp::Failure::Certificate
                                        && !m_result.tls.sha256Fingerprint.isEmpty());
}
