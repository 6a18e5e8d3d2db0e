#pragma once

#include "account/AccountProfile.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SignInPanel;
}

// The profile dialog's sign-in part for an OAuth profile: who is signed in and since when,
// "Sign in with Microsoft…" and "Sign out", what is missing when this build has no client ID,
// and — folded away — the client and, for another provider, its endpoints and scopes. It edits
// an OAuthSettings value; the dialog saves it and runs the sign-in.
class SignInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPanel(QWidget *parent = nullptr);
    ~SignInPanel() override;

    void setSettings(const OAuthSettings &settings); // shows them for their provider
    OAuthSettings settings() const; // as edited, who-signed-in included

Q_SIGNALS:
    void edited();
    void signInRequested();
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void retranslate();

    std::unique_ptr<Ui::SignInPanel> m_ui;
    OAuthSettings m_settings; // the parts the fields do not show: provider, who signed in
};
