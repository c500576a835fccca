// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Workbench {

class AgentRun;
class ConversationView;

/// Two runs side by side — a parent and its branch — each in a conversation view, with the
/// step where they part marked (selected in both, and named above them). Read-only: it renders
/// the runs' conversation models, which keep growing while a run goes on. The runs are not
/// owned; the view empties a side whose run goes away.
class BranchCompareView final : public QWidget
{
    Q_OBJECT
public:
    /// `divergenceToolCall`: the tool_use id both runs share and after which they differ (the
    /// fork's step); empty to find the first row where the conversations differ.
    BranchCompareView(AgentRun *left, const QString &leftTitle, AgentRun *right, const QString &rightTitle,
                      const QString &divergenceToolCall, QWidget *parent = nullptr);

    /// The first conversation row that differs between the two runs (-1 when none does).
    [[nodiscard]] int firstDifferentRow() const;
    [[nodiscard]] QString headerText() const;

private:
    void markDivergence();

    QPointer<AgentRun> m_left;
    QPointer<AgentRun> m_right;
    QString m_divergence;
    QLabel *m_header;
    ConversationView *m_leftView;
    ConversationView *m_rightView;
    bool m_marked = false;
};

} // namespace Workbench
