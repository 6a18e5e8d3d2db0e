#pragma once

#include "SendTypes.h"
#include "account/AccountProfile.h"
#include "account/PasswordVault.h"
#include "mime/Message.h"
#include "smtp/ServerSettings.h"
#include "store/LoggedSession.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

// One send (or connection test) as SendController runs it: the message, the profile that sends
// it, and what to do around the delivery. The composer builds one from its fields,
// mailwright-send from its options over a saved profile or none.
struct SendJob
{
    enum class Purpose {
        Send,
        ConnectionTest, // connect, secure, sign in, QUIT: no message
    };

    Purpose purpose = Purpose::Send;
    Message message; // not used by a connection test
    AccountProfile profile; // may be unsaved (id empty): mailwright-send's options, a form being edited
    std::optional<QString> secret; // given (--password-env, a password typed in a form): no lookup
    QString askAgainBecause; // set: ask for the secret even if one is stored, saying why
    QList<QSslCertificate> extraCaCertificates; // trusted besides the system's (--ca-file)
    std::optional<SmtpTimeouts> timeouts; // else the profile's
    QString messageId; // the message's id in the DraftStore (draft, recovery slot, outbox); may be empty
    QString emlCopyPath; // set: the exact bytes sent are saved there too, before connecting
    LoggedSession::Origin origin = LoggedSession::Origin::Gui;
    Send::Records records = Send::Record::Log;

    // What the delivery waits for: `timeouts` when given; else the profile's own timeout; else,
    // for the window, SmtpTimeouts::interactive(), and for mailwright-send RFC 5321's.
    SmtpTimeouts effectiveTimeouts() const
    {
        if (timeouts)
            return *timeouts;
        if (profile.timeoutSeconds > 0)
            return SmtpTimeouts::uniform(profile.timeoutSeconds * 1000);
        return origin == LoggedSession::Origin::Gui ? SmtpTimeouts::interactive() : SmtpTimeouts();
    }
};

Q_DECLARE_METATYPE(SendJob)

// SendController's question when a password is needed and none is at hand.
struct SecretRequest
{
    AccountProfile profile;
    PasswordLookup lookup; // where it was looked for, and how the keychain answered
    QString reason; // why it is asked again (the server's refusal); empty the first time
    // Whether the answer may be kept (Send::Record::Secret, a saved profile); otherwise it is
    // used for this attempt only.
    bool canKeep = false;
};
Q_DECLARE_METATYPE(SecretRequest)
