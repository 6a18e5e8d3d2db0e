#include "AttachmentModel.h"

#include "ThemedIcon.h"

#include <QFileInfo>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QMimeDatabase>

#include <algorithm>

AttachmentModel::AttachmentModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int AttachmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AttachmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    const bool requested = item.origin == Origin::RequestedByLink;
    switch (role) {
    case Qt::DisplayRole:
        return requested
            ? tr("%1 (%2) — requested by the link").arg(item.fileName, QLocale().formattedDataSize(item.sizeBytes))
            : tr("%1 (%2)").arg(item.fileName, QLocale().formattedDataSize(item.sizeBytes));
    case Qt::ToolTipRole:
        return requested ? tr("%1\nThe link that opened this message asked to attach this file. It is sent only if "
                              "you confirm it when you send.")
                               .arg(item.filePath)
                         : item.filePath;
    case Qt::AccessibleTextRole:
        return requested ? tr("%1, %2, requested by the link, not confirmed")
                               .arg(item.fileName, QLocale().formattedDataSize(item.sizeBytes))
                         : tr("%1, %2").arg(item.fileName, QLocale().formattedDataSize(item.sizeBytes));
    case Qt::FontRole: {
        if (!requested)
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::DecorationRole: {
        if (requested)
            return ThemedIcon::coloured(QStringLiteral("dialog-warning"));
        static const QMimeDatabase mimeDatabase;
        const QMimeType type = mimeDatabase.mimeTypeForFile(item.filePath, QMimeDatabase::MatchExtension);
        const QIcon fallback = ThemedIcon::themed(QStringLiteral("file"));
        return QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
    }
    case FilePathRole:
        return item.filePath;
    case SizeBytesRole:
        return item.sizeBytes;
    case RequestedByLinkRole:
        return requested;
    default:
        return {};
    }
}

QStringList AttachmentModel::addFiles(const QStringList &paths, Origin origin)
{
    QStringList rejected;
    QList<Item> added;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString absolute = info.absoluteFilePath();
        const auto sameFile = [&absolute](const Item &item) { return item.filePath == absolute; };
        if (!info.isFile() || !info.isReadable()) {
            rejected << path;
            continue;
        }
        if (std::any_of(m_items.cbegin(), m_items.cend(), sameFile)
            || std::any_of(added.cbegin(), added.cend(), sameFile))
            continue;
        added.append({ absolute, info.fileName(), info.size(), origin });
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + added.size() - 1));
        m_items.append(added);
        endInsertRows();
        Q_EMIT totalChanged(totalBytes());
        if (origin == Origin::RequestedByLink)
            Q_EMIT requestedFilesChanged(int(requestedFiles().size()));
    }
    return rejected;
}

void AttachmentModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    bool removedRequested = false;
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_items.size())
            continue;
        removedRequested = removedRequested || m_items.at(row).origin == Origin::RequestedByLink;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        Q_EMIT totalChanged(totalBytes());
    if (removedRequested)
        Q_EMIT requestedFilesChanged(int(requestedFiles().size()));
}

void AttachmentModel::clear()
{
    if (m_items.isEmpty())
        return;
    const bool hadRequested = hasRequestedFiles();
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT totalChanged(0);
    if (hadRequested)
        Q_EMIT requestedFilesChanged(0);
}

QStringList AttachmentModel::filePaths() const
{
    QStringList paths;
    for (const Item &item : m_items)
        paths << item.filePath;
    return paths;
}

qint64 AttachmentModel::totalBytes() const
{
    qint64 total = 0;
    for (const Item &item : m_items)
        total += item.sizeBytes;
    return total;
}

QStringList AttachmentModel::requestedFiles() const
{
    QStringList paths;
    for (const Item &item : m_items)
        if (item.origin == Origin::RequestedByLink)
            paths << item.filePath;
    return paths;
}

bool AttachmentModel::hasRequestedFiles() const
{
    return std::any_of(
        m_items.cbegin(), m_items.cend(), [](const Item &item) { return item.origin == Origin::RequestedByLink; });
}

void AttachmentModel::confirmRequestedFiles()
{
    bool confirmed = false;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).origin != Origin::RequestedByLink)
            continue;
        m_items[row].origin = Origin::Chosen;
        Q_EMIT dataChanged(index(row), index(row));
        confirmed = true;
    }
    if (confirmed)
        Q_EMIT requestedFilesChanged(0);
}

void AttachmentModel::removeRequestedFiles()
{
    QList<int> rows;
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).origin == Origin::RequestedByLink)
            rows << row;
    removeRows(rows);
}
