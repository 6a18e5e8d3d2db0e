#pragma once

#include "mime/Message.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Mailto {
Q_NAMESPACE

// Why a part of a mailto: link was left out. Q_ENUM_NS so that test failures print names.
enum class Reason {
    Unknown, // not a field Mailwright takes from a link ("X-Mailer", "Keywords")
    SetByYou, // From, Sender, Reply-To, …: only the person and their account choose these
    SetByMailwright, // Date, Message-ID, MIME-Version, Content-*, Received, Resent-*
    LineBreak, // CR or LF in a header field: a way to smuggle in headers of its own
    ControlCharacter, // NUL or another control character
    BadEscape, // '%' not followed by two hexadecimal digits
    NotUtf8, // the decoded bytes are not UTF-8 (RFC 6068 §5)
    NotMessageId, // in-reply-to or references that is not a list of <id@domain>
    Repeated, // a second subject, body, in-reply-to or references; the first one counts
    TooManyAttachments, // more than MailtoLink::maxAttachments files requested
    Fragment, // "#…": a mailto: link has no fragment
};
Q_ENUM_NS(Reason)

} // namespace Mailto

// A mailto: link (RFC 6068) taken apart: what a new message may be filled with, the files it
// asks to attach — only requested here: LinkAttachments decides whether the person may even be
// asked, and nothing is attached without their confirmation — and every part left out, with
// why. Unknown and unsafe header names never become headers. parse() is pure and total: any
// input gives a value, in time linear in its length (links over maxLength are refused whole).
struct MailtoLink
{
    Q_DECLARE_TR_FUNCTIONS(MailtoLink)
public:
    struct Ignored
    {
        QString name; // as the link wrote it (shortened, control characters shown as '?')
        Mailto::Reason reason = Mailto::Reason::Unknown;
        bool operator==(const Ignored &other) const { return name == other.name && reason == other.reason; }
    };

    // Browsers accept links of a few megabytes; a message body prefilled by a page needs far
    // less, and a bound keeps the work and the request to a running instance small.
    static constexpr qsizetype maxLength = 256 * 1024; // UTF-16 code units
    static constexpr int maxAttachments = 64;
    static constexpr int maxIgnoredListed = 32;

    [[nodiscard]] static MailtoLink parse(QStringView url);
    [[nodiscard]] static MailtoLink parse(const QString &url) { return parse(QStringView(url)); }

    QString error; // the whole link was refused (not mailto:, too long); nothing else is set
    QString to; // address lists as decoded from the path and to=, joined with ", "
    QString cc;
    QString bcc;
    QString subject;
    QString body; // line breaks as '\n', whatever the link used
    QString inReplyTo; // "<a@b> <c@d>": message identifiers, checked, one space apart
    QString references;
    QStringList attachments; // attach= and attachment=, decoded (a path or a file: URL), unchecked
    QList<Ignored> ignored; // each name and reason once, at most maxIgnoredListed
    int ignoredNotListed = 0; // parts left out beyond those

    bool ok() const { return error.isEmpty(); }
    // The fields as a message to fill a composer with: an address list that does not parse is
    // kept as typed (one Mailbox holding the text), for the field to mark; In-Reply-To and
    // References become extra headers. The attachments are not part of it.
    Message toMessage() const;
    // One translated sentence per part left out, for the person to read.
    QStringList notes() const;
    static QString note(const Ignored &ignored);
};
