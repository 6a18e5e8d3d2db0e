#include "TranscriptView.h"

#include "send/SendController.h"

#include "ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxLines = 100'000; // a session summarises the body, so this is many sessions

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Chosen to read on both the light and the dark base colour of the palette.
QColor colourFor(Smtp::Direction direction, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (direction) {
    case Smtp::Direction::Client:
        return dark ? QColor(0x8a, 0xb8, 0xff) : QColor(0x1a, 0x56, 0xb8);
    case Smtp::Direction::Server:
        return dark ? QColor(0x86, 0xd9, 0x9c) : QColor(0x17, 0x6b, 0x33);
    case Smtp::Direction::Tls:
        return dark ? QColor(0xd0, 0xaa, 0xff) : QColor(0x75, 0x36, 0xa8);
    case Smtp::Direction::Info:
        return palette.color(QPalette::Disabled, QPalette::Text);
    case Smtp::Direction::Error:
        return dark ? QColor(0xff, 0x85, 0x80) : QColor(0xb8, 0x1d, 0x24);
    }
    return palette.color(QPalette::Text);
}

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent)
    , m_tools(Tool::Filter | Tool::Copy | Tool::Save | Tool::Clear)
{
    setObjectName(u"transcriptView"_s);

    m_filterLineEdit = new QLineEdit(this);
    m_filterLineEdit->setObjectName(u"transcriptFilterLineEdit"_s);
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->addAction(ThemedIcon::themed(u"search"_s), QLineEdit::LeadingPosition);
    connect(m_filterLineEdit, &QLineEdit::textChanged, this, [this] { rebuildView(); });

    const auto makeButton = [this](const QString &name, const QString &icon) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setIcon(ThemedIcon::themed(icon));
        button->setAutoRaise(true);
        return button;
    };
    m_copyButton = makeButton(u"transcriptCopyButton"_s, u"copy"_s);
    m_saveButton = makeButton(u"transcriptSaveButton"_s, u"save"_s);
    m_clearButton = makeButton(u"transcriptClearButton"_s, u"clear"_s);
    connect(m_copyButton, &QToolButton::clicked, this, &TranscriptView::copyToClipboard);
    connect(m_saveButton, &QToolButton::clicked, this, &TranscriptView::chooseSaveFile);
    connect(m_clearButton, &QToolButton::clicked, this, &TranscriptView::clear);

    m_capabilitiesLabel = new QLabel(this);
    m_capabilitiesLabel->setObjectName(u"capabilitiesLabel"_s);
    m_tlsLabel = new QLabel(this);
    m_tlsLabel->setObjectName(u"tlsLabel"_s);
    for (QLabel *label : { m_capabilitiesLabel, m_tlsLabel }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
    }

    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(u"transcriptPlainTextEdit"_s);
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(maxLines);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_view->installEventFilter(this);
    QScrollBar *lines = m_view->verticalScrollBar();
    connect(lines, &QScrollBar::rangeChanged, this, [this, lines](int, int maximum) {
        if (m_following)
            lines->setValue(maximum);
    });
    connect(lines, &QScrollBar::valueChanged, this, [this, lines](int value) {
        m_following = value >= lines->maximum();
        if (m_following)
            m_unseen = 0;
        updateNewLinesButton();
    });

    m_newLinesButton = new QToolButton(m_view);
    m_newLinesButton->setObjectName(u"transcriptNewLinesButton"_s);
    m_newLinesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newLinesButton->setCursor(Qt::PointingHandCursor);
    m_newLinesButton->hide();
    connect(m_newLinesButton, &QToolButton::clicked, this, &TranscriptView::scrollToNewest);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filterLineEdit, 1);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(bar);
    layout->addWidget(m_capabilitiesLabel);
    layout->addWidget(m_tlsLabel);
    layout->addWidget(m_view, 1);

    retranslate();
}

TranscriptView::~TranscriptView() = default;

void TranscriptView::follow(SendController *controller)
{
    connect(controller, &SendController::sessionStarted, this, &TranscriptView::beginSession);
    connect(controller, &SendController::transcript, this, &TranscriptView::append);
    connect(controller, &SendController::capabilitiesChanged, this, &TranscriptView::setCapabilities);
    connect(controller, &SendController::tlsEstablished, this, &TranscriptView::setTlsSummary);
}

void TranscriptView::setTools(Tools tools)
{
    m_tools = tools;
    m_filterLineEdit->setVisible(tools.testFlag(Tool::Filter));
    m_copyButton->setVisible(tools.testFlag(Tool::Copy));
    m_saveButton->setVisible(tools.testFlag(Tool::Save));
    m_clearButton->setVisible(tools.testFlag(Tool::Clear));
}

QString TranscriptView::filterText() const
{
    return m_filterLineEdit->text();
}

void TranscriptView::setFilterText(const QString &text)
{
    m_filterLineEdit->setText(text);
}

bool TranscriptView::isFollowing() const
{
    return m_following;
}

void TranscriptView::scrollToNewest()
{
    m_following = true;
    m_unseen = 0;
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    updateNewLinesButton();
}

void TranscriptView::updateNewLinesButton()
{
    m_newLinesButton->setVisible(!m_following && m_unseen > 0);
    if (!m_newLinesButton->isVisible())
        return;
    m_newLinesButton->setText(tr("%n new line(s) ↓", nullptr, m_unseen));
    m_newLinesButton->adjustSize();
    // Bottom right of the lines, clear of the scroll bar.
    const QRect area = m_view->viewport()->geometry();
    const QSize size = m_newLinesButton->sizeHint();
    m_newLinesButton->move(area.right() - size.width() - 8, area.bottom() - size.height() - 8);
    m_newLinesButton->raise();
}

bool TranscriptView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        updateNewLinesButton();
    return QWidget::eventFilter(watched, event);
}

QString TranscriptView::lineText(const Line &line) const
{
    if (line.separator)
        return tr("──── %1 ────").arg(line.entry.text);
    return line.entry.toDisplayLine();
}

QStringList TranscriptView::visibleLines() const
{
    QStringList lines;
    for (const Line &line : m_lines)
        if (matchesFilter(line))
            lines << lineText(line);
    return lines;
}

bool TranscriptView::matchesFilter(const Line &line) const
{
    const QString filter = m_filterLineEdit->text().trimmed();
    return filter.isEmpty() || line.separator || lineText(line).contains(filter, Qt::CaseInsensitive);
}

void TranscriptView::beginSession(const QString &serverName)
{
    Line line;
    line.separator = true;
    line.entry.direction = Smtp::Direction::Info;
    line.entry.text
        = tr("%1 — %2").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat), serverName);
    m_lines.append(line);
    appendToView(line);
    scrollToNewest(); // a new send is what the person wants to watch
    m_capabilities.clear();
    m_haveTls = false;
    updateSummary();
}

void TranscriptView::append(const TranscriptEntry &entry)
{
    if (m_lines.size() >= maxLines) {
        // Separators carry no entry, so only drop from m_entries when the first line is one.
        if (!m_lines.constFirst().separator && !m_entries.isEmpty())
            m_entries.removeFirst();
        m_lines.removeFirst();
    }
    m_entries.append(entry);
    m_lines.append({ entry, false });
    if (matchesFilter(m_lines.constLast()))
        appendToView(m_lines.constLast());
}

void TranscriptView::setEntries(const QList<TranscriptEntry> &entries)
{
    m_entries = entries.size() > maxLines ? entries.mid(entries.size() - maxLines) : entries;
    m_lines.clear();
    m_lines.reserve(m_entries.size());
    for (const TranscriptEntry &entry : std::as_const(m_entries))
        m_lines.append({ entry, false });
    rebuildView();
    // A finished conversation reads from the greeting.
    m_view->verticalScrollBar()->setValue(0);
    m_view->horizontalScrollBar()->setValue(0);
}

void TranscriptView::insertLine(QTextCursor &cursor, const Line &line) const
{
    const QPalette palette = m_view->palette();
    QTextCharFormat timeFormat;
    timeFormat.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    QTextCharFormat textFormat;
    textFormat.setForeground(colourFor(line.entry.direction, palette));
    if (line.entry.direction == Smtp::Direction::Error || line.separator)
        textFormat.setFontWeight(QFont::Bold);

    if (line.separator) {
        cursor.insertText(lineText(line), textFormat);
        return;
    }
    const QString full = line.entry.toDisplayLine();
    const QString time = QString::number(double(line.entry.elapsedMs) / 1000.0, 'f', 3).rightJustified(8);
    if (full.startsWith(time)) {
        cursor.insertText(time, timeFormat);
        cursor.insertText(full.mid(time.size()), textFormat);
    } else {
        cursor.insertText(full, textFormat);
    }
}

void TranscriptView::appendToView(const Line &line)
{
    const int horizontal = m_view->horizontalScrollBar()->value();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    insertLine(cursor, line);
    m_view->horizontalScrollBar()->setValue(horizontal);

    if (m_following) {
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    } else {
        ++m_unseen;
        updateNewLinesButton();
    }
}

void TranscriptView::rebuildView()
{
    m_view->clear();
    // One edit block: the document lays out once, not once per line.
    QTextCursor cursor(m_view->document());
    cursor.beginEditBlock();
    bool first = true;
    for (const Line &line : std::as_const(m_lines)) {
        if (!matchesFilter(line))
            continue;
        if (!first)
            cursor.insertBlock();
        insertLine(cursor, line);
        first = false;
    }
    cursor.endEditBlock();
    scrollToNewest();
}

void TranscriptView::setCapabilities(const QStringList &capabilities)
{
    m_capabilities = capabilities;
    updateSummary();
}

void TranscriptView::setTlsSummary(const TlsSummary &tls)
{
    m_tls = tls;
    m_haveTls = true;
    updateSummary();
}

void TranscriptView::updateSummary()
{
    m_capabilitiesLabel->setVisible(!m_capabilities.isEmpty());
    m_capabilitiesLabel->setText(tr("Server offers: %1").arg(m_capabilities.join(tr(", "))));

    m_tlsLabel->setVisible(m_haveTls);
    if (!m_haveTls)
        return;
    if (!m_tls.encrypted) {
        m_tlsLabel->setText(tr("Not encrypted: the connection was in plain text."));
        return;
    }
    QString trust;
    if (m_tls.pinned)
        trust = tr("trusted by its pinned fingerprint");
    else if (m_tls.verificationErrors.isEmpty())
        trust = tr("certificate verified");
    else
        trust = tr("certificate problems: %1").arg(m_tls.verificationErrors.join(tr("; ")));
    m_tlsLabel->setText(tr("Encrypted: %1, %2 · certificate for %3, issued by %4, valid until %5 · %6")
                            .arg(m_tls.protocol, m_tls.cipher, m_tls.subject, m_tls.issuer,
                                QLocale().toString(m_tls.notAfter.date(), QLocale::ShortFormat), trust));
    m_tlsLabel->setToolTip(tr("SHA-256 fingerprint: %1").arg(m_tls.sha256Fingerprint));
}

void TranscriptView::copyToClipboard()
{
    QString selected = m_view->textCursor().selectedText();
    // QTextCursor marks line breaks in a selection with U+2029.
    const QString text
        = selected.isEmpty() ? visibleLines().join(u'\n') : selected.replace(QChar::ParagraphSeparator, u'\n');
    QGuiApplication::clipboard()->setText(text);
}

bool TranscriptView::saveToFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(visibleLines().join(u'\n').toUtf8());
    file.write("\n");
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void TranscriptView::chooseSaveFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + u"/smtp-conversation-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) + u".txt"_s;
    auto *dialog = new QFileDialog(window(), tr("Save Conversation"), suggested, tr("Text files (*.txt)"));
    dialog->setObjectName(u"saveTranscriptFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"txt"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveToFile(path, &error))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Conversation"),
            tr("The conversation could not be saved to %1: %2").arg(QDir::toNativeSeparators(path), error),
            QMessageBox::Ok, window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void TranscriptView::clear()
{
    m_entries.clear();
    m_lines.clear();
    m_view->clear();
    scrollToNewest();
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        rebuildView(); // the direction colours depend on the palette
    QWidget::changeEvent(event);
}

void TranscriptView::retranslate()
{
    m_filterLineEdit->setPlaceholderText(tr("Filter lines"));
    m_filterLineEdit->setAccessibleName(tr("Filter the conversation"));
    m_copyButton->setToolTip(tr("Copy the selection, or every shown line"));
    m_copyButton->setAccessibleName(tr("Copy conversation"));
    m_saveButton->setToolTip(tr("Save the shown lines as a text file"));
    m_saveButton->setAccessibleName(tr("Save conversation"));
    m_clearButton->setToolTip(tr("Clear the conversation"));
    m_clearButton->setAccessibleName(tr("Clear conversation"));
    m_view->setAccessibleName(tr("Server conversation"));
    m_capabilitiesLabel->setAccessibleName(tr("Server capabilities"));
    m_tlsLabel->setAccessibleName(tr("Encryption"));
    updateSummary();
}
