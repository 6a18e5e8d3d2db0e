#include "ReplyParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
// RFC 3463: class "." subject "." detail, class 2, 4 or 5, at the start of the text.
const QRegularExpression &enhancedPattern()
{
    static const QRegularExpression re(u"^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?=\\s|$)"_s);
    return re;
}

// Reply text is for people; the protocol only needs the code and the separator, which are ASCII.
// UTF-8 when it is UTF-8 (RFC 6531); otherwise most often GBK/GB18030 from a Chinese server
// (GB18030 is a superset of GBK and of ASCII); Latin-1 when even that fails, never U+FFFD.
QString decodeReplyText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    QStringDecoder gb18030("GB18030", QStringDecoder::Flag::Stateless);
    if (gb18030.isValid()) {
        const QString chinese = gb18030(bytes);
        if (!gb18030.hasError())
            return chinese;
    }
    return QString::fromLatin1(bytes);
}

QString stripEnhanced(const QString &line, const QString &enhanced)
{
    if (enhanced.isEmpty() || !line.startsWith(enhanced))
        return line;
    return line.mid(enhanced.size()).trimmed();
}
} // namespace

QString SmtpReply::text() const
{
    QStringList parts;
    for (const QString &line : lines)
        parts << stripEnhanced(line, enhancedCode);
    return parts.join(u' ').trimmed();
}

QStringList SmtpReply::rawLines() const
{
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        const QChar separator = i + 1 < lines.size() ? u'-' : u' ';
        out << QString::number(code) + separator + lines.at(i);
    }
    return out;
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_partial = {};
    m_partialBytes = 0;
    m_ready.clear();
    m_error = Error::None;
    m_errorText.clear();
}

void ReplyParser::setError(Error error, const QString &text)
{
    if (m_error != Error::None)
        return;
    m_error = error;
    m_errorText = text;
    m_buffer.clear();
    m_partial = {};
}

void ReplyParser::feed(const QByteArray &bytes)
{
    if (m_error != Error::None)
        return;
    m_buffer.append(bytes);
    qsizetype start = 0;
    while (m_error == Error::None) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        qsizetype end = newline;
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        if (end - start > MaxLineBytes) {
            setError(Error::LineTooLong,
                     QCoreApplication::translate("ReplyParser", "The server sent a reply line longer than %1 bytes.")
                         .arg(MaxLineBytes));
            return;
        }
        parseLine(m_buffer.mid(start, end - start));
        start = newline + 1;
    }
    if (m_error != Error::None)
        return;
    m_buffer.remove(0, start);
    if (m_buffer.size() > MaxLineBytes)
        setError(Error::LineTooLong,
                 QCoreApplication::translate("ReplyParser", "The server sent a reply line longer than %1 bytes.")
                     .arg(MaxLineBytes));
}

void ReplyParser::parseLine(const QByteArray &line)
{
    auto malformed = [&] {
        setError(Error::Malformed,
            QCoreApplication::translate("ReplyParser", "The server sent a malformed reply: “%1”.")
                .arg(decodeReplyText(line.left(200))));
    };
    // RFC 5321 §4.2: three digits, then "-" (more lines follow), " " or end of line (last line).
    if (line.size() < 3 || !std::isdigit(uchar(line[0])) || !std::isdigit(uchar(line[1]))
        || !std::isdigit(uchar(line[2])) || line[0] < '2' || line[0] > '5') {
        malformed();
        return;
    }
    const int code = line.left(3).toInt();
    const char separator = line.size() > 3 ? line[3] : ' ';
    if (separator != ' ' && separator != '-') {
        malformed();
        return;
    }
    if (!m_partial.lines.isEmpty() && m_partial.code != code) {
        setError(Error::Malformed,
                 QCoreApplication::translate("ReplyParser", "The server changed its reply code from %1 to %2 within one reply.")
                     .arg(m_partial.code)
                     .arg(code));
        return;
    }
    m_partial.code = code;
    m_partial.lines << decodeReplyText(line.mid(4));
    m_partialBytes += int(line.size());
    if (m_partial.lines.size() > MaxReplyLines || m_partialBytes > MaxReplyBytes) {
        setError(Error::ReplyTooLong,
                 QCoreApplication::translate("ReplyParser", "The server sent a reply of more than %1 lines or %2 bytes.")
                     .arg(MaxReplyLines)
                     .arg(MaxReplyBytes));
        return;
    }
    if (separator == '-')
        return;
    const auto match = enhancedPattern().match(m_partial.lines.first());
    if (match.hasMatch() && match.captured(1).at(0).digitValue() == code / 100)
        m_partial.enhancedCode = match.captured(0);
    m_ready.append(m_partial);
    m_partial = {};
    m_partialBytes = 0;
}

std::optional<SmtpReply> ReplyParser::next()
{
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}
