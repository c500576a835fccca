// SPDX-License-Identifier: MIT
#include "sandbox/sandbox.h"

#include <QTest>

using Workbench::ExecResult;
using End = Workbench::ExecResult::End;

class TestExecResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describe_saysHowTheRunEnded_data();
    void describe_saysHowTheRunEnded();
    void toJson_carriesStatusAndOutput();
    void parseByteSize_readsUserSizes_data();
    void parseByteSize_readsUserSizes();
};

void TestExecResult::describe_saysHowTheRunEnded_data()
{
    QTest::addColumn<ExecResult>("result");
    QTest::addColumn<int>("shellStatus");
    QTest::addColumn<QString>("description");

    const auto make = [](End end, int code = -1, int sig = 0) {
        ExecResult r;
        r.end = end;
        r.exitCode = code;
        r.signal = sig;
        r.timeoutMs = 2000;
        r.outputKillBytes = 16 << 20;
        return r;
    };
    QTest::newRow("success") << make(End::Exited, 0) << 0 << QStringLiteral("exited with status 0");
    QTest::newRow("failure") << make(End::Exited, 1) << 1 << QStringLiteral("exited with status 1");
    QTest::newRow("statusOfAKilledCommand")
        << make(End::Exited, 137) << 137
        << QStringLiteral(
               "exited with status 137 (the status a shell reports when a command is killed by signal "
               "9, SIGKILL)");
    QTest::newRow("signal") << make(End::Signaled, -1, 9) << 137
                            << QStringLiteral("killed by signal 9 (SIGKILL)");
    QTest::newRow("timeout") << make(End::TimedOut) << 137
                             << QStringLiteral("stopped: wall-clock limit of 2 s reached");
    QTest::newRow("outputLimit") << make(End::OutputLimit) << 137
                                 << QStringLiteral("stopped: output limit of 16 MiB exceeded");
    ExecResult growth = make(End::WorkspaceGrowth);
    growth.workspaceGrowthBytes = qint64(1) << 30;
    QTest::newRow("workspaceGrowth") << growth << 137
                                     << QStringLiteral("stopped: the workspace grew by more than 1 GiB");
    QTest::newRow("cancelled") << make(End::Cancelled) << 137 << QStringLiteral("cancelled by the user");
    QTest::newRow("failedToStart") << make(End::FailedToStart) << 127 << QStringLiteral("could not start");

    ExecResult fractional = make(End::TimedOut);
    fractional.timeoutMs = 1500;
    QTest::newRow("fractionalTimeout")
        << fractional << 137 << QStringLiteral("stopped: wall-clock limit of 1.5 s reached");

    ExecResult cpu = make(End::Exited, 152);
    cpu.limit = QStringLiteral("cpuTime");
    cpu.limitDetail = QStringLiteral("CPU time limit of 60 s reached (SIGXCPU)");
    QTest::newRow("cpuLimit") << cpu << 152
                              << QStringLiteral(
                                     "stopped: CPU time limit of 60 s reached (SIGXCPU); exited with "
                                     "status 152");
}

void TestExecResult::describe_saysHowTheRunEnded()
{
    QFETCH(ExecResult, result);
    QFETCH(int, shellStatus);
    QFETCH(QString, description);
    QCOMPARE(result.shellStatus(), shellStatus);
    QCOMPARE(result.describe(), description);
}

void TestExecResult::toJson_carriesStatusAndOutput()
{
    ExecResult r;
    r.end = End::Exited;
    r.exitCode = 3;
    r.stdoutText = "out\n";
    r.stderrText = "err\xff"; // invalid UTF-8 must not break the JSON
    r.stdoutBytes = 4;
    r.stderrBytes = 4;
    r.durationMs = 12;
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QLatin1String("end")).toString(), QStringLiteral("exited"));
    QCOMPARE(o.value(QLatin1String("exitCode")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("shellStatus")).toInt(), 3);
    QCOMPARE(o.value(QLatin1String("stdout")).toString(), QStringLiteral("out\n"));
    QVERIFY(o.value(QLatin1String("stderr")).toString().startsWith(QLatin1String("err")));
    QCOMPARE(o.value(QLatin1String("durationMs")).toInteger(), 12);
    QCOMPARE(o.value(QLatin1String("description")).toString(), QStringLiteral("exited with status 3"));
}

void TestExecResult::parseByteSize_readsUserSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes"); // -1: refused
    QTest::newRow("bytes") << QStringLiteral("1048576") << qint64(1048576);
    QTest::newRow("bytesWithB") << QStringLiteral("100B") << qint64(100);
    QTest::newRow("kilo") << QStringLiteral("500K") << qint64(500) * 1024;
    QTest::newRow("mega") << QStringLiteral("10M") << (qint64(10) << 20);
    QTest::newRow("megaLower") << QStringLiteral("10m") << (qint64(10) << 20);
    QTest::newRow("mebibytes") << QStringLiteral("10MiB") << (qint64(10) << 20);
    QTest::newRow("megabytes") << QStringLiteral(" 10MB ") << (qint64(10) << 20);
    QTest::newRow("giga") << QStringLiteral("2G") << (qint64(2) << 30);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);
    QTest::newRow("negative") << QStringLiteral("-5M") << qint64(-1);
    QTest::newRow("fraction") << QStringLiteral("1.5G") << qint64(-1);
    QTest::newRow("unknownUnit") << QStringLiteral("5T") << qint64(-1);
    QTest::newRow("unitOnly") << QStringLiteral("M") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("iBWithoutUnit") << QStringLiteral("5iB") << qint64(-1);
    QTest::newRow("overflow") << QStringLiteral("99999999999G") << qint64(-1);
}

void TestExecResult::parseByteSize_readsUserSizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const auto parsed = Workbench::parseByteSize(text);
    QCOMPARE(parsed.value_or(-1), bytes);
}

QTEST_GUILESS_MAIN(TestExecResult)
#include "tst_execresult.moc"
