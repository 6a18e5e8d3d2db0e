#pragma once

#include "ThemedIcon.h"

#include <QApplication>
#include <QMessageBox>

// The one shape every question and report in the windows takes: window-modal, named for tests
// and accessibility, deleted once answered, and shown with open() by the caller — never exec(),
// so no nested event loop runs while a send is in flight.
inline QMessageBox *windowModalBox(
    QWidget *parent, QMessageBox::Icon icon, const QString &objectName, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}

// Help → About Mailwright.
inline QMessageBox *aboutBox(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(QApplication::translate("ComposerWindow", "About Mailwright"));
    box->setIconPixmap(ThemedIcon::coloured(QStringLiteral("mailwright")).pixmap(64, 64));
    box->setText(QApplication::translate("ComposerWindow",
        "<h3>Mailwright %1</h3><p>A mail composer that shows its conversation with the server as it happens.</p>")
                     .arg(QApplication::applicationVersion()));
    box->setInformativeText(
        QApplication::translate("ComposerWindow", "Built with Qt %1.").arg(QString::fromLatin1(qVersion())));
    return box;
}
