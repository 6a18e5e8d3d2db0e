#pragma once

#include "StoreStatus.h"
#include "address/Mailbox.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One address used before.
struct AddressUse
{
    Mailbox mailbox; // the latest display name used with it
    int count = 0;
    QDateTime lastUsed;
};

// Addresses used before, for recipient completion: most used first, then most recent.
// Kept in <AppDataLocation>/addresses.json, replaced atomically; recordUsed() re-reads the file
// first, so the GUI and mailwright-send recording at different times both count.
class AddressHistory
{
public:
    explicit AddressHistory(const QString &filePath = QString()); // empty: defaultFilePath()
    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }

    // Call after a send the server accepted (the recipients, and the sender).
    [[nodiscard]] StoreStatus recordUsed(
        const QList<Mailbox> &mailboxes, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // What matches what was typed: the start of the address, of its domain, of the display
    // name or of any word in it; case-insensitive. Ranked. Empty typed text: the top `limit`.
    QList<Mailbox> complete(const QString &typed, int limit = 10) const;
    QList<AddressUse> entries() const; // ranked

    [[nodiscard]] StoreStatus forget(const QString &address);
    void reload();

private:
    StoreStatus save() const;

    QString m_filePath;
    QList<AddressUse> m_entries;
};
