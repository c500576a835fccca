// SPDX-License-Identifier: MIT
#include "approvaldialog.h"

#include "agent/agentrun.h"
#include "approval/approvalgate.h"
#include "approval/permissionpolicy.h"
#include "approval/shellparser.h"
#include "models/coretext.h"
#include "sandbox/domainpolicy.h"
#include "scriptview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Workbench {

namespace {

// "Run python script (12 lines)" reads as "Claude wants to run python script (12 lines)"; an
// acronym such as "URL" keeps its case.
QString asPredicate(const QString &summary)
{
    if (summary.size() >= 2 && summary.at(0).isUpper() && !summary.at(1).isUpper())
        return summary.at(0).toLower() + summary.mid(1);
    return summary;
}

QString effectText(ToolAction::Effect effect)
{
    switch (effect) {
    case ToolAction::Effect::ReadOnly:
        return ApprovalDialog::tr("only reads");
    case ToolAction::Effect::WritesWorkspace:
        return ApprovalDialog::tr("writes to the workspace");
    case ToolAction::Effect::Executes:
        return ApprovalDialog::tr("runs commands");
    }
    return {};
}

bool isApproveShortcut(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

QLabel *makeValueLabel(const QString &name, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // model-provided text is never rich text
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::NoFocus);
    return label;
}

} // namespace

ApprovalDialog::ApprovalDialog(const ApprovalRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
{
    const ToolAction &action = m_request.action;
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Approve tool call?"));
    setAccessibleName(tr("Approve tool call"));

    // A translated summary keeps its own capitalisation (German nouns); English reads as a predicate.
    const QString shownSummary = CoreText::display(action.summary);
    const QString summary = action.summary.isEmpty()         ? tr("use the %1 tool").arg(action.toolName)
                            : shownSummary != action.summary ? shownSummary
                                                             : asPredicate(action.summary);
    const QString target = m_request.host.contains(QLatin1Char(':'))
                               ? QStringLiteral("[%1]:%2").arg(m_request.host).arg(m_request.port)
                               : QStringLiteral("%1:%2").arg(m_request.host).arg(m_request.port);
    if (isNetwork()) {
        setWindowTitle(tr("Allow network access?"));
        setAccessibleName(tr("Allow network access"));
    }
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setText(isNetwork() ? tr("A command in the sandbox wants to reach %1").arg(target)
                                      : tr("Claude wants to %1").arg(summary));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);

    auto *toolLabel = new QLabel(this);
    toolLabel->setObjectName(QStringLiteral("toolLabel"));
    toolLabel->setTextFormat(Qt::PlainText);
    toolLabel->setText(isNetwork()
                           ? tr("Allowing it lets every command of this run reach that host and port.")
                           : tr("Tool: %1 (%2)").arg(action.toolName, effectText(action.effect)));
    toolLabel->setWordWrap(true);

    // Exactly what will run; a tool without a script shows its input as the model sent it.
    const bool hasScript = !isNetwork() && !action.script.isEmpty();
    const QString shown =
        isNetwork() ? target
        : hasScript ? action.script
                    : QString::fromUtf8(QJsonDocument(action.input).toJson(QJsonDocument::Indented));
    m_editor = new QsciScintilla(this);
    m_editor->setObjectName(QStringLiteral("scriptEditor"));
    m_editor->setAccessibleName(tr("What will run"));
    m_editor->setAccessibleDescription(tr("The exact script or command Claude asks to run, read-only"));
    m_editor->setUtf8(true);
    m_editor->setMarginType(0, QsciScintilla::NumberMargin);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginType(1, QsciScintilla::SymbolMarginDefaultBackgroundColor);
    m_editor->setMarginWidth(1, 6);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->setCaretLineVisible(true);
    m_lexer = createLexerForLanguage(isNetwork() ? QStringLiteral("text")
                                     : hasScript ? action.language
                                                 : QStringLiteral("json"),
                                     m_editor);
    applyPaletteToEditor(m_editor, m_lexer);
    m_editor->setText(shown);
    m_editor->setReadOnly(true);
    m_editor->setMarginWidth(
        0, QString(int(QString::number(std::max(1, m_editor->lines())).size()) + 1, QLatin1Char('9')));
    m_editor->setScrollWidth(1);
    m_editor->setScrollWidthTracking(true);
    // Tall enough for short scripts to show whole; long ones scroll.
    const int shownLines = std::clamp(m_editor->lines(), isNetwork() ? 1 : 4, 18);
    m_editor->setMinimumHeight(shownLines * m_editor->textHeight(0) + 2 * m_editor->frameWidth() +
                               style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    if (isNetwork())
        m_editor->setMaximumHeight(m_editor->minimumHeight()); // one line: host and port
    m_editor->installEventFilter(this);

    m_workingDirectoryLabel =
        makeValueLabel(QStringLiteral("workingDirectoryLabel"), action.workingDirectory, this);
    m_workingDirectoryLabel->setAccessibleName(tr("Working directory"));
    m_workingDirectoryLabel->setAccessibleDescription(tr("Where the command runs, as the sandbox sees it"));
    m_reasonLabel = makeValueLabel(QStringLiteral("reasonLabel"), CoreText::display(m_request.reason), this);
    m_reasonLabel->setAccessibleName(tr("Why you are asked"));
    m_reasonLabel->setAccessibleDescription(tr("Why the permission policy asks before running this call"));
    m_modeLabel =
        makeValueLabel(QStringLiteral("permissionModeLabel"), permissionModeName(m_request.mode), this);
    m_modeLabel->setAccessibleName(tr("Permission mode"));
    m_modeLabel->setAccessibleDescription(tr("The permission mode of this run"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!isNetwork())
        form->addRow(tr("Working directory:"), m_workingDirectoryLabel);
    else
        m_workingDirectoryLabel->hide();
    buildBoundaryRows(form);
    form->addRow(tr("Why you are asked:"), m_reasonLabel);
    form->addRow(tr("Permission mode:"), m_modeLabel);

    if (action.ruleTool == QLatin1String("Bash")) {
        // The command as the policy split it, so the user sees what each rule was checked against.
        const ShellParse parsed = ShellParser::parse(action.ruleSubject);
        QStringList parts;
        for (const SimpleCommand &c : parsed.commands) {
            if (!c.words.isEmpty())
                parts.append(c.text());
        }
        QString text = parts.join(QStringLiteral("  ·  "));
        if (!parsed.confident)
            text += tr("  (not fully understood: %1)").arg(parsed.why);
        auto *subcommands = makeValueLabel(QStringLiteral("subcommandsLabel"), text, this);
        subcommands->setAccessibleName(tr("Subcommands"));
        form->addRow(tr("Subcommands:"), subcommands);
    }

    m_ruleEdit = new QLineEdit(this);
    m_ruleEdit->setObjectName(QStringLiteral("rememberRuleEdit"));
    m_ruleEdit->setAccessibleName(tr("Rule to remember"));
    m_ruleEdit->setAccessibleDescription(
        tr("Allow rules saved by Approve and remember; separate several with commas"));
    m_ruleEdit->setText(isNetwork() ? PermissionStore::proposeNetworkRule(m_request.host, m_request.port)
                                    : PermissionStore::proposeRules(action).join(QStringLiteral(", ")));
    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(QStringLiteral("rememberScopeCombo"));
    m_scopeCombo->setAccessibleName(tr("Remember for"));
    m_scopeCombo->addItem(tr("This run"), int(RememberScope::Run));
    m_scopeCombo->addItem(tr("This project"), int(RememberScope::Project));
    m_scopeCombo->addItem(tr("All projects"), int(RememberScope::User));
    // Network "always" is the terminal's "a": every project of this user, unless changed here.
    m_scopeCombo->setCurrentIndex(isNetwork() ? 2 : 1);
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(m_ruleEdit, 1);
    ruleRow->addWidget(m_scopeCombo);
    auto *ruleLabel = new QLabel(tr("&Remember rule:"), this);
    ruleLabel->setBuddy(m_ruleEdit);
    form->addRow(ruleLabel, ruleRow);
    m_ruleErrorLabel = makeValueLabel(QStringLiteral("rememberErrorLabel"), QString(), this);
    m_ruleErrorLabel->setVisible(false);
    form->addRow(QString(), m_ruleErrorLabel);
    m_preview = new QListWidget(this);
    m_preview->setObjectName(QStringLiteral("rememberPreview"));
    m_preview->setAccessibleName(tr("Earlier calls this rule would have matched"));
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * 4 + 8);
    if (isNetwork())
        m_preview->hide(); // earlier calls are tool calls; a domain rule matches none of them
    else
        form->addRow(tr("Would have matched:"), m_preview);
    connect(m_ruleEdit, &QLineEdit::textChanged, this, &ApprovalDialog::updatePreview);

    m_denyMessageEdit = new QLineEdit(this);
    m_denyMessageEdit->setObjectName(QStringLiteral("denyMessageEdit"));
    m_denyMessageEdit->setPlaceholderText(tr("Message to Claude if you deny (optional)"));
    m_denyMessageEdit->setAccessibleName(tr("Message to Claude"));
    m_denyMessageEdit->setAccessibleDescription(
        tr("Optional; sent to Claude with a denial. Enter denies with this message."));
    m_denyMessageEdit->setClearButtonEnabled(true);
    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_denyMessageEdit);
    form->addRow(messageLabel, m_denyMessageEdit);

    m_denyButton = new QPushButton(tr("&Deny"), this);
    m_denyButton->setObjectName(QStringLiteral("denyButton"));
    m_denyButton->setAccessibleName(tr("Deny"));
    m_denyButton->setAccessibleDescription(tr("Do not run this call; Claude gets your message, if any"));
    m_approveButton = new QPushButton(tr("&Approve"), this);
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_approveButton->setAccessibleName(tr("Approve"));
    m_approveButton->setAccessibleDescription(tr("Run this call once (Ctrl+Return)"));
    m_approveButton->setToolTip(tr("Run this call once (Ctrl+Return)"));
    // Neither button may become the dialog's default: Enter typed anywhere must never approve.
    for (QPushButton *button : {m_denyButton, m_approveButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_editButton = new QPushButton(tr("&Edit"), this);
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_editButton->setAccessibleName(tr("Edit"));
    m_editButton->setAccessibleDescription(
        tr("Change the script before approving; the edited text is what runs"));
    m_rememberButton = new QPushButton(tr("Approve && Re&member"), this);
    m_rememberButton->setObjectName(QStringLiteral("rememberButton"));
    m_rememberButton->setAccessibleName(tr("Approve and remember"));
    m_rememberButton->setAccessibleDescription(tr("Run this call and save the rule for the chosen scope"));
    // "Later" closes the dialog and leaves the call waiting in the inbox: neither approved nor denied.
    m_laterButton = new QPushButton(tr("&Later"), this);
    m_laterButton->setObjectName(QStringLiteral("laterButton"));
    m_laterButton->setAccessibleName(tr("Later"));
    m_laterButton->setAccessibleDescription(
        tr("Close this dialog; the call keeps waiting in the approval inbox"));
    m_laterButton->setToolTip(tr("Keep this call waiting in the approval inbox"));
    if (isNetwork()) {
        m_approveButton->setText(tr("Allow for This &Run"));
        m_approveButton->setAccessibleName(tr("Allow for this run"));
        m_approveButton->setAccessibleDescription(
            tr("Let every command of this run reach this host and port (Ctrl+Return)"));
        m_approveButton->setToolTip(m_approveButton->accessibleDescription());
        m_rememberButton->setText(tr("&Always Allow"));
        m_rememberButton->setAccessibleName(tr("Always allow"));
        m_rememberButton->setAccessibleDescription(
            tr("Allow it now and save the rule for the chosen scope, so later runs are not asked"));
        m_denyButton->setAccessibleDescription(tr("Refuse the connection; the command sees it fail"));
        m_editButton->hide();
    }
    for (QPushButton *button : {m_editButton, m_rememberButton, m_laterButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_laterButton, &QPushButton::clicked, this, &ApprovalDialog::later);
    connect(m_editButton, &QPushButton::clicked, this, &ApprovalDialog::startEditing);
    connect(m_rememberButton, &QPushButton::clicked, this, &ApprovalDialog::approveAndRemember);
    connect(m_approveButton, &QPushButton::clicked, this, &ApprovalDialog::approve);
    connect(m_denyButton, &QPushButton::clicked, this, &ApprovalDialog::deny);
    connect(m_denyMessageEdit, &QLineEdit::returnPressed, this, [this] {
        if (!m_denyMessageEdit->text().trimmed().isEmpty())
            deny();
    });

    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &ApprovalDialog::approve);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_laterButton);
    buttons->addStretch(1);
    buttons->addWidget(m_denyButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_rememberButton);
    buttons->addWidget(m_approveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(toolLabel);
    layout->addWidget(m_editor, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    updatePreview();
    setTabOrder(m_editor, m_denyMessageEdit);
    setTabOrder(m_denyMessageEdit, m_denyButton);
    setTabOrder(m_denyButton, m_editButton);
    setTabOrder(m_editButton, m_ruleEdit);
    setTabOrder(m_ruleEdit, m_scopeCombo);
    setTabOrder(m_scopeCombo, m_rememberButton);
    setTabOrder(m_rememberButton, m_approveButton);
    m_editor->setFocus(); // not Approve: the first keystroke must not run anything
    resize(std::max(720, sizeHint().width()), sizeHint().height());

    // Keys and clicks meant for another window must not answer a dialog that just appeared.
    m_armTimer = new QTimer(this);
    m_armTimer->setSingleShot(true);
    m_armTimer->setInterval(armDelayMs());
    connect(m_armTimer, &QTimer::timeout, this, [this] { setArmed(isVisible()); });
    setArmed(false);
}

void ApprovalDialog::buildBoundaryRows(QFormLayout *form)
{
    const ExecutionBoundary &b = m_request.boundary;
    QString sandbox;
    if (!b.isKnown()) {
        sandbox = isNetwork() ? QString() : tr("not known");
    } else {
        QStringList limits;
        const QLocale locale; // the UI language's digits: "2,5 s" in German
        if (b.timeoutMs > 0)
            limits << tr("%1 s per call").arg(locale.toString(b.timeoutMs / 1000.0));
        if (b.cpuSeconds > 0)
            limits << tr("CPU %1 s").arg(b.cpuSeconds);
        if (b.addressSpaceBytes > 0)
            limits << tr("memory %1")
                          .arg(locale.formattedDataSize(b.addressSpaceBytes, 0, QLocale::DataSizeIecFormat));
        if (b.processes > 0)
            limits << tr("%n processes", nullptr, int(b.processes));
        if (b.fileSizeBytes > 0)
            limits << tr("files up to %1")
                          .arg(locale.formattedDataSize(b.fileSizeBytes, 0, QLocale::DataSizeIecFormat));
        if (b.openFiles > 0)
            limits << tr("%n open files", nullptr, int(b.openFiles));
        if (b.workspaceGrowthBytes > 0)
            limits << tr("workspace growth up to %1")
                          .arg(locale.formattedDataSize(b.workspaceGrowthBytes, 0,
                                                        QLocale::DataSizeIecFormat));
        const QString kind = b.sandboxKind == QLatin1String("none")
                                 ? tr("no sandbox: runs as you, on this machine")
                                 : b.sandboxKind;
        sandbox = limits.isEmpty() ? kind : tr("%1 — %2").arg(kind, limits.join(QStringLiteral(" · ")));
    }
    if (!sandbox.isEmpty()) {
        auto *label = makeValueLabel(QStringLiteral("sandboxLabel"), sandbox, this);
        label->setAccessibleName(tr("Sandbox and limits"));
        label->setAccessibleDescription(tr("The sandbox this call runs in and the limits that bind it"));
        form->addRow(tr("Sandbox:"), label);
    }

    if (!b.extraReadOnly.isEmpty()) {
        auto *extras =
            makeValueLabel(QStringLiteral("extraReadOnlyLabel"),
                           tr("read-only extra: %1").arg(b.extraReadOnly.join(QStringLiteral(", "))), this);
        extras->setAccessibleName(tr("Read-only extras"));
        extras->setAccessibleDescription(tr("Host folders the sandbox can read but not change"));
        form->addRow(tr("Host folders:"), extras);
    }

    QString network;
    switch (b.network) {
    case ExecutionBoundary::Network::Off:
        network = tr("off — the sandbox has no network");
        break;
    case ExecutionBoundary::Network::Filtered:
        network = b.allowedDomains.isEmpty()
                      ? tr("only through the app's filtering proxy; no domain is allowed yet")
                      : tr("only through the app's filtering proxy; allowed: %1")
                            .arg(b.allowedDomains.join(QStringLiteral(", ")));
        break;
    case ExecutionBoundary::Network::Unrestricted:
        network = tr("not restricted — this call runs without a sandbox");
        break;
    case ExecutionBoundary::Network::Unknown:
        network =
            b.isKnown() ? tr("decided by the remote sandbox; not verified by this app") : tr("not known");
        break;
    }
    auto *label = makeValueLabel(QStringLiteral("networkLabel"), network, this);
    label->setAccessibleName(tr("Network"));
    label->setAccessibleDescription(tr("Whether and how this call can reach the network"));
    form->addRow(tr("Network:"), label);
}

void ApprovalDialog::setArmed(bool armed)
{
    m_armed = armed;
    for (QPushButton *button : {m_approveButton, m_denyButton, m_laterButton})
        button->setEnabled(armed);
    m_editButton->setEnabled(armed && !m_editing && !isNetwork() && !m_request.action.script.isEmpty());
    m_rememberButton->setEnabled(armed && m_ruleValid);
}

void ApprovalDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_armed && !m_answered)
        m_armTimer->start();
}

void ApprovalDialog::hideEvent(QHideEvent *event)
{
    m_armTimer->stop();
    setArmed(false);
    QDialog::hideEvent(event);
}

void ApprovalDialog::keyPressEvent(QKeyEvent *event)
{
    // A stray Escape in the first moments is swallowed, like every other key.
    if (!m_armed && event->key() == Qt::Key_Escape) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

ApprovalDialog::~ApprovalDialog()
{
    // Destroyed unanswered (its window went away): the question still gets its one answer.
    if (!m_answered && !m_leftPending) {
        m_answered = true;
        Q_EMIT denied(m_request.id, closedWithoutAnswerMessage());
    }
}

QString ApprovalDialog::requestId() const
{
    return m_request.id;
}

QString ApprovalDialog::closedWithoutAnswerMessage()
{
    return tr("The user closed the approval dialog without approving.");
}

void ApprovalDialog::done(int result)
{
    if (!m_answered && !m_leftPending)
        answerDenied(closedWithoutAnswerMessage());
    QDialog::done(result);
}

void ApprovalDialog::later()
{
    if (m_answered || !m_armed)
        return;
    m_leftPending = true;
    Q_EMIT leftPending(m_request.id);
    reject();
}

void ApprovalDialog::closeAnsweredElsewhere()
{
    if (m_answered)
        return;        // this dialog gave the answer and closes itself
    m_answered = true; // the gate has the answer already; closing must not add another
    reject();
}

bool ApprovalDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::PaletteChange) {
            applyPaletteToEditor(m_editor, m_lexer);
        } else if (event->type() == QEvent::KeyPress) {
            // The editor keeps Escape and Ctrl+Return to itself; the dialog's keys win here.
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
                if (m_armed)
                    reject();
                return true;
            }
            if (isApproveShortcut(key)) {
                approve();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ApprovalDialog::approve()
{
    if (m_answered || !m_armed)
        return;
    m_answered = true;
    const QString shownScript = m_request.action.script;
    if (m_editing && m_editor->text() != shownScript)
        Q_EMIT approvedEdited(m_request.id, m_editor->text());
    else
        Q_EMIT approved(m_request.id);
    accept();
}

void ApprovalDialog::startEditing()
{
    if (m_answered || !m_armed || m_editing || isNetwork() || m_request.action.script.isEmpty())
        return;
    m_editing = true;
    m_editor->setReadOnly(false);
    m_editor->setAccessibleDescription(tr("The script to run; your edits are what runs when you approve"));
    m_editButton->setEnabled(false);
    m_titleLabel->setText(tr("Edit what Claude wants to run, then approve"));
    m_editor->setFocus();
}

void ApprovalDialog::setEarlierCalls(const QList<ToolAction> &calls)
{
    m_earlierCalls = calls;
    updatePreview();
}

void ApprovalDialog::updatePreview()
{
    m_preview->clear();
    QString error;
    QList<PermissionRule> rules;
    for (const QString &text : PermissionStore::splitRules(m_ruleEdit->text())) {
        auto rule = PermissionRule::parse(text, PermissionRule::Kind::Allow, QString());
        if (!rule) {
            error = rule.error().message;
            break;
        }
        if (isNetwork()) {
            // Only a domain rule answers a network question; anything else would save a rule
            // the user did not mean to give.
            const QString domain = rule->tool == QLatin1String("WebFetch")
                                       ? DomainPolicy::domainFromWebFetch(rule->pattern)
                                       : QString();
            if (domain.isEmpty() || !DomainRule::parse(domain, DomainRule::Kind::Allow, QString())) {
                error = tr("\"%1\" names no domain. Write WebFetch(domain:HOST), for example %2.")
                            .arg(text, PermissionStore::proposeNetworkRule(m_request.host, m_request.port));
                break;
            }
        }
        rules.append(*rule);
    }
    if (error.isEmpty() && rules.isEmpty())
        error = isNetwork() ? tr("Write the rule to remember, for example %1.")
                                  .arg(PermissionStore::proposeNetworkRule(m_request.host, m_request.port))
                            : tr("Write the rule to remember, for example Bash(npm run test:*).");
    m_ruleErrorLabel->setText(error);
    m_ruleErrorLabel->setVisible(!error.isEmpty());
    m_ruleValid = error.isEmpty();
    m_rememberButton->setEnabled(m_armed && m_ruleValid);
    for (const ToolAction &call : std::as_const(m_earlierCalls)) {
        if (call.toolUseId == m_request.id)
            continue;
        for (const PermissionRule &rule : std::as_const(rules)) {
            if (PermissionPolicy::ruleMatches(rule, call)) {
                m_preview->addItem(call.summary.isEmpty() ? call.ruleSubject
                                                          : CoreText::display(call.summary));
                break;
            }
        }
    }
    if (m_preview->count() == 0)
        m_preview->addItem(tr("(no earlier call of this run)"));
}

void ApprovalDialog::approveAndRemember()
{
    if (m_answered || !m_armed)
        return;
    updatePreview();
    if (!m_ruleValid)
        return;
    const QStringList rules = PermissionStore::splitRules(m_ruleEdit->text());
    Q_EMIT rememberRequested(m_request.id, rules, RememberScope(m_scopeCombo->currentData().toInt()));
    approve();
}

ApprovalDialog *ApprovalDialog::openFor(const ApprovalRequest &request, ApprovalGate *gate, AgentRun *run,
                                        QWidget *parent)
{
    auto *dialog = new ApprovalDialog(request, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<AgentRun> runGuard(run);
    if (run)
        dialog->setEarlierCalls(run->judgedCalls());
    connect(dialog, &ApprovalDialog::approved, gate, [gate](const QString &id) { gate->approve(id); });
    connect(dialog, &ApprovalDialog::approvedEdited, gate,
            [gate](const QString &id, const QString &script) { gate->approveEdited(id, script); });
    connect(dialog, &ApprovalDialog::denied, gate,
            [gate](const QString &id, const QString &message) { gate->deny(id, message); });
    connect(dialog, &ApprovalDialog::rememberRequested, gate,
            [runGuard](const QString &, const QStringList &rules, RememberScope scope) {
                const QString workspace = runGuard ? runGuard->config().workspace : QString();
                auto source = PermissionStore::remember(rules, scope, workspace);
                if (!source)
                    qWarning("Could not save the rule: %s", qPrintable(source.error().message));
                if (!runGuard)
                    return;
                for (const QString &rule : rules)
                    runGuard->addRule(rule, PermissionRule::Kind::Allow,
                                      source ? *source : QStringLiteral("this run"));
            });
    connect(gate, &ApprovalGate::withdrawn, dialog, [dialog](const QString &id) {
        if (id == dialog->requestId())
            dialog->close();
    });
    // Answered from the inbox (or anywhere else) while shown: close without a second answer.
    connect(gate, &ApprovalGate::answered, dialog, [dialog](const QString &id) {
        if (id == dialog->requestId())
            dialog->closeAnsweredElsewhere();
    });
    dialog->open();
    return dialog;
}

void ApprovalDialog::deny()
{
    if (m_answered || !m_armed)
        return;
    answerDenied(m_denyMessageEdit->text().trimmed());
    reject();
}

void ApprovalDialog::answerDenied(const QString &message)
{
    m_answered = true;
    Q_EMIT denied(m_request.id, message);
}

} // namespace Workbench
