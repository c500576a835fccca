// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace Workbench {

class ApprovalInboxModel;

/// The approval inbox: every call waiting for approval, across all runs, newest first (run,
/// tool, call, risk, how long it has waited). The selection stays on the call the user chose
/// when newer ones arrive above it, so a key press never lands on a call they did not look at;
/// until they pick one (arrows, click, setCurrentRow()), the newest is selected. Keyboard first: arrows move
/// (Down: the next older), Enter opens the approval dialog for the selected call (openRequested()),
/// Ctrl+Return approves it as it is, Delete denies it. It forwards answers to the model, which passes them to
/// the asking gate; it never answers anything by itself. The model is not owned.
class ApprovalInbox final : public QWidget
{
    Q_OBJECT
public:
    explicit ApprovalInbox(ApprovalInboxModel *model, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// The selected row, or -1.
    [[nodiscard]] int currentRow() const;
    void setCurrentRow(int row);

    void approveCurrent();
    void denyCurrent();
    void openCurrent();

Q_SIGNALS:
    /// The user wants to decide the call in `row` in the approval dialog.
    void openRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    ApprovalInboxModel *m_model;
    QTreeView *m_view;
    QLabel *m_emptyLabel;
    QPushButton *m_openButton;
    QPushButton *m_approveButton;
    QPushButton *m_denyButton;
    QTimer *m_ageTimer;
    bool m_followNewest = true; // until the user picks a row, the newest question is selected
};

} // namespace Workbench
