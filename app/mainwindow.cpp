// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "agent/agentrun.h"
#include "agent/runsession.h"
#include "apikeystore.h"
#include "approval/approvalgate.h"
#include "approvaldialog.h"
#include "conversationview.h"
#include "executionview.h"
#include "models/toolcallmodel.h"
#include "scriptview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace Workbench {

namespace {
const QString kDemoTask = QStringLiteral(
    "Write a Python function to calculate fibonacci numbers and test it with inputs 1 through 10");
const QString kDemoRecording = QStringLiteral(":/workbench/demo/fibonacci.jsonl");
const QString kModelKey = QStringLiteral("run/model");
const QString kModeKey = QStringLiteral("run/permissionMode");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kSplitterKey = QStringLiteral("window/splitter");
} // namespace

MainWindow::MainWindow(ApiKeyStore *keys, QWidget *parent)
    : QMainWindow(parent)
    , m_keys(keys)
    , m_nam(new QNetworkAccessManager(this))
    , m_gate(new ApprovalGate(this))
{
    setWindowTitle(tr("Agent Workbench"));
    setObjectName(QStringLiteral("mainWindow"));

    // Task bar: what to do, how much to trust it, run / stop.
    auto *taskBar = new QToolBar(tr("Task"), this);
    taskBar->setObjectName(QStringLiteral("taskBar"));
    taskBar->setMovable(false);
    m_task = new QLineEdit(taskBar);
    m_task->setObjectName(QStringLiteral("taskEdit"));
    m_task->setPlaceholderText(tr("Describe a task for Claude, then press Enter"));
    m_task->setAccessibleName(tr("Task"));
    m_mode = new QComboBox(taskBar);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("Permission mode"));
    m_mode->addItem(tr("Ask before running"), QStringLiteral("default"));
    m_mode->addItem(tr("Accept edits"), QStringLiteral("acceptEdits"));
    m_mode->addItem(tr("Plan only"), QStringLiteral("plan"));
    m_mode->addItem(tr("Don't ask (deny)"), QStringLiteral("dontAsk"));
    m_mode->addItem(tr("Bypass (still sandboxed)"), QStringLiteral("bypassPermissions"));
    m_mode->setCurrentIndex(
        qMax(0, m_mode->findData(QSettings().value(kModeKey, QStringLiteral("default")))));
    m_runButton = new QPushButton(tr("&Run"), taskBar);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_stopButton = new QPushButton(tr("&Stop"), taskBar);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_stopButton->setEnabled(false);
    taskBar->addWidget(m_task);
    taskBar->addWidget(m_mode);
    taskBar->addWidget(m_runButton);
    taskBar->addWidget(m_stopButton);
    addToolBar(Qt::TopToolBarArea, taskBar);

    // The three panes.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_conversation = new ConversationView(m_splitter);
    m_script = new ScriptView(m_splitter);
    m_execution = new ExecutionView(m_splitter);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_script);
    m_splitter->addWidget(m_execution);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    setCentralWidget(m_splitter);

    m_statusRun = new QLabel(tr("Ready"), this);
    m_statusRun->setObjectName(QStringLiteral("statusRun"));
    m_statusTokens = new QLabel(this);
    m_statusTokens->setObjectName(QStringLiteral("statusTokens"));
    statusBar()->addWidget(m_statusRun, 1);
    statusBar()->addPermanentWidget(m_statusTokens);

    buildMenus();

    connect(m_task, &QLineEdit::returnPressed, this, &MainWindow::startRunFromTaskBox);
    connect(m_runButton, &QPushButton::clicked, this, &MainWindow::startRunFromTaskBox);
    connect(m_stopButton, &QPushButton::clicked, this, &MainWindow::stopRun);
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(kModeKey, m_mode->currentData()); });
    connect(m_gate, &ApprovalGate::approvalRequested, this, &MainWindow::onApprovalRequested);
    connect(m_conversation, &ConversationView::toolCallSelected, this, &MainWindow::showToolCall);
    connect(m_keys, &ApiKeyStore::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({420, 460, 460});
    if (!settings.contains(kGeometryKey))
        resize(1400, 820);
    m_task->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *demo = file->addAction(tr("Run the &Demo"), this, &MainWindow::startDemo);
    demo->setObjectName(QStringLiteral("demoAction"));
    demo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *focusTask = file->addAction(tr("&New Task"), this, [this] {
        m_task->setFocus();
        m_task->selectAll();
    });
    focusTask->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("Anthropic &API Key…"), this, &MainWindow::askForApiKey);
    settings->addAction(tr("&Model…"), this, &MainWindow::askForModel);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Agent Workbench"), this, [this] {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("About Agent Workbench"),
                            tr("Agent Workbench %1\nWatch, control and trust what a Claude agent runs.")
                                .arg(QStringLiteral(WORKBENCH_VERSION)),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::startRunFromTaskBox()
{
    const QString task = m_task->text().trimmed();
    if (task.isEmpty() || isRunning())
        return;
    if (!m_keys->hasKey()) {
        showError(tr("No API key"),
                  tr("Claude needs an Anthropic API key. Set ANTHROPIC_API_KEY or enter one under Settings → "
                     "Anthropic API Key. To see the workbench without a key, use File → Run the Demo."));
        return;
    }
    RunOptions o;
    o.provider = QStringLiteral("anthropic");
    o.apiKey = m_keys->key();
    o.baseUrl = qEnvironmentVariable("ANTHROPIC_BASE_URL");
    o.model = QSettings().value(kModelKey).toString();
    o.permissionMode = m_mode->currentData().toString();
    o.ruleSource = QStringLiteral("settings");
    startRun(o, task);
}

bool MainWindow::isRunning() const
{
    return m_session && m_session->run()->state() != AgentRun::State::Finished;
}

void MainWindow::startDemo()
{
    if (isRunning())
        return;
    RunOptions o;
    o.provider = QStringLiteral("replay");
    o.replayFile = kDemoRecording;
    o.replayChunkDelayMs = 12;
    // Edits are accepted; running a script still asks, so the demo shows the approval dialog.
    o.permissionMode = QStringLiteral("acceptEdits");
    m_mode->setCurrentIndex(m_mode->findData(o.permissionMode));
    m_task->setText(kDemoTask);
    startRun(o, kDemoTask);
}

void MainWindow::startRun(const RunOptions &options, const QString &task)
{
    auto created = RunSession::create(options, m_nam, m_gate, this);
    if (!created) {
        showError(tr("The run could not start"), created.error().toString());
        return;
    }
    // The finished run stays on screen until the next one replaces it.
    RunSession *previous = m_session;
    m_session = *created;
    AgentRun *run = m_session->run();
    m_conversation->setModel(run->conversation());
    m_execution->setModel(run->toolCalls());
    delete previous;
    m_script->clear();
    m_execution->clear();
    m_selectedCall.clear();

    connect(run, &AgentRun::toolCallAdded, this, [this, run](int row) {
        // Follow the newest call, as a user watching the run expects.
        const QString id = run->toolCalls()->index(row).data(ToolCallModel::IdRole).toString();
        m_conversation->selectToolCall(id);
        showToolCall(id);
    });
    connect(run->toolCalls(), &QAbstractItemModel::dataChanged, this,
            [this, run](const QModelIndex &tl, const QModelIndex &, const QList<int> &roles) {
                // The script can change after an edit-before-approve; keep the pane true to what runs.
                if (roles.contains(ToolCallModel::ScriptRole) &&
                    run->toolCalls()->index(tl.row()).data(ToolCallModel::IdRole).toString() ==
                        m_selectedCall)
                    showToolCall(m_selectedCall);
            });
    connect(run, &AgentRun::stateChanged, this, &MainWindow::updateStatus);
    connect(run, &AgentRun::usageChanged, this, &MainWindow::updateStatus);
    connect(run, &AgentRun::turnStarted, this, &MainWindow::updateStatus);
    connect(run, &AgentRun::finished, this, [this, run] {
        updateStatus();
        if (!run->error().isNull() && run->stopReason() != QLatin1String("cancelled"))
            statusBar()->showMessage(run->error().toString());
        setRunning(false);
    });
    setRunning(true);
    run->start(task);
    updateStatus();
}

void MainWindow::stopRun()
{
    if (isRunning())
        m_session->run()->cancel();
}

void MainWindow::onApprovalRequested(const ApprovalRequest &request)
{
    // Answers, edits and remembered rules go to the gate and this run (ApprovalDialog::openFor).
    ApprovalDialog::openFor(request, m_gate, m_session ? m_session->run() : nullptr, this);
    if (!isActiveWindow())
        QApplication::alert(this);
}

void MainWindow::showToolCall(const QString &toolCallId)
{
    if (!m_session)
        return;
    ToolCallModel *calls = m_session->run()->toolCalls();
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
    if (changed)
        m_execution->showCall(row);
}

void MainWindow::updateStatus()
{
    if (!m_session)
        return;
    AgentRun *run = m_session->run();
    QString state;
    switch (run->state()) {
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
        state = tr("Finished: %1").arg(run->stopReason());
        break;
    }
    m_statusRun->setText(
        tr("Turn %1 · %2 · transcript %3").arg(run->turns()).arg(state, m_session->transcriptPath()));
    const QJsonObject u = run->usage();
    m_statusTokens->setText(tr("Tokens: %1 in · %2 out")
                                .arg(u.value(QLatin1String("input_tokens")).toInteger() +
                                     u.value(QLatin1String("cache_read_input_tokens")).toInteger() +
                                     u.value(QLatin1String("cache_creation_input_tokens")).toInteger())
                                .arg(u.value(QLatin1String("output_tokens")).toInteger()));
}

void MainWindow::setRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
    m_task->setReadOnly(running);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::askForApiKey()
{
    if (m_keys->fromEnvironment()) {
        showError(tr("API key"),
                  tr("The key comes from ANTHROPIC_API_KEY, which takes precedence over a stored key."));
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Anthropic API Key"));
    dialog->setLabelText(tr("Your key is stored in the desktop keychain, never in a file or a transcript:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, m_keys, [this](const QString &key) {
        if (!key.trimmed().isEmpty())
            m_keys->save(key);
    });
    dialog->open();
}

void MainWindow::askForModel()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Model"));
    dialog->setLabelText(tr("Model id used for new runs:"));
    dialog->setTextValue(QSettings().value(kModelKey, RunConfig::defaultModel()).toString());
    connect(dialog, &QInputDialog::textValueSelected, this, [](const QString &model) {
        if (!model.trimmed().isEmpty())
            QSettings().setValue(kModelKey, model.trimmed());
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isRunning())
        m_session->run()->cancel();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    event->accept();
}

} // namespace Workbench
