#pragma once

#include "StoreStatus.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

// Whole-file replacement that a crash cannot tear: the bytes go to a temporary file in the same
// directory, are flushed to disk (fsync), and only then renamed over the old file (QSaveFile).
// A reader sees either the old content or the new, never a mixture or an empty file.
namespace AtomicFile {

[[nodiscard]] StoreStatus write(const QString &filePath, const QByteArray &bytes);
[[nodiscard]] StoreStatus writeJson(const QString &filePath, const QJsonObject &object);
// nullopt when missing or not a JSON object (a file from elsewhere, or damaged).
std::optional<QJsonObject> readJson(const QString &filePath);
// mkpath with owner-only permissions (0700): drafts and logs are private.
bool makePrivateDirectory(const QString &path);

} // namespace AtomicFile
