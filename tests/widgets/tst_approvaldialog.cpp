// SPDX-License-Identifier: MIT
#include "agent/agentrun.h"
#include "agent/executionboundary.h"
#include "agent/networkaccess.h"
#include "approval/approvalgate.h"
#include "approval/permissionstore.h"
#include "approvaldialog.h"
#include "binaryrun.h"
#include "llm/replayprovider.h"
#include "sandbox/bwrapsandbox.h"
#include "sandbox/netproxy.h"
#include "scriptview.h"
#include "testmessages.h"
#include "transcript/transcriptwriter.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

ApprovalRequest makeRequest()
{
    ApprovalRequest request;
    request.id = QStringLiteral("toolu_01ABC");
    request.runId = QStringLiteral("run-1");
    request.reason = QStringLiteral("No rule allows RunScript(python); default mode asks.");
    request.mode = PermissionMode::Default;
    ToolAction &action = request.action;
    action.toolUseId = request.id;
    action.toolName = QStringLiteral("run_script");
    action.ruleTool = QStringLiteral("RunScript");
    action.ruleSubject = QStringLiteral("python");
    action.language = QStringLiteral("python");
    action.script =
        QStringLiteral("import shutil\nshutil.rmtree('build')  # <b>not html</b>\nprint(\"done\")\n");
    action.summary = QStringLiteral("Run python script (3 lines)");
    action.workingDirectory = QStringLiteral("/workspace/my project");
    action.effect = ToolAction::Effect::Executes;
    return request;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

ApprovalRequest bashRequest(const QString &command)
{
    ApprovalRequest r = makeRequest();
    r.action.toolName = QStringLiteral("bash");
    r.action.ruleTool = QStringLiteral("Bash");
    r.action.ruleSubject = command;
    r.action.script = command;
    r.action.language = QStringLiteral("bash");
    r.action.summary = command;
    return r;
}

ToolAction bashAction(const QString &id, const QString &command)
{
    ToolAction a = bashRequest(command).action;
    a.toolUseId = id;
    return a;
}

QJsonObject endTurn()
{
    return TestSupport::textMessage(QStringLiteral("done"));
}

/// A network question as the run builds it: the proxy meets an unknown host, NetworkAccess asks.
ApprovalRequest networkRequest(ApprovalGate *gate, const QString &host, int port)
{
    DomainPolicy domains;
    (void)domains.addRule(QStringLiteral("pypi.org"), DomainRule::Kind::Allow,
                          QStringLiteral("--allow-domain"));
    NetProxy proxy(domains);
    NetworkAccess access(&proxy, gate);
    access.setRunId(QStringLiteral("run-1"));
    ApprovalRequest captured;
    QObject::connect(gate, &ApprovalGate::approvalRequested, &access,
                     [&captured](const ApprovalRequest &r) { captured = r; });
    Q_EMIT proxy.approvalNeeded(7, host, port);
    return captured;
}

/// With WB_SCREENSHOT_DIR set, keeps a picture of `w` there (for looking at the dialog).
void keepPicture(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

ApprovalDialog *visibleApprovalDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *d = qobject_cast<ApprovalDialog *>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

/// The tool_result text the run sent back for `id`.
QString toolResultFor(const AgentRun &run, const QString &id)
{
    for (const QJsonValue &m : run.messages()) {
        for (const QJsonValue &b : m.toObject().value(QLatin1String("content")).toArray()) {
            const QJsonObject block = b.toObject();
            if (block.value(QLatin1String("tool_use_id")).toString() == id)
                return block.value(QLatin1String("content")).toString();
        }
    }
    return {};
}

/// A real run (replayed model turns, the real sandbox) whose questions the real dialog answers.
struct GuiRun
{
    QTemporaryDir dir;
    QString workspace;
    std::unique_ptr<BwrapSandbox> sandbox;
    ApprovalGate gate;
    TranscriptWriter transcript;
    std::unique_ptr<ReplayProvider> provider;
    std::unique_ptr<AgentRun> run;
    QWidget window;
    int asked = 0;

    bool start(const QList<QJsonObject> &turns)
    {
        if (!dir.isValid())
            return false;
        TestSupport::makeEnterable(dir.path());
        workspace = dir.filePath(QStringLiteral("ws"));
        QDir().mkpath(workspace);
        SandboxConfig sc;
        sc.workspace = workspace;
        auto s = BwrapSandbox::create(sc);
        if (!s) {
            qWarning() << s.error().toString();
            return false;
        }
        sandbox = std::move(*s);
        if (!transcript.open(dir.filePath(QStringLiteral("t.jsonl"))).ok())
            return false;
        provider = std::make_unique<ReplayProvider>(turns);
        RunConfig c;
        c.model = QStringLiteral("test-model");
        c.maxTurns = 6;
        c.toolTimeoutMs = 20000;
        c.workspace = sandbox->hostWorkspace();
        run = std::make_unique<AgentRun>(c, provider.get(), sandbox.get(), &gate, &transcript);
        window.show();
        // As MainWindow does: every question opens the dialog, wired to the gate and the run.
        QObject::connect(&gate, &ApprovalGate::approvalRequested, &window, [this](const ApprovalRequest &r) {
            ++asked;
            ApprovalDialog::openFor(r, &gate, run.get(), &window);
        });
        run->start(QStringLiteral("test task"));
        return true;
    }
    QByteArray transcriptText()
    {
        transcript.sync();
        QFile f(dir.filePath(QStringLiteral("t.jsonl")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

} // namespace

Q_DECLARE_METATYPE(Workbench::ExecutionBoundary)

class tst_ApprovalDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shows_exactScript_reason_workingDirectory_andTitle();
    void approveClick_emitsApprovedOnce_andCloses();
    void denyWithMessage_emitsDeniedWithThatMessage();
    void escape_deniesWithClosingMessage();
    void reject_deniesWithClosingMessage();
    void closeWindow_deniesWithClosingMessage();
    void destroyedUnanswered_deniesOnce();
    void approveIsNeverTheDefaultButton();
    void enterInMessageOrEditor_doesNotApprove();
    void ctrlReturn_approves_data();
    void ctrlReturn_approves();
    void initialFocus_isNotOnApprove();
    void controls_haveAccessibleNames();
    void openedWithOpen_isWindowModalAndAnswerable();
    void scriptlessCall_showsItsInput();
    void edit_makesScriptEditable_andApproveSendsTheEditedText();
    void edit_unchanged_isAPlainApproval();
    void edit_isOffForScriptlessCalls();
    void bashCall_showsItsSubcommands();
    void remember_proposesTheNarrowestRule_data();
    void remember_proposesTheNarrowestRule();
    void remember_previewListsEarlierCallsItWouldHaveMatched();
    void remember_invalidRule_cannotBeSaved();
    void remember_emitsRuleAndScope_thenApproves();
    void gui_editThenApprove_runsTheEditedCommand_andTellsTheModel();
    void gui_rememberWithEditedRuleAndScope_savesExactlyThat_andNextCallDoesNotAsk();
    void armingBeforeShown_nothingCanAnswer();
    void armingJustShown_keysAndClicksDoNothing_untilArmed();
    void shows_sandboxLimits_andNetworkState_data();
    void shows_sandboxLimits_andNetworkState();
    void network_offersAllowForRun_always_deny();
    void network_proposedRule_data();
    void network_proposedRule();
    void network_alwaysAllow_savesTheWebFetchRuleInTheChosenScope_data();
    void network_alwaysAllow_savesTheWebFetchRuleInTheChosenScope();
    void network_alwaysAllow_refusesARuleThatNamesNoDomain();

private:
    QTemporaryDir m_config;
    ApprovalDialog *m_dialog = nullptr;
    std::unique_ptr<QSignalSpy> m_approved;
    std::unique_ptr<QSignalSpy> m_denied;
};

void tst_ApprovalDialog::init()
{
    m_dialog = new ApprovalDialog(makeRequest());
    m_approved = std::make_unique<QSignalSpy>(m_dialog, &ApprovalDialog::approved);
    m_denied = std::make_unique<QSignalSpy>(m_dialog, &ApprovalDialog::denied);
    // Shown and armed, as the user sees it; armingBeforeShown_* covers the moments before.
    m_dialog->open();
    QTRY_VERIFY(m_dialog->isArmed());
}

void tst_ApprovalDialog::cleanup()
{
    delete m_dialog;
    m_approved.reset();
    m_denied.reset();
}

void tst_ApprovalDialog::shows_exactScript_reason_workingDirectory_andTitle()
{
    const ApprovalRequest request = makeRequest();
    QCOMPARE(m_dialog->requestId(), request.id);
    auto *editor = child<QsciScintilla>(m_dialog, "scriptEditor");
    QVERIFY(editor);
    QCOMPARE(editor->text(), request.action.script);
    QVERIFY(editor->isReadOnly());
    QVERIFY(editor->lexer());
    QCOMPARE(QString::fromLatin1(editor->lexer()->language()), QStringLiteral("Python"));

    auto *reason = child<QLabel>(m_dialog, "reasonLabel");
    auto *directory = child<QLabel>(m_dialog, "workingDirectoryLabel");
    QVERIFY(reason && directory);
    QCOMPARE(reason->text(), request.reason);
    QCOMPARE(directory->text(), request.action.workingDirectory);
    QCOMPARE(reason->textFormat(), Qt::PlainText);

    auto *title = child<QLabel>(m_dialog, "titleLabel");
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Claude wants to run python script (3 lines)"));
    auto *mode = child<QLabel>(m_dialog, "permissionModeLabel");
    QVERIFY(mode);
    QCOMPARE(mode->text(), QStringLiteral("default"));
    auto *message = child<QLineEdit>(m_dialog, "denyMessageEdit");
    QVERIFY(message);
    QVERIFY(!message->placeholderText().isEmpty());
}

void tst_ApprovalDialog::approveClick_emitsApprovedOnce_andCloses()
{
    m_dialog->open();
    QVERIFY(m_dialog->isVisible());
    auto *approve = child<QPushButton>(m_dialog, "approveButton");
    QVERIFY(approve);
    QCOMPARE(approve->text(), QStringLiteral("&Approve"));
    QTest::mouseClick(approve, Qt::LeftButton);
    QCOMPARE(m_approved->count(), 1);
    QCOMPARE(m_approved->at(0).at(0).toString(), QStringLiteral("toolu_01ABC"));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    // Nothing afterwards adds a second answer.
    m_dialog->reject();
    QTest::mouseClick(approve, Qt::LeftButton);
    delete m_dialog;
    m_dialog = nullptr;
    QCOMPARE(m_approved->count(), 1);
    QCOMPARE(m_denied->count(), 0);
}

void tst_ApprovalDialog::denyWithMessage_emitsDeniedWithThatMessage()
{
    m_dialog->open();
    auto *message = child<QLineEdit>(m_dialog, "denyMessageEdit");
    auto *deny = child<QPushButton>(m_dialog, "denyButton");
    QVERIFY(message && deny);
    QCOMPARE(deny->text(), QStringLiteral("&Deny"));
    QTest::keyClicks(message, QStringLiteral("Use a temp dir instead"));
    QTest::mouseClick(deny, Qt::LeftButton);
    QCOMPARE(m_denied->count(), 1);
    QCOMPARE(m_denied->at(0).at(0).toString(), QStringLiteral("toolu_01ABC"));
    QCOMPARE(m_denied->at(0).at(1).toString(), QStringLiteral("Use a temp dir instead"));
    QCOMPARE(m_approved->count(), 0);
    QVERIFY(!m_dialog->isVisible());
    delete m_dialog;
    m_dialog = nullptr;
    QCOMPARE(m_denied->count(), 1);
}

void tst_ApprovalDialog::escape_deniesWithClosingMessage()
{
    m_dialog->open();
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key_Escape);
    QCOMPARE(m_denied->count(), 1);
    QCOMPARE(m_denied->at(0).at(1).toString(),
             QStringLiteral("The user closed the approval dialog without approving."));
    QCOMPARE(m_approved->count(), 0);
    QVERIFY(!m_dialog->isVisible());
}

void tst_ApprovalDialog::reject_deniesWithClosingMessage()
{
    m_dialog->open();
    m_dialog->reject();
    QCOMPARE(m_denied->count(), 1);
    QCOMPARE(m_denied->at(0).at(0).toString(), QStringLiteral("toolu_01ABC"));
    QCOMPARE(m_denied->at(0).at(1).toString(), ApprovalDialog::closedWithoutAnswerMessage());
    QCOMPARE(ApprovalDialog::closedWithoutAnswerMessage(),
             QStringLiteral("The user closed the approval dialog without approving."));
}

void tst_ApprovalDialog::closeWindow_deniesWithClosingMessage()
{
    m_dialog->open();
    QVERIFY(m_dialog->close());
    QCOMPARE(m_denied->count(), 1);
    QCOMPARE(m_denied->at(0).at(1).toString(), ApprovalDialog::closedWithoutAnswerMessage());
    QCOMPARE(m_approved->count(), 0);
}

void tst_ApprovalDialog::destroyedUnanswered_deniesOnce()
{
    m_dialog->open();
    delete m_dialog;
    m_dialog = nullptr;
    QCOMPARE(m_denied->count(), 1);
    QCOMPARE(m_approved->count(), 0);
}

void tst_ApprovalDialog::approveIsNeverTheDefaultButton()
{
    m_dialog->open();
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    auto *approve = child<QPushButton>(m_dialog, "approveButton");
    QVERIFY(!approve->isDefault());
    QVERIFY(!approve->autoDefault());
    // Even with focus passing over it, it does not become the default.
    approve->setFocus();
    child<QLineEdit>(m_dialog, "denyMessageEdit")->setFocus();
    QVERIFY(!approve->isDefault());
}

void tst_ApprovalDialog::enterInMessageOrEditor_doesNotApprove()
{
    m_dialog->open();
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    auto *message = child<QLineEdit>(m_dialog, "denyMessageEdit");
    message->setFocus();
    QTest::keyClick(message, Qt::Key_Return);
    QTest::keyClick(message, Qt::Key_Enter, Qt::KeypadModifier);
    auto *editor = child<QsciScintilla>(m_dialog, "scriptEditor");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_approved->count(), 0);
    QCOMPARE(m_denied->count(), 0);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(editor->text(), makeRequest().action.script);

    // Enter after typing a message denies with it (a safe answer).
    QTest::keyClicks(message, QStringLiteral("no"));
    QTest::keyClick(message, Qt::Key_Return);
    QCOMPARE(m_approved->count(), 0);
    QCOMPARE(m_denied->count(), 1);
    QCOMPARE(m_denied->at(0).at(1).toString(), QStringLiteral("no"));
}

void tst_ApprovalDialog::ctrlReturn_approves_data()
{
    QTest::addColumn<QString>("focus");
    QTest::newRow("editor") << QStringLiteral("scriptEditor");
    QTest::newRow("message") << QStringLiteral("denyMessageEdit");
    QTest::newRow("deny button") << QStringLiteral("denyButton");
}

void tst_ApprovalDialog::ctrlReturn_approves()
{
    QFETCH(QString, focus);
    m_dialog->open();
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    auto *target = m_dialog->findChild<QWidget *>(focus);
    QVERIFY(target);
    target->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), target);
    QTest::keyClick(target, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_approved->count(), 1);
    QCOMPARE(m_denied->count(), 0);
    QVERIFY(!m_dialog->isVisible());
}

void tst_ApprovalDialog::initialFocus_isNotOnApprove()
{
    m_dialog->open();
    QApplication::setActiveWindow(m_dialog);
    QVERIFY(QTest::qWaitForWindowActive(m_dialog));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QVERIFY(focus != child<QPushButton>(m_dialog, "approveButton"));
    QVERIFY(focus == child<QsciScintilla>(m_dialog, "scriptEditor") ||
            focus == child<QLineEdit>(m_dialog, "denyMessageEdit"));
}

void tst_ApprovalDialog::controls_haveAccessibleNames()
{
    for (const char *name : {"scriptEditor", "workingDirectoryLabel", "reasonLabel", "denyMessageEdit",
                             "approveButton", "denyButton"}) {
        auto *widget = child<QWidget>(m_dialog, name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
        QVERIFY2(!widget->accessibleDescription().isEmpty(), name);
    }
}

void tst_ApprovalDialog::openedWithOpen_isWindowModalAndAnswerable()
{
    // The Kate pattern: the dialog is shown with open(), then found and answered from the event loop.
    QWidget window;
    window.show();
    auto *dialog = new ApprovalDialog(makeRequest(), &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ApprovalDialog> guard(dialog);
    QSignalSpy approved(dialog, &ApprovalDialog::approved);
    dialog->open();
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QWidget *modal = nullptr;
    QTRY_VERIFY((modal = QApplication::activeModalWidget()) != nullptr);
    auto *approve = modal->findChild<QPushButton *>(QStringLiteral("approveButton"));
    QVERIFY(approve);
    QTRY_VERIFY(approve->isEnabled());
    approve->click();
    QTRY_COMPARE(approved.count(), 1);
    QTRY_VERIFY(guard.isNull());
}

void tst_ApprovalDialog::scriptlessCall_showsItsInput()
{
    ApprovalRequest request = makeRequest();
    request.action.script.clear();
    request.action.input = QJsonObject{{QStringLiteral("path"), QStringLiteral("notes.txt")}};
    ApprovalDialog dialog(request);
    auto *editor = child<QsciScintilla>(&dialog, "scriptEditor");
    QVERIFY(editor->text().contains(QStringLiteral("notes.txt")));
    dialog.reject();
}

void tst_ApprovalDialog::initTestCase()
{
    // Remembered rules go to a throw-away config folder, never the developer's own.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY(PermissionStore::userFile().startsWith(m_config.path()));
}

void tst_ApprovalDialog::edit_makesScriptEditable_andApproveSendsTheEditedText()
{
    QSignalSpy edited(m_dialog, &ApprovalDialog::approvedEdited);
    auto *editor = child<QsciScintilla>(m_dialog, "scriptEditor");
    QVERIFY(editor->isReadOnly());
    auto *edit = child<QPushButton>(m_dialog, "editButton");
    QVERIFY(edit);
    QVERIFY(!edit->autoDefault());
    edit->click();
    QVERIFY(m_dialog->isEditing());
    QVERIFY(!editor->isReadOnly());
    editor->setText(QStringLiteral("print('safer')\n"));
    child<QPushButton>(m_dialog, "approveButton")->click();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.at(0).at(0).toString(), QStringLiteral("toolu_01ABC"));
    QCOMPARE(edited.at(0).at(1).toString(), QStringLiteral("print('safer')\n"));
    QCOMPARE(m_approved->count(), 0);
    QCOMPARE(m_denied->count(), 0);
}

void tst_ApprovalDialog::edit_unchanged_isAPlainApproval()
{
    QSignalSpy edited(m_dialog, &ApprovalDialog::approvedEdited);
    child<QPushButton>(m_dialog, "editButton")->click();
    child<QPushButton>(m_dialog, "approveButton")->click();
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_approved->count(), 1);
}

void tst_ApprovalDialog::edit_isOffForScriptlessCalls()
{
    ApprovalRequest request = makeRequest();
    request.action.script.clear();
    ApprovalDialog dialog(request);
    dialog.open();
    QTRY_VERIFY(dialog.isArmed());
    QVERIFY(child<QPushButton>(&dialog, "approveButton")->isEnabled()); // armed, yet no Edit
    QVERIFY(!child<QPushButton>(&dialog, "editButton")->isEnabled());
    dialog.reject();
}

void tst_ApprovalDialog::bashCall_showsItsSubcommands()
{
    ApprovalDialog dialog(bashRequest(QStringLiteral("echo hi && FOO=1 rm -rf keep")));
    auto *label = child<QLabel>(&dialog, "subcommandsLabel");
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("echo hi")));
    QVERIFY(label->text().contains(QStringLiteral("rm -rf keep")));
    QVERIFY(!label->text().contains(QStringLiteral("FOO=1")));
    dialog.reject();
}

void tst_ApprovalDialog::remember_proposesTheNarrowestRule_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("proposed");
    QTest::newRow("npm run test") << "Bash"
                                  << "npm run test -- --watch"
                                  << "Bash(npm run test:*)";
    QTest::newRow("git diff") << "Bash"
                              << "git diff HEAD~1"
                              << "Bash(git diff:*)";
    QTest::newRow("plain command") << "Bash"
                                   << "echo hi"
                                   << "Bash(echo:*)";
    QTest::newRow("per subcommand") << "Bash"
                                    << "make && ls -la"
                                    << "Bash(make:*), Bash(ls:*)";
    QTest::newRow("script language") << "RunScript"
                                     << "python"
                                     << "RunScript(python)";
    QTest::newRow("edit path") << "Edit"
                               << "src/fib.py"
                               << "Edit(src/fib.py)";
}

void tst_ApprovalDialog::remember_proposesTheNarrowestRule()
{
    QFETCH(QString, tool);
    QFETCH(QString, subject);
    QFETCH(QString, proposed);
    ApprovalRequest request = tool == QLatin1String("Bash") ? bashRequest(subject) : makeRequest();
    request.action.ruleTool = tool;
    request.action.ruleSubject = subject;
    ApprovalDialog dialog(request);
    QCOMPARE(child<QLineEdit>(&dialog, "rememberRuleEdit")->text(), proposed);
    dialog.reject();
}

void tst_ApprovalDialog::remember_previewListsEarlierCallsItWouldHaveMatched()
{
    ApprovalDialog dialog(bashRequest(QStringLiteral("echo three")));
    dialog.setEarlierCalls({bashAction(QStringLiteral("t1"), QStringLiteral("echo one")),
                            bashAction(QStringLiteral("t2"), QStringLiteral("ls -la")),
                            bashAction(QStringLiteral("t3"), QStringLiteral("echo two && rm x"))});
    auto *preview = child<QListWidget>(&dialog, "rememberPreview");
    auto *rule = child<QLineEdit>(&dialog, "rememberRuleEdit");
    QCOMPARE(rule->text(), QStringLiteral("Bash(echo:*)"));
    QCOMPARE(preview->count(), 2); // "echo one" and the echo part of "echo two && rm x"
    QCOMPARE(preview->item(0)->text(), QStringLiteral("echo one"));
    rule->setText(QStringLiteral("Bash(ls:*)")); // live: follows every edit
    QCOMPARE(preview->count(), 1);
    QCOMPARE(preview->item(0)->text(), QStringLiteral("ls -la"));
    rule->setText(QStringLiteral("Bash(cargo:*)"));
    QCOMPARE(preview->count(), 1);
    QVERIFY(preview->item(0)->text().contains(QStringLiteral("no earlier call")));
    dialog.reject();
}

void tst_ApprovalDialog::remember_invalidRule_cannotBeSaved()
{
    QSignalSpy remembered(m_dialog, &ApprovalDialog::rememberRequested);
    auto *rule = child<QLineEdit>(m_dialog, "rememberRuleEdit");
    auto *remember = child<QPushButton>(m_dialog, "rememberButton");
    QCOMPARE(rule->text(), QStringLiteral("RunScript(python)"));
    QVERIFY(remember->isEnabled());
    rule->setText(QStringLiteral("rm -rf /"));
    QVERIFY(!remember->isEnabled());
    QVERIFY(child<QLabel>(m_dialog, "rememberErrorLabel")->isVisibleTo(m_dialog));
    remember->click();
    QCOMPARE(remembered.count(), 0);
    QCOMPARE(m_approved->count(), 0);
}

void tst_ApprovalDialog::remember_emitsRuleAndScope_thenApproves()
{
    QList<QString> order;
    connect(m_dialog, &ApprovalDialog::rememberRequested, this,
            [&order] { order.append(QStringLiteral("remember")); });
    connect(m_dialog, &ApprovalDialog::approved, this, [&order] { order.append(QStringLiteral("approve")); });
    QSignalSpy remembered(m_dialog, &ApprovalDialog::rememberRequested);
    child<QLineEdit>(m_dialog, "rememberRuleEdit")
        ->setText(QStringLiteral("RunScript(python), RunScript(node)"));
    auto *scope = child<QComboBox>(m_dialog, "rememberScopeCombo");
    scope->setCurrentIndex(scope->findData(int(RememberScope::User)));
    child<QPushButton>(m_dialog, "rememberButton")->click();
    QCOMPARE(remembered.count(), 1);
    QCOMPARE(remembered.at(0).at(1).toStringList(),
             (QStringList{QStringLiteral("RunScript(python)"), QStringLiteral("RunScript(node)")}));
    QCOMPARE(remembered.at(0).at(2).value<RememberScope>(), RememberScope::User);
    QCOMPARE(order, (QList<QString>{QStringLiteral("remember"), QStringLiteral("approve")}));
}

void tst_ApprovalDialog::gui_editThenApprove_runsTheEditedCommand_andTellsTheModel()
{
    delete m_dialog; // only the run's own dialog may be on screen
    m_dialog = nullptr;
    GuiRun g;
    QVERIFY(g.start(
        {TestSupport::bashMessage(QStringLiteral("toolu_e"), QStringLiteral("echo proposed-by-model")),
         endTurn()}));
    QSignalSpy finished(g.run.get(), &AgentRun::finished);
    ApprovalDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleApprovalDialog()) != nullptr, 20000);
    QTRY_VERIFY(dialog->isArmed());
    // The run filled in where the call runs: the sandbox, its limits, its network.
    const QString sandbox = child<QLabel>(dialog, "sandboxLabel")->text();
    QVERIFY2(sandbox.contains(u"bubblewrap"_s) && sandbox.contains(u"20 s per call"_s) &&
                 sandbox.contains(u"CPU 60 s"_s),
             qPrintable(sandbox));
    QVERIFY(child<QLabel>(dialog, "networkLabel")->text().contains(u"off"_s));
    keepPicture(dialog, "approval-dialog-command");
    child<QPushButton>(dialog, "editButton")->click();
    child<QsciScintilla>(dialog, "scriptEditor")->setText(QStringLiteral("echo edited-by-user > edited.txt"));
    child<QPushButton>(dialog, "approveButton")->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(g.run->stopReason(), QStringLiteral("end_turn"));
    // The edited command is what ran ...
    QFile out(g.workspace + QStringLiteral("/edited.txt"));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), QByteArray("edited-by-user\n"));
    // ... the model is told, with the command that ran ...
    const QString result = toolResultFor(*g.run, QStringLiteral("toolu_e"));
    QVERIFY2(result.contains(QStringLiteral("the user edited this call")), qPrintable(result));
    QVERIFY(result.contains(QStringLiteral("echo edited-by-user > edited.txt")));
    // ... and the decision log keeps both inputs.
    const QByteArray log = g.transcriptText();
    QVERIFY(log.contains("\"original_input\":{\"command\":\"echo proposed-by-model\"}"));
    QVERIFY(log.contains("\"edited_input\":{\"command\":\"echo edited-by-user > edited.txt\"}"));
}

void tst_ApprovalDialog::gui_rememberWithEditedRuleAndScope_savesExactlyThat_andNextCallDoesNotAsk()
{
    delete m_dialog; // only the run's own dialog may be on screen
    m_dialog = nullptr;
    QFile::remove(PermissionStore::userFile());
    GuiRun g;
    QVERIFY(g.start({TestSupport::bashMessage(QStringLiteral("toolu_1"), QStringLiteral("echo first")),
                     TestSupport::bashMessage(QStringLiteral("toolu_2"), QStringLiteral("echo second")),
                     endTurn()}));
    QSignalSpy finished(g.run.get(), &AgentRun::finished);
    ApprovalDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleApprovalDialog()) != nullptr, 20000);
    QTRY_VERIFY(dialog->isArmed());
    auto *rule = child<QLineEdit>(dialog, "rememberRuleEdit");
    QCOMPARE(rule->text(), QStringLiteral("Bash(echo:*)"));
    rule->setText(QStringLiteral("Bash(echo *)"));
    auto *scope = child<QComboBox>(dialog, "rememberScopeCombo");
    QCOMPARE(scope->currentData().toInt(), int(RememberScope::Project)); // the proposed scope
    scope->setCurrentIndex(scope->findData(int(RememberScope::User)));
    child<QPushButton>(dialog, "rememberButton")->click();
    QVERIFY(finished.wait(30000));
    QCOMPARE(g.run->stopReason(), QStringLiteral("end_turn"));

    // Saved exactly that rule, exactly where the user chose (and nowhere else).
    QFile user(PermissionStore::userFile());
    QVERIFY(user.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(user.readAll()).object();
    QCOMPARE(saved.value(QLatin1String("permissions")).toObject().value(QLatin1String("allow")).toArray(),
             QJsonArray{QStringLiteral("Bash(echo *)")});
    QVERIFY(!QFile::exists(PermissionStore::projectFile(g.workspace)));
    QVERIFY(!PermissionStore::userFile().startsWith(g.workspace));

    // The second call matched the new rule and did not ask.
    QCOMPARE(g.asked, 1); // only the first call was asked about
    QVERIFY(toolResultFor(*g.run, QStringLiteral("toolu_2")).contains(QStringLiteral("second")));
    const QByteArray log = g.transcriptText();
    QVERIFY(log.contains("\"rule\":\"Bash(echo *)\""));
    QVERIFY(log.contains(QFile::encodeName(PermissionStore::userFile())));
    QFile::remove(PermissionStore::userFile());
}

// Before it is shown nothing answers: not a click, not Ctrl+Return, not Escape.
void tst_ApprovalDialog::armingBeforeShown_nothingCanAnswer()
{
    ApprovalDialog dialog(makeRequest());
    QSignalSpy approved(&dialog, &ApprovalDialog::approved);
    QSignalSpy denied(&dialog, &ApprovalDialog::denied);
    QSignalSpy remembered(&dialog, &ApprovalDialog::rememberRequested);
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.isArmed());
    for (const char *name : {"approveButton", "rememberButton", "denyButton", "editButton", "laterButton"}) {
        auto *button = child<QPushButton>(&dialog, name);
        QVERIFY2(button && !button->isEnabled(), name);
        button->click();
    }
    QTest::keyClick(child<QsciScintilla>(&dialog, "scriptEditor"), Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(approved.count(), 0);
    QCOMPARE(denied.count(), 0);
    QCOMPARE(remembered.count(), 0);
    QVERIFY(!dialog.isEditing());
}

// Keys meant for another window, arriving the moment the dialog appears, do nothing; once it
// has been visible for armDelayMs() the same key approves.
void tst_ApprovalDialog::armingJustShown_keysAndClicksDoNothing_untilArmed()
{
    QWidget window;
    window.show();
    auto *dialog = new ApprovalDialog(makeRequest(), &window);
    QSignalSpy approved(dialog, &ApprovalDialog::approved);
    QSignalSpy denied(dialog, &ApprovalDialog::denied);
    QElapsedTimer shownFor; // started first: the arming timer starts inside open()
    shownFor.start();
    dialog->open();
    auto *editor = child<QsciScintilla>(dialog, "scriptEditor");
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Escape);
    child<QPushButton>(dialog, "approveButton")->click();
    QVERIFY(dialog->isVisible());
    QCOMPARE(approved.count(), 0);
    QCOMPARE(denied.count(), 0);
    QTRY_VERIFY(dialog->isArmed());
    QVERIFY(shownFor.elapsed() >= ApprovalDialog::armDelayMs() - 20); // timer slack
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(approved.count(), 1);
    QCOMPARE(denied.count(), 0);
    delete dialog;
}

void tst_ApprovalDialog::shows_sandboxLimits_andNetworkState_data()
{
    QTest::addColumn<ExecutionBoundary>("boundary");
    QTest::addColumn<QStringList>("sandboxShows");
    QTest::addColumn<QStringList>("networkShows");

    // The bubblewrap backend as a run describes it: its rlimits, the run's wall clock, no network.
    QTemporaryDir dir;
    SandboxConfig sc;
    sc.workspace = dir.path();
    auto offline = BwrapSandbox::create(sc);
    QVERIFY(offline);
    QTest::newRow("bubblewrap, network off")
        << describeExecutionBoundary(offline->get(), 120000)
        << QStringList{u"bubblewrap"_s,    u"120 s per call"_s,      u"CPU 60 s"_s,       u"memory 2 GiB"_s,
                       u"256 processes"_s, u"files up to 256 MiB"_s, u"1024 open files"_s}
        << QStringList{u"off"_s};

    DomainPolicy domains;
    QVERIFY(domains.addRule(u"pypi.org"_s, DomainRule::Kind::Allow, u"--allow-domain"_s).ok());
    QVERIFY(domains.addRule(u"*.npmjs.org"_s, DomainRule::Kind::Allow, u"settings"_s).ok());
    sc.networkProxy = std::make_shared<NetProxy>(domains);
    auto online = BwrapSandbox::create(sc);
    QVERIFY(online);
    QTest::newRow("bubblewrap, filtered network")
        << describeExecutionBoundary(online->get(), 30000) << QStringList{u"30 s per call"_s}
        << QStringList{u"filtering proxy"_s, u"pypi.org, *.npmjs.org"_s};

    ExecutionBoundary none;
    none.sandboxKind = u"none"_s;
    none.timeoutMs = 5000;
    none.network = ExecutionBoundary::Network::Unrestricted;
    QTest::newRow("no sandbox") << none << QStringList{u"no sandbox"_s, u"5 s per call"_s}
                                << QStringList{u"not restricted"_s};
    QTest::newRow("not known") << ExecutionBoundary{} << QStringList{u"not known"_s}
                               << QStringList{u"not known"_s};
}

void tst_ApprovalDialog::shows_sandboxLimits_andNetworkState()
{
    QFETCH(ExecutionBoundary, boundary);
    QFETCH(QStringList, sandboxShows);
    QFETCH(QStringList, networkShows);
    ApprovalRequest request = makeRequest();
    request.boundary = boundary;
    ApprovalDialog dialog(request);
    auto *sandbox = child<QLabel>(&dialog, "sandboxLabel");
    auto *network = child<QLabel>(&dialog, "networkLabel");
    QVERIFY(sandbox && network);
    QVERIFY(!sandbox->accessibleName().isEmpty() && !network->accessibleName().isEmpty());
    for (const QString &text : sandboxShows)
        QVERIFY2(sandbox->text().contains(text), qPrintable(sandbox->text()));
    for (const QString &text : networkShows)
        QVERIFY2(network->text().contains(text), qPrintable(network->text()));
    // Shown next to the working directory, not instead of it.
    QCOMPARE(child<QLabel>(&dialog, "workingDirectoryLabel")->text(), request.action.workingDirectory);
    dialog.reject();
}

// The terminal's y / a / n, in the dialog: allow for this run, always allow, deny.
void tst_ApprovalDialog::network_offersAllowForRun_always_deny()
{
    QFile::remove(PermissionStore::userFile());
    QWidget window;
    window.show();
    for (const char *choice : {"approveButton", "denyButton"}) {
        ApprovalGate gate;
        const ApprovalRequest request = networkRequest(&gate, u"example.com"_s, 443);
        QCOMPARE(request.kind, ApprovalRequest::Kind::Network);
        QSignalSpy answered(&gate, &ApprovalGate::answered);
        QPointer<ApprovalDialog> dialog = ApprovalDialog::openFor(request, &gate, nullptr, &window);
        QTRY_VERIFY(dialog->isArmed());
        QVERIFY(child<QLabel>(dialog, "titleLabel")->text().contains(u"example.com:443"_s));
        QVERIFY2(child<QLabel>(dialog, "networkLabel")->text().contains(u"pypi.org"_s),
                 qPrintable(child<QLabel>(dialog, "networkLabel")->text()));
        QCOMPARE(child<QPushButton>(dialog, "approveButton")->text(), u"Allow for This &Run"_s);
        QCOMPARE(child<QPushButton>(dialog, "rememberButton")->text(), u"&Always Allow"_s);
        QVERIFY(!child<QPushButton>(dialog, "editButton")->isVisibleTo(dialog)); // nothing to edit
        QCOMPARE(child<QLineEdit>(dialog, "rememberRuleEdit")->text(), u"WebFetch(domain:example.com)"_s);
        keepPicture(dialog, "approval-dialog-network");
        child<QPushButton>(dialog, choice)->click();
        QCOMPARE(answered.count(), 1);
        const auto answer = answered.at(0).at(1).value<ApprovalAnswer>();
        QCOMPARE(answer.approved, qstrcmp(choice, "approveButton") == 0);
        QTRY_VERIFY(dialog.isNull());
    }
    QVERIFY(!QFile::exists(PermissionStore::userFile())); // neither choice saved a rule
}

void tst_ApprovalDialog::network_proposedRule_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("rule");
    QTest::newRow("https") << u"example.com"_s << 443 << u"WebFetch(domain:example.com)"_s;
    QTest::newRow("http") << u"files.example.org"_s << 80 << u"WebFetch(domain:files.example.org)"_s;
    QTest::newRow("other port") << u"api.example.com"_s << 8443 << u"WebFetch(domain:api.example.com:8443)"_s;
    QTest::newRow("ipv6") << u"2001:db8::1"_s << 443 << u"WebFetch(domain:[2001:db8::1])"_s;
}

void tst_ApprovalDialog::network_proposedRule()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, rule);
    ApprovalGate gate;
    ApprovalDialog dialog(networkRequest(&gate, host, port));
    QCOMPARE(child<QLineEdit>(&dialog, "rememberRuleEdit")->text(), rule);
    // The proposal is a rule the proxy understands, for exactly that host.
    PermissionPolicy policy;
    QVERIFY(policy.addRule(rule, PermissionRule::Kind::Allow, u"test"_s).ok());
    DomainPolicy domains;
    QVERIFY(NetworkAccess::addWebFetchRules(policy, domains).ok());
    QCOMPARE(domains.evaluate(host, port).verdict, DomainPolicy::Verdict::Allow);
    QCOMPARE(domains.evaluate(u"other.example.net"_s, port).verdict, DomainPolicy::Verdict::Unknown);
    dialog.reject();
}

void tst_ApprovalDialog::network_alwaysAllow_savesTheWebFetchRuleInTheChosenScope_data()
{
    QTest::addColumn<RememberScope>("scope");
    QTest::newRow("this run") << RememberScope::Run;
    QTest::newRow("this project") << RememberScope::Project;
    QTest::newRow("all projects") << RememberScope::User;
}

// "Always" saves the edited WebFetch rule where the user chose, and only there; a later run
// that loads that file lets the proxy through without asking.
void tst_ApprovalDialog::network_alwaysAllow_savesTheWebFetchRuleInTheChosenScope()
{
    delete m_dialog; // only the run's own dialog may be on screen
    m_dialog = nullptr;
    QFETCH(RememberScope, scope);
    QFile::remove(PermissionStore::userFile());
    GuiRun g; // a finished run: its workspace names the project, its policy takes the rule
    QVERIFY(g.start({endTurn()}));
    QTRY_COMPARE_WITH_TIMEOUT(g.run->state(), AgentRun::State::Finished, 20000);
    const QString projectFile = PermissionStore::projectFile(g.workspace);
    QFile::remove(projectFile);

    ApprovalGate gate;
    const ApprovalRequest request = networkRequest(&gate, u"api.example.com"_s, 443);
    QSignalSpy answered(&gate, &ApprovalGate::answered);
    QPointer<ApprovalDialog> dialog = ApprovalDialog::openFor(request, &gate, g.run.get(), &g.window);
    QTRY_VERIFY(dialog->isArmed());
    auto *scopeCombo = child<QComboBox>(dialog, "rememberScopeCombo");
    QCOMPARE(scopeCombo->currentData().toInt(), int(RememberScope::User)); // as the terminal's "a"
    scopeCombo->setCurrentIndex(scopeCombo->findData(int(scope)));
    child<QLineEdit>(dialog, "rememberRuleEdit")->setText(u"WebFetch(domain:*.example.com)"_s);
    child<QPushButton>(dialog, "rememberButton")->click();
    QCOMPARE(answered.count(), 1);
    QVERIFY(answered.at(0).at(1).value<ApprovalAnswer>().approved);

    const QString chosen = scope == RememberScope::User      ? PermissionStore::userFile()
                           : scope == RememberScope::Project ? projectFile
                                                             : QString();
    for (const QString &file : {PermissionStore::userFile(), projectFile}) {
        if (file != chosen) {
            QVERIFY2(!QFile::exists(file), qPrintable(file));
            continue;
        }
        PermissionPolicy later;
        QVERIFY(PermissionStore::loadInto(later, file).ok());
        QCOMPARE(later.rules().size(), 1);
        QCOMPARE(later.rules().constFirst().text, u"WebFetch(domain:*.example.com)"_s);
        DomainPolicy domains;
        QVERIFY(NetworkAccess::addWebFetchRules(later, domains).ok());
        QCOMPARE(domains.evaluate(u"api.example.com"_s, 443).verdict, DomainPolicy::Verdict::Allow);
    }
    // This run's policy has it too, whatever the scope.
    bool inRun = false;
    for (const PermissionRule &r : g.run->policy().rules())
        inRun = inRun || r.text == u"WebFetch(domain:*.example.com)"_s;
    QVERIFY(inRun);
    QFile::remove(PermissionStore::userFile());
    QFile::remove(projectFile);
}

void tst_ApprovalDialog::network_alwaysAllow_refusesARuleThatNamesNoDomain()
{
    ApprovalGate gate;
    QSignalSpy answered(&gate, &ApprovalGate::answered);
    QWidget window;
    window.show();
    QPointer<ApprovalDialog> dialog =
        ApprovalDialog::openFor(networkRequest(&gate, u"example.com"_s, 443), &gate, nullptr, &window);
    QTRY_VERIFY(dialog->isArmed());
    auto *rule = child<QLineEdit>(dialog, "rememberRuleEdit");
    auto *always = child<QPushButton>(dialog, "rememberButton");
    QVERIFY(always->isEnabled());
    for (const QString &wrong :
         {u"Bash(curl:*)"_s, u"WebFetch(https://example.com)"_s, u"WebFetch(domain:*)"_s}) {
        rule->setText(wrong);
        QVERIFY2(!always->isEnabled(), qPrintable(wrong));
        QVERIFY(child<QLabel>(dialog, "rememberErrorLabel")->isVisibleTo(dialog));
        always->click();
    }
    QCOMPARE(answered.count(), 0);
    dialog->reject();
    QCOMPARE(answered.count(), 1);
    QVERIFY(!answered.at(0).at(1).value<ApprovalAnswer>().approved);
}

QTEST_MAIN(tst_ApprovalDialog)
#include "tst_approvaldialog.moc"
