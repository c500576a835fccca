// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QWidget>

class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Workbench {

class InspectorModel;
class JsonTreeModel;
class RunInspectionLoader;
struct RunInspection;
class TimelineModel;
class TimelineView;

/// A JSON value as a collapsible tree with a find field: typing filters the tree to the rows
/// whose key or value contains the text (their parents kept), expands them and selects the
/// first. Read-only.
class JsonBrowser final : public QWidget
{
    Q_OBJECT
public:
    explicit JsonBrowser(const QString &name, QWidget *parent = nullptr);
    void setJson(const QJsonValue &value);
    void setPlaceholder(const QString &text);
    /// Filters to `text` (what typing in the field does).
    void find(const QString &text);
    [[nodiscard]] int matchCount() const { return m_matches; }
    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }

private:
    void applyFilter();

    JsonTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLineEdit *m_search;
    QLabel *m_count;
    int m_matches = 0;
};

/// The run inspector: totals, the timeline, the run's steps (model turns with their tool calls)
/// and, for the selected step, everything the transcript recorded about it — for a turn the
/// request body, the response headers of each attempt, retries and their waits, the SSE events
/// with their receive times, time to first token, tokens per second, usage and cost; for a tool
/// call every decision, the sandbox spec and limits, the output, how it ended, how long it took
/// and what it changed. Clicking a bar in the timeline selects its step.
///
/// Fed from a transcript file: setTranscriptFile() reads it off the GUI thread; with `follow`
/// the view re-reads what was appended as the file grows (coalesced, a few times a second at
/// most) and keeps the selection. Credentials are removed before anything is shown.
///
/// Hook for a read-only transcript page: `auto *v = new InspectorView(parent);
/// v->setTranscriptFile(path);` — and `reload()` after the file changed, or follow = true.
class InspectorView final : public QWidget
{
    Q_OBJECT
public:
    explicit InspectorView(QWidget *parent = nullptr);
    ~InspectorView() override;

    void setTranscriptFile(const QString &path, bool follow = false);
    [[nodiscard]] QString transcriptFile() const;
    /// Stops (or starts) following appends; stopping reads the file to its end once more.
    void setFollow(bool follow);
    /// Reads what was appended since the last read.
    void reload();

    void selectTurn(int turn);
    void selectToolCall(const QString &id);

    [[nodiscard]] const RunInspection &inspection() const;
    [[nodiscard]] InspectorModel *model() const { return m_model; }
    [[nodiscard]] TimelineModel *timelineModel() const { return m_timelineModel; }
    [[nodiscard]] TimelineView *timeline() const { return m_timeline; }
    [[nodiscard]] QTreeView *stepTree() const { return m_tree; }
    /// The request body browser of the turn pane.
    [[nodiscard]] JsonBrowser *requestBrowser() const;

Q_SIGNALS:
    /// A read of the transcript was applied to the views.
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyInspection();
    void showCurrent();
    void onBarActivated(int row);

    class TurnPane;
    class CallPane;

    RunInspectionLoader *m_loader;
    InspectorModel *m_model;
    TimelineModel *m_timelineModel;
    QLabel *m_totals;
    TimelineView *m_timeline;
    QTreeView *m_tree;
    QStackedWidget *m_details;
    QLabel *m_empty;
    TurnPane *m_turnPane;
    CallPane *m_callPane;
    QFileSystemWatcher *m_watcher;
    QTimer *m_throttle;
    bool m_pending = false; ///< the file changed while the view was hidden
    QSet<int> m_folded;     ///< turns the user collapsed: new calls do not unfold them
};

} // namespace Workbench
