#pragma once

#include "address/Mailbox.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A parameter of a structured MIME header ("charset", "boundary", "filename", "name").
struct HeaderParameter
{
    enum class Encoding {
        Rfc2231, // non-ASCII or long values as name*=utf-8''… (with continuations)
        Rfc2047, // non-ASCII or long values as a quoted run of encoded-words: the legacy name= twin
    };
    QByteArray name;
    QString value;
    Encoding encoding = Encoding::Rfc2231;
};

// Writes header fields as 7-bit lines folded at 78 columns (RFC 5322 §2.2.3), encoding what
// needs it. Every value goes through Encoders::headerSafe first, so no input can end a field
// or start a new one. Only an unbreakable token (a 200-character address) may exceed 78 columns.
class HeaderWriter
{
public:
    // Free text (Subject, extra headers): as is when it is short plain ASCII, else RFC 2047.
    void addUnstructured(const QByteArray &name, const QString &value);
    // "Name <local@domain>, …": display names as atoms, quoted strings or RFC 2047 words.
    void addAddressList(const QByteArray &name, const QList<Mailbox> &mailboxes);
    // A value that is already ASCII and safe (Date, Message-ID): folded at spaces only.
    void addAscii(const QByteArray &name, const QByteArray &value);
    // "type/subtype; param=value; …" (Content-Type, Content-Disposition).
    void addWithParameters(const QByteArray &name, const QByteArray &value, const QList<HeaderParameter> &parameters);

    const QByteArray &bytes() const { return m_out; }

    // True when `name` may be used as a field name (RFC 5322 §3.6.8 ftext).
    static bool isValidFieldName(const QByteArray &name);

private:
    void begin(const QByteArray &name);
    void append(const QByteArray &token);
    void appendEncoded(const QString &text, const QByteArray &prefix, const QByteArray &suffix);
    void appendPhrase(const QString &displayName);
    void end();

    QByteArray m_out;
    int m_column = 0;
    bool m_lineHasToken = false;
};
