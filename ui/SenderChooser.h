#pragma once

#include "account/AccountProfile.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QToolButton;

// The composer's From: a combo of the saved account profiles ("Ann Lee <ann@example.org>"),
// the server the chosen one sends through, and a button to manage them.
class SenderChooser : public QWidget
{
    Q_OBJECT
public:
    explicit SenderChooser(QWidget *parent = nullptr);

    // Keeps the current choice when it still exists, else selects `preferred` (the default).
    void setProfiles(const QList<AccountProfile> &profiles, const QString &preferred);
    std::optional<AccountProfile> currentProfile() const;
    QString currentName() const;
    bool selectProfile(const QString &name);
    // Replaces the stored copy of a profile (e.g. after a certificate was pinned).
    void updateProfile(const AccountProfile &profile);

    QComboBox *comboBox() const { return m_comboBox; }

Q_SIGNALS:
    void profileChanged();
    void manageRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateServerLabel();

    QList<AccountProfile> m_profiles;
    QComboBox *m_comboBox = nullptr;
    QLabel *m_serverLabel = nullptr;
    QToolButton *m_manageButton = nullptr;
};
