// SPDX-License-Identifier: MIT
#include "branchcontroller.h"

#include "agent/agentrun.h"
#include "agent/appsettings.h"
#include "agent/runrestore.h"
#include "agent/runsession.h"
#include "apikeystore.h"
#include "branchcompareview.h"
#include "checkpoint/checkpointdiff.h"
#include "checkpoint/checkpointstore.h"
#include "desktopintegration.h"
#include "forkdialog.h"
#include "mainwindow.h"
#include "models/toolcallmodel.h"
#include "runpage.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

namespace Workbench {

namespace {
constexpr int kFilesNamed = 12; // in the rewind confirmation; the rest are counted
} // namespace

BranchController::BranchController(MainWindow *window, QNetworkAccessManager *nam, ApprovalGate *gate)
    : QObject(window)
    , m_window(window)
    , m_nam(nam)
    , m_gate(gate)
{}

RunOptions BranchController::baseOptions() const
{
    RunOptions o;
    m_window->integration()->settings()->applyTo(o);
    o.apiKey = m_window->keys()->key();
    o.baseUrl = qEnvironmentVariable("ANTHROPIC_BASE_URL");
    o.ruleSource = QStringLiteral("settings");
    return o;
}

void BranchController::watchPage(RunPage *page)
{
    connect(page, &RunPage::forkRequested, this, [this, page](const QString &id) {
        forkTranscript(page->session()->transcriptPath(), id, page->title(), page);
    });
    connect(page, &RunPage::rewindRequested, this, [this, page](const QString &id) { rewind(page, id); });
    connect(page, &RunPage::resumeRequested, this, [this, page] { resume(page); });
    connect(page, &QObject::destroyed, this, [this, page] { m_branches.remove(page); });
}

void BranchController::addActions(QMenu *runMenu)
{
    QAction *compare = runMenu->addAction(tr("Compare with &Parent Branch"), this,
                                          [this] { compareWithParent(m_window->currentPage()); });
    compare->setObjectName(QStringLiteral("compareBranchesAction"));
    compare->setToolTip(tr("Show this branch next to the run it was forked from"));
}

RunPage *BranchController::parentOf(RunPage *page) const
{
    return m_branches.value(page).parent;
}

void BranchController::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("branchErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT failed(message);
}

void BranchController::forkTranscript(const QString &path, const QString &toolUseId,
                                      const QString &parentTitle, RunPage *parent)
{
    auto state = RestoredRun::load(path);
    if (!state) {
        showError(tr("Cannot fork this run"), state.error().toString());
        return;
    }
    const RestoredCall *call = state->call(toolUseId);
    if (!call) {
        showError(tr("Cannot fork this run"), tr("The transcript has no tool call %1 yet.").arg(toolUseId));
        return;
    }
    QString summary = call->name;
    if (parent) {
        ToolCallModel *calls = parent->run()->toolCalls();
        summary = calls->index(calls->rowForId(toolUseId)).data(ToolCallModel::SummaryRole).toString();
    }
    auto *dialog = new ForkDialog(call->step, summary, call->result, state->model, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_question = dialog;
    const int step = call->step;
    const QString model = state->model;
    QPointer<RunPage> parentPage = parent;
    connect(dialog, &QDialog::accepted, this, [=, this] {
        ForkRequest request;
        request.toolUseId = toolUseId;
        if (dialog->resultEdited())
            request.toolResult = dialog->result();
        request.userMessage = dialog->userMessage();
        if (dialog->model() != model)
            request.model = dialog->model();
        RunRestoreJob *job = RunRestoreJob::fork(path, request, baseOptions(), m_nam, m_gate, this);
        startJob(job, tr("branch at step %1 of %2").arg(step).arg(parentTitle), -1, parentPage, toolUseId);
    });
    dialog->open();
}

void BranchController::resume(RunPage *page)
{
    const QString path = page->session()->transcriptPath();
    const int index = m_window->tabs()->indexOf(page);
    const QString title = page->title();
    const Branch branch = m_branches.value(page);
    // The page's writer must be closed before the restored run appends to the same transcript.
    m_window->closeTab(index);
    RunRestoreJob *job = RunRestoreJob::resume(path, baseOptions(), m_nam, m_gate, this);
    startJob(job, title, index, branch.parent, branch.toolCallId);
}

void BranchController::resumeTranscript(const QString &path, const QString &title, int index)
{
    RunRestoreJob *job = RunRestoreJob::resume(path, baseOptions(), m_nam, m_gate, this);
    startJob(job, title, index, nullptr, {});
}

void BranchController::startJob(RunRestoreJob *job, const QString &title, int index, RunPage *parent,
                                const QString &forkCall)
{
    QPointer<RunPage> parentPage = parent;
    connect(job, &RunRestoreJob::finished, this, [this, job, title, index, parentPage, forkCall] {
        job->deleteLater();
        if (!job->error().isNull()) {
            showError(tr("The run could not be restored"), job->error().toString());
            return;
        }
        RunSession *session = job->takeSession();
        const QString name = index >= 0 ? title : m_window->nextRunName(title);
        RunPage *page = m_window->addRunPage(session, name, session->transcriptPath(), index);
        if (parentPage || !forkCall.isEmpty())
            m_branches.insert(page, Branch{parentPage, forkCall});
        if (!job->workspaceNote().isEmpty())
            m_window->statusBar()->showMessage(job->workspaceNote(), 15000);
        Q_EMIT pageOpened(page);
    });
    job->start();
}

void BranchController::rewind(RunPage *page, const QString &toolUseId)
{
    if (page->isRunning()) {
        showError(tr("Stop the run first"),
                  tr("Rewinding changes the run's files and its conversation. Stop the run, then rewind."));
        return;
    }
    RunSession *session = page->session();
    const QString path = session->transcriptPath();
    auto state = RestoredRun::load(path);
    if (!state) {
        showError(tr("Cannot rewind this run"), state.error().toString());
        return;
    }
    const RestoredCall *call = state->call(toolUseId);
    if (!call) {
        showError(tr("Cannot rewind this run"), tr("The transcript has no tool call %1.").arg(toolUseId));
        return;
    }
    const int step = call->step;
    const QString target = state->checkpointFrom(step);
    const QString workspace = session->workspace();
    // Where the run recorded its checkpoints, else the session's store, else the default one.
    QString storeRoot = state->checkpointStore;
    if (storeRoot.isEmpty())
        storeRoot = session->checkpoints() ? session->checkpoints()->root()
                                           : RunConfig::dataDirectory() + QStringLiteral("/checkpoints");
    QPointer<RunPage> guarded = page;

    const auto confirm = [this, guarded, toolUseId, step, path](const QStringList &changes) {
        if (!guarded)
            return;
        QStringList named = changes.mid(0, kFilesNamed);
        if (changes.size() > kFilesNamed)
            named << tr("… and %n more", nullptr, int(changes.size() - kFilesNamed));
        const QString files =
            changes.isEmpty() ? tr("No file differs from that checkpoint.") : named.join(QLatin1Char('\n'));
        auto *box = new QMessageBox(
            QMessageBox::Question, tr("Rewind to Before Step %1?").arg(step),
            tr("Rewind the workspace to how it was just before step %1?\n\nWhat changes:\n%2\n\nThe "
               "conversation is cut back to just before that call, in this tab and transcript, and the call "
               "is asked about again. The current files are kept in a safety checkpoint, so this can be "
               "undone.")
                .arg(step)
                .arg(files),
            QMessageBox::Cancel, m_window);
        box->setObjectName(QStringLiteral("rewindConfirmBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *yes = box->addButton(tr("&Rewind"), QMessageBox::AcceptRole);
        yes->setObjectName(QStringLiteral("rewindButton"));
        m_question = box;
        connect(box, &QMessageBox::buttonClicked, this,
                [this, guarded, yes, toolUseId, path](QAbstractButton *b) {
                    if (b != yes || !guarded)
                        return;
                    const int index = m_window->tabs()->indexOf(guarded);
                    const QString title = guarded->title();
                    const Branch branch = m_branches.value(guarded);
                    m_window->closeTab(index); // closes the transcript the rewound run appends to
                    RunRestoreJob *job =
                        RunRestoreJob::rewind(path, toolUseId, baseOptions(), m_nam, m_gate, this);
                    startJob(job, title, index, branch.parent, branch.toolCallId);
                });
        box->open();
    };
    if (target.isEmpty()) {
        confirm({});
        return;
    }
    // What the rewind would change: the current files against the checkpoint, listed by path.
    const CheckpointStore store(storeRoot);
    CheckpointStore::Request request;
    request.workspace = workspace;
    request.runId = page->runId();
    request.label = QStringLiteral("current files, compared before a rewind");
    CheckpointJob *job = store.createCheckpoint(request, this);
    connect(job, &CheckpointJob::finished, this, [this, job, storeRoot, target, confirm] {
        job->deleteLater();
        if (!job->result()) {
            showError(tr("Cannot rewind this run"), job->result().error().toString());
            return;
        }
        const CheckpointStore s(storeRoot);
        auto to = s.load(target);
        if (!to) {
            showError(tr("Cannot rewind this run"), to.error().toString());
            return;
        }
        CheckpointDiffOptions options;
        options.withText = false;
        auto changes = diffCheckpoints(s, *job->result(), *to, options);
        if (!changes) {
            showError(tr("Cannot rewind this run"), changes.error().toString());
            return;
        }
        QStringList lines;
        for (const CheckpointChange &c : std::as_const(*changes))
            lines << c.summary();
        confirm(lines);
    });
    job->start();
}

void BranchController::compareWithParent(RunPage *branch)
{
    const Branch b = branch ? m_branches.value(branch) : Branch{};
    if (!b.parent) {
        showError(tr("Nothing to compare"),
                  tr("Compare works on a branch whose parent run is still open in a tab. Fork a run from a "
                     "tool call (right-click it) to make a branch."));
        return;
    }
    auto *view = new BranchCompareView(b.parent->run(), b.parent->title(), branch->run(), branch->title(),
                                       b.toolCallId, m_window);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->show();
}

} // namespace Workbench
