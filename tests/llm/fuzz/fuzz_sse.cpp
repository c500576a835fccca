// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes through SseParser (split into pieces the input chooses) and
// every event through MessageAccumulator twice — the byte-view path with its fast text-delta
// reader, and the general QString/QJsonDocument path. They must agree; nothing may crash, leak
// or trip ASan/UBSan. Built and run by tests/llm/fuzz/run-fuzz-sse.sh (CTest: fuzz_sse).
#include "llm/messageaccumulator.h"
#include "llm/sseparser.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Workbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the piece size (1..256), so splits across CR/LF and UTF-8 get explored.
    const qsizetype piece = qsizetype(data[0]) + 1;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    SseParser parser;
    MessageAccumulator fast;
    MessageAccumulator general;
    auto check = [&](const QList<SseEvent> &events) {
        for (const SseEvent &e : events) {
            const auto a = fast.apply(QByteArrayView(e.name), QByteArrayView(e.data));
            const auto b = general.apply(QString::fromUtf8(e.name), e.data);
            if (a != b || fast.lastDeltaText() != general.lastDeltaText() ||
                fast.lastIndex() != general.lastIndex())
                std::abort();
        }
    };
    for (qsizetype pos = 0; pos < bytes.size(); pos += piece)
        check(parser.feed(bytes.mid(pos, piece)));
    parser.finish();
    if (fast.message() != general.message() || fast.isStopped() != general.isStopped())
        std::abort();
    return 0;
}
