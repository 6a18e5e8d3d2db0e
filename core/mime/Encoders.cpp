#include "Encoders.h"

#include <QtEndian>

#include <algorithm>
#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#endif
#include <cstring>

namespace {

constexpr char Base64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char HexDigits[] = "0123456789ABCDEF";
constexpr int EncodedWordOverhead = 12; // "=?UTF-8?B?" + "?="
constexpr int EncodedWordMax = 75; // RFC 2047 §2
constexpr int HeaderLineMax = 78; // RFC 5322 §2.1.1 "SHOULD"

// Bytes in the UTF-8 sequence that starts with `lead` (1 for stray continuation bytes).
int utf8SequenceLength(uchar lead)
{
    if (lead >= 0xF0 && lead < 0xF8)
        return 4;
    if (lead >= 0xE0)
        return lead < 0xF0 ? 3 : 1;
    if (lead >= 0xC0)
        return 2;
    return 1;
}

// Splits UTF-8 into whole characters: calls f(offset, length) for each.
template<typename F> void forEachUtf8Character(const QByteArray &utf8, F f)
{
    const qsizetype size = utf8.size();
    qsizetype i = 0;
    while (i < size) {
        const qsizetype length = std::min<qsizetype>(utf8SequenceLength(uchar(utf8[i])), size - i);
        f(i, length);
        i += length;
    }
}

// RFC 2047 §5 (3): the characters a Q-encoded word may carry as themselves anywhere, phrases
// included. Space is written as '_'.
bool isQLiteral(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' || c == '*'
        || c == '+' || c == '-' || c == '/';
}

int qCost(uchar c)
{
    return (isQLiteral(c) || c == ' ') ? 1 : 3;
}

qsizetype base64Size(qsizetype bytes)
{
    return (bytes + 2) / 3 * 4;
}

// RFC 2231 §7 attribute-char: what an extended value may carry without %-encoding.
bool isAttributeChar(uchar c)
{
    if (c <= 0x20 || c >= 0x7F)
        return false;
    return !QByteArrayView("*'%()<>@,;:\\\"/[]?=").contains(char(c));
}

bool isTokenChar(uchar c)
{
    if (c <= 0x20 || c >= 0x7F)
        return false;
    return !QByteArrayView("()<>@,;:\\\"/[]?=").contains(char(c));
}

#if defined(__x86_64__) && defined(__GNUC__)
// SSSE3: 12 input bytes become 16 characters per step. Returns how many input bytes it took
// (a multiple of 12; it reads 16, so it stops while 16 remain readable).
__attribute__((target("ssse3"))) qsizetype base64EncodeSsse3(const uchar *in, qsizetype size, char *out)
{
    // Each 32-bit lane gets bytes (b1, b0, b2, b1) of one 3-byte group, so that its two 16-bit
    // halves are b0b1 and b1b2 read big-endian.
    const __m128i spread = _mm_setr_epi8(1, 0, 2, 1, 4, 3, 5, 4, 7, 6, 8, 7, 10, 9, 11, 10);
    // Offsets from a 6-bit value to its character, chosen by range (see below).
    const __m128i offsets = _mm_setr_epi8(71, -4, -4, -4, -4, -4, -4, -4, -4, -4, -4, -19, -16, 65, 0, 0);
    qsizetype i = 0;
    for (; i + 16 <= size; i += 12) {
        const __m128i bytes = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + i)), spread);
        // Isolate the four 6-bit fields and move them to bytes 0..3 of the lane: fields 0 and 2
        // by a high multiply (a right shift), fields 1 and 3 by a low multiply (a left shift).
        const __m128i high
            = _mm_mulhi_epu16(_mm_and_si128(bytes, _mm_set1_epi32(0x0FC0FC00)), _mm_set1_epi32(0x04000040));
        const __m128i low
            = _mm_mullo_epi16(_mm_and_si128(bytes, _mm_set1_epi32(0x003F03F0)), _mm_set1_epi32(0x01000010));
        const __m128i values = _mm_or_si128(high, low);
        // Range index: 0 for 26..51, 1..12 for 52..63, 13 for 0..25; then look up the offset.
        __m128i range = _mm_subs_epu8(values, _mm_set1_epi8(51));
        range = _mm_or_si128(range, _mm_and_si128(_mm_cmpgt_epi8(_mm_set1_epi8(26), values), _mm_set1_epi8(13)));
        const __m128i characters = _mm_add_epi8(values, _mm_shuffle_epi8(offsets, range));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(out), characters);
        out += 16;
    }
    return i;
}

bool hasSsse3()
{
    static const bool supported = [] {
        __builtin_cpu_init(); // in case the first message is built during static initialisation
        return __builtin_cpu_supports("ssse3") != 0;
    }();
    return supported;
}
#endif

} // namespace

namespace Encoders {

QByteArray toCrlfUtf8(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 32 + 2);
    const qsizetype size = utf8.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = utf8[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < size && utf8[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

QString headerSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool inBreak = false;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const bool lineBreak = u == u'\r' || u == u'\n' || u == 0x85 || u == 0x2028 || u == 0x2029;
        if (lineBreak) {
            if (!inBreak)
                out += u' ';
            inBreak = true;
            continue;
        }
        inBreak = false;
        if (u == u'\t')
            out += u' ';
        else if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            continue;
        else
            out += ch;
    }
    return out;
}

QByteArray quotedPrintable(QByteArrayView crlfText)
{
    const qsizetype size = crlfText.size();
    const char *in = crlfText.data();
    QByteArray out;
    out.reserve(size + size / 8 + 16);
    int column = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = uchar(in[i]);
        if (c == '\r' && i + 1 < size && in[i + 1] == '\n') {
            out += "\r\n";
            column = 0;
            ++i;
            continue;
        }
        // The last character before a hard break (or the end) may use all 76 columns; any
        // other needs one left for a soft break's '='.
        const bool lastOnLine = i + 1 == size || (in[i + 1] == '\r' && i + 2 < size && in[i + 2] == '\n');
        // RFC 2045 §6.7 (3): white space at the end of a line must be encoded.
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lastOnLine);
        const int width = literal ? 1 : 3;
        if (column + width > (lastOnLine ? 76 : 75)) {
            out += "=\r\n";
            column = 0;
        }
        if (literal) {
            out += char(c);
        } else {
            const char escaped[3] = { '=', HexDigits[c >> 4], HexDigits[c & 0xF] };
            out.append(escaped, 3);
        }
        column += width;
    }
    return out;
}

void base64Encode(const char *in, qsizetype size, char *out)
{
    // Two output characters per table look-up (12 bits): attachments are most of what we send,
    // and this halves the work per byte.
    struct PairTable
    {
        char pairs[4096][2];
    };
    static const PairTable table = [] {
        PairTable t {};
        for (int i = 0; i < 4096; ++i) {
            t.pairs[i][0] = Base64Alphabet[i >> 6];
            t.pairs[i][1] = Base64Alphabet[i & 0x3F];
        }
        return t;
    }();
    const auto *src = reinterpret_cast<const uchar *>(in);
    qsizetype i = 0;
#if defined(__x86_64__) && defined(__GNUC__)
    if (size >= 16 && hasSsse3()) {
        i = base64EncodeSsse3(src, size, out);
        out += i / 3 * 4;
    }
#endif
    // Six bytes per step from one 8-byte big-endian load (the last two bytes are not used, so
    // the load must stay inside the input).
    for (; i + 8 <= size; i += 6) {
        quint64 word;
        std::memcpy(&word, src + i, 8);
        word = qFromBigEndian(word);
        std::memcpy(out, table.pairs[(word >> 52) & 0xFFF], 2);
        std::memcpy(out + 2, table.pairs[(word >> 40) & 0xFFF], 2);
        std::memcpy(out + 4, table.pairs[(word >> 28) & 0xFFF], 2);
        std::memcpy(out + 6, table.pairs[(word >> 16) & 0xFFF], 2);
        out += 8;
    }
    for (; i + 3 <= size; i += 3) {
        const quint32 v = (quint32(src[i]) << 16) | (quint32(src[i + 1]) << 8) | src[i + 2];
        std::memcpy(out, table.pairs[v >> 12], 2);
        std::memcpy(out + 2, table.pairs[v & 0xFFF], 2);
        out += 4;
    }
    const qsizetype rest = size - i;
    if (rest > 0) {
        const quint32 v = (quint32(src[i]) << 16) | (rest == 2 ? quint32(src[i + 1]) << 8 : 0);
        out[0] = Base64Alphabet[v >> 18];
        out[1] = Base64Alphabet[(v >> 12) & 0x3F];
        out[2] = rest == 2 ? Base64Alphabet[(v >> 6) & 0x3F] : '=';
        out[3] = '=';
    }
}

qint64 base64LinesSize(qint64 inputBytes)
{
    if (inputBytes <= 0)
        return 0;
    const qint64 chars = (inputBytes + 2) / 3 * 4;
    const qint64 lines = (chars + Base64LineOutput - 1) / Base64LineOutput;
    return chars + 2 * (lines - 1);
}

QByteArray base64Lines(QByteArrayView data)
{
    QByteArray out(base64LinesSize(data.size()), Qt::Uninitialized);
    char *dst = out.data();
    for (qsizetype offset = 0; offset < data.size(); offset += Base64LineInput) {
        if (offset > 0) {
            *dst++ = '\r';
            *dst++ = '\n';
        }
        const qsizetype chunk = std::min(Base64LineInput, data.size() - offset);
        base64Encode(data.data() + offset, chunk, dst);
        dst += base64Size(chunk);
    }
    return out;
}

QList<QByteArray> encodedWords(const QString &text, int firstWidth, int nextWidth)
{
    const QByteArray utf8 = text.toUtf8();
    qsizetype qLength = 0;
    for (const char c : utf8)
        qLength += qCost(uchar(c));
    const bool useQ = qLength <= base64Size(utf8.size());

    // Group whole characters into words that fit their width.
    QList<QByteArrayView> chunks;
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype encoded = 0; // Q: encoded length so far
    forEachUtf8Character(utf8, [&](qsizetype offset, qsizetype size) {
        qsizetype extra = 0;
        for (qsizetype k = 0; k < size; ++k)
            extra += qCost(uchar(utf8[offset + k]));
        const int width = std::min(chunks.isEmpty() ? firstWidth : nextWidth, EncodedWordMax);
        const qsizetype after = useQ ? encoded + extra : base64Size(length + size);
        if (length > 0 && EncodedWordOverhead + after > width) {
            chunks.append(QByteArrayView(utf8.constData() + start, length));
            start = offset;
            length = 0;
            encoded = 0;
        }
        length += size;
        encoded += extra;
    });
    if (length > 0)
        chunks.append(QByteArrayView(utf8.constData() + start, length));

    QList<QByteArray> words;
    words.reserve(chunks.size());
    for (const QByteArrayView chunk : std::as_const(chunks)) {
        QByteArray word = useQ ? QByteArrayLiteral("=?UTF-8?Q?") : QByteArrayLiteral("=?UTF-8?B?");
        if (useQ) {
            for (const char ch : chunk) {
                const uchar c = uchar(ch);
                if (c == ' ') {
                    word += '_';
                } else if (isQLiteral(c)) {
                    word += ch;
                } else {
                    const char escaped[3] = { '=', HexDigits[c >> 4], HexDigits[c & 0xF] };
                    word.append(escaped, 3);
                }
            }
        } else {
            word += chunk.toByteArray().toBase64();
        }
        word += "?=";
        words.append(word);
    }
    return words;
}

QList<QByteArray> rfc2231Parameter(QByteArrayView name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    auto percentEncoded = [&](qsizetype offset, qsizetype size) {
        QByteArray out;
        for (qsizetype k = offset; k < offset + size; ++k) {
            const uchar c = uchar(utf8[k]);
            if (isAttributeChar(c)) {
                out += char(c);
            } else {
                const char escaped[3] = { '%', HexDigits[c >> 4], HexDigits[c & 0xF] };
                out.append(escaped, 3);
            }
        }
        return out;
    };
    // A section is written as " section;" on its own line: at most 76 characters itself.
    constexpr qsizetype SectionMax = HeaderLineMax - 2;
    const QByteArray whole = name.toByteArray() + "*=utf-8''" + percentEncoded(0, utf8.size());
    if (whole.size() <= SectionMax)
        return { whole };

    QList<QByteArray> sections;
    auto sectionHead = [&](qsizetype index) {
        QByteArray head = name.toByteArray() + '*' + QByteArray::number(index) + "*=";
        if (index == 0)
            head += "utf-8''";
        return head;
    };
    QByteArray current = sectionHead(0);
    qsizetype headSize = current.size();
    forEachUtf8Character(utf8, [&](qsizetype offset, qsizetype size) {
        const QByteArray piece = percentEncoded(offset, size);
        if (current.size() > headSize && current.size() + piece.size() > SectionMax) {
            sections.append(current);
            current = sectionHead(sections.size());
            headSize = current.size();
        }
        current += piece;
    });
    sections.append(current);
    return sections;
}

QByteArray tokenOrQuoted(QByteArrayView value)
{
    if (!value.isEmpty() && std::all_of(value.begin(), value.end(), [](char c) { return isTokenChar(uchar(c)); }))
        return value.toByteArray();
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

} // namespace Encoders
