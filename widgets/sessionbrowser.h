// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace Workbench {

class ClaudeCodeSessionModel;

/// Browses Claude Code's projects and their sessions (newest first) under a projects folder —
/// `$CLAUDE_CONFIG_DIR/projects`, `~/.config/claude/projects`, `~/.claude/projects`, or one the
/// user picks — scanning on a worker thread. Choosing a session (double-click, Enter, Open)
/// emits sessionChosen(); the dialog stays open so several can be opened. It never writes.
class SessionBrowser final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBrowser)
public:
    explicit SessionBrowser(QWidget *parent = nullptr);
    ~SessionBrowser() override;

    /// Scans `root` (a projects folder) and lists it.
    void setRoot(const QString &root);
    [[nodiscard]] QString root() const;
    [[nodiscard]] ClaudeCodeSessionModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// The status line: scanning, what was found, or why nothing was.
    [[nodiscard]] QString statusText() const;

Q_SIGNALS:
    void sessionChosen(const QString &path);

private:
    void chooseCurrent();
    void onLoaded();
    void pickFolder();

    ClaudeCodeSessionModel *m_model;
    QComboBox *m_roots;
    QTreeView *m_view;
    QLabel *m_status;
    QPushButton *m_open;
};

} // namespace Workbench
