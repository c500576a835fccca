// SPDX-License-Identifier: MIT
#pragma once

#include "welcomeview.h" // NewRunChoices

#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace Workbench {

class ApiKeyStore;
class ApprovalGate;
class ApprovalInbox;
class ApprovalInboxModel;
class ApprovalRouter;
class BranchController;
class RunSession;
class DesktopIntegration;
class RunPage;
class WelcomeView;
struct RunOptions;

/// The main window composes: the task bar (task, permission mode of the current run, run,
/// stop), the welcome view while no run is open, one tab per run (RunPage), the approval inbox
/// dock listing every waiting call across runs, and the status bar. It decides nothing: runs,
/// the policy and the gate live in core; pages and dialogs render them and forward the user's
/// intent. The desktop wiring (actions, settings, notifications, saved layout) is
/// DesktopIntegration's.
///
/// Approvals: every run asks through the one ApprovalGate the window owns; the inbox model
/// watches it, and ApprovalRouter decides which question is on screen (the current tab's at
/// once, others badge their tab and wait in the inbox). Dismissing a dialog never approves.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ApiKeyStore *keys, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts the bundled recorded run in a new tab (replayed; its tool calls really execute).
    void startDemo();
    /// Starts a Claude run with the stored settings, overridden by the new-run form's `choices`
    /// (empty fields keep the settings; permission mode empty: the task bar's).
    void startClaudeRun(const QString &task, const NewRunChoices &choices = {});
    /// Puts the focus where a new run starts: the welcome form, or the task bar's field.
    void focusNewRun();
    void closeTab(int index);
    /// Shows a page that is not a run (a read-only transcript) as a tab, current; the tab
    /// widget takes it, closeTab() deletes it. Returns its index.
    int addPage(QWidget *page, const QString &name, const QString &tooltip);
    /// Shows a session as a run tab named `name` (at `index`, or appended) and makes it current;
    /// the page owns the session. The session's run is started by the caller (or already going).
    RunPage *addRunPage(RunSession *session, const QString &name, const QString &tooltip, int index = -1);
    /// "#N title" for the next run tab.
    QString nextRunName(const QString &title) { return tr("#%1 %2").arg(++m_runCount).arg(title.left(40)); }

    [[nodiscard]] RunPage *currentPage() const;
    [[nodiscard]] QList<RunPage *> pages() const;
    [[nodiscard]] ApprovalInboxModel *inboxModel() const { return m_inboxModel; }
    [[nodiscard]] ApprovalInbox *inbox() const { return m_inbox; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] WelcomeView *welcome() const { return m_welcome; }
    [[nodiscard]] ApprovalRouter *approvalRouter() const { return m_router; }
    [[nodiscard]] DesktopIntegration *integration() const { return m_integration; }
    [[nodiscard]] ApiKeyStore *keys() const { return m_keys; }
    /// The gate every run of the window asks through, and the network access they share.
    [[nodiscard]] ApprovalGate *gate() const { return m_gate; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_nam; }
    /// Resume, fork, rewind and compare (entry points for other views too).
    [[nodiscard]] BranchController *branches() const { return m_branches; }
    /// Shows the current run's mode (or the stored default) in the task bar's switcher.
    void setModeShown(const QString &mode);
    void updateStatus();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildTaskBar();
    void buildMenus();
    void startRunFromTaskBox();
    void startRun(const RunOptions &options, const QString &task, const QString &title);
    void onCurrentTabChanged();
    void onModeChosen();
    void showError(const QString &title, const QString &message);

    ApiKeyStore *m_keys; // not owned
    QNetworkAccessManager *m_nam;
    ApprovalGate *m_gate;
    ApprovalInboxModel *m_inboxModel;
    ApprovalInbox *m_inbox = nullptr;
    QDockWidget *m_inboxDock = nullptr;
    QStackedWidget *m_central = nullptr; // the welcome view, or the run tabs
    WelcomeView *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    ApprovalRouter *m_router = nullptr; // which question is on screen when several runs ask
    DesktopIntegration *m_integration = nullptr;
    BranchController *m_branches = nullptr;
    int m_runCount = 0;

    QLineEdit *m_task = nullptr;
    QComboBox *m_mode = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_statusRun = nullptr;
    QLabel *m_statusTokens = nullptr;
};

} // namespace Workbench
