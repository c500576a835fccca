// SPDX-License-Identifier: MIT
#include "approvaldialog.h"
#include "scriptview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Workbench;

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

} // namespace

class tst_ApprovalDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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

private:
    ApprovalDialog *m_dialog = nullptr;
    std::unique_ptr<QSignalSpy> m_approved;
    std::unique_ptr<QSignalSpy> m_denied;
};

void tst_ApprovalDialog::init()
{
    m_dialog = new ApprovalDialog(makeRequest());
    m_approved = std::make_unique<QSignalSpy>(m_dialog, &ApprovalDialog::approved);
    m_denied = std::make_unique<QSignalSpy>(m_dialog, &ApprovalDialog::denied);
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
    QTimer::singleShot(0, &window, [] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *approve =
                modal ? modal->findChild<QPushButton *>(QStringLiteral("approveButton")) : nullptr)
            approve->click();
    });
    dialog->open();
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
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

QTEST_MAIN(tst_ApprovalDialog)
#include "tst_approvaldialog.moc"
