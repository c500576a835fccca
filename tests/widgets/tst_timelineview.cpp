// SPDX-License-Identifier: MIT
#include "../core/inspectionfixture.h"
#include "models/timelinemodel.h"
#include "timelineview.h"

#include <QJsonArray>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

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

private Q_SLOTS:
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
        const QImage a = view.grab().toImage();
        view.setPalette(dark);
        const QImage b = view.grab().toImage();
        // The background of the lanes follows the palette's base colours.
        const QPoint blank(view.width() - 5, view.barRect(0).toAlignedRect().center().y() + 30);
        QVERIFY(a.pixelColor(blank).lightness() > 200);
        QVERIFY(b.pixelColor(blank).lightness() < 60);
    }
};

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
