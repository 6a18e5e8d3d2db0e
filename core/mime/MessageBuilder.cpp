#include "MessageBuilder.h"

#include "Encoders.h"
#include "HeaderWriter.h"
#include "HtmlToText.h"
#include "Utf8Validator.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// One node of the MIME tree before it becomes bytes.
struct Part
{
    QByteArray headers; // Content-* fields, each ending in CRLF
    QByteArray body; // text leaves: the encoded body, ending in CRLF unless empty
    bool streamed = false;
    MimeStream::Segment segment; // attachment leaves: base64 from the file or data
    QByteArray multipartType; // "mixed", "alternative", "related"; empty for leaves
    QByteArray boundary;
    QList<HeaderParameter> extraParameters;
    QList<Part> children;
};

// An attachment or inline image, checked and described.
struct Prepared
{
    Attachment source;
    QString name;
    QByteArray contentType;
    QByteArray charset; // "utf-8" for text proven to be UTF-8; empty: no claim
    qint64 size = 0;
};

struct Context
{
    QList<QByteArray> sevenBitBodies; // the only content a boundary could collide with
    QByteArray domain; // for Message-ID and generated Content-IDs
};

QByteArray randomAlphanumeric(int length)
{
    static constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray out(length, Qt::Uninitialized);
    for (char &c : out)
        c = Alphabet[QRandomGenerator::global()->bounded(int(sizeof(Alphabet) - 1))];
    return out;
}

// RFC 5322 §3.3 date-time in English whatever the locale, with the time's own offset.
QByteArray rfc5322Date(const QDateTime &dateTime)
{
    static constexpr const char *Days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static constexpr const char *Months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absolute = std::abs(offsetMinutes);
    char buffer[64];
    const int length = std::snprintf(buffer, sizeof buffer, "%s, %d %s %04d %02d:%02d:%02d %c%02d%02d",
        Days[date.dayOfWeek() - 1], date.day(), Months[date.month() - 1], date.year(), time.hour(), time.minute(),
        time.second(), offsetMinutes < 0 ? '-' : '+', absolute / 60, absolute % 60);
    return QByteArray(buffer, length);
}

QByteArray messageIdDomain(const Mailbox &from)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9.-]+$"_s);
    const QString domain = from.asciiDomain().toLower();
    return valid.match(domain).hasMatch() ? domain.toLatin1() : QByteArrayLiteral("mailwright.invalid");
}

// An identifier given by the caller (Message-ID, Content-ID) without brackets, spaces or breaks.
QByteArray cleanIdentifier(const QString &id)
{
    QString clean = Encoders::headerSafe(id);
    clean.remove(u' ').remove(u'<').remove(u'>');
    return clean.toUtf8();
}

QByteArray generatedId(const QByteArray &domain)
{
    const QByteArray stamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch(), 36);
    return stamp + '.' + randomAlphanumeric(20) + '@' + domain;
}

bool isSevenBit(const QByteArray &crlfText)
{
    qsizetype lineLength = 0;
    for (const char c : crlfText) {
        const uchar u = uchar(c);
        if (u == 0 || u >= 0x80)
            return false;
        if (c == '\n') {
            lineLength = 0;
        } else if (c != '\r' && ++lineLength > 998) { // RFC 5322 §2.1.1
            return false;
        }
    }
    return true;
}

// charset=utf-8 text in the smallest clean form: 7bit, quoted-printable or base64.
Part textPart(const QString &text, const QByteArray &subtype, Context &context)
{
    QByteArray crlf = Encoders::toCrlfUtf8(text);
    if (!crlf.isEmpty() && !crlf.endsWith("\r\n"))
        crlf += "\r\n";
    Part part;
    QByteArray encoding;
    if (isSevenBit(crlf)) {
        encoding = "7bit";
        part.body = crlf;
        context.sevenBitBodies.append(crlf);
    } else {
        QByteArray quoted = Encoders::quotedPrintable(crlf);
        if (quoted.size() <= Encoders::base64LinesSize(crlf.size()) + 2) {
            encoding = "quoted-printable";
            part.body = std::move(quoted);
        } else {
            encoding = "base64";
            part.body = Encoders::base64Lines(crlf) + "\r\n";
        }
    }
    HeaderWriter writer;
    writer.addWithParameters("Content-Type", "text/" + subtype, { { "charset", u"utf-8"_s } });
    writer.addAscii("Content-Transfer-Encoding", encoding);
    part.headers = writer.bytes();
    return part;
}

Part attachmentPart(const Prepared &prepared, const QByteArray &disposition, const Context &context)
{
    HeaderWriter writer;
    QList<HeaderParameter> typeParameters;
    QList<HeaderParameter> dispositionParameters;
    if (!prepared.charset.isEmpty())
        typeParameters.append({ "charset", QString::fromLatin1(prepared.charset) });
    if (!prepared.name.isEmpty()) {
        typeParameters.append({ "name", prepared.name, HeaderParameter::Encoding::Rfc2047 });
        dispositionParameters.append({ "filename", prepared.name, HeaderParameter::Encoding::Rfc2231 });
    }
    writer.addWithParameters("Content-Type", prepared.contentType, typeParameters);
    writer.addWithParameters("Content-Disposition", disposition, dispositionParameters);
    QByteArray contentId = cleanIdentifier(prepared.source.contentId);
    if (contentId.isEmpty() && disposition == "inline")
        contentId = generatedId(context.domain);
    if (!contentId.isEmpty())
        writer.addAscii("Content-ID", '<' + contentId + '>');
    writer.addAscii("Content-Transfer-Encoding", "base64");

    Part part;
    part.headers = writer.bytes();
    part.streamed = true;
    part.segment.kind = MimeStream::Segment::Kind::Base64;
    part.segment.filePath = prepared.source.filePath;
    part.segment.bytes = prepared.source.filePath.isEmpty() ? prepared.source.data : QByteArray();
    part.segment.displayName = prepared.name;
    part.segment.inputSize = prepared.size;
    return part;
}

Part multipart(const QByteArray &type, const QList<Part> &children, const QList<HeaderParameter> &extra = {})
{
    Part part;
    part.multipartType = type;
    part.children = children;
    part.extraParameters = extra;
    return part;
}

// Boundaries are "=_" followed by random letters: "=_" cannot occur in base64 or
// quoted-printable text (RFC 2045 §6.7: '=' is always followed by hex digits or a line break),
// and each is checked against the text that goes out as it is.
QByteArray newBoundary(const Context &context)
{
    for (;;) {
        const QByteArray boundary = "=_mw_" + randomAlphanumeric(28);
        const QByteArray delimiter = "--" + boundary;
        const bool clashes = std::any_of(context.sevenBitBodies.begin(), context.sevenBitBodies.end(),
            [&](const QByteArray &body) { return body.contains(delimiter); });
        if (!clashes)
            return boundary;
    }
}

void assignBoundaries(Part &part, const Context &context)
{
    if (part.multipartType.isEmpty())
        return;
    part.boundary = newBoundary(context);
    QList<HeaderParameter> parameters = part.extraParameters;
    parameters.append({ "boundary", QString::fromLatin1(part.boundary) });
    HeaderWriter writer;
    writer.addWithParameters("Content-Type", "multipart/" + part.multipartType, parameters);
    part.headers = writer.bytes();
    for (Part &child : part.children)
        assignBoundaries(child, context);
}

// Appends the part's headers and body; bytes gather in `pending` until an attachment needs a
// segment of its own.
void serialise(const Part &part, QByteArray &pending, QList<MimeStream::Segment> &segments)
{
    pending += part.headers;
    pending += "\r\n";
    if (!part.multipartType.isEmpty()) {
        const QByteArray &boundary = part.boundary;
        for (qsizetype i = 0; i < part.children.size(); ++i) {
            // RFC 2046 §5.1.1: the CRLF before "--boundary" belongs to the delimiter.
            pending += i == 0 ? QByteArrayLiteral("--") : QByteArrayLiteral("\r\n--");
            pending += boundary + "\r\n";
            serialise(part.children[i], pending, segments);
        }
        pending += "\r\n--" + boundary + "--";
    } else if (part.streamed) {
        if (!pending.isEmpty())
            segments.append({ MimeStream::Segment::Kind::Bytes, std::exchange(pending, {}), {}, {}, 0 });
        segments.append(part.segment);
    } else {
        pending += part.body;
    }
}

QByteArray contentTypeFor(const Attachment &attachment, const QString &name)
{
    static const QRegularExpression validType(u"^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+$"_s);
    if (validType.match(attachment.contentType).hasMatch())
        return attachment.contentType.toLatin1().toLower();
    // Content first (a PDF called "scan.jpg" is a PDF), then the name, which refines a generic
    // answer (text/plain → text/csv, application/zip → a .docx).
    const QMimeDatabase database;
    const QMimeType byContent = attachment.filePath.isEmpty()
        ? database.mimeTypeForData(attachment.data)
        : database.mimeTypeForFile(attachment.filePath, QMimeDatabase::MatchContent);
    const QMimeType byName
        = name.isEmpty() ? QMimeType() : database.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    const bool contentKnown
        = byContent.isValid() && !byContent.isDefault() && byContent.name() != u"application/x-zerosize"_s;
    const bool nameKnown = byName.isValid() && !byName.isDefault();
    if (contentKnown)
        return (nameKnown && byName.inherits(byContent.name()) ? byName : byContent).name().toLatin1();
    if (nameKnown)
        return byName.name().toLatin1();
    return QByteArrayLiteral("application/octet-stream");
}

// A text attachment without a charset is read as US-ASCII (RFC 2046 §4.1.2), which turns UTF-8
// into mojibake. The label is given only when every byte proves it: the whole content is checked,
// read in blocks (memory stays flat) and only up to a bound; larger or not UTF-8, no claim.
constexpr qint64 MaxCharsetCheckBytes = 16 * 1024 * 1024;

QByteArray textCharset(const Attachment &attachment, const QByteArray &contentType, qint64 size)
{
    if (!contentType.startsWith("text/") || size > MaxCharsetCheckBytes)
        return {};
    Utf8Validator validator;
    if (attachment.filePath.isEmpty()) {
        validator.feed(attachment.data.constData(), attachment.data.size());
    } else {
        QFile file(attachment.filePath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QByteArray block(64 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        qint64 n = 0;
        while ((n = file.read(block.data(), block.size())) > 0 && !validator.failed()) {
            total += n;
            if (total > MaxCharsetCheckBytes) // grew since it was measured
                return {};
            validator.feed(block.constData(), n);
        }
        if (n < 0)
            return {};
    }
    return validator.isComplete() ? QByteArrayLiteral("utf-8") : QByteArray();
}

// Checks that the attachment can be read now and records its size; an error sentence if not.
QString prepare(const Attachment &attachment, Prepared &prepared)
{
    prepared.source = attachment;
    prepared.name = Encoders::headerSafe(attachment.effectiveFileName()).trimmed();
    if (!attachment.filePath.isEmpty()) {
        const QString shownName = prepared.name.isEmpty() ? attachment.filePath : prepared.name;
        const QFileInfo info(attachment.filePath);
        auto failure = [&](const QString &reason) {
            return MessageBuilder::tr("Cannot read attachment “%1”: %2").arg(shownName, reason);
        };
        if (!info.exists())
            return failure(MessageBuilder::tr("file not found"));
        if (info.isDir())
            return failure(MessageBuilder::tr("it is a folder"));
        if (!info.isFile()) // a pipe or device: no size known in advance
            return failure(MessageBuilder::tr("not a regular file"));
        QFile file(attachment.filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            return failure(file.error() == QFileDevice::PermissionsError || !info.isReadable()
                    ? MessageBuilder::tr("permission denied")
                    : file.errorString());
        }
        prepared.size = file.size();
    } else {
        prepared.size = attachment.data.size();
    }
    prepared.contentType = contentTypeFor(attachment, prepared.name);
    prepared.charset = textCharset(attachment, prepared.contentType, prepared.size);
    return {};
}

bool isReservedHeader(const QByteArray &name)
{
    static const QList<QByteArray> reserved
        = { "date", "from", "to", "cc", "bcc", "reply-to", "subject", "message-id", "sender", "mime-version" };
    const QByteArray lower = name.toLower();
    return reserved.contains(lower) || lower.startsWith("content-");
}

} // namespace

MimeBuild MessageBuilder::build(const Message &message)
{
    if (message.from.address.isEmpty())
        return { {}, tr("The message has no sender address.") };
    for (const auto &[name, value] : message.extraHeaders) {
        Q_UNUSED(value)
        if (!HeaderWriter::isValidFieldName(name))
            return { {}, tr("“%1” is not a valid header name.").arg(QString::fromUtf8(name)) };
        if (isReservedHeader(name))
            return { {},
                tr("The header “%1” is written by Mailwright and cannot be set.").arg(QString::fromUtf8(name)) };
    }

    // Every file is checked before anything else happens, so a typo fails fast.
    QList<Prepared> inlineImages;
    QList<Prepared> attachments;
    for (const Attachment &attachment : message.inlineImages) {
        Prepared prepared;
        if (const QString error = prepare(attachment, prepared); !error.isEmpty())
            return { {}, error };
        // Without HTML nothing can show an inline image: it travels as an attachment.
        (message.htmlBody.isEmpty() ? attachments : inlineImages).append(prepared);
    }
    for (const Attachment &attachment : message.attachments) {
        Prepared prepared;
        if (const QString error = prepare(attachment, prepared); !error.isEmpty())
            return { {}, error };
        attachments.append(prepared);
    }

    Context context;
    context.domain = messageIdDomain(message.from);

    // The structure, from the inside out.
    Part root;
    bool hasBody = true;
    if (!message.htmlBody.isEmpty()) {
        root = multipart("alternative",
            { textPart(HtmlToText::convert(message.htmlBody), "plain", context),
                textPart(message.htmlBody, "html", context) });
        if (!inlineImages.isEmpty()) {
            QList<Part> children = { root };
            for (const Prepared &image : std::as_const(inlineImages))
                children.append(attachmentPart(image, "inline", context));
            root = multipart("related", children, { { "type", u"multipart/alternative"_s } });
        }
    } else if (!message.plainBody.isEmpty() || attachments.isEmpty()) {
        root = textPart(message.plainBody, "plain", context);
    } else {
        hasBody = false;
    }
    if (!attachments.isEmpty()) {
        QList<Part> children;
        if (hasBody)
            children.append(root);
        for (const Prepared &attachment : std::as_const(attachments))
            children.append(attachmentPart(attachment, "attachment", context));
        root = multipart("mixed", children);
    }
    assignBoundaries(root, context);

    HeaderWriter writer;
    const QDateTime date = message.date.isValid() ? message.date : QDateTime::currentDateTime();
    writer.addAscii("Date", rfc5322Date(date));
    writer.addAddressList("From", { message.from });
    if (!message.replyTo.isEmpty())
        writer.addAddressList("Reply-To", message.replyTo);
    if (!message.to.isEmpty())
        writer.addAddressList("To", message.to);
    else if (message.cc.isEmpty())
        writer.addAscii("To", "undisclosed-recipients:;"); // Bcc only: RFC 5322 §3.6.3's group
    if (!message.cc.isEmpty())
        writer.addAddressList("Cc", message.cc);
    // Bcc: deliberately absent (RFC 5322 §3.6.3, first method); SMTP carries it in RCPT TO.
    writer.addUnstructured("Subject", message.subject);
    const QByteArray messageId = cleanIdentifier(message.messageId);
    writer.addAscii("Message-ID", '<' + (messageId.isEmpty() ? generatedId(context.domain) : messageId) + '>');
    for (const auto &[name, value] : message.extraHeaders)
        writer.addUnstructured(name, value);
    writer.addAscii("MIME-Version", "1.0");

    QByteArray pending = writer.bytes();
    const QByteArray headers = pending + root.headers + "\r\n";
    QList<MimeStream::Segment> segments;
    serialise(root, pending, segments);
    if (!root.multipartType.isEmpty())
        pending += "\r\n";
    if (!pending.isEmpty())
        segments.append({ MimeStream::Segment::Kind::Bytes, pending, {}, {}, 0 });
    return { QSharedPointer<MimeStream>::create(segments, headers), {} };
}
