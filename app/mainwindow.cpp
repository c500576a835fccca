// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "actions.h"
#include "agent/agentrun.h"
#include "agent/appsettings.h"
#include "agent/runsession.h"
#include "apikeystore.h"
#include "approval/approvalgate.h"
#include "approvalinbox.h"
#include "approvalrouter.h"
#include "branchcontroller.h"
#include "desktopintegration.h"
#include "models/approvalinboxmodel.h"
#include "models/coretext.h"
#include "runpage.h"
#include "welcomeview.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

namespace Workbench {

namespace {
const QString kDemoTask = QStringLiteral(
    "Write a Python function to calculate fibonacci numbers and test it with inputs 1 through 10");
const QString kDemoRecording = QStringLiteral(":/workbench/demo/fibonacci.jsonl");
} // namespace

MainWindow::MainWindow(ApiKeyStore *keys, QWidget *parent)
    : QMainWindow(parent)
    , m_keys(keys)
    , m_nam(new QNetworkAccessManager(this))
    , m_gate(new ApprovalGate(this))
    , m_inboxModel(new ApprovalInboxModel(this))
{
    setWindowTitle(tr("Agent Workbench"));
    setObjectName(QStringLiteral("mainWindow"));
    m_inboxModel->watch(m_gate);

    buildTaskBar();

    m_welcome = new WelcomeView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_central->addWidget(m_welcome);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    m_router = new ApprovalRouter(m_gate, m_inboxModel, m_tabs, this);

    m_inbox = new ApprovalInbox(m_inboxModel, this);
    m_inboxDock = new QDockWidget(tr("Approval Inbox"), this);
    m_inboxDock->setObjectName(QStringLiteral("approvalInboxDock"));
    m_inboxDock->setWidget(m_inbox);
    addDockWidget(Qt::BottomDockWidgetArea, m_inboxDock);

    m_statusRun = new QLabel(tr("Ready"), this);
    m_statusRun->setObjectName(QStringLiteral("statusRun"));
    m_statusTokens = new QLabel(this);
    m_statusTokens->setObjectName(QStringLiteral("statusTokens"));
    statusBar()->addWidget(m_statusRun, 1);
    statusBar()->addPermanentWidget(m_statusTokens);

    m_integration = new DesktopIntegration(this, m_keys);
    m_branches = new BranchController(this, m_nam, m_gate);
    setModeShown(permissionModeName(m_integration->settings()->permissionMode()));
    buildMenus();

    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_inbox, &ApprovalInbox::openRequested, m_router, &ApprovalRouter::openFromInbox);
    // A question that did not open (the user is typing, or another run asks): say so, show the
    // inbox, take no focus.
    connect(m_router, &ApprovalRouter::waitingQuietly, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message, 15000);
        m_inboxDock->show();
    });
    connect(m_keys, &ApiKeyStore::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_welcome, &WelcomeView::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomeView::runRequested, this, &MainWindow::startClaudeRun);

    m_integration->restoreWindow();
    m_welcome->focusStart();
}

MainWindow::~MainWindow()
{
    // Pages (and their runs) go before the gate and the inbox they talk to.
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
}

void MainWindow::buildTaskBar()
{
    auto *taskBar = new QToolBar(tr("Task"), this);
    taskBar->setObjectName(QStringLiteral("taskBar"));
    taskBar->setMovable(false);
    m_task = new QLineEdit(taskBar);
    m_task->setObjectName(QStringLiteral("taskEdit"));
    m_task->setPlaceholderText(tr("Describe a task for Claude, then press Enter (each run opens a tab)"));
    m_task->setAccessibleName(tr("Task"));
    m_mode = new QComboBox(taskBar);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("Permission mode"));
    m_mode->setToolTip(tr("Permission mode of the current run, and of new runs"));
    m_mode->addItem(tr("Ask before running"), QStringLiteral("default"));
    m_mode->addItem(tr("Accept edits"), QStringLiteral("acceptEdits"));
    m_mode->addItem(tr("Plan only"), QStringLiteral("plan"));
    m_mode->addItem(tr("Don't ask (deny)"), QStringLiteral("dontAsk"));
    m_mode->addItem(tr("Bypass (still sandboxed)"), QStringLiteral("bypassPermissions"));
    m_runButton = new QPushButton(tr("&Run"), taskBar);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    // The Stop action owns Ctrl+. and Esc; the button only mirrors it.
    m_stopButton = new QPushButton(tr("&Stop"), taskBar);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setEnabled(false);
    taskBar->addWidget(m_task);
    taskBar->addWidget(m_mode);
    taskBar->addWidget(m_runButton);
    taskBar->addWidget(m_stopButton);
    addToolBar(Qt::TopToolBarArea, taskBar);

    connect(m_task, &QLineEdit::returnPressed, this, &MainWindow::startRunFromTaskBox);
    connect(m_runButton, &QPushButton::clicked, this, &MainWindow::startRunFromTaskBox);
    connect(m_mode, &QComboBox::activated, this, &MainWindow::onModeChosen);
}

void MainWindow::buildMenus()
{
    ActionSet *actions = m_integration->actions();
    using Id = ActionSet::Id;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(actions->action(Id::NewRun));
    file->addAction(actions->action(Id::RunDemo));
    file->addActions({actions->action(Id::OpenTranscript), actions->action(Id::ClaudeCodeSessions)});
    QAction *closeRun =
        file->addAction(tr("&Close Run Tab"), this, [this] { closeTab(m_tabs->currentIndex()); });
    closeRun->setObjectName(QStringLiteral("closeTabAction"));
    closeRun->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    file->addAction(actions->action(Id::Settings));
    file->addSeparator();
    file->addAction(actions->action(Id::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(actions->action(Id::Find));
    edit->addAction(actions->action(Id::FindNext));
    edit->addAction(actions->action(Id::FindPrevious));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *inbox = m_inboxDock->toggleViewAction();
    inbox->setObjectName(QStringLiteral("inboxAction"));
    view->addAction(inbox);
    QAction *goInbox = view->addAction(tr("Go to the Approval &Inbox"), this, [this] {
        m_inboxDock->show();
        m_inboxDock->raise();
        m_inbox->view()->setFocus();
    });
    goInbox->setObjectName(QStringLiteral("focusInboxAction"));
    goInbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    view->addAction(m_router->answerAction());
    view->addSeparator();
    for (Id id :
         {Id::NextToolCall, Id::PreviousToolCall, Id::FocusConversation, Id::FocusScript, Id::FocusOutput})
        view->addAction(actions->action(id));

    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    runMenu->addAction(actions->action(Id::Stop));
    m_branches->addActions(runMenu);
    m_integration->addExtraAction(closeRun, actions->action(Id::Stop)->property("group").toString());
    m_integration->addExtraAction(goInbox, actions->action(Id::NextToolCall)->property("group").toString());
    m_integration->addExtraAction(m_router->answerAction(),
                                  actions->action(Id::NextToolCall)->property("group").toString());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(actions->action(Id::Shortcuts));
    help->addAction(tr("&About Agent Workbench"), this, [this] {
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("About Agent Workbench"),
                            tr("Agent Workbench %1\nWatch, control and trust what a Claude agent runs.")
                                .arg(QStringLiteral(WORKBENCH_VERSION)),
                            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_stopButton, &QPushButton::clicked, actions->action(Id::Stop), &QAction::trigger);
}

void MainWindow::startRunFromTaskBox()
{
    const QString task = m_task->text().trimmed();
    if (task.isEmpty())
        return;
    startClaudeRun(task);
    m_task->selectAll();
}

void MainWindow::startClaudeRun(const QString &task, const NewRunChoices &choices)
{
    RunOptions o;
    m_integration->applyRunDefaults(o,
                                    choices); // settings (provider too), the form's choices, the bridge key
    const bool anthropic = o.provider == QLatin1String("anthropic");
    if (anthropic && !m_keys->hasKey()) {
        showError(tr("No API key"),
                  tr("Claude needs an Anthropic API key. Set ANTHROPIC_API_KEY or enter one under File → "
                     "Settings → API key. To see the workbench without a key, use File → Run the Demo."));
        return;
    }
    // A local OpenAI-compatible server takes its optional key from OPENAI_API_KEY only.
    o.apiKey = anthropic ? m_keys->key() : qEnvironmentVariable("OPENAI_API_KEY");
    if (anthropic)
        o.baseUrl = qEnvironmentVariable("ANTHROPIC_BASE_URL");
    o.permissionMode =
        choices.permissionMode.isEmpty() ? m_mode->currentData().toString() : choices.permissionMode;
    o.ruleSource = QStringLiteral("settings");
    startRun(o, task, task);
}

void MainWindow::startDemo()
{
    RunOptions o;
    o.provider = QStringLiteral("replay");
    o.replayFile = kDemoRecording;
    o.replayChunkDelayMs = 12;
    // Edits are accepted; running a script still asks, so the demo shows the approval dialog.
    o.permissionMode = QStringLiteral("acceptEdits");
    m_task->setText(kDemoTask);
    startRun(o, kDemoTask, tr("Demo"));
}

void MainWindow::startRun(const RunOptions &options, const QString &task, const QString &title)
{
    auto created = RunSession::create(options, m_nam, m_gate, nullptr);
    if (!created) {
        showError(tr("The run could not start"), CoreText::display(created.error().toString()));
        return;
    }
    addRunPage(*created, nextRunName(title), task)->start(task);
}

RunPage *MainWindow::addRunPage(RunSession *session, const QString &name, const QString &tooltip, int index)
{
    auto *page = new RunPage(session, name, m_tabs);
    m_inboxModel->setRunName(page->runId(), name);
    connect(page, &RunPage::statusChanged, this, [this, page] {
        if (page == currentPage())
            updateStatus();
    });
    m_integration->watchPage(page); // also shows a failed run's error in the status bar
    m_branches->watchPage(page);
    index = m_tabs->insertTab(index, page, name);
    m_tabs->setTabToolTip(index, tooltip);
    m_tabs->setCurrentIndex(index);
    m_central->setCurrentWidget(m_tabs);
    updateStatus();
    return page;
}

void MainWindow::focusNewRun()
{
    if (m_tabs->count() == 0) {
        m_welcome->focusStart();
        return;
    }
    m_task->setFocus(Qt::ShortcutFocusReason);
    m_task->selectAll();
}

void MainWindow::closeTab(int index)
{
    QWidget *page = m_tabs->widget(index);
    if (!page)
        return;
    if (auto *run = qobject_cast<RunPage *>(page))
        m_integration->savePageLayout(run);
    m_tabs->removeTab(index);
    delete page; // a run stops; its waiting question is withdrawn from the gate and the inbox
    if (m_tabs->count() == 0) {
        m_welcome->refreshRecentRuns();
        m_central->setCurrentWidget(m_welcome);
        m_welcome->focusStart();
        updateStatus();
    }
}

int MainWindow::addPage(QWidget *page, const QString &name, const QString &tooltip)
{
    const int index = m_tabs->addTab(page, name);
    m_tabs->setTabToolTip(index, tooltip);
    m_tabs->setCurrentIndex(index);
    m_central->setCurrentWidget(m_tabs);
    return index;
}

RunPage *MainWindow::currentPage() const
{
    return qobject_cast<RunPage *>(m_tabs->currentWidget());
}

QList<RunPage *> MainWindow::pages() const
{
    QList<RunPage *> list;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<RunPage *>(m_tabs->widget(i)))
            list.append(page);
    }
    return list;
}

void MainWindow::setModeShown(const QString &mode)
{
    const int i = m_mode->findData(mode);
    if (i >= 0)
        m_mode->setCurrentIndex(i);
    m_welcome->setPermissionMode(mode);
}

void MainWindow::onCurrentTabChanged()
{
    // The mode switcher shows (and acts on) the current run's mode.
    if (RunPage *page = currentPage())
        setModeShown(permissionModeName(page->run()->policy().mode()));
    updateStatus();
}

void MainWindow::onModeChosen()
{
    const QString name = m_mode->currentData().toString();
    PermissionMode mode;
    if (!parsePermissionMode(name, &mode))
        return;
    m_integration->settings()->setPermissionMode(mode); // the default for new runs, too
    m_welcome->setPermissionMode(name);
    if (RunPage *page = currentPage())
        page->run()->setPermissionMode(mode);
}

void MainWindow::updateStatus()
{
    RunPage *page = currentPage();
    m_statusRun->setText(page ? page->statusText() : tr("Ready"));
    m_statusTokens->setText(page ? page->tokensText() : QString());
    const bool running = page && page->isRunning();
    m_stopButton->setEnabled(running);
    m_integration->actions()->action(ActionSet::Id::Stop)->setEnabled(running);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<RunPage *> all = pages();
    for (RunPage *page : all)
        page->stop();
    m_integration->saveWindow();
    event->accept();
}

} // namespace Workbench
