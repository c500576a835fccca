// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Workbench {

class CloudflareSandbox;
class TerminalView;

/// The Terminal tab of a run whose sandbox is a Cloudflare Sandbox: a TerminalView on that
/// sandbox's PTY, for the user only (the model never sees it). It connects the first time it is
/// shown — creating the remote sandbox when the run has not made a call yet — and says in a
/// status line when the shell ends or the connection closes, with Reconnect. Destroying the pane
/// closes the socket. The sandbox is not owned.
class TerminalPane final : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalPane(CloudflareSandbox *sandbox, QWidget *parent = nullptr);
    ~TerminalPane() override;

    [[nodiscard]] TerminalView *terminal() const { return m_terminal; }
    [[nodiscard]] QString statusText() const;
    /// Opens the PTY (again), once the remote sandbox exists.
    void connectTerminal();
    /// Closes the socket; the remote shell stays until the sandbox goes.
    void disconnectTerminal();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setStatus(const QString &text, bool showReconnect);

    QPointer<CloudflareSandbox> m_sandbox;
    TerminalView *m_terminal;
    QLabel *m_status;
    QPushButton *m_reconnect;
    bool m_connecting = false;
    bool m_everShown = false;
};

} // namespace Workbench
