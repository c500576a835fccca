// SPDX-License-Identifier: MIT
#include "executionview.h"
#include "models/toolcallmodel.h"
#include "scriptview.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Workbench;
using Stream = ToolCallModel::Stream;

namespace {

ToolAction action(const QString &id, const QString &summary)
{
    ToolAction a;
    a.toolUseId = id;
    a.toolName = QStringLiteral("run_script");
    a.language = QStringLiteral("python");
    a.script = QStringLiteral("print('hi')");
    a.summary = summary;
    a.workingDirectory = QStringLiteral("/workspace");
    return a;
}

struct Run
{
    QString text;
    QColor foreground;
};

// The document as runs of text with their foreground colour, in order.
QList<Run> runs(const QTextDocument *document)
{
    QList<Run> result;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid())
                result.append({fragment.text(), fragment.charFormat().foreground().color()});
        }
    }
    return result;
}

QColor colorOf(const QTextDocument *document, const QString &needle)
{
    for (const Run &run : runs(document)) {
        if (run.text.contains(needle))
            return run.foreground;
    }
    return {};
}

} // namespace

class tst_ExecutionView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void showCall_rendersExistingOutputInOrder();
    void appendedChunks_appearInOrder_stderrInADifferentColour();
    void chunkForAnotherRow_doesNotAppear();
    void switchingRows_showsOnlyThatRowsOutput();
    void header_showsStatusExitTextAndDuration();
    void decision_isShownOnTheCall();
    void output_isPlainTextNeverHtml();
    void crlf_becomesOneLineBreakEvenAcrossChunks();
    void autoscroll_followsBottom_unlessUserScrolledUp();
    void flood_keepsTheViewBounded_andSaysWhatWasElided();
    void modelReset_clearsTheView();
    void clear_emptiesOutputAndStopsFollowing();
    void boundary_saysLayersNetworkAndExtrasInWords();
    void boundary_offNetworkAndMissingLandlock_areSaid();
    void boundary_emptySpec_isHidden();

private:
    ToolCallModel *m_model = nullptr;
    ExecutionView *m_view = nullptr;
    QPlainTextEdit *m_output = nullptr;
};

void tst_ExecutionView::init()
{
    m_model = new ToolCallModel;
    m_model->addCall(action(QStringLiteral("toolu_1"), QStringLiteral("Run python script (1 line)")), 1);
    m_model->addCall(action(QStringLiteral("toolu_2"), QStringLiteral("Run bash command")), 2);
    m_view = new ExecutionView;
    m_view->setModel(m_model);
    m_view->resize(500, 300);
    m_output = m_view->findChild<QPlainTextEdit *>(QStringLiteral("outputText"));
    QVERIFY(m_output);
    QVERIFY(m_output->isReadOnly());
}

void tst_ExecutionView::cleanup()
{
    delete m_view;
    delete m_model;
}

void tst_ExecutionView::showCall_rendersExistingOutputInOrder()
{
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("one\n"));
    m_model->appendOutput(0, Stream::Stderr, QStringLiteral("two\n"));
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("three\n"));
    m_view->showCall(0);
    QCOMPARE(m_output->toPlainText(), QStringLiteral("one\ntwo\nthree\n"));
    QCOMPARE(m_view->currentRow(), 0);
}

void tst_ExecutionView::appendedChunks_appearInOrder_stderrInADifferentColour()
{
    m_view->showCall(0);
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("hello "));
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("world\n"));
    m_model->appendOutput(0, Stream::Stderr, QStringLiteral("warning: careful\n"));
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("done\n"));
    QCOMPARE(m_output->toPlainText(), QStringLiteral("hello world\nwarning: careful\ndone\n"));

    const QTextDocument *document = m_output->document();
    const QColor out = colorOf(document, QStringLiteral("hello"));
    const QColor err = colorOf(document, QStringLiteral("warning"));
    QVERIFY(out.isValid());
    QVERIFY(err.isValid());
    QVERIFY2(out != err, qPrintable(out.name()));
    QCOMPARE(colorOf(document, QStringLiteral("done")), out);
    // Red-ish: red dominates.
    QVERIFY(err.red() > err.green() && err.red() > err.blue());
}

void tst_ExecutionView::chunkForAnotherRow_doesNotAppear()
{
    m_view->showCall(0);
    m_model->appendOutput(1, Stream::Stdout, QStringLiteral("not mine\n"));
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("mine\n"));
    QCOMPARE(m_output->toPlainText(), QStringLiteral("mine\n"));
}

void tst_ExecutionView::switchingRows_showsOnlyThatRowsOutput()
{
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("first row\n"));
    m_model->appendOutput(1, Stream::Stderr, QStringLiteral("second row\n"));
    m_view->showCall(0);
    QCOMPARE(m_output->toPlainText(), QStringLiteral("first row\n"));
    m_view->showCall(1);
    QCOMPARE(m_output->toPlainText(), QStringLiteral("second row\n"));
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("more for first\n"));
    m_model->appendOutput(1, Stream::Stdout, QStringLiteral("more for second\n"));
    QCOMPARE(m_output->toPlainText(), QStringLiteral("second row\nmore for second\n"));
}

void tst_ExecutionView::header_showsStatusExitTextAndDuration()
{
    m_view->show();
    m_view->showCall(0);
    auto *status = m_view->findChild<QLabel *>(QStringLiteral("statusLabel"));
    auto *exit = m_view->findChild<QLabel *>(QStringLiteral("exitLabel"));
    auto *duration = m_view->findChild<QLabel *>(QStringLiteral("durationLabel"));
    QVERIFY(status && exit && duration);
    QCOMPARE(status->text(), ToolCallModel::statusText(ToolCallModel::Status::Pending));
    QVERIFY(exit->text().isEmpty());

    m_model->setStatus(0, ToolCallModel::Status::Running);
    QCOMPARE(status->text(), ToolCallModel::statusText(ToolCallModel::Status::Running));

    // Another row finishing changes nothing here.
    m_model->setFinished(1, QStringLiteral("exited with status 2"), 2, 99);
    QVERIFY(exit->text().isEmpty());

    m_model->setFinished(0, QStringLiteral("exited with status 0"), 0, 1534);
    m_model->setStatus(0, ToolCallModel::Status::Succeeded);
    QCOMPARE(exit->text(), QStringLiteral("exited with status 0"));
    QVERIFY2(duration->text().contains(QStringLiteral("1.53")), qPrintable(duration->text()));
    QVERIFY(duration->text().contains(QStringLiteral("s")));
    QCOMPARE(status->text(), ToolCallModel::statusText(ToolCallModel::Status::Succeeded));

    m_view->showCall(1);
    QCOMPARE(exit->text(), QStringLiteral("exited with status 2"));
    QCOMPARE(duration->text(), QStringLiteral("99 ms"));
}

void tst_ExecutionView::decision_isShownOnTheCall()
{
    m_view->show();
    m_view->showCall(0);
    auto *label = m_view->findChild<ElidedLabel *>(QStringLiteral("decisionLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible()); // nothing decided yet
    Decision d;
    d.verdict = Decision::Verdict::Ask;
    d.decidedBy = QStringLiteral("mode");
    d.reason = QStringLiteral("no rule allows this call");
    d.risks = {QStringLiteral("recursive delete")};
    Decision::Subcommand sub;
    sub.command = QStringLiteral("echo hi");
    sub.verdict = Decision::Verdict::Allow;
    sub.rule = QStringLiteral("Bash(echo:*)");
    d.subcommands = {sub};
    m_model->setDecision(0, d);
    QVERIFY(label->isVisible());
    QVERIFY2(label->fullText().contains(QStringLiteral("no rule allows this call")),
             qPrintable(label->fullText()));
    QVERIFY(label->fullText().contains(QStringLiteral("recursive delete")));
    QVERIFY(label->fullText().contains(QStringLiteral("Bash(echo:*)")));
    m_view->showCall(1); // another call: its own (empty) decision
    QVERIFY(!label->isVisible());
}

void tst_ExecutionView::output_isPlainTextNeverHtml()
{
    m_view->showCall(0);
    const QString markup = QStringLiteral("<b>bold?</b> <img src=x> &amp;\n");
    m_model->appendOutput(0, Stream::Stdout, markup);
    QCOMPARE(m_output->toPlainText(), markup);
}

void tst_ExecutionView::crlf_becomesOneLineBreakEvenAcrossChunks()
{
    m_view->showCall(0);
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("a\r\nb\r"));
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("\nc\n"));
    QCOMPARE(m_output->document()->blockCount(), 4); // a, b, c and the empty last line
    QCOMPARE(m_output->toPlainText(), QStringLiteral("a\nb\nc\n"));
}

void tst_ExecutionView::autoscroll_followsBottom_unlessUserScrolledUp()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->showCall(0);
    QScrollBar *bar = m_output->verticalScrollBar();
    for (int i = 0; i < 200; ++i)
        m_model->appendOutput(0, Stream::Stdout, QStringLiteral("line %1\n").arg(i));
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    bar->setValue(bar->maximum() / 2); // the user scrolls up to read
    const int readingAt = bar->value();
    for (int i = 0; i < 50; ++i)
        m_model->appendOutput(0, Stream::Stderr, QStringLiteral("later %1\n").arg(i));
    QCOMPARE(bar->value(), readingAt);

    bar->setValue(bar->maximum()); // back at the bottom: follow again
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("tail\n"));
    QCOMPARE(bar->value(), bar->maximum());
}

void tst_ExecutionView::flood_keepsTheViewBounded_andSaysWhatWasElided()
{
    m_view->show();
    m_view->showCall(0);
    auto *elided = m_view->findChild<QLabel *>(QStringLiteral("elidedLabel"));
    QVERIFY(elided);
    QVERIFY(elided->isHidden());
    const QString line = QStringLiteral("0123456789").repeated(9) + QLatin1Char('\n');
    const QString chunk = line.repeated(1000); // 91 000 characters
    const int chunks = int(ToolCallModel::kMaxKeptChars * 2 / chunk.size());
    for (int i = 0; i < chunks; ++i)
        m_model->appendOutput(0, Stream::Stdout, chunk);
    m_model->appendOutput(0, Stream::Stderr, QStringLiteral("the end\n"));
    QVERIFY(m_model->elidedChars(0) > 0);
    QVERIFY(m_output->document()->characterCount() < ToolCallModel::kMaxKeptChars * 3 / 2);
    QVERIFY(m_output->toPlainText().endsWith(QStringLiteral("the end\n")));
    QVERIFY(!elided->isHidden());
    QVERIFY(!elided->text().isEmpty());
}

void tst_ExecutionView::modelReset_clearsTheView()
{
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("x\n"));
    m_view->showCall(0);
    m_model->clear();
    QVERIFY(m_output->toPlainText().isEmpty());
    QCOMPARE(m_view->currentRow(), -1);
}

void tst_ExecutionView::clear_emptiesOutputAndStopsFollowing()
{
    m_view->showCall(0);
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("x\n"));
    m_view->clear();
    QVERIFY(m_output->toPlainText().isEmpty());
    m_model->appendOutput(0, Stream::Stdout, QStringLiteral("y\n"));
    QVERIFY(m_output->toPlainText().isEmpty());
    QCOMPARE(m_view->currentRow(), -1);
}

namespace {
QJsonObject sampleSpec()
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("bubblewrap")},
        {QStringLiteral("uid"),
         QJsonObject{{QStringLiteral("host"), 65534}, {QStringLiteral("sandbox"), 1000}}},
        {QStringLiteral("namespaces"), QJsonArray{QStringLiteral("user"), QStringLiteral("net")}},
        {QStringLiteral("seccomp"),
         QJsonObject{
             {QStringLiteral("denied"), QJsonArray{QStringLiteral("ptrace"), QStringLiteral("bpf")}}}},
        {QStringLiteral("landlockAbi"), 7},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("mechanism"), QStringLiteral("rlimits")},
                                               {QStringLiteral("cpuSeconds"), 60},
                                               {QStringLiteral("addressSpaceBytes"), qint64(2) << 30},
                                               {QStringLiteral("processes"), 256},
                                               {QStringLiteral("wallTimeMs"), 120000}}},
        {QStringLiteral("network"), true},
        {QStringLiteral("networkAccess"),
         QJsonObject{{QStringLiteral("mode"), QStringLiteral("proxy")},
                     {QStringLiteral("allowed"),
                      QJsonArray{QStringLiteral("pypi.org:443"), QStringLiteral("*.python.org")}}}},
        {QStringLiteral("extraReadOnly"), QJsonArray{QStringLiteral("/opt/toolchain")}}};
}
} // namespace

void tst_ExecutionView::boundary_saysLayersNetworkAndExtrasInWords()
{
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("boundaryLabel"));
    QVERIFY(label);
    m_view->setBoundary(sampleSpec());
    QVERIFY(!label->isHidden());
    const QString text = label->text();
    QVERIFY2(text.contains(QLatin1String("bubblewrap, uid 1000 inside, uid 65534 on the host")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("namespaces (user, net)")));
    QVERIFY(text.contains(QLatin1String("seccomp (2 calls denied)")));
    QVERIFY(text.contains(QLatin1String("Landlock ABI 7")));
    // Quantities follow the UI locale ("2,048" in English, "2.048" in German, "2048" in C).
    const QString limits = QStringLiteral("rlimits: CPU 60 s, memory %1 MiB, 256 processes, wall 120 s")
                               .arg(QLocale().toString(2048));
    QVERIFY2(text.contains(limits), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("allowed: pypi.org:443, *.python.org")));
    QVERIFY(text.contains(QLatin1String("Read-only extras: /opt/toolchain")));
    QCOMPARE(ExecutionView::boundaryLines(sampleSpec()).size(), 4);
}

void tst_ExecutionView::boundary_offNetworkAndMissingLandlock_areSaid()
{
    QJsonObject spec = sampleSpec();
    spec.insert(QStringLiteral("landlockAbi"), 0);
    spec.insert(QStringLiteral("network"), false);
    spec.insert(QStringLiteral("networkAccess"),
                QJsonObject{{QStringLiteral("mode"), QStringLiteral("off")}});
    spec.remove(QStringLiteral("extraReadOnly"));
    const QString text = ExecutionView::boundaryLines(spec).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QLatin1String("Landlock not available")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Network: off")));
    QVERIFY(!text.contains(QLatin1String("proxy")));
    QVERIFY(!text.contains(QLatin1String("Read-only extras")));
    const QString none =
        ExecutionView::boundaryLines(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("none")}, {QStringLiteral("network"), true}})
            .join(QLatin1Char('\n'));
    QVERIFY2(none.contains(QLatin1String("without isolation")), qPrintable(none));
    QVERIFY(none.contains(QLatin1String("Network: unrestricted")));
}

void tst_ExecutionView::boundary_emptySpec_isHidden()
{
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("boundaryLabel"));
    m_view->setBoundary(sampleSpec());
    m_view->setBoundary({});
    QVERIFY(label->isHidden());
}

QTEST_MAIN(tst_ExecutionView)
#include "tst_executionview.moc"
