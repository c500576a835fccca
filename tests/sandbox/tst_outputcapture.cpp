// SPDX-License-Identifier: MIT
#include "sandbox/outputcapture.h"

#include <QTest>

using Workbench::OutputCapture;

namespace {

// Deterministic bytes whose position can be told from their value (period 251, a prime).
QByteArray pattern(qint64 size, qint64 offset = 0)
{
    QByteArray b(qsizetype(size), Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        b[qsizetype(i)] = char((offset + i) % 251);
    return b;
}

} // namespace

class TestOutputCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_keepsHeadAndTailAroundMarker_data();
    void text_keepsHeadAndTailAroundMarker();
    void text_isUnchangedWhenNothingWasDropped();
    void memory_staysBoundedForHugeInput();
    void marker_namesTheElidedByteCount();
};

void TestOutputCapture::text_keepsHeadAndTailAroundMarker_data()
{
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("chunk");

    QTest::newRow("empty") << qint64(16) << qint64(0) << qint64(1);
    QTest::newRow("underCap") << qint64(16) << qint64(10) << qint64(3);
    QTest::newRow("exactlyCap") << qint64(16) << qint64(16) << qint64(16);
    QTest::newRow("oneByteOver") << qint64(16) << qint64(17) << qint64(5);
    QTest::newRow("byteByByte") << qint64(10) << qint64(1000) << qint64(1);
    QTest::newRow("oddCap") << qint64(15) << qint64(100) << qint64(7);
    QTest::newRow("chunkLargerThanTail") << qint64(64) << qint64(1000) << qint64(100);
    QTest::newRow("oneHugeChunk") << qint64(1024) << qint64(1 << 20) << qint64(1 << 20);
    QTest::newRow("manyChunks1MiB") << qint64(1 << 20) << qint64(8 << 20) << qint64(4096);
    QTest::newRow("zeroCap") << qint64(0) << qint64(100) << qint64(10);
}

void TestOutputCapture::text_keepsHeadAndTailAroundMarker()
{
    QFETCH(qint64, cap);
    QFETCH(qint64, total);
    QFETCH(qint64, chunk);

    const QByteArray input = pattern(total);
    OutputCapture capture(cap);
    for (qint64 pos = 0; pos < total; pos += chunk)
        capture.append(QByteArrayView(input).sliced(pos, std::min(chunk, total - pos)));

    QCOMPARE(capture.totalBytes(), total);
    const qint64 headCap = cap / 2;
    const qint64 tailCap = cap - headCap;
    if (total <= cap) {
        QCOMPARE(capture.droppedBytes(), 0);
        QVERIFY(!capture.isTruncated());
        QCOMPARE(capture.text(), input);
    } else {
        const qint64 dropped = total - cap;
        QCOMPARE(capture.droppedBytes(), dropped);
        QVERIFY(capture.isTruncated());
        const QByteArray expected =
            input.left(qsizetype(headCap)) + OutputCapture::marker(dropped) + input.right(qsizetype(tailCap));
        QCOMPARE(capture.text(), expected);
    }
}

void TestOutputCapture::text_isUnchangedWhenNothingWasDropped()
{
    OutputCapture capture(8);
    capture.append("abcd");
    capture.append("efgh");
    QCOMPARE(capture.text(), QByteArray("abcdefgh"));
    capture.append("i");
    QCOMPARE(capture.text(), QByteArray("abcd") + OutputCapture::marker(1) + QByteArray("fghi"));
}

void TestOutputCapture::memory_staysBoundedForHugeInput()
{
    // 512 MiB through a 64 KiB capture: what is kept never exceeds the cap (+ the marker).
    const qint64 cap = 64 << 10;
    OutputCapture capture(cap);
    const QByteArray chunk = pattern(1 << 20);
    for (int i = 0; i < 512; ++i)
        capture.append(chunk);
    QCOMPARE(capture.totalBytes(), qint64(512) << 20);
    const QByteArray text = capture.text();
    QCOMPARE(text.size(), cap + OutputCapture::marker(capture.droppedBytes()).size());
    QVERIFY(text.startsWith(chunk.left(cap / 2)));
    QVERIFY(text.endsWith(chunk.right(cap / 2)));
}

void TestOutputCapture::marker_namesTheElidedByteCount()
{
    QCOMPARE(OutputCapture::marker(42), QByteArray("\n\xE2\x80\xA6 [42 bytes elided] \xE2\x80\xA6\n"));
}

QTEST_GUILESS_MAIN(TestOutputCapture)
#include "tst_outputcapture.moc"
