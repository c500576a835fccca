// SPDX-License-Identifier: MIT
#include "transcript/recentrunsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

class TestRecentRunsModel : public QObject
{
    Q_OBJECT

    static void write(const QString &path, const QByteArray &firstLine)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(firstLine + "\n{\"type\":\"user_message\"}\n");
    }

private Q_SLOTS:
    void lists_newestRunFirst_withTaskAndModel()
    {
        QTemporaryDir dir;
        write(
            dir.filePath(u"a.jsonl"_s),
            R"({"v":1,"seq":1,"ts":"2026-01-02T10:00:00.000Z","type":"run_started","run_id":"run-a","task":"older task","model":"m1"})");
        write(
            dir.filePath(u"b.jsonl"_s),
            R"({"v":1,"seq":1,"ts":"2026-03-04T10:00:00.000Z","type":"run_started","run_id":"run-b","task":"newer task\nsecond line","model":"m2"})");
        write(dir.filePath(u"broken.jsonl"_s), "{torn");
        write(dir.filePath(u"notes.txt"_s), "ignored");

        RecentRunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectory(dir.path());
        QCOMPARE(model.rowCount(), 3);
        // The broken file has no start time of its own: its file time (now) puts it first.
        QCOMPARE(model.index(0).data().toString(), u"broken.jsonl"_s);
        QCOMPARE(model.index(1).data().toString(), u"newer task"_s); // first line only
        QCOMPARE(model.index(1).data(RecentRunsModel::TaskRole).toString(), u"newer task\nsecond line"_s);
        QCOMPARE(model.index(1).data(RecentRunsModel::ModelRole).toString(), u"m2"_s);
        QCOMPARE(model.index(1).data(RecentRunsModel::RunIdRole).toString(), u"run-b"_s);
        QCOMPARE(model.index(2).data(RecentRunsModel::PathRole).toString(), dir.filePath(u"a.jsonl"_s));
        QVERIFY(model.index(1).data(RecentRunsModel::StartedRole).toDateTime() >
                model.index(2).data(RecentRunsModel::StartedRole).toDateTime());
    }

    void refresh_picksUpNewFiles_andMissingFolderIsEmpty()
    {
        QTemporaryDir dir;
        RecentRunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDirectory(dir.filePath(u"does-not-exist"_s));
        QCOMPARE(model.rowCount(), 0);
        model.setDirectory(dir.path());
        QCOMPARE(model.rowCount(), 0);
        write(dir.filePath(u"x.jsonl"_s), R"({"type":"run_started","task":"t"})");
        model.refresh();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"t"_s);
    }

    void limit_keepsOnlyTheNewestFiles()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            write(dir.filePath(u"r%1.jsonl"_s.arg(i)), "{}");
        RecentRunsModel model;
        model.setDirectory(dir.path(), 2);
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRecentRunsModel)
#include "tst_recentrunsmodel.moc"
