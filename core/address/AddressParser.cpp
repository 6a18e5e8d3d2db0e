#include "address/AddressParser.h"

#include <QStringDecoder>
#include <QUrl>

#include <algorithm>
#include <cctype>
#include <optional>

using namespace Qt::StringLiterals;

// Leniencies beyond RFC 5322, each because people type or paste it:
// - unquoted UTF-8 display names and local parts (RFC 6532), "John Q. Public" (obs-phrase);
// - ',' or ';' between entries, repeated or trailing, and their full-width forms (U+FF0C,
//   U+FF1B) that Chinese and Japanese input methods produce;
// - a line break between two complete entries separates them like a comma;
// - a group without its closing ';' at the end of the text;
// - RFC 2047 encoded-words inside a quoted display name (a common mailer bug) are decoded;
// - single-label domains ("root@localhost"), so people can test against a local server.
// Not accepted: CFWS inside an addr-spec (obs-local-part, obs-domain), source routes, and
// folded (CRLF + space) header lines inside an entry.

namespace {

constexpr int MaxLocalOctets = 64; // RFC 5321 §4.5.3.1.1
constexpr int MaxAddressOctets = 254; // RFC 5321 §4.5.3.1.3: a 256-octet path includes "<>"
constexpr int MaxLabelOctets = 63; // RFC 1035 §2.3.4
constexpr int MaxDomainOctets = 253; // RFC 1035 §2.3.4, less the length octets on the wire

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\r' || u == u'\n' || u == 0x2028 || u == 0x2029;
}

bool isInvisible(QChar c)
{
    return c.unicode() == 0x200B || c.unicode() == 0xFEFF; // zero-width space, BOM: pasted from web pages
}

bool isWsp(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || isInvisible(c) || (u >= 0x80 && c.isSpace() && !isLineBreak(c));
}

bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return !isLineBreak(c) && u != u'\t' && (u < 0x20 || (u >= 0x7F && u < 0xA0));
}

bool isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u',' || u == u';' || u == 0xFF0C || u == 0xFF1B;
}

bool isGroupEnd(QChar c)
{
    return c.unicode() == u';' || c.unicode() == 0xFF1B;
}

bool isAsciiAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return u < 0x80 && QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

// RFC 6532 §3.2: atext grows to any UTF-8 non-ASCII character.
bool isAtext(QChar c)
{
    return isAsciiAtext(c) || (c.unicode() >= 0x80 && !isWsp(c) && !isControl(c) && !isLineBreak(c) && !isSeparator(c));
}

// Label separators of IDNA (RFC 3490 §3.1): QUrl::toAce maps all four to '.'.
bool isDomainDot(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == 0x3002 || u == 0xFF0E || u == 0xFF61;
}

bool isLdh(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-';
}

bool isDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isIPv4(QStringView s)
{
    const QList<QStringView> parts = s.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (!isDigits(part) || part.size() > 3 || part.toInt() > 255)
            return false;
    }
    return true;
}

// RFC 5321 §4.1.3 IPv6-addr, with "::" compression and an optional trailing IPv4 part.
bool isIPv6(QStringView s)
{
    const auto countGroups = [](QStringView part, bool ipv4Allowed, int &count) {
        count = 0;
        if (part.isEmpty())
            return true;
        const QList<QStringView> groups = part.split(u':');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QStringView g = groups.at(i);
            if (ipv4Allowed && i == groups.size() - 1 && g.contains(u'.')) {
                if (!isIPv4(g))
                    return false;
                count += 2;
                continue;
            }
            if (g.isEmpty() || g.size() > 4 || !std::all_of(g.begin(), g.end(), [](QChar c) {
                    return isLdh(c) && c != u'-' && c.toLower() <= u'f';
                }))
                return false;
            ++count;
        }
        return true;
    };
    const qsizetype gap = s.indexOf(u"::");
    int before = 0;
    int after = 0;
    if (gap < 0)
        return countGroups(s, true, before) && before == 8;
    if (s.indexOf(u"::", gap + 1) >= 0)
        return false;
    return countGroups(s.left(gap), false, before) && countGroups(s.mid(gap + 2), true, after) && before + after <= 7;
}

struct EncodedWord
{
    QByteArray charset;
    QByteArray bytes;
};

// RFC 2047 §2: =?charset?B|Q?text?=. Anything else, or an unknown charset, stays as typed (§6.3).
std::optional<EncodedWord> parseEncodedWord(QStringView word)
{
    if (word.size() < 8 || !word.startsWith(u"=?") || !word.endsWith(u"?="))
        return std::nullopt;
    const QStringView inner = word.mid(2, word.size() - 4);
    const qsizetype q1 = inner.indexOf(u'?');
    if (q1 <= 0 || inner.indexOf(u'?', q1 + 1) != q1 + 2 || inner.indexOf(u'?', q1 + 3) >= 0)
        return std::nullopt;
    if (std::any_of(inner.begin(), inner.end(), [](QChar c) { return c.unicode() >= 0x80; }))
        return std::nullopt;
    QStringView charset = inner.left(q1);
    if (const qsizetype star = charset.indexOf(u'*'); star >= 0) // RFC 2231 §5 language suffix
        charset = charset.left(star);
    const QByteArray text = inner.mid(q1 + 3).toLatin1();
    EncodedWord result { charset.toLatin1().toLower(), {} };
    const char16_t encoding = inner.at(q1 + 1).toUpper().unicode();
    if (encoding == u'B') {
        auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::nullopt;
        result.bytes = *decoded;
    } else if (encoding == u'Q') {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char c = text.at(i);
            if (c == '_') {
                result.bytes += ' ';
            } else if (c == '=') {
                const auto hex = [&](qsizetype at) {
                    return at < text.size() ? QByteArray("0123456789ABCDEF").indexOf(char(toupper(text.at(at)))) : -1;
                };
                const int high = hex(i + 1);
                const int low = hex(i + 2);
                if (high < 0 || low < 0)
                    return std::nullopt;
                result.bytes += char(high * 16 + low);
                i += 2;
            } else {
                result.bytes += c;
            }
        }
    } else {
        return std::nullopt;
    }
    if (!QStringDecoder(result.charset.constData()).isValid())
        return std::nullopt;
    return result;
}

// A word, dot or comment of a phrase or local part, with where it was typed.
struct Item
{
    enum class Kind { Atom, Quoted, Dot, Comment };
    Kind kind = Kind::Atom;
    QString text; // unescaped for Quoted and Comment
    int start = 0; // the opening quote or '(' included
    int end = 0;
    int spaceBefore = -1; // index of the whitespace just before it, or -1
};

class Parser
{
public:
    enum class Mode { List, SingleMailbox };

    Parser(const QString &text, Mode mode)
        : m_s(text)
        , m_n(int(text.size()))
        , m_mode(mode)
    {
    }

    bool run();

    QList<Mailbox> mailboxes;
    QString error;
    int errorPosition = -1;

private:
    bool atEnd() const { return m_pos >= m_n; }
    QChar peek() const { return m_pos < m_n ? m_s.at(m_pos) : QChar(); }
    bool fail(int pos, const QString &message);
    bool failControl(int pos);
    bool failLineBreak(int pos) { return fail(pos, AddressParser::tr("Line breaks are not allowed in an address")); }
    bool failSpace(int pos, int from);
    bool failNoAt(const QList<Item> &items, int entryStart);
    bool failUnexpectedAfter(int entryStart);

    bool parseEntry(bool inGroup);
    bool parseNameAddr(const QList<Item> &items);
    bool parseAddrSpecEntry(const QList<Item> &items, int trailingSpace);
    bool parseGroup(const QList<Item> &items, int entryStart, bool inGroup);
    bool parseAddrSpec(const QList<Item> &items, int trailingSpace, QString &address, QStringList *comments);
    bool parseDomain(const QString &localPart, int localStart, QString &domain, QString &asciiDomain);
    bool parseDomainLiteral(int localStart, QString &domain);
    bool checkDomainLabels(const QString &domain, int domainStart);

    bool scanItems(QList<Item> &items, int &trailingSpace);
    bool scanQuoted(QString &text);
    bool scanComment(QString &text);
    bool skipCfws(QStringList *comments);
    bool lineContinuesEntry(int pos) const;
    int addressEnd(int from) const;

    bool buildPhrase(const QList<Item> &items, QString &phrase);
    bool nameFromComments(const QStringList &comments, int pos, QString &name);

    const QString &m_s;
    const int m_n;
    const Mode m_mode;
    int m_pos = 0;
    bool m_lastWasGroup = false;
};

bool Parser::fail(int pos, const QString &message)
{
    if (error.isEmpty()) {
        error = message;
        errorPosition = pos;
    }
    return false;
}

bool Parser::failControl(int pos)
{
    const char16_t u = m_s.at(pos).unicode();
    if (u == 0)
        return fail(pos, AddressParser::tr("A NUL character is not allowed in an address"));
    const QString code = QString::number(u, 16).toUpper().rightJustified(4, u'0');
    return fail(pos, AddressParser::tr("The control character U+%1 is not allowed in an address").arg(code));
}

bool Parser::failSpace(int pos, int from)
{
    const QString address = m_s.mid(from, addressEnd(pos) - from);
    if (isInvisible(m_s.at(pos))) {
        const QString code = QString::number(m_s.at(pos).unicode(), 16).toUpper();
        return fail(pos,
            AddressParser::tr("An invisible character (U+%1) is not allowed in the address “%2”").arg(code, address));
    }
    return fail(pos, AddressParser::tr("Spaces are not allowed in the address “%1”").arg(address));
}

// The end of what a person would call "the address" from `from`, for quoting it in a message.
int Parser::addressEnd(int from) const
{
    static const QString stops = u"<>()\","_s;
    int end = from;
    while (end < m_n && !isLineBreak(m_s.at(end)) && !isSeparator(m_s.at(end)) && !stops.contains(m_s.at(end)))
        ++end;
    while (end > from && isWsp(m_s.at(end - 1)))
        --end;
    return end;
}

bool Parser::run()
{
    int entries = 0;
    for (;;) {
        while (!atEnd() && (isWsp(peek()) || isLineBreak(peek()) || isSeparator(peek())))
            ++m_pos;
        if (atEnd())
            break;
        if (isControl(peek()))
            return failControl(m_pos);
        const int entryStart = m_pos;
        if (m_mode == Mode::SingleMailbox && entries > 0)
            return fail(entryStart, AddressParser::tr("Only one address is allowed here"));
        if (!parseEntry(false))
            return false;
        ++entries;
        if (atEnd() || isSeparator(peek()) || m_lastWasGroup)
            continue;
        if (isLineBreak(peek())) {
            // "jane@x\n.org": the break is inside the address, not between two of them.
            int next = m_pos;
            while (next < m_n && (isWsp(m_s.at(next)) || isLineBreak(m_s.at(next))))
                ++next;
            if (next < m_n && QStringView(u".@>)").contains(m_s.at(next)))
                return failLineBreak(m_pos);
            continue;
        }
        return failUnexpectedAfter(entryStart);
    }
    if (m_mode == Mode::SingleMailbox && mailboxes.isEmpty())
        return fail(0, AddressParser::tr("No email address was entered"));
    return true;
}

bool Parser::failUnexpectedAfter(int entryStart)
{
    const QString previous = m_s.mid(entryStart, m_pos - entryStart).trimmed();
    const QChar c = peek();
    if (c == u'>')
        return fail(m_pos, AddressParser::tr("'>' without a matching '<'"));
    if (c == u')')
        return fail(m_pos, AddressParser::tr("')' without a matching '('"));
    if (c == u'<')
        return fail(m_pos,
            AddressParser::tr("Unexpected '<' after “%1”: a name that contains @ must be in quotes").arg(previous));
    int end = m_pos + 1;
    while (
        end < m_n && end - m_pos < 30 && !isWsp(m_s.at(end)) && !isLineBreak(m_s.at(end)) && !isSeparator(m_s.at(end)))
        ++end;
    const QString next = m_s.mid(m_pos, end - m_pos);
    return fail(
        m_pos, AddressParser::tr("Unexpected “%1” after “%2”: separate addresses with a comma").arg(next, previous));
}

bool Parser::parseEntry(bool inGroup)
{
    m_lastWasGroup = false;
    const int entryStart = m_pos;
    QList<Item> items;
    int trailingSpace = -1;
    if (!scanItems(items, trailingSpace))
        return false;
    const QChar c = peek();
    if (c == u'<')
        return parseNameAddr(items);
    if (c == u'@')
        return parseAddrSpecEntry(items, trailingSpace);
    if (c == u':')
        return parseGroup(items, entryStart, inGroup);
    if (c == u'>')
        return fail(m_pos, AddressParser::tr("'>' without a matching '<'"));
    if (c == u')')
        return fail(m_pos, AddressParser::tr("')' without a matching '('"));
    if (c == u'[' || c == u']' || c == u'\\')
        return fail(m_pos, AddressParser::tr("'%1' is out of place here").arg(c));
    return failNoAt(items, entryStart);
}

bool Parser::failNoAt(const QList<Item> &items, int entryStart)
{
    const QString text = m_s.mid(entryStart, m_pos - entryStart).trimmed();
    const bool onlyComments
        = std::all_of(items.begin(), items.end(), [](const Item &i) { return i.kind == Item::Kind::Comment; });
    if (onlyComments)
        return fail(entryStart, AddressParser::tr("“%1” contains no email address").arg(text));
    if (const qsizetype fullWidthAt = m_s.indexOf(QChar(0xFF20), entryStart); fullWidthAt >= 0 && fullWidthAt < m_pos)
        return fail(int(fullWidthAt), AddressParser::tr("“%1” has a full-width ＠: type @ instead").arg(text));
    // "Doe, Jane <jane@x.org>": the comma split a name that needed quotes.
    if (!atEnd() && isSeparator(peek()) && !isGroupEnd(peek())) {
        Parser probe(m_s, m_mode);
        probe.m_pos = m_pos + 1;
        QList<Item> next;
        int ignored = -1;
        if (probe.scanItems(next, ignored) && !next.isEmpty() && probe.peek() == u'<') {
            const QString name = m_s.mid(entryStart, probe.m_pos - entryStart).trimmed();
            return fail(
                entryStart, AddressParser::tr("Put the name “%1” in quotes: a comma separates addresses").arg(name));
        }
    }
    return fail(entryStart, AddressParser::tr("“%1” is not an email address: it has no @").arg(text));
}

bool Parser::scanItems(QList<Item> &items, int &trailingSpace)
{
    int space = -1;
    while (!atEnd()) {
        const QChar c = peek();
        if (isLineBreak(c)) {
            if (items.isEmpty() || !lineContinuesEntry(m_pos))
                break;
            return failLineBreak(m_pos);
        }
        if (isControl(c))
            return failControl(m_pos);
        if (isWsp(c)) {
            if (space < 0)
                space = m_pos;
            ++m_pos;
            continue;
        }
        Item item;
        item.start = m_pos;
        item.spaceBefore = space;
        if (c == u'(') {
            item.kind = Item::Kind::Comment;
            if (!scanComment(item.text))
                return false;
        } else if (c == u'"') {
            item.kind = Item::Kind::Quoted;
            if (!scanQuoted(item.text))
                return false;
        } else if (c == u'.') {
            item.kind = Item::Kind::Dot;
            item.text = u"."_s;
            ++m_pos;
        } else if (isAtext(c)) {
            item.kind = Item::Kind::Atom;
            while (!atEnd() && isAtext(peek()))
                ++m_pos;
            item.text = m_s.mid(item.start, m_pos - item.start);
        } else {
            break;
        }
        item.end = m_pos;
        items.append(item);
        space = -1;
    }
    trailingSpace = space;
    return true;
}

// Whether the entry goes on after the line break at `pos` ("Jane\nDoe <jane@x.org>"), which makes
// the break part of it, or a new entry starts there (a pasted one-per-line list).
bool Parser::lineContinuesEntry(int pos) const
{
    while (pos < m_n && (isWsp(m_s.at(pos)) || isLineBreak(m_s.at(pos))))
        ++pos;
    if (pos >= m_n)
        return false;
    if (QStringView(u"<>@.:").contains(m_s.at(pos)))
        return true;
    for (; pos < m_n && !isLineBreak(m_s.at(pos)) && !isSeparator(m_s.at(pos)); ++pos) {
        if (m_s.at(pos) == u'<')
            return true;
    }
    return false;
}

bool Parser::scanQuoted(QString &text)
{
    const int open = m_pos++;
    while (!atEnd()) {
        QChar c = peek();
        if (c == u'"') {
            ++m_pos;
            return true;
        }
        if (c == u'\\') { // quoted-pair, RFC 5322 §3.2.1
            if (++m_pos >= m_n)
                break;
            c = peek();
        }
        if (isLineBreak(c))
            return failLineBreak(m_pos);
        if (isControl(c))
            return failControl(m_pos);
        text += c;
        ++m_pos;
    }
    return fail(open, AddressParser::tr("Unclosed quote: a closing '\"' is missing"));
}

bool Parser::scanComment(QString &text)
{
    const int open = m_pos++;
    int depth = 1; // RFC 5322 §3.2.2: comments nest
    while (!atEnd()) {
        QChar c = peek();
        if (c == u'\\') {
            if (++m_pos >= m_n)
                break;
            c = peek();
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && --depth == 0) {
            ++m_pos;
            return true;
        }
        if (isLineBreak(c))
            return failLineBreak(m_pos);
        if (isControl(c))
            return failControl(m_pos);
        text += c;
        ++m_pos;
    }
    return fail(open, AddressParser::tr("Unclosed comment: a closing ')' is missing"));
}

bool Parser::skipCfws(QStringList *comments)
{
    while (!atEnd()) {
        if (isWsp(peek())) {
            ++m_pos;
        } else if (peek() == u'(') {
            QString text;
            if (!scanComment(text))
                return false;
            if (comments)
                comments->append(text);
        } else if (isControl(peek())) {
            return failControl(m_pos);
        } else {
            break;
        }
    }
    return true;
}

// RFC 5322 §3.2.5 phrase: words joined by single spaces, comments dropped. RFC 2047 §6.2: space
// between adjacent encoded-words is dropped, and their bytes are decoded together so that a
// character split across two of them survives.
bool Parser::buildPhrase(const QList<Item> &items, QString &phrase)
{
    phrase.clear();
    bool pendingSpace = false;
    bool previousEncoded = false;
    EncodedWord pending;
    int pendingStart = -1;
    const auto flush = [&]() {
        if (pendingStart < 0)
            return true;
        QStringDecoder decoder(pending.charset.constData());
        const QString decoded = decoder(pending.bytes);
        for (QChar c : decoded) {
            if (isLineBreak(c))
                return failLineBreak(pendingStart);
            if (isControl(c))
                return fail(pendingStart, AddressParser::tr("The encoded name contains a control character"));
        }
        phrase += decoded;
        pending = {};
        pendingStart = -1;
        return true;
    };
    for (const Item &item : items) {
        if (item.kind == Item::Kind::Comment) {
            pendingSpace = true;
            continue;
        }
        if (item.spaceBefore >= 0)
            pendingSpace = true;
        std::optional<EncodedWord> word;
        if (item.kind == Item::Kind::Atom)
            word = parseEncodedWord(item.text);
        else if (item.kind == Item::Kind::Quoted)
            word = parseEncodedWord(QStringView(m_s).mid(item.start + 1, item.end - item.start - 2));
        if (word) {
            if (!previousEncoded || word->charset != pending.charset) {
                if (!flush())
                    return false;
                if (!previousEncoded && pendingSpace && !phrase.isEmpty())
                    phrase += u' ';
                pending.charset = word->charset;
                pendingStart = item.start;
            }
            pending.bytes += word->bytes;
            previousEncoded = true;
            pendingSpace = false;
            continue;
        }
        if (!flush())
            return false;
        if (pendingSpace && !phrase.isEmpty())
            phrase += u' ';
        phrase += item.text;
        previousEncoded = false;
        pendingSpace = false;
    }
    if (!flush())
        return false;
    phrase = phrase.trimmed();
    return true;
}

// "jane@x.org (Jane Doe)": with no display name, the first non-empty comment stands in for one.
bool Parser::nameFromComments(const QStringList &comments, int pos, QString &name)
{
    for (const QString &comment : comments) {
        QList<Item> words;
        const QStringList parts = comment.split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            Item item;
            item.text = part;
            item.start = pos;
            item.spaceBefore = words.isEmpty() ? -1 : pos;
            words.append(item);
        }
        if (!buildPhrase(words, name))
            return false;
        name = name.simplified();
        if (!name.isEmpty())
            return true;
    }
    return true;
}

bool Parser::parseNameAddr(const QList<Item> &items)
{
    Mailbox mailbox;
    if (!buildPhrase(items, mailbox.displayName))
        return false;
    QStringList comments;
    for (const Item &item : items) {
        if (item.kind == Item::Kind::Comment)
            comments.append(item.text);
    }
    const int open = m_pos++;
    QList<Item> local;
    int trailingSpace = -1;
    if (!scanItems(local, trailingSpace))
        return false;
    const QChar c = peek();
    if (c == u'@') {
        if (!parseAddrSpec(local, trailingSpace, mailbox.address, &comments) || !skipCfws(&comments))
            return false;
        if (peek() != u'>') {
            if (!atEnd() && isWsp(m_s.at(m_pos - 1)) && (isAtext(peek()) || isDomainDot(peek())))
                return failSpace(m_pos - 1, open + 1);
            return fail(m_pos, AddressParser::tr("Missing '>' after %1").arg(mailbox.address));
        }
    } else if (c == u'>') {
        const bool empty
            = std::all_of(local.begin(), local.end(), [](const Item &i) { return i.kind == Item::Kind::Comment; });
        if (empty)
            return fail(open, AddressParser::tr("There is no address between '<' and '>'"));
        return failNoAt(local, open + 1);
    } else if (c == u'<') {
        return fail(m_pos, AddressParser::tr("'<' inside <…> is out of place"));
    } else if (atEnd() || isSeparator(c) || isLineBreak(c)) {
        return fail(open, AddressParser::tr("'<' without a matching '>'"));
    } else {
        return fail(m_pos, AddressParser::tr("'%1' is out of place in an address").arg(c));
    }
    ++m_pos; // '>'
    if (!skipCfws(&comments))
        return false;
    if (mailbox.displayName.isEmpty() && !nameFromComments(comments, open, mailbox.displayName))
        return false;
    mailboxes.append(mailbox);
    return true;
}

bool Parser::parseAddrSpecEntry(const QList<Item> &items, int trailingSpace)
{
    Mailbox mailbox;
    QStringList comments;
    const int start = items.isEmpty() ? m_pos : items.first().start;
    if (!parseAddrSpec(items, trailingSpace, mailbox.address, &comments) || !skipCfws(&comments))
        return false;
    if (!nameFromComments(comments, start, mailbox.displayName))
        return false;
    mailboxes.append(mailbox);
    return true;
}

bool Parser::parseGroup(const QList<Item> &items, int entryStart, bool inGroup)
{
    if (inGroup)
        return fail(m_pos, AddressParser::tr("A group cannot contain another group"));
    QString name;
    if (!buildPhrase(items, name))
        return false;
    if (name.isEmpty())
        return fail(m_pos, AddressParser::tr("A group needs a name before ':'"));
    if (name.compare(u"mailto"_s, Qt::CaseInsensitive) == 0)
        return fail(entryStart, AddressParser::tr("Remove “mailto:” before the address"));
    if (m_mode == Mode::SingleMailbox)
        return fail(entryStart, AddressParser::tr("A group (“%1:”) is not allowed here: enter one address").arg(name));
    ++m_pos; // ':'
    for (;;) {
        while (!atEnd() && (isWsp(peek()) || isLineBreak(peek()) || (isSeparator(peek()) && !isGroupEnd(peek()))))
            ++m_pos;
        if (atEnd())
            break; // a missing ';' at the very end is forgiven
        if (isGroupEnd(peek())) {
            ++m_pos;
            if (!skipCfws(nullptr))
                return false;
            break;
        }
        if (isControl(peek()))
            return failControl(m_pos);
        const int memberStart = m_pos;
        if (!parseEntry(true))
            return false;
        if (!atEnd() && !isSeparator(peek()) && !isLineBreak(peek()))
            return failUnexpectedAfter(memberStart);
    }
    m_lastWasGroup = true;
    return true;
}

// The items before the '@' at m_pos make the local part: one quoted-string or a dot-atom
// (RFC 5322 §3.4.1), optionally after comments.
bool Parser::parseAddrSpec(const QList<Item> &items, int trailingSpace, QString &address, QStringList *comments)
{
    qsizetype first = 0;
    while (first < items.size() && items.at(first).kind == Item::Kind::Comment) {
        if (comments)
            comments->append(items.at(first).text);
        ++first;
    }
    const int localStart = first < items.size() ? items.at(first).start : m_pos;
    const QString whole = m_s.mid(localStart, addressEnd(m_pos) - localStart);
    if (first == items.size())
        return fail(m_pos, AddressParser::tr("The address “%1” has nothing before the @").arg(whole));

    QString local;
    for (qsizetype i = first; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (i > first && item.spaceBefore >= 0)
            return failSpace(item.spaceBefore, localStart);
        if (item.kind == Item::Kind::Comment)
            return fail(item.start, AddressParser::tr("A comment cannot appear inside the address “%1”").arg(whole));
        if (item.kind == Item::Kind::Quoted && items.size() - first > 1)
            return fail(
                item.start, AddressParser::tr("Only the whole part before the @ may be quoted in “%1”").arg(whole));
        if (item.kind == Item::Kind::Dot) {
            if (i == first)
                return fail(item.start, AddressParser::tr("The address “%1” cannot start with a dot").arg(whole));
            if (items.at(i - 1).kind == Item::Kind::Dot)
                return fail(item.start, AddressParser::tr("Two dots in a row are not allowed in “%1”").arg(whole));
            if (i == items.size() - 1)
                return fail(item.start, AddressParser::tr("A dot cannot come right before the @ in “%1”").arg(whole));
        }
        local += item.text;
    }
    if (trailingSpace >= 0)
        return failSpace(trailingSpace, localStart);

    if (items.at(first).kind == Item::Kind::Quoted) {
        if (local.isEmpty())
            return fail(localStart, AddressParser::tr("The address “%1” has nothing before the @").arg(whole));
        // RFC 5321 §4.1.2: quote only when needed, so "john"@x.org becomes john@x.org.
        const bool dotAtom = std::all_of(local.begin(), local.end(), [](QChar c) { return isAtext(c) || c == u'.'; })
            && !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(u".."_s);
        if (!dotAtom) {
            QString quoted = u"\""_s;
            for (QChar c : std::as_const(local)) {
                if (c == u'"' || c == u'\\')
                    quoted += u'\\';
                quoted += c;
            }
            local = quoted + u'"';
        }
    }
    if (local.toUtf8().size() > MaxLocalOctets)
        return fail(localStart,
            AddressParser::tr("The part before the @ in “%1” is too long: at most 64 bytes are allowed").arg(whole));

    ++m_pos; // '@'
    QString domain;
    QString asciiDomain;
    if (!parseDomain(local, localStart, domain, asciiDomain))
        return false;
    address = local + u'@' + domain;
    if (local.toUtf8().size() + 1 + asciiDomain.size() > MaxAddressOctets)
        return fail(localStart,
            AddressParser::tr("The address “%1” is too long: at most 254 characters are allowed").arg(address));
    return true;
}

bool Parser::parseDomain(const QString &localPart, int localStart, QString &domain, QString &asciiDomain)
{
    const int domainStart = m_pos;
    const QString whole = m_s.mid(localStart, addressEnd(domainStart) - localStart);
    if (peek() == u'[') {
        if (!parseDomainLiteral(localStart, domain))
            return false;
        asciiDomain = domain;
        return true;
    }
    while (!atEnd() && (isAtext(peek()) || isDomainDot(peek())))
        ++m_pos;
    domain = m_s.mid(domainStart, m_pos - domainStart);
    if (domain.isEmpty()) {
        if (!atEnd() && isWsp(peek())) {
            int next = m_pos;
            while (next < m_n && isWsp(m_s.at(next)))
                ++next;
            if (next < m_n && isAtext(m_s.at(next)))
                return failSpace(m_pos, localStart);
        }
        return fail(domainStart, AddressParser::tr("The address “%1” has no domain after the @").arg(whole));
    }
    if (peek() == u'@')
        return fail(m_pos, AddressParser::tr("The address “%1” has more than one @").arg(whole));
    if (!checkDomainLabels(domain, domainStart))
        return false;

    const QString lastLabel = domain.mid(domain.lastIndexOf(u'.') + 1);
    if (isDigits(lastLabel))
        return fail(domainStart,
            AddressParser::tr("“%1” looks like an IP address: write it in square brackets, as %2@[%1]")
                .arg(domain, localPart));
    asciiDomain = QString::fromLatin1(QUrl::toAce(domain));
    if (asciiDomain.isEmpty()) {
        // Name the label IDNA refuses; QUrl::toAce also refuses one over 63 octets once encoded.
        int labelStart = 0;
        for (int i = 0; i <= int(domain.size()); ++i) {
            if (i < domain.size() && !isDomainDot(domain.at(i)))
                continue;
            const QString label = domain.mid(labelStart, i - labelStart);
            if (QUrl::toAce(label).isEmpty())
                return fail(domainStart + labelStart,
                    AddressParser::tr("The domain “%1” is not valid: “%2” is not a valid international name, "
                                      "or too long once encoded")
                        .arg(domain, label));
            labelStart = i + 1;
        }
        return fail(
            domainStart, AddressParser::tr("The domain “%1” is not a valid international domain name").arg(domain));
    }
    if (asciiDomain.size() > MaxDomainOctets)
        return fail(domainStart,
            AddressParser::tr("The domain “%1” is too long once encoded: at most 253 characters are allowed")
                .arg(domain));
    return true;
}

bool Parser::checkDomainLabels(const QString &domain, int domainStart)
{
    if (domain.size() > MaxDomainOctets)
        return fail(domainStart,
            AddressParser::tr("The domain “%1” is too long: at most 253 characters are allowed").arg(domain));
    int labelStart = 0;
    const int size = int(domain.size());
    for (int i = 0; i <= size; ++i) {
        if (i < size && !isDomainDot(domain.at(i)))
            continue;
        const QStringView label = QStringView(domain).mid(labelStart, i - labelStart);
        if (label.isEmpty()) {
            if (labelStart == 0)
                return fail(
                    domainStart, AddressParser::tr("The domain “%1” is not valid: it starts with a dot").arg(domain));
            if (i == size)
                return fail(domainStart + i - 1,
                    AddressParser::tr("The domain “%1” is not valid: it ends with a dot").arg(domain));
            return fail(domainStart + i,
                AddressParser::tr("The domain “%1” is not valid: it has two dots in a row").arg(domain));
        }
        if (label.startsWith(u'-'))
            return fail(domainStart + labelStart,
                AddressParser::tr("The domain “%1” is not valid: “%2” starts with a hyphen")
                    .arg(domain, label.toString()));
        if (label.endsWith(u'-'))
            return fail(domainStart + i - 1,
                AddressParser::tr("The domain “%1” is not valid: “%2” ends with a hyphen")
                    .arg(domain, label.toString()));
        for (qsizetype k = 0; k < label.size(); ++k) {
            if (label.at(k).unicode() < 0x80 && !isLdh(label.at(k)))
                return fail(domainStart + labelStart + int(k),
                    AddressParser::tr("The domain “%1” is not valid: it contains “%2”").arg(domain, label.at(k)));
        }
        if (label.size() > MaxLabelOctets)
            return fail(domainStart + labelStart,
                AddressParser::tr("The domain “%1” is not valid: a part between dots is longer than 63 characters")
                    .arg(domain));
        labelStart = i + 1;
    }
    return true;
}

// RFC 5321 §4.1.3 address literals: [IPv4], [IPv6:…] or [tag:content].
bool Parser::parseDomainLiteral(int localStart, QString &domain)
{
    const int open = m_pos++;
    while (!atEnd() && peek() != u']') {
        const QChar c = peek();
        if (isLineBreak(c))
            return failLineBreak(m_pos);
        if (isControl(c))
            return failControl(m_pos);
        if (isWsp(c))
            return failSpace(m_pos, localStart);
        if (c == u'[' || c == u'\\' || c.unicode() >= 0x80 || isSeparator(c) || c == u'>')
            break;
        ++m_pos;
    }
    if (peek() != u']')
        return fail(open, AddressParser::tr("'[' without a matching ']'"));
    const QStringView content = QStringView(m_s).mid(open + 1, m_pos - open - 1);
    ++m_pos;
    domain = m_s.mid(open, m_pos - open);
    const qsizetype colon = content.indexOf(u':');
    if (content.startsWith(u"IPv6:", Qt::CaseInsensitive)) {
        if (!isIPv6(content.mid(5)))
            return fail(open, AddressParser::tr("“%1” is not a valid IPv6 address").arg(domain));
    } else if (colon >= 0) {
        const QStringView tag = content.left(colon);
        const bool tagOk = !tag.isEmpty() && !tag.endsWith(u'-')
            && std::all_of(tag.begin(), tag.end(), [](QChar c) { return isLdh(c); });
        if (!tagOk || colon == content.size() - 1)
            return fail(open, AddressParser::tr("“%1” is not a valid address literal").arg(domain));
    } else if (!isIPv4(content)) {
        return fail(open, AddressParser::tr("“%1” is not a valid IP address").arg(domain));
    }
    return true;
}

} // namespace

MailboxParse AddressParser::parseMailbox(const QString &text)
{
    Parser parser(text, Parser::Mode::SingleMailbox);
    MailboxParse result;
    if (parser.run())
        result.mailbox = parser.mailboxes.constFirst();
    result.error = parser.error;
    result.errorPosition = parser.errorPosition;
    return result;
}

AddressListParse AddressParser::parseList(const QString &text)
{
    Parser parser(text, Parser::Mode::List);
    AddressListParse result;
    if (parser.run())
        result.mailboxes = parser.mailboxes;
    result.error = parser.error;
    result.errorPosition = parser.errorPosition;
    return result;
}
