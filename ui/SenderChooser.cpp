#include "SenderChooser.h"

#include "ThemedIcon.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

QString senderText(const AccountProfile &profile)
{
    if (profile.senderName.isEmpty())
        return profile.senderAddress;
    return u"%1 <%2>"_s.arg(profile.senderName, profile.senderAddress);
}

} // namespace

SenderChooser::SenderChooser(QWidget *parent)
    : QWidget(parent)
    , m_comboBox(new QComboBox(this))
    , m_serverLabel(new QLabel(this))
    , m_manageButton(new QToolButton(this))
{
    m_comboBox->setObjectName(u"fromComboBox"_s);
    m_comboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_comboBox->setMinimumContentsLength(24);
    m_serverLabel->setObjectName(u"fromServerLabel"_s);
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel->setForegroundRole(QPalette::PlaceholderText);
    m_manageButton->setObjectName(u"manageProfilesButton"_s);
    m_manageButton->setIcon(ThemedIcon::themed(u"account"_s));
    m_manageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_comboBox, 1);
    layout->addWidget(m_serverLabel);
    layout->addWidget(m_manageButton);
    setFocusProxy(m_comboBox);

    connect(m_comboBox, &QComboBox::currentIndexChanged, this, [this] {
        updateServerLabel();
        Q_EMIT profileChanged();
    });
    connect(m_manageButton, &QToolButton::clicked, this, &SenderChooser::manageRequested);
    retranslate();
}

void SenderChooser::setProfiles(const QList<AccountProfile> &profiles, const QString &preferred)
{
    const std::optional<AccountProfile> current = currentProfile();
    const QString keep = current ? current->id : QString();
    QSignalBlocker blocker(m_comboBox);
    m_profiles = profiles;
    m_comboBox->clear();
    int select = -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        const AccountProfile &profile = m_profiles.at(i);
        // Two profiles may share an address (a relay and direct delivery): name them.
        m_comboBox->addItem(tr("%1 — %2").arg(senderText(profile), profile.name), profile.id);
        if (profile.id == keep)
            select = int(i);
        else if (select < 0 && profile.name == preferred)
            select = int(i);
    }
    if (select < 0 && !m_profiles.isEmpty())
        select = 0;
    m_comboBox->setCurrentIndex(select);
    updateServerLabel();
    blocker.unblock();
    if (!current || !currentProfile() || *current != *currentProfile())
        Q_EMIT profileChanged();
}

std::optional<AccountProfile> SenderChooser::currentProfile() const
{
    const int index = m_comboBox->currentIndex();
    if (index < 0 || index >= m_profiles.size())
        return std::nullopt;
    return m_profiles.at(index);
}

QString SenderChooser::currentName() const
{
    const std::optional<AccountProfile> profile = currentProfile();
    return profile ? profile->name : QString();
}

bool SenderChooser::selectProfile(const QString &name)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name) {
            m_comboBox->setCurrentIndex(int(i));
            return true;
        }
    }
    return false;
}

void SenderChooser::updateProfile(const AccountProfile &profile)
{
    for (AccountProfile &known : m_profiles) {
        if (known.id == profile.id) {
            known = profile;
            updateServerLabel();
            return;
        }
    }
}

void SenderChooser::updateServerLabel()
{
    const std::optional<AccountProfile> profile = currentProfile();
    if (!profile) {
        m_serverLabel->clear();
        return;
    }
    if (profile->route == AccountProfile::Route::Direct) {
        m_serverLabel->setText(tr("direct to recipients' servers"));
        return;
    }
    m_serverLabel->setText(tr("via %1").arg(profile->endpointLabel()));
}

void SenderChooser::retranslate()
{
    m_comboBox->setPlaceholderText(tr("No account yet: click Manage… to add one"));
    m_comboBox->setAccessibleName(tr("From"));
    m_comboBox->setToolTip(tr("The account profile to send with"));
    m_manageButton->setText(tr("Manage…"));
    m_manageButton->setAccessibleName(tr("Manage account profiles"));
    m_manageButton->setToolTip(tr("Add, edit or test account profiles"));
    updateServerLabel();
}

void SenderChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
