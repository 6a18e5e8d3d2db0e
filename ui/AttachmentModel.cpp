#include "AttachmentModel.h"

#include "ThemedIcon.h"

#include <QFileInfo>
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
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(item.fileName, QLocale().formattedDataSize(item.sizeBytes));
    case Qt::ToolTipRole:
        return item.filePath;
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(item.fileName, QLocale().formattedDataSize(item.sizeBytes));
    case Qt::DecorationRole: {
        static const QMimeDatabase mimeDatabase;
        const QMimeType type = mimeDatabase.mimeTypeForFile(item.filePath, QMimeDatabase::MatchExtension);
        const QIcon fallback = ThemedIcon::themed(QStringLiteral("file"));
        return QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
    }
    case FilePathRole:
        return item.filePath;
    case SizeBytesRole:
        return item.sizeBytes;
    default:
        return {};
    }
}

QStringList AttachmentModel::addFiles(const QStringList &paths)
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
        added.append({ absolute, info.fileName(), info.size() });
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + added.size() - 1));
        m_items.append(added);
        endInsertRows();
        Q_EMIT totalChanged(totalBytes());
    }
    return rejected;
}

void AttachmentModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_items.size())
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        Q_EMIT totalChanged(totalBytes());
}

void AttachmentModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT totalChanged(0);
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
