// SPDX-License-Identifier: MIT
// Acceptance: a 100 MB flood on stdout through the real sandbox. The run is stopped at the output
// limit, the result keeps the head and the tail with an "elided" marker, what the app holds stays
// bounded, and the event loop keeps turning throughout (a timer keeps firing).
#include "sandbox/bwrapsandbox.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Workbench;

class TestOutputFlood : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flood_isStoppedAtTheLimit_keepsHeadAndTail_andTheLoopTurns();
};

void TestOutputFlood::flood_isStoppedAtTheLimit_keepsHeadAndTail_andTheLoopTurns()
{
    QTemporaryDir ws(QStringLiteral("/tmp/tst_flood-XXXXXX"));
    QVERIFY(ws.isValid());
    auto created = BwrapSandbox::create(SandboxConfig(ws.path()));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    QVERIFY((*created)->preflight().ok());

    ExecSpec spec;
    // 10,000,000 numbered lines of 10 bytes: 100 MB, each line saying where it is.
    spec.argv = {QStringLiteral("seq"), QStringLiteral("-f"), QStringLiteral("%09.0f"), QStringLiteral("0"),
                 QStringLiteral("9999999")};
    spec.timeoutMs = 60000;
    QObject owner;
    ExecJob *job = (*created)->createJob(spec, &owner);

    qint64 emitted = 0;
    qint64 largestChunk = 0;
    connect(job, &ExecJob::output, this, [&](ExecJob::Stream, const QByteArray &chunk) {
        emitted += chunk.size();
        largestChunk = std::max<qint64>(largestChunk, chunk.size());
    });
    QTimer ticker;
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    int ticks = 0;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            longestGapMs = std::max(longestGapMs, sinceTick.elapsed());
        sinceTick.restart();
        ++ticks;
    });
    QSignalSpy finished(job, &ExecJob::finished);
    ticker.start(10);
    job->start();
    QVERIFY(finished.wait(60000));
    ticker.stop();

    const ExecResult r = job->result();
    QCOMPARE(r.end, ExecResult::End::OutputLimit);
    QCOMPARE(r.limit, QStringLiteral("output"));
    QVERIFY2(r.describe().contains(QLatin1String("output limit of 16 MiB")), qPrintable(r.describe()));
    // Stopped long before the 100 MB were written, after at least the limit was produced.
    QVERIFY(r.stdoutBytes >= spec.outputKillBytes);
    QVERIFY2(r.stdoutBytes < 100'000'000, qPrintable(QString::number(r.stdoutBytes)));
    // What the app passed on and what it keeps are bounded by the limits, not by the flood.
    QVERIFY(emitted <= spec.outputKillBytes);
    QVERIFY(largestChunk <= spec.outputKillBytes);
    QVERIFY2(r.stdoutText.size() <= spec.outputCapBytes + 256,
             qPrintable(QString::number(r.stdoutText.size())));
    QVERIFY(r.stdoutText.size() >= spec.outputCapBytes);
    // Head: the first lines. Marker: how much was elided. Tail: lines from near the kill point.
    QVERIFY(r.stdoutText.startsWith("000000000\n000000001\n"));
    QVERIFY(r.stdoutText.contains("bytes elided"));
    const QByteArray tail = r.stdoutText.right(spec.outputCapBytes / 4);
    const QList<QByteArray> lines = tail.split('\n');
    QVERIFY(lines.size() > 3);
    const QByteArray lastFull = lines.at(lines.size() - 2); // the last complete line
    bool ok = false;
    const qint64 lastNumber = lastFull.toLongLong(&ok);
    QVERIFY2(ok, lastFull.constData());
    // Line n ends at byte 10(n+1): the tail ends where the kept output ended.
    QVERIFY2(qAbs(10 * (lastNumber + 1) - emitted) <= 10, qPrintable(QString::number(lastNumber)));
    // The event loop kept turning while megabytes streamed in.
    QVERIFY(ticks >= 3);
    QVERIFY2(longestGapMs < 1500, qPrintable(QString::number(longestGapMs)));
}

QTEST_GUILESS_MAIN(TestOutputFlood)
#include "tst_outputflood.moc"
