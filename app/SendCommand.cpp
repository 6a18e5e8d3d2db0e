#include "SendCommand.h"

#include "account/ProfileStore.h"
#include "address/AddressParser.h"
#include "mime/EmlWriter.h"
#include "mime/MessageBuilder.h"
#include "oauth/DeviceSignIn.h"
#include "send/AppServices.h"
#include "send/OAuthAccount.h"
#include "send/SendController.h"
#include "smtp/Fingerprint.h"
#include "smtp/Sentences.h"

#include <QCommandLineParser>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>

#include <cstdio>

namespace {
void printError(const QString &line)
{
    std::fprintf(stderr, "mailwright-send: %s\n", qUtf8Printable(line));
    std::fflush(stderr);
}
} // namespace

SendCommand::SendCommand(QObject *parent)
    : QObject(parent)
{
}

SendCommand::~SendCommand()
{
    delete m_controller; // before the services it uses
}

int SendCommand::usage(const QString &message)
{
    printError(message);
    return UsageError;
}

int SendCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sends one message over SMTP and shows what the server said."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile({ QStringLiteral("profile") },
        tr("Use the saved profile NAME: its server, security, login, sender, timeouts, pinned "
           "certificates and route; options given here override them. The password: "
           "--password-env/--password-file, else where the profile keeps it (keychain)."),
        tr("NAME"));
    const QCommandLineOption server({ QStringLiteral("server") },
        tr("SMTP server, with an optional port (host:port, [v6]:port). "
           "With --profile: replaces its server and port."),
        tr("HOST[:PORT]"));
    // No default values in the option objects: with --profile, "not given" must mean "the profile's".
    const QCommandLineOption security(
        { QStringLiteral("security") }, tr("none, starttls (default) or tls."), tr("MODE"));
    const QCommandLineOption user({ QStringLiteral("user") }, tr("User name for AUTH."), tr("USER"));
    const QCommandLineOption passwordEnv({ QStringLiteral("password-env") },
        tr("Read the password (or token) from this environment variable."), tr("VAR"));
    const QCommandLineOption passwordFile({ QStringLiteral("password-file") },
        tr("Read the password (or token) from the first line of this file."), tr("FILE"));
    const QCommandLineOption auth(
        { QStringLiteral("auth") }, tr("auto (default), plain, login, cram-md5, xoauth2 or none."), tr("METHOD"));
    const QCommandLineOption allowPlainAuth(
        { QStringLiteral("allow-plain-auth") }, tr("Allow credentials over an unencrypted connection."));
    const QCommandLineOption ehlo(
        { QStringLiteral("ehlo") }, tr("Name to introduce ourselves with (EHLO)."), tr("NAME"));
    const QCommandLineOption from(
        { QStringLiteral("from") }, tr("Sender, as a person writes it: 'Zhang San <zhang@example.cn>'."), tr("ADDR"));
    const QCommandLineOption to(
        { QStringLiteral("to") }, tr("Recipient (repeatable; a comma-separated list works too)."), tr("ADDR"));
    const QCommandLineOption cc({ QStringLiteral("cc") }, tr("Copy recipient (repeatable)."), tr("ADDR"));
    const QCommandLineOption bcc(
        { QStringLiteral("bcc") }, tr("Blind copy recipient: envelope only (repeatable)."), tr("ADDR"));
    const QCommandLineOption replyTo({ QStringLiteral("reply-to") }, tr("Reply-To address."), tr("ADDR"));
    const QCommandLineOption subject({ QStringLiteral("subject") }, tr("Subject."), tr("TEXT"));
    const QCommandLineOption body({ QStringLiteral("body") }, tr("Message text."), tr("TEXT"));
    const QCommandLineOption bodyFile(
        { QStringLiteral("body-file") }, tr("Read the message text from FILE (UTF-8)."), tr("FILE"));
    const QCommandLineOption html({ QStringLiteral("html") }, tr("The body is HTML (a plain-text part is generated)."));
    const QCommandLineOption attach({ QStringLiteral("attach") }, tr("Attach a file (repeatable)."), tr("FILE"));
    const QCommandLineOption caFile(
        { QStringLiteral("ca-file") }, tr("Also trust the CA certificates in this PEM file."), tr("PEM"));
    const QCommandLineOption trustFingerprint({ QStringLiteral("trust-fingerprint") },
        tr("Trust the certificate with this SHA-256 fingerprint (repeatable; added to a profile's)."), tr("SHA256"));
    const QCommandLineOption timeout(
        { QStringLiteral("timeout") }, tr("Give up when the server is silent this long (every stage)."), tr("SECONDS"));
    const QCommandLineOption direct(
        { QStringLiteral("direct") }, tr("Deliver straight to each recipient domain's mail servers (MX), port 25."));
    const QCommandLineOption saveEml(
        { QStringLiteral("save-eml") }, tr("Write the exact message bytes to FILE."), tr("FILE"));
    const QCommandLineOption dryRun(
        { QStringLiteral("dry-run") }, tr("Build the message and save or print it; do not connect."));
    const QCommandLineOption transcript(
        { QStringLiteral("transcript") }, tr("Print the live SMTP conversation to stderr."));
    const QCommandLineOption noLog(
        { QStringLiteral("no-log") }, tr("Do not record this session in the conversation log."));
    const QCommandLineOption signIn({ QStringLiteral("sign-in") },
        tr("Sign the profile given with --profile in to its OAuth 2.0 provider from this terminal (a code to enter in "
           "any browser), and keep the sign-in for later sends; send nothing."));
    parser.addOptions({ profile, server, security, user, passwordEnv, passwordFile, auth, allowPlainAuth, ehlo, from,
        to, cc, bcc, replyTo, subject, body, bodyFile, html, attach, caFile, trustFingerprint, timeout, direct, saveEml,
        dryRun, transcript, noLog, signIn });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        std::fputs(
            qUtf8Printable(tr("\nExit codes: 0 sent; 1 some recipients refused; 2 usage or input error; 3 connection, "
                              "DNS or timeout; 4 TLS or certificate; 5 authentication; 6 message refused; "
                              "7 cancelled; 8 outcome unknown (may have been delivered).\n")),
            stdout);
        return Sent;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("mailwright-send %s\n", qUtf8Printable(QCoreApplication::applicationVersion()));
        return Sent;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("Unexpected argument “%1”: every value needs its option, such as --to.")
                         .arg(parser.positionalArguments().first()));

    m_services = std::make_unique<AppServices>();
    SendJob job;
    job.origin = LoggedSession::Origin::Cli;
    job.records = parser.isSet(noLog) ? Send::Records() : Send::Records(Send::Record::Log);

    // --- the profile ----------------------------------------------------------------------
    std::optional<AccountProfile> account;
    if (parser.isSet(profile)) {
        const QString name = parser.value(profile);
        ProfileStore *profiles = m_services->profiles();
        account = profiles->load(name);
        if (!account) {
            const QStringList names = profiles->names();
            if (names.isEmpty())
                return usage(
                    tr("There is no profile called “%1”: no profiles are saved in %2. Create one in the Mailwright "
                       "window, or give the server with --server.")
                        .arg(name, profiles->filePath()));
            return usage(
                tr("There is no profile called “%1”. Saved profiles: %2.").arg(name, names.join(QStringLiteral(", "))));
        }
    }

    if (parser.isSet(signIn)) {
        if (!account)
            return usage(tr("--sign-in needs --profile NAME: the profile to sign in."));
        return startSignIn(*account);
    }
    m_profile = account;

    // --- the message ----------------------------------------------------------------------
    Message &message = job.message;
    if (parser.isSet(from)) {
        if (parser.value(from).contains(QLatin1Char('\n')) || parser.value(from).contains(QLatin1Char('\r')))
            return usage(tr("--from: line breaks are not allowed in an address."));
        const MailboxParse sender = AddressParser::parseMailbox(parser.value(from));
        if (!sender.ok())
            return usage(tr("--from: %1").arg(sender.error));
        message.from = sender.mailbox;
    } else if (account) {
        if (account->senderAddress.trimmed().isEmpty())
            return usage(tr("The profile “%1” has no sender address: give --from.").arg(account->name));
        const MailboxParse sender = AddressParser::parseMailbox(account->senderAddress.trimmed());
        if (!sender.ok())
            return usage(
                tr("The sender address of the profile “%1”: %2 Give --from.").arg(account->name, sender.error));
        message.from = sender.mailbox;
        message.from.displayName = account->senderName.trimmed();
    } else {
        return usage(tr("--from is required (or --profile)."));
    }
    auto readList = [&](const QCommandLineOption &option, QList<Mailbox> *into) -> QString {
        for (const QString &value : parser.values(option)) {
            // A line break in a command-line address is never a typing habit, and "x\r\nBcc: y"
            // must not quietly become an extra recipient.
            if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')) || value.contains(QChar(0)))
                return tr("--%1: line breaks are not allowed in an address; give each address its own --%1 or separate "
                          "them with commas.")
                    .arg(option.names().first());
            const AddressListParse list = AddressParser::parseList(value);
            if (!list.ok())
                return QStringLiteral("--%1: %2").arg(option.names().first(), list.error);
            *into += list.mailboxes;
        }
        return {};
    };
    for (const auto &[option, list] : { std::pair { &to, &message.to }, { &cc, &message.cc }, { &bcc, &message.bcc },
             { &replyTo, &message.replyTo } }) {
        const QString error = readList(*option, list);
        if (!error.isEmpty())
            return usage(error);
    }
    if (message.envelopeRecipients().isEmpty())
        return usage(tr("No recipients: give at least one --to, --cc or --bcc."));
    message.subject = parser.value(subject);
    if (parser.isSet(body) && parser.isSet(bodyFile))
        return usage(tr("Give either --body or --body-file, not both."));
    QString text = parser.value(body);
    if (parser.isSet(bodyFile)) {
        QFile file(parser.value(bodyFile));
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("Cannot read the body file “%1”: %2").arg(file.fileName(), file.errorString()));
        text = QString::fromUtf8(file.readAll());
    }
    if (parser.isSet(html))
        message.htmlBody = text;
    else
        message.plainBody = text;
    for (const QString &path : parser.values(attach)) {
        Attachment attachment;
        attachment.filePath = path;
        message.attachments << attachment;
    }
    if (parser.isSet(dryRun)) {
        const MimeBuild built = MessageBuilder::build(message);
        if (!built.ok())
            return usage(built.error);
        QString error;
        if (parser.isSet(saveEml)) {
            error = EmlWriter::write(built.stream.data(), parser.value(saveEml));
        } else {
            QFile out;
            error = out.open(stdout, QIODevice::WriteOnly) ? EmlWriter::copy(built.stream.data(), &out)
                                                           : tr("Cannot write to standard output.");
        }
        return error.isEmpty() ? Sent : usage(error);
    }
    job.emlCopyPath = parser.value(saveEml);

    // --- the server: the profile's, then what the command line says -----------------------
    AccountProfile &sendAs = job.profile;
    if (account)
        sendAs = *account;
    if (parser.isSet(security)) {
        const QString securityName = parser.value(security).toLower();
        if (securityName == QLatin1String("none"))
            sendAs.security = Smtp::Security::None;
        else if (securityName == QLatin1String("starttls"))
            sendAs.security = Smtp::Security::StartTls;
        else if (securityName == QLatin1String("tls") || securityName == QLatin1String("ssl"))
            sendAs.security = Smtp::Security::Tls;
        else
            return usage(tr("--security must be none, starttls or tls, not “%1”.").arg(securityName));
    }
    if (parser.isSet(auth)) {
        const QString authName = parser.value(auth).toLower();
        const QMap<QString, Smtp::AuthMethod> methods { { QStringLiteral("auto"), Smtp::AuthMethod::Auto },
            { QStringLiteral("plain"), Smtp::AuthMethod::Plain }, { QStringLiteral("login"), Smtp::AuthMethod::Login },
            { QStringLiteral("cram-md5"), Smtp::AuthMethod::CramMd5 },
            { QStringLiteral("xoauth2"), Smtp::AuthMethod::XOAuth2 },
            { QStringLiteral("none"), Smtp::AuthMethod::None } };
        if (!methods.contains(authName))
            return usage(tr("--auth must be auto, plain, login, cram-md5, xoauth2 or none, not “%1”.").arg(authName));
        sendAs.auth = methods.value(authName);
    }
    if (parser.isSet(user))
        sendAs.user = parser.value(user);
    if (parser.isSet(allowPlainAuth))
        sendAs.allowPlainTextAuth = true;
    if (parser.isSet(ehlo))
        sendAs.ehloName = parser.value(ehlo);
    const bool explicitPassword = parser.isSet(passwordEnv) || parser.isSet(passwordFile);
    if (parser.isSet(passwordEnv) && parser.isSet(passwordFile))
        return usage(tr("Give either --password-env or --password-file, not both."));
    if (parser.isSet(passwordEnv)) {
        const QByteArray name = parser.value(passwordEnv).toLocal8Bit();
        if (!qEnvironmentVariableIsSet(name.constData()))
            return usage(
                tr("The environment variable %1 (from --password-env) is not set.").arg(QString::fromLocal8Bit(name)));
        job.secret = qEnvironmentVariable(name.constData());
    } else if (parser.isSet(passwordFile)) {
        QFile file(parser.value(passwordFile));
        if (!file.open(QIODevice::ReadOnly))
            return usage(tr("Cannot read the password file “%1”: %2").arg(file.fileName(), file.errorString()));
        job.secret = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    }
    if (!account && !explicitPassword && sendAs.signsIn())
        return usage(tr("--user needs a password: give --password-env VAR or --password-file FILE."));
    if (parser.isSet(caFile)) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem);
        if (cas.isEmpty())
            return usage(tr("No PEM certificate could be read from “%1”.").arg(parser.value(caFile)));
        job.extraCaCertificates = cas;
    }
    for (const QString &fingerprint : parser.values(trustFingerprint)) {
        if (!Fingerprint::isSha256(fingerprint))
            return usage(
                tr("--trust-fingerprint needs a SHA-256 fingerprint (64 hex digits, colons allowed), not “%1”.")
                    .arg(fingerprint));
        sendAs.trustFingerprint(fingerprint); // beside the profile's pins: both are trusted
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400)
            return usage(tr("--timeout needs a number of seconds, not “%1”.").arg(parser.value(timeout)));
        job.timeouts = SmtpTimeouts::uniform(int(seconds * 1000));
    }

    m_showTranscript = parser.isSet(transcript);

    // A direct-route profile delivers directly unless a --server is given for this send.
    const bool directRoute
        = parser.isSet(direct) || (account && account->route == AccountProfile::Route::Direct && !parser.isSet(server));
    sendAs.route = directRoute ? AccountProfile::Route::Direct : AccountProfile::Route::Relay;
    if (parser.isSet(direct) && parser.isSet(server))
        return usage(tr("--direct delivers to each recipient's own mail servers; do not give --server with it."));
    if (!directRoute) {
        if (parser.isSet(server)) {
            QString host = parser.value(server).trimmed();
            sendAs.port = 0; // a server given here comes with its own port, or the default
            if (host.startsWith(QLatin1Char('['))) { // [IPv6]:port
                const qsizetype close = host.indexOf(QLatin1Char(']'));
                if (close < 0)
                    return usage(tr("--server: missing ']' in “%1”.").arg(host));
                const QString rest = host.mid(close + 1);
                if (rest.startsWith(QLatin1Char(':')))
                    sendAs.port = quint16(rest.mid(1).toUInt());
                host = host.mid(1, close - 1);
            } else if (host.count(QLatin1Char(':')) == 1) {
                bool ok = false;
                const uint port = host.section(QLatin1Char(':'), 1).toUInt(&ok);
                if (!ok || port == 0 || port > 65535)
                    return usage(tr("--server: “%1” is not a port number.").arg(host.section(QLatin1Char(':'), 1)));
                sendAs.port = quint16(port);
                host = host.section(QLatin1Char(':'), 0, 0);
            }
            if (host.isEmpty())
                return usage(tr("--server needs a host name."));
            sendAs.host = host;
        } else if (!account) {
            return usage(tr("--server is required (or --direct, or --profile)."));
        } else if (sendAs.host.isEmpty()) {
            return usage(tr("The profile “%1” has no server: give --server.").arg(account->name));
        }
    }

    m_controller = new SendController(m_services.get(), this);
    connect(m_controller, &SendController::transcript, this, [this](const TranscriptEntry &entry) {
        if (m_showTranscript) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(entry.toDisplayLine()));
            std::fflush(stderr);
        }
    });
    connect(m_controller, &SendController::secretRequired, this, &SendCommand::onSecretRequired);
    // The mail went (or not) whatever the log says: warn, never change the exit code.
    connect(m_controller, &SendController::warning, this,
        [](const QString &message) { printError(tr("warning: %1").arg(message)); });
    connect(m_controller, &SendController::finished, this, &SendCommand::finish);
    m_controller->start(job);
    return -1;
}

void SendCommand::onSecretRequired(const SecretRequest &request)
{
    // Nobody to ask: say where a password would have come from, and end with exit code 2.
    const QString name = request.profile.name;
    const PasswordLookup &found = request.lookup;
    const QString remedy = tr("pass --password-env VAR or --password-file FILE");
    QString why;
    switch (found.keychainStatus) {
    case SecretResult::Status::Unavailable:
        why = tr(
            "The profile “%1” needs a password, and no keychain is available to read it from (%2): %3, or store it "
            "in the profile's settings file with the Mailwright profile dialog.")
                  .arg(name, found.keychainError.isEmpty() ? tr("no Secret Service or KWallet") : found.keychainError,
                      remedy);
        break;
    case SecretResult::Status::Denied:
        why = tr("The profile “%1” needs a password, and the keychain refused to give it: unlock the keychain, or %2.")
                  .arg(name, remedy);
        break;
    case SecretResult::Status::Failed:
        why = tr("The profile “%1” needs a password, and the keychain could not read it (%2): %3.")
                  .arg(name, found.keychainError, remedy);
        break;
    case SecretResult::Status::Ok:
    case SecretResult::Status::NotFound:
        why = tr("The profile “%1” needs a password, and none is stored for it: store it with the Mailwright profile "
                 "dialog, "
                 "or %2.")
                  .arg(name, remedy);
        break;
    }
    m_controller->declineSecret(why);
}

void SendCommand::cancel()
{
    if (m_cancelSignIn)
        m_cancelSignIn();
    if (m_controller)
        m_controller->cancel();
}

void SendCommand::finish(const SendResult &result)
{
    const int code = exitCodeFor(result);
    QString why = result.message;
    // A sign-in that is missing or refused is mended here: say how, in the same line.
    if (m_profile && m_profile->usesOAuth() && result.failure == Smtp::Failure::Auth
        && result.stage == Smtp::State::Idle)
        why = Sentences::join(
            { why, tr("Sign in with: mailwright-send --sign-in --profile %1").arg(shellQuoted(m_profile->name)) });
    if (code != Sent)
        printError(why);
    Q_EMIT done(code);
}

int SendCommand::startSignIn(const AccountProfile &profile)
{
    if (!profile.usesOAuth())
        return usage(
            tr("The profile “%1” logs in with a password, not a sign-in. Choose a provider under Authentication "
               "in the Mailwright profile dialog first.")
                .arg(profile.name));
    const OAuthProvider provider = OAuthProvider::forSettings(profile.oauth);
    if (const QString problem = provider.problem(); !problem.isEmpty())
        return usage(problem);
    const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (!provider.canSignInFromTerminal() && !display)
        return usage(tr("%1 does not allow signing in to mail from a terminal. Sign in once from the Mailwright window "
                        "(Account → Manage Profiles); mailwright-send then uses that sign-in.")
                         .arg(provider.name));
    const auto keep = [this, profile, provider](const OAuthOutcome &outcome) {
        if (!outcome.ok()) {
            printError(outcome.error.message(provider.name));
            Q_EMIT done(outcome.error.code == QLatin1String(OAuthError::cancelled) ? Cancelled
                    : outcome.error.code == QLatin1String(OAuthError::network)     ? ConnectionError
                                                                                   : AuthError);
            return;
        }
        OAuthAccount::keepSignIn(
            m_services.get(), profile, outcome.tokens, this, [this, outcome](const ProfileStoreResult &kept) {
                if (!kept.ok()) { // only in this process's memory: no later send could use it
                    printError(tr("Signed in as %1, but the sign-in could not be kept: %2 Choose “Keep the sign-in "
                                  "in the settings file” in the Mailwright profile dialog where there is no keychain.")
                                   .arg(outcome.tokens.account, kept.error));
                    Q_EMIT done(UsageError);
                    return;
                }
                std::printf("%s\n",
                    qUtf8Printable(tr("Signed in as %1. mailwright-send and the Mailwright window use this sign-in "
                                      "from now on.")
                                       .arg(outcome.tokens.account)));
                std::fflush(stdout);
                Q_EMIT done(Sent);
            });
    };
    if (provider.canSignInFromTerminal()) {
        auto *device = new DeviceSignIn(provider, this);
        m_cancelSignIn = [device] { device->cancel(); };
        connect(device, &DeviceSignIn::codeReady, this,
            [provider](const QString &code, const QUrl &page, const QUrl &complete) {
                std::printf("%s\n",
                    qUtf8Printable(tr("To sign in to %1, open %2 in a browser on any device and enter the code %3.")
                                       .arg(provider.name, page.toString(), code)));
                if (!complete.isEmpty())
                    std::printf(
                        "%s\n", qUtf8Printable(tr("Or open %1, which holds the code.").arg(complete.toString())));
                std::printf("%s\n", qUtf8Printable(tr("Waiting for the sign-in… (Ctrl+C cancels)")));
                std::fflush(stdout);
            });
        connect(device, &DeviceSignIn::finished, this, keep);
        device->start();
        return -1;
    }
    // No device flow (Google for mail): the browser flow, where there is a display to open it on.
    auto *browserSignIn = new OAuthSignIn(provider, this);
    m_cancelSignIn = [browserSignIn] { browserSignIn->cancel(); };
    connect(browserSignIn, &OAuthSignIn::openBrowser, this, [](const QUrl &url) {
        const bool opened = QProcess::startDetached(QStringLiteral("xdg-open"), { url.toString(QUrl::FullyEncoded) });
        std::printf("%s\n",
            qUtf8Printable(opened ? tr("Sign in in the browser that opened. If none did, open: %1")
                                        .arg(url.toString(QUrl::FullyEncoded))
                                  : tr("Open this address in a browser on this computer to sign in: %1")
                                        .arg(url.toString(QUrl::FullyEncoded))));
        std::fflush(stdout);
    });
    connect(browserSignIn, &OAuthSignIn::finished, this, keep);
    browserSignIn->start();
    return -1;
}

QString SendCommand::shellQuoted(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.@%+=:,/-]+$"));
    return plain.match(word).hasMatch() ? word : u'\'' + QString(word).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

int SendCommand::exitCodeFor(const SendResult &result)
{
    switch (result.outcome) {
    case Smtp::Outcome::Sent:
    case Smtp::Outcome::Verified:
        return Sent;
    case Smtp::Outcome::PartlyRefused:
        return PartlyRefused;
    case Smtp::Outcome::Cancelled:
        return Cancelled;
    case Smtp::Outcome::Unknown:
        return OutcomeUnknown;
    case Smtp::Outcome::Refused:
        return MessageRefused;
    case Smtp::Outcome::Failed:
        break;
    }
    switch (result.failure) {
    case Smtp::Failure::Input:
        return UsageError;
    case Smtp::Failure::Connection:
    case Smtp::Failure::Timeout:
    case Smtp::Failure::Protocol:
        return ConnectionError;
    case Smtp::Failure::Tls:
    case Smtp::Failure::Certificate:
        return TlsError;
    case Smtp::Failure::Auth:
        return AuthError;
    case Smtp::Failure::ServerRefused:
    case Smtp::Failure::MessageTooLarge:
        return MessageRefused;
    case Smtp::Failure::Cancelled:
        return Cancelled;
    case Smtp::Failure::MaybeDelivered:
        return OutcomeUnknown;
    case Smtp::Failure::None:
        break;
    }
    return ConnectionError;
}
