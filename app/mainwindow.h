// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSplitter;

namespace Workbench {

class ApiKeyStore;
class ApprovalGate;
class ConversationView;
class ExecutionView;
class RunSession;
class ScriptView;
struct ApprovalRequest;
struct RunOptions;

/// The main window: composes the task bar, the three panes (conversation | script | output) and
/// the status bar, and wires them to a RunSession. It decides nothing itself: the run, the policy
/// and the gate live in core; dialogs only report the user's answer.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ApiKeyStore *keys, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts the bundled recorded run (replayed; its tool calls really execute).
    void startDemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void startRunFromTaskBox();
    void startRun(const RunOptions &options, const QString &task);
    void stopRun();
    [[nodiscard]] bool isRunning() const;
    void onApprovalRequested(const ApprovalRequest &request);
    void showToolCall(const QString &toolCallId);
    void updateStatus();
    void setRunning(bool running);
    void showError(const QString &title, const QString &message);
    void askForApiKey();
    void askForModel();

    ApiKeyStore *m_keys; // not owned
    QNetworkAccessManager *m_nam;
    ApprovalGate *m_gate;
    QPointer<RunSession> m_session;

    QLineEdit *m_task;
    QComboBox *m_mode;
    QPushButton *m_runButton;
    QPushButton *m_stopButton;
    QSplitter *m_splitter;
    ConversationView *m_conversation;
    ScriptView *m_script;
    ExecutionView *m_execution;
    QLabel *m_statusRun;
    QLabel *m_statusTokens;
    QString m_selectedCall;
};

} // namespace Workbench
