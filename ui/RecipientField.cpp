#include "RecipientField.h"

#include "ThemedIcon.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QScrollBar>

namespace {
constexpr int validateDelayMs = 700; // long enough not to flag an address while it is typed

bool isSeparator(QChar c)
{
    return c == u',' || c == u';';
}
} // namespace

RecipientField::RecipientField(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
{
    setClearButtonEnabled(true);

    m_invalidAction = addAction(ThemedIcon::coloured(QStringLiteral("dialog-warning")), QLineEdit::TrailingPosition);
    m_invalidAction->setObjectName(QStringLiteral("invalidAddressAction"));
    m_invalidAction->setVisible(false);
    connect(m_invalidAction, &QAction::triggered, this, [this] {
        if (!m_errorText.isEmpty())
            setToolTip(m_errorText);
    });

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(validateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &RecipientField::validate);
    connect(this, &QLineEdit::textChanged, this, [this] {
        // Typing fixes the error more often than it makes one: clear the mark now, judge later.
        if (!m_errorText.isEmpty() && text().trimmed().isEmpty())
            validate();
        m_validateTimer.start();
    });
    connect(this, &QLineEdit::textEdited, this, &RecipientField::offerCompletions);

    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &RecipientField::insertCompletion);
}

RecipientField::~RecipientField() = default;

AddressListParse RecipientField::parse() const
{
    return AddressParser::parseList(text());
}

void RecipientField::setCompletionModel(QAbstractItemModel *model)
{
    m_completer->setModel(model);
}

void RecipientField::validate()
{
    m_validateTimer.stop();
    const bool wasValid = isValid();
    if (text().trimmed().isEmpty()) {
        showInvalid({});
    } else {
        const AddressListParse result = parse();
        showInvalid(result.ok() ? QString() : result.error);
    }
    if (wasValid != isValid())
        Q_EMIT validityChanged(isValid());
}

void RecipientField::showInvalid(const QString &reason)
{
    if (m_errorText.isEmpty() && !reason.isEmpty())
        m_baseToolTip = toolTip();
    m_errorText = reason;
    m_invalidAction->setVisible(!reason.isEmpty());
    m_invalidAction->setToolTip(reason);
    setToolTip(reason.isEmpty() ? m_baseToolTip : reason);
    setAccessibleDescription(reason);
}

void RecipientField::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, the completer handles choosing and dismissing.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void RecipientField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_completer->popup()->isVisible())
        validate();
}

void RecipientField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !text().trimmed().isEmpty())
        validate(); // the parser's reason is translated
    QLineEdit::changeEvent(event);
}

int RecipientField::currentTokenStart() const
{
    const QString line = text();
    int start = qMin(cursorPosition(), int(line.size()));
    while (start > 0 && !isSeparator(line.at(start - 1)))
        --start;
    while (start < cursorPosition() && line.at(start).isSpace())
        ++start;
    return start;
}

void RecipientField::offerCompletions()
{
    if (!m_completer->model())
        return;
    const int start = currentTokenStart();
    const QString token = text().mid(start, cursorPosition() - start);
    if (token.size() < 1) {
        m_completer->popup()->hide();
        return;
    }
    if (token != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(token);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect popupRect = rect();
    popupRect.setWidth(qMax(width(),
        m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width()));
    m_completer->complete(popupRect);
}

void RecipientField::insertCompletion(const QString &completion)
{
    const QString line = text();
    const int start = currentTokenStart();
    int end = cursorPosition();
    while (end < line.size() && !isSeparator(line.at(end)))
        ++end;
    QString rest = line.mid(end);
    if (rest.startsWith(u',') || rest.startsWith(u';'))
        rest = rest.mid(1).trimmed();
    const QString head = line.left(start) + completion + QStringLiteral(", ");
    setText(head + rest);
    setCursorPosition(int(head.size()));
}
