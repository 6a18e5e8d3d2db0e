#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace AtomicFile {

bool makePrivateDirectory(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

StoreStatus write(const QString &filePath, const QByteArray &bytes)
{
    StoreStatus status;
    makePrivateDirectory(QFileInfo(filePath).absolutePath());
    // QSaveFile::commit() flushes and fsyncs the temporary file before the rename.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        status.error = QCoreApplication::translate("AtomicFile", "Could not write %1: %2")
                           .arg(QDir::toNativeSeparators(filePath), file.errorString());
    }
    return status;
}

StoreStatus writeJson(const QString &filePath, const QJsonObject &object)
{
    return write(filePath, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

std::optional<QJsonObject> readJson(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace AtomicFile
