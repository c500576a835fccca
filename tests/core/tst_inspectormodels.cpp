// SPDX-License-Identifier: MIT
#include "inspectionfixture.h"
#include "models/inspectormodel.h"
#include "models/jsontreemodel.h"
#include "models/timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;

class tst_InspectorModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    RunInspection known()
    {
        const QString path = m_dir.filePath(QStringLiteral("known.jsonl"));
        if (!InspectionFixture::writeFile(path, InspectionFixture::knownRun()))
            qFatal("cannot write the fixture");
        auto run = RunInspector::inspectFile(path);
        if (!run.ok())
            qFatal("cannot read the fixture");
        return *run;
    }

private Q_SLOTS:
    void inspectorModel_turnsWithTheirCalls()
    {
        InspectorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInspection(known());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex turn1 = model.indexForTurn(1);
        QCOMPARE(model.rowCount(turn1), 1);
        const QModelIndex call = model.indexForToolCall(QStringLiteral("toolu_1"));
        QCOMPARE(call.parent(), turn1);
        QCOMPARE(call.data(InspectorModel::KindRole).toInt(), int(InspectorModel::Kind::ToolCall));
        QCOMPARE(model.toolCallAt(call)->id, QStringLiteral("toolu_1"));
        QVERIFY(model.turnAt(call) == nullptr);
        QCOMPARE(turn1.data(InspectorModel::DurationMsRole).toLongLong(), 2700);
        QCOMPARE(call.data(InspectorModel::DurationMsRole).toLongLong(), 480);
        QCOMPARE(call.data(InspectorModel::StartMsRole).toLongLong(), 7840);
        QCOMPARE(model.index(0, InspectorModel::CostColumn).data().toString(), QStringLiteral("$0.0123"));
        QCOMPARE(model.rowCount(model.indexForTurn(2)), 0);
    }

    void inspectorModel_growsInPlace()
    {
        // Feed the transcript event by event; the tester checks every insert and change.
        const QString path = m_dir.filePath(QStringLiteral("steps.jsonl"));
        QVERIFY(InspectionFixture::writeFile(path, InspectionFixture::knownRun()));
        InspectorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const QList<QByteArray> lines = InspectionFixture::knownRun().split('\n');
        QByteArray sofar;
        RunInspector inspector;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            sofar += line + '\n';
            QVERIFY(InspectionFixture::writeFile(path, sofar));
            QVERIFY(inspector.readMore(path, false).ok());
            model.setInspection(inspector.inspection());
        }
        QCOMPARE(resets.size(), 1);  // only the first (the path changed)
        QCOMPARE(inserts.size(), 3); // turn 1, its call, turn 2
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.indexForTurn(1)), 1);
    }

    void timelineModel_barsInOrderWithTimes()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInspection(known());
        using K = TimelineBar::Kind;
        QCOMPARE(model.rowCount(), 5);
        const QList<K> kinds{K::ModelTurn, K::RetryWait, K::ApprovalWait, K::ToolCall, K::ModelTurn};
        for (int i = 0; i < kinds.size(); ++i)
            QCOMPARE(model.bar(i).kind, kinds.at(i));
        QCOMPARE(model.bar(0).startMs, 100);
        QCOMPARE(model.bar(0).endMs, 2800);
        QCOMPARE(model.bar(0).firstTokenMs, 1400 + 350); // retried: from the attempt that answered
        QCOMPARE(model.bar(1).startMs, 400);
        QCOMPARE(model.bar(1).endMs, 1400);
        QCOMPARE(model.bar(2).startMs, 2820);
        QCOMPARE(model.bar(2).endMs, 7820);
        QCOMPARE(model.bar(3).startMs, 7840);
        QCOMPARE(model.bar(3).endMs, 8340);
        QCOMPARE(model.bar(4).startMs, 8400);
        QCOMPARE(model.bar(4).firstTokenMs, 8410 + 200);
        QCOMPARE(model.bar(3).lane(), int(TimelineBar::ToolLane));
        QCOMPARE(model.bar(2).lane(), int(TimelineBar::WaitLane));
        QCOMPARE(model.spanMs(), 9300);
        QCOMPARE(model.rowForTurn(2), 4);
        QCOMPARE(model.rowForToolCall(QStringLiteral("toolu_1")), 3);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("200.0 tokens/s")));
        QVERIFY(model.totalsText().contains(QStringLiteral("$0.0223")));
    }

    void timelineModel_openBarsWhileTheRunGoesOn()
    {
        // Cut after the ask: the approval wait is open and ends at the last event.
        const QByteArray all = InspectionFixture::knownRun();
        const qsizetype end = all.indexOf('\n', all.indexOf("\"verdict\":\"ask\"")) + 1;
        const QString path = m_dir.filePath(QStringLiteral("waiting.jsonl"));
        QVERIFY(InspectionFixture::writeFile(path, all.left(end)));
        RunInspector inspector;
        QVERIFY(inspector.readMore(path, false).ok());
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInspection(inspector.inspection());
        const int row = model.rowForToolCall(QStringLiteral("toolu_1"));
        QVERIFY(row >= 0);
        QCOMPARE(model.bar(row).kind, TimelineBar::Kind::ApprovalWait);
        QVERIFY(model.bar(row).open);
        QCOMPARE(model.bar(row).endMs, 2820);
        // The rest arrives: the same rows stay, new ones are appended.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(InspectionFixture::writeFile(path, all));
        QVERIFY(inspector.readMore(path, false).ok());
        model.setInspection(inspector.inspection());
        QCOMPARE(resets.size(), 0);
        QVERIFY(!model.bar(row).open);
        QCOMPARE(model.bar(row).endMs, 7820);
    }

    void jsonTreeModel_showsAndSearchesEverything()
    {
        JsonTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString longText = QString(500, QLatin1Char('x')) + QStringLiteral(" needle");
        model.setJson(QJsonObject{{QStringLiteral("model"), QStringLiteral("m")},
                                  {QStringLiteral("messages"),
                                   QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                          {QStringLiteral("content"), longText}}}}});
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex messages = model.index(0, 0); // keys come sorted
        QCOMPARE(messages.data().toString(), QStringLiteral("messages"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("[1]"));
        QCOMPARE(model.index(0, 1, messages).data().toString(), QStringLiteral("{content, role}"));
        const QModelIndex first = model.index(0, 0, messages);
        const QModelIndex content = model.index(0, 0, first);
        QCOMPARE(content.data(JsonTreeModel::PathRole).toString(), QStringLiteral("messages[0].content"));
        QVERIFY(!model.index(0, 1, first).data().toString().contains(QStringLiteral("needle")));
        QVERIFY(content.data(JsonTreeModel::SearchTextRole).toString().endsWith(QStringLiteral("needle")));
        model.setJson(QJsonValue(42));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("42"));
    }

    void sseEventModel_listsEventsWithTimes()
    {
        SseEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RunInspection run = known();
        model.setEvents(run.turns.at(0).events.mid(0, 3));
        model.setEvents(run.turns.at(0).events); // grows
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(2, SseEventModel::TimeColumn).data(SseEventModel::TimeMsRole).toLongLong(), 350);
        QCOMPARE(model.index(2, SseEventModel::DataColumn).data().toString(), QStringLiteral("I will clean"));
        model.setEvents(run.turns.at(1).events);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_InspectorModels)
#include "tst_inspectormodels.moc"
