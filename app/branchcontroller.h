// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QNetworkAccessManager;

namespace Workbench {

class ApprovalGate;
class MainWindow;
class RunPage;
class RestoredRunLoadJob;
class RunRestoreJob;
struct RunOptions;
struct RestoredRun;

/// Resume, fork, rewind and compare, for the main window: it answers a page's forkRequested /
/// rewindRequested / resumeRequested, asks what it must (the fork dialog, the rewind
/// confirmation naming the files that change), runs a RunRestoreJob and hands the restored run to
/// the window as a tab. A branch's tab is titled as the branch of its parent; the window keeps
/// which page a branch came from, for "Compare with Parent".
///
/// Entry points other views can call (a read-only transcript page, say): forkTranscript(),
/// resumeTranscript() and followUpTranscript() take a transcript path, so the run need not be open.
///
/// Transcripts are read and rebuilt on a worker thread (RestoredRunLoadJob): the window stays
/// responsive, the status bar says how far the reading got and offers Cancel, and a failure is
/// said in a message box. One read at a time: a new request cancels the one under way.
class BranchController final : public QObject
{
    Q_OBJECT
public:
    /// `window` owns this; `nam` and `gate` are the window's and outlive it.
    BranchController(MainWindow *window, QNetworkAccessManager *nam, ApprovalGate *gate);

    /// Connects a run page's branch requests. MainWindow calls it for every page it adds.
    void watchPage(RunPage *page);
    /// Adds "Compare with Parent" (and friends) to the window's Run menu.
    void addActions(QMenu *runMenu);

    /// Opens the fork dialog for tool call `toolUseId` of the transcript at `path`; the branch
    /// opens as a new tab titled as a branch of `parentTitle`. `parent` may be null.
    void forkTranscript(const QString &path, const QString &toolUseId, const QString &parentTitle,
                        RunPage *parent = nullptr);
    /// Resumes the transcript at `path` in a new tab (or at `index`, replacing nothing). A
    /// non-empty `followUp` is sent as the user's next message (a finished run goes on with it).
    void resumeTranscript(const QString &path, const QString &title, int index = -1,
                          const QString &followUp = {});
    /// Asks for the user's next message, then continues a run that has stopped (finished,
    /// stopped, failed) with it, in the same tab and transcript. Refused while the run is going.
    void continueWithFollowUp(RunPage *page);
    /// Asks for the user's next message, then resumes the transcript at `path` with it in a new tab.
    void followUpTranscript(const QString &path, const QString &title);
    /// Asks, then restores the page's workspace to the checkpoint before `toolUseId` and cuts
    /// its conversation back to that call, in the same tab and transcript. When the run is still
    /// going, the confirmation offers "Stop and Rewind": the run is stopped, and the rewind starts
    /// once it has finished stopping.
    void rewind(RunPage *page, const QString &toolUseId);
    /// Opens a window showing a branch next to the page it came from.
    void compareWithParent(RunPage *branch);

    /// The page a branch was forked from (null when it is not a branch, or was closed).
    [[nodiscard]] RunPage *parentOf(RunPage *page) const;
    /// The fork dialog or the rewind confirmation on screen, if any (tests answer them).
    [[nodiscard]] QWidget *pendingQuestion() const { return m_question; }
    /// The transcript read under way for a fork or a rewind, if any.
    [[nodiscard]] RestoredRunLoadJob *pendingLoad() const;

Q_SIGNALS:
    /// A restored run is on screen: a branch, a resumed run or a rewound one.
    void pageOpened(Workbench::RunPage *page);
    /// A restore failed or was refused; `message` says why, in words.
    void failed(const QString &message);

private:
    RunOptions baseOptions() const;
    void resume(RunPage *page, const QString &followUp = {});
    void startJob(RunRestoreJob *job, const QString &title, int index, RunPage *parent,
                  const QString &forkCall);
    void showError(const QString &title, const QString &message);
    /// Starts reading `path` on a worker thread, with `what` in the status bar while it reads.
    RestoredRunLoadJob *load(const QString &path, const QString &what);
    void askFork(const RestoredRun &state, const QString &toolUseId, const QString &parentTitle,
                 RunPage *parent);
    void askRewind(const RestoredRun &state, RunPage *page, const QString &toolUseId);
    void confirmRewind(RunPage *page, const QString &toolUseId, int step, const QStringList &changes);
    void askFollowUp(const QString &title, const std::function<void(const QString &)> &send);
    void updateActions();

    MainWindow *m_window;
    QNetworkAccessManager *m_nam;
    ApprovalGate *m_gate;
    QPointer<QWidget> m_question;
    QPointer<RestoredRunLoadJob> m_loading;
    QWidget *m_progress = nullptr; // in the status bar while a transcript is read
    QLabel *m_progressLabel = nullptr;
    QAction *m_followUp = nullptr;
    struct Branch
    {
        QPointer<RunPage> parent;
        QString toolCallId;
    };
    QHash<RunPage *, Branch> m_branches;
};

} // namespace Workbench
