#include "OAuthSignIn.h"

#include "OAuthReplyHandler.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// RFC 7636 §4.1: 32 random octets, base64url: 43 characters of the unreserved set.
QByteArray makeVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QOAuth2AuthorizationCodeFlow *makeFlow(
    const OAuthProvider &provider, QNetworkAccessManager *network, OAuthReplyHandler *handler, QObject *parent)
{
    auto *flow = new QOAuth2AuthorizationCodeFlow(network, parent);
    flow->setAuthorizationUrl(provider.authorizationUrl);
    flow->setAccessTokenUrl(provider.tokenUrl);
    flow->setClientIdentifier(provider.clientId);
    flow->setClientIdentifierSharedKey(provider.clientSecret);
    flow->setScope(provider.scopes);
    flow->setReplyHandler(handler);
    return flow;
}

} // namespace

OAuthSignIn::OAuthSignIn(const OAuthProvider &provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_network(new QNetworkAccessManager(this))
    , m_handler(new OAuthReplyHandler(this))
{
}

OAuthSignIn::~OAuthSignIn() = default;

void OAuthSignIn::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &OAuthSignIn::begin);
}

void OAuthSignIn::begin()
{
    if (!m_running)
        return;
    if (const QString problem = m_provider.problem(); !problem.isEmpty()) {
        OAuthError error;
        error.code = u"not_configured"_s;
        error.description = problem;
        fail(error);
        return;
    }
    if (!m_handler->listen()) {
        OAuthError error;
        error.code = QLatin1String(OAuthError::network);
        error.description = tr("Mailwright could not listen on 127.0.0.1 for the sign-in's answer.");
        fail(error);
        return;
    }
    m_verifier = makeVerifier();
    m_flow = makeFlow(m_provider, m_network, m_handler, this);
    const QByteArray verifier = m_verifier;
    const QList<QPair<QString, QString>> extra = m_provider.authorizationParameters;
    m_flow->setModifyParametersFunction(
        [verifier, extra](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            switch (stage) {
            case QAbstractOAuth::Stage::RequestingAuthorization:
                parameters->insert(u"code_challenge"_s, QString::fromLatin1(challengeFor(verifier)));
                parameters->insert(u"code_challenge_method"_s, u"S256"_s);
                for (const auto &[key, value] : extra)
                    parameters->replace(key, value);
                break;
            case QAbstractOAuth::Stage::RequestingAccessToken:
                parameters->insert(u"code_verifier"_s, QString::fromLatin1(verifier));
                // The code was taken from the redirect fully decoded (OAuthReplyHandler), so Qt
                // encodes it once: Google's "4/…" codes with '/' and '+' arrive intact.
                break;
            case QAbstractOAuth::Stage::RequestingTemporaryCredentials:
            case QAbstractOAuth::Stage::RefreshingAccessToken:
                break;
            }
        });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        m_handler->expectState(QUrlQuery(url).queryItemValue(u"state"_s, QUrl::FullyDecoded));
        Q_EMIT openBrowser(url);
    });
    // An error in the redirect (access_denied, consent_required, …), after the state matched.
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString &code, const QString &description) {
        OAuthError error;
        error.code = code;
        error.description = description;
        fail(error);
    });
    connect(m_handler, &OAuthReplyHandler::callbackRefused, this, &OAuthSignIn::fail);
    connect(m_handler, &OAuthReplyHandler::tokenRequestFailed, this, &OAuthSignIn::fail);
    connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, &OAuthSignIn::succeed);
    m_flow->grant();
}

void OAuthSignIn::succeed(const QVariantMap &values)
{
    if (!m_running)
        return;
    OAuthOutcome outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    outcome.tokens.update(values, now);
    outcome.tokens.signedInAt = now;
    m_running = false;
    m_handler->close();
    Q_EMIT finished(outcome);
}

void OAuthSignIn::fail(const OAuthError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_handler->close();
    OAuthOutcome outcome;
    outcome.error = error;
    Q_EMIT finished(outcome);
}

void OAuthSignIn::cancel()
{
    OAuthError error;
    error.code = QLatin1String(OAuthError::cancelled);
    fail(error);
}

// ---- refresh ------------------------------------------------------------------------------------

OAuthRefresh::OAuthRefresh(const OAuthProvider &provider, const OAuthTokens &tokens, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_tokens(tokens)
    , m_network(new QNetworkAccessManager(this))
    , m_handler(new OAuthReplyHandler(this))
{
}

OAuthRefresh::~OAuthRefresh() = default;

void OAuthRefresh::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_running)
            return;
        if (m_tokens.refreshToken.isEmpty()) {
            OAuthOutcome outcome;
            outcome.error.code = u"invalid_grant"_s; // nothing to refresh with: sign in again
            finish(outcome);
            return;
        }
        m_flow = makeFlow(m_provider, m_network, m_handler, this);
        m_flow->setRefreshToken(m_tokens.refreshToken);
        m_flow->setModifyParametersFunction([](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage != QAbstractOAuth::Stage::RefreshingAccessToken)
                return;
            parameters->remove(u"redirect_uri"_s); // not a parameter of the refresh grant (§6)
            if (parameters->value(u"client_secret"_s).toString().isEmpty())
                parameters->remove(u"client_secret"_s); // public clients must not send one
        });
        connect(m_handler, &OAuthReplyHandler::tokenRequestFailed, this, [this](const OAuthError &error) {
            OAuthOutcome outcome;
            outcome.error = error;
            finish(outcome);
        });
        connect(m_handler, &QAbstractOAuthReplyHandler::tokensReceived, this, [this](const QVariantMap &values) {
            OAuthOutcome outcome;
            outcome.tokens = m_tokens;
            outcome.tokens.update(values, QDateTime::currentDateTimeUtc());
            finish(outcome);
        });
        m_flow->refreshAccessToken();
    });
}

void OAuthRefresh::cancel()
{
    OAuthOutcome outcome;
    outcome.error.code = QLatin1String(OAuthError::cancelled);
    finish(outcome);
}

void OAuthRefresh::finish(const OAuthOutcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_handler)
        m_handler->disconnect(this);
    Q_EMIT finished(outcome);
}
