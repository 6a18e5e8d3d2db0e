#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// The content and header encodings MIME needs, as pure functions: bytes or text in, 7-bit
// ASCII out. Bodies use CRLF line breaks throughout; header pieces come back unfolded and sized
// so that HeaderWriter can put each on its own line within 78 columns.
namespace Encoders {

// RFC 2045 §6.8: base64 lines carry 57 input bytes as 76 characters.
constexpr qsizetype Base64LineInput = 57;
constexpr qsizetype Base64LineOutput = 76;

// Text with any mix of CRLF, bare LF and bare CR, as UTF-8 with CRLF line breaks only.
QByteArray toCrlfUtf8(const QString &text);

// Header text that cannot break a header: every run of CR/LF (and the Unicode line and paragraph
// separators) becomes one space, a tab becomes a space, other control characters are dropped.
QString headerSafe(const QString &text);

// Quoted-printable (RFC 2045 §6.7) of CRLF text: CRLF stays a hard line break, lines are at
// most 76 characters with soft breaks, trailing spaces and tabs are encoded.
QByteArray quotedPrintable(QByteArrayView crlfText);

// Base64 of `data` in 76-column lines joined by CRLF; no CRLF after the last line.
QByteArray base64Lines(QByteArrayView data);

// The exact size base64Lines() produces for `inputBytes` bytes, without encoding anything.
qint64 base64LinesSize(qint64 inputBytes);

// Plain base64 (no line breaks) of `size` bytes into `out`, which must hold 4 * ceil(size / 3).
void base64Encode(const char *in, qsizetype size, char *out);

// RFC 2047 encoded-words ("=?UTF-8?B?…?=" or "=?UTF-8?Q?…?=", whichever is shorter for this text)
// for `text`. The first word is at most `firstWidth` characters, the others at most
// `nextWidth`, and never more than 75 (RFC 2047 §2). A UTF-8 character is never split across
// two words. The Q form only keeps characters that are safe in a phrase (RFC 2047 §5 (3)).
QList<QByteArray> encodedWords(const QString &text, int firstWidth, int nextWidth);

// RFC 2231 extended parameter `name*=utf-8''…` for `value`, split into `name*0*=`, `name*1*=`, …
// sections when one does not fit: each returned section, followed by ';', fits a header line
// (one leading space, at most 78 columns). Sections never split a UTF-8 character.
QList<QByteArray> rfc2231Parameter(QByteArrayView name, const QString &value);

// `value` as an RFC 2045 token when it is one, else as a quoted-string ("…" with \ escapes).
// For printable ASCII only.
QByteArray tokenOrQuoted(QByteArrayView value);

} // namespace Encoders
