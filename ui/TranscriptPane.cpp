#include "TranscriptPane.h"

#include "ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
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
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

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

TranscriptPane::TranscriptPane(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(QStringLiteral("transcriptPane"));
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);

    auto *content = new QWidget(this);

    m_filterLineEdit = new QLineEdit(content);
    m_filterLineEdit->setObjectName(QStringLiteral("transcriptFilterLineEdit"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->addAction(ThemedIcon::themed(QStringLiteral("search")), QLineEdit::LeadingPosition);
    connect(m_filterLineEdit, &QLineEdit::textChanged, this, [this] { rebuildView(); });

    const auto makeButton = [content](const char *name, const char *icon) {
        auto *button = new QToolButton(content);
        button->setObjectName(QLatin1String(name));
        button->setIcon(ThemedIcon::themed(QLatin1String(icon)));
        button->setAutoRaise(true);
        return button;
    };
    m_copyButton = makeButton("transcriptCopyButton", "copy");
    m_saveButton = makeButton("transcriptSaveButton", "save");
    m_clearButton = makeButton("transcriptClearButton", "clear");
    connect(m_copyButton, &QToolButton::clicked, this, &TranscriptPane::copyToClipboard);
    connect(m_saveButton, &QToolButton::clicked, this, &TranscriptPane::chooseSaveFile);
    connect(m_clearButton, &QToolButton::clicked, this, &TranscriptPane::clear);

    m_capabilitiesLabel = new QLabel(content);
    m_capabilitiesLabel->setObjectName(QStringLiteral("capabilitiesLabel"));
    m_tlsLabel = new QLabel(content);
    m_tlsLabel->setObjectName(QStringLiteral("tlsLabel"));
    for (QLabel *label : { m_capabilitiesLabel, m_tlsLabel }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setTextFormat(Qt::PlainText);
    }

    m_view = new QPlainTextEdit(content);
    m_view->setObjectName(QStringLiteral("transcriptPlainTextEdit"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(maxLines);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filterLineEdit, 1);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_clearButton);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(3);
    layout->addLayout(bar);
    layout->addWidget(m_capabilitiesLabel);
    layout->addWidget(m_tlsLabel);
    layout->addWidget(m_view, 1);
    setWidget(content);

    retranslate();
}

TranscriptPane::~TranscriptPane() = default;

QString TranscriptPane::filterText() const
{
    return m_filterLineEdit->text();
}

void TranscriptPane::setFilterText(const QString &text)
{
    m_filterLineEdit->setText(text);
}

bool TranscriptPane::isFollowing() const
{
    const QScrollBar *bar = m_view->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

QString TranscriptPane::lineText(const Line &line) const
{
    if (line.separator)
        return tr("──── %1 ────").arg(line.entry.text);
    return line.entry.toDisplayLine();
}

QStringList TranscriptPane::visibleLines() const
{
    QStringList lines;
    for (const Line &line : m_lines)
        if (matchesFilter(line))
            lines << lineText(line);
    return lines;
}

bool TranscriptPane::matchesFilter(const Line &line) const
{
    const QString filter = m_filterLineEdit->text().trimmed();
    return filter.isEmpty() || line.separator || lineText(line).contains(filter, Qt::CaseInsensitive);
}

void TranscriptPane::beginSession(const QString &serverName)
{
    Line line;
    line.separator = true;
    line.entry.direction = Smtp::Direction::Info;
    line.entry.text
        = tr("%1 — %2").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat), serverName);
    m_lines.append(line);
    appendToView(line);
    m_capabilities.clear();
    m_haveTls = false;
    updateSummary();
}

void TranscriptPane::append(const TranscriptEntry &entry)
{
    if (m_lines.size() >= maxLines) {
        m_lines.removeFirst();
        m_entries.removeFirst();
    }
    m_entries.append(entry);
    m_lines.append({ entry, false });
    if (matchesFilter(m_lines.constLast()))
        appendToView(m_lines.constLast());
}

void TranscriptPane::appendToView(const Line &line)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum();
    const int horizontal = m_view->horizontalScrollBar()->value();

    const QPalette palette = m_view->palette();
    QTextCharFormat timeFormat;
    timeFormat.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    QTextCharFormat textFormat;
    textFormat.setForeground(colourFor(line.entry.direction, palette));
    if (line.entry.direction == Smtp::Direction::Error || line.separator)
        textFormat.setFontWeight(QFont::Bold);

    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    if (line.separator) {
        cursor.insertText(lineText(line), textFormat);
    } else {
        const QString full = line.entry.toDisplayLine();
        const QString time = QString::number(double(line.entry.elapsedMs) / 1000.0, 'f', 3).rightJustified(8);
        if (full.startsWith(time)) {
            cursor.insertText(time, timeFormat);
            cursor.insertText(full.mid(time.size()), textFormat);
        } else {
            cursor.insertText(full, textFormat);
        }
    }

    if (follow)
        bar->setValue(bar->maximum());
    m_view->horizontalScrollBar()->setValue(horizontal);
}

void TranscriptPane::rebuildView()
{
    m_view->clear();
    for (const Line &line : std::as_const(m_lines))
        if (matchesFilter(line))
            appendToView(line);
}

void TranscriptPane::setCapabilities(const QStringList &capabilities)
{
    m_capabilities = capabilities;
    updateSummary();
}

void TranscriptPane::setTlsSummary(const TlsSummary &tls)
{
    m_tls = tls;
    m_haveTls = true;
    updateSummary();
}

void TranscriptPane::updateSummary()
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

void TranscriptPane::copyToClipboard()
{
    QString selected = m_view->textCursor().selectedText();
    // QTextCursor marks line breaks in a selection with U+2029.
    const QString text
        = selected.isEmpty() ? visibleLines().join(u'\n') : selected.replace(QChar::ParagraphSeparator, u'\n');
    QGuiApplication::clipboard()->setText(text);
}

bool TranscriptPane::saveToFile(const QString &path, QString *error) const
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

void TranscriptPane::chooseSaveFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/smtp-conversation-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".txt");
    auto *dialog = new QFileDialog(window(), tr("Save Conversation"), suggested, tr("Text files (*.txt)"));
    dialog->setObjectName(QStringLiteral("saveTranscriptFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
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

void TranscriptPane::clear()
{
    m_entries.clear();
    m_lines.clear();
    m_view->clear();
}

void TranscriptPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        rebuildView(); // the direction colours depend on the palette
    QDockWidget::changeEvent(event);
}

void TranscriptPane::retranslate()
{
    setWindowTitle(tr("Server Conversation"));
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
