#pragma once

#include "address/AddressParser.h"

#include <QLineEdit>
#include <QTimer>

class QAbstractItemModel;
class QAction;
class QCompleter;

// A line of addresses as people type or paste them ("Ann <ann@example.org>; bob@example.org").
// The text is checked shortly after typing pauses and when focus leaves; an invalid list gets a
// warning mark whose tooltip is the parser's reason. Completion offers addresses used before for
// the address being typed, not the whole line.
class RecipientField : public QLineEdit
{
    Q_OBJECT
public:
    explicit RecipientField(QWidget *parent = nullptr);
    ~RecipientField() override;

    AddressListParse parse() const; // the current text, parsed now
    bool isValid() const { return m_errorText.isEmpty(); } // as last checked; empty is valid
    QString errorText() const { return m_errorText; }
    void setCompletionModel(QAbstractItemModel *model);
    QCompleter *addressCompleter() const { return m_completer; }

public Q_SLOTS:
    void validate(); // check now and update the mark

Q_SIGNALS:
    void validityChanged(bool valid);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showInvalid(const QString &reason);
    void offerCompletions();
    void insertCompletion(const QString &completion);
    int currentTokenStart() const;

    QTimer m_validateTimer;
    QAction *m_invalidAction = nullptr;
    QCompleter *m_completer = nullptr;
    QString m_errorText;
    QString m_baseToolTip;
};
