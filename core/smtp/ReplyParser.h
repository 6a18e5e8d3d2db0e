#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One complete server reply: "250-first", "250 last" → code 250, two lines.
struct SmtpReply
{
    int code = 0;
    QString enhancedCode; // RFC 3463 "5.1.1" when the first line starts with one of this class
    QStringList lines;    // each line's text after the code and separator

    QString text() const; // lines joined by a space, the enhanced code dropped from each line
    QStringList rawLines() const; // "250-first", "250 last": as they appeared on the wire
    bool isPositive() const { return code >= 200 && code < 300; }
    bool isIntermediate() const { return code >= 300 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
};

// Turns bytes from the server into replies, however TCP splits them. Bounded: a line longer
// than MaxLineBytes, or a reply of more than MaxReplyLines lines or MaxReplyBytes, is an
// error rather than a buffer that grows with whatever a broken or hostile server sends.
class ReplyParser
{
public:
    static constexpr int MaxLineBytes = 4096;     // RFC 5321 §4.5.3.1.5 says 512; allow slack
    static constexpr int MaxReplyLines = 256;
    static constexpr int MaxReplyBytes = 64 * 1024;

    enum class Error { None, LineTooLong, ReplyTooLong, Malformed };

    void feed(const QByteArray &bytes);
    std::optional<SmtpReply> next(); // the next complete reply, if any
    bool hasBufferedData() const { return !m_buffer.isEmpty() || !m_ready.isEmpty() || !m_partial.lines.isEmpty(); }
    Error error() const { return m_error; }
    QString errorText() const { return m_errorText; }
    void reset();

private:
    void parseLine(const QByteArray &line);
    void setError(Error error, const QString &text);

    QByteArray m_buffer; // bytes after the last complete line
    SmtpReply m_partial; // continuation lines of the reply being read
    int m_partialBytes = 0;
    QList<SmtpReply> m_ready;
    Error m_error = Error::None;
    QString m_errorText;
};
