#include "DeviceSignIn.h"

#include "OAuthReplyHandler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QNetworkReply *postForm(QNetworkAccessManager *network, const QUrl &url, const QList<QPair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[key, value] : fields)
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    return network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
}

} // namespace

DeviceSignIn::DeviceSignIn(const OAuthProvider &provider, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which a strict server counts as polling too fast
    // (RFC 8628 §3.5) and answers with slow_down, stretching every later wait by 5 seconds.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DeviceSignIn::poll);
}

void DeviceSignIn::start()
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, &DeviceSignIn::requestCode);
}

void DeviceSignIn::requestCode()
{
    if (!m_running)
        return;
    OAuthError error;
    if (const QString problem = m_provider.problem(); !problem.isEmpty()) {
        error.code = u"not_configured"_s;
        error.description = problem;
        finishWithError(error);
        return;
    }
    if (!m_provider.canSignInFromTerminal()) {
        error.code = u"device_flow_unavailable"_s;
        finishWithError(error);
        return;
    }
    QList<QPair<QString, QString>> fields
        = { { u"client_id"_s, m_provider.clientId }, { u"scope"_s, m_provider.scopes } };
    QNetworkReply *reply = postForm(m_network, m_provider.deviceAuthorizationUrl, fields);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        OAuthError error;
        error.httpStatus = status;
        if (!object.value(u"error"_s).toString().isEmpty()) {
            error.code = object.value(u"error"_s).toString();
            error.description = object.value(u"error_description"_s).toString();
            finishWithError(error);
            return;
        }
        m_deviceCode = object.value(u"device_code"_s).toString();
        const QString userCode = object.value(u"user_code"_s).toString();
        // Microsoft says verification_url, the RFC verification_uri.
        QUrl verification(object.value(u"verification_uri"_s).toString());
        if (verification.isEmpty())
            verification = QUrl(object.value(u"verification_url"_s).toString());
        if (m_deviceCode.isEmpty() || userCode.isEmpty() || verification.isEmpty()) {
            error.code = QLatin1String(
                reply->error() != QNetworkReply::NoError && status == 0 ? OAuthError::network : OAuthError::notOAuth);
            error.description = status ? u"HTTP %1"_s.arg(status) : reply->errorString();
            finishWithError(error);
            return;
        }
        m_intervalSeconds = qBound(1, object.value(u"interval"_s).toInt(5), 60);
        m_expiresAt
            = QDateTime::currentDateTimeUtc().addSecs(qBound(60, object.value(u"expires_in"_s).toInt(900), 3600));
        Q_EMIT codeReady(userCode, verification, QUrl(object.value(u"verification_uri_complete"_s).toString()));
        m_timer.start(m_intervalSeconds * 1000); // §3.4: wait the interval before the first poll
    });
}

void DeviceSignIn::poll()
{
    if (!m_running)
        return;
    if (QDateTime::currentDateTimeUtc() > m_expiresAt) {
        OAuthError error;
        error.code = u"expired_token"_s;
        finishWithError(error);
        return;
    }
    QList<QPair<QString, QString>> fields = { { u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s },
        { u"device_code"_s, m_deviceCode }, { u"client_id"_s, m_provider.clientId } };
    if (!m_provider.clientSecret.isEmpty())
        fields.append({ u"client_secret"_s, m_provider.clientSecret });
    QNetworkReply *reply = postForm(m_network, m_provider.tokenUrl, fields);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!m_running)
            return;
        OAuthError error;
        const QVariantMap values = OAuthReplyHandler::parseTokenReply(reply, &error);
        if (error.code == u"authorization_pending") {
            m_timer.start(m_intervalSeconds * 1000);
            return;
        }
        if (error.code == u"slow_down") {
            m_intervalSeconds += 5; // §3.5: for this and every later poll
            m_timer.start(m_intervalSeconds * 1000);
            return;
        }
        if (!error.code.isEmpty()) {
            finishWithError(error);
            return;
        }
        OAuthOutcome outcome;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        outcome.tokens.update(values, now);
        outcome.tokens.signedInAt = now;
        finish(outcome);
    });
}

void DeviceSignIn::cancel()
{
    OAuthError error;
    error.code = QLatin1String(OAuthError::cancelled);
    finishWithError(error);
}

void DeviceSignIn::finishWithError(const OAuthError &error)
{
    OAuthOutcome outcome;
    outcome.error = error;
    finish(outcome);
}

void DeviceSignIn::finish(const OAuthOutcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    Q_EMIT finished(outcome);
}
