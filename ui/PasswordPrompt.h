#pragma once

#include "send/SendJob.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class SendController;

// Asks for a profile's password when SendController needs one and none is stored: never saved,
// the keychain is not reachable, or the server refused the stored one. Where it is kept
// afterwards is the person's choice: the keychain when there is one; otherwise this run only,
// or — explicitly, with a warning — the settings file. An unsaved profile keeps nothing.
class PasswordPrompt : public QDialog
{
    Q_OBJECT
public:
    // `action`: the accept button's text ("Send", "Test").
    PasswordPrompt(const SecretRequest &request, const QString &action, QWidget *parent = nullptr);

    // Shows a window-modal prompt for the request and answers the controller with it: the
    // password and where to keep it, or cancel() when the person declines.
    static PasswordPrompt *answer(
        SendController *controller, const SecretRequest &request, const QString &action, QWidget *parent);

    QString password() const;
    Send::SecretKeep keep() const;

private:
    void updateWarning();

    bool m_keychainUsable = false;
    QLineEdit *m_passwordLineEdit = nullptr;
    QCheckBox *m_keepCheckBox = nullptr;
    QLabel *m_warningLabel = nullptr;
};
