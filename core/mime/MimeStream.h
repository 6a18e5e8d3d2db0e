#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QIODevice>
#include <QList>
#include <QSharedPointer>
#include <QString>

#include <memory>

class QFile;

// The bytes of one message (RFC 5322 + MIME), produced as they are read: a sequential, read-only
// QIODevice made by MessageBuilder, open from the start. Headers and text parts are held encoded;
// attachment files are opened one at a time and base64-encoded block by block while the stream
// is read, so memory stays flat whatever their size. size() is exact before the first read and
// equals what the stream produces. If an attachment changes or disappears while it is being
// read, readData() returns -1, failed() is true and errorString() says which file. The output
// is not dot-stuffed: SMTP transparency (RFC 5321 §4.5.2) belongs to the session.
class MimeStream : public QIODevice
{
    Q_OBJECT

public:
    // One piece of the message: bytes as they are, or data (in memory or in a file) to write as
    // base64 in 76-column lines (CRLF between lines, none after the last).
    struct Segment
    {
        enum class Kind { Bytes, Base64 };
        Kind kind = Kind::Bytes;
        QByteArray bytes; // Bytes: the output; Base64 without filePath: the input
        QString filePath; // Base64 from a file
        QString displayName; // the attachment's name, for errors
        qint64 inputSize = 0; // Base64: input bytes (the file's size when the message was built)

        qint64 outputSize() const;
    };

    explicit MimeStream(const QList<Segment> &segments, const QByteArray &headers, QObject *parent = nullptr);
    ~MimeStream() override;

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override;

    // The top-level header block (up to and including the blank line), e.g. for a transcript.
    QByteArray headers() const { return m_headers; }
    // Bytes handed out so far.
    qint64 bytesProduced() const { return m_produced; }
    // An attachment changed or vanished during reading; errorString() says which.
    bool failed() const { return m_failed; }
    // A fresh stream producing the very same bytes (same Message-ID, boundaries, Date), from
    // the start: to save the .eml that is sent, or to retry a send.
    [[nodiscard]] QSharedPointer<MimeStream> clone() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    qint64 produce(char *out, qint64 capacity);
    qint64 produceBase64(const Segment &segment, char *out, qint64 capacity);
    bool refillInput(const Segment &segment);
    bool openFile(const Segment &segment);
    bool finishFile(const Segment &segment);
    void fail(const QString &message);
    void nextSegment();

    QList<Segment> m_segments;
    QByteArray m_headers;
    qint64 m_size = 0;
    qint64 m_produced = 0;
    bool m_failed = false;

    // Position: the current segment, how far into it (Bytes: output offset; Base64: input
    // bytes consumed) and how many base64 lines it has produced.
    qsizetype m_segment = 0;
    qint64 m_offset = 0;
    qint64 m_lines = 0;

    // The open attachment and the block of it read but not yet encoded.
    std::unique_ptr<QFile> m_file;
    QDateTime m_fileModified;
    std::unique_ptr<char[]> m_input;
    qint64 m_inputPos = 0;
    qint64 m_inputLength = 0;

    // Output made for a read smaller than one block, handed out over the next reads.
    std::unique_ptr<char[]> m_pending;
    qint64 m_pendingPos = 0;
    qint64 m_pendingLength = 0;
};
