#pragma once

#include "account/ProfileStore.h"
#include "oauth/OAuthTokens.h"

#include <QObject>

#include <functional>

class AppServices;

// What signing in and out means for a saved profile, the same from the window and from
// mailwright-send: the tokens go where the profile keeps its password (keychain; memory without
// one; the settings file by explicit choice), who signed in and when go into the profile, and
// the profile's user name becomes the signed-in account when it had none. Signing out forgets
// the tokens and asks the provider to revoke them where it can.
namespace OAuthAccount {

using Done = std::function<void(const ProfileStoreResult &result)>;

// `done` runs once, later, unless `context` is gone; result.error says what failed (a keychain
// that could not keep the tokens leaves them in memory for this run and says so).
void keepSignIn(
    AppServices *services, const AccountProfile &profile, const OAuthTokens &tokens, QObject *context, Done done);
void signOut(AppServices *services, const AccountProfile &profile, QObject *context, Done done);

} // namespace OAuthAccount
