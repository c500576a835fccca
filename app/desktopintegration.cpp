// SPDX-License-Identifier: MIT
#include "desktopintegration.h"

#include "accessibility.h"
#include "actions.h"
#include "agent/agentrun.h"
#include "agent/appsettings.h"
#include "agent/runsession.h"
#include "apikeystore.h"
#include "appearance.h"
#include "llm/anthropicprovider.h"
#include "mainwindow.h"
#include "notifier.h"
#include "runpage.h"
#include "sandbox/bridgeclient.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "transcriptopener.h"
#include "welcomeview.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QUrl>

namespace Workbench {

namespace {
const QString kPanesSplitter = QStringLiteral("panes");
} // namespace

DesktopIntegration::DesktopIntegration(MainWindow *window, ApiKeyStore *keys)
    : QObject(window)
    , m_window(window)
    , m_keys(keys)
    , m_bridgeKeys(new ApiKeyStore(ApiKeyStore::Secret::SandboxBridgeKey, this))
    , m_settings(std::make_unique<AppSettings>())
    , m_actions(new ActionSet(window))
    , m_notifier(new Notifier(window, this))
    , m_transcripts(new TranscriptOpener(window, m_actions, this))
{
    connectActions();
    WelcomeView *welcome = m_window->welcome();
    welcome->setTranscriptDirectory(m_settings->effectiveTranscriptDirectory());
    connect(welcome, &WelcomeView::settingsRequested, this, &DesktopIntegration::openSettings);
    connect(welcome, &WelcomeView::transcriptRequested, m_transcripts,
            [this](const QString &path) { m_transcripts->open(path); });
    connect(m_keys, &ApiKeyStore::keyChanged, this, &DesktopIntegration::updateKeyState);
    updateKeyState();
    connect(m_bridgeKeys, &ApiKeyStore::keyChanged, this, &DesktopIntegration::updateKeyState);
    connect(m_bridgeKeys, &ApiKeyStore::problem, this, [this](const QString &message) {
        // Only worth a word to someone who uses the remote sandbox.
        if (m_settings->sandbox() == QLatin1String("cloudflare") || !m_settings->bridgeUrl().isEmpty())
            m_window->statusBar()->showMessage(message, 10000);
    });
    m_bridgeKeys->load();
    updateRunDefaults();
    pruneTranscripts();
}

void DesktopIntegration::pruneTranscripts()
{
    const int days = m_settings->transcriptRetentionDays();
    if (days <= 0)
        return;
    const QString dir = m_settings->effectiveTranscriptDirectory();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto result = std::make_shared<Result<int>>(0);
    QThread *thread =
        QThread::create([dir, days, now, result] { *result = Workbench::pruneTranscripts(dir, days, now); });
    connect(thread, &QThread::finished, this, [this, thread, result, days] {
        thread->deleteLater();
        if (!*result)
            m_window->statusBar()->showMessage(result->error().message, 10000);
        else if (result->value() > 0)
            m_window->statusBar()->showMessage(
                tr("Deleted %n transcript(s) older than %1 days (Settings → Transcripts).", nullptr,
                   result->value())
                    .arg(days),
                10000);
    });
    thread->start();
}

void DesktopIntegration::updateRunDefaults()
{
    const QString url = m_settings->effectiveBridgeUrl();
    auto endpoint = BridgeEndpoint::fromEnvironment(url);
    m_window->welcome()->setRunDefaults(m_settings->sandbox(), m_settings->offerNoSandbox(),
                                        m_settings->networkEnabled(), m_settings->allowedDomains(),
                                        endpoint ? endpoint->displayUrl() : QString());
}

void DesktopIntegration::applyRunDefaults(RunOptions &options, const NewRunChoices &choices) const
{
    m_settings->applyTo(options);
    choices.applyTo(options);
    options.bridgeApiKey = m_bridgeKeys->key();
}

DesktopIntegration::~DesktopIntegration() = default;

SettingsDialog *DesktopIntegration::settingsDialog() const
{
    return m_settingsDialog;
}

void DesktopIntegration::connectActions()
{
    using Id = ActionSet::Id;
    auto on = [this](Id id, auto &&slot) {
        connect(m_actions->action(id), &QAction::triggered, this, std::forward<decltype(slot)>(slot));
    };
    // The page actions act on the current run and do nothing while none is open.
    auto onPage = [this, on](Id id, auto &&fn) {
        on(id, [this, fn] {
            if (RunPage *page = m_window->currentPage())
                fn(page);
        });
    };
    on(Id::NewRun, [this] { m_window->focusNewRun(); });
    on(Id::RunDemo, [this] { m_window->startDemo(); });
    on(Id::OpenTranscript, [this] { m_transcripts->chooseFile(m_settings->effectiveTranscriptDirectory()); });
    on(Id::ClaudeCodeSessions, [this] { m_transcripts->browseClaudeCodeSessions(); });
    on(Id::Settings, [this] { openSettings(); });
    on(Id::Shortcuts, [this] { showShortcuts(); });
    on(Id::Quit, [this] { m_window->close(); });
    onPage(Id::Stop, [](RunPage *p) { p->stop(); });
    onPage(Id::Find, [](RunPage *p) { p->find(); });
    onPage(Id::FindNext, [](RunPage *p) { p->findNext(); });
    onPage(Id::FindPrevious, [](RunPage *p) { p->findPrevious(); });
    onPage(Id::NextToolCall, [](RunPage *p) { p->selectAdjacentToolCall(1); });
    onPage(Id::PreviousToolCall, [](RunPage *p) { p->selectAdjacentToolCall(-1); });
    onPage(Id::FocusConversation, [](RunPage *p) { p->focusPane(RunPage::Pane::Conversation); });
    onPage(Id::FocusScript, [](RunPage *p) { p->focusPane(RunPage::Pane::Script); });
    onPage(Id::FocusOutput, [](RunPage *p) { p->focusPane(RunPage::Pane::Output); });
}

void DesktopIntegration::addExtraAction(QAction *action, const QString &group)
{
    action->setProperty("group", group);
    m_extraActions.append(action);
}

QList<QAction *> DesktopIntegration::shortcutActions() const
{
    return m_actions->actions() + m_extraActions;
}

void DesktopIntegration::updateKeyState()
{
    m_window->welcome()->setKeyState(m_keys->hasKey(), m_keys->fromEnvironment());
    if (m_settingsDialog) {
        m_settingsDialog->setApiKeyState(m_keys->hasKey(), m_keys->fromEnvironment());
        m_settingsDialog->setBridgeKey(m_bridgeKeys->key(), m_bridgeKeys->fromEnvironment());
    }
}

void DesktopIntegration::restoreWindow()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry))
        m_window->resize(1400, 900);
    if (!m_window->restoreState(m_settings->windowState())) {
        // First start: the inbox is a strip under the runs, not half the window.
        if (auto *inbox = m_window->findChild<QDockWidget *>(QStringLiteral("approvalInboxDock")))
            m_window->resizeDocks({inbox}, {160}, Qt::Vertical);
    }
}

void DesktopIntegration::saveWindow()
{
    m_settings->setWindowGeometry(m_window->saveGeometry());
    m_settings->setWindowState(m_window->saveState());
    if (RunPage *page = m_window->currentPage())
        savePageLayout(page);
}

void DesktopIntegration::savePageLayout(RunPage *page)
{
    m_settings->setSplitterState(kPanesSplitter, page->splitter()->saveState());
}

void DesktopIntegration::watchPage(RunPage *page)
{
    if (const QByteArray state = m_settings->splitterState(kPanesSplitter); !state.isEmpty())
        page->splitter()->restoreState(state);
    connect(page->splitter(), &QSplitter::splitterMoved, this, [this, page] { savePageLayout(page); });

    AgentRun *run = page->run();
    const QString name = page->title();
    connect(run, &AgentRun::stateChanged, page, [this, page, name](AgentRun::State state) {
        if (state != AgentRun::State::AwaitingApproval)
            return;
        m_notifier->notify(Notifier::Event::ApprovalNeeded, name);
        Accessibility::announce(page, tr("%1 is waiting for your approval").arg(name));
    });
    connect(run, &AgentRun::finished, page, [this, page, run, name] {
        if (run->stopReason() == QLatin1String("cancelled"))
            return; // the user stopped it: nothing to tell them
        const bool failed = !run->error().isNull();
        if (failed && page == m_window->currentPage())
            m_window->statusBar()->showMessage(run->error().toString());
        const QString detail = failed ? tr("%1: %2").arg(name, run->error().toString()) : name;
        m_notifier->notify(failed ? Notifier::Event::RunFailed : Notifier::Event::RunFinished, detail);
        Accessibility::announce(page, failed ? tr("%1 failed: %2").arg(name, run->error().toString())
                                             : tr("%1 finished").arg(name));
        m_window->welcome()->refreshRecentRuns();
    });
}

void DesktopIntegration::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_settings.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog = dialog;
    dialog->setApiKeyState(m_keys->hasKey(), m_keys->fromEnvironment());
    connect(dialog, &SettingsDialog::apiKeySaveRequested, m_keys, &ApiKeyStore::save);
    connect(dialog, &SettingsDialog::apiKeyClearRequested, m_keys, &ApiKeyStore::clear);
    dialog->setBridgeKey(m_bridgeKeys->key(), m_bridgeKeys->fromEnvironment());
    connect(dialog, &SettingsDialog::bridgeKeySaveRequested, m_bridgeKeys, &ApiKeyStore::save);
    connect(dialog, &SettingsDialog::bridgeKeyClearRequested, m_bridgeKeys, &ApiKeyStore::clear);
    connect(dialog, &SettingsDialog::settingsApplied, this, &DesktopIntegration::applySettings);
    if (m_keys->hasKey()) {
        // The models this key can use, with their limits; the dialog keeps its own list until then.
        AnthropicConfig config;
        config.apiKey = m_keys->key();
        if (const QString base = qEnvironmentVariable("ANTHROPIC_BASE_URL"); !base.isEmpty())
            config.baseUrl = QUrl(base);
        if (!m_nam)
            m_nam = new QNetworkAccessManager(this);
        dialog->loadModels(config, m_nam);
    }
    dialog->open();
}

void DesktopIntegration::showShortcuts()
{
    if (!m_shortcutsDialog) {
        auto *dialog = new ShortcutsDialog(shortcutActions(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_shortcutsDialog = dialog;
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void DesktopIntegration::applySettings()
{
    Appearance::applyFrom(*m_settings);
    m_window->welcome()->setTranscriptDirectory(m_settings->effectiveTranscriptDirectory());
    updateRunDefaults();
    pruneTranscripts();
    if (!m_window->currentPage())
        m_window->setModeShown(permissionModeName(m_settings->permissionMode()));
    m_window->statusBar()->showMessage(tr("Settings saved to %1").arg(m_settings->fileName()), 5000);
}

} // namespace Workbench
