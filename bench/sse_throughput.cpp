// SPDX-License-Identifier: MIT
// bench_sse_throughput: how fast our SseParser + MessageAccumulator turn a streamed answer into a
// message, against the official TypeScript SDK's MessageStream on the same bytes, in one run.
//
// Generates ~50 MB of SSE (short text deltas, as a long answer streams), feeds it in 64 KiB
// pieces (a socket read), and reports the best of REPEATS runs for both, then the ratio. The SDK
// side needs node and `npm install --prefix bench @anthropic-ai/sdk` (bench/run-sse-bench.sh).
//
// usage: bench_sse_throughput [--mb N] [--repeats N] [--node PATH] [--script bench/sse_sdk_baseline.mjs]
#include "llm/messageaccumulator.h"
#include "llm/sseparser.h"
#include "llm/ssewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <limits>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kChunk = 64 * 1024;

// Deltas of 4–20 characters, like tokens of prose and code.
QByteArray generateStream(qsizetype targetBytes)
{
    static const char *const words[] = {"the ",    "function ", "returns",  " a",        " list",
                                        " of ",    "fibonacci", " numbers", ".\n",       "    def ",
                                        "fib(n):", " if",       " n < 2:",  " return n", "\n\n",
                                        "Testing", " with",     " inputs"};
    QByteArray out;
    out.reserve(targetBytes + 4096);
    out += SseWriter::event(
        u"message_start"_s,
        QJsonObject{{"type"_L1, u"message_start"_s},
                    {"message"_L1, QJsonObject{{"id"_L1, u"msg_bench"_s},
                                               {"type"_L1, u"message"_s},
                                               {"role"_L1, u"assistant"_s},
                                               {"model"_L1, u"claude-sonnet-4-6"_s},
                                               {"content"_L1, QJsonArray{}},
                                               {"stop_reason"_L1, QJsonValue::Null},
                                               {"stop_sequence"_L1, QJsonValue::Null},
                                               {"usage"_L1, QJsonObject{{"input_tokens"_L1, 10},
                                                                        {"output_tokens"_L1, 1}}}}}});
    out += SseWriter::event(
        u"content_block_start"_s,
        QJsonObject{{"type"_L1, u"content_block_start"_s},
                    {"index"_L1, 0},
                    {"content_block"_L1, QJsonObject{{"type"_L1, u"text"_s}, {"text"_L1, u""_s}}}});
    const QByteArray prefix =
        "event: content_block_delta\ndata: "
        "{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"";
    int i = 0;
    qint64 deltas = 0;
    while (out.size() < targetBytes) {
        QByteArray text = QByteArray(words[i % 18]) + QByteArray(words[(i * 7 + 3) % 18]).left(1 + i % 5);
        text.replace("\n", "\\n");
        out += prefix + text + "\"}}\n\n";
        ++i;
        ++deltas;
        if (i % 97 == 0)
            out += "event: ping\ndata: {\"type\": \"ping\"}\n\n";
    }
    out += SseWriter::event(u"content_block_stop"_s,
                            QJsonObject{{"type"_L1, u"content_block_stop"_s}, {"index"_L1, 0}});
    out += SseWriter::event(u"message_delta"_s,
                            QJsonObject{{"type"_L1, u"message_delta"_s},
                                        {"delta"_L1, QJsonObject{{"stop_reason"_L1, u"end_turn"_s},
                                                                 {"stop_sequence"_L1, QJsonValue::Null}}},
                                        {"usage"_L1, QJsonObject{{"output_tokens"_L1, deltas}}}});
    out += SseWriter::event(u"message_stop"_s, QJsonObject{{"type"_L1, u"message_stop"_s}});
    return out;
}

struct OurRun
{
    double seconds = 0;
    qsizetype textChars = 0;
    bool complete = false;
};

OurRun runOurs(const QByteArray &bytes)
{
    QElapsedTimer clock;
    clock.start();
    SseParser parser;
    MessageAccumulator acc;
    for (qsizetype pos = 0; pos < bytes.size(); pos += kChunk) {
        const QByteArray piece = bytes.mid(pos, kChunk); // a socket read hands over a copy too
        for (const SseEvent &event : parser.feed(piece))
            acc.apply(QByteArrayView(event.name), QByteArrayView(event.data)); // as ModelJob does
    }
    parser.finish();
    const QJsonObject message = acc.message();
    OurRun r;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    r.textChars = message.value("content"_L1).toArray().at(0).toObject().value("text"_L1).toString().size();
    r.complete = acc.isStopped();
    return r;
}

void print(const char *line)
{
    std::fputs(line, stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption mb(u"mb"_s, u"Stream size in MB (default 50)."_s, u"N"_s, u"50"_s);
    const QCommandLineOption repeats(u"repeats"_s, u"Runs per side; the best counts (default 3)."_s, u"N"_s,
                                     u"3"_s);
    const QCommandLineOption node(u"node"_s, u"node executable (default: node on PATH)."_s, u"PATH"_s,
                                  u"node"_s);
    const QCommandLineOption script(u"script"_s, u"The SDK baseline script."_s, u"FILE"_s,
                                    QStringLiteral(WB_BENCH_DIR "/sse_sdk_baseline.mjs"));
    p.addOptions({mb, repeats, node, script});
    p.process(app);

    const qsizetype target = qsizetype(p.value(mb).toDouble() * 1000 * 1000);
    const int n = std::max(1, p.value(repeats).toInt());
    const QByteArray bytes = generateStream(target);
    const double megabytes = double(bytes.size()) / 1e6;
    print(qPrintable(u"stream: %1 MB of SSE, text deltas of 4–20 characters, fed in 64 KiB pieces\n"_s.arg(
        megabytes, 0, 'f', 1)));

    double best = std::numeric_limits<double>::max();
    OurRun ours;
    for (int i = 0; i < n; ++i) {
        ours = runOurs(bytes);
        best = std::min(best, ours.seconds);
    }
    if (!ours.complete) {
        print("error: our accumulator did not see message_stop\n");
        return 1;
    }
    const double ourRate = megabytes / best;
    print(qPrintable(u"ours (SseParser + MessageAccumulator): %1 MB/s (best of %2: %3 s, %4 text chars)\n"_s
                         .arg(ourRate, 0, 'f', 1)
                         .arg(n)
                         .arg(best, 0, 'f', 3)
                         .arg(ours.textChars)));

    // The same bytes through the SDK, in a child node process (asynchronous; no blocking waits).
    QTemporaryDir dir;
    const QString file = dir.filePath(u"stream.sse"_s);
    QFile out(file);
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        print("error: cannot write the stream for the SDK baseline\n");
        return 1;
    }
    out.close();
    if (!QFileInfo::exists(p.value(script))) {
        print("baseline skipped: the SDK script is missing\n");
        return 2;
    }
    QProcess sdk;
    sdk.setProcessChannelMode(QProcess::SeparateChannels);
    int status = 0;
    QObject::connect(&sdk, &QProcess::finished, &app, [&](int code, QProcess::ExitStatus exit) {
        const QByteArray err = sdk.readAllStandardError();
        const QJsonObject r = QJsonDocument::fromJson(sdk.readAllStandardOutput().trimmed()).object();
        if (exit != QProcess::NormalExit || code != 0 || !r.contains("best_seconds"_L1)) {
            print(qPrintable(
                u"baseline failed (is @anthropic-ai/sdk installed in bench/? run bench/run-sse-bench.sh): %1\n"_s
                    .arg(QString::fromUtf8(err).trimmed())));
            status = 2;
            app.quit();
            return;
        }
        const double sdkSeconds = r.value("best_seconds"_L1).toDouble();
        const double sdkRate = megabytes / sdkSeconds;
        print(qPrintable(
            u"official TypeScript SDK (MessageStream): %1 MB/s (best of %2: %3 s, %4 text chars)\n"_s
                .arg(sdkRate, 0, 'f', 1)
                .arg(n)
                .arg(sdkSeconds, 0, 'f', 3)
                .arg(r.value("text_chars"_L1).toInteger())));
        if (r.value("text_chars"_L1).toInteger() != ours.textChars) {
            print("error: the two sides accumulated different text\n");
            status = 1;
        }
        print(qPrintable(u"ratio: %1× (ours / SDK)\n"_s.arg(ourRate / sdkRate, 0, 'f', 1)));
        app.quit();
    });
    QObject::connect(&sdk, &QProcess::errorOccurred, &app, [&](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        print(qPrintable(u"baseline skipped: cannot start %1\n"_s.arg(p.value(node))));
        status = 2;
        app.quit();
    });
    sdk.start(p.value(node), {p.value(script), file, QString::number(n)});
    app.exec();
    return status;
}
