// SPDX-License-Identifier: MIT
#pragma once

#include "runpage.h"
#include "transcript/claudecodeconversation.h"
#include "transcript/claudecodereader.h"
#include "transcript/transcriptloader.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QHBoxLayout;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTreeView;

namespace Workbench {

class ClaudeCodeMessageModel;
class ConversationModel;
class ConversationView;
class ElidedLabel;
class ExecutionView;
class ScriptView;
class ToolCallModel;

/// A past run, read-only, in the same panes as a live run: the conversation, the selected
/// call's script and its recorded output. It opens our transcripts (filled by
/// TranscriptLoadJob, a slice at a time, so a large file shows its first screen at once) and
/// Claude Code sessions (ClaudeCodeLoadJob; a message tree beside the panes shows every
/// branch, sub-agent and line, with its raw JSON, and can switch the branch shown).
///
/// A banner above the panes says it is read-only, names the file, how the run ended, the
/// summary (turns, tool calls, tokens, cost, duration) and every skipped line by number.
///
/// Extension points: addBannerAction() puts a button in the banner (Resume, Fork…);
/// addSideTab() adds a tab beside the panes (an inspector); both are owned by the page.
/// The page owns its models and jobs; nothing it shows can change the file.
class TranscriptPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranscriptPage)
public:
    enum class Source
    {
        Workbench,
        ClaudeCode
    };

    explicit TranscriptPage(QWidget *parent = nullptr);
    ~TranscriptPage() override;

    /// Starts reading `path` (once); the kind of transcript is detected from its first lines.
    void open(const QString &path);
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] Source source() const { return m_source; }
    /// A short name for the tab: the task or the session's title, else the file name.
    [[nodiscard]] QString title() const;
    [[nodiscard]] bool isLoading() const { return m_loading; }

    [[nodiscard]] ConversationModel *conversation() const { return m_conversationModel; }
    [[nodiscard]] ToolCallModel *toolCalls() const { return m_toolCallModel; }
    /// Our transcripts: the job that filled the models (summary, warnings, run_started,
    /// sandbox specs); null for Claude Code sessions.
    [[nodiscard]] TranscriptLoadJob *loadJob() const { return m_job; }
    /// Claude Code sessions: the session as read, once loaded; else null.
    [[nodiscard]] const ClaudeCodeSession *claudeCodeSession() const;
    /// Claude Code sessions: the message tree model; else null.
    [[nodiscard]] ClaudeCodeMessageModel *messageTree() const { return m_treeModel; }
    /// Shows the branch through a Claude Code message (an index into the session's entries).
    void showBranchThrough(int entry);
    void showActiveBranch();

    /// The banner as shown, one line per label (for tests and screen readers).
    [[nodiscard]] QString bannerText() const;
    /// "Read-only · 12 turns · …" for the status bar.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString tokensText() const;
    [[nodiscard]] QSplitter *splitter() const { return m_splitter; }

    /// The same navigation as a live run's page.
    void showToolCall(const QString &toolCallId);
    void selectAdjacentToolCall(int step);
    [[nodiscard]] QString selectedToolCall() const { return m_selectedCall; }
    void focusPane(RunPage::Pane pane);
    void find() { m_findBar->open(findPanes()); }
    void findNext() { m_findBar->findNextOrOpen(findPanes()); }
    void findPrevious() { m_findBar->findPreviousOrOpen(findPanes()); }

    /// A button in the banner that triggers `action` (the page does not take the action).
    void addBannerAction(QAction *action);
    /// A tab beside the conversation panes; the page takes `widget`. Returns its index.
    int addSideTab(QWidget *widget, const QString &title);
    [[nodiscard]] QTabWidget *sideTabs() const { return m_tabs; }

Q_SIGNALS:
    /// The first screen of the conversation is in the models and laid out.
    void firstScreenReady();
    /// Everything was read (or the file could not be); the banner is final.
    void loaded();
    /// The banner, summary or title changed (the tab title and status bar may follow).
    void statusChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateBannerPalette();
    void openWorkbench();
    void openClaudeCode();
    void onFirstBatch();
    void updateBanner();
    void setWarnings(const QStringList &warnings);
    void selectFirstToolCall();
    void onTreeCurrentChanged(const QModelIndex &current);
    void onConversationRowChanged(int row);
    [[nodiscard]] QListView *conversationList() const;
    /// What find searches, the default pane first (FindBar::open()).
    [[nodiscard]] QList<QWidget *> findPanes() const;

    QString m_path;
    Source m_source = Source::Workbench;
    bool m_loading = false;
    bool m_opened = false;
    QString m_selectedCall;
    QString m_loadError;

    ConversationModel *m_conversationModel;
    ToolCallModel *m_toolCallModel;
    QPointer<TranscriptLoadJob> m_job;
    QPointer<ClaudeCodeLoadJob> m_ccJob;
    std::unique_ptr<ClaudeCodeConversation> m_ccConversation;
    ClaudeCodeMessageModel *m_treeModel = nullptr;

    QWidget *m_banner = nullptr;
    QLabel *m_readOnlyLabel;
    ElidedLabel *m_pathLabel;
    QLabel *m_endedLabel;
    QLabel *m_summaryLabel;
    QLabel *m_warningsLabel;
    QLabel *m_progressLabel;
    QHBoxLayout *m_bannerActions;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QWidget *m_treePane = nullptr;
    QTreeView *m_tree = nullptr;
    QPlainTextEdit *m_rawJson = nullptr;
    QPushButton *m_branchButton = nullptr;
    QPushButton *m_activeBranchButton = nullptr;
    ConversationView *m_conversation;
    ScriptView *m_script;
    ExecutionView *m_execution;
    FindBar *m_findBar;
    bool m_syncingSelection = false;
};

} // namespace Workbench
