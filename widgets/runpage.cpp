// SPDX-License-Identifier: MIT
#include "runpage.h"

#include "agent/agentrun.h"
#include "agent/runsession.h"
#include "agent/toolregistry.h"
#include "conversationview.h"
#include "executionview.h"
#include "findbar.h"
#include "inspectorview.h"
#include "models/toolcallmodel.h"
#include "sandbox/cloudflaresandbox.h"
#include "scriptview.h"
#include "terminalpane.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Workbench {

RunPage::RunPage(RunSession *session, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(title)
{
    setObjectName(QStringLiteral("runPage"));
    AgentRun *run = session->run();

    // Plan mode: what was proposed, and the way to carry it out once the mode allows running.
    m_planBar = new QWidget(this);
    m_planBar->setObjectName(QStringLiteral("planBar"));
    m_planLabel = new QLabel(m_planBar);
    m_planLabel->setObjectName(QStringLiteral("planLabel"));
    m_planLabel->setWordWrap(true);
    m_executePlanButton = new QPushButton(tr("E&xecute the Plan"), m_planBar);
    m_executePlanButton->setObjectName(QStringLiteral("executePlanButton"));
    m_executePlanButton->setAccessibleDescription(
        tr("Ask Claude to carry out its plan in the current permission mode"));
    auto *planLayout = new QHBoxLayout(m_planBar);
    planLayout->setContentsMargins(6, 4, 6, 4);
    planLayout->addWidget(m_planLabel, 1);
    planLayout->addWidget(m_executePlanButton);
    m_planBar->hide();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_conversation = new ConversationView(m_splitter);
    m_script = new ScriptView(m_splitter);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_script);
    auto *remote = dynamic_cast<CloudflareSandbox *>(session->sandbox());
    if (remote) {
        // A remote run gets a terminal on its sandbox, for the user, next to the output.
        m_outputTabs = new QTabWidget(m_splitter);
        m_outputTabs->setObjectName(QStringLiteral("outputTabs"));
        m_outputTabs->setDocumentMode(true);
        m_execution = new ExecutionView(m_outputTabs);
        m_terminal = new TerminalPane(remote, m_outputTabs);
        m_outputTabs->addTab(m_execution, tr("Output"));
        m_outputTabs->addTab(m_terminal, tr("Terminal"));
        m_splitter->addWidget(m_outputTabs);
        connect(remote, &CloudflareSandbox::created, this, &RunPage::updateWhere);
    } else {
        m_execution = new ExecutionView(m_splitter);
        m_splitter->addWidget(m_execution);
    }
    for (int i = 0; i < 3; ++i)
        m_splitter->setStretchFactor(i, 3);
    m_splitter->setSizes({420, 460, 460});

    m_findBar = new FindBar(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));

    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("runWhere"));
    m_where->setWordWrap(true);
    m_where->setContentsMargins(6, 3, 6, 3);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_where);
    layout->addWidget(m_planBar);
    // The live panes, and the inspector of the same run read from its transcript as it grows.
    m_viewTabs = new QTabWidget(this);
    m_viewTabs->setObjectName(QStringLiteral("runViewTabs"));
    m_viewTabs->setTabPosition(QTabWidget::South);
    m_viewTabs->setDocumentMode(true);
    m_inspector = new InspectorView(m_viewTabs);
    m_viewTabs->addTab(m_splitter, tr("Run"));
    m_viewTabs->addTab(m_inspector, tr("Inspector · Timeline"));
    m_viewTabs->setTabToolTip(1, tr("Each turn's request, headers, events, timings and cost; each tool "
                                    "call's decisions, sandbox and changes; the run as a timeline"));
    layout->addWidget(m_viewTabs, 1);
    layout->addWidget(m_findBar);

    m_conversation->attachRun(run); // its conversation, plus Continue / Retry and the status line
    m_execution->setModel(run->toolCalls());

    connect(m_conversation, &ConversationView::toolCallSelected, this, &RunPage::showToolCall);
    connect(m_conversation, &ConversationView::forkRequested, this, &RunPage::forkRequested);
    connect(m_conversation, &ConversationView::rewindRequested, this, &RunPage::rewindRequested);
    connect(m_conversation, &ConversationView::resumeRequested, this, &RunPage::resumeRequested);
    connect(run, &AgentRun::toolCallAdded, this, [this, run](int row) {
        // Follow the newest call, as a user watching the run expects.
        const QString id = run->toolCalls()->index(row).data(ToolCallModel::IdRole).toString();
        m_conversation->selectToolCall(id);
        showToolCall(id);
    });
    connect(run->toolCalls(), &QAbstractItemModel::dataChanged, this,
            [this, run](const QModelIndex &tl, const QModelIndex &, const QList<int> &roles) {
                // The script can change after an edit-before-approve; keep the pane true to what runs.
                const QModelIndex index = run->toolCalls()->index(tl.row());
                if (roles.contains(ToolCallModel::ScriptRole) &&
                    index.data(ToolCallModel::IdRole).toString() == m_selectedCall)
                    showToolCall(m_selectedCall);
                if (roles.contains(ToolCallModel::StatusRole) &&
                    index.data(ToolCallModel::StatusRole).toInt() == int(ToolCallModel::Status::Running)) {
                    // AgentRun starts the execution right after marking the call running.
                    const QString id = index.data(ToolCallModel::IdRole).toString();
                    QMetaObject::invokeMethod(
                        this, [this, id] { noteExecutionStarted(id); }, Qt::QueuedConnection);
                }
            });
    connect(m_findBar, &FindBar::closed, this, [this] { m_conversation->setFocus(); });
    connect(run, &AgentRun::stateChanged, this, &RunPage::statusChanged);
    connect(run, &AgentRun::usageChanged, this, &RunPage::statusChanged);
    connect(run, &AgentRun::turnStarted, this, &RunPage::statusChanged);
    connect(run, &AgentRun::permissionModeChanged, this, [this] {
        updatePlanBar();
        Q_EMIT statusChanged();
    });
    connect(run, &AgentRun::proposalsChanged, this, &RunPage::updatePlanBar);
    connect(run, &AgentRun::stateChanged, this, &RunPage::updatePlanBar);
    connect(run, &AgentRun::finished, this, [this] {
        updatePlanBar();
        Q_EMIT statusChanged();
        Q_EMIT finished();
    });
    connect(m_executePlanButton, &QPushButton::clicked, this, [this] {
        if (AgentRun *r = this->run())
            r->executePlan();
    });
    // The watcher follows appends while a turn streams; boundaries re-read at once.
    auto followTranscript = [this] {
        if (m_inspector->transcriptFile().isEmpty() && m_session &&
            QFile::exists(m_session->transcriptPath()))
            m_inspector->setTranscriptFile(m_session->transcriptPath(), true);
        else
            m_inspector->reload();
    };
    connect(run, &AgentRun::turnStarted, this, followTranscript);
    connect(run, &AgentRun::toolCallAdded, this, followTranscript);
    connect(run, &AgentRun::stateChanged, this, followTranscript);
    connect(run, &AgentRun::finished, this, followTranscript);
    followTranscript();
    // Adopted last, so it is destroyed after the views that show its models.
    session->setParent(this);
    updateWhere();
}

QString RunPage::whereText() const
{
    RunSession *session = m_session;
    Sandbox *sandbox = session ? session->sandbox() : nullptr;
    if (!sandbox)
        return {};
    const int perCall = run() ? run()->config().toolTimeoutMs / 1000 : 0;
    if (auto *remote = dynamic_cast<const CloudflareSandbox *>(sandbox)) {
        const QString id =
            remote->sandboxId().isEmpty() ? tr("(created at the first call)") : remote->sandboxId();
        return tr("Runs remotely in Cloudflare Sandbox %1 via %2 · limits: %3 (%4 s per call) · %5")
            .arg(id, remote->endpoint().displayUrl(), CloudflareSandbox::limitsText())
            .arg(perCall)
            .arg(CloudflareSandbox::egressText());
    }
    if (sandbox->kind() == QLatin1String("none"))
        return tr("Runs on this computer WITHOUT a sandbox: commands run as you, with your files, keys and "
                  "network · workspace %1")
            .arg(sandbox->hostWorkspace());
    return tr("Runs on this computer in a bubblewrap sandbox · workspace %1 · %2 s per call · %3")
        .arg(sandbox->hostWorkspace())
        .arg(perCall)
        .arg(session->network() ? tr("network only through the app's filtering proxy") : tr("no network"));
}

void RunPage::updateWhere()
{
    m_where->setText(whereText());
}

RunPage::~RunPage()
{
    // A run must not outlive the page that shows it: stop it before the session goes.
    if (AgentRun *r = run(); r && r->state() != AgentRun::State::Finished) {
        r->disconnect(this);
        r->cancel();
    }
}

RunSession *RunPage::session() const
{
    return m_session;
}

AgentRun *RunPage::run() const
{
    return m_session ? m_session->run() : nullptr;
}

QString RunPage::runId() const
{
    AgentRun *r = run();
    return r ? r->config().runId : QString();
}

bool RunPage::isRunning() const
{
    AgentRun *r = run();
    return r && r->state() != AgentRun::State::Finished && r->state() != AgentRun::State::Idle;
}

void RunPage::showInspector(bool show)
{
    m_viewTabs->setCurrentWidget(show ? static_cast<QWidget *>(m_inspector) : m_splitter);
}

void RunPage::start(const QString &task)
{
    if (AgentRun *r = run())
        r->start(task);
    Q_EMIT statusChanged();
}

void RunPage::stop()
{
    if (isRunning())
        run()->cancel();
}

void RunPage::showToolCall(const QString &toolCallId)
{
    AgentRun *r = run();
    if (!r)
        return;
    ToolCallModel *calls = r->toolCalls();
    const int row = calls->rowForId(toolCallId);
    if (row < 0)
        return;
    const QModelIndex idx = calls->index(row);
    const bool changed = toolCallId != m_selectedCall;
    m_selectedCall = toolCallId;
    m_script->showScript(idx.data(ToolCallModel::SummaryRole).toString(),
                         idx.data(ToolCallModel::LanguageRole).toString(),
                         idx.data(ToolCallModel::ScriptRole).toString(),
                         idx.data(ToolCallModel::WorkingDirectoryRole).toString());
    if (changed) {
        m_execution->showCall(row);
        m_execution->setBoundary(m_boundaries.value(toolCallId));
    }
}

void RunPage::noteExecutionStarted(const QString &toolCallId)
{
    // The execution is the run's newest ToolExecution; its describeSpec() is the boundary it
    // runs in (empty for edits the app does itself, which run in no sandbox).
    AgentRun *r = run();
    if (!r)
        return;
    const auto executions = r->findChildren<ToolExecution *>(Qt::FindDirectChildrenOnly);
    if (executions.isEmpty())
        return;
    const QJsonObject spec = executions.constLast()->spec();
    if (spec.isEmpty())
        return;
    m_boundaries.insert(toolCallId, spec);
    if (toolCallId == m_selectedCall)
        m_execution->setBoundary(spec);
}

void RunPage::selectAdjacentToolCall(int step)
{
    AgentRun *r = run();
    if (!r || r->toolCalls()->rowCount() == 0)
        return;
    ToolCallModel *calls = r->toolCalls();
    const int current = calls->rowForId(m_selectedCall);
    const int row = current < 0 ? (step > 0 ? 0 : calls->rowCount() - 1)
                                : qBound(0, current + step, calls->rowCount() - 1);
    const QString id = calls->index(row).data(ToolCallModel::IdRole).toString();
    m_conversation->selectToolCall(id);
    showToolCall(id);
}

void RunPage::focusPane(Pane pane)
{
    QWidget *target = nullptr;
    switch (pane) {
    case Pane::Conversation:
        target = m_conversation->findChild<QListView *>(QStringLiteral("conversationList"));
        break;
    case Pane::Script:
        target = m_script->findChild<QWidget *>(QStringLiteral("scriptEditor"));
        break;
    case Pane::Output:
        if (m_outputTabs)
            m_outputTabs->setCurrentWidget(m_execution);
        target = m_execution->findChild<QPlainTextEdit *>(QStringLiteral("outputText"));
        break;
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> RunPage::findPanes() const
{
    // The conversation is searched unless the focus is in the output.
    return {m_conversation->findChild<QListView *>(QStringLiteral("conversationList")),
            m_execution->findChild<QPlainTextEdit *>(QStringLiteral("outputText"))};
}

void RunPage::updatePlanBar()
{
    AgentRun *r = run();
    const int proposed = r ? int(r->proposals().size()) : 0;
    if (!r || proposed == 0) {
        m_planBar->hide();
        return;
    }
    const bool canExecute = r->canExecutePlan();
    if (canExecute)
        m_planLabel->setText(tr("%n call(s) were proposed in plan mode. The run is now in %1 mode: "
                                "execute the plan to let Claude carry it out.",
                                nullptr, proposed)
                                 .arg(permissionModeName(r->policy().mode())));
    else if (r->policy().mode() == PermissionMode::Plan)
        m_planLabel->setText(tr("Plan mode: %n call(s) proposed, none run. Switch the permission mode, "
                                "then execute the plan.",
                                nullptr, proposed));
    else
        m_planLabel->setText(tr("%n call(s) were proposed in plan mode.", nullptr, proposed));
    m_executePlanButton->setVisible(canExecute);
    m_planBar->show();
}

// How a run ended, in words, with the identifier the transcript and the command line use.
static QString stopReasonText(const QString &reason)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("end_turn"), QT_TRANSLATE_NOOP("Workbench::RunPage", "Claude ended its turn")},
        {QStringLiteral("stop_sequence"), QT_TRANSLATE_NOOP("Workbench::RunPage", "a stop sequence")},
        {QStringLiteral("max_tokens"),
         QT_TRANSLATE_NOOP("Workbench::RunPage", "the output limit was reached")},
        {QStringLiteral("max_turns"), QT_TRANSLATE_NOOP("Workbench::RunPage", "the turn limit was reached")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Workbench::RunPage", "stopped by you")},
        {QStringLiteral("error"), QT_TRANSLATE_NOOP("Workbench::RunPage", "an error")},
        {QStringLiteral("refusal"), QT_TRANSLATE_NOOP("Workbench::RunPage", "Claude declined")},
        {QStringLiteral("pause_turn"), QT_TRANSLATE_NOOP("Workbench::RunPage", "paused by the API")},
    };
    const auto it = words.constFind(reason);
    return it == words.constEnd() ? reason : RunPage::tr("%1 (%2)").arg(RunPage::tr(*it), reason);
}

QString RunPage::statusText() const
{
    AgentRun *r = run();
    if (!r)
        return {};
    QString state;
    switch (r->state()) {
    case AgentRun::State::Idle:
        state = tr("Ready");
        break;
    case AgentRun::State::Requesting:
        state = tr("Waiting for Claude");
        break;
    case AgentRun::State::RunningTools:
        state = tr("Running a tool call");
        break;
    case AgentRun::State::AwaitingApproval:
        state = tr("Waiting for your approval");
        break;
    case AgentRun::State::Finished:
        state = tr("Finished: %1").arg(stopReasonText(r->stopReason()));
        break;
    }
    return tr("Turn %1 · %2 · %3 mode · transcript %4")
        .arg(r->turns())
        .arg(state, permissionModeName(r->policy().mode()), m_session->transcriptPath());
}

QString RunPage::tokensText() const
{
    AgentRun *r = run();
    if (!r)
        return {};
    const QJsonObject u = r->usage();
    const QLocale locale; // the UI language's digits and grouping
    return tr("Tokens: %1 in · %2 out")
        .arg(locale.toString(u.value(QLatin1String("input_tokens")).toInteger() +
                             u.value(QLatin1String("cache_read_input_tokens")).toInteger() +
                             u.value(QLatin1String("cache_creation_input_tokens")).toInteger()),
             locale.toString(u.value(QLatin1String("output_tokens")).toInteger()));
}

} // namespace Workbench
