// SPDX-License-Identifier: MIT
#include "inspectorview.h"

#include "models/inspectormodel.h"
#include "models/jsontreemodel.h"
#include "models/timelinemodel.h"
#include "timelineview.h"
#include "transcript/runinspection.h"

#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Workbench {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString num(qint64 n)
{
    return QLocale().toString(n);
}

QString dur(qint64 ms)
{
    return RunInspection::formatDuration(ms);
}

QString headersTable(const QJsonObject &headers)
{
    if (headers.isEmpty())
        return InspectorView::tr("<p><i>none recorded</i></p>");
    QString rows;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QString k = it.key().toLower();
        const bool matters =
            k == QLatin1String("request-id") || k.startsWith(QLatin1String("anthropic-ratelimit")) ||
            k.startsWith(QLatin1String("retry-after")) || k == QLatin1String("x-should-retry");
        const QString value =
            it.value().isString()
                ? it.value().toString()
                : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact))
                      .mid(1)
                      .chopped(1);
        rows += QStringLiteral("<tr><td>%1%2%3</td><td><tt>%4</tt></td></tr>")
                    .arg(matters ? QStringLiteral("<b>") : QString(), esc(it.key()),
                         matters ? QStringLiteral("</b>") : QString(), esc(value));
    }
    return QStringLiteral("<table cellspacing=2 cellpadding=1>%1</table>").arg(rows);
}

QTextBrowser *makeBrowser(const QString &name, QWidget *parent)
{
    auto *b = new QTextBrowser(parent);
    b->setObjectName(name);
    b->setOpenLinks(false);
    b->setFrameShape(QFrame::NoFrame);
    return b;
}

} // namespace

// --- JsonBrowser -------------------------------------------------------------------------------

JsonBrowser::JsonBrowser(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_model(new JsonTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(name);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true); // a matching object shows what is inside it
    m_proxy->setFilterRole(JsonTreeModel::SearchTextRole);
    m_proxy->setFilterKeyColumn(JsonTreeModel::KeyColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setObjectName(name + QStringLiteral("Tree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::KeyColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(JsonTreeModel::KeyColumn, 220);
    m_tree->header()->setStretchLastSection(true);
    m_search->setObjectName(name + QStringLiteral("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find a key or a value…"));
    m_count->setObjectName(name + QStringLiteral("Matches"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilter(); });
}

void JsonBrowser::setPlaceholder(const QString &text)
{
    m_search->setPlaceholderText(text);
}

void JsonBrowser::setJson(const QJsonValue &value)
{
    m_model->setJson(value);
    applyFilter();
}

void JsonBrowser::find(const QString &text)
{
    m_search->setText(text); // applyFilter() follows
}

void JsonBrowser::applyFilter()
{
    const QString text = m_search->text();
    m_proxy->setFilterFixedString(text);
    m_matches = 0;
    if (text.isEmpty()) {
        m_count->clear();
        m_tree->collapseAll();
        m_tree->expandToDepth(0);
        return;
    }
    // Count and select the rows that match themselves (not the parents kept for context).
    QModelIndex first;
    QList<QModelIndex> stack{QModelIndex()};
    while (!stack.isEmpty()) {
        const QModelIndex parent = stack.takeLast();
        for (int r = m_proxy->rowCount(parent) - 1; r >= 0; --r) {
            const QModelIndex i = m_proxy->index(r, 0, parent);
            stack.append(i);
        }
        if (parent.isValid() &&
            parent.data(JsonTreeModel::SearchTextRole).toString().contains(text, Qt::CaseInsensitive)) {
            ++m_matches;
            if (!first.isValid())
                first = parent;
        }
    }
    m_tree->expandAll();
    m_count->setText(tr("%n match(es)", nullptr, m_matches));
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->scrollTo(first);
    }
}

// --- the turn pane -----------------------------------------------------------------------------

class InspectorView::TurnPane final : public QWidget
{
public:
    explicit TurnPane(QWidget *parent)
        : QWidget(parent)
        , m_header(new QLabel(this))
        , m_tabs(new QTabWidget(this))
        , m_request(new JsonBrowser(QStringLiteral("request"), m_tabs))
        , m_response(makeBrowser(QStringLiteral("responseHeaders"), m_tabs))
        , m_events(new QTableView(m_tabs))
        , m_eventModel(new SseEventModel(this))
        , m_answer(new JsonBrowser(QStringLiteral("answer"), m_tabs))
    {
        m_header->setObjectName(QStringLiteral("turnHeader"));
        m_header->setWordWrap(true);
        m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_request->setPlaceholder(tr("Find in the request body…"));
        m_events->setObjectName(QStringLiteral("sseEvents"));
        m_events->setModel(m_eventModel);
        m_events->verticalHeader()->hide();
        m_events->verticalHeader()->setDefaultSectionSize(m_events->fontMetrics().height() + 4);
        m_events->horizontalHeader()->setStretchLastSection(true);
        m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_events->setWordWrap(false);
        m_tabs->setObjectName(QStringLiteral("turnTabs"));
        m_tabs->setDocumentMode(true);
        m_tabs->addTab(m_request, tr("Request"));
        m_tabs->addTab(m_response, tr("Response headers"));
        m_tabs->addTab(m_events, tr("Events"));
        m_tabs->addTab(m_answer, tr("Answer"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(6, 4, 4, 0);
        layout->addWidget(m_header);
        layout->addWidget(m_tabs, 1);
    }

    JsonBrowser *request() const { return m_request; }

    void show(const RunInspection &run, const InspectedTurn &t)
    {
        const bool sameTurn = run.path == m_path && t.turn == m_turn;
        m_path = run.path;
        m_turn = t.turn;
        QStringList lines;
        QString status = t.errorCode.isEmpty() ? t.stopReason : tr("failed: %1").arg(t.errorMessage);
        if (!t.finished)
            status = tr("streaming");
        lines.append(tr("<b>Turn %1</b> · %2 · %3")
                         .arg(t.turn)
                         .arg(esc(t.model.isEmpty() ? run.model : t.model), esc(status)));
        const auto tps = t.tokensPerSecond();
        lines.append(
            tr("Time to first token <b>%1</b> · streaming %2 · <b>%3</b> · request to answer %4")
                .arg(t.ttftMs < 0 ? tr("unknown") : dur(t.ttftMs), dur(t.streamingMs()),
                     tps ? tr("%1 tokens/s").arg(QLocale().toString(*tps, 'f', 1)) : tr("tokens/s unknown"),
                     dur(t.requestAt.msecsTo(t.endAt))));
        lines.append(tr("Input %1 · output %2 · cache read %3 · cache write %4 · cost <b>%5</b>")
                         .arg(num(t.usage.input), num(t.usage.output), num(t.usage.cacheRead),
                              num(t.usage.cacheWrite),
                              t.finished ? RunInspection::formatCost(t.costUsd) : tr("not yet known")));
        if (!t.retries.isEmpty())
            lines.append(tr("%n attempt(s), ", nullptr, int(t.attempts.size())) +
                         tr("%n retry(s) waiting %1 in all", nullptr, int(t.retries.size()))
                             .arg(dur(t.retryWaitMs())));
        m_header->setText(lines.join(QStringLiteral("<br>")));

        // Headers of every attempt, and why each retry happened.
        QString html;
        for (const InspectedAttempt &a : t.attempts) {
            html += tr("<h4>Attempt %1 · HTTP %2 · sent at +%3</h4>")
                        .arg(a.attempt)
                        .arg(a.status == 0 ? tr("no answer yet") : QString::number(a.status),
                             dur(run.msSinceStart(a.sentAt)));
            html += headersTable(a.responseHeaders);
            html += tr("<p><small>Request headers (credentials removed)</small></p>") +
                    headersTable(a.requestHeaders);
            for (const InspectedRetry &r : t.retries) {
                if (r.attempt != a.attempt + 1)
                    continue;
                html += tr("<p><b>Retry %1 of %2</b> after waiting %3: %4 (%5)%6</p>")
                            .arg(r.attempt)
                            .arg(r.maxAttempts)
                            .arg(dur(r.delayMs), esc(r.errorMessage), esc(r.errorCode),
                                 r.requestId.isEmpty() ? QString()
                                                       : tr(" · request-id %1").arg(esc(r.requestId)));
            }
        }
        if (t.attempts.isEmpty())
            html = tr("<p><i>No headers recorded.</i></p>");
        m_response->setHtml(html);
        m_eventModel->setEvents(t.events);

        // The bodies are read back from the file only when the turn changes (they can be large).
        if (!sameTurn || m_requestOffset != t.request.offset) {
            m_requestOffset = t.request.offset;
            const auto request = RunInspection::readEvent(run.path, t.request);
            m_request->setJson(request ? QJsonValue(request->value(QLatin1String("body"))) : QJsonValue());
        }
        if (!sameTurn || m_answerOffset != t.answer.offset) {
            m_answerOffset = t.answer.offset;
            QJsonValue answer;
            if (t.answer.isValid()) {
                if (const auto e = RunInspection::readEvent(run.path, t.answer); e.ok())
                    answer = e->contains(QLatin1String("message")) ? e->value(QLatin1String("message"))
                                                                   : QJsonValue(*e);
            }
            m_answer->setJson(answer);
        }
    }

private:
    QLabel *m_header;
    QTabWidget *m_tabs;
    JsonBrowser *m_request;
    QTextBrowser *m_response;
    QTableView *m_events;
    SseEventModel *m_eventModel;
    JsonBrowser *m_answer;
    QString m_path;
    int m_turn = -1;
    qint64 m_requestOffset = -2;
    qint64 m_answerOffset = -2;
};

// --- the tool call pane ------------------------------------------------------------------------

class InspectorView::CallPane final : public QWidget
{
public:
    explicit CallPane(QWidget *parent)
        : QWidget(parent)
        , m_header(new QLabel(this))
        , m_tabs(new QTabWidget(this))
        , m_decisions(makeBrowser(QStringLiteral("decisions"), m_tabs))
        , m_sandbox(new JsonBrowser(QStringLiteral("sandbox"), m_tabs))
        , m_output(new QPlainTextEdit(m_tabs))
        , m_changes(makeBrowser(QStringLiteral("changes"), m_tabs))
        , m_input(new JsonBrowser(QStringLiteral("input"), m_tabs))
    {
        m_header->setObjectName(QStringLiteral("callHeader"));
        m_header->setWordWrap(true);
        m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_output->setObjectName(QStringLiteral("callOutput"));
        m_output->setReadOnly(true);
        m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_tabs->setObjectName(QStringLiteral("callTabs"));
        m_tabs->setDocumentMode(true);
        m_tabs->addTab(m_decisions, tr("Decisions"));
        m_tabs->addTab(m_sandbox, tr("Sandbox"));
        m_tabs->addTab(m_output, tr("Output"));
        m_tabs->addTab(m_changes, tr("Changes"));
        m_tabs->addTab(m_input, tr("Input"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(6, 4, 4, 0);
        layout->addWidget(m_header);
        layout->addWidget(m_tabs, 1);
    }

    void show(const RunInspection &run, const InspectedToolCall &c)
    {
        const bool sameCall = c.id == m_id && run.path == m_path;
        m_id = c.id;
        m_path = run.path;
        QStringList lines{tr("<b>%1</b> · %2 · turn %3").arg(esc(c.summary()), esc(c.id)).arg(c.turn)};
        QString end;
        if (c.execFinished)
            end = c.endDescription();
        else if (c.started && !c.hasToolResult)
            end = tr("running");
        else if (!c.started && c.hasToolResult)
            end = tr("not run");
        else if (c.hasToolResult)
            end = tr("done");
        else
            end = tr("not run yet");
        QStringList facts{tr("Ended: <b>%1</b>").arg(esc(end))};
        if (c.execFinished && c.endDescription().isEmpty() && c.result.contains(QLatin1String("shellStatus")))
            facts.append(tr("exit status %1").arg(c.result.value(QLatin1String("shellStatus")).toInt()));
        if (const QString limit = c.result.value(QLatin1String("limit")).toString(); !limit.isEmpty())
            facts.append(tr("stopped by the %1 limit").arg(esc(limit)));
        if (c.durationMs() >= 0)
            facts.append(tr("took <b>%1</b>").arg(dur(c.durationMs())));
        if (const QDateTime asked = c.askedAt(); asked.isValid())
            facts.append(c.answeredAt().isValid()
                             ? tr("approval took %1").arg(dur(asked.msecsTo(c.answeredAt())))
                             : tr("waiting for approval"));
        facts.append(tr("%n file(s) changed", nullptr, c.changedFiles()));
        if (c.hasToolResult && c.isError)
            facts.append(tr("the result went back as an error"));
        lines.append(facts.join(QStringLiteral(" · ")));
        m_header->setText(lines.join(QStringLiteral("<br>")));

        m_decisions->setHtml(decisionsHtml(run, c));
        QJsonObject result = c.result;
        result.remove(QStringLiteral("stdout"));
        result.remove(QStringLiteral("stderr"));
        QJsonObject sandbox{{QStringLiteral("spec"), c.spec}};
        if (!result.isEmpty())
            sandbox.insert(QStringLiteral("result"), result);
        if (!c.checkpoint.isEmpty())
            sandbox.insert(QStringLiteral("checkpoint"), c.checkpoint);
        if (!sameCall || m_sandboxJson != sandbox) {
            m_sandboxJson = sandbox;
            m_sandbox->setJson(sandbox);
        }
        QString out;
        if (!c.stdoutText.isEmpty())
            out += tr("── stdout ──\n") + c.stdoutText;
        if (!c.stderrText.isEmpty())
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + tr("── stderr ──\n") + c.stderrText;
        if (c.hasToolResult)
            out += (out.isEmpty() ? QString() : QStringLiteral("\n")) + tr("── sent back to Claude ──\n") +
                   c.toolResult;
        if (out != m_output->toPlainText())
            m_output->setPlainText(out);
        m_changes->setHtml(changesHtml(c));
        if (!sameCall || m_inputJson != c.input) {
            m_inputJson = c.input;
            m_input->setJson(c.input);
        }
    }

private:
    static QString decisionsHtml(const RunInspection &run, const InspectedToolCall &c)
    {
        if (c.decisions.isEmpty())
            return tr("<p><i>No decision recorded yet.</i></p>");
        QString html;
        for (const InspectedDecision &d : c.decisions) {
            html += tr("<h4>%1 · %2 mode · decided by %3 · at +%4</h4>")
                        .arg(esc(d.verdict.toUpper()), esc(d.mode), esc(d.decidedBy),
                             dur(run.msSinceStart(d.at)));
            if (!d.rule.isEmpty())
                html += tr("<p>Rule <tt>%1</tt> from %2</p>")
                            .arg(esc(d.rule),
                                 esc(d.ruleSource.isEmpty() ? tr("an unknown source") : d.ruleSource));
            if (!d.reason.isEmpty())
                html += tr("<p>Why: %1</p>").arg(esc(d.reason));
            if (!d.subject.isEmpty())
                html += tr("<p>Matched as <tt>%1(%2)</tt></p>").arg(esc(d.ruleTool), esc(d.subject));
            if (!d.risks.isEmpty())
                html += tr("<p>Risks: %1</p>").arg(esc(d.risks.join(QStringLiteral("; "))));
            if (d.unparsed)
                html += tr("<p>The command could not be split with confidence.</p>");
            if (!d.subcommands.isEmpty()) {
                QString items;
                for (const QJsonValue &v : d.subcommands) {
                    const QJsonObject s = v.toObject();
                    items += QStringLiteral("<li><tt>%1</tt> → %2: %3</li>")
                                 .arg(esc(s.value(QLatin1String("command")).toString()),
                                      esc(s.value(QLatin1String("verdict")).toString()),
                                      esc(s.value(QLatin1String("reason")).toString()));
                }
                html += QStringLiteral("<ul>%1</ul>").arg(items);
            }
            if (d.edited())
                html += tr("<p>Edited before approval:<br><tt>%1</tt><br>→ <tt>%2</tt></p>")
                            .arg(esc(QString::fromUtf8(
                                     QJsonDocument(d.originalInput).toJson(QJsonDocument::Compact))),
                                 esc(QString::fromUtf8(
                                     QJsonDocument(d.editedInput).toJson(QJsonDocument::Compact))));
            if (!d.userMessage.isEmpty())
                html += tr("<p>Message to Claude: %1</p>").arg(esc(d.userMessage));
        }
        if (!c.checkpointError.isEmpty())
            html += tr("<p>No checkpoint: %1</p>").arg(esc(c.checkpointError));
        return html;
    }

    static QString changesHtml(const InspectedToolCall &c)
    {
        const QJsonObject changes = c.changes();
        if (changes.isEmpty())
            return c.execFinished ? tr("<p><i>Nothing recorded as changed.</i></p>")
                                  : tr("<p><i>Known once the call has run.</i></p>");
        QString html;
        const std::pair<const char *, QString> kinds[] = {
            {"created", tr("Created")}, {"modified", tr("Modified")}, {"deleted", tr("Deleted")}};
        for (const auto &[key, title] : kinds) {
            const QJsonArray files = changes.value(QLatin1String(key)).toArray();
            if (files.isEmpty())
                continue;
            QString items;
            for (const QJsonValue &v : files) {
                const QJsonObject f = v.toObject();
                items += f.contains(QLatin1String("size"))
                             ? tr("<li><tt>%1</tt> (%2 bytes)</li>")
                                   .arg(esc(f.value(QLatin1String("path")).toString()),
                                        num(f.value(QLatin1String("size")).toInteger()))
                             : QStringLiteral("<li><tt>%1</tt></li>")
                                   .arg(esc(f.value(QLatin1String("path")).toString()));
            }
            html += QStringLiteral("<h4>%1</h4><ul>%2</ul>").arg(title, items);
        }
        if (changes.contains(QLatin1String("growthBytes")))
            html += tr("<p>The workspace grew by %1 bytes.</p>")
                        .arg(num(changes.value(QLatin1String("growthBytes")).toInteger()));
        return html.isEmpty() ? tr("<p><i>Nothing changed.</i></p>") : html;
    }

    QLabel *m_header;
    QTabWidget *m_tabs;
    QTextBrowser *m_decisions;
    JsonBrowser *m_sandbox;
    QPlainTextEdit *m_output;
    QTextBrowser *m_changes;
    JsonBrowser *m_input;
    QString m_id;
    QString m_path;
    QJsonObject m_sandboxJson;
    QJsonObject m_inputJson;
};

// --- the view ----------------------------------------------------------------------------------

InspectorView::InspectorView(QWidget *parent)
    : QWidget(parent)
    , m_loader(new RunInspectionLoader(this))
    , m_model(new InspectorModel(this))
    , m_timelineModel(new TimelineModel(this))
    , m_totals(new QLabel(this))
    , m_timeline(new TimelineView(this))
    , m_tree(new QTreeView(this))
    , m_details(new QStackedWidget(this))
    , m_empty(new QLabel(m_details))
    , m_turnPane(new TurnPane(m_details))
    , m_callPane(new CallPane(m_details))
    , m_watcher(new QFileSystemWatcher(this))
    , m_throttle(new QTimer(this))
{
    setObjectName(QStringLiteral("inspectorView"));
    m_totals->setObjectName(QStringLiteral("inspectorTotals"));
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setContentsMargins(6, 4, 6, 2);
    m_timeline->setModel(m_timelineModel);

    m_tree->setObjectName(QStringLiteral("inspectorTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(InspectorModel::StepColumn, QHeaderView::Stretch);
    for (int c = InspectorModel::StartColumn; c < InspectorModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Steps of the run"));

    m_empty->setObjectName(QStringLiteral("inspectorEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Select a turn or a tool call (or a bar in the timeline) to see what was sent, "
                        "what came back and how long it took."));
    m_details->addWidget(m_empty);
    m_details->addWidget(m_turnPane);
    m_details->addWidget(m_callPane);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(QStringLiteral("inspectorSplitter"));
    lower->addWidget(m_tree);
    lower->addWidget(m_details);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setSizes({460, 700});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_totals);
    layout->addWidget(m_timeline);
    layout->addWidget(lower, 1);

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(300);
    connect(m_throttle, &QTimer::timeout, this, &InspectorView::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (!m_throttle->isActive())
            m_throttle->start();
    });
    connect(m_loader, &RunInspectionLoader::updated, this, &InspectorView::applyInspection);
    connect(m_loader, &RunInspectionLoader::failed, this,
            [this](const QString &message) { m_totals->setText(message.toHtmlEscaped()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (const InspectedTurn *t = m_model->turnAt(current))
            m_timeline->setCurrentRow(m_timelineModel->rowForTurn(t->turn));
        else if (const InspectedToolCall *c = m_model->toolCallAt(current))
            m_timeline->setCurrentRow(m_timelineModel->rowForToolCall(c->id));
        showCurrent();
    });
    connect(m_timeline, &TimelineView::barActivated, this, &InspectorView::onBarActivated);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_folded.insert(index.data(InspectorModel::TurnRole).toInt());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_folded.remove(index.data(InspectorModel::TurnRole).toInt());
    });
    applyInspection();
}

InspectorView::~InspectorView() = default;

void InspectorView::setTranscriptFile(const QString &path, bool follow)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_pending = false;
    m_folded.clear();
    m_loader->setPath(path, follow);
    m_timelineModel->setLive(follow && !path.isEmpty()); // a followed file belongs to a live run
    if (follow && !path.isEmpty())
        m_watcher->addPath(path);
}

QString InspectorView::transcriptFile() const
{
    return m_loader->path();
}

void InspectorView::setFollow(bool follow)
{
    const QString path = m_loader->path();
    if (!follow && !m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    else if (follow && !path.isEmpty() && m_watcher->files().isEmpty())
        m_watcher->addPath(path);
    m_loader->setFollow(follow);
    m_timelineModel->setLive(follow && !path.isEmpty());
}

void InspectorView::reload()
{
    // Hidden (another tab is showing): read once it is shown again, not on every append.
    if (!isVisible() && m_loader->follows()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_loader->reload();
    // A file that was replaced is watched again (inotify drops a deleted path).
    if (m_loader->follows() && m_watcher->files().isEmpty() && !m_loader->path().isEmpty())
        m_watcher->addPath(m_loader->path());
}

void InspectorView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        reload();
}

const RunInspection &InspectorView::inspection() const
{
    return m_loader->inspection();
}

JsonBrowser *InspectorView::requestBrowser() const
{
    return m_turnPane->request();
}

void InspectorView::applyInspection()
{
    const RunInspection &run = m_loader->inspection();
    m_model->setInspection(run);
    m_timelineModel->setInspection(run);
    // Turns show their calls as they arrive, unless the user folded the turn.
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex turn = m_model->index(r, 0);
        if (m_model->rowCount(turn) > 0 && !m_tree->isExpanded(turn) &&
            !m_folded.contains(turn.data(InspectorModel::TurnRole).toInt()))
            m_tree->expand(turn);
    }
    QString totals = m_timelineModel->totalsText().toHtmlEscaped();
    if (!run.task.isEmpty())
        totals = tr("<b>%1</b><br>%2").arg(run.task.left(200).toHtmlEscaped(), totals);
    if (!run.warnings.isEmpty())
        totals += tr("<br>%n line(s) of the transcript could not be read and were skipped.", nullptr,
                     int(run.warnings.size()));
    m_totals->setText(totals);
    showCurrent();
    Q_EMIT updated();
}

void InspectorView::showCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const RunInspection &run = m_model->inspection();
    if (const InspectedTurn *t = m_model->turnAt(current)) {
        m_turnPane->show(run, *t);
        m_details->setCurrentWidget(m_turnPane);
    } else if (const InspectedToolCall *c = m_model->toolCallAt(current)) {
        m_callPane->show(run, *c);
        m_details->setCurrentWidget(m_callPane);
    } else {
        m_details->setCurrentWidget(m_empty);
    }
}

void InspectorView::selectTurn(int turn)
{
    const QModelIndex index = m_model->indexForTurn(turn);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void InspectorView::selectToolCall(const QString &id)
{
    const QModelIndex index = m_model->indexForToolCall(id);
    if (!index.isValid())
        return;
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void InspectorView::onBarActivated(int row)
{
    if (row < 0 || row >= m_timelineModel->rowCount())
        return;
    const TimelineBar &bar = m_timelineModel->bar(row);
    if (bar.kind == TimelineBar::Kind::ModelTurn || bar.kind == TimelineBar::Kind::RetryWait)
        selectTurn(bar.turn);
    else
        selectToolCall(bar.toolCallId);
    // Keep the bar that was clicked (an approval wait selects its call, whose row is the execution).
    m_timeline->setCurrentRow(row);
}

} // namespace Workbench
