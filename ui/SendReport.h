#pragma once

#include "smtp/SendResult.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

// How a send ended, told to the person: a line for the status bar and, unless they cancelled
// it themselves, a window-modal report (object name "sendReportMessageBox"; "sendProblemMessageBox"
// for a problem found before anything connected) that quotes the server and offers the next step
// the result allows — view and trust a certificate, enter the password again.
class SendReport
{
    Q_DECLARE_TR_FUNCTIONS(SendReport)
public:
    enum class NextStep {
        None,
        ViewCertificate, // the certificate could not be verified: compare it, maybe trust it
        EnterPassword, // the server refused the password
    };

    static QString statusLine(const SendResult &result);
    // Null for a cancelled send: the person knows. `chosen` runs once the box is answered, with
    // the step the person picked (None for OK).
    static QMessageBox *box(QWidget *parent, const SendResult &result, std::function<void(NextStep)> chosen);
};
