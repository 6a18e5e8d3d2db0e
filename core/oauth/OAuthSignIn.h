#pragma once

#include "OAuthError.h"
#include "OAuthProvider.h"
#include "OAuthTokens.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

class OAuthReplyHandler;
class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

// How a sign-in, refresh or device sign-in ended: the tokens, or why not.
struct OAuthOutcome
{
    OAuthTokens tokens;
    OAuthError error; // code empty: it worked
    bool ok() const { return error.code.isEmpty(); }
};
Q_DECLARE_METATYPE(OAuthOutcome)

// Signing in through the system browser: the authorization code flow with PKCE (RFC 7636, S256)
// and a checked `state`, answered to a one-shot listener on 127.0.0.1 (OAuthReplyHandler).
// QOAuth2AuthorizationCodeFlow builds the request and exchanges the code; Qt 6.4 lacks PKCE,
// which is added through its parameter hook, and a token error reaches `finished` through our
// reply handler. The window opens the browser on `openBrowser` (QDesktopServices); nothing here
// needs a display. start() begins on the next turn; `finished` comes exactly once.
class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    explicit OAuthSignIn(const OAuthProvider &provider, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    void start();
    void cancel(); // any time; finishes at once with OAuthError::cancelled

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    void finished(const OAuthOutcome &outcome);

private:
    void begin();
    void succeed(const QVariantMap &values);
    void fail(const OAuthError &error);

    OAuthProvider m_provider;
    QNetworkAccessManager *m_network = nullptr;
    OAuthReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QByteArray m_verifier;
    bool m_running = false;
};

// Exchanges a refresh token for a fresh access token at the token endpoint (RFC 6749 §6):
// QOAuth2AuthorizationCodeFlow::refreshAccessToken, without the redirect_uri and the empty
// client_secret Qt 6.4 would add (a closed listener's address; a secret a public client must not
// send). A rotated refresh token replaces the old one in the outcome's tokens. start() begins on
// the next turn; `finished` comes exactly once.
class OAuthRefresh : public QObject
{
    Q_OBJECT
public:
    OAuthRefresh(const OAuthProvider &provider, const OAuthTokens &tokens, QObject *parent = nullptr);
    ~OAuthRefresh() override;

    void start();
    void cancel();

Q_SIGNALS:
    void finished(const OAuthOutcome &outcome);

private:
    void finish(const OAuthOutcome &outcome);

    OAuthProvider m_provider;
    OAuthTokens m_tokens;
    QNetworkAccessManager *m_network = nullptr;
    OAuthReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    bool m_running = false;
};
