// SPDX-License-Identifier: MIT
#include "../core/inspectionfixture.h"
#include "models/timelinemodel.h"
#include "timelineview.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <atomic>

using namespace Workbench;

class tst_TimelineView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    RunInspection known()
    {
        const QString path = m_dir.filePath(QStringLiteral("known.jsonl"));
        if (!InspectionFixture::writeFile(path, InspectionFixture::knownRun()))
            qFatal("cannot write the fixture");
        return *RunInspector::inspectFile(path);
    }

    // A long run: `n` turns, each followed by one tool call.
    RunInspection longRun(int n)
    {
        InspectionFixture::Lines l(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        l.add(0, QStringLiteral("run_started"), {{QStringLiteral("run_id"), QStringLiteral("long")}});
        qint64 t = 10;
        for (int i = 1; i <= n; ++i) {
            const QString id = QStringLiteral("toolu_%1").arg(i);
            l.add(t, QStringLiteral("request"), {{QStringLiteral("turn"), i}});
            l.add(t + 300, QStringLiteral("assistant_message"),
                  {{QStringLiteral("turn"), i}, {QStringLiteral("ttft_ms"), 100}});
            l.add(t + 310, QStringLiteral("tool_call"),
                  {{QStringLiteral("turn"), i},
                   {QStringLiteral("id"), id},
                   {QStringLiteral("name"), QStringLiteral("bash")}});
            l.add(t + 320, QStringLiteral("exec_started"), {{QStringLiteral("id"), id}});
            l.add(t + 400, QStringLiteral("tool_result"),
                  {{QStringLiteral("id"), id}, {QStringLiteral("content"), QStringLiteral("ok")}});
            t += 500;
        }
        const QString path = m_dir.filePath(QStringLiteral("long.jsonl"));
        if (!InspectionFixture::writeFile(path, l.bytes()))
            qFatal("cannot write");
        return *RunInspector::inspectFile(path);
    }

    // A run whose transcript ends while its only tool call runs (killed, or still going):
    // the call started at 320 ms, the last event is output at 2320 ms.
    enum class End
    {
        MidCall,  ///< nothing after the output
        CallDone, ///< the call ends at 2320 ms (the run goes on)
        RunEnded, ///< run_finished at 2320 ms with the call never closed
    };
    RunInspection midCall(End end)
    {
        const bool finished = end == End::CallDone;
        InspectionFixture::Lines l(start());
        l.add(0, QStringLiteral("run_started"), {{QStringLiteral("run_id"), QStringLiteral("mid")}});
        l.add(10, QStringLiteral("request"), {{QStringLiteral("turn"), 1}});
        l.add(300, QStringLiteral("assistant_message"),
              {{QStringLiteral("turn"), 1}, {QStringLiteral("ttft_ms"), 100}});
        l.add(310, QStringLiteral("tool_call"),
              {{QStringLiteral("turn"), 1},
               {QStringLiteral("id"), QStringLiteral("toolu_1")},
               {QStringLiteral("name"), QStringLiteral("bash")}});
        l.add(320, QStringLiteral("exec_started"), {{QStringLiteral("id"), QStringLiteral("toolu_1")}});
        l.add(2320, QStringLiteral("output"),
              {{QStringLiteral("id"), QStringLiteral("toolu_1")},
               {QStringLiteral("stream"), QStringLiteral("stdout")},
               {QStringLiteral("text"), QStringLiteral("working\n")}});
        if (finished) {
            l.add(2320, QStringLiteral("exec_finished"),
                  {{QStringLiteral("id"), QStringLiteral("toolu_1")},
                   {QStringLiteral("result"), QJsonObject{{QStringLiteral("end"), QStringLiteral("exited")},
                                                          {QStringLiteral("durationMs"), 2000}}}});
            l.add(2320, QStringLiteral("tool_result"),
                  {{QStringLiteral("id"), QStringLiteral("toolu_1")},
                   {QStringLiteral("content"), QStringLiteral("ok")}});
        }
        if (end == End::RunEnded)
            l.add(2320, QStringLiteral("run_finished"),
                  {{QStringLiteral("stop_reason"), QStringLiteral("error")}});
        const QString path = m_dir.filePath(QStringLiteral("mid-%1.jsonl").arg(int(end)));
        if (!InspectionFixture::writeFile(path, l.bytes()))
            qFatal("cannot write");
        return *RunInspector::inspectFile(path);
    }

    static QDateTime start() { return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC); }

    // Distinct colours along a line inside a bar, above its label.
    static int coloursAlong(const QImage &image, const QRectF &bar)
    {
        QSet<QRgb> colours;
        const int y = int(bar.top()) + 3;
        for (int x = int(bar.left() + bar.width() / 2); x < int(bar.right()) - 4; ++x)
            colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private Q_SLOTS:
    void unfinishedTranscript_barIsOpenEndedAndSaysSo()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInspection(midCall(End::MidCall));
        const int row = model.rowForToolCall(QStringLiteral("toolu_1"));
        QVERIFY(row >= 0);
        const TimelineBar &bar = model.bar(row);
        QCOMPARE(bar.kind, TimelineBar::Kind::ToolCall);
        QVERIFY(bar.open);
        QVERIFY(bar.unfinished);
        QVERIFY(model.index(row).data(TimelineModel::UnfinishedRole).toBool());
        QCOMPARE(bar.endMs, 2320); // where the transcript ends, not a guess beyond it
        QVERIFY2(bar.toolTip.contains(QStringLiteral("Unfinished")), qPrintable(bar.toolTip));
        QVERIFY(!model.isTicking());
        // Live (a run page follows the file) but the run has ended: still unfinished, no clock.
        model.setLive(true);
        model.setInspection(midCall(End::RunEnded));
        QVERIFY(!model.isTicking());
        const TimelineBar &ended = model.bar(model.rowForToolCall(QStringLiteral("toolu_1")));
        QVERIFY(ended.open && ended.unfinished);
        QCOMPARE(ended.endMs, 2320);
    }

    void liveRun_openBarsReachNowAndKeepGrowing()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::atomic<qint64> nowMs{5000};
        model.setClock([&nowMs] { return start().addMSecs(nowMs.load()); });
        model.setInspection(midCall(End::MidCall));
        const int row = model.rowForToolCall(QStringLiteral("toolu_1"));
        QCOMPARE(model.bar(row).endMs, 2320);
        QSignalSpy span(&model, &TimelineModel::spanChanged);
        model.setLive(true);
        QVERIFY(model.isTicking());
        QCOMPARE(model.bar(row).endMs, 5000);
        QCOMPARE(model.spanMs(), 5000);
        QVERIFY(!model.bar(row).unfinished);
        QVERIFY(!model.bar(row).toolTip.contains(QStringLiteral("Unfinished")));
        QVERIFY(!span.isEmpty());
        // The clock moves on with no new event: the bar and the axis follow it by themselves.
        nowMs = 9000;
        QTRY_COMPARE_WITH_TIMEOUT(model.bar(row).endMs, 9000, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model.spanMs(), 9000, 10000);
        // The run writes the call's end: the bar closes where it was recorded, the clock stops.
        model.setInspection(midCall(End::CallDone));
        QVERIFY(!model.bar(row).open);
        QCOMPARE(model.bar(row).endMs, 2320);
        QCOMPARE(model.spanMs(), 2320);
        // Not followed any more (a transcript read as it is): an open bar is unfinished again.
        model.setInspection(midCall(End::MidCall));
        QVERIFY(model.isTicking());
        model.setLive(false);
        QVERIFY(!model.isTicking());
        QVERIFY(model.bar(row).unfinished);
        QCOMPARE(model.bar(row).endMs, 2320);
    }

    void unfinishedBar_isDrawnHatched()
    {
        TimelineModel unfinished;
        unfinished.setInspection(midCall(End::MidCall));
        TimelineModel done;
        done.setInspection(midCall(End::CallDone));
        const int row = unfinished.rowForToolCall(QStringLiteral("toolu_1"));
        QCOMPARE(done.rowForToolCall(QStringLiteral("toolu_1")), row);
        TimelineView view;
        view.resize(1000, view.sizeHint().height());
        view.setModel(&done);
        view.fitToWidth();
        const QRectF doneRect = view.barRect(row);
        QVERIFY(doneRect.width() > 200);
        const int solid = coloursAlong(view.viewport()->grab().toImage(), doneRect);
        view.setModel(&unfinished);
        view.fitToWidth();
        const QRectF openRect = view.barRect(row);
        const QImage image = view.viewport()->grab().toImage();
        const int hatched = coloursAlong(image, openRect);
        if (const QString dir = qEnvironmentVariable("WB_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(dir + QStringLiteral("/timeline-unfinished.png"));
        QCOMPARE(solid, 1);
        QVERIFY2(hatched > 1, qPrintable(QString::number(hatched)));
    }

    void bars_areLaidOutOnTheTimeAxis()
    {
        TimelineModel model;
        model.setInspection(known());
        TimelineView view;
        view.setModel(&model);
        view.resize(1000, view.sizeHint().height());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToWidth();
        const double scale = view.scale();
        QVERIFY(scale > 0);
        // Left edges in start order, widths proportional to durations.
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(view.barRect(row).left() >= view.barRect(row - 1).left());
        const QRectF turn1 = view.barRect(0);
        QVERIFY(qAbs(turn1.width() - 2700 * scale) < 0.5);
        const QRectF tool = view.barRect(model.rowForToolCall(QStringLiteral("toolu_1")));
        QVERIFY(qAbs(tool.left() - turn1.left() - (7840 - 100) * scale) < 0.5);
        QVERIFY(qAbs(tool.width() - 500 * scale) < 0.5);
        // One lane per kind: turns above tool calls above waits.
        const QRectF wait = view.barRect(1);
        QVERIFY(turn1.bottom() <= tool.top());
        QVERIFY(tool.bottom() <= wait.top());
        QCOMPARE(view.barRect(4).top(), turn1.top());
        // The whole run fits: the last bar ends inside the viewport.
        QVERIFY(view.barRect(model.rowCount() - 1).right() <= view.viewport()->width());
        QCOMPARE(view.barAt(tool.center().toPoint()), model.rowForToolCall(QStringLiteral("toolu_1")));
        QCOMPARE(view.barAt(QPoint(2, int(tool.center().y()))), -1);
    }

    void wheelAndKeys_zoomAndStep()
    {
        TimelineModel model;
        model.setInspection(longRun(120)); // 240 bars
        QCOMPARE(model.rowCount(), 240);
        TimelineView view;
        view.setModel(&model);
        view.resize(800, view.sizeHint().height());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const double fit = view.scale();
        const QRectF before = view.barRect(0);
        QVERIFY(before.width() >= 3); // even when fitted, every bar stays visible
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(qAbs(view.scale() - fit * 1.5) < 1e-9);
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);

        // The wheel zooms around the pointer: the time under it stays put.
        const QPointF at(400, 40);
        const double msBefore = (at.x() - view.barRect(0).left()) / view.scale();
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(qAbs(view.scale() - fit * 1.5 * 1.25) < 1e-9);
        const double msAfter = (at.x() - view.barRect(0).left()) / view.scale();
        QVERIFY(qAbs(msAfter - msBefore) < 2.0 / view.scale());

        QTest::keyClick(&view, Qt::Key_0);
        QCOMPARE(view.scale(), fit);

        // Right steps through the bars and scrolls to keep the current one in view.
        QSignalSpy activated(&view, &TimelineView::barActivated);
        QTest::keyClick(&view, Qt::Key_Plus);
        QTest::keyClick(&view, Qt::Key_Plus);
        QTest::keyClick(&view, Qt::Key_Plus);
        for (int i = 0; i < 200; ++i)
            QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(activated.size(), 200);
        QCOMPARE(view.currentRow(), 199);
        const QRectF current = view.barRect(199);
        QVERIFY(current.left() >= 0 && current.right() <= view.viewport()->width());
    }

    void followsThePalette()
    {
        TimelineModel model;
        model.setInspection(known());
        TimelineView view;
        view.setModel(&model);
        view.resize(600, view.sizeHint().height());
        QPalette dark = view.palette();
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        QPalette light = view.palette();
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        light.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf4, 0xf4));
        view.setPalette(light);
        const QImage a = view.viewport()->grab().toImage();
        view.setPalette(dark);
        const QImage b = view.viewport()->grab().toImage();
        // The background of the lanes follows the palette's base colours.
        const QPoint blank(view.width() - 5, view.barRect(0).toAlignedRect().center().y() + 30);
        QVERIFY(a.pixelColor(blank).lightness() > 200);
        QVERIFY(b.pixelColor(blank).lightness() < 60);
    }
};

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
