// SPDX-License-Identifier: MIT
#pragma once

#include "models/toolcallmodel.h"

#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTextCharFormat>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Workbench {

class ElidedLabel;

/// The right pane: the sandboxed output of one tool call as it streams (stdout as plain text,
/// stderr set apart), under a header with the call's status, how it ended and how long it took.
/// Renders a ToolCallModel row; appends chunks as they arrive instead of re-rendering.
class ExecutionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionView)
public:
    explicit ExecutionView(QWidget *parent = nullptr);
    ~ExecutionView() override;

    /// The model whose rows showCall() renders. Not owned.
    void setModel(ToolCallModel *model);
    [[nodiscard]] ToolCallModel *model() const { return m_model; }

    /// Shows the output kept for `row`, then follows that row's new output.
    void showCall(int row);
    /// Shows the boundary the execution ran in, from ExecJob::describeSpec(): sandbox kind,
    /// layers, network, extra read-only folders, in words (boundaryLines()). An empty object
    /// hides it.
    void setBoundary(const QJsonObject &spec);
    /// The boundary in words, one line per aspect: "Sandbox: bubblewrap, as uid 1000 inside",
    /// "Layers: namespaces (…), seccomp (…), Landlock ABI 7, rlimits (…)", "Network: off",
    /// "Read-only extras: /opt/tool". Unknown or missing fields are left out, never guessed.
    [[nodiscard]] static QStringList boundaryLines(const QJsonObject &spec);
    /// The row shown, or -1.
    [[nodiscard]] int currentRow() const;
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onOutputAppended(int row, ToolCallModel::Stream stream, const QString &text);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void appendChunk(ToolCallModel::Stream stream, const QString &text);
    void renderAll();
    void updateHeader();
    void updateElidedNote();
    void updateFormats();
    [[nodiscard]] bool isScrolledToBottom() const;

    QPointer<ToolCallModel> m_model;
    QPersistentModelIndex m_index;
    ElidedLabel *m_summaryLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_exitLabel = nullptr;
    QLabel *m_durationLabel = nullptr;
    QLabel *m_elidedLabel = nullptr;
    ElidedLabel *m_changesLabel = nullptr;  // "Changed: +fib.py (312 B), ~data.csv"; hidden when empty
    ElidedLabel *m_decisionLabel = nullptr; // the decision log entry; hidden until decided
    QLabel *m_boundaryLabel = nullptr;      // setBoundary(); hidden when unknown
    QPlainTextEdit *m_output = nullptr;
    QTextCharFormat m_stdoutFormat;
    QTextCharFormat m_stderrFormat;
    qsizetype m_shownChars = 0;
    bool m_showing = false;
    bool m_endedWithCarriageReturn = false;
};

} // namespace Workbench
