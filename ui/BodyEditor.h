#pragma once

#include "mime/Message.h"

#include <QHash>
#include <QWidget>

class QAction;
class QActionGroup;
class QComboBox;
class QFontComboBox;
class QTextCharFormat;
class QTextEdit;
class QToolBar;

// The message text: rich (HTML) with a formatting toolbar, or plain. Switching rich → plain
// asks first when formatting would be lost; plain → rich keeps the text as it is. Inline images
// live in the document under "cid:" names, so the HTML it produces refers to them the way a
// multipart/related message does (RFC 2392).
class BodyEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Html, PlainText };
    Q_ENUM(Mode)

    explicit BodyEditor(QWidget *parent = nullptr);
    ~BodyEditor() override;

    Mode mode() const { return m_mode; }
    // Rich → plain with formatting in the text opens a window-modal question (object name
    // "plainTextWarningMessageBox") and switches only when the person agrees.
    void requestMode(Mode mode);

    QString plainText() const;
    QString html() const; // empty in plain-text mode
    void setPlainText(const QString &text);
    void setHtml(const QString &html);
    bool isEmpty() const;
    bool hasFormatting() const; // something rich → plain would lose

    // A profile's signature, below an empty first line, in a body nobody has written in:
    // nothing typed is ever replaced. An empty signature removes the one put there before.
    // The change is not an edit (textChanged is not emitted).
    void setSignature(const QString &plain, const QString &html);
    bool isUntouched() const; // empty, or holding only the signature setSignature() put there

    // Fills plainBody, or htmlBody with the inline images it still shows.
    void fillMessage(Message &message) const;
    // Inserts the image at the cursor; false when the file is not an image Qt can read.
    bool insertImage(const QString &filePath);
    void insertLink(const QString &url, const QString &text = {});

    QTextEdit *textEdit() const { return m_textEdit; }
    QToolBar *toolBar() const { return m_toolBar; }

public Q_SLOTS:
    void chooseImage();
    void chooseLink();
    void chooseColour();

Q_SIGNALS:
    void modeChanged(BodyEditor::Mode mode);
    void textChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void setMode(Mode mode);
    void mergeFormat(const QTextCharFormat &format);
    void updateActions();
    void updateColourIcon(const QColor &colour);
    void retranslate();

    Mode m_mode = Mode::Html;
    QTextEdit *m_textEdit = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_modeComboBox = nullptr;
    QFontComboBox *m_fontComboBox = nullptr;
    QComboBox *m_sizeComboBox = nullptr;
    QAction *m_boldAction = nullptr;
    QAction *m_italicAction = nullptr;
    QAction *m_underlineAction = nullptr;
    QAction *m_colourAction = nullptr;
    QAction *m_bulletAction = nullptr;
    QAction *m_numberedAction = nullptr;
    QAction *m_alignLeftAction = nullptr;
    QAction *m_alignCentreAction = nullptr;
    QAction *m_alignRightAction = nullptr;
    QAction *m_justifyAction = nullptr;
    QAction *m_linkAction = nullptr;
    QAction *m_imageAction = nullptr;
    QList<QAction *> m_formatActions; // enabled in HTML mode only
    QHash<QString, QString> m_imageFiles; // content id → file path
    QString m_signatureDocument; // the document as setSignature() left it (toHtml())
};
