#pragma once

// AppServices for a test: every store in one temporary folder, never the person's own files,
// and a stand-in keychain.

#include "account/SecretStore.h"
#include "send/AppServices.h"

#include <QDir>

#include <memory>

// keychain: taken over by the services (a MemorySecretStore, UnavailableSecretStore, …).
inline std::unique_ptr<AppServices> makeTestServices(const QString &folder, SecretStore *keychain)
{
    const QDir dir(folder);
    AppServices::Locations where;
    where.profilesFile = dir.filePath(QStringLiteral("profiles.ini"));
    where.logFile = dir.filePath(QStringLiteral("conversations.sqlite"));
    where.dataDirectory = dir.filePath(QStringLiteral("data"));
    where.addressHistoryFile = dir.filePath(QStringLiteral("addresses.json"));
    where.settingsFile = dir.filePath(QStringLiteral("settings.ini"));
    return std::make_unique<AppServices>(where, keychain);
}
