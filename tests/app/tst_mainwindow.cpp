// SPDX-License-Identifier: MIT
// The main window on the bundled demo, offscreen: the recorded turns replay, the approval dialog
// appears for each script, approving runs it in the real sandbox, and the final answer quotes
// the list the sandboxed test computed.
#include "apikeystore.h"
#include "approvaldialog.h"
#include "mainwindow.h"
#include "models/conversationmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

using namespace Workbench;

class tst_MainWindow : public QObject
{
    Q_OBJECT

    static ApprovalDialog *visibleDialog(QWidget *window)
    {
        const auto dialogs = window->findChildren<ApprovalDialog *>();
        for (ApprovalDialog *d : dialogs) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

    static QString conversationText(QWidget *window)
    {
        auto *list = window->findChild<QListView *>(QStringLiteral("conversationList"));
        if (!list || !list->model())
            return {};
        QString all;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            all +=
                list->model()->index(r, 0).data(ConversationModel::TextRole).toString() + QLatin1Char('\n');
        return all;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void demo_asksForEachScript_andEndsWithComputedList()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        ApiKeyStore keys;
        MainWindow window(&keys);
        window.show();
        window.startDemo();

        // Two scripts in the recording; the edits are accepted by the demo's acceptEdits mode.
        for (int i = 0; i < 2; ++i) {
            ApprovalDialog *dialog = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleDialog(&window)) != nullptr, 30000);
            auto *approve = dialog->findChild<QAbstractButton *>(QStringLiteral("approveButton"));
            QVERIFY(approve);
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonLabel")));
            approve->click();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible() || visibleDialog(&window) != dialog, 5000);
        }

        auto *status = window.findChild<QLabel *>(QStringLiteral("statusRun"));
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("end_turn")), 60000);
        const QString text = conversationText(&window);
        QVERIFY2(text.contains(QStringLiteral("[1, 1, 2, 3, 5, 8, 13, 21, 34, 55]")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("{{tool_result")));

        // The output pane shows the selected (last) call's real output.
        auto *output = window.findChild<QPlainTextEdit *>(QStringLiteral("outputText"));
        QVERIFY(output);
        QTRY_VERIFY(output->toPlainText().contains(QStringLiteral("[1, 1, 2, 3, 5, 8, 13, 21, 34, 55]")));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
