#pragma once

#include "smtp/SendResult.h"

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

// Asks whether to trust a server certificate that could not be verified: shows who it names,
// who issued it, when it is valid, its SHA-256 fingerprint and what is wrong with it, and says
// plainly what trusting means (this one certificate, for this one profile). It only asks:
// whoever opened it pins fingerprint() when it is accepted. Cancel is the default.
class CertificateDialog : public QDialog
{
    Q_OBJECT
public:
    CertificateDialog(const TlsSummary &tls, const QString &serverName, const QString &profileName,
                      QWidget *parent = nullptr);
    ~CertificateDialog() override;

    QString fingerprint() const { return m_tls.sha256Fingerprint; } // as the session reported it

private:
    void copyFingerprint();

    TlsSummary m_tls;
    QLabel *m_fingerprintLabel = nullptr;
    QToolButton *m_copyButton = nullptr;
    QPushButton *m_trustButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
