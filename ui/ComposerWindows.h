#pragma once

#include "instance/InstanceProtocol.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>

class AppServices;
class ComposerWindow;

// The composer windows of one Mailwright: one per request — a mailto: link, files given with
// --attach, or neither (a new message) — from this launch or a later one (SingleInstance), all
// over the same AppServices, so drafts, profiles, the keychain session and the log are shared.
// Windows delete themselves once closed; the application ends with the last one.
class ComposerWindows : public QObject
{
    Q_OBJECT
public:
    // services: not owned; must outlive the windows.
    explicit ComposerWindows(AppServices *services, QObject *parent = nullptr);
    ~ComposerWindows() override;

    // Opens a new window for the request and brings it to the front. The first one also offers
    // what a crash left behind (in a window of its own when the request brought content) or,
    // on the first run, the profile dialog.
    ComposerWindow *open(const InstanceProtocol::Request &request);
    QList<ComposerWindow *> windows() const;

    // Each open window's fields, attachments and link notes as JSON, oldest first: what the
    // describe request returns when MAILWRIGHT_TEST_HOOKS=1 (a test hook; see docs/ARCHITECTURE.md).
    QJsonArray describe() const;

private:
    ComposerWindow *create(const InstanceProtocol::Request &request);

    AppServices *m_services = nullptr;
    QList<QPointer<ComposerWindow>> m_windows;
    bool m_startedUp = false;
};
