// SPDX-License-Identifier: MIT
#include "transcriptpage.h"

#include "conversationview.h"
#include "executionview.h"
#include "findbar.h"
#include "models/claudecodemessagemodel.h"
#include "models/conversationmodel.h"
#include "models/toolcallmodel.h"
#include "scriptview.h"
#include "transcript/claudecodeconversation.h"
#include "transcript/transcriptloader.h"
#include "transcript/transcriptreader.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Workbench {

namespace {

QString durationText(qint64 ms)
{
    if (ms < 0)
        return TranscriptPage::tr("duration unknown");
    if (ms < 60000)
        return TranscriptPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    return TranscriptPage::tr("%1 min %2 s").arg(ms / 60000).arg((ms % 60000) / 1000);
}

QString costText(const std::optional<double> &cost)
{
    return cost ? TranscriptPage::tr("$%1").arg(QLocale().toString(*cost, 'f', 4))
                : TranscriptPage::tr("cost unknown");
}

QLabel *bannerLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TranscriptPage::TranscriptPage(QWidget *parent)
    : QWidget(parent)
    , m_conversationModel(new ConversationModel(this))
    , m_toolCallModel(new ToolCallModel(this))
{
    setObjectName(QStringLiteral("transcriptPage"));

    // The banner: nothing here can change the file, and the user should never wonder.
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAutoFillBackground(true);
    updateBannerPalette();
    m_readOnlyLabel = new QLabel(m_banner);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    QFont bold = m_readOnlyLabel->font();
    bold.setBold(true);
    m_readOnlyLabel->setFont(bold);
    m_pathLabel = new ElidedLabel(Qt::ElideMiddle, m_banner);
    m_pathLabel->setObjectName(QStringLiteral("transcriptPathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressLabel = new QLabel(m_banner);
    m_progressLabel->setObjectName(QStringLiteral("loadProgressLabel"));
    m_endedLabel = bannerLabel(QStringLiteral("runEndedLabel"), m_banner);
    m_summaryLabel = bannerLabel(QStringLiteral("runSummaryLabel"), m_banner);
    m_warningsLabel = bannerLabel(QStringLiteral("skippedLinesLabel"), m_banner);
    m_warningsLabel->setVisible(false);
    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_readOnlyLabel);
    top->addWidget(m_pathLabel, 1);
    top->addWidget(m_progressLabel);
    m_bannerActions = new QHBoxLayout;
    m_bannerActions->setSpacing(4);
    top->addLayout(m_bannerActions);
    auto *bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 5, 8, 5);
    bannerLayout->setSpacing(2);
    bannerLayout->addLayout(top);
    bannerLayout->addWidget(m_endedLabel);
    bannerLayout->addWidget(m_summaryLabel);
    bannerLayout->addWidget(m_warningsLabel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("transcriptTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // one tab until an inspector joins
    m_splitter = new QSplitter(Qt::Horizontal, m_tabs);
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_conversation = new ConversationView(m_splitter);
    m_script = new ScriptView(m_splitter);
    m_execution = new ExecutionView(m_splitter);
    m_splitter->addWidget(m_conversation);
    m_splitter->addWidget(m_script);
    m_splitter->addWidget(m_execution);
    for (int i = 0; i < 3; ++i)
        m_splitter->setStretchFactor(i, 3);
    m_splitter->setSizes({420, 460, 460});
    m_tabs->addTab(m_splitter, tr("Conversation"));

    m_findBar = new FindBar(this);
    m_findBar->setObjectName(QStringLiteral("findBar"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_findBar);

    m_conversation->setModel(m_conversationModel);
    m_execution->setModel(m_toolCallModel);
    connect(m_conversation, &ConversationView::toolCallSelected, this, &TranscriptPage::showToolCall);
    connect(m_findBar, &FindBar::closed, this, [this] { m_conversation->setFocus(); });
    // The tool call model's rows grow while the file loads; the panes keep what is selected.
    connect(m_toolCallModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &, const QList<int> &roles) {
                if (roles.contains(ToolCallModel::ScriptRole) &&
                    tl.data(ToolCallModel::IdRole).toString() == m_selectedCall)
                    showToolCall(m_selectedCall);
            });
    if (QListView *list = conversationList()) {
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { onConversationRowChanged(current.row()); });
    }
    updateBanner();
}

TranscriptPage::~TranscriptPage()
{
    // The views go before the models they show; the jobs stop with the page.
    if (m_job)
        m_job->cancel();
    if (m_ccJob)
        m_ccJob->cancel();
    m_conversation->setModel(nullptr);
    m_execution->setModel(nullptr);
}

void TranscriptPage::updateBannerPalette()
{
    // A warm tint of the window colour, so the banner reads as a notice in light and dark themes.
    QPalette bannerPalette = palette();
    bannerPalette.setColor(QPalette::Window,
                           Theme::mix(palette().color(QPalette::Window), Theme::tone(42, palette()), 0.14));
    m_banner->setPalette(bannerPalette);
}

void TranscriptPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_banner)
        updateBannerPalette();
}

QListView *TranscriptPage::conversationList() const
{
    return m_conversation->findChild<QListView *>(QStringLiteral("conversationList"));
}

void TranscriptPage::open(const QString &path)
{
    if (m_opened)
        return;
    m_opened = true;
    m_path = QFileInfo(path).absoluteFilePath();
    m_pathLabel->setFullText(m_path);
    m_loading = true;
    m_source = TranscriptReader::detect(m_path) == TranscriptKind::ClaudeCode ? Source::ClaudeCode
                                                                              : Source::Workbench;
    if (m_source == Source::ClaudeCode)
        openClaudeCode();
    else
        openWorkbench();
    updateBanner();
}

void TranscriptPage::openWorkbench()
{
    m_job = TranscriptLoadJob::start(m_path, m_conversationModel, m_toolCallModel, this);
    connect(m_job, &TranscriptLoadJob::firstBatchReady, this, &TranscriptPage::onFirstBatch);
    connect(m_job, &TranscriptLoadJob::progress, this, [this](qint64 bytes, qint64 total) {
        m_progressLabel->setText(total > 0
                                     ? tr("Loading… %1%").arg(qRound(100.0 * double(bytes) / double(total)))
                                     : tr("Loading…"));
    });
    connect(m_job, &TranscriptLoadJob::warningAdded, this, [this] { updateBanner(); });
    connect(m_job, &TranscriptLoadJob::finished, this, [this] {
        m_loading = false;
        if (!m_job->error().isNull())
            m_loadError = m_job->error().toString();
        if (m_selectedCall.isEmpty())
            selectFirstToolCall();
        updateBanner();
        Q_EMIT statusChanged();
        Q_EMIT loaded();
    });
}

void TranscriptPage::openClaudeCode()
{
    // The message tree: every node (forks, sub-agents, bookkeeping and unknown lines), with the
    // selected one's raw JSON below it.
    m_treeModel = new ClaudeCodeMessageModel(this);
    m_treePane = new QWidget(m_splitter);
    m_treePane->setObjectName(QStringLiteral("messageTreePane"));
    m_tree = new QTreeView(m_treePane);
    m_tree->setObjectName(QStringLiteral("messageTree"));
    m_tree->setAccessibleName(tr("Message tree"));
    m_tree->setAccessibleDescription(
        tr("Every message of the session as a tree: other branches and sub-agents are nested"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ClaudeCodeMessageModel::MessageColumn, QHeaderView::Stretch);
    m_tree->setColumnHidden(ClaudeCodeMessageModel::TimeColumn, true);
    m_tree->header()->setSectionResizeMode(ClaudeCodeMessageModel::TokensColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ClaudeCodeMessageModel::LineColumn, QHeaderView::ResizeToContents);
    m_branchButton = new QPushButton(tr("Show &This Branch"), m_treePane);
    m_branchButton->setObjectName(QStringLiteral("showBranchButton"));
    m_branchButton->setToolTip(tr("Show the conversation along the selected message's branch"));
    m_branchButton->setEnabled(false);
    m_activeBranchButton = new QPushButton(tr("&Active Branch"), m_treePane);
    m_activeBranchButton->setObjectName(QStringLiteral("activeBranchButton"));
    m_activeBranchButton->setToolTip(tr("Show the branch that ends at the latest message again"));
    m_activeBranchButton->setEnabled(false);
    m_rawJson = new QPlainTextEdit(m_treePane);
    m_rawJson->setObjectName(QStringLiteral("rawJsonView"));
    m_rawJson->setReadOnly(true);
    m_rawJson->setFont(Theme::monospaceFont());
    m_rawJson->setPlaceholderText(tr("Select a message to see its line as written"));
    m_rawJson->setAccessibleName(tr("Raw JSON of the selected line"));
    auto *treeSplit = new QSplitter(Qt::Vertical, m_treePane);
    treeSplit->addWidget(m_tree);
    treeSplit->addWidget(m_rawJson);
    treeSplit->setSizes({400, 160});
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_branchButton);
    buttons->addWidget(m_activeBranchButton);
    buttons->addStretch(1);
    auto *treeLayout = new QVBoxLayout(m_treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(2);
    treeLayout->addWidget(treeSplit, 1);
    treeLayout->addLayout(buttons);
    m_splitter->insertWidget(0, m_treePane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setSizes({360, 380, 340, 340});

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onTreeCurrentChanged(current); });
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        showBranchThrough(index.data(ClaudeCodeMessageModel::EntryIndexRole).toInt());
    });
    connect(m_branchButton, &QPushButton::clicked, this, [this] {
        showBranchThrough(m_tree->currentIndex().data(ClaudeCodeMessageModel::EntryIndexRole).toInt());
    });
    connect(m_activeBranchButton, &QPushButton::clicked, this, &TranscriptPage::showActiveBranch);

    m_ccJob = new ClaudeCodeLoadJob(m_path, this);
    connect(m_ccJob, &ClaudeCodeLoadJob::finished, this, [this] {
        ClaudeCodeLoadJob *job = m_ccJob;
        m_loading = false;
        if (!job->isCancelled()) {
            if (!job->error().isNull()) {
                m_loadError = job->error().toString();
            } else {
                m_treeModel->setSession(std::move(job->session()));
                // The conversation reads the model's copy, which lives as long as the page.
                m_ccConversation = std::make_unique<ClaudeCodeConversation>(&m_treeModel->session());
                m_ccConversation->fill(m_conversationModel, m_toolCallModel);
                onFirstBatch();
            }
        }
        job->deleteLater();
        updateBanner();
        Q_EMIT statusChanged();
        Q_EMIT loaded();
    });
    m_ccJob->start();
}

const ClaudeCodeSession *TranscriptPage::claudeCodeSession() const
{
    return m_treeModel && m_ccConversation ? &m_treeModel->session() : nullptr;
}

void TranscriptPage::onFirstBatch()
{
    // A past run is read from the top: lay the first rows out now and stop following the tail.
    if (QListView *list = conversationList()) {
        list->doItemsLayout();
        list->scrollToTop();
    }
    selectFirstToolCall();
    if (QListView *list = conversationList())
        list->scrollToTop();
    updateBanner();
    Q_EMIT statusChanged();
    Q_EMIT firstScreenReady();
}

void TranscriptPage::selectFirstToolCall()
{
    if (m_toolCallModel->rowCount() == 0)
        return;
    const QString id = m_toolCallModel->index(0).data(ToolCallModel::IdRole).toString();
    m_conversation->selectToolCall(id);
    showToolCall(id);
}

void TranscriptPage::showToolCall(const QString &toolCallId)
{
    const int row = m_toolCallModel->rowForId(toolCallId);
    if (row < 0)
        return;
    const QModelIndex idx = m_toolCallModel->index(row);
    const bool changed = toolCallId != m_selectedCall;
    m_selectedCall = toolCallId;
    m_script->showScript(idx.data(ToolCallModel::SummaryRole).toString(),
                         idx.data(ToolCallModel::LanguageRole).toString(),
                         idx.data(ToolCallModel::ScriptRole).toString(),
                         idx.data(ToolCallModel::WorkingDirectoryRole).toString());
    if (changed) {
        m_execution->showCall(row);
        m_execution->setBoundary(m_job ? m_job->execSpec(toolCallId) : QJsonObject());
    }
}

void TranscriptPage::selectAdjacentToolCall(int step)
{
    const int count = m_toolCallModel->rowCount();
    if (count == 0)
        return;
    const int current = m_toolCallModel->rowForId(m_selectedCall);
    const int row = current < 0 ? (step > 0 ? 0 : count - 1) : qBound(0, current + step, count - 1);
    const QString id = m_toolCallModel->index(row).data(ToolCallModel::IdRole).toString();
    m_conversation->selectToolCall(id);
    showToolCall(id);
}

void TranscriptPage::focusPane(RunPage::Pane pane)
{
    QWidget *target = nullptr;
    switch (pane) {
    case RunPage::Pane::Conversation:
        target = conversationList();
        break;
    case RunPage::Pane::Script:
        target = m_script->findChild<QWidget *>(QStringLiteral("scriptEditor"));
        break;
    case RunPage::Pane::Output:
        target = m_execution->findChild<QPlainTextEdit *>(QStringLiteral("outputText"));
        break;
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> TranscriptPage::findPanes() const
{
    // The conversation is searched unless the focus is in the output or the raw JSON.
    return {conversationList(), m_execution->findChild<QPlainTextEdit *>(QStringLiteral("outputText")),
            m_rawJson};
}

void TranscriptPage::addBannerAction(QAction *action)
{
    auto *button = new QToolButton(m_banner);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bannerActions->addWidget(button);
}

int TranscriptPage::addSideTab(QWidget *widget, const QString &title)
{
    return m_tabs->addTab(widget, title);
}

void TranscriptPage::showBranchThrough(int entry)
{
    if (!m_ccConversation)
        return;
    m_ccConversation->chooseBranchThrough(entry);
    m_ccConversation->fill(m_conversationModel, m_toolCallModel);
    m_selectedCall.clear();
    m_script->clear();
    m_execution->clear();
    const int row = m_ccConversation->rowOfEntry(entry);
    if (QListView *list = conversationList(); list && row >= 0) {
        list->doItemsLayout();
        m_syncingSelection = true;
        list->setCurrentIndex(m_conversationModel->index(row));
        m_syncingSelection = false;
        list->scrollTo(m_conversationModel->index(row), QAbstractItemView::PositionAtCenter);
    }
    updateBanner();
    Q_EMIT statusChanged();
}

void TranscriptPage::showActiveBranch()
{
    if (!m_ccConversation)
        return;
    m_ccConversation->showActiveBranch();
    m_ccConversation->fill(m_conversationModel, m_toolCallModel);
    m_selectedCall.clear();
    m_script->clear();
    m_execution->clear();
    onFirstBatch();
}

void TranscriptPage::onTreeCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid() || !m_ccConversation) {
        m_branchButton->setEnabled(false);
        return;
    }
    m_rawJson->setPlainText(current.data(ClaudeCodeMessageModel::RawJsonRole).toString());
    const int entry = current.data(ClaudeCodeMessageModel::EntryIndexRole).toInt();
    const int row = m_ccConversation->rowOfEntry(entry);
    m_branchButton->setEnabled(row < 0);
    if (m_syncingSelection || row < 0)
        return;
    // On the branch shown: the conversation follows the tree.
    m_syncingSelection = true;
    const QModelIndex index = m_conversationModel->index(row);
    if (QListView *list = conversationList()) {
        list->setCurrentIndex(index);
        list->scrollTo(index);
    }
    m_syncingSelection = false;
    if (index.data(ConversationModel::KindRole).toInt() == int(ConversationModel::Kind::ToolCall))
        showToolCall(index.data(ConversationModel::ToolCallIdRole).toString());
}

void TranscriptPage::onConversationRowChanged(int row)
{
    if (!m_ccConversation || !m_tree || m_syncingSelection)
        return;
    const int entry = m_ccConversation->entryOfRow(row);
    if (entry < 0)
        return;
    m_syncingSelection = true;
    const QModelIndex index = m_treeModel->indexForEntry(entry);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_syncingSelection = false;
    m_rawJson->setPlainText(index.data(ClaudeCodeMessageModel::RawJsonRole).toString());
}

QString TranscriptPage::title() const
{
    QString name;
    if (m_job)
        name = m_job->summary().task;
    else if (const ClaudeCodeSession *s = claudeCodeSession())
        name = s->title;
    name = name.simplified();
    if (name.isEmpty())
        name = QFileInfo(m_path).completeBaseName();
    return name.size() > 40 ? name.left(39) + QChar(0x2026) : name;
}

void TranscriptPage::setWarnings(const QStringList &warnings)
{
    if (warnings.isEmpty()) {
        m_warningsLabel->clear();
        m_warningsLabel->setVisible(false);
        return;
    }
    // The first few in the banner, all of them in the tooltip.
    constexpr int kShown = 3;
    QStringList lines = warnings.mid(0, kShown);
    if (warnings.size() > kShown)
        lines.append(tr("…and %n more (hover to see all)", nullptr, int(warnings.size() - kShown)));
    m_warningsLabel->setText(
        tr("%n line(s) skipped:\n%1", nullptr, int(warnings.size())).arg(lines.join(QLatin1Char('\n'))));
    m_warningsLabel->setToolTip(warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(true);
}

void TranscriptPage::updateBanner()
{
    const QLocale locale;
    m_progressLabel->setVisible(m_loading);
    if (!m_opened) {
        m_readOnlyLabel->setText(tr("Read-only transcript"));
        m_endedLabel->setText(tr("No transcript opened."));
        m_summaryLabel->clear();
        return;
    }
    if (m_source == Source::ClaudeCode) {
        m_readOnlyLabel->setText(tr("Read-only Claude Code session"));
        const ClaudeCodeSession *s = claudeCodeSession();
        if (!m_loadError.isEmpty()) {
            m_endedLabel->setText(tr("Could not open the session: %1").arg(m_loadError));
            m_summaryLabel->clear();
        } else if (!s) {
            m_endedLabel->setText(m_loading ? tr("Reading the session…") : QString());
            m_summaryLabel->clear();
        } else {
            m_activeBranchButton->setEnabled(!m_ccConversation->showsActiveBranch());
            const QString branch = m_ccConversation->showsActiveBranch()
                                       ? tr("showing the active branch (ending at the latest message)")
                                       : tr("showing another branch (Active Branch goes back)");
            m_endedLabel->setText(tr("Claude Code %1 · project %2 · last activity %3 · %4")
                                      .arg(s->version.isEmpty() ? tr("(version unknown)") : s->version,
                                           s->cwd.isEmpty() ? tr("(unknown)") : s->cwd,
                                           s->ended.isValid()
                                               ? locale.toString(s->ended.toLocalTime(), QLocale::ShortFormat)
                                               : tr("unknown"),
                                           branch));
            m_summaryLabel->setText(
                tr("%1 user and %2 assistant messages · %3 tool calls · %4 sub-agent lines · %5 "
                   "compactions · tokens %6 in, %7 out, %8 cache read · %9 · %10")
                    .arg(s->userMessages)
                    .arg(s->assistantMessages)
                    .arg(s->toolCalls)
                    .arg(s->sidechainEntries)
                    .arg(s->compactions)
                    .arg(locale.toString(s->usage.input), locale.toString(s->usage.output),
                         locale.toString(s->usage.cacheRead), costText(s->costUsd),
                         durationText(s->started.isValid() && s->ended.isValid()
                                          ? s->started.msecsTo(s->ended)
                                          : -1)));
        }
        QStringList warnings;
        if (s) {
            for (const LineWarning &w : s->warnings)
                warnings.append(w.message);
        }
        setWarnings(warnings);
        return;
    }

    m_readOnlyLabel->setText(tr("Read-only transcript"));
    if (!m_job) {
        m_endedLabel->setText(m_loadError);
        return;
    }
    const TranscriptSummary &s = m_job->summary();
    const QJsonObject &finished = m_job->runFinished();
    if (!m_loadError.isEmpty()) {
        m_endedLabel->setText(tr("Could not open the transcript: %1").arg(m_loadError));
    } else if (m_loading) {
        m_endedLabel->setText(tr("Reading the transcript…"));
    } else if (finished.isEmpty()) {
        m_endedLabel->setText(tr("Interrupted: the run never finished (the app was closed, killed or lost "
                                 "power while it ran, or it is still running). Everything up to the last "
                                 "complete event is shown."));
    } else {
        const QString reason = s.stopReason;
        const QString error =
            finished.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        if (reason == QLatin1String("end_turn") || reason == QLatin1String("stop_sequence"))
            m_endedLabel->setText(tr("Finished: Claude ended its turn (%1).").arg(reason));
        else if (reason == QLatin1String("cancelled"))
            m_endedLabel->setText(tr("Stopped by the user."));
        else if (!error.isEmpty())
            m_endedLabel->setText(tr("Ended: %1 — %2").arg(reason, error));
        else
            m_endedLabel->setText(tr("Ended: %1").arg(reason));
    }
    m_summaryLabel->setText(tr("Model %1 · %n turn(s) · %2 tool calls (%3 denied) · tokens %4 in, %5 out, "
                               "%6 cache read · %7 · %8",
                               nullptr, s.turns)
                                .arg(s.model.isEmpty() ? tr("unknown") : s.model)
                                .arg(s.toolCalls)
                                .arg(s.deniedCalls)
                                .arg(locale.toString(s.inputTokens), locale.toString(s.outputTokens),
                                     locale.toString(s.cacheReadTokens), costText(s.costUsd),
                                     durationText(s.durationMs)));
    setWarnings(s.malformedLines);
}

QString TranscriptPage::bannerText() const
{
    QStringList lines{m_readOnlyLabel->text(), m_pathLabel->fullText()};
    for (QLabel *label : {m_endedLabel, m_summaryLabel, m_warningsLabel}) {
        if (!label->isHidden() && !label->text().isEmpty())
            lines.append(label->text());
    }
    return lines.join(QLatin1Char('\n'));
}

QString TranscriptPage::statusText() const
{
    return tr("%1 · %2").arg(m_readOnlyLabel->text(), m_endedLabel->text());
}

QString TranscriptPage::tokensText() const
{
    if (m_job)
        return tr("Tokens: %1 in · %2 out")
            .arg(m_job->summary().inputTokens + m_job->summary().cacheReadTokens +
                 m_job->summary().cacheWriteTokens)
            .arg(m_job->summary().outputTokens);
    if (const ClaudeCodeSession *s = claudeCodeSession())
        return tr("Tokens: %1 in · %2 out")
            .arg(s->usage.input + s->usage.cacheRead + s->usage.cacheWrite)
            .arg(s->usage.output);
    return {};
}

} // namespace Workbench
