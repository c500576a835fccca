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
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

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
    connect(page, &RunPage::statusChanged, this, &BranchController::updateActions);
    connect(page, &QObject::destroyed, this, [this, page] { m_branches.remove(page); });
}

void BranchController::addActions(QMenu *runMenu)
{
    QAction *compare = runMenu->addAction(tr("Compare with &Parent Branch"), this,
                                          [this] { compareWithParent(m_window->currentPage()); });
    compare->setObjectName(QStringLiteral("compareBranchesAction"));
    compare->setToolTip(tr("Show this branch next to the run it was forked from"));
    m_followUp = runMenu->addAction(tr("Continue with a &Follow-up…"), this,
                                    [this] { continueWithFollowUp(m_window->currentPage()); });
    m_followUp->setObjectName(QStringLiteral("followUpAction"));
    m_followUp->setToolTip(tr("Send Claude another message in a run that has stopped, and let it go on"));
    connect(m_window->tabs(), &QTabWidget::currentChanged, this, &BranchController::updateActions);
    updateActions();
}

RestoredRunLoadJob *BranchController::pendingLoad() const
{
    return m_loading;
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

RestoredRunLoadJob *BranchController::load(const QString &path, const QString &what)
{
    if (m_loading)
        m_loading->cancel(); // one read at a time: the newer request wins
    if (!m_progress) {
        m_progress = new QWidget(m_window);
        m_progress->setObjectName(QStringLiteral("restoreProgress"));
        auto *layout = new QHBoxLayout(m_progress);
        layout->setContentsMargins(0, 0, 0, 0);
        m_progressLabel = new QLabel(m_progress);
        m_progressLabel->setObjectName(QStringLiteral("restoreProgressLabel"));
        auto *cancel = new QToolButton(m_progress);
        cancel->setObjectName(QStringLiteral("restoreCancelButton"));
        cancel->setText(tr("Cancel"));
        cancel->setToolTip(tr("Stop reading the transcript"));
        connect(cancel, &QToolButton::clicked, this, [this] {
            if (m_loading)
                m_loading->cancel();
        });
        layout->addWidget(m_progressLabel);
        layout->addWidget(cancel);
        m_window->statusBar()->addPermanentWidget(m_progress);
    }
    RestoredRunLoadJob *job = RestoredRunLoadJob::start(path, this);
    m_loading = job;
    m_progressLabel->setText(what);
    m_progress->show();
    connect(job, &RestoredRunLoadJob::progress, this, [this, job, what](qint64 bytes, qint64 total) {
        if (m_loading == job && total > 0)
            m_progressLabel->setText(tr("%1 %2%").arg(what).arg(int(bytes * 100 / total)));
    });
    connect(job, &RestoredRunLoadJob::finished, this, [this, job] {
        job->deleteLater();
        if (m_loading == job) {
            m_loading = nullptr;
            m_progress->hide();
        }
    });
    return job;
}

void BranchController::forkTranscript(const QString &path, const QString &toolUseId,
                                      const QString &parentTitle, RunPage *parent)
{
    QPointer<RunPage> parentPage = parent;
    RestoredRunLoadJob *job = load(path, tr("Reading the transcript to fork it…"));
    connect(job, &RestoredRunLoadJob::finished, this, [this, job, toolUseId, parentTitle, parentPage] {
        if (job->isCancelled())
            return;
        if (!job->error().isNull()) {
            showError(tr("Cannot fork this run"), job->error().toString());
            return;
        }
        askFork(job->state(), toolUseId, parentTitle, parentPage);
    });
}

void BranchController::askFork(const RestoredRun &state, const QString &toolUseId, const QString &parentTitle,
                               RunPage *parent)
{
    const RestoredCall *call = state.call(toolUseId);
    if (!call) {
        showError(tr("Cannot fork this run"), tr("The transcript has no tool call %1 yet.").arg(toolUseId));
        return;
    }
    QString summary = call->name;
    if (parent) {
        ToolCallModel *calls = parent->run()->toolCalls();
        summary = calls->index(calls->rowForId(toolUseId)).data(ToolCallModel::SummaryRole).toString();
    }
    auto *dialog = new ForkDialog(call->step, summary, call->result, state.model, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_question = dialog;
    const int step = call->step;
    const QString model = state.model;
    const QString path = state.path;
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

void BranchController::resume(RunPage *page, const QString &followUp)
{
    const QString path = page->session()->transcriptPath();
    const int index = m_window->tabs()->indexOf(page);
    const QString title = page->title();
    const Branch branch = m_branches.value(page);
    // The page's writer must be closed before the restored run appends to the same transcript.
    m_window->closeTab(index);
    RunRestoreJob *job = RunRestoreJob::resume(path, baseOptions(), m_nam, m_gate, this);
    job->setFollowUp(followUp);
    startJob(job, title, index, branch.parent, branch.toolCallId);
}

void BranchController::resumeTranscript(const QString &path, const QString &title, int index,
                                        const QString &followUp)
{
    RunRestoreJob *job = RunRestoreJob::resume(path, baseOptions(), m_nam, m_gate, this);
    job->setFollowUp(followUp);
    startJob(job, title, index, nullptr, {});
}

void BranchController::askFollowUp(const QString &title, const std::function<void(const QString &)> &send)
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("followUpDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Continue %1").arg(title));
    dialog->setLabelText(
        tr("Your next message to Claude. The run goes on from its transcript, with its conversation "
           "and workspace as they are now."));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setOkButtonText(tr("&Send"));
    m_question = dialog;
    connect(dialog, &QInputDialog::textValueSelected, this, [send](const QString &text) {
        if (!text.trimmed().isEmpty())
            send(text.trimmed());
    });
    dialog->open();
}

void BranchController::continueWithFollowUp(RunPage *page)
{
    if (!page)
        return;
    if (page->isRunning()) {
        showError(tr("The run is still going"),
                  tr("A follow-up is sent once the run has stopped. Wait for it to finish, or stop it."));
        return;
    }
    QPointer<RunPage> guarded = page;
    askFollowUp(page->title(), [this, guarded](const QString &text) {
        if (guarded && !guarded->isRunning())
            resume(guarded, text);
    });
}

void BranchController::followUpTranscript(const QString &path, const QString &title)
{
    askFollowUp(title, [this, path, title](const QString &text) { resumeTranscript(path, title, -1, text); });
}

void BranchController::updateActions()
{
    if (!m_followUp)
        return;
    RunPage *page = m_window->currentPage();
    m_followUp->setEnabled(page && page->run() && page->run()->state() == AgentRun::State::Finished);
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
    QPointer<RunPage> guarded = page;
    RestoredRunLoadJob *job =
        load(page->session()->transcriptPath(), tr("Reading the transcript to rewind it…"));
    connect(job, &RestoredRunLoadJob::finished, this, [this, job, guarded, toolUseId] {
        if (job->isCancelled() || !guarded)
            return;
        if (!job->error().isNull()) {
            showError(tr("Cannot rewind this run"), job->error().toString());
            return;
        }
        askRewind(job->state(), guarded, toolUseId);
    });
}

void BranchController::askRewind(const RestoredRun &state, RunPage *page, const QString &toolUseId)
{
    const RestoredCall *call = state.call(toolUseId);
    if (!call) {
        showError(tr("Cannot rewind this run"), tr("The transcript has no tool call %1.").arg(toolUseId));
        return;
    }
    RunSession *session = page->session();
    const int step = call->step;
    const QString target = state.checkpointFrom(step);
    // Where the run recorded its checkpoints, else the session's store, else the default one.
    QString storeRoot = state.checkpointStore;
    if (storeRoot.isEmpty())
        storeRoot = session->checkpoints() ? session->checkpoints()->root()
                                           : RunConfig::dataDirectory() + QStringLiteral("/checkpoints");
    if (target.isEmpty()) {
        confirmRewind(page, toolUseId, step, {});
        return;
    }
    // What the rewind would change: the current files against the checkpoint, listed by path.
    const CheckpointStore store(storeRoot);
    CheckpointStore::Request request;
    request.workspace = session->workspace();
    request.runId = page->runId();
    request.label = QStringLiteral("current files, compared before a rewind");
    CheckpointJob *job = store.createCheckpoint(request, this);
    QPointer<RunPage> guarded = page;
    connect(job, &CheckpointJob::finished, this, [this, job, storeRoot, target, guarded, toolUseId, step] {
        job->deleteLater();
        if (!guarded)
            return;
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
        confirmRewind(guarded, toolUseId, step, lines);
    });
    job->start();
}

void BranchController::confirmRewind(RunPage *page, const QString &toolUseId, int step,
                                     const QStringList &changes)
{
    QStringList named = changes.mid(0, kFilesNamed);
    if (changes.size() > kFilesNamed)
        named << tr("… and %n more", nullptr, int(changes.size() - kFilesNamed));
    const QString files =
        changes.isEmpty() ? tr("No file differs from that checkpoint.") : named.join(QLatin1Char('\n'));
    const bool running = page->isRunning();
    const QString text =
        tr("Rewind the workspace to how it was just before step %1?\n\nWhat changes:\n%2\n\nThe "
           "conversation is cut back to just before that call, in this tab and transcript, and the call "
           "is asked about again. The current files are kept in a safety checkpoint, so this can be "
           "undone.")
            .arg(step)
            .arg(files);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Rewind to Before Step %1?").arg(step),
        running ? tr("%1\n\nThe run is still going: it is stopped first, and the rewind starts once it has "
                     "stopped. Files it changes until then are restored too.")
                      .arg(text)
                : text,
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("rewindConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes =
        box->addButton(running ? tr("&Stop and Rewind") : tr("&Rewind"), QMessageBox::AcceptRole);
    yes->setObjectName(running ? QStringLiteral("stopAndRewindButton") : QStringLiteral("rewindButton"));
    m_question = box;
    const QString path = page->session()->transcriptPath();
    QPointer<RunPage> guarded = page;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, guarded, yes, toolUseId, path](QAbstractButton *b) {
                if (b != yes || !guarded)
                    return;
                const auto rewindNow = [this, guarded, toolUseId, path] {
                    if (!guarded)
                        return;
                    const int index = m_window->tabs()->indexOf(guarded);
                    const QString title = guarded->title();
                    const Branch branch = m_branches.value(guarded);
                    m_window->closeTab(index); // closes the transcript the rewound run appends to
                    RunRestoreJob *job =
                        RunRestoreJob::rewind(path, toolUseId, baseOptions(), m_nam, m_gate, this);
                    startJob(job, title, index, branch.parent, branch.toolCallId);
                };
                if (!guarded->isRunning()) {
                    rewindNow();
                    return;
                }
                // Stop, and rewind once the run has written its end: the page (and the run emitting
                // finished) is deleted by the rewind, so it starts from the event loop, not the signal.
                m_window->statusBar()->showMessage(tr("Stopping the run before rewinding…"), 15000);
                connect(
                    guarded->run(), &AgentRun::finished, this,
                    [this, rewindNow] { QTimer::singleShot(0, this, rewindNow); }, Qt::SingleShotConnection);
                guarded->stop();
            });
    box->open();
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
