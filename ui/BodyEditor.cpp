#include "BodyEditor.h"

#include "mime/HtmlToText.h"

#include "ThemedIcon.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QImageReader>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace {

constexpr int maxInlineImageWidth = 640; // shown scaled down; the file is sent as it is

QString withoutObjectMarks(QString text)
{
    // An inline image is one U+FFFC in the document's plain text.
    return text.remove(QChar::ObjectReplacementCharacter);
}

void forEachFragment(const QTextDocument *document, const std::function<bool(const QTextFragment &)> &visit)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().isValid() && !visit(it.fragment()))
                return;
}

} // namespace

BodyEditor::BodyEditor(QWidget *parent)
    : QWidget(parent)
    , m_textEdit(new QTextEdit(this))
    , m_toolBar(new QToolBar(this))
{
    m_textEdit->setObjectName(QStringLiteral("bodyTextEdit"));
    m_textEdit->setAcceptRichText(true);
    m_textEdit->setTabChangesFocus(false);
    m_toolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_toolBar->setIconSize(QSize(18, 18));

    m_modeComboBox = new QComboBox(m_toolBar);
    m_modeComboBox->setObjectName(QStringLiteral("modeComboBox"));
    m_modeComboBox->addItem(QString(), QVariant::fromValue(Mode::Html));
    m_modeComboBox->addItem(QString(), QVariant::fromValue(Mode::PlainText));
    connect(m_modeComboBox, &QComboBox::activated, this,
        [this](int index) { requestMode(m_modeComboBox->itemData(index).value<Mode>()); });
    m_toolBar->addWidget(m_modeComboBox);
    m_toolBar->addSeparator();

    m_fontComboBox = new QFontComboBox(m_toolBar);
    m_fontComboBox->setObjectName(QStringLiteral("fontComboBox"));
    m_fontComboBox->setMaximumWidth(180);
    connect(m_fontComboBox, &QFontComboBox::textActivated, this, [this](const QString &family) {
        QTextCharFormat format;
        format.setFontFamilies({ family });
        mergeFormat(format);
    });
    m_formatActions << m_toolBar->addWidget(m_fontComboBox);

    m_sizeComboBox = new QComboBox(m_toolBar);
    m_sizeComboBox->setObjectName(QStringLiteral("sizeComboBox"));
    m_sizeComboBox->setEditable(true);
    for (int size : QFontDatabase::standardSizes())
        m_sizeComboBox->addItem(QString::number(size));
    connect(m_sizeComboBox, &QComboBox::textActivated, this, [this](const QString &text) {
        const qreal size = text.toDouble();
        if (size <= 0)
            return;
        QTextCharFormat format;
        format.setFontPointSize(size);
        mergeFormat(format);
    });
    m_formatActions << m_toolBar->addWidget(m_sizeComboBox);

    const auto addAction = [this](const char *name, const char *icon, const QKeySequence &shortcut = {}) {
        auto *action = m_toolBar->addAction(ThemedIcon::themed(QLatin1String(icon)), QString());
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        // Shortcuts of the editor as a whole: they fire while the person types in the text,
        // not only when the toolbar has the focus.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action);
        m_formatActions << action;
        return action;
    };
    m_boldAction = addAction("boldAction", "format-bold", QKeySequence::Bold);
    m_boldAction->setCheckable(true);
    connect(m_boldAction, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(format);
    });
    m_italicAction = addAction("italicAction", "format-italic", QKeySequence::Italic);
    m_italicAction->setCheckable(true);
    connect(m_italicAction, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        mergeFormat(format);
    });
    m_underlineAction = addAction("underlineAction", "format-underline", QKeySequence::Underline);
    m_underlineAction->setCheckable(true);
    connect(m_underlineAction, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        mergeFormat(format);
    });
    m_colourAction = addAction("colourAction", "text-color");
    connect(m_colourAction, &QAction::triggered, this, &BodyEditor::chooseColour);
    m_formatActions << m_toolBar->addSeparator();

    const auto toggleList = [this](QTextListFormat::Style style) {
        QTextCursor cursor = m_textEdit->textCursor();
        cursor.beginEditBlock();
        QTextList *list = cursor.currentList();
        if (list && list->format().style() == style) {
            QTextBlock block = m_textEdit->document()->findBlock(cursor.selectionStart());
            const QTextBlock last = m_textEdit->document()->findBlock(cursor.selectionEnd());
            while (block.isValid()) {
                if (QTextList *blockList = block.textList())
                    blockList->remove(block);
                QTextCursor blockCursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                blockCursor.setBlockFormat(format);
                if (block == last)
                    break;
                block = block.next();
            }
        } else if (list) {
            QTextListFormat format = list->format();
            format.setStyle(style);
            list->setFormat(format);
        } else {
            cursor.createList(style);
        }
        cursor.endEditBlock();
        updateActions();
    };
    m_bulletAction = addAction("bulletListAction", "list-bullet");
    m_bulletAction->setCheckable(true);
    connect(m_bulletAction, &QAction::triggered, this, [toggleList] { toggleList(QTextListFormat::ListDisc); });
    m_numberedAction = addAction("numberedListAction", "list-numbered");
    m_numberedAction->setCheckable(true);
    connect(m_numberedAction, &QAction::triggered, this, [toggleList] { toggleList(QTextListFormat::ListDecimal); });
    m_formatActions << m_toolBar->addSeparator();

    auto *alignGroup = new QActionGroup(this);
    m_alignLeftAction = addAction("alignLeftAction", "align-left");
    m_alignCentreAction = addAction("alignCenterAction", "align-center");
    m_alignRightAction = addAction("alignRightAction", "align-right");
    m_justifyAction = addAction("justifyAction", "align-justify");
    const QList<QPair<QAction *, Qt::Alignment>> alignments = {
        { m_alignLeftAction, Qt::AlignLeft | Qt::AlignAbsolute },
        { m_alignCentreAction, Qt::AlignHCenter },
        { m_alignRightAction, Qt::AlignRight | Qt::AlignAbsolute },
        { m_justifyAction, Qt::AlignJustify },
    };
    for (const auto &[action, alignment] : alignments) {
        action->setCheckable(true);
        alignGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, alignment = alignment] {
            m_textEdit->setAlignment(alignment);
            updateActions();
        });
    }
    m_formatActions << m_toolBar->addSeparator();

    m_linkAction = addAction("linkAction", "link", QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(m_linkAction, &QAction::triggered, this, &BodyEditor::chooseLink);
    m_imageAction = addAction("insertImageAction", "insert-image");
    connect(m_imageAction, &QAction::triggered, this, &BodyEditor::chooseImage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_textEdit, 1);
    setFocusProxy(m_textEdit);

    connect(m_textEdit, &QTextEdit::currentCharFormatChanged, this, &BodyEditor::updateActions);
    connect(m_textEdit, &QTextEdit::cursorPositionChanged, this, &BodyEditor::updateActions);
    connect(m_textEdit, &QTextEdit::textChanged, this, &BodyEditor::textChanged);

    retranslate();
    setMode(Mode::Html);
}

BodyEditor::~BodyEditor() = default;

void BodyEditor::requestMode(Mode mode)
{
    if (mode == m_mode)
        return;
    if (mode == Mode::Html || !hasFormatting()) {
        setMode(mode);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Switch to Plain Text?"),
        tr("Switching to plain text removes the formatting, links and inline images. The text itself stays."),
        QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("plainTextWarningMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->addButton(tr("Switch to Plain Text"), QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(tr("Keep Formatting"), QMessageBox::RejectRole));
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            setMode(Mode::PlainText);
        else
            m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(QVariant::fromValue(m_mode)));
    });
    connect(box, &QMessageBox::rejected, this,
        [this] { m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(QVariant::fromValue(m_mode))); });
    box->open();
}

void BodyEditor::setMode(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    if (mode == Mode::PlainText) {
        const QString text = withoutObjectMarks(m_textEdit->toPlainText());
        m_textEdit->setAcceptRichText(false);
        m_textEdit->setCurrentCharFormat(QTextCharFormat());
        m_textEdit->setPlainText(text);
        // setPlainText() keeps the format the cursor had; plain text has none.
        QTextCursor all(m_textEdit->document());
        all.select(QTextCursor::Document);
        all.setCharFormat(QTextCharFormat());
        all.setBlockFormat(QTextBlockFormat());
        m_textEdit->setCurrentCharFormat(QTextCharFormat());
        m_imageFiles.clear();
    } else {
        m_textEdit->setAcceptRichText(true);
    }
    for (QAction *action : std::as_const(m_formatActions))
        action->setEnabled(mode == Mode::Html);
    m_modeComboBox->setCurrentIndex(m_modeComboBox->findData(QVariant::fromValue(mode)));
    updateActions();
    if (changed)
        Q_EMIT modeChanged(mode);
}

QString BodyEditor::plainText() const
{
    return withoutObjectMarks(m_textEdit->toPlainText());
}

QString BodyEditor::html() const
{
    return m_mode == Mode::Html ? m_textEdit->toHtml() : QString();
}

void BodyEditor::setPlainText(const QString &text)
{
    m_textEdit->setPlainText(text);
}

void BodyEditor::setHtml(const QString &html)
{
    setMode(Mode::Html);
    m_textEdit->setHtml(html);
}

bool BodyEditor::isEmpty() const
{
    return m_textEdit->document()->isEmpty();
}

bool BodyEditor::isUntouched() const
{
    return isEmpty() || (!m_signatureDocument.isEmpty() && m_textEdit->toHtml() == m_signatureDocument);
}

void BodyEditor::setSignature(const QString &plain, const QString &html)
{
    if (!isUntouched())
        return;
    const QSignalBlocker quiet(this);
    if (plain.isEmpty() && html.isEmpty()) {
        if (!isEmpty())
            setPlainText(QString()); // the previous profile's signature
        m_signatureDocument.clear();
        return;
    }
    // "-- " on a line of its own marks a signature (RFC 3676 §4.3); a signature written with its
    // own delimiter keeps it, and gets no second one. Paragraphs without margins: a margin would
    // carry over to every line typed above the signature.
    static const QRegularExpression delimiter(QStringLiteral("^--[ \u00A0]?(\n|$)"));
    const QString ownPlain = QString(plain).remove(delimiter);
    if (m_mode == Mode::Html) {
        // Lines without paragraph margins: an empty one to type in, an empty one above the
        // signature ("-qt-paragraph-type:empty" keeps Qt from making their <br> a line break),
        // the delimiter, then the signature as its author wrote it.
        static const QString line = QStringLiteral("<p style=\"margin-top:0; margin-bottom:0\">");
        static const QString emptyLine
            = QStringLiteral("<p style=\"-qt-paragraph-type:empty; margin-top:0; margin-bottom:0\"><br></p>");
        QString document = emptyLine + emptyLine;
        if (html.isEmpty() || !HtmlToText::convert(html).contains(delimiter))
            document += line + QStringLiteral("-- </p>");
        if (html.isEmpty())
            document += line + ownPlain.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
        else
            document += QStringLiteral("<div>") + html + QStringLiteral("</div>");
        setHtml(document);
    } else {
        setPlainText(QStringLiteral("\n\n-- \n") + ownPlain);
    }
    m_signatureDocument = m_textEdit->toHtml();
    m_textEdit->moveCursor(QTextCursor::Start);
}

bool BodyEditor::hasFormatting() const
{
    const QTextDocument *document = m_textEdit->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.textList())
            return true;
        const QTextBlockFormat format = block.blockFormat();
        if (format.hasProperty(QTextFormat::BlockAlignment)
            && !(format.alignment() & (Qt::AlignLeft | Qt::AlignLeading)))
            return true;
        if (format.indent() > 0)
            return true;
    }
    bool formatted = false;
    forEachFragment(document, [&formatted](const QTextFragment &fragment) {
        const QTextCharFormat format = fragment.charFormat();
        formatted = format.isImageFormat() || format.isAnchor() || format.fontWeight() > QFont::Normal
            || format.fontItalic() || format.fontUnderline() || format.fontStrikeOut()
            || format.hasProperty(QTextFormat::ForegroundBrush) || format.hasProperty(QTextFormat::BackgroundBrush)
            || format.hasProperty(QTextFormat::FontFamilies) || format.hasProperty(QTextFormat::FontPointSize);
        return !formatted;
    });
    return formatted;
}

void BodyEditor::fillMessage(Message &message) const
{
    message.plainBody = plainText();
    message.htmlBody.clear();
    message.inlineImages.clear();
    if (m_mode != Mode::Html)
        return;
    message.htmlBody = html();
    QStringList seen;
    forEachFragment(m_textEdit->document(), [this, &message, &seen](const QTextFragment &fragment) {
        const QTextCharFormat format = fragment.charFormat();
        if (!format.isImageFormat())
            return true;
        const QString name = format.toImageFormat().name();
        if (!name.startsWith(QLatin1String("cid:")))
            return true;
        const QString contentId = name.mid(4);
        if (seen.contains(contentId) || !m_imageFiles.contains(contentId))
            return true;
        seen << contentId;
        Attachment image;
        image.filePath = m_imageFiles.value(contentId);
        image.contentId = contentId;
        message.inlineImages << image;
        return true;
    });
}

bool BodyEditor::insertImage(const QString &filePath)
{
    QImageReader reader(filePath);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return false;
    if (m_mode != Mode::Html)
        setMode(Mode::Html);
    // RFC 2392: "cid:" names a body part by its Content-ID, which must be unique worldwide.
    const QString contentId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@mailwright");
    const QString name = QStringLiteral("cid:") + contentId;
    m_textEdit->document()->addResource(QTextDocument::ImageResource, QUrl(name), image);
    m_imageFiles.insert(contentId, QFileInfo(filePath).absoluteFilePath());

    QTextImageFormat format;
    format.setName(name);
    if (image.width() > maxInlineImageWidth) {
        format.setWidth(maxInlineImageWidth);
        format.setHeight(qreal(image.height()) * maxInlineImageWidth / image.width());
    }
    m_textEdit->textCursor().insertImage(format);
    return true;
}

void BodyEditor::insertLink(const QString &url, const QString &text)
{
    if (url.trimmed().isEmpty())
        return;
    QTextCursor cursor = m_textEdit->textCursor();
    QTextCharFormat link;
    link.setAnchor(true);
    link.setAnchorHref(url.trimmed());
    link.setFontUnderline(true);
    link.setForeground(palette().color(QPalette::Link));
    cursor.beginEditBlock();
    if (cursor.hasSelection()) {
        cursor.mergeCharFormat(link);
    } else {
        const QTextCharFormat previous = cursor.charFormat();
        cursor.insertText(text.isEmpty() ? url.trimmed() : text, link);
        QTextCharFormat plain = previous;
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        m_textEdit->setTextCursor(cursor);
        m_textEdit->setCurrentCharFormat(plain); // typing on does not extend the link
    }
    cursor.endEditBlock();
}

void BodyEditor::chooseImage()
{
    QStringList patterns;
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    for (const QByteArray &format : formats)
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    auto *dialog = new QFileDialog(window(), tr("Insert Image"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), tr("Images (%1)").arg(patterns.join(u' ')));
    dialog->setObjectName(QStringLiteral("insertImageFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (insertImage(path))
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Insert Image"),
            tr("%1 is not an image that can be shown.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, window());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}

void BodyEditor::chooseLink()
{
    const QString selected = m_textEdit->textCursor().selectedText().trimmed();
    auto *dialog = new QInputDialog(window());
    dialog->setObjectName(QStringLiteral("linkInputDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Insert Link"));
    dialog->setLabelText(tr("Web address (URL):"));
    dialog->setTextValue(selected.contains(QLatin1String("://")) ? selected : QStringLiteral("https://"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &url) { insertLink(url); });
    dialog->open();
}

void BodyEditor::chooseColour()
{
    auto *dialog = new QColorDialog(m_textEdit->textColor(), window());
    dialog->setObjectName(QStringLiteral("textColourDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Text Colour"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &colour) {
        QTextCharFormat format;
        format.setForeground(colour);
        mergeFormat(format);
    });
    dialog->open();
}

void BodyEditor::mergeFormat(const QTextCharFormat &format)
{
    if (m_mode != Mode::Html)
        return;
    m_textEdit->mergeCurrentCharFormat(format);
    m_textEdit->setFocus();
    updateActions();
}

void BodyEditor::updateActions()
{
    const QTextCharFormat format = m_textEdit->currentCharFormat();
    m_boldAction->setChecked(format.fontWeight() > QFont::Normal);
    m_italicAction->setChecked(format.fontItalic());
    m_underlineAction->setChecked(format.fontUnderline());

    const QFont font = format.font();
    const QStringList families = format.fontFamilies().toStringList();
    m_fontComboBox->setCurrentFont(families.isEmpty() ? m_textEdit->font() : QFont(families.constFirst()));
    const qreal pointSize
        = format.hasProperty(QTextFormat::FontPointSize) ? format.fontPointSize() : m_textEdit->font().pointSizeF();
    m_sizeComboBox->setEditText(QString::number(pointSize));

    const QTextList *list = m_textEdit->textCursor().currentList();
    m_bulletAction->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_numberedAction->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);

    const Qt::Alignment alignment = m_textEdit->alignment();
    if (alignment & Qt::AlignHCenter)
        m_alignCentreAction->setChecked(true);
    else if (alignment & Qt::AlignRight)
        m_alignRightAction->setChecked(true);
    else if (alignment & Qt::AlignJustify)
        m_justifyAction->setChecked(true);
    else
        m_alignLeftAction->setChecked(true);

    updateColourIcon(format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color()
                                                                      : palette().color(QPalette::Text));
}

void BodyEditor::updateColourIcon(const QColor &colour)
{
    // The tinted "A" with a bar in the colour the next typed text will have.
    const qreal ratio = devicePixelRatioF();
    const QSize size = m_toolBar->iconSize();
    QPixmap pixmap = ThemedIcon::themed(QStringLiteral("text-color")).pixmap(size, ratio);
    pixmap.setDevicePixelRatio(ratio);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal unit = size.height() / 24.0;
    painter.fillRect(QRectF(2 * unit, 18.5 * unit, 20 * unit, 5 * unit), colour);
    painter.end();
    QIcon icon(pixmap);
    icon.addPixmap(
        ThemedIcon::themed(QStringLiteral("text-color")).pixmap(size, ratio, QIcon::Disabled), QIcon::Disabled);
    m_colourAction->setIcon(icon);
}

void BodyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        updateActions();
    QWidget::changeEvent(event);
}

void BodyEditor::retranslate()
{
    m_modeComboBox->setItemText(0, tr("Rich text (HTML)"));
    m_modeComboBox->setItemText(1, tr("Plain text"));
    m_modeComboBox->setAccessibleName(tr("Text format"));
    m_modeComboBox->setToolTip(tr("Send formatted (HTML) or plain text"));
    m_fontComboBox->setAccessibleName(tr("Font"));
    m_fontComboBox->setToolTip(tr("Font"));
    m_sizeComboBox->setAccessibleName(tr("Font size"));
    m_sizeComboBox->setToolTip(tr("Font size"));
    m_boldAction->setText(tr("Bold"));
    m_italicAction->setText(tr("Italic"));
    m_underlineAction->setText(tr("Underline"));
    m_colourAction->setText(tr("Text Colour…"));
    m_bulletAction->setText(tr("Bulleted List"));
    m_numberedAction->setText(tr("Numbered List"));
    m_alignLeftAction->setText(tr("Align Left"));
    m_alignCentreAction->setText(tr("Centre"));
    m_alignRightAction->setText(tr("Align Right"));
    m_justifyAction->setText(tr("Justify"));
    m_linkAction->setText(tr("Insert Link…"));
    m_imageAction->setText(tr("Insert Image…"));
    m_textEdit->setAccessibleName(tr("Message text"));
    m_textEdit->setPlaceholderText(tr("Write your message here"));
    m_toolBar->setAccessibleName(tr("Formatting"));
    m_toolBar->setWindowTitle(tr("Formatting"));
}
