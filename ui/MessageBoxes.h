#pragma once

#include <QMessageBox>

// The one shape every question and report in the windows takes: window-modal, named for tests
// and accessibility, deleted once answered, and shown with open() by the caller — never exec(),
// so no nested event loop runs while a send is in flight.
inline QMessageBox *windowModalBox(QWidget *parent, QMessageBox::Icon icon, const QString &objectName,
    const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    return box;
}
