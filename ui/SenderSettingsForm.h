#pragma once

#include "address/AddressParser.h"
#include "smtp/ServerSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The "From" area until account profiles land: the sender's mailbox and a minimal server form
// (host, port, security, user, password). TODO(#4): replaced by a profile combo; the window only
// uses sender(), serverSettings() and trustFingerprint(), which a profile chooser can provide.
// Everything but the password is remembered in QSettings.
class SenderSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit SenderSettingsForm(QWidget *parent = nullptr);
    ~SenderSettingsForm() override;

    MailboxParse sender() const;
    QString senderText() const;
    void setSenderText(const QString &text);

    // Host, port, security, user and password from the form, plus the certificates and
    // fingerprints given with setServerSettings() or trusted since.
    ServerSettings serverSettings() const;
    void setServerSettings(const ServerSettings &settings);
    void trustFingerprint(const QString &sha256);

    // A sentence saying what to fill in, or empty when the form can be used to send.
    QString validationError() const;
    QWidget *firstInvalidWidget() const;
    QString serverKey() const; // "host:port", to remember what the server said last time

    void loadSettings();
    void saveSettings() const;

Q_SIGNALS:
    void serverChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_fromLineEdit = nullptr;
    QLineEdit *m_serverLineEdit = nullptr;
    QSpinBox *m_portSpinBox = nullptr;
    QComboBox *m_securityComboBox = nullptr;
    QLineEdit *m_userLineEdit = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    ServerSettings m_extra; // what the form does not show: CA certificates, pins, timeouts
};
