#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One mailbox as a person wrote it: "Zhang San <zhang@例え.jp>". Produced by AddressParser,
// so a Mailbox that exists is well-formed. The domain is kept as typed (Unicode); the ASCII
// (IDNA "xn--") form is what goes on the wire unless the local part itself needs SMTPUTF8.
struct Mailbox
{
    QString displayName; // decoded, unquoted; may be empty
    QString address;     // addr-spec: local-part@domain, as typed

    QString localPart() const;
    QString domain() const;           // as typed
    QString asciiDomain() const;      // IDNA (punycode) form of the domain
    QString envelopeAddress() const;  // local-part@asciiDomain: what MAIL FROM / RCPT TO carry
    bool needsSmtpUtf8() const;       // the local part is not ASCII (RFC 6531)
    QString toDisplayString() const;  // "Zhang San <zhang@qq.com>" or "zhang@qq.com"
    // "Ann <ann@example.org>, bob@example.org": a list AddressParser reads back unchanged.
    static QString toDisplayString(const QList<Mailbox> &mailboxes);

    bool operator==(const Mailbox &other) const
    {
        return displayName == other.displayName && address == other.address;
    }
};
Q_DECLARE_METATYPE(Mailbox)
