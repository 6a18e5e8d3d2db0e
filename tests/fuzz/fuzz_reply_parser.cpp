// ReplyParser against arbitrary server bytes, split anywhere: the first input byte chooses the
// cut points. However the bytes are cut, the parser must give the same replies and the same
// error as when it gets them in one piece, stay within its bounds and never crash.
#include "FuzzSupport.h"
#include "smtp/ReplyParser.h"

#include <cstdint>

namespace {
struct Outcome
{
    QList<SmtpReply> replies;
    ReplyParser::Error error = ReplyParser::Error::None;
};

Outcome parse(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    ReplyParser parser;
    Outcome outcome;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        parser.feed(bytes.mid(start, cut - start));
        start = cut;
        while (const auto reply = parser.next())
            outcome.replies << *reply;
    }
    parser.feed(bytes.mid(start));
    while (const auto reply = parser.next())
        outcome.replies << *reply;
    outcome.error = parser.error();
    FUZZ_CHECK(parser.error() == ReplyParser::Error::None || !parser.errorText().isEmpty(), "an error has a sentence");
    return outcome;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned step = data[0] % 64 + 1;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Outcome whole = parse(bytes, {});
    QList<qsizetype> cuts;
    for (qsizetype at = step; at < bytes.size(); at += step + (at % 7))
        cuts << at;
    const Outcome split = parse(bytes, cuts);

    FUZZ_CHECK(whole.error == split.error, "the error does not depend on how the bytes are cut");
    // Replies before an error are the same; after one, nothing more is parsed either way.
    FUZZ_CHECK(whole.replies.size() == split.replies.size(), "as many replies however the bytes are cut");
    for (qsizetype i = 0; i < whole.replies.size(); ++i) {
        const SmtpReply &a = whole.replies[i];
        const SmtpReply &b = split.replies[i];
        FUZZ_CHECK(a.code == b.code && a.lines == b.lines && a.enhancedCode == b.enhancedCode, "same reply");
        FUZZ_CHECK(a.code >= 200 && a.code <= 599, "reply code in range");
        FUZZ_CHECK(!a.lines.isEmpty() && a.lines.size() <= ReplyParser::MaxReplyLines, "line count bounded");
        FUZZ_CHECK(a.enhancedCode.isEmpty() || a.enhancedCode.at(0).digitValue() == a.code / 100,
            "enhanced code class matches the reply code");
        (void)a.text();
        (void)a.rawLines();
    }
    return 0;
}
