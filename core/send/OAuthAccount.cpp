#include "OAuthAccount.h"

#include "AppServices.h"
#include "account/PasswordVault.h"
#include "oauth/OAuthProvider.h"
#include "oauth/OAuthRevocation.h"

#include <QPointer>

namespace OAuthAccount {

namespace {

// The profile as stored now, with the sign-in facts changed; saved, and every window told.
ProfileStoreResult saveFacts(AppServices *services, const AccountProfile &profile, const OAuthTokens *tokens)
{
    std::optional<AccountProfile> stored = services->profiles()->load(profile.name);
    if (!stored || stored->id != profile.id) {
        ProfileStoreResult missing;
        missing.error
            = QCoreApplication::translate("OAuthAccount", "The profile “%1” no longer exists.").arg(profile.name);
        return missing;
    }
    stored->oauth.account = tokens ? tokens->account : QString();
    stored->oauth.signedInAt = tokens ? tokens->signedInAt : QDateTime();
    if (tokens && stored->user.trimmed().isEmpty())
        stored->user = tokens->account;
    const ProfileStoreResult saved = services->profiles()->save(*stored);
    if (saved.ok())
        Q_EMIT services->profilesChanged();
    return saved;
}

} // namespace

void keepSignIn(
    AppServices *services, const AccountProfile &profile, const OAuthTokens &tokens, QObject *context, Done done)
{
    const QPointer<QObject> guard(context);
    services->passwords()->store(profile, QString::fromUtf8(tokens.toJson()), context,
        [services, profile, tokens, guard, done](const PasswordStoreResult &stored) {
            ProfileStoreResult result = saveFacts(services, profile, &tokens);
            if (result.ok() && !stored.ok())
                result.error = stored.message; // kept in memory for this run: worth saying
            if (guard && done)
                done(result);
        });
}

void signOut(AppServices *services, const AccountProfile &profile, QObject *context, Done done)
{
    PasswordVault *vault = services->passwords();
    const QPointer<QObject> guard(context);
    vault->lookup(profile, context, [services, vault, profile, guard, done](const PasswordLookup &found) {
        // Revoke first (the refresh token ends the whole grant at Google); forget either way.
        if (const std::optional<OAuthTokens> tokens = OAuthTokens::fromJson(found.secret.toUtf8())) {
            auto *revocation
                = new OAuthRevocation(OAuthProvider::forSettings(profile.oauth), tokens->refreshToken, services);
            QObject::connect(revocation, &OAuthRevocation::finished, revocation, &QObject::deleteLater);
            revocation->start();
        }
        vault->forget(profile, services, [services, profile, guard, done](const PasswordStoreResult &forgotten) {
            ProfileStoreResult result = saveFacts(services, profile, nullptr);
            if (result.ok() && !forgotten.ok())
                result.error = forgotten.message;
            if (guard && done)
                done(result);
        });
    });
}

} // namespace OAuthAccount
