// AddressParser against arbitrary text (the input's bytes as UTF-8): a result or a reason,
// never both; no accepted address carries a line break or NUL; and every accepted mailbox,
// written back as a person would see it, parses to the same mailbox again.
#include "FuzzSupport.h"
#include "address/AddressParser.h"

#include <cstdint>

namespace {
bool hasForbidden(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n') || text.contains(QChar(0));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    const AddressListParse list = AddressParser::parseList(text);
    FUZZ_CHECK(!list.ok() || list.errorPosition == -1, "an error position only with an error");
    FUZZ_CHECK(list.ok() || list.mailboxes.isEmpty(), "mailboxes or a reason, never both");
    FUZZ_CHECK(list.errorPosition >= -1 && list.errorPosition <= text.size(), "error position inside the text");
    for (const Mailbox &mailbox : list.mailboxes) {
        FUZZ_CHECK(!hasForbidden(mailbox.address) && !hasForbidden(mailbox.displayName), "no CR, LF or NUL");
        FUZZ_CHECK(mailbox.address.contains(u'@'), "an address has an @");
        (void)mailbox.envelopeAddress();
        (void)mailbox.needsSmtpUtf8();
        const MailboxParse again = AddressParser::parseMailbox(mailbox.toDisplayString());
        FUZZ_CHECK(again.ok(), "a mailbox written back parses again");
        FUZZ_CHECK(again.mailbox.address == mailbox.address, "same address after writing it back");
        FUZZ_CHECK(again.mailbox.displayName == mailbox.displayName, "same display name after writing it back");
    }

    const MailboxParse one = AddressParser::parseMailbox(text);
    FUZZ_CHECK(one.ok() || one.mailbox.address.isEmpty(), "a mailbox or a reason, never both");
    FUZZ_CHECK(one.errorPosition >= -1 && one.errorPosition <= text.size(), "error position inside the text");
    if (one.ok())
        FUZZ_CHECK(!hasForbidden(one.mailbox.address) && !hasForbidden(one.mailbox.displayName), "no CR, LF or NUL");
    return 0;
}
