#include "AppServices.h"

#include "account/KeychainSecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"
#include "store/ConversationLog.h"
#include "store/DraftStore.h"

AppServices::AppServices(const Locations &locations, SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_profiles(std::make_unique<ProfileStore>(locations.profilesFile))
    , m_keychain(keychain ? keychain : new KeychainSecretStore(this))
    , m_log(new ConversationLog(this))
    , m_drafts(new DraftStore(locations.dataDirectory, this))
{
    m_keychain->setParent(this);
    m_passwords = new PasswordVault(m_keychain, m_profiles.get(), this);
    const StoreStatus opened = m_log->open(locations.logFile);
    if (!opened.ok())
        m_logError = opened.error;
}

AppServices::~AppServices() = default;
