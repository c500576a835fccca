// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QMenu;
class QNetworkAccessManager;

namespace Workbench {

class ApprovalGate;
class MainWindow;
class RunPage;
class RunRestoreJob;
struct RunOptions;

/// Resume, fork, rewind and compare, for the main window: it answers a page's forkRequested /
/// rewindRequested / resumeRequested, asks what it must (the fork dialog, the rewind
/// confirmation naming the files that change), runs a RunRestoreJob and hands the restored run to
/// the window as a tab. A branch's tab is titled as the branch of its parent; the window keeps
/// which page a branch came from, for "Compare with Parent".
///
/// Entry points other views can call (a read-only transcript page, say): forkTranscript() and
/// resumeTranscript() take a transcript path, so the run need not be open.
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
    /// Resumes the transcript at `path` in a new tab (or at `index`, replacing nothing).
    void resumeTranscript(const QString &path, const QString &title, int index = -1);
    /// Asks, then restores the page's workspace to the checkpoint before `toolUseId` and cuts
    /// its conversation back to that call, in the same tab and transcript.
    void rewind(RunPage *page, const QString &toolUseId);
    /// Opens a window showing a branch next to the page it came from.
    void compareWithParent(RunPage *branch);

    /// The page a branch was forked from (null when it is not a branch, or was closed).
    [[nodiscard]] RunPage *parentOf(RunPage *page) const;
    /// The fork dialog or the rewind confirmation on screen, if any (tests answer them).
    [[nodiscard]] QWidget *pendingQuestion() const { return m_question; }

Q_SIGNALS:
    /// A restored run is on screen: a branch, a resumed run or a rewound one.
    void pageOpened(Workbench::RunPage *page);
    /// A restore failed or was refused; `message` says why, in words.
    void failed(const QString &message);

private:
    RunOptions baseOptions() const;
    void resume(RunPage *page);
    void startJob(RunRestoreJob *job, const QString &title, int index, RunPage *parent,
                  const QString &forkCall);
    void showError(const QString &title, const QString &message);

    MainWindow *m_window;
    QNetworkAccessManager *m_nam;
    ApprovalGate *m_gate;
    QPointer<QWidget> m_question;
    struct Branch
    {
        QPointer<RunPage> parent;
        QString toolCallId;
    };
    QHash<RunPage *, Branch> m_branches;
};

} // namespace Workbench
