#include "EmlWriter.h"

#include "MessageBuilder.h"

#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 blockBytes = 256 * 1024; // per event-loop turn in start(): the window stays responsive

QString cannotWrite(const QSaveFile &file)
{
    return EmlWriter::tr("Cannot write “%1”: %2").arg(file.fileName(), file.errorString());
}

QString cannotRead(const QIODevice *from)
{
    return EmlWriter::tr("The message could not be read: %1").arg(from->errorString());
}
} // namespace

EmlWriter::EmlWriter(QSharedPointer<QIODevice> from, const QString &path, QObject *parent)
    : QObject(parent)
    , m_from(std::move(from))
    , m_file(path)
{
}

QString EmlWriter::write(QIODevice *from, const QString &path)
{
    EmlWriter writer(QSharedPointer<QIODevice>(from, [](QIODevice *) {}), path, nullptr);
    QString error;
    while (writer.copyBlock(&error)) { }
    return error;
}

QString EmlWriter::copy(QIODevice *from, QIODevice *to)
{
    QByteArray block(blockBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = from->read(block.data(), block.size());
        if (n < 0)
            return cannotRead(from);
        if (n == 0)
            return {};
        if (to->write(block.constData(), n) != n)
            return tr("Cannot write the message: %1").arg(to->errorString());
    }
}

QString EmlWriter::suggestedFileName(const QString &subject)
{
    QString name = subject.simplified();
    if (name.isEmpty())
        name = tr("message");
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|\\x00-\\x1f]"_s), u"_"_s);
    return name.left(120) + u".eml"_s;
}

EmlWriter *EmlWriter::start(QSharedPointer<QIODevice> from, const QString &path, QObject *parent)
{
    auto *writer = new EmlWriter(std::move(from), path, parent);
    QTimer::singleShot(0, writer, &EmlWriter::pump);
    return writer;
}

EmlWriter *EmlWriter::start(const Message &message, const QString &path, QObject *parent)
{
    const MimeBuild build = MessageBuilder::build(message);
    EmlWriter *writer = start(build.stream, path, parent);
    writer->m_buildError = build.error;
    return writer;
}

void EmlWriter::pump()
{
    QString error = m_buildError;
    if (error.isEmpty() && copyBlock(&error)) {
        QTimer::singleShot(0, this, &EmlWriter::pump);
        return;
    }
    Q_EMIT finished(error);
    deleteLater();
}

bool EmlWriter::copyBlock(QString *error)
{
    if (!m_file.isOpen() && !m_file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(m_file);
        return false;
    }
    QByteArray block(blockBytes, Qt::Uninitialized);
    const qint64 n = m_from->read(block.data(), block.size());
    if (n < 0) { // MimeStream: an attachment changed or vanished while it was read
        m_file.cancelWriting();
        *error = cannotRead(m_from.data());
        return false;
    }
    if (n > 0) {
        if (m_file.write(block.constData(), n) != n) {
            m_file.cancelWriting();
            *error = cannotWrite(m_file);
            return false;
        }
        return true;
    }
    if (!m_file.commit())
        *error = cannotWrite(m_file);
    return false;
}
