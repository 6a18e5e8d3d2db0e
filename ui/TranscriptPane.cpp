#include "TranscriptPane.h"

#include "TranscriptView.h"

#include <QEvent>

using namespace Qt::StringLiterals;

TranscriptPane::TranscriptPane(QWidget *parent)
    : QDockWidget(parent)
{
    setObjectName(u"transcriptPane"_s);
    setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea);
    m_view = new TranscriptView(this);
    setWidget(m_view);
    retranslate();
}

TranscriptPane::~TranscriptPane() = default;

QList<TranscriptEntry> TranscriptPane::entries() const
{
    return m_view->entries();
}

QStringList TranscriptPane::visibleLines() const
{
    return m_view->visibleLines();
}

QString TranscriptPane::filterText() const
{
    return m_view->filterText();
}

bool TranscriptPane::isFollowing() const
{
    return m_view->isFollowing();
}

bool TranscriptPane::saveToFile(const QString &path, QString *error) const
{
    return m_view->saveToFile(path, error);
}

void TranscriptPane::beginSession(const QString &serverName)
{
    m_view->beginSession(serverName);
}

void TranscriptPane::append(const TranscriptEntry &entry)
{
    m_view->append(entry);
}

void TranscriptPane::setEntries(const QList<TranscriptEntry> &entries)
{
    m_view->setEntries(entries);
}

void TranscriptPane::setCapabilities(const QStringList &capabilities)
{
    m_view->setCapabilities(capabilities);
}

void TranscriptPane::setTlsSummary(const TlsSummary &tls)
{
    m_view->setTlsSummary(tls);
}

void TranscriptPane::setFilterText(const QString &text)
{
    m_view->setFilterText(text);
}

void TranscriptPane::copyToClipboard()
{
    m_view->copyToClipboard();
}

void TranscriptPane::chooseSaveFile()
{
    m_view->chooseSaveFile();
}

void TranscriptPane::clear()
{
    m_view->clear();
}

void TranscriptPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void TranscriptPane::retranslate()
{
    setWindowTitle(tr("Server Conversation"));
}
