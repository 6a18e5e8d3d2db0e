// DataEncoder against arbitrary message bytes in arbitrary chunks (the first input byte picks
// the chunk size): the output is CRLF-only and ends with CRLF "." CRLF, and removing the
// dot-stuffing (RFC 5321 §4.5.2, as a server does) gives back the input with every line ending
// (CRLF, bare LF, bare CR) made CRLF and a final CRLF added when it was missing.
#include "FuzzSupport.h"
#include "smtp/DataEncoder.h"

#include <cstdint>

namespace {
// Written apart from the encoder: what a server should store.
QByteArray normalised(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            out += "\r\n";
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else if (in[i] == '\n') {
            out += "\r\n";
        } else {
            out += in[i];
        }
    }
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = data[0] % 17 + 1;
    const QByteArray message(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    DataEncoder encoder;
    QByteArray wire;
    for (qsizetype at = 0; at < message.size(); at += chunk)
        encoder.encode(message.constData() + at, std::min(chunk, message.size() - at), wire);
    encoder.finish(wire);

    FUZZ_CHECK(wire.endsWith(".\r\n") && (wire.size() == 3 || wire.endsWith("\r\n.\r\n")), "ends with CRLF . CRLF");
    const QByteArray body = wire.chopped(3);
    QByteArray unstuffed;
    qsizetype start = 0;
    while (start < body.size()) {
        const qsizetype end = body.indexOf("\r\n", start);
        FUZZ_CHECK(end >= 0, "every line ends with CRLF");
        QByteArray line = body.mid(start, end - start);
        FUZZ_CHECK(!line.contains('\r') && !line.contains('\n'), "no bare CR or LF on the wire");
        FUZZ_CHECK(line != ".", "no line is a lone dot before the end");
        if (line.startsWith('.'))
            line.remove(0, 1);
        unstuffed += line + "\r\n";
        start = end + 2;
    }
    FUZZ_CHECK(unstuffed == normalised(message), "unstuffing gives back the message");
    return 0;
}
