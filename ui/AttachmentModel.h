#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

// The files attached to the message being written, in the order added. Files are referenced
// by path (MessageBuilder reads them piece by piece while sending); the size shown is the size
// on disk when the file was added. Files a mailto: link asked for are marked "requested by the
// link" until the person confirms them; until then they are never part of what is sent or saved.
// TODO(#4): move to core once core has a draft model.
class AttachmentModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        FilePathRole = Qt::UserRole + 1,
        SizeBytesRole,
        RequestedByLinkRole, // bool
    };

    // Who put a file here.
    enum class Origin {
        Chosen, // the person: the picker, a drop, --attach, a draft
        RequestedByLink, // a mailto: link; checked by LinkAttachments, waiting for confirmation
    };
    Q_ENUM(Origin)

    struct Item
    {
        QString filePath; // absolute
        QString fileName;
        qint64 sizeBytes = 0;
        Origin origin = Origin::Chosen;
    };

    explicit AttachmentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Adds readable regular files not attached yet; returns the paths that were not added.
    QStringList addFiles(const QStringList &paths, Origin origin = Origin::Chosen);
    void removeRows(QList<int> rows);
    void clear();

    const QList<Item> &items() const { return m_items; }
    QStringList filePaths() const; // every file, requested ones included
    qint64 totalBytes() const;

    // The files a link asked for that the person has not confirmed yet.
    QStringList requestedFiles() const;
    bool hasRequestedFiles() const;
    void confirmRequestedFiles(); // they become ordinary attachments
    void removeRequestedFiles();

Q_SIGNALS:
    void totalChanged(qint64 totalBytes);
    void requestedFilesChanged(int count);

private:
    QList<Item> m_items;
};
