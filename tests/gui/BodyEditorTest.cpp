// The message editor as a person types in it: shortcuts where the cursor is, Return as a new
// line (not a paragraph with a gap), and signatures whose "-- " survives into the text part.
#include "BodyEditor.h"
#include "WidgetTestSupport.h"

#include "mime/HtmlToText.h"
#include "mime/Message.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>

using namespace Qt::StringLiterals;

class BodyEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formattingShortcutsWorkWhileTyping_data();
    void formattingShortcutsWorkWhileTyping();
    void linkShortcutAsksForTheAddress();
    void returnStartsALineWithoutAGap();
    void textPartKeepsTheLinesAsWritten();
    void signatureDelimiterAppearsOnce_data();
    void signatureDelimiterAppearsOnce();

private:
    // A shown window holding the editor, with the keyboard in the text.
    struct Window
    {
        QMainWindow window;
        BodyEditor *editor = new BodyEditor;
        Window()
        {
            window.setCentralWidget(editor);
            window.resize(640, 400);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            editor->textEdit()->setFocus();
        }
        QTextEdit *text() const { return editor->textEdit(); }
    };
};

void BodyEditorTest::formattingShortcutsWorkWhileTyping_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("actionName");
    QTest::newRow("Ctrl+B") << int(Qt::Key_B) << u"boldAction"_s;
    QTest::newRow("Ctrl+I") << int(Qt::Key_I) << u"italicAction"_s;
    QTest::newRow("Ctrl+U") << int(Qt::Key_U) << u"underlineAction"_s;
}

void BodyEditorTest::formattingShortcutsWorkWhileTyping()
{
    QFETCH(int, key);
    QFETCH(QString, actionName);
    Window w;
    QTest::keyClicks(w.text(), u"plain "_s);
    QTest::keyClick(w.text(), Qt::Key(key), Qt::ControlModifier);
    QTest::keyClicks(w.text(), u"styled"_s);

    auto *action = w.editor->findChild<QAction *>(actionName);
    QVERIFY(action);
    QVERIFY2(action->isChecked(), "the shortcut reached the editor's action");
    QTextCursor cursor(w.text()->document());
    cursor.movePosition(QTextCursor::End);
    const QTextCharFormat styled = cursor.charFormat();
    cursor.setPosition(2);
    const QTextCharFormat plain = cursor.charFormat();
    const auto isStyled = [key](const QTextCharFormat &format) {
        switch (key) {
        case Qt::Key_B:
            return format.fontWeight() > QFont::Normal;
        case Qt::Key_I:
            return format.fontItalic();
        default:
            return format.fontUnderline();
        }
    };
    QVERIFY(isStyled(styled));
    QVERIFY(!isStyled(plain));
    QCOMPARE(w.text()->toPlainText(), u"plain styled"_s); // the key typed no letter

    // Pressed again, it ends the style for what follows.
    QTest::keyClick(w.text(), Qt::Key(key), Qt::ControlModifier);
    QVERIFY(!action->isChecked());
}

void BodyEditorTest::linkShortcutAsksForTheAddress()
{
    Window w;
    QTest::keyClicks(w.text(), u"see "_s);
    QTest::keyClick(w.text(), Qt::Key_K, Qt::ControlModifier);
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.window.findChild<QInputDialog *>(u"linkInputDialog"_s)) && dialog->isVisible());
    dialog->setTextValue(u"https://example.org/"_s);
    dialog->accept();
    Message message;
    w.editor->fillMessage(message);
    QVERIFY2(message.htmlBody.contains(u"href=\"https://example.org/\""_s), qPrintable(message.htmlBody));
    QCOMPARE(w.text()->toPlainText(), u"see https://example.org/"_s); // Ctrl+K deleted nothing
}

void BodyEditorTest::returnStartsALineWithoutAGap()
{
    Window w;
    // Typing above a signature (HTML, with paragraphs of its own) must not inherit a paragraph gap.
    w.editor->setSignature(u"Ann"_s, u"<p>Ann <b>Lee</b></p>"_s);
    QTest::keyClicks(w.text(), u"Line one"_s);
    QTest::keyClick(w.text(), Qt::Key_Return);
    QTest::keyClicks(w.text(), u"Line two"_s);
    QTextBlock block = w.text()->document()->begin();
    for (const QString &line : { u"Line one"_s, u"Line two"_s, QString(), u"-- "_s }) {
        QCOMPARE(block.text(), line);
        QCOMPARE(block.blockFormat().topMargin(), 0.0);
        QCOMPARE(block.blockFormat().bottomMargin(), 0.0);
        block = block.next();
    }
}

void BodyEditorTest::textPartKeepsTheLinesAsWritten()
{
    Window w;
    QTest::keyClicks(w.text(), u"Line one"_s);
    QTest::keyClick(w.text(), Qt::Key_Return);
    QTest::keyClicks(w.text(), u"Line two"_s);
    QTest::keyClick(w.text(), Qt::Key_Return);
    QTest::keyClick(w.text(), Qt::Key_Return);
    QTest::keyClicks(w.text(), u"After a blank line"_s);
    QTest::keyClick(w.text(), Qt::Key_B, Qt::ControlModifier); // an HTML body, not plain text
    QTest::keyClicks(w.text(), u"!"_s);

    Message message;
    w.editor->fillMessage(message);
    QVERIFY(!message.htmlBody.isEmpty());
    QCOMPARE(HtmlToText::convert(message.htmlBody), u"Line one\nLine two\n\nAfter a blank line!"_s);
}

void BodyEditorTest::signatureDelimiterAppearsOnce_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("plainTextMode");
    QTest::newRow("plain signature, HTML body") << u"Ann Lee\nExample Org"_s << QString() << false;
    QTest::newRow("plain signature with its own delimiter") << u"-- \nAnn Lee\nExample Org"_s << QString() << false;
    QTest::newRow("delimiter without its space") << u"--\nAnn Lee\nExample Org"_s << QString() << false;
    QTest::newRow("HTML signature") << u"Ann Lee\nExample Org"_s << u"<b>Ann Lee</b><br>Example Org"_s << false;
    QTest::newRow("HTML signature with its own delimiter")
        << u"-- \nAnn Lee\nExample Org"_s << u"<p>-- <br><b>Ann Lee</b><br>Example Org</p>"_s << false;
    QTest::newRow("plain-text body") << u"Ann Lee\nExample Org"_s << QString() << true;
    QTest::newRow("plain-text body, signature with its own delimiter")
        << u"-- \nAnn Lee\nExample Org"_s << QString() << true;
}

void BodyEditorTest::signatureDelimiterAppearsOnce()
{
    QFETCH(QString, plain);
    QFETCH(QString, html);
    QFETCH(bool, plainTextMode);
    Window w;
    if (plainTextMode)
        w.editor->requestMode(BodyEditor::Mode::PlainText);
    w.editor->setSignature(plain, html);
    QTest::keyClicks(w.text(), u"Hello"_s);

    Message message;
    w.editor->fillMessage(message);
    const QString text = plainTextMode ? message.plainBody : HtmlToText::convert(message.htmlBody);
    QCOMPARE(text.count(u"--"_s), 1);
    // RFC 3676 §4.3: the delimiter is exactly "-- " on a line of its own.
    QVERIFY2(text.contains(u"\n-- \nAnn Lee\nExample Org"_s), qPrintable(text));
    QVERIFY2(text.startsWith(u"Hello\n"_s), qPrintable(text));
}

QTEST_MAIN(BodyEditorTest)
#include "BodyEditorTest.moc"
