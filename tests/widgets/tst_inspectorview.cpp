// SPDX-License-Identifier: MIT
#include "../core/inspectionfixture.h"
#include "inspectorview.h"
#include "models/inspectormodel.h"
#include "models/timelinemodel.h"
#include "timelineview.h"
#include "transcript/runinspection.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Workbench;

class tst_InspectorView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString knownFile(const QString &name = QStringLiteral("known.jsonl"))
    {
        const QString path = m_dir.filePath(name);
        if (!InspectionFixture::writeFile(path, InspectionFixture::knownRun()))
            qFatal("cannot write the fixture");
        return path;
    }

    static void load(InspectorView &view, const QString &path, bool follow = false)
    {
        QSignalSpy updated(&view, &InspectorView::updated);
        view.setTranscriptFile(path, follow);
        QTRY_VERIFY(view.model()->rowCount() == 2);
    }

private Q_SLOTS:
    void clickingABar_selectsItsStep()
    {
        InspectorView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        load(view, knownFile());
        TimelineModel *bars = view.timelineModel();
        const int callRow = bars->rowForToolCall(QStringLiteral("toolu_1"));
        QVERIFY(callRow >= 0);
        const QRectF r = view.timeline()->barRect(callRow);
        QVERIFY(r.width() >= 3);
        QTest::mouseClick(view.timeline()->viewport(), Qt::LeftButton, {}, r.center().toPoint());
        const QModelIndex current = view.stepTree()->currentIndex();
        QCOMPARE(current.data(InspectorModel::ToolCallIdRole).toString(), QStringLiteral("toolu_1"));
        QCOMPARE(view.timeline()->currentRow(), callRow);
        auto *header = view.findChild<QLabel *>(QStringLiteral("callHeader"));
        QVERIFY(header && header->isVisible());
        QVERIFY(header->text().contains(QStringLiteral("480 ms")));
        auto *decisions = view.findChild<QTextBrowser *>(QStringLiteral("decisions"));
        QVERIFY(decisions->toPlainText().contains(QStringLiteral("Bash(rm:*)")));
        QVERIFY(decisions->toPlainText().contains(QStringLiteral("rm -rf build/tmp")));

        // The second turn's bar selects turn 2.
        const QRectF t2 = view.timeline()->barRect(bars->rowForTurn(2));
        QTest::mouseClick(view.timeline()->viewport(), Qt::LeftButton, {}, t2.center().toPoint());
        QCOMPARE(view.stepTree()->currentIndex().data(InspectorModel::TurnRole).toInt(), 2);
        QCOMPARE(view.stepTree()->currentIndex().data(InspectorModel::KindRole).toInt(),
                 int(InspectorModel::Kind::Turn));
    }

    void selectingAStep_selectsItsBar()
    {
        InspectorView view;
        view.resize(1200, 800);
        view.show();
        load(view, knownFile());
        view.selectTurn(1);
        QCOMPARE(view.timeline()->currentRow(), view.timelineModel()->rowForTurn(1));
        auto *header = view.findChild<QLabel *>(QStringLiteral("turnHeader"));
        QVERIFY(header->text().contains(QStringLiteral("350 ms")));
        QVERIFY(header->text().contains(QStringLiteral("200.0 tokens/s")));
        QVERIFY(header->text().contains(QStringLiteral("$0.0123")));
        auto *response = view.findChild<QTextBrowser *>(QStringLiteral("responseHeaders"));
        QVERIFY(response->toPlainText().contains(QStringLiteral("req_1")));
        QVERIFY(response->toPlainText().contains(QStringLiteral("Retry 2 of 4")));
        QVERIFY(!response->toPlainText().contains(InspectionFixture::kSecret));
    }

    void searchInTheRequestBody_findsAString()
    {
        InspectorView view;
        view.resize(1200, 800);
        view.show();
        load(view, knownFile());
        view.selectTurn(1);
        JsonBrowser *request = view.requestBrowser();
        QTest::keyClicks(request->searchField(), QStringLiteral("needle-42"));
        QCOMPARE(request->matchCount(), 1);
        const QModelIndex found = request->tree()->currentIndex();
        QVERIFY(found.isValid());
        QVERIFY(found.data(Qt::UserRole + 1).toString().contains(QStringLiteral("needle-42")));
        QCOMPARE(found.data(Qt::UserRole + 2).toString(), QStringLiteral("messages[0].content"));
        // Nothing else is left in the tree but the match and its parents.
        QCOMPARE(request->tree()->model()->rowCount(), 1);
        // And the key never shows, not even when searched for.
        request->find(QStringLiteral("SECRETSECRET"));
        QCOMPARE(request->matchCount(), 0);
        request->find(QString());
        QVERIFY(request->tree()->model()->rowCount() >= 4);
    }

    void followingAGrowingTranscript_keepsTheSelection()
    {
        const QByteArray all = InspectionFixture::knownRun();
        const qsizetype cut = all.indexOf('\n', all.indexOf("\"tool_result\"")) + 1;
        const QString path = m_dir.filePath(QStringLiteral("growing.jsonl"));
        QVERIFY(InspectionFixture::writeFile(path, all.left(cut)));
        InspectorView view;
        view.resize(1200, 800);
        view.show();
        view.setTranscriptFile(path, true);
        QTRY_COMPARE(view.model()->rowCount(), 1);
        view.selectToolCall(QStringLiteral("toolu_1"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write(all.mid(cut));
        f.close();
        view.reload(); // what RunPage does at a turn boundary; the file watcher does it too
        QTRY_COMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.stepTree()->currentIndex().data(InspectorModel::ToolCallIdRole).toString(),
                 QStringLiteral("toolu_1"));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("inspectorTotals"))
                    ->text()
                    .contains(QStringLiteral("$0.0223")));
    }
};

QTEST_MAIN(tst_InspectorView)
#include "tst_inspectorview.moc"
