#pragma once

#include "address/Mailbox.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Result of AddressParser::parseMailbox: a mailbox or a reason, never both.
struct MailboxParse
{
    Mailbox mailbox;
    QString error; // one translated sentence, empty on success
    // QString (UTF-16) index of the offending character, or where something is missing; for an
    // entry that is no address at all ("ann.example.org"), its first character.
    int errorPosition = -1;
    bool ok() const { return error.isEmpty(); }
};

// Result of AddressParser::parseList: the mailboxes in order (group members flattened), or a reason.
struct AddressListParse
{
    QList<Mailbox> mailboxes;
    QString error;
    int errorPosition = -1;
    bool ok() const { return error.isEmpty(); }
};

// RFC 5322 §3.4 mailboxes and address lists as people type and paste them: display names
// (quoted, unquoted UTF-8, RFC 2047 encoded-words), comments, groups, IDN domains, domain
// literals. Stateless and pure. Leniencies beyond the RFC are listed in AddressParser.cpp;
// CR, LF and NUL inside an entry are always refused, with a sentence a person can act on.
class AddressParser
{
    Q_DECLARE_TR_FUNCTIONS(AddressParser)
public:
    // Exactly one mailbox; surrounding whitespace and stray trailing separators are ignored.
    [[nodiscard]] static MailboxParse parseMailbox(const QString &text);
    // Zero or more entries separated by ',' or ';' (or line breaks between complete entries).
    [[nodiscard]] static AddressListParse parseList(const QString &text);
};
