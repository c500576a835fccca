// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Workbench {

class RecentRunsModel;

/// The start view, shown while no run is open.
///
/// Without an API key it offers the bundled demo, says where a key is kept (the desktop
/// keychain; ANTHROPIC_API_KEY wins over it) and leads to the settings. With a key it is a
/// new-run form: the task, the workspace folder (empty: a fresh one) and the permission mode.
/// Either way it lists the recent runs' transcripts, newest first. It decides nothing: each
/// choice is a signal for the window to act on.
class WelcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)
public:
    explicit WelcomeView(QWidget *parent = nullptr);
    ~WelcomeView() override;

    void setKeyState(bool hasKey, bool fromEnvironment);
    [[nodiscard]] bool showsNewRunForm() const;
    /// The permission mode the form starts with (a Claude Code mode name, e.g. "default").
    void setPermissionMode(const QString &mode);
    /// Lists the transcripts in `directory` (rereads it).
    void setTranscriptDirectory(const QString &directory);
    void refreshRecentRuns();
    [[nodiscard]] RecentRunsModel *recentRuns() const { return m_recent; }
    /// Puts the keyboard focus where the user starts: the task, or the demo button.
    void focusStart();

Q_SIGNALS:
    void demoRequested();
    void settingsRequested();
    /// `workspace` is empty for a fresh folder; `permissionMode` is a Claude Code mode name.
    void runRequested(const QString &task, const QString &workspace, const QString &permissionMode);
    void transcriptRequested(const QString &path);

private:
    void updateForm();
    void submit();

    QStackedWidget *m_stack = nullptr;
    QWidget *m_noKeyPage = nullptr;
    QWidget *m_formPage = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_keySource = nullptr;
    QPlainTextEdit *m_task = nullptr;
    QLineEdit *m_workspace = nullptr;
    QLabel *m_workspaceError = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_start = nullptr;
    QListView *m_recentList = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QPushButton *m_openTranscript = nullptr;
    RecentRunsModel *m_recent = nullptr;
};

} // namespace Workbench
