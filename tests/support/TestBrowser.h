#pragma once

// The "browser" of the OAuth tests: opens an authorization URL over HTTP and follows the
// redirects, as a person's browser does after they consent — ending at Mailwright's loopback
// listener. The test authorization server (tools/testenv/oauth_server.py) consents at once.

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QUrl>

class TestBrowser : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    int visits() const { return m_visits; }
    QByteArray lastPage() const { return m_lastPage; }
    int lastStatus() const { return m_lastStatus; }

public Q_SLOTS:
    // Also the slot QDesktopServices::setUrlHandler calls: openUrl(const QUrl &).
    void openUrl(const QUrl &url)
    {
        ++m_visits;
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            m_lastPage = reply->readAll();
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_network;
    int m_visits = 0;
    QByteArray m_lastPage;
    int m_lastStatus = 0;
};
