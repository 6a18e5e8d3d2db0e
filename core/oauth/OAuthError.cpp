#include "OAuthError.h"

#include "smtp/Sentences.h"

using namespace Qt::StringLiterals;

bool OAuthError::needsNewSignIn() const
{
    return code == u"invalid_grant" || code == u"interaction_required" || code == u"login_required"
        || code == u"consent_required";
}

QString OAuthError::message(const QString &provider) const
{
    // The provider's own words, when it gave any, follow the sentence.
    const QString said = description.isEmpty() ? QString() : tr("%1 said: %2").arg(provider, description);
    // Microsoft Entra ID puts its AADSTS number in the description of a general error code.
    if (description.contains(u"AADSTS65001"_s) || description.contains(u"AADSTS90094"_s) || code == u"consent_required")
        return Sentences::join({ tr("An administrator of your organisation must approve the application Mailwright "
                                    "signs in with before you can use it. Ask them to grant consent for it in "
                                    "Microsoft Entra ID (Enterprise applications), then sign in again."),
            said });
    if (description.contains(u"AADSTS7000112"_s))
        return Sentences::join({ tr("The application Mailwright signs in with is disabled in your organisation. Ask "
                                    "your administrator to enable it, or enter another application (client) ID "
                                    "under Advanced."),
            said });
    if (code == u"invalid_grant" || code == u"interaction_required" || code == u"login_required")
        return Sentences::join({ tr("%1 no longer accepts the saved sign-in: it was revoked, the password was "
                                    "changed, or it expired. Sign in again; your message is kept.")
                                     .arg(provider),
            said });
    if (code == u"access_denied")
        return Sentences::join({ tr("The sign-in was declined. If %1 showed “This app isn't verified” or “Access "
                                    "blocked”, the application Mailwright signs in with is not approved for your "
                                    "account: ask for your address to be added as a test user, or enter your own "
                                    "client ID under Advanced.")
                                     .arg(provider),
            said });
    if (code == u"invalid_client" || code == u"unauthorized_client")
        return Sentences::join({ tr("%1 does not accept the application (client) ID Mailwright signs in with. Check "
                                    "the client ID and secret under Advanced.")
                                     .arg(provider),
            said });
    if (code == u"invalid_scope")
        return Sentences::join(
            { tr("%1 does not allow the permission to send mail for this application or account.").arg(provider),
                said });
    if (code == QLatin1String(stateMismatch))
        return tr("The browser returned an answer that does not belong to this sign-in, so it was refused. Start the "
                  "sign-in again.");
    if (code == QLatin1String(cancelled))
        return tr("The sign-in was cancelled.");
    if (code == QLatin1String(network))
        return Sentences::join({ tr("Could not reach %1's sign-in server.").arg(provider), description });
    if (code == QLatin1String(notOAuth))
        return tr("%1's sign-in server answered with something that is not an OAuth reply (%2). Try again later.")
            .arg(provider, description);
    return Sentences::join({ tr("%1 refused the sign-in (%2).").arg(provider, code), said });
}
