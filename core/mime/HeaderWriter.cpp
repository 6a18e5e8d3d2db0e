#include "HeaderWriter.h"

#include "Encoders.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int LineMax = 78; // RFC 5322 §2.1.1
constexpr int MinFirstWord = 24; // room for one 4-byte character as a Q word; else fold first

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7F; });
}

// RFC 5322 §3.2.3 atext.
bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return u < 0x7F && QByteArrayView("!#$%&'*+-/=?^_`{|}~").contains(char(u));
}

// Words separated by single spaces, none empty or longer than `maxWord`, nothing that a reader
// could take for an encoded-word: text that can be written as it is.
bool isPlainWords(const QString &text, int maxWord)
{
    if (text.isEmpty() || !isPrintableAscii(text) || text.contains(u"=?"_s))
        return false;
    const QStringList words = text.split(u' ');
    return std::all_of(
        words.begin(), words.end(), [&](const QString &w) { return !w.isEmpty() && w.size() <= maxWord; });
}

} // namespace

bool HeaderWriter::isValidFieldName(const QByteArray &name)
{
    if (name.isEmpty() || name.size() > 76)
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return c >= 33 && c <= 126 && c != ':'; });
}

void HeaderWriter::begin(const QByteArray &name)
{
    m_out += name;
    m_out += ':';
    m_column = int(name.size()) + 1;
    m_lineHasToken = false;
}

void HeaderWriter::append(const QByteArray &token)
{
    // Fold (CRLF before the space) when the token would cross column 78, unless this line has
    // nothing yet that folding could move it away from.
    const bool fold = m_column + 1 + token.size() > LineMax && (m_lineHasToken || m_column > 1);
    if (fold) {
        m_out += "\r\n ";
        m_column = 1;
    } else {
        m_out += ' ';
        m_column += 1;
    }
    m_out += token;
    m_column += int(token.size());
    m_lineHasToken = true;
}

void HeaderWriter::appendEncoded(const QString &text, const QByteArray &prefix, const QByteArray &suffix)
{
    // Each word goes on the current line or a fresh one; `prefix` and `suffix` ride on the
    // first and last word and are reserved from every width so the arithmetic stays simple.
    const int nextWidth = LineMax - 1 - int(prefix.size() + suffix.size());
    int firstWidth = LineMax - m_column - 1 - int(prefix.size() + suffix.size());
    if (firstWidth < MinFirstWord)
        firstWidth = nextWidth;
    const QList<QByteArray> words = Encoders::encodedWords(text, firstWidth, nextWidth);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QByteArray token = words[i];
        if (i == 0)
            token.prepend(prefix);
        if (i == words.size() - 1)
            token += suffix;
        append(token);
    }
}

void HeaderWriter::appendPhrase(const QString &displayName)
{
    const QString name = Encoders::headerSafe(displayName).trimmed();
    if (name.isEmpty())
        return;
    if (isPlainWords(name, 60)
        && std::all_of(name.begin(), name.end(), [](QChar c) { return c == u' ' || isAtext(c); })) {
        for (const QString &word : name.split(u' '))
            append(word.toLatin1());
        return;
    }
    if (isPrintableAscii(name) && !name.contains(u"=?"_s) && name.size() <= 60) {
        // RFC 5322 §3.2.4 quoted-string: only '"' and '\\' need a backslash.
        QByteArray quoted = name.toLatin1();
        quoted.replace('\\', "\\\\").replace('"', "\\\"");
        // Backslashes can double its length: a quoted-string with no space cannot be folded,
        // so one that would not fit on a line of its own goes as encoded-words (below).
        if (quoted.size() + 2 <= LineMax - 1) {
            append('"' + quoted + '"');
            return;
        }
    }
    // One encoded-word when the name fits in one, even if that means a fresh line: some readers
    // (Python's email among them) keep the space between two encoded-words of a display name,
    // which RFC 2047 §6.2 says to drop.
    const QList<QByteArray> single = Encoders::encodedWords(name, 75, 75);
    if (single.size() == 1)
        append(single.first());
    else
        appendEncoded(name, {}, {});
}

void HeaderWriter::end()
{
    m_out += "\r\n";
}

void HeaderWriter::addUnstructured(const QByteArray &name, const QString &value)
{
    const QString text = Encoders::headerSafe(value);
    begin(name);
    if (text.isEmpty()) {
        // Nothing to write.
    } else if (isPlainWords(text, LineMax - 2)) {
        for (const QString &word : text.split(u' '))
            append(word.toLatin1());
    } else {
        appendEncoded(text, {}, {});
    }
    end();
}

void HeaderWriter::addAddressList(const QByteArray &name, const QList<Mailbox> &mailboxes)
{
    begin(name);
    for (qsizetype i = 0; i < mailboxes.size(); ++i) {
        const Mailbox &mailbox = mailboxes[i];
        const QString displayName = Encoders::headerSafe(mailbox.displayName).trimmed();
        // headerSafe and the removal of spaces keep even a hand-made Mailbox from breaking the
        // field; AddressParser never produces such an address in the first place.
        const QByteArray address = Encoders::headerSafe(mailbox.envelopeAddress()).remove(u' ').toUtf8();
        QByteArray token = displayName.isEmpty() ? address : '<' + address + '>';
        if (i + 1 < mailboxes.size())
            token += ',';
        appendPhrase(displayName);
        append(token);
    }
    end();
}

void HeaderWriter::addAscii(const QByteArray &name, const QByteArray &value)
{
    begin(name);
    const QByteArray safe = Encoders::headerSafe(QString::fromLatin1(value)).toLatin1();
    for (const QByteArray &token : safe.split(' '))
        if (!token.isEmpty())
            append(token);
    end();
}

void HeaderWriter::addWithParameters(
    const QByteArray &name, const QByteArray &value, const QList<HeaderParameter> &parameters)
{
    begin(name);
    append(parameters.isEmpty() ? value : value + ';');
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const HeaderParameter &parameter = parameters[i];
        const QByteArray separator = i + 1 < parameters.size() ? QByteArrayLiteral(";") : QByteArray();
        const QString text = Encoders::headerSafe(parameter.value);
        if (isPrintableAscii(text) && !text.contains(u"=?"_s)) {
            const QByteArray simple = parameter.name + '=' + Encoders::tokenOrQuoted(text.toLatin1()) + separator;
            if (simple.size() <= LineMax - 1) {
                append(simple);
                continue;
            }
        }
        if (parameter.encoding == HeaderParameter::Encoding::Rfc2231) {
            const QList<QByteArray> sections = Encoders::rfc2231Parameter(parameter.name, text);
            for (qsizetype k = 0; k < sections.size(); ++k)
                append(sections[k] + (k + 1 < sections.size() ? QByteArrayLiteral(";") : separator));
        } else {
            appendEncoded(text, parameter.name + "=\"", '"' + separator);
        }
    }
    end();
}
