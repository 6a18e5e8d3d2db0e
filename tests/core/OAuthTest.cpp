// Signing in with OAuth 2.0, with no widgets: the browser flow with PKCE against the test
// authorization server (tools/testenv/oauth_server.py) through a "browser" that follows the
// redirects to the loopback listener; refresh with rotation; the device flow with slow_down;
// revocation; every error reaching the person as a sentence. Pure pieces (tokens, providers)
// need no server.
#include "TestBrowser.h"

#include "oauth/DeviceSignIn.h"
#include "oauth/OAuthReplyHandler.h"
#include "oauth/OAuthRevocation.h"
#include "oauth/OAuthSignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("MAILWRIGHT_TEST_OAUTH_URL");
}

OAuthProvider testProvider(const QString &clientId = u"mailwright-test"_s)
{
    OAuthSettings settings;
    settings.provider = OAuthSettings::Provider::Custom;
    settings.clientId = clientId;
    settings.authorizationUrl = serverUrl() + u"/authorize"_s;
    settings.tokenUrl = serverUrl() + u"/token"_s;
    settings.deviceAuthorizationUrl = serverUrl() + u"/devicecode"_s;
    settings.scopes = u"mail offline_access openid email"_s;
    OAuthProvider provider = OAuthProvider::forSettings(settings);
    provider.revocationUrl = QUrl(serverUrl() + u"/revoke"_s);
    return provider;
}

OAuthOutcome waitForOutcome(QSignalSpy &finished, int timeoutMs = 10'000)
{
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return {};
    return finished.constFirst().constFirst().value<OAuthOutcome>();
}

// Signs in through the browser flow; the outcome.
OAuthOutcome signIn(const OAuthProvider &provider, TestBrowser *browser)
{
    OAuthSignIn signIn(provider);
    QObject::connect(&signIn, &OAuthSignIn::openBrowser, browser, &TestBrowser::openUrl);
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start();
    return waitForOutcome(finished);
}

// A request to the expired test server marks every access token of that client expired.
void expireAccessTokens(const QString &clientId)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(serverUrl() + u"/expire"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    QNetworkReply *reply = network.post(request, "client_id=" + clientId.toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    reply->deleteLater();
}

} // namespace

class OAuthTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void tokensRoundTripAndFreshness();
    void rotatedRefreshTokenReplacesTheOld();
    void accountFromIdToken();
    void providersFromDataAndBuild();

    void browserSignInWithPkce();
    void wrongStateIsRefusedAndTheListenerCloses();
    void authorizationErrors_data();
    void authorizationErrors();
    void refreshRotatesAndOldTokenDies();
    void refreshRefusedNeedsNewSignIn();
    void garbageReplyIsSaid();
    void deviceFlowWithSlowDown();
    void revokedTokenCannotRefresh();

private:
    bool haveServer() const { return !serverUrl().isEmpty(); }
};

void OAuthTest::initTestCase()
{
    qRegisterMetaType<OAuthOutcome>();
}

void OAuthTest::tokensRoundTripAndFreshness()
{
    const QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);
    OAuthTokens tokens;
    tokens.accessToken = u"at"_s;
    tokens.refreshToken = u"rt"_s;
    tokens.accessTokenExpiresAt = now.addSecs(3600);
    tokens.account = u"ann@example.org"_s;
    tokens.signedInAt = now;
    tokens.scope = u"mail"_s;
    const std::optional<OAuthTokens> back = OAuthTokens::fromJson(tokens.toJson());
    QVERIFY(back);
    QCOMPARE(back->accessToken, tokens.accessToken);
    QCOMPARE(back->refreshToken, tokens.refreshToken);
    QCOMPARE(back->accessTokenExpiresAt, tokens.accessTokenExpiresAt);
    QCOMPARE(back->account, tokens.account);
    QCOMPARE(back->signedInAt, tokens.signedInAt);
    QVERIFY(!OAuthTokens::fromJson("a password, not tokens"));

    QVERIFY(tokens.hasFreshAccessToken(now));
    QVERIFY(tokens.hasFreshAccessToken(now.addSecs(3600 - 6 * 60)));
    QVERIFY(!tokens.hasFreshAccessToken(now.addSecs(3600 - 4 * 60))); // under five minutes left: refresh first
    QVERIFY(!tokens.hasFreshAccessToken(now.addSecs(7200)));
}

void OAuthTest::rotatedRefreshTokenReplacesTheOld()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    OAuthTokens tokens;
    tokens.refreshToken = u"old"_s;
    tokens.update({ { u"access_token"_s, u"a1"_s }, { u"expires_in"_s, 3599 } }, now);
    QCOMPARE(tokens.refreshToken, u"old"_s); // none sent: the old one stays
    QCOMPARE(tokens.accessTokenExpiresAt, now.addSecs(3599));
    tokens.update({ { u"access_token"_s, u"a2"_s }, { u"refresh_token"_s, u"new"_s } }, now);
    QCOMPARE(tokens.refreshToken, u"new"_s);
    QCOMPARE(tokens.accessToken, u"a2"_s);
    QVERIFY(!tokens.accessTokenExpiresAt.isValid());
}

void OAuthTest::accountFromIdToken()
{
    const auto jwt = [](const QByteArray &claims) {
        return QString::fromLatin1("eyJhbGciOiJub25lIn0."
            + claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) + '.');
    };
    QCOMPARE(OAuthTokens::accountFromIdToken(jwt(R"({"email":"ann@example.org"})")), u"ann@example.org"_s);
    QCOMPARE(OAuthTokens::accountFromIdToken(jwt(R"({"preferred_username":"ann@contoso.com"})")), u"ann@contoso.com"_s);
    QCOMPARE(OAuthTokens::accountFromIdToken(u"not a token"_s), QString());
}

void OAuthTest::providersFromDataAndBuild()
{
    OAuthSettings microsoft;
    microsoft.provider = OAuthSettings::Provider::Microsoft;
    OAuthProvider provider = OAuthProvider::forSettings(microsoft);
    QCOMPARE(provider.name, u"Microsoft"_s);
    QCOMPARE(provider.authorizationUrl, QUrl(u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s));
    QVERIFY(provider.scopes.contains(u"https://outlook.office.com/SMTP.Send"_s));
    QVERIFY(provider.scopes.contains(u"offline_access"_s));
    QVERIFY(provider.canSignInFromTerminal());
    microsoft.tenant = u"organizations"_s;
    microsoft.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    provider = OAuthProvider::forSettings(microsoft);
    QCOMPARE(provider.tokenUrl, QUrl(u"https://login.microsoftonline.com/organizations/oauth2/v2.0/token"_s));
    QCOMPARE(provider.clientId, microsoft.clientId);
    QVERIFY(provider.problem().isEmpty());

    OAuthSettings google;
    google.provider = OAuthSettings::Provider::Google;
    provider = OAuthProvider::forSettings(google);
    QVERIFY(provider.scopes.contains(u"https://mail.google.com/"_s));
    QVERIFY(!provider.canSignInFromTerminal()); // Google refuses the mail scope in its device flow
    QVERIFY(provider.authorizationParameters.contains(qMakePair(u"access_type"_s, u"offline"_s)));
    if (provider.clientId.isEmpty()) // this build has none: say what to register
        QVERIFY2(provider.problem().contains(u"Google Cloud"_s), qPrintable(provider.problem()));

    OAuthSettings custom;
    custom.provider = OAuthSettings::Provider::Custom;
    QVERIFY(!OAuthProvider::forSettings(custom).problem().isEmpty());
}

void OAuthTest::browserSignInWithPkce()
{
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    TestBrowser browser;
    const OAuthOutcome outcome = signIn(testProvider(), &browser);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.code + u": "_s + outcome.error.description));
    QCOMPARE(browser.visits(), 1);
    QVERIFY(outcome.tokens.accessToken.startsWith(u"mw-at-"_s));
    QVERIFY(outcome.tokens.refreshToken.startsWith(u"mw-rt-"_s));
    QCOMPARE(outcome.tokens.account, qEnvironmentVariable("MAILWRIGHT_TEST_SMTP_USER"));
    QVERIFY(outcome.tokens.hasFreshAccessToken(QDateTime::currentDateTimeUtc()));
    QVERIFY(outcome.tokens.signedInAt.isValid());
    QTRY_VERIFY(browser.lastPage().contains("You can close this tab"));
}

void OAuthTest::wrongStateIsRefusedAndTheListenerCloses()
{
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    OAuthSignIn signIn(testProvider());
    std::optional<QUrl> authorize;
    connect(&signIn, &OAuthSignIn::openBrowser, this, [&authorize](const QUrl &url) { authorize = url; });
    QSignalSpy finished(&signIn, &OAuthSignIn::finished);
    signIn.start();
    QTRY_VERIFY(authorize.has_value());
    const QUrlQuery query(*authorize);
    const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), u"127.0.0.1"_s); // loopback only
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);

    // An answer carrying another sign-in's state, as a forged redirect would.
    TestBrowser forger;
    QUrl forged = redirect;
    forged.setQuery(u"code=stolen&state=not-ours"_s);
    forger.openUrl(forged);
    const OAuthOutcome outcome = waitForOutcome(finished);
    QCOMPARE(outcome.error.code, QString::fromLatin1(OAuthError::stateMismatch));
    QVERIFY(outcome.error.message(u"Test"_s).contains(u"does not belong to this sign-in"_s));
    QTRY_COMPARE(forger.lastStatus(), 400);

    // The listener is closed: a second request finds nobody.
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
    QVERIFY(!late.waitForConnected(2000) || late.state() != QAbstractSocket::ConnectedState);
    QCOMPARE(finished.count(), 1);
}

void OAuthTest::authorizationErrors_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("administrator consent (AADSTS65001)")
        << u"mailwright-test-consent"_s << u"consent_required"_s << u"administrator"_s;
    QTest::newRow("declined or unverified app") << u"mailwright-test-denied"_s << u"access_denied"_s << u"declined"_s;
}

void OAuthTest::authorizationErrors()
{
    QFETCH(QString, client);
    QFETCH(QString, code);
    QFETCH(QString, sentence);
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    TestBrowser browser;
    const OAuthOutcome outcome = signIn(testProvider(client), &browser);
    QCOMPARE(outcome.error.code, code);
    const QString message = outcome.error.message(u"Test"_s);
    QVERIFY2(message.contains(sentence), qPrintable(message));
    QVERIFY(outcome.tokens.accessToken.isEmpty());
}

void OAuthTest::refreshRotatesAndOldTokenDies()
{
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    const QString client = u"mailwright-test-refresh"_s;
    TestBrowser browser;
    const OAuthOutcome first = signIn(testProvider(client), &browser);
    QVERIFY(first.ok());
    expireAccessTokens(client);

    OAuthRefresh refresh(testProvider(client), first.tokens);
    QSignalSpy finished(&refresh, &OAuthRefresh::finished);
    refresh.start();
    const OAuthOutcome second = waitForOutcome(finished);
    QVERIFY2(second.ok(), qPrintable(second.error.code + u": "_s + second.error.description));
    QVERIFY(second.tokens.accessToken != first.tokens.accessToken);
    QVERIFY(second.tokens.refreshToken != first.tokens.refreshToken); // rotated
    QCOMPARE(second.tokens.account, first.tokens.account);
    QCOMPARE(second.tokens.signedInAt, first.tokens.signedInAt);

    // The old refresh token no longer works: a client that kept it would be signed out.
    OAuthRefresh stale(testProvider(client), first.tokens);
    QSignalSpy staleFinished(&stale, &OAuthRefresh::finished);
    stale.start();
    const OAuthOutcome refused = waitForOutcome(staleFinished);
    QCOMPARE(refused.error.code, u"invalid_grant"_s);
    QVERIFY(refused.error.needsNewSignIn());
}

void OAuthTest::refreshRefusedNeedsNewSignIn()
{
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    TestBrowser browser;
    const OAuthOutcome first = signIn(testProvider(u"mailwright-test-invalid-grant"_s), &browser);
    QVERIFY(first.ok());
    OAuthRefresh refresh(testProvider(u"mailwright-test-invalid-grant"_s), first.tokens);
    QSignalSpy finished(&refresh, &OAuthRefresh::finished);
    refresh.start();
    const OAuthOutcome outcome = waitForOutcome(finished);
    QCOMPARE(outcome.error.code, u"invalid_grant"_s); // HTTP 400 reached us, not a log line
    QCOMPARE(outcome.error.httpStatus, 400);
    QCOMPARE(outcome.error.description, u"Token has been expired or revoked."_s);
    const QString message = outcome.error.message(u"Google"_s);
    QVERIFY2(message.contains(u"Sign in again"_s) && message.contains(u"Token has been expired or revoked."_s),
        qPrintable(message));
}

void OAuthTest::garbageReplyIsSaid()
{
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    TestBrowser browser;
    const OAuthOutcome outcome = signIn(testProvider(u"mailwright-test-garbage"_s), &browser);
    QCOMPARE(outcome.error.code, QString::fromLatin1(OAuthError::notOAuth));
    QVERIFY2(outcome.error.message(u"Test"_s).contains(u"text/html"_s), qPrintable(outcome.error.message(u"Test"_s)));
}

void OAuthTest::deviceFlowWithSlowDown()
{
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    DeviceSignIn device(testProvider(u"mailwright-test-device-slow"_s));
    QSignalSpy code(&device, &DeviceSignIn::codeReady);
    QSignalSpy finished(&device, &DeviceSignIn::finished);
    device.start();
    QVERIFY(code.wait(5000));
    QVERIFY(code.constFirst().at(0).toString().startsWith(u"MWTS-"_s));
    QVERIFY(code.constFirst().at(1).toUrl().path().endsWith(u"/device"_s));
    // Pending, then slow_down (interval 1 → 6 s), then the tokens.
    const OAuthOutcome outcome = waitForOutcome(finished, 20'000);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error.code + u": "_s + outcome.error.description));
    QCOMPARE(device.pollIntervalSeconds(), 6);
    QVERIFY(!outcome.tokens.refreshToken.isEmpty());
}

void OAuthTest::revokedTokenCannotRefresh()
{
    if (!haveServer())
        QSKIP("MAILWRIGHT_TEST_OAUTH_URL not set: start tools/testenv (tools/test.sh does)");
    const QString client = u"mailwright-test-revoke"_s;
    TestBrowser browser;
    const OAuthOutcome signedIn = signIn(testProvider(client), &browser);
    QVERIFY(signedIn.ok());
    OAuthRevocation revocation(testProvider(client), signedIn.tokens.refreshToken);
    QSignalSpy revoked(&revocation, &OAuthRevocation::finished);
    revocation.start();
    QVERIFY(revoked.wait(5000));
    QCOMPARE(revoked.constFirst().constFirst().toBool(), true);
    OAuthRefresh refresh(testProvider(client), signedIn.tokens);
    QSignalSpy finished(&refresh, &OAuthRefresh::finished);
    refresh.start();
    QCOMPARE(waitForOutcome(finished).error.code, u"invalid_grant"_s);
}

QTEST_GUILESS_MAIN(OAuthTest)
#include "OAuthTest.moc"
