#include "OAuthRevocation.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

OAuthRevocation::OAuthRevocation(const OAuthProvider &provider, const QString &token, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_token(token)
    , m_network(new QNetworkAccessManager(this))
{
}

void OAuthRevocation::start()
{
    if (!m_provider.revocationUrl.isValid() || m_provider.revocationUrl.isEmpty() || m_token.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(false); });
        return;
    }
    QUrlQuery form;
    form.addQueryItem(u"token"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_token)));
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_provider.clientId)));
    QNetworkRequest request(m_provider.revocationUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        Q_EMIT finished(reply->error() == QNetworkReply::NoError);
    });
}
