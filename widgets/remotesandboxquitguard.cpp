// SPDX-License-Identifier: MIT
#include "remotesandboxquitguard.h"

#include "sandbox/cloudflaresandbox.h"

#include <QGuiApplication>
#include <QTimer>

namespace Workbench {

RemoteSandboxQuitGuard::RemoteSandboxQuitGuard(QGuiApplication *app, int timeoutMs,
                                               std::function<void()> quit, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
    , m_quit(quit ? std::move(quit) : std::function<void()>(&QCoreApplication::quit))
{
    if (!app)
        return;
    // Quitting goes through lastWindowClosed(), so the deletes can go out first.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    connect(app, &QGuiApplication::lastWindowClosed, this, &RemoteSandboxQuitGuard::lastWindowClosed);
}

void RemoteSandboxQuitGuard::lastWindowClosed()
{
    if (m_quitting)
        return;
    m_quitting = true;
    RemoteSandboxReaper *reaper = RemoteSandboxReaper::instance();
    if (reaper->pendingCount() == 0) {
        m_quit();
        return;
    }
    connect(
        reaper, &RemoteSandboxReaper::finished, this,
        [this, reaper] {
            m_failures = reaper->failures();
            // The window is gone: the log is where this can still be read.
            for (const QString &failure : std::as_const(m_failures))
                qWarning("%s", qUtf8Printable(failure));
            m_quit();
        },
        Qt::SingleShotConnection);
    reaper->deleteAll(m_timeoutMs);
}

} // namespace Workbench
