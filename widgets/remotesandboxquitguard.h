// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

class QGuiApplication;

namespace Workbench {

/// Quitting the app deletes the remote sandboxes it created and did not keep (a run quit
/// mid-run would otherwise leave its container to the bridge's idle timeout). Installed once in
/// main(): it takes over "quit when the last window closes", so the window has already closed
/// and its runs are stopped when the deletes go out; quitting then waits for them at most
/// `timeoutMs` (RemoteSandboxReaper), logs each delete that failed, and quits. With nothing to
/// delete it quits at once.
class RemoteSandboxQuitGuard : public QObject
{
    Q_OBJECT
public:
    /// `quit` ends the app (QCoreApplication::quit by default; tests pass their own).
    explicit RemoteSandboxQuitGuard(QGuiApplication *app, int timeoutMs = 3000,
                                    std::function<void()> quit = {}, QObject *parent = nullptr);

    /// What the last window closing does: delete what is pending, then quit.
    void lastWindowClosed();
    /// Each failed delete of the last round, in words (also logged).
    [[nodiscard]] QStringList failures() const { return m_failures; }

private:
    int m_timeoutMs;
    std::function<void()> m_quit;
    QStringList m_failures;
    bool m_quitting = false;
};

} // namespace Workbench
