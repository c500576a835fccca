// SPDX-License-Identifier: MIT
#include "welcomeview.h"

#include "agent/appsettings.h"
#include "agent/runsession.h"
#include "scriptview.h" // Theme helpers
#include "transcript/recentrunsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Workbench {

using namespace Qt::StringLiterals;

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QStringList splitDomains(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

void NewRunChoices::applyTo(RunOptions &options) const
{
    options.workspace = workspace;
    if (!permissionMode.isEmpty())
        options.permissionMode = permissionMode;
    if (sandbox.isEmpty())
        return;
    options.sandbox = sandbox;
    options.network = sandbox == u"local"_s && network;
    options.allowDomains = options.network ? allowedDomains : QStringList();
}

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
    , m_recent(new RecentRunsModel(this))
{
    setObjectName(u"welcomeView"_s);

    auto *title = new QLabel(tr("Agent Workbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle =
        wrapped(tr("Give Claude a task and watch it work: the conversation, each script it writes, "
                   "and that script's output from a sandbox."),
                this);

    // Without a key: the demo, and where a key goes.
    m_noKeyPage = new QWidget(this);
    m_noKeyPage->setObjectName(u"noKeyPage"_s);
    m_demoButton = new QPushButton(tr("Run the &Demo"), m_noKeyPage);
    m_demoButton->setObjectName(u"demoButton"_s);
    m_demoButton->setAccessibleDescription(
        tr("Replays a recorded run; its scripts really run in the sandbox"));
    auto *settingsButton = new QPushButton(tr("Open &Settings…"), m_noKeyPage);
    settingsButton->setObjectName(u"welcomeSettingsButton"_s);
    auto *noKeyLayout = new QVBoxLayout(m_noKeyPage);
    noKeyLayout->setContentsMargins(0, 0, 0, 0);
    noKeyLayout->addWidget(wrapped(tr("To see the workbench without a key, run the bundled demo: a recorded "
                                      "conversation whose scripts really run in the sandbox."),
                                   m_noKeyPage));
    noKeyLayout->addWidget(m_demoButton, 0, Qt::AlignLeft);
    noKeyLayout->addSpacing(12);
    noKeyLayout->addWidget(wrapped(
        tr("To work with Claude, enter your Anthropic API key in Settings. It is kept in your desktop "
           "keychain, never in a file, a transcript or the sandbox. If the ANTHROPIC_API_KEY "
           "environment variable is set, it is used instead of a stored key."),
        m_noKeyPage));
    noKeyLayout->addWidget(settingsButton, 0, Qt::AlignLeft);
    noKeyLayout->addStretch(1);

    // With a key: the new-run form.
    m_formPage = new QWidget(this);
    m_formPage->setObjectName(u"newRunPage"_s);
    m_task = new QPlainTextEdit(m_formPage);
    m_task->setObjectName(u"welcomeTask"_s);
    m_task->setPlaceholderText(tr("Describe a task for Claude. Ctrl+Enter starts the run."));
    m_task->setAccessibleName(tr("Task"));
    m_task->setTabChangesFocus(true);
    m_task->setMaximumHeight(120);
    m_workspace = new QLineEdit(m_formPage);
    m_workspace->setObjectName(u"welcomeWorkspace"_s);
    m_workspace->setPlaceholderText(tr("A fresh, empty folder"));
    m_workspace->setAccessibleName(tr("Workspace folder"));
    m_workspace->setAccessibleDescription(tr("The only folder the agent can write; empty for a fresh one"));
    auto *browse = new QPushButton(tr("&Browse…"), m_formPage);
    browse->setObjectName(u"welcomeBrowse"_s);
    browse->setAccessibleName(tr("Choose the workspace folder"));
    m_workspaceError = new QLabel(m_formPage);
    m_workspaceError->setObjectName(u"welcomeWorkspaceError"_s);
    m_workspaceError->setWordWrap(true);
    m_workspaceError->setVisible(false);
    m_mode = new QComboBox(m_formPage);
    m_mode->setObjectName(u"welcomeMode"_s);
    m_mode->setAccessibleName(tr("Permission mode"));
    m_mode->addItem(tr("Ask before running"), u"default"_s);
    m_mode->addItem(tr("Accept edits"), u"acceptEdits"_s);
    m_mode->addItem(tr("Plan only"), u"plan"_s);
    m_mode->addItem(tr("Don't ask (deny)"), u"dontAsk"_s);
    m_mode->addItem(tr("Bypass (still sandboxed)"), u"bypassPermissions"_s);
    m_sandbox = new QComboBox(m_formPage);
    m_sandbox->setObjectName(u"welcomeSandbox"_s);
    m_sandbox->setAccessibleName(tr("Where to run"));
    m_sandbox->setAccessibleDescription(tr("Where the agent's commands run for this run"));
    m_network = new QCheckBox(tr("Allow &network for this run"), m_formPage);
    m_network->setObjectName(u"welcomeNetwork"_s);
    m_domains = new QLineEdit(m_formPage);
    m_domains->setObjectName(u"welcomeDomains"_s);
    m_domains->setPlaceholderText(tr("Allowed domains, e.g. pypi.org, *.github.com"));
    m_domains->setAccessibleName(tr("Allowed domains"));
    m_domains->setAccessibleDescription(
        tr("Hosts scripts may reach through the app's proxy; others are asked about"));
    m_whereNote = new QLabel(m_formPage);
    m_whereNote->setObjectName(u"welcomeWhereNote"_s);
    m_whereNote->setWordWrap(true);
    m_start = new QPushButton(tr("&Start Run"), m_formPage);
    m_start->setObjectName(u"welcomeStart"_s);
    m_start->setDefault(true);
    m_keySource = new QLabel(m_formPage);
    m_keySource->setObjectName(u"welcomeKeySource"_s);
    m_keySource->setWordWrap(true);
    m_keySource->setForegroundRole(QPalette::PlaceholderText);
    auto *workspaceRow = new QHBoxLayout;
    workspaceRow->addWidget(m_workspace, 1);
    workspaceRow->addWidget(browse);
    auto *form = new QFormLayout(m_formPage);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Task:"), m_task);
    // The field is a row of widgets, so the label needs its buddy set by hand for the mnemonic.
    auto *workspaceLabel = new QLabel(tr("&Workspace:"), m_formPage);
    workspaceLabel->setBuddy(m_workspace);
    form->addRow(workspaceLabel, workspaceRow);
    form->addRow(QString(), m_workspaceError);
    form->addRow(tr("&Permissions:"), m_mode);
    form->addRow(tr("W&here to run:"), m_sandbox);
    auto *networkRow = new QHBoxLayout;
    networkRow->addWidget(m_network);
    networkRow->addWidget(m_domains, 1);
    auto *networkLabel = new QLabel(tr("Network:"), m_formPage);
    networkLabel->setBuddy(m_network);
    form->addRow(networkLabel, networkRow);
    form->addRow(QString(), m_whereNote);
    form->addRow(QString(), m_start);
    form->addRow(QString(), m_keySource);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_noKeyPage);
    m_stack->addWidget(m_formPage);
    m_stack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // never a gap under the form

    // Recent runs, from the transcripts folder.
    auto *recentTitle = new QLabel(tr("&Recent runs"), this);
    QFont bold = recentTitle->font();
    bold.setBold(true);
    recentTitle->setFont(bold);
    m_recentList = new QListView(this);
    m_recentList->setObjectName(u"recentRuns"_s);
    m_recentList->setModel(m_recent);
    m_recentList->setAccessibleName(tr("Recent runs"));
    m_recentList->setAccessibleDescription(tr("Transcripts of earlier runs, newest first; Enter opens one"));
    m_recentList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recentList->setUniformItemSizes(true);
    recentTitle->setBuddy(m_recentList);
    m_recentEmpty = wrapped(tr("No runs yet. Each run's transcript will be listed here."), this);
    m_recentEmpty->setObjectName(u"recentEmpty"_s);
    m_openTranscript = new QPushButton(tr("&Open Transcript"), this);
    m_openTranscript->setObjectName(u"openTranscript"_s);
    m_openTranscript->setEnabled(false);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(m_stack);
    column->addSpacing(16);
    column->addWidget(recentTitle);
    column->addWidget(m_recentEmpty);
    column->addWidget(m_recentList, 1);
    column->addWidget(m_openTranscript, 0, Qt::AlignLeft);
    column->addStretch(); // takes the room only while the list is hidden
    // A readable column in the middle of a wide window.
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    connect(m_demoButton, &QPushButton::clicked, this, &WelcomeView::demoRequested);
    connect(settingsButton, &QPushButton::clicked, this, &WelcomeView::settingsRequested);
    connect(m_start, &QPushButton::clicked, this, &WelcomeView::submit);
    connect(m_task, &QPlainTextEdit::textChanged, this, &WelcomeView::updateForm);
    connect(m_workspace, &QLineEdit::textChanged, this, &WelcomeView::updateForm);
    connect(m_sandbox, &QComboBox::currentIndexChanged, this, &WelcomeView::updateForm);
    connect(m_network, &QCheckBox::toggled, this, &WelcomeView::updateForm);
    connect(m_domains, &QLineEdit::textChanged, this, &WelcomeView::updateForm);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), m_formPage);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &WelcomeView::submit);
    }
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Choose the workspace folder"),
                            m_workspace->text().isEmpty() ? QDir::homePath() : m_workspace->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_workspace, &QLineEdit::setText);
        dialog->open();
    });
    auto openCurrent = [this] {
        const QModelIndex index = m_recentList->currentIndex();
        if (index.isValid())
            Q_EMIT transcriptRequested(index.data(RecentRunsModel::PathRole).toString());
    };
    connect(m_recentList, &QListView::activated, this, openCurrent);
    connect(m_openTranscript, &QPushButton::clicked, this, openCurrent);
    connect(m_recent, &QAbstractItemModel::modelReset, this, [this] {
        const bool empty = m_recent->rowCount() == 0;
        m_recentEmpty->setVisible(empty);
        m_recentList->setVisible(!empty);
        m_openTranscript->setVisible(!empty);
        m_openTranscript->setEnabled(false);
    });
    connect(m_recentList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_openTranscript->setEnabled(current.isValid()); });

    m_recentList->setVisible(false);
    m_openTranscript->setVisible(false);
    setKeyState(false, false);
    setRunDefaults(u"local"_s, false, false, {}, {});
}

WelcomeView::~WelcomeView() = default;

void WelcomeView::setKeyState(bool hasKey, bool fromEnvironment)
{
    m_stack->setCurrentWidget(hasKey ? m_formPage : m_noKeyPage);
    m_keySource->setText(fromEnvironment
                             ? tr("Using the key from the ANTHROPIC_API_KEY environment variable.")
                             : tr("Using the key stored in your desktop keychain (Settings → API key)."));
}

bool WelcomeView::showsNewRunForm() const
{
    return m_stack->currentWidget() == m_formPage;
}

void WelcomeView::setPermissionMode(const QString &mode)
{
    const int index = m_mode->findData(mode);
    if (index >= 0)
        m_mode->setCurrentIndex(index);
}

void WelcomeView::setRunDefaults(const QString &sandbox, bool offerNoSandbox, bool network,
                                 const QStringList &allowedDomains, const QString &bridgeUrl)
{
    m_bridgeUrl = bridgeUrl;
    const QSignalBlocker block(m_sandbox);
    m_sandbox->clear();
    m_sandbox->addItem(tr("This computer — bubblewrap sandbox"), u"local"_s);
    m_sandbox->addItem(tr("Cloudflare Sandbox (remote)"), u"cloudflare"_s);
    if (offerNoSandbox)
        m_sandbox->addItem(tr("No sandbox (scripts run as you)"), u"none"_s);
    m_sandbox->setCurrentIndex(qMax(0, m_sandbox->findData(sandbox)));
    m_network->setChecked(network);
    m_domains->setText(allowedDomains.join(u", "_s));
    updateForm();
}

NewRunChoices WelcomeView::choices() const
{
    NewRunChoices c;
    c.workspace = m_workspace->text().trimmed();
    c.permissionMode = m_mode->currentData().toString();
    c.sandbox = m_sandbox->currentData().toString();
    c.network = c.sandbox == u"local"_s && m_network->isChecked();
    if (c.network)
        c.allowedDomains = splitDomains(m_domains->text());
    return c;
}

void WelcomeView::setTranscriptDirectory(const QString &directory)
{
    m_recent->setDirectory(directory);
}

void WelcomeView::refreshRecentRuns()
{
    m_recent->refresh();
}

void WelcomeView::focusStart()
{
    if (showsNewRunForm())
        m_task->setFocus(Qt::OtherFocusReason);
    else
        m_demoButton->setFocus(Qt::OtherFocusReason);
}

void WelcomeView::updateForm()
{
    const QString workspace = m_workspace->text().trimmed();
    QString error;
    if (!workspace.isEmpty()) {
        const QFileInfo info(workspace);
        if (!info.isAbsolute())
            error = tr("Use a full path (starting with /) for the workspace.");
        else if (!info.isDir())
            error = tr("There is no folder at %1.").arg(workspace);
    }
    m_workspaceError->setText(error);
    m_workspaceError->setVisible(!error.isEmpty());
    QPalette pal = m_workspaceError->palette();
    pal.setColor(QPalette::WindowText, Theme::errorColor(palette()));
    m_workspaceError->setPalette(pal);
    updateWhere();
    m_start->setEnabled(error.isEmpty() && m_whereOk && !m_task->toPlainText().trimmed().isEmpty());
}

void WelcomeView::updateWhere()
{
    // Say what the choice means in words, and never more than the app can back up.
    const QString kind = m_sandbox->currentData().toString();
    const bool local = kind == u"local"_s;
    m_network->setEnabled(local);
    m_domains->setEnabled(local && m_network->isChecked());
    QString note;
    QString problem;
    if (local && !m_network->isChecked()) {
        note = tr("Commands run on this computer in a bubblewrap sandbox, with no network.");
    } else if (local) {
        const QStringList domains = splitDomains(m_domains->text());
        for (const QString &d : domains) {
            if (Status s = AppSettings::validateDomain(d); !s) {
                problem = s.error().message;
                break;
            }
        }
        note = domains.isEmpty()
                   ? tr("Commands run in bubblewrap and reach the network only through the app's proxy; "
                        "you are asked about every host.")
                   : tr("Commands run in bubblewrap and reach the network only through the app's proxy: "
                        "%n listed domain(s) are allowed, you are asked about any other host.",
                        nullptr, int(domains.size()));
    } else if (kind == u"cloudflare"_s) {
        if (m_bridgeUrl.isEmpty())
            problem = tr("No sandbox bridge is set up: enter its URL under Settings → Sandbox, or set "
                         "SANDBOX_BRIDGE_URL.");
        else
            note = tr("Commands run in a Cloudflare Sandbox through the bridge at %1. Network egress is "
                      "whatever the remote side enforces; this app cannot verify it.")
                       .arg(m_bridgeUrl);
    } else {
        note = tr("Without a sandbox, commands run as you, with your files, keys and network.");
    }
    m_whereOk = problem.isEmpty();
    m_whereNote->setText(problem.isEmpty() ? note : problem);
    QPalette pal = m_whereNote->palette();
    pal.setColor(QPalette::WindowText, problem.isEmpty() && kind != u"none"_s
                                           ? palette().color(QPalette::WindowText)
                                           : Theme::errorColor(palette()));
    m_whereNote->setPalette(pal);
}

void WelcomeView::submit()
{
    if (!showsNewRunForm() || !m_start->isEnabled())
        return;
    Q_EMIT runRequested(m_task->toPlainText().trimmed(), choices());
}

} // namespace Workbench
