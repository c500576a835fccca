// SPDX-License-Identifier: MIT
#pragma once

#include "sessionbrowser.h"

#include <QObject>
#include <QPointer>

namespace Workbench {

class ActionSet;
class MainWindow;
class TranscriptPage;

/// Opens past runs in the window, read-only: our transcripts (File ▸ Open Transcript…, the
/// welcome view's recent runs, `agent-workbench FILE.jsonl`) and Claude Code sessions (File ▸
/// Claude Code Sessions…), each in a TranscriptPage tab. A file already open is brought to the
/// front rather than opened twice. The navigation actions (find, next call, panes) act on a
/// transcript tab as on a run's; the banner offers Resume, Continue with a Follow-up and Fork
/// (BranchController).
/// Owned by the window's DesktopIntegration.
class TranscriptOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptOpener)
public:
    /// `window` and `actions` outlive this.
    TranscriptOpener(MainWindow *window, ActionSet *actions, QObject *parent);
    ~TranscriptOpener() override;

    /// Opens `path` in a new tab (or shows the tab it is open in) and returns the page.
    TranscriptPage *open(const QString &path);
    /// Asks for a transcript file (a non-modal file dialog starting in `directory`).
    void chooseFile(const QString &directory);
    /// Shows the Claude Code session browser.
    void browseClaudeCodeSessions();
    [[nodiscard]] SessionBrowser *sessionBrowser() const { return m_browser; }
    /// The transcript page in the current tab, or null.
    [[nodiscard]] TranscriptPage *currentPage() const;

private:
    void connectActions();
    void addBranchActions(TranscriptPage *page);
    void addInspector(TranscriptPage *page);
    void updateStatus();

    MainWindow *m_window;
    ActionSet *m_actions;
    QPointer<SessionBrowser> m_browser;
};

} // namespace Workbench
