#pragma once

#include "smtp/SmtpTypes.h"

#include <QObject>

#include <QFlags>

// Enums of the send pipeline (SendController, Delivery). Q_ENUM_NS so that qDebug(), QCOMPARE
// failures and the log print names.
namespace Send {
Q_NAMESPACE

// Where a send is, as a person follows it: the steps around the SMTP conversation (finding the
// password, looking up the recipients' mail servers) and the conversation's own states, merged
// where a person sees no difference (EHLO or HELO; STARTTLS or its handshake).
enum class Stage {
    Idle,
    Credential, // looking up the password (the keychain may be asking to be unlocked)
    AskingPassword, // waiting for the person to type it (SendController::secretRequired)
    RenewingSignIn, // an OAuth profile's access token is refreshed before the send
    Resolving, // direct route: looking up a recipient domain's mail servers (MX)
    Connecting, // TCP connect (with implicit TLS, the handshake too)
    Greeting, // waiting for the server's greeting or its answer to EHLO/HELO
    Securing, // STARTTLS and its handshake
    SigningIn,
    Envelope, // sender and recipient addresses
    Body, // streaming the message
    Confirm, // the whole message sent, waiting for the server to accept it
    Closing,
    Done,
};
Q_ENUM_NS(Stage)

Stage stageOf(Smtp::State state);

// What a send leaves behind besides the delivery itself.
enum class Record {
    Log = 0x1, // the session in the conversation log
    Outbox = 0x2, // a message that failed stays in the outbox; a sent one leaves drafts and outbox
    AddressHistory = 0x4, // the recipients of an accepted message are offered next time
    Secret = 0x8, // a password the person typed when asked is kept where they chose (a saved profile)
    Sent = 0x10, // an accepted message is kept among the sent messages
};
Q_DECLARE_FLAGS(Records, Record)
Q_FLAG_NS(Records)

// Where a password the person typed is kept.
enum class SecretKeep {
    ThisSession, // in memory until the program quits
    Keychain,
    SettingsFile, // the explicit, warned-about opt-in for machines without a keychain
};
Q_ENUM_NS(SecretKeep)

} // namespace Send
Q_DECLARE_OPERATORS_FOR_FLAGS(Send::Records)
