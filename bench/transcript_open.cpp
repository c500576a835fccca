// SPDX-License-Identifier: MIT
// Opening a large transcript in the window: time to first paint and peak memory of the
// read-only transcript page, against a baseline that only reads the file and JSON-parses each
// line, in the same run. Each measurement runs in a fresh process (this binary, re-executed), so
// peak RSS (VmHWM) belongs to that measurement alone.
//
//   bench_transcript_open [--size MB] [--runs N] [--file PATH]
//
// Without --file it writes a transcript of about --size MB (default 50) of realistic events —
// request bodies carrying the growing history, headers, one `sse` line per streamed delta,
// thinking, text, bash calls with their decisions, output and results — through the real
// TranscriptWriter, then measures.

#include "../tests/core/recordedtranscript.h"
#include "benchstats.h"
#include "conversationview.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "transcriptpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QListView>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Workbench;
using Workbench::BenchStats::median;

namespace {

qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString words(QRandomGenerator &rng, int count)
{
    static const char *vocabulary[] = {"the",     "test",   "file",  "function", "returns",  "value",
                                       "error",   "module", "check", "output",   "python",   "result",
                                       "fixed",   "import", "case",  "input",    "expected", "list",
                                       "numbers", "branch", "config"};
    QString out;
    for (int i = 0; i < count; ++i) {
        if (i)
            out += QLatin1Char(i % 13 == 12 ? '\n' : ' ');
        out += QLatin1String(vocabulary[rng.bounded(int(std::size(vocabulary)))]);
    }
    return out;
}

void generate(const QString &path, qint64 targetBytes)
{
    QRandomGenerator rng(42);
    Recorded::Run run(path);
    run.start(QStringLiteral("Refactor the parser module, keep the tests green, and report what changed"));
    int call = 0;
    while (QFileInfo(path).size() < targetBytes) {
        QList<Recorded::Call> calls;
        const int n = 1 + rng.bounded(2);
        for (int i = 0; i < n; ++i) {
            QString out;
            const int lines = 5 + rng.bounded(60);
            for (int l = 0; l < lines; ++l)
                out += QStringLiteral("tests/test_parser.py::test_case_%1 PASSED [%2%]\n")
                           .arg(l)
                           .arg(l * 100 / lines);
            const bool fails = rng.bounded(6) == 0;
            calls.append(Recorded::Call{
                QStringLiteral("toolu_%1").arg(++call, 6, 10, QLatin1Char('0')),
                QStringLiteral("cd /workspace && python3 -m pytest -q tests/ -k parser_%1").arg(call), out,
                fails ? QStringLiteral("AssertionError: %1\n").arg(words(rng, 12)) : QString(), fails ? 1 : 0,
                rng.bounded(25) == 0});
        }
        run.turn(words(rng, 40 + rng.bounded(80)), calls, words(rng, 30 + rng.bounded(60)));
    }
    run.turn(QStringLiteral("All done: the parser is refactored and every test passes."));
    run.finish();
}

// Child: read the file line by line and parse each line, nothing else.
int baseline(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    qint64 objects = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        objects += doc.isObject() ? 1 : 0;
    }
    std::printf("baseline_ms=%lld objects=%lld hwm_kb=%lld\n", clock.elapsed(), objects, statusKb("VmHWM"));
    return 0;
}

// Child: open the transcript page offscreen and wait for its first paint, then for the rest.
int page(int argc, char **argv, const QString &path)
{
    QApplication app(argc, argv);
    TranscriptPage page;
    page.resize(1400, 900);
    page.show();
    QCoreApplication::processEvents();
    const qint64 rssBefore = statusKb("VmRSS");
    QListView *list = page.findChild<QListView *>(QStringLiteral("conversationList"));

    QElapsedTimer clock;
    qint64 firstPaintMs = -1, loadedMs = -1, maxStallMs = 0, lastTick = 0;
    bool firstScreen = false;
    // How long the event loop was kept from a 5 ms timer: the longest the window froze.
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &page, [&] {
        const qint64 now = clock.elapsed();
        maxStallMs = std::max(maxStallMs, now - lastTick - 5);
        lastTick = now;
    });
    struct PaintWatch : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint && onPaint)
                onPaint();
            return false;
        }
    } watch;
    watch.onPaint = [&] {
        if (firstScreen && firstPaintMs < 0) {
            // Stamped once the paint event has been handled.
            QTimer::singleShot(0, &page, [&] {
                if (firstPaintMs < 0)
                    firstPaintMs = clock.elapsed();
            });
        }
    };
    list->viewport()->installEventFilter(&watch);
    QObject::connect(&page, &TranscriptPage::firstScreenReady, &page, [&] {
        firstScreen = true;
        list->viewport()->update();
    });
    QObject::connect(&page, &TranscriptPage::loaded, &page, [&] {
        loadedMs = clock.elapsed();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    clock.start();
    ticker.start();
    page.open(path);
    QApplication::exec();
    std::printf("first_paint_ms=%lld loaded_ms=%lld max_stall_ms=%lld rss_before_kb=%lld hwm_kb=%lld rows=%d "
                "calls=%d\n",
                firstPaintMs, loadedMs, maxStallMs, rssBefore, statusKb("VmHWM"),
                page.conversation()->rowCount(), page.toolCalls()->rowCount());
    return 0;
}

QHash<QString, double> runChild(const QString &mode, const QString &path)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {mode, path});
    p.waitForFinished(-1); // a benchmark harness, not the app: blocking is the point
    QHash<QString, double> values;
    for (const QByteArray &pair : p.readAllStandardOutput().trimmed().split(' ')) {
        const QList<QByteArray> kv = pair.split('=');
        if (kv.size() == 2)
            values.insert(QString::fromLatin1(kv.at(0)), kv.at(1).toDouble());
    }
    return values;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child-baseline") == 0)
        return baseline(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "--child-page") == 0)
        return page(argc - 2, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    qint64 sizeMb = 50;
    int runs = 3;
    QString file;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--size"))
            sizeMb = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--file"))
            file = args.at(i + 1);
    }
    QTemporaryDir dir;
    if (file.isEmpty()) {
        file = dir.filePath(QStringLiteral("large.jsonl"));
        QElapsedTimer t;
        t.start();
        generate(file, sizeMb * 1000 * 1000);
        std::printf("generated %s: %.1f MB in %.1f s\n", qPrintable(file),
                    double(QFileInfo(file).size()) / 1e6, double(t.elapsed()) / 1000.0);
    }
    const double fileMb = double(QFileInfo(file).size()) / 1e6;

    QList<double> baseMs, baseHwm, paintMs, loadMs, stallMs, pageHwm, pageBefore;
    double rows = 0, calls = 0;
    for (int r = 0; r < runs; ++r) {
        const auto b = runChild(QStringLiteral("--child-baseline"), file);
        baseMs.append(b.value(QStringLiteral("baseline_ms")));
        baseHwm.append(b.value(QStringLiteral("hwm_kb")) / 1024.0);
        const auto p = runChild(QStringLiteral("--child-page"), file);
        paintMs.append(p.value(QStringLiteral("first_paint_ms")));
        loadMs.append(p.value(QStringLiteral("loaded_ms")));
        stallMs.append(p.value(QStringLiteral("max_stall_ms")));
        pageHwm.append(p.value(QStringLiteral("hwm_kb")) / 1024.0);
        pageBefore.append(p.value(QStringLiteral("rss_before_kb")) / 1024.0);
        rows = p.value(QStringLiteral("rows"));
        calls = p.value(QStringLiteral("calls"));
        std::printf(
            "run %d: baseline %.0f ms, %.0f MiB | page: first paint %.0f ms, loaded %.0f ms, longest stall "
            "%.0f ms, peak %.0f MiB\n",
            r + 1, baseMs.last(), baseHwm.last(), paintMs.last(), loadMs.last(), stallMs.last(),
            pageHwm.last());
    }
    std::printf(
        "\nfile: %.1f MB, %.0f conversation rows, %.0f tool calls (median of %d fresh processes each)\n",
        fileMb, rows, calls, runs);
    std::printf("baseline (read + JSON-parse every line): %.0f ms, peak RSS %.0f MiB\n", median(baseMs),
                median(baseHwm));
    std::printf(
        "transcript page: first paint %.0f ms (%.3fx the baseline's full parse), all rows loaded %.0f ms "
        "(%.2fx), longest event-loop stall %.0f ms\n",
        median(paintMs), median(paintMs) / median(baseMs), median(loadMs), median(loadMs) / median(baseMs),
        median(stallMs));
    std::printf("transcript page: peak RSS %.0f MiB (%.0f MiB before opening; %.2fx the baseline's peak; "
                "%.2fx the file size)\n",
                median(pageHwm), median(pageBefore), median(pageHwm) / median(baseHwm),
                median(pageHwm) * 1.048576 / fileMb);
    std::printf("targets: first paint < 1000 ms: %s; peak memory < 3x file size: %s\n",
                median(paintMs) < 1000 ? "met" : "NOT met",
                median(pageHwm) * 1.048576 < 3 * fileMb ? "met" : "NOT met");
    return 0;
}
