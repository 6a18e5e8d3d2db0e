#include "AppServices.h"

#include "SendScheduler.h"
#include "ServerFacts.h"
#include "account/KeychainSecretStore.h"
#include "account/PasswordVault.h"
#include "account/ProfileStore.h"
#include "store/AddressHistory.h"
#include "store/ConversationLog.h"
#include "store/DraftStore.h"

#include <QSettings>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultUndoSendSeconds = 5;
constexpr int maxUndoSendSeconds = 30;
const QString undoSendKey = u"sending/undoSendSeconds"_s;

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

} // namespace

AppServices::AppServices(const Locations &locations, SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_locations(locations)
    , m_keychain(keychain)
{
    if (m_keychain)
        m_keychain->setParent(this);
}

AppServices::~AppServices()
{
    delete m_passwords; // before the ProfileStore it points to
}

ProfileStore *AppServices::profiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<ProfileStore>(m_locations.profilesFile);
    return m_profiles.get();
}

PasswordVault *AppServices::passwords()
{
    if (!m_passwords) {
        if (!m_keychain)
            m_keychain = new KeychainSecretStore(this);
        m_passwords = new PasswordVault(m_keychain, profiles(), this);
    }
    return m_passwords;
}

ConversationLog *AppServices::log()
{
    if (!m_log) {
        m_log = new ConversationLog(this);
        const StoreStatus opened = m_log->open(m_locations.logFile);
        if (!opened.ok())
            m_logError = opened.error;
    }
    return m_log;
}

QString AppServices::logError()
{
    log();
    return m_logError;
}

DraftStore *AppServices::drafts()
{
    if (!m_drafts)
        m_drafts = new DraftStore(m_locations.dataDirectory, this);
    return m_drafts;
}

AddressHistory *AppServices::addressHistory()
{
    if (!m_addressHistory)
        m_addressHistory = std::make_unique<AddressHistory>(m_locations.addressHistoryFile);
    return m_addressHistory.get();
}

ServerFacts *AppServices::serverFacts()
{
    if (!m_serverFacts)
        m_serverFacts = std::make_unique<ServerFacts>(m_locations.settingsFile);
    return m_serverFacts.get();
}

SendScheduler *AppServices::scheduler()
{
    if (!m_scheduler)
        m_scheduler = new SendScheduler(drafts(), this);
    return m_scheduler;
}

int AppServices::undoSendSeconds()
{
    const int seconds = openSettings(m_locations.settingsFile)->value(undoSendKey, defaultUndoSendSeconds).toInt();
    return std::clamp(seconds, 0, maxUndoSendSeconds);
}

void AppServices::setUndoSendSeconds(int seconds)
{
    openSettings(m_locations.settingsFile)->setValue(undoSendKey, std::clamp(seconds, 0, maxUndoSendSeconds));
}
