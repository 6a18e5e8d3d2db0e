#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

// The files attached to the message being written, in the order added. Files are referenced
// by path (MessageBuilder reads them piece by piece while sending); the size shown is the size
// on disk when the file was added. TODO(#4): move to core once core has a draft model.
class AttachmentModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        FilePathRole = Qt::UserRole + 1,
        SizeBytesRole,
    };

    struct Item
    {
        QString filePath; // absolute
        QString fileName;
        qint64 sizeBytes = 0;
    };

    explicit AttachmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Adds readable regular files not attached yet; returns the paths that were not added.
    QStringList addFiles(const QStringList &paths);
    void removeRows(QList<int> rows);
    void clear();

    const QList<Item> &items() const { return m_items; }
    QStringList filePaths() const;
    qint64 totalBytes() const;

Q_SIGNALS:
    void totalChanged(qint64 totalBytes);

private:
    QList<Item> m_items;
};
