#pragma once

// Finding and answering widgets by object name, as the GUI tests drive the windows.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QWidget>

template<typename T> T *child(QWidget *window, const QString &name)
{
    T *widget = window->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

// The visible message box with this object name, once it is shown (boxes are opened with
// open(); answered ones linger hidden until their deferred delete runs).
inline QMessageBox *openBox(QWidget *window, const QString &name)
{
    for (int i = 0; i < 100; ++i) {
        const QList<QMessageBox *> boxes = window->findChildren<QMessageBox *>(name);
        for (QMessageBox *box : boxes) {
            if (box->isVisible())
                return box;
        }
        QTest::qWait(20);
    }
    return nullptr;
}

// Clicks the box's button with that role; false when it has none.
[[nodiscard]] inline bool clickButtonWithRole(QMessageBox *box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton *> buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (box->buttonRole(button) == role) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}
