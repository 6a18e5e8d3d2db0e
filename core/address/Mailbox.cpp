#include "address/Mailbox.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Index of the '@' that separates local part and domain. A quoted local part may itself hold
// an '@' (RFC 5322 §3.2.4), so skip past its closing quote first.
qsizetype separatorIndex(const QString &address)
{
    qsizetype from = 0;
    if (address.startsWith(u'"')) {
        for (qsizetype i = 1; i < address.size(); ++i) {
            if (address.at(i) == u'\\') {
                ++i;
            } else if (address.at(i) == u'"') {
                from = i + 1;
                break;
            }
        }
    }
    return address.indexOf(u'@', from);
}

bool isAsciiAtext(char32_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return c < 0x80 && QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(QChar(char16_t(c)));
}

// True when AddressParser would read the name back unchanged without quotes: ASCII atext,
// visible non-ASCII, single spaces between words, and nothing that looks like an encoded-word.
bool isSafeUnquoted(const QString &name)
{
    if (name.startsWith(u' ') || name.endsWith(u' ') || name.contains(u"  "_s) || name.contains(u"=?"_s))
        return false;
    const QList<uint> codePoints = name.toUcs4();
    for (uint c : codePoints) {
        if (c == u' ' || isAsciiAtext(c))
            continue;
        // U+FF0C and U+FF1B separate entries, U+FF20 is a look-alike '@': all read as specials.
        if (c < 0x80 || !QChar::isPrint(c) || QChar::isSpace(c) || c == 0xFF0C || c == 0xFF1B || c == 0xFF20)
            return false;
    }
    return true;
}

} // namespace

QString Mailbox::localPart() const
{
    const qsizetype at = separatorIndex(address);
    return at < 0 ? address : address.left(at);
}

QString Mailbox::domain() const
{
    const qsizetype at = separatorIndex(address);
    return at < 0 ? QString() : address.mid(at + 1);
}

QString Mailbox::asciiDomain() const
{
    const QString typed = domain();
    if (typed.startsWith(u'[')) // RFC 5321 §4.1.3 address literal: no IDNA
        return typed;
    const QByteArray ace = QUrl::toAce(typed);
    return ace.isEmpty() ? typed : QString::fromLatin1(ace);
}

QString Mailbox::envelopeAddress() const
{
    return localPart() + u'@' + asciiDomain();
}

bool Mailbox::needsSmtpUtf8() const
{
    const QString local = localPart();
    return std::any_of(local.cbegin(), local.cend(), [](QChar c) { return c.unicode() >= 0x80; });
}

QString Mailbox::toDisplayString() const
{
    if (displayName.isEmpty())
        return address;
    if (isSafeUnquoted(displayName))
        return displayName + u" <"_s + address + u'>';
    QString quoted;
    quoted.reserve(displayName.size() + 2);
    quoted += u'"';
    for (qsizetype i = 0; i < displayName.size(); ++i) {
        const QChar c = displayName.at(i);
        if (c == u'"' || c == u'\\')
            quoted += u'\\';
        // "=\?" keeps a literal "=?…?=" from being decoded as an RFC 2047 encoded-word.
        if (c == u'?' && i > 0 && displayName.at(i - 1) == u'=')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'"';
    return quoted + u" <"_s + address + u'>';
}

QString Mailbox::toDisplayString(const QList<Mailbox> &mailboxes)
{
    QStringList parts;
    for (const Mailbox &mailbox : mailboxes)
        parts << mailbox.toDisplayString();
    return parts.join(u", "_s);
}
