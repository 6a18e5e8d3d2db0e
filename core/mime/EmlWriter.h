#pragma once

#include "Message.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QObject>
#include <QSaveFile>
#include <QSharedPointer>
#include <QString>

// Writes a message's bytes (a MimeStream, or any readable device) to a file, a block at a time,
// so a large message never sits in memory whole; the file is replaced atomically (QSaveFile),
// so a failure leaves the old one. write() does it at once (mailwright-send); start() does a
// block per event-loop turn and reports once with `finished` (the window stays responsive).
class EmlWriter : public QObject
{
    Q_OBJECT
public:
    // Returns why it failed, translated; empty when the file is complete on disk.
    [[nodiscard]] static QString write(QIODevice *from, const QString &path);
    // The same into an open device (standard output); `to` is not closed.
    [[nodiscard]] static QString copy(QIODevice *from, QIODevice *to);

    // "Quarterly report.eml" from a subject: characters file systems refuse replaced.
    static QString suggestedFileName(const QString &subject);

    // Begins on the next turn; `finished` comes exactly once, then the writer deletes itself.
    static EmlWriter *start(QSharedPointer<QIODevice> from, const QString &path, QObject *parent = nullptr);
    // The same for a message still to be built (MessageBuilder): a message that cannot be built
    // (an unreadable attachment) finishes with MessageBuilder's sentence.
    static EmlWriter *start(const Message &message, const QString &path, QObject *parent = nullptr);

Q_SIGNALS:
    void finished(const QString &error);

private:
    EmlWriter(QSharedPointer<QIODevice> from, const QString &path, QObject *parent);
    // Copies one block; returns false when done (error set, or the file committed).
    bool copyBlock(QString *error);
    void pump();

    QSharedPointer<QIODevice> m_from;
    QSaveFile m_file;
    QString m_buildError;
};
