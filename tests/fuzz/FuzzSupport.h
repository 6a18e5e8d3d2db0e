#pragma once

// Shared by the libFuzzer targets: a loud failure that libFuzzer records as a crash with the
// input that caused it, and a small RFC 2047 / RFC 5322 reader written apart from the writer
// it checks (core/mime/HeaderWriter).

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                                                    \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "fuzz check failed: %s (%s)\n", what, #condition);                                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (0)

namespace FuzzSupport {

// RFC 5322 §2.2.3 unfolding: a CRLF followed by white space is removed (the space stays).
inline QByteArray unfold(const QByteArray &field)
{
    QByteArray out = field;
    out.replace("\r\n ", " ");
    out.replace("\r\n\t", "\t");
    return out;
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// "=?UTF-8?B?…?=" or "=?UTF-8?Q?…?=" → its bytes; false when `word` is not an encoded-word.
inline bool decodeEncodedWord(const QByteArray &word, QByteArray *bytes)
{
    if (!word.startsWith("=?") || !word.endsWith("?=") || word.size() < 8)
        return false;
    const QList<QByteArray> parts = word.mid(2, word.size() - 4).split('?');
    if (parts.size() != 3 || parts[0].toUpper() != "UTF-8")
        return false;
    const QByteArray encoding = parts[1].toUpper();
    if (encoding == "B") {
        const auto decoded = QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        *bytes = decoded.decoded;
        return true;
    }
    if (encoding != "Q")
        return false;
    QByteArray out;
    const QByteArray &q = parts[2];
    for (qsizetype i = 0; i < q.size(); ++i) {
        if (q[i] == '_') {
            out += ' ';
        } else if (q[i] == '=') {
            if (i + 2 >= q.size() || hexValue(q[i + 1]) < 0 || hexValue(q[i + 2]) < 0)
                return false;
            out += char(hexValue(q[i + 1]) * 16 + hexValue(q[i + 2]));
            i += 2;
        } else {
            out += q[i];
        }
    }
    *bytes = out;
    return true;
}

// RFC 2047 §6.2 for unstructured text: encoded-words decoded, the white space between two
// adjacent encoded-words dropped, every other space kept. Each word is decoded on its own:
// RFC 2047 §5 wants whole characters in every encoded-word, so a split one shows as U+FFFD.
inline QString decodeUnstructured(const QByteArray &value)
{
    QString out;
    bool previousEncoded = false;
    qsizetype i = 0;
    while (i < value.size()) {
        qsizetype j = i;
        while (j < value.size() && (value[j] == ' ' || value[j] == '\t'))
            ++j;
        const QByteArray space = value.mid(i, j - i);
        qsizetype k = j;
        while (k < value.size() && value[k] != ' ' && value[k] != '\t')
            ++k;
        const QByteArray word = value.mid(j, k - j);
        i = k;
        QByteArray bytes;
        const bool encoded = !word.isEmpty() && decodeEncodedWord(word, &bytes);
        if (!(encoded && previousEncoded))
            out += QString::fromLatin1(space);
        out += encoded ? QString::fromUtf8(bytes) : QString::fromLatin1(word);
        previousEncoded = encoded;
    }
    return out;
}

// An RFC 5322 phrase as HeaderWriter writes a display name: atoms, one quoted-string, or
// encoded-words; words joined by one space, none between adjacent encoded-words.
inline QString decodePhrase(const QByteArray &phrase)
{
    QString out;
    bool previousEncoded = false;
    bool first = true;
    qsizetype i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && phrase[i] == ' ')
            ++i;
        if (i >= phrase.size())
            break;
        QString text;
        bool encoded = false;
        if (phrase[i] == '"') {
            QByteArray quoted;
            ++i;
            while (i < phrase.size() && phrase[i] != '"') {
                if (phrase[i] == '\\' && i + 1 < phrase.size())
                    ++i;
                quoted += phrase[i++];
            }
            ++i; // the closing quote
            text = QString::fromLatin1(quoted);
        } else {
            qsizetype k = i;
            while (k < phrase.size() && phrase[k] != ' ')
                ++k;
            const QByteArray word = phrase.mid(i, k - i);
            i = k;
            QByteArray bytes;
            encoded = decodeEncodedWord(word, &bytes);
            text = encoded ? QString::fromUtf8(bytes) : QString::fromLatin1(word);
        }
        if (!first && !(encoded && previousEncoded))
            out += u' ';
        out += text;
        previousEncoded = encoded;
        first = false;
    }
    return out;
}

} // namespace FuzzSupport
