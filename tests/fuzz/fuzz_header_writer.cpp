// HeaderWriter against arbitrary Unicode (the input's bytes as UTF-8): the field it writes is
// 7-bit, CRLF-terminated, folded within 78 columns, and reads back — unfolded and RFC 2047
// decoded by FuzzSupport, written apart from the writer — as the text it was given (after
// Encoders::headerSafe, which turns line breaks and controls into spaces or nothing).
#include "FuzzSupport.h"
#include "mime/Encoders.h"
#include "mime/HeaderWriter.h"

#include <cstdint>

namespace {
void checkWireForm(const QByteArray &field, int maxColumns)
{
    FUZZ_CHECK(field.endsWith("\r\n"), "a field ends with CRLF");
    for (const char c : field)
        FUZZ_CHECK(uchar(c) < 0x80 && c != '\0', "7-bit, no NUL");
    const QList<QByteArray> lines = field.chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            FUZZ_CHECK(line.endsWith('\r'), "no bare LF");
            line.chop(1);
            FUZZ_CHECK(lines[i + 1].startsWith(' '), "every continuation line starts with a space");
        }
        FUZZ_CHECK(!line.contains('\r'), "no bare CR");
        FUZZ_CHECK(line.size() <= maxColumns, "folded within the line limit");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString expected = Encoders::headerSafe(text);

    {
        HeaderWriter writer;
        writer.addUnstructured("Subject", text);
        const QByteArray field = writer.bytes();
        checkWireForm(field, 78);
        FUZZ_CHECK(field.startsWith("Subject:"), "the field name comes first");
        QByteArray value = FuzzSupport::unfold(field.chopped(2)).mid(int(sizeof("Subject:") - 1));
        if (value.startsWith(' ')) // the space the writer puts after the colon
            value.remove(0, 1);
        FUZZ_CHECK(FuzzSupport::decodeUnstructured(value) == expected, "Subject reads back as written");
    }
    {
        Mailbox mailbox;
        mailbox.displayName = text;
        mailbox.address = QStringLiteral("ann@example.org");
        HeaderWriter writer;
        writer.addAddressList("To", { mailbox });
        const QByteArray field = writer.bytes();
        checkWireForm(field, 78);
        const QByteArray value = FuzzSupport::unfold(field.chopped(2)).mid(3);
        const QString name = expected.trimmed();
        if (name.isEmpty()) {
            FUZZ_CHECK(value.trimmed() == "ann@example.org", "no display name: the bare address");
        } else {
            FUZZ_CHECK(value.endsWith(" <ann@example.org>"), "the address follows the display name");
            const QByteArray phrase = value.chopped(int(sizeof(" <ann@example.org>") - 1));
            FUZZ_CHECK(FuzzSupport::decodePhrase(phrase) == name, "the display name reads back as written");
        }
    }
    return 0;
}
