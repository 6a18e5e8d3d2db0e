#include "Fingerprint.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace Fingerprint {

QString of(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
}

QString normalized(const QString &text)
{
    QString digits = text.trimmed();
    if (const qsizetype equals = digits.indexOf(u'='); equals >= 0)
        digits = digits.mid(equals + 1); // "SHA256 Fingerprint=AB:CD:…"
    QString hex;
    for (const QChar c : std::as_const(digits)) {
        if (c.isLetterOrNumber())
            hex.append(c.toLower());
    }
    QString out;
    out.reserve(hex.size() * 3 / 2);
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (!out.isEmpty())
            out.append(u':');
        out.append(QStringView(hex).mid(i, 2));
    }
    return out;
}

bool isSha256(const QString &text)
{
    const QString canonical = normalized(text);
    if (canonical.size() != 32 * 3 - 1)
        return false;
    for (const QChar c : canonical) {
        if (c != u':' && !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace Fingerprint
