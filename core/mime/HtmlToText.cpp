#include "HtmlToText.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The named character references people's editors actually produce.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        { u"amp"_s, U'&' },
        { u"lt"_s, U'<' },
        { u"gt"_s, U'>' },
        { u"quot"_s, U'"' },
        { u"apos"_s, U'\'' },
        { u"nbsp"_s, 0xA0 },
        { u"copy"_s, 0xA9 },
        { u"reg"_s, 0xAE },
        { u"trade"_s, 0x2122 },
        { u"hellip"_s, 0x2026 },
        { u"mdash"_s, 0x2014 },
        { u"ndash"_s, 0x2013 },
        { u"lsquo"_s, 0x2018 },
        { u"rsquo"_s, 0x2019 },
        { u"ldquo"_s, 0x201C },
        { u"rdquo"_s, 0x201D },
        { u"sbquo"_s, 0x201A },
        { u"bdquo"_s, 0x201E },
        { u"laquo"_s, 0xAB },
        { u"raquo"_s, 0xBB },
        { u"bull"_s, 0x2022 },
        { u"middot"_s, 0xB7 },
        { u"euro"_s, 0x20AC },
        { u"pound"_s, 0xA3 },
        { u"yen"_s, 0xA5 },
        { u"cent"_s, 0xA2 },
        { u"sect"_s, 0xA7 },
        { u"deg"_s, 0xB0 },
        { u"plusmn"_s, 0xB1 },
        { u"times"_s, 0xD7 },
        { u"divide"_s, 0xF7 },
        { u"para"_s, 0xB6 },
        { u"shy"_s, 0xAD },
        { u"zwnj"_s, 0x200C },
        { u"zwj"_s, 0x200D },
        { u"ensp"_s, 0x2002 },
        { u"emsp"_s, 0x2003 },
        { u"thinsp"_s, 0x2009 },
        { u"larr"_s, 0x2190 },
        { u"rarr"_s, 0x2192 },
        { u"uarr"_s, 0x2191 },
        { u"darr"_s, 0x2193 },
        { u"iexcl"_s, 0xA1 },
        { u"iquest"_s, 0xBF },
        { u"agrave"_s, 0xE0 },
        { u"aacute"_s, 0xE1 },
        { u"acirc"_s, 0xE2 },
        { u"auml"_s, 0xE4 },
        { u"ccedil"_s, 0xE7 },
        { u"egrave"_s, 0xE8 },
        { u"eacute"_s, 0xE9 },
        { u"ecirc"_s, 0xEA },
        { u"euml"_s, 0xEB },
        { u"iuml"_s, 0xEF },
        { u"ntilde"_s, 0xF1 },
        { u"ouml"_s, 0xF6 },
        { u"uuml"_s, 0xFC },
        { u"szlig"_s, 0xDF },
        { u"Auml"_s, 0xC4 },
        { u"Ouml"_s, 0xD6 },
        { u"Uuml"_s, 0xDC },
        { u"Eacute"_s, 0xC9 },
    };
    return entities;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// Elements whose content is not text for the reader at all.
bool isSkippedElement(const QString &name)
{
    return name == u"script"_s || name == u"style"_s || name == u"title"_s || name == u"template"_s
        || name == u"noscript"_s;
}

// Elements that start and end a paragraph (a blank line around them).
bool isParagraphElement(const QString &name)
{
    static const QList<QString> names = { u"p"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"table"_s,
        u"blockquote"_s, u"pre"_s, u"dl"_s, u"figure"_s };
    return names.contains(name);
}

// Elements that start and end a line.
bool isLineElement(const QString &name)
{
    static const QList<QString> names = { u"div"_s, u"li"_s, u"tr"_s, u"dt"_s, u"dd"_s, u"section"_s, u"article"_s,
        u"header"_s, u"footer"_s, u"nav"_s, u"aside"_s, u"main"_s, u"form"_s, u"fieldset"_s, u"caption"_s,
        u"figcaption"_s, u"center"_s, u"details"_s, u"summary"_s, u"address"_s, u"ul"_s, u"ol"_s };
    return names.contains(name);
}

struct Tag
{
    QString name; // lower case
    bool closing = false;
    bool selfClosing = false;
    QHash<QString, QString> attributes; // names lower case, values with entities decoded
};

// Editors that write one <p> per line (Qt's QTextDocument, Outlook's "MsoNormal") zero its
// margins, so it shows as a line: a blank line there would double-space the text part.
bool isZeroLength(const QString &value)
{
    bool ok = false;
    QString number = value;
    for (const QString &unit : { u"px"_s, u"pt"_s, u"em"_s, u"rem"_s, u"cm"_s, u"mm"_s, u"in"_s, u"%"_s })
        if (number.endsWith(unit)) {
            number.chop(unit.size());
            break;
        }
    return number.toDouble(&ok) == 0.0 && ok;
}

bool hasNoVerticalMargins(const Tag &tag)
{
    QString top;
    QString bottom;
    const QStringList declarations = tag.attributes.value(u"style"_s).split(u';');
    for (const QString &declaration : declarations) {
        const qsizetype colon = declaration.indexOf(u':');
        if (colon < 0)
            continue;
        const QString property = declaration.left(colon).trimmed().toLower();
        const QString value = declaration.mid(colon + 1).trimmed().toLower();
        if (property == u"margin-top"_s) {
            top = value;
        } else if (property == u"margin-bottom"_s) {
            bottom = value;
        } else if (property == u"margin"_s) {
            // margin: all | vertical horizontal | top horizontal bottom [left]
            const QStringList values = value.split(u' ', Qt::SkipEmptyParts);
            if (values.isEmpty())
                continue;
            top = values.first();
            bottom = values.size() >= 3 ? values.at(2) : values.first();
        }
    }
    return isZeroLength(top) && isZeroLength(bottom);
}

class Converter
{
public:
    explicit Converter(const QString &html)
        : m_html(html)
    {
    }

    QString run();

private:
    QString decodeEntityAt(qsizetype &i) const;
    QString decodeEntities(const QString &text) const;
    Tag readTag(qsizetype &i) const;
    void skipPast(qsizetype &i, const QString &terminator) const;
    void handleTag(const Tag &tag, qsizetype &i);
    void addText(const QString &text);
    void emitWord(const QString &word);
    void flushBreaks();
    void requestBreaks(int count) { m_breaks = std::max(m_breaks, count); }
    QString quotePrefix() const { return u"> "_s.repeated(m_quoteDepth); }

    struct ListLevel
    {
        bool ordered = false;
        int counter = 0;
    };
    struct Link
    {
        QString href;
        qsizetype textStart = 0;
    };

    const QString &m_html;
    QString m_out;
    QString m_word;
    int m_breaks = 0; // line breaks wanted before the next text
    int m_newlines = 0; // line breaks at the end of m_out
    bool m_space = false;
    bool m_atLineStart = true;
    int m_preDepth = 0;
    int m_quoteDepth = 0;
    bool m_inHead = false;
    bool m_lineParagraph = false; // inside a <p> without vertical margins
    QList<ListLevel> m_lists;
    QString m_marker; // "- " or "3. " for the first line of the current list item
    QList<Link> m_links;
};

QString Converter::decodeEntityAt(qsizetype &i) const
{
    // m_html[i] == '&'. On success, i is left on the ';'.
    const qsizetype end = m_html.indexOf(u';', i + 1);
    if (end < 0 || end - i > 32)
        return u"&"_s;
    const QString name = m_html.mid(i + 1, end - i - 1);
    char32_t code = 0;
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
        const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok)
            return u"&"_s;
        const bool valid = value > 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
        code = valid ? char32_t(value) : char32_t(0xFFFD);
    } else {
        const auto it = namedEntities().constFind(name);
        if (it == namedEntities().constEnd())
            return u"&"_s;
        code = it.value();
    }
    i = end;
    if (code == 0xAD) // soft hyphen: invisible
        return {};
    return QString::fromUcs4(&code, 1);
}

QString Converter::decodeEntities(const QString &text) const
{
    if (!text.contains(u'&'))
        return text;
    Converter reader(text);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i)
        out += text[i] == u'&' ? reader.decodeEntityAt(i) : QString(text[i]);
    return out;
}

void Converter::skipPast(qsizetype &i, const QString &terminator) const
{
    const qsizetype end = m_html.indexOf(terminator, i, Qt::CaseInsensitive);
    i = end < 0 ? m_html.size() : end + terminator.size();
}

Tag Converter::readTag(qsizetype &i) const
{
    // m_html[i] == '<' followed by a letter or '/'. Leaves i just past the closing '>'.
    Tag tag;
    const qsizetype size = m_html.size();
    ++i;
    if (i < size && m_html[i] == u'/') {
        tag.closing = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < size && (m_html[i].isLetterOrNumber() || m_html[i] == u'-' || m_html[i] == u':'))
        ++i;
    tag.name = m_html.mid(nameStart, i - nameStart).toLower();
    while (i < size && m_html[i] != u'>') {
        if (isHtmlSpace(m_html[i])) {
            ++i;
            continue;
        }
        if (m_html[i] == u'/') {
            tag.selfClosing = true;
            ++i;
            continue;
        }
        const qsizetype attributeStart = i;
        while (i < size && !isHtmlSpace(m_html[i]) && m_html[i] != u'=' && m_html[i] != u'>' && m_html[i] != u'/')
            ++i;
        if (i == attributeStart) { // a stray '=': skip it
            ++i;
            continue;
        }
        const QString attribute = m_html.mid(attributeStart, i - attributeStart).toLower();
        while (i < size && isHtmlSpace(m_html[i]))
            ++i;
        QString value;
        if (i < size && m_html[i] == u'=') {
            ++i;
            while (i < size && isHtmlSpace(m_html[i]))
                ++i;
            if (i < size && (m_html[i] == u'"' || m_html[i] == u'\'')) {
                const QChar quote = m_html[i];
                const qsizetype end = m_html.indexOf(quote, i + 1);
                const qsizetype stop = end < 0 ? size : end;
                value = m_html.mid(i + 1, stop - i - 1);
                i = end < 0 ? size : end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < size && !isHtmlSpace(m_html[i]) && m_html[i] != u'>')
                    ++i;
                value = m_html.mid(valueStart, i - valueStart);
            }
        } else {
            tag.selfClosing = false;
        }
        tag.attributes.insert(attribute, decodeEntities(value));
    }
    if (i < size)
        ++i; // '>'
    return tag;
}

void Converter::flushBreaks()
{
    if (m_out.isEmpty()) {
        m_breaks = 0;
        return;
    }
    // The first newline ends the current line; each further one is a blank line, which keeps
    // the quote marker ("> " without its space) inside a quote.
    for (int k = m_newlines; k < m_breaks; ++k) {
        if (k > 0)
            m_out += quotePrefix().trimmed();
        m_out += u'\n';
        ++m_newlines;
        m_atLineStart = true;
        m_space = false;
    }
    m_breaks = 0;
}

void Converter::emitWord(const QString &word)
{
    flushBreaks();
    if (m_atLineStart) {
        m_out += quotePrefix();
        if (!m_lists.isEmpty() || !m_marker.isEmpty()) {
            const int depth = int(std::max<qsizetype>(m_lists.size(), 1));
            m_out += QString(2 * (depth - 1), u' ');
            m_out += m_marker.isEmpty() ? QString(2, u' ') : m_marker;
            m_marker.clear();
        }
        m_atLineStart = false;
    } else if (m_space) {
        m_out += u' ';
    }
    m_space = false;
    m_out += word;
    m_newlines = 0;
}

void Converter::addText(const QString &text)
{
    if (m_inHead)
        return;
    for (const QChar c : text) {
        if (m_preDepth > 0) {
            if (c == u'\n') {
                if (!m_word.isEmpty())
                    emitWord(std::exchange(m_word, {}));
                ++m_breaks;
            } else if (c != u'\r') {
                m_word += c == QChar(0xA0) ? QChar(u' ') : c;
            }
            continue;
        }
        if (isHtmlSpace(c)) {
            if (!m_word.isEmpty())
                emitWord(std::exchange(m_word, {}));
            m_space = true;
        } else {
            m_word += c == QChar(0xA0) ? QChar(u' ') : c;
        }
    }
}

void Converter::handleTag(const Tag &tag, qsizetype &i)
{
    const QString &name = tag.name;
    if (!tag.closing && isSkippedElement(name)) {
        if (!tag.selfClosing)
            skipPast(i, u"</"_s + name);
        skipPast(i, u">"_s);
        return;
    }
    if (name == u"head"_s) {
        m_inHead = !tag.closing;
        return;
    }
    if (name == u"body"_s) {
        m_inHead = false;
        return;
    }
    if (m_inHead)
        return;

    // Text waiting in m_word belongs before whatever this tag does.
    if (!m_word.isEmpty())
        emitWord(std::exchange(m_word, {}));

    if (name == u"br"_s) {
        ++m_breaks;
        m_space = false;
        return;
    }
    if (name == u"hr"_s) {
        requestBreaks(2);
        emitWord(QString(20, u'-'));
        requestBreaks(2);
        return;
    }
    if (name == u"img"_s) {
        const QString alt = tag.attributes.value(u"alt"_s).simplified();
        if (!alt.isEmpty())
            emitWord(alt);
        return;
    }
    if (name == u"td"_s || name == u"th"_s) {
        m_space = true;
        return;
    }
    if (name == u"a"_s) {
        if (!tag.closing) {
            m_links.append({ tag.attributes.value(u"href"_s).trimmed(), m_out.size() });
            return;
        }
        if (m_links.isEmpty())
            return;
        const Link link = m_links.takeLast();
        QString target = link.href;
        if (target.startsWith(u"mailto:"_s, Qt::CaseInsensitive))
            target = target.mid(7);
        const bool shown = !target.isEmpty() && !target.startsWith(u'#')
            && !target.startsWith(u"javascript:"_s, Qt::CaseInsensitive)
            && !target.startsWith(u"cid:"_s, Qt::CaseInsensitive);
        if (!shown)
            return;
        const QString text = m_out.mid(link.textStart).trimmed();
        if (text.isEmpty()) {
            emitWord(target);
        } else if (text != target && text != link.href) {
            m_space = true;
            emitWord(u'<' + target + u'>');
        }
        return;
    }
    if (name == u"ul"_s || name == u"ol"_s) {
        // A blank line around a top-level list, a line break around a nested one.
        if (tag.closing) {
            if (!m_lists.isEmpty())
                m_lists.removeLast();
            m_marker.clear();
            requestBreaks(m_lists.isEmpty() ? 2 : 1);
        } else {
            requestBreaks(m_lists.isEmpty() ? 2 : 1);
            const int start = tag.attributes.value(u"start"_s).toInt();
            m_lists.append({ name == u"ol"_s, start > 0 ? start - 1 : 0 });
        }
        return;
    }
    if (name == u"li"_s) {
        requestBreaks(1);
        if (!tag.closing) {
            if (m_lists.isEmpty()) {
                m_marker = u"- "_s;
            } else {
                ListLevel &level = m_lists.last();
                ++level.counter;
                m_marker = level.ordered ? QString::number(level.counter) + u". "_s : u"- "_s;
            }
        }
        return;
    }
    if (name == u"blockquote"_s) {
        // The blank line outside the quote carries no marker: leave before, enter after it.
        if (tag.closing)
            m_quoteDepth = std::max(0, m_quoteDepth - 1);
        requestBreaks(2);
        flushBreaks();
        if (!tag.closing)
            ++m_quoteDepth;
        return;
    }
    if (name == u"pre"_s) {
        requestBreaks(2);
        m_preDepth = std::max(0, m_preDepth + (tag.closing ? -1 : 1));
        // HTML drops a line break right after <pre>.
        if (!tag.closing && i < m_html.size() && m_html[i] == u'\n')
            ++i;
        return;
    }
    if (name == u"p"_s && (tag.closing ? m_lineParagraph : hasNoVerticalMargins(tag))) {
        m_lineParagraph = !tag.closing;
        requestBreaks(1);
    } else if (isParagraphElement(name))
        requestBreaks(2);
    else if (isLineElement(name))
        requestBreaks(1);
}

QString Converter::run()
{
    const qsizetype size = m_html.size();
    qsizetype i = 0;
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty())
            addText(std::exchange(text, {}));
    };
    while (i < size) {
        const QChar c = m_html[i];
        if (c == u'<' && i + 1 < size) {
            const QChar next = m_html[i + 1];
            if (m_html.mid(i, 4) == u"<!--"_s) {
                flushText();
                skipPast(i, u"-->"_s);
                continue;
            }
            if (next == u'!' || next == u'?') {
                flushText();
                skipPast(i, u">"_s);
                continue;
            }
            if (next.isLetter() || next == u'/') {
                flushText();
                const Tag tag = readTag(i);
                handleTag(tag, i);
                continue;
            }
        }
        if (c == u'&') {
            text += decodeEntityAt(i);
        } else {
            text += c;
        }
        ++i;
    }
    flushText();
    if (!m_word.isEmpty())
        emitWord(std::exchange(m_word, {}));

    // No trailing spaces or blank lines, except in the signature delimiter, which is exactly
    // "-- " (RFC 3676 §4.3) however the HTML spelled it ("--", "-- ", "--&nbsp;").
    QStringList lines = m_out.split(u'\n');
    for (QString &line : lines) {
        while (line.endsWith(u' '))
            line.chop(1);
        if (line == u"--"_s)
            line = u"-- "_s;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

} // namespace

QString HtmlToText::convert(const QString &html)
{
    return Converter(html).run();
}
