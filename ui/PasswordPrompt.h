#pragma once

#include "account/AccountProfile.h"
#include "account/PasswordVault.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

// Asks for a profile's password when none is stored: never saved, the keychain is not
// reachable, or the server refused the stored one. Where it is kept afterwards is the person's
// choice: the keychain when there is one; otherwise this run only, or — explicitly, with a
// warning — the settings file.
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    enum class Keep {
        ForThisSession,
        InKeychain,
        InSettingsFile,
    };
    Q_ENUM(Keep)

    // `reason` (may be empty): why it is asked again, e.g. the server's refusal.
    PasswordPrompt(const AccountProfile &profile, const PasswordLookup &lookup, const QString &reason,
        QWidget *parent = nullptr);

    QString password() const;
    Keep keep() const;
    AccountProfile profile() const { return m_profile; }

private:
    void updateWarning();

    AccountProfile m_profile;
    bool m_keychainUsable = false;
    QLineEdit *m_passwordLineEdit = nullptr;
    QCheckBox *m_keepCheckBox = nullptr;
    QLabel *m_warningLabel = nullptr;
};
