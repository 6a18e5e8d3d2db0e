#include "MailtoLink.h"

#include "address/AddressParser.h"

#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;
using Mailto::Reason;

namespace {

constexpr qsizetype maxShownNameLength = 40;

enum class Field { To, Cc, Bcc, Subject, Body, InReplyTo, References, Attach, SetByYou, SetByMailwright, Unknown };

Field fieldNamed(const QString &lower)
{
    static const QList<std::pair<QString, Field>> known = {
        { u"to"_s, Field::To },
        { u"cc"_s, Field::Cc },
        { u"bcc"_s, Field::Bcc },
        { u"subject"_s, Field::Subject },
        { u"body"_s, Field::Body },
        { u"in-reply-to"_s, Field::InReplyTo },
        { u"references"_s, Field::References },
        { u"attach"_s, Field::Attach }, // xdg-email --attach
        { u"attachment"_s, Field::Attach }, // what some web pages and Thunderbird's own links use
        // Who the message is from and where replies go belong to the person and their account.
        { u"from"_s, Field::SetByYou },
        { u"sender"_s, Field::SetByYou },
        { u"reply-to"_s, Field::SetByYou },
        { u"return-path"_s, Field::SetByYou },
        { u"mail-reply-to"_s, Field::SetByYou },
        { u"mail-followup-to"_s, Field::SetByYou },
        { u"errors-to"_s, Field::SetByYou },
        { u"disposition-notification-to"_s, Field::SetByYou },
        { u"return-receipt-to"_s, Field::SetByYou },
        { u"date"_s, Field::SetByMailwright },
        { u"message-id"_s, Field::SetByMailwright },
        { u"mime-version"_s, Field::SetByMailwright },
        { u"received"_s, Field::SetByMailwright },
    };
    for (const auto &[name, field] : known)
        if (name == lower)
            return field;
    if (lower.startsWith(u"content-"_s) || lower.startsWith(u"resent-"_s))
        return Field::SetByMailwright;
    return Field::Unknown;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

struct Decoded
{
    QString text;
    std::optional<Reason> problem;
};

// RFC 6068 §5: %-escapes are octets of UTF-8 text; '+' is a plus sign, not a space. Characters
// written as they are (an IRI pasted from a page) count as their UTF-8 octets.
Decoded decode(QStringView raw)
{
    const QByteArray bytes = raw.toUtf8();
    QByteArray octets;
    octets.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) != '%') {
            octets.append(bytes.at(i));
            continue;
        }
        const int high = i + 1 < bytes.size() ? hexValue(bytes.at(i + 1)) : -1;
        const int low = i + 2 < bytes.size() ? hexValue(bytes.at(i + 2)) : -1;
        if (high < 0 || low < 0)
            return { {}, Reason::BadEscape };
        octets.append(char(high * 16 + low));
        i += 2;
    }
    QStringDecoder utf8(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = utf8.decode(octets);
    if (utf8.hasError())
        return { {}, Reason::NotUtf8 };
    return { text, std::nullopt };
}

enum class Lines { Single, Many };

// Tabs are text; line breaks only where a body may have them; every other control character
// (C0, DEL, C1) is refused.
std::optional<Reason> controlProblem(const QString &text, Lines lines)
{
    for (const QChar c : text) {
        if (c == u'\t')
            continue;
        if (c == u'\r' || c == u'\n') {
            if (lines == Lines::Single)
                return Reason::LineBreak;
            continue;
        }
        if (c.category() == QChar::Other_Control)
            return Reason::ControlCharacter;
    }
    return std::nullopt;
}

// RFC 5322 §3.6.4: one or more "<id-left@id-right>", here separated by whitespace, each printable
// ASCII with exactly one '@' and something on both sides. Returns them one space apart.
std::optional<QString> messageIds(const QString &text)
{
    const QStringList tokens = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return std::nullopt;
    for (const QString &token : tokens) {
        if (token.size() < 5 || !token.startsWith(u'<') || !token.endsWith(u'>'))
            return std::nullopt;
        const QStringView inner = QStringView(token).mid(1, token.size() - 2);
        for (const QChar c : inner)
            if (c.unicode() < 0x21 || c.unicode() > 0x7e || c == u'<' || c == u'>')
                return std::nullopt;
        const qsizetype at = inner.indexOf(u'@');
        if (at <= 0 || at == inner.size() - 1 || inner.indexOf(u'@', at + 1) >= 0)
            return std::nullopt;
    }
    return tokens.join(u' ');
}

// A name as the person may be shown it: decoded when it can be, control characters as '?',
// and short.
QString shownName(QStringView raw)
{
    const Decoded decoded = decode(raw);
    QString name = decoded.problem ? raw.toString() : decoded.text;
    for (QChar &c : name)
        if (c.category() == QChar::Other_Control)
            c = u'?';
    if (name.size() > maxShownNameLength)
        name = name.left(maxShownNameLength - 1) + u'…';
    return name;
}

class Collector
{
public:
    explicit Collector(MailtoLink &link)
        : m_link(link)
    {
    }

    void ignore(const QString &name, Reason reason)
    {
        const MailtoLink::Ignored entry { name, reason };
        if (m_link.ignored.contains(entry))
            return;
        if (m_link.ignored.size() < MailtoLink::maxIgnoredListed)
            m_link.ignored.append(entry);
        else
            ++m_link.ignoredNotListed;
    }

    void take(QStringView rawName, QStringView rawValue, std::optional<Field> knownField = std::nullopt)
    {
        const Decoded name = decode(rawName);
        if (name.problem) {
            ignore(shownName(rawName), *name.problem);
            return;
        }
        const Field field = knownField ? *knownField : fieldNamed(name.text.toLower());
        const QString shown = shownName(rawName);
        switch (field) {
        case Field::SetByYou:
            ignore(shown, Reason::SetByYou);
            return;
        case Field::SetByMailwright:
            ignore(shown, Reason::SetByMailwright);
            return;
        case Field::Unknown:
            ignore(shown, Reason::Unknown);
            return;
        case Field::To:
        case Field::Cc:
        case Field::Bcc:
        case Field::Subject:
        case Field::Body:
        case Field::InReplyTo:
        case Field::References:
        case Field::Attach:
            break;
        }

        const Decoded value = decode(rawValue);
        if (value.problem) {
            ignore(shown, *value.problem);
            return;
        }
        if (const auto problem = controlProblem(value.text, field == Field::Body ? Lines::Many : Lines::Single)) {
            ignore(shown, *problem);
            return;
        }
        switch (field) {
        case Field::To:
            appendList(m_link.to, value.text);
            return;
        case Field::Cc:
            appendList(m_link.cc, value.text);
            return;
        case Field::Bcc:
            appendList(m_link.bcc, value.text);
            return;
        case Field::Subject:
            setOnce(m_subjectSeen, m_link.subject, value.text, shown);
            return;
        case Field::Body: {
            QString body = value.text;
            body.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
            setOnce(m_bodySeen, m_link.body, body, shown);
            return;
        }
        case Field::InReplyTo:
        case Field::References: {
            if (value.text.trimmed().isEmpty())
                return;
            const std::optional<QString> ids = messageIds(value.text);
            if (!ids) {
                ignore(shown, Reason::NotMessageId);
                return;
            }
            if (field == Field::InReplyTo)
                setOnce(m_inReplyToSeen, m_link.inReplyTo, *ids, shown);
            else
                setOnce(m_referencesSeen, m_link.references, *ids, shown);
            return;
        }
        case Field::Attach:
            if (value.text.trimmed().isEmpty())
                return;
            if (m_link.attachments.size() >= MailtoLink::maxAttachments)
                ignore(shown, Reason::TooManyAttachments);
            else
                m_link.attachments.append(value.text);
            return;
        case Field::SetByYou:
        case Field::SetByMailwright:
        case Field::Unknown:
            return; // handled above
        }
    }

private:
    // RFC 6068 §2: to, cc and bcc may appear several times; the lists add up.
    static void appendList(QString &list, const QString &addresses)
    {
        const QString trimmed = addresses.trimmed();
        if (trimmed.isEmpty())
            return;
        if (!list.isEmpty())
            list += u", "_s;
        list += trimmed;
    }

    void setOnce(bool &seen, QString &target, const QString &value, const QString &shown)
    {
        if (seen) {
            ignore(shown, Reason::Repeated);
            return;
        }
        seen = true;
        target = value;
    }

    MailtoLink &m_link;
    bool m_subjectSeen = false;
    bool m_bodySeen = false;
    bool m_inReplyToSeen = false;
    bool m_referencesSeen = false;
};

QList<Mailbox> addressList(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const AddressListParse parsed = AddressParser::parseList(text);
    if (parsed.ok())
        return parsed.mailboxes;
    Mailbox typed; // kept as the link wrote it: the field marks what is wrong
    typed.address = text.trimmed();
    return { typed };
}

} // namespace

MailtoLink MailtoLink::parse(QStringView url)
{
    MailtoLink link;
    if (url.size() > maxLength) {
        link.error = tr("The link is longer than %1 KiB, so nothing was taken from it.").arg(maxLength / 1024);
        return link;
    }
    if (!url.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
        link.error = tr("This is not a mailto: link.");
        return link;
    }
    Collector collector(link);
    QStringView rest = url.mid(7);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0) {
        if (hash + 1 < rest.size())
            collector.ignore(u"#"_s, Reason::Fragment);
        rest = rest.left(hash);
    }
    const qsizetype question = rest.indexOf(u'?');
    collector.take(u"to", question < 0 ? rest : rest.left(question), Field::To);
    if (question < 0)
        return link;
    const QList<QStringView> fields = rest.mid(question + 1).split(u'&');
    for (const QStringView field : fields) {
        if (field.isEmpty())
            continue;
        const qsizetype equals = field.indexOf(u'=');
        collector.take(equals < 0 ? field : field.left(equals), equals < 0 ? QStringView() : field.mid(equals + 1));
    }
    return link;
}

Message MailtoLink::toMessage() const
{
    Message message;
    message.to = addressList(to);
    message.cc = addressList(cc);
    message.bcc = addressList(bcc);
    message.subject = subject;
    message.plainBody = body;
    if (!inReplyTo.isEmpty())
        message.extraHeaders.append({ QByteArrayLiteral("In-Reply-To"), inReplyTo });
    if (!references.isEmpty())
        message.extraHeaders.append({ QByteArrayLiteral("References"), references });
    return message;
}

QString MailtoLink::note(const Ignored &ignored)
{
    switch (ignored.reason) {
    case Reason::Unknown:
        return tr("“%1” was left out: Mailwright does not take that field from a link.").arg(ignored.name);
    case Reason::SetByYou:
        return tr("“%1” was left out: a link cannot choose who the message is from or where replies go.")
            .arg(ignored.name);
    case Reason::SetByMailwright:
        return tr("“%1” was left out: Mailwright writes that header itself.").arg(ignored.name);
    case Reason::LineBreak:
        return tr("“%1” was left out: it contains a line break, which could add headers of its own.").arg(ignored.name);
    case Reason::ControlCharacter:
        return tr("“%1” was left out: it contains control characters.").arg(ignored.name);
    case Reason::BadEscape:
        return tr("“%1” was left out: it has a broken %-escape (a “%” not followed by two hexadecimal digits).")
            .arg(ignored.name);
    case Reason::NotUtf8:
        return tr("“%1” was left out: its text is not UTF-8.").arg(ignored.name);
    case Reason::NotMessageId:
        return tr("“%1” was left out: it is not a list of message identifiers such as <id@example.org>.")
            .arg(ignored.name);
    case Reason::Repeated:
        return tr("A second “%1” was left out; the first one is used.").arg(ignored.name);
    case Reason::TooManyAttachments:
        return tr("The link asks for more than %n file(s); the rest were left out.", nullptr, maxAttachments);
    case Reason::Fragment:
        return tr("The part after “#” was left out: mailto: links have none.");
    }
    return {};
}

QStringList MailtoLink::notes() const
{
    QStringList sentences;
    for (const Ignored &entry : ignored)
        sentences << note(entry);
    if (ignoredNotListed > 0)
        sentences << tr("Also left out: %n more part(s) of the link.", nullptr, ignoredNotListed);
    return sentences;
}
