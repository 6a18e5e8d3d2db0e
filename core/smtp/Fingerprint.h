#pragma once

#include <QString>

class QSslCertificate;

// SHA-256 certificate fingerprints in one canonical form everywhere — pinned in a profile,
// shown in the transcript and the certificate dialog, given to mailwright-send: lower-case hex
// pairs joined by colons ("ab:cd:…"). People paste them in any spelling (upper case, no
// colons, spaces, OpenSSL's "SHA256 Fingerprint=" prefix); normalized() makes them comparable.
namespace Fingerprint {

QString of(const QSslCertificate &certificate);
QString normalized(const QString &text);
// 32 bytes of hex once normalised: what --trust-fingerprint and the pin list accept.
bool isSha256(const QString &text);

} // namespace Fingerprint
