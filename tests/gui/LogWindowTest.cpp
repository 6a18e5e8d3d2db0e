// The conversation-log window over a real ConversationLog in a temporary file, driven by object
// name on the offscreen platform: listing (also live), filters, transcript, export, delete,
// retention, remembered geometry.
#include "WidgetTestSupport.h"
#include "LogWindow.h"
#include "LogModel.h"
#include "TranscriptView.h"

#include "store/ConversationLog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

TranscriptEntry entry(Smtp::Direction direction, const QString &text, qint64 elapsedMs)
{
    TranscriptEntry e;
    e.direction = direction;
    e.text = text;
    e.elapsedMs = elapsedMs;
    return e;
}

struct Spec
{
    Spec(const QString &subject, const QString &profile = u"Work"_s, Smtp::Outcome outcome = Smtp::Outcome::Sent,
        int ageDays = 0, const QString &marker = QString())
        : subject(subject)
        , profile(profile)
        , outcome(outcome)
        , ageDays(ageDays)
        , marker(marker)
    {
    }

    QString subject;
    QString profile;
    Smtp::Outcome outcome;
    int ageDays;
    QString marker; // a word only this session's transcript holds
};

LoggedSession makeSession(const Spec &spec, int minutesAgo)
{
    LoggedSession s;
    s.startedAt = QDateTime::currentDateTimeUtc().addDays(-spec.ageDays).addSecs(-60 * minutesAgo);
    s.kind = LoggedSession::Kind::Send;
    s.origin = LoggedSession::Origin::Gui;
    s.profile = spec.profile;
    s.server = u"smtp.example.org:587"_s;
    s.subject = spec.subject;
    s.recipients = { u"bob@example.org"_s, u"carol@example.org"_s };
    s.outcome = spec.outcome;
    s.resultMessage = u"Result of %1"_s.arg(spec.subject);
    s.transcript = {
        entry(Smtp::Direction::Server, u"220 smtp.example.org ESMTP"_s, 10),
        entry(Smtp::Direction::Client, u"EHLO client.test"_s, 12),
        entry(Smtp::Direction::Server, u"250 %1"_s.arg(spec.marker.isEmpty() ? u"ok"_s : spec.marker), 30),
        entry(Smtp::Direction::Client, u"QUIT"_s, 40),
    };
    s.transcriptSize = int(s.transcript.size());
    return s;
}

QStringList subjectsShown(const LogWindow &window)
{
    QStringList subjects;
    const LogModel *model = window.model();
    for (int row = 0; row < model->rowCount(); ++row)
        subjects << model->index(row, LogModel::SubjectColumn).data().toString();
    return subjects;
}

QStringList warnings;

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The offscreen platform says what it cannot do (raise, grab, size hints); that is not ours.
    if (type != QtDebugMsg && type != QtInfoMsg && !message.startsWith(u"This plugin does not support"_s))
        warnings << message;
}

} // namespace

class LogWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsSessionsNewestFirstAndLive();
    void textFilterMatchesTranscriptLines();
    void outcomeAndProfileFiltersNarrowTheList();
    void selectingShowsTheTranscript();
    void keepsSelectionWhenSessionsArrive();
    void exportsSelectedOrAllListed();
    void deleteAsksThenRemoves();
    void retentionRemovesOldSessions();
    void remembersGeometryAndSplitter();
    void opensAndClosesWithoutWarnings();

private:
    qint64 add(const Spec &spec, int minutesAgo = 0);

    QTemporaryDir m_dir;
    std::unique_ptr<ConversationLog> m_log;
};

void LogWindowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"MailwrightTest"_s);
    QCoreApplication::setApplicationName(u"LogWindowTest"_s);
}

void LogWindowTest::init()
{
    QSettings().clear();
    m_log = std::make_unique<ConversationLog>();
    const StoreStatus opened
        = m_log->open(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + u".sqlite"_s));
    QVERIFY2(opened.ok(), qPrintable(opened.error));
}

void LogWindowTest::cleanup()
{
    QTest::qWait(0); // boxes opened with open() go with their windows
    m_log.reset();
}

qint64 LogWindowTest::add(const Spec &spec, int minutesAgo)
{
    const LogAppendResult result = m_log->append(makeSession(spec, minutesAgo));
    if (!result.ok())
        qWarning("append failed: %s", qPrintable(result.error));
    return result.id;
}

void LogWindowTest::listsSessionsNewestFirstAndLive()
{
    {
        LogWindow window(m_log.get());
        window.show();
        QCOMPARE(window.model()->rowCount(), 0);
        auto *stack = child<QStackedWidget>(&window, u"logListStack"_s);
        auto *empty = child<QLabel>(&window, u"logEmptyLabel"_s);
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY2(empty->text().contains(u"No sessions yet"_s), qPrintable(empty->text()));
    }

    add({ u"older"_s }, 10);
    add({ u"newer"_s }, 5);
    LogWindow window(m_log.get());
    window.show();
    QCOMPARE(subjectsShown(window), QStringList({ u"newer"_s, u"older"_s }));
    QCOMPARE(child<QStackedWidget>(&window, u"logListStack"_s)->currentWidget(),
        child<QTableView>(&window, u"logTableView"_s));

    // Appended while the window is open: it shows without being asked.
    add({ u"newest"_s, u"Home"_s, Smtp::Outcome::Failed });
    QCOMPARE(subjectsShown(window), QStringList({ u"newest"_s, u"newer"_s, u"older"_s }));
    const QModelIndex outcome = window.model()->index(0, LogModel::OutcomeColumn);
    QCOMPARE(outcome.data().toString(), u"Failed"_s);
    QVERIFY(!outcome.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(window.model()->index(0, LogModel::KindColumn).data().toString(), u"Send"_s);
    QCOMPARE(window.model()->index(0, LogModel::OriginColumn).data().toString(), u"App"_s);
    QCOMPARE(window.model()->index(0, LogModel::RecipientsColumn).data().toString(),
        u"bob@example.org, carol@example.org"_s);
    // The new profile joins the profile filter.
    auto *profiles = child<QComboBox>(&window, u"logProfileComboBox"_s);
    QVERIFY(profiles->findText(u"Home"_s) > 0);
    QVERIFY(profiles->findText(u"Work"_s) > 0);
    QCOMPARE(child<QLabel>(&window, u"logCountLabel"_s)->text(), u"Sessions: 3"_s);
}

void LogWindowTest::textFilterMatchesTranscriptLines()
{
    add({ u"alpha"_s, u"Work"_s, Smtp::Outcome::Sent, 0, u"zebra-line"_s }, 3);
    add({ u"beta"_s, u"Work"_s, Smtp::Outcome::Sent, 0, u"giraffe-line"_s }, 2);
    add({ u"gamma"_s }, 1);
    LogWindow window(m_log.get());
    window.show();
    QCOMPARE(window.model()->rowCount(), 3);

    auto *search = child<QLineEdit>(&window, u"logSearchLineEdit"_s);
    QTest::keyClicks(search, u"GIRAFFE"_s);
    // Debounced: the list follows the typing shortly after, not letter by letter.
    QCOMPARE(window.model()->rowCount(), 3);
    QTRY_COMPARE(subjectsShown(window), QStringList({ u"beta"_s }));
    QCOMPARE(window.filter().text, u"GIRAFFE"_s);

    search->clear();
    QTest::keyClicks(search, u"no such thing"_s);
    QTRY_COMPARE(window.model()->rowCount(), 0);
    auto *empty = child<QLabel>(&window, u"logEmptyLabel"_s);
    QCOMPARE(child<QStackedWidget>(&window, u"logListStack"_s)->currentWidget(), empty);
    QVERIFY2(empty->text().contains(u"No session matches"_s), qPrintable(empty->text()));

    search->clear();
    QTRY_COMPARE(window.model()->rowCount(), 3);
}

void LogWindowTest::outcomeAndProfileFiltersNarrowTheList()
{
    add({ u"work sent"_s, u"Work"_s, Smtp::Outcome::Sent }, 4);
    add({ u"work failed"_s, u"Work"_s, Smtp::Outcome::Failed }, 3);
    add({ u"home sent"_s, u"Home"_s, Smtp::Outcome::Sent }, 2);
    add({ u"home refused"_s, u"Home"_s, Smtp::Outcome::Refused }, 1);
    LogWindow window(m_log.get());
    window.show();
    QCOMPARE(window.model()->rowCount(), 4);

    auto *outcome = child<QComboBox>(&window, u"logOutcomeComboBox"_s);
    QCOMPARE(outcome->itemText(0), u"All"_s);
    const int sent = outcome->findText(u"Sent"_s);
    QVERIFY(sent > 0);
    outcome->setCurrentIndex(sent);
    QCOMPARE(subjectsShown(window), QStringList({ u"home sent"_s, u"work sent"_s }));

    auto *profile = child<QComboBox>(&window, u"logProfileComboBox"_s);
    QCOMPARE(profile->count(), 3); // All, Home, Work
    profile->setCurrentIndex(profile->findText(u"Work"_s));
    QCOMPARE(subjectsShown(window), QStringList({ u"work sent"_s }));

    outcome->setCurrentIndex(0);
    QCOMPARE(subjectsShown(window), QStringList({ u"work failed"_s, u"work sent"_s }));

    outcome->setCurrentIndex(outcome->findText(u"Verified"_s));
    QCOMPARE(window.model()->rowCount(), 0);
    QVERIFY(child<QLabel>(&window, u"logEmptyLabel"_s)->text().contains(u"No session matches"_s));
}

void LogWindowTest::selectingShowsTheTranscript()
{
    const qint64 first = add({ u"first"_s, u"Work"_s, Smtp::Outcome::Sent, 0, u"first-marker"_s }, 2);
    const qint64 second = add({ u"second"_s, u"Work"_s, Smtp::Outcome::Refused, 0, u"second-marker"_s }, 1);
    LogWindow window(m_log.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *lines = child<QPlainTextEdit>(&window, u"transcriptPlainTextEdit"_s);
    auto *header = child<QLabel>(&window, u"logSessionHeaderLabel"_s);
    QCOMPARE(window.shownId(), 0);
    QVERIFY(lines->toPlainText().isEmpty());

    // By mouse, as a person would.
    auto *table = child<QTableView>(&window, u"logTableView"_s);
    const QRect rect = table->visualRect(window.model()->index(window.model()->rowOf(first), 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(window.shownId(), first);
    QCOMPARE(window.selectedIds(), QList<qint64>({ first }));
    const QStringList shown = window.transcriptView()->visibleLines();
    QCOMPARE(shown.size(), 4);
    QCOMPARE(shown.at(0), u"   0.010 S: 220 smtp.example.org ESMTP"_s);
    QCOMPARE(shown.at(2), u"   0.030 S: 250 first-marker"_s);
    QCOMPARE(lines->toPlainText(), shown.join(u'\n'));
    QVERIFY2(header->text().contains(u"Result of first"_s), qPrintable(header->text()));
    QVERIFY(header->text().contains(u"Sent"_s));
    // A record: nothing to clear.
    QVERIFY(child<QWidget>(&window, u"transcriptClearButton"_s)->isHidden());
    QVERIFY(!child<QWidget>(&window, u"transcriptSaveButton"_s)->isHidden());

    window.selectSession(second);
    QCOMPARE(window.shownId(), second);
    QVERIFY(lines->toPlainText().contains(u"second-marker"_s));
    QVERIFY(!lines->toPlainText().contains(u"first-marker"_s));
    QVERIFY(header->text().contains(u"Refused"_s));

    // Hidden by a filter: selectSession clears the filters to show it.
    child<QLineEdit>(&window, u"logSearchLineEdit"_s)->setText(u"first-marker"_s);
    window.refresh();
    QCOMPARE(window.listedIds(), QList<qint64>({ first }));
    window.selectSession(second);
    QCOMPARE(window.filter().text, QString());
    QCOMPARE(window.model()->rowCount(), 2);
    QCOMPARE(window.shownId(), second);

    table->clearSelection();
    QCOMPARE(window.shownId(), 0);
    QVERIFY(lines->toPlainText().isEmpty());
}

void LogWindowTest::keepsSelectionWhenSessionsArrive()
{
    const qint64 picked = add({ u"picked"_s, u"Work"_s, Smtp::Outcome::Sent, 0, u"picked-marker"_s }, 5);
    add({ u"other"_s }, 4);
    LogWindow window(m_log.get());
    window.show();
    window.selectSession(picked);
    QCOMPARE(window.model()->rowOf(picked), 1);

    add({ u"arrived"_s }, 0);
    QCOMPARE(window.model()->rowCount(), 3);
    QCOMPARE(window.model()->rowOf(picked), 2);
    QCOMPARE(window.selectedIds(), QList<qint64>({ picked }));
    QCOMPARE(window.shownId(), picked);
    QVERIFY(window.transcriptView()->visibleLines().join(u'\n').contains(u"picked-marker"_s));
}

void LogWindowTest::exportsSelectedOrAllListed()
{
    const qint64 a = add({ u"export a"_s, u"Work"_s, Smtp::Outcome::Sent, 0, u"marker-a"_s }, 3);
    const qint64 b = add({ u"export b"_s, u"Work"_s, Smtp::Outcome::Failed, 0, u"marker-b"_s }, 2);
    const qint64 c = add({ u"export c"_s, u"Home"_s, Smtp::Outcome::Sent, 0, u"marker-c"_s }, 1);
    LogWindow window(m_log.get());
    window.show();
    QSignalSpy exported(&window, &LogWindow::exported);

    const auto readFile = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };

    // Nothing selected: everything listed (here: the Work profile), in the order shown.
    auto *profile = child<QComboBox>(&window, u"logProfileComboBox"_s);
    profile->setCurrentIndex(profile->findText(u"Work"_s));
    const QString listedPath = m_dir.filePath(u"listed.txt"_s);
    window.exportTo(listedPath);
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QCOMPARE(readFile(listedPath), m_log->exportText({ b, a }));
    QVERIFY(readFile(listedPath).contains(u"marker-a"_s));
    QVERIFY(!readFile(listedPath).contains(u"marker-c"_s));

    // A selection: only that.
    profile->setCurrentIndex(0);
    window.selectSession(c);
    const QString selectedPath = m_dir.filePath(u"selected.txt"_s);
    window.exportTo(selectedPath);
    QCOMPARE(exported.count(), 2);
    const QString text = readFile(selectedPath);
    QCOMPARE(text, m_log->exportText({ c }));
    QVERIFY(text.contains(u"Subject: export c"_s));
    QVERIFY(text.contains(u"   0.030 S: 250 marker-c"_s));
    QVERIFY(!text.contains(u"marker-b"_s));

    // An unwritable place: told, in a box and in the signal.
    window.exportTo(m_dir.filePath(u"no/such/folder/x.txt"_s));
    QCOMPARE(exported.count(), 3);
    QVERIFY(!exported.at(2).at(1).toString().isEmpty());
    QMessageBox *box = openBox(&window, u"logExportErrorMessageBox"_s);
    QVERIFY(box);
    box->accept();
}

void LogWindowTest::deleteAsksThenRemoves()
{
    const qint64 keep = add({ u"keep"_s }, 3);
    const qint64 gone1 = add({ u"gone one"_s }, 2);
    const qint64 gone2 = add({ u"gone two"_s }, 1);
    LogWindow window(m_log.get());
    window.show();
    auto *table = child<QTableView>(&window, u"logTableView"_s);
    auto *deleteButton = child<QWidget>(&window, u"logDeleteButton"_s);
    QVERIFY(!deleteButton->isEnabled()); // nothing selected

    window.selectSession(gone1);
    table->selectionModel()->select(window.model()->index(window.model()->rowOf(gone2), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedIds(), QList<qint64>({ gone2, gone1 }));
    QVERIFY(deleteButton->isEnabled());

    // Cancelled: nothing goes.
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QMessageBox *box = openBox(&window, u"logDeleteMessageBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"2 session"_s), qPrintable(box->text()));
    QVERIFY(clickButtonWithRole(box, QMessageBox::RejectRole));
    QTest::qWait(0);
    QCOMPARE(m_log->sessions().size(), 3);
    QCOMPARE(window.model()->rowCount(), 3);

    // Confirmed: gone from the log and the list.
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    box = openBox(&window, u"logDeleteMessageBox"_s);
    QVERIFY(box);
    QVERIFY(clickButtonWithRole(box, QMessageBox::DestructiveRole));
    QCOMPARE(m_log->sessions().size(), 1);
    QCOMPARE(m_log->sessions().constFirst().id, keep);
    QCOMPARE(window.listedIds(), QList<qint64>({ keep }));
    QVERIFY(!m_log->session(gone1));
    QVERIFY(!deleteButton->isEnabled());
    QCOMPARE(window.shownId(), 0);
}

void LogWindowTest::retentionRemovesOldSessions()
{
    const qint64 recent = add({ u"recent"_s, u"Work"_s, Smtp::Outcome::Sent, 2 });
    add({ u"last month"_s, u"Work"_s, Smtp::Outcome::Sent, 40 });
    add({ u"last year"_s, u"Work"_s, Smtp::Outcome::Sent, 400 });
    LogWindow window(m_log.get());
    window.show();
    QCOMPARE(window.model()->rowCount(), 3);
    auto *retention = child<QComboBox>(&window, u"logRetentionComboBox"_s);
    QCOMPARE(retention->currentData().toInt(), 0); // forever

    // Through the combo: asks, since two sessions would go; cancelled, the setting stays.
    retention->setCurrentIndex(retention->findData(30));
    Q_EMIT retention->activated(retention->currentIndex());
    QMessageBox *box = openBox(&window, u"logRetentionMessageBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"2 session"_s), qPrintable(box->text()));
    QVERIFY(clickButtonWithRole(box, QMessageBox::RejectRole));
    QCOMPARE(m_log->retentionDays(), 0);
    QCOMPARE(retention->currentData().toInt(), 0);
    QCOMPARE(window.model()->rowCount(), 3);

    retention->setCurrentIndex(retention->findData(365));
    Q_EMIT retention->activated(retention->currentIndex());
    box = openBox(&window, u"logRetentionMessageBox"_s);
    QVERIFY(box);
    QVERIFY(clickButtonWithRole(box, QMessageBox::DestructiveRole));
    QCOMPARE(m_log->retentionDays(), 365);
    QCOMPARE(subjectsShown(window), QStringList({ u"recent"_s, u"last month"_s }));

    window.setRetentionDays(7);
    QCOMPARE(m_log->retentionDays(), 7);
    QCOMPARE(retention->currentData().toInt(), 7);
    QCOMPARE(window.listedIds(), QList<qint64>({ recent }));
    QCOMPARE(m_log->sessions().size(), 1);

    // Back to forever: nothing to ask, nothing removed.
    retention->setCurrentIndex(retention->findData(0));
    Q_EMIT retention->activated(retention->currentIndex());
    QCOMPARE(m_log->retentionDays(), 0);
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>(u"logRetentionMessageBox"_s);
    for (const QMessageBox *earlier : boxes)
        QVERIFY(!earlier->isVisible());
}

void LogWindowTest::remembersGeometryAndSplitter()
{
    add({ u"one"_s });
    QList<int> sizes;
    {
        LogWindow window(m_log.get());
        window.show();
        window.resize(820, 560);
        auto *splitter = child<QSplitter>(&window, u"logSplitter"_s);
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({ total / 4, total - total / 4 });
        sizes = splitter->sizes();
        window.close();
    }
    QVERIFY(QSettings().contains(u"logWindow/geometry"_s));
    QVERIFY(QSettings().contains(u"logWindow/splitter"_s));
    LogWindow again(m_log.get());
    again.show();
    QCOMPARE(again.size(), QSize(820, 560));
    QCOMPARE(child<QSplitter>(&again, u"logSplitter"_s)->sizes(), sizes);
}

void LogWindowTest::opensAndClosesWithoutWarnings()
{
    add({ u"quiet"_s });
    warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        auto *window = new LogWindow(m_log.get());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->selectSession(window->listedIds().value(0));
        QVERIFY(window->close());
        QTest::qWait(0);
    }
    // The log going first leaves a window that lists nothing, quietly.
    {
        LogWindow window(m_log.get());
        window.show();
        m_log.reset();
        window.refresh();
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY(child<QLabel>(&window, u"logEmptyLabel"_s)->text().contains(u"not available"_s));
    }
    qInstallMessageHandler(previous);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
}

QTEST_MAIN(LogWindowTest)
#include "LogWindowTest.moc"
