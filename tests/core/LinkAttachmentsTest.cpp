#include "mailto/LinkAttachments.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The files a mailto: link names, against a folder laid out like a home: "$HOME" in a row is
// that folder. Rows name the case; "refusal" is a word the sentence must contain.
class LinkAttachmentsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void unreadableFileIsRefused();

private:
    QTemporaryDir m_home;
};

void LinkAttachmentsTest::initTestCase()
{
    QVERIFY(m_home.isValid());
    const QDir home(m_home.path());
    QVERIFY(!home.absolutePath().contains(u"/."_s)); // the fixture itself must not be hidden
    const auto write = [&home](const QString &name) {
        QFile file(home.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("content\n");
    };
    QVERIFY(home.mkpath(u".ssh"_s));
    QVERIFY(home.mkpath(u"Documents/folder"_s));
    write(u"Documents/report.pdf"_s);
    write(u"Documents/two words.txt"_s);
    write(u".ssh/id_rsa"_s);
    write(u".bashrc"_s);
    QVERIFY(QFile::link(home.filePath(u".ssh/id_rsa"_s), home.filePath(u"Documents/innocent.pdf"_s)));
    QVERIFY(QFile::link(home.filePath(u".ssh"_s), home.filePath(u"Documents/keys"_s)));
    QVERIFY(QFile::link(u"/proc/self/environ"_s, home.filePath(u"Documents/environment.txt"_s)));
    QVERIFY(QFile::link(home.filePath(u"Documents/report.pdf"_s), home.filePath(u"Documents/shortcut.pdf"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(home.filePath(u"Documents/pipe"_s)).constData(), 0600), 0);
}

void LinkAttachmentsTest::check_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("accepted"); // canonical path, empty when refused
    QTest::addColumn<QString>("refusal");

    const auto accept = [](const char *name, const QString &requested, const QString &canonical) {
        QTest::newRow(name) << requested << canonical << QString();
    };
    const auto refuse = [](const char *name, const QString &requested, const QString &why) {
        QTest::newRow(name) << requested << QString() << why;
    };
    accept("ordinary file", u"$HOME/Documents/report.pdf"_s, u"$HOME/Documents/report.pdf"_s);
    accept("file URL", u"file://$HOME/Documents/report.pdf"_s, u"$HOME/Documents/report.pdf"_s);
    accept("file URL with an escaped space", u"file://$HOME/Documents/two%20words.txt"_s,
        u"$HOME/Documents/two words.txt"_s);
    accept(
        "file URL naming localhost", u"file://localhost$HOME/Documents/report.pdf"_s, u"$HOME/Documents/report.pdf"_s);
    accept("symbolic link to an ordinary file", u"$HOME/Documents/shortcut.pdf"_s, u"$HOME/Documents/report.pdf"_s);
    accept("doubled slashes", u"$HOME//Documents/report.pdf"_s, u"$HOME/Documents/report.pdf"_s);

    refuse("in a hidden folder", u"$HOME/.ssh/id_rsa"_s, u"hidden"_s);
    refuse("hidden file", u"$HOME/.bashrc"_s, u"hidden"_s);
    refuse("hidden folder as a file URL", u"file://$HOME/.ssh/id_rsa"_s, u"hidden"_s);
    refuse("hidden folder escaped in a file URL", u"file://$HOME/%2Essh/id_rsa"_s, u"hidden"_s);
    refuse("dot-dot into a hidden folder", u"$HOME/Documents/../.ssh/id_rsa"_s, u"“..”"_s);
    refuse("dot-dot anywhere", u"$HOME/Documents/folder/../report.pdf"_s, u"“..”"_s);
    refuse("dot component", u"$HOME/./Documents/report.pdf"_s, u"“..”"_s);
    refuse("symbolic link to a hidden file", u"$HOME/Documents/innocent.pdf"_s, u"hidden"_s);
    refuse("through a linked hidden folder", u"$HOME/Documents/keys/id_rsa"_s, u"hidden"_s);
    refuse("symbolic link into /proc", u"$HOME/Documents/environment.txt"_s, u"/proc"_s);
    refuse("/proc", u"/proc/self/environ"_s, u"/proc"_s);
    refuse("/sys", u"/sys/kernel/notes"_s, u"/proc"_s);
    refuse("/dev", u"/dev/null"_s, u"/proc"_s);
    refuse("/dev itself", u"/dev"_s, u"/proc"_s);
    refuse("folder", u"$HOME/Documents/folder"_s, u"ordinary"_s);
    refuse("named pipe", u"$HOME/Documents/pipe"_s, u"ordinary"_s);
    refuse("missing file", u"$HOME/Documents/nothing.pdf"_s, u"no such file"_s);
    refuse("relative path", u"Documents/report.pdf"_s, u"full path"_s);
    refuse("tilde is not expanded", u"~/Documents/report.pdf"_s, u"full path"_s);
    refuse("empty", QString(), u"full path"_s);
    refuse("web address", u"https://example.org/report.pdf"_s, u"not a file on this computer"_s);
    refuse("file URL of another host", u"file://fileserver/share/report.pdf"_s, u"not a file on this computer"_s);
    refuse("SMB share", u"smb://server/share/report.pdf"_s, u"not a file on this computer"_s);
}

void LinkAttachmentsTest::check()
{
    QFETCH(QString, requested);
    QFETCH(QString, accepted);
    QFETCH(QString, refusal);
    const QString home = m_home.path();
    requested.replace(u"$HOME"_s, home);
    accepted.replace(u"$HOME"_s, home);

    const LinkAttachmentCheck checked = LinkAttachments::check(requested);
    QCOMPARE(checked.filePath, accepted);
    if (refusal.isEmpty()) {
        QVERIFY2(checked.ok(), qPrintable(checked.refusal));
    } else {
        QVERIFY(!checked.ok());
        QVERIFY2(checked.refusal.contains(refusal), qPrintable(checked.refusal));
        QVERIFY2(checked.refusal.contains(requested), qPrintable(checked.refusal)); // says which file
    }
}

void LinkAttachmentsTest::unreadableFileIsRefused()
{
    if (::geteuid() == 0)
        QSKIP("root reads every file");
    const QString path = m_home.filePath(u"Documents/secret.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    const LinkAttachmentCheck checked = LinkAttachments::check(path);
    QVERIFY(checked.refusal.contains(u"cannot be read"_s));
}

QTEST_GUILESS_MAIN(LinkAttachmentsTest)
#include "LinkAttachmentsTest.moc"
