// SPDX-License-Identifier: MIT
#pragma once

#include "models/conversationmodel.h"

#include <QPointer>
#include <QWidget>

class QListView;
class QModelIndex;

namespace Workbench {

class ConversationDelegate;
class ConversationListView;

/// The left pane: the conversation of a run as it streams — the user's task, Claude's text and
/// thinking, one compact card per tool call with its status, notices and errors. Rows grow as
/// text streams in; the view follows the newest item unless the user scrolled up.
class ConversationView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)
public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    /// The model to render. Not owned.
    void setModel(ConversationModel *model);
    [[nodiscard]] ConversationModel *model() const { return m_model; }

    /// Makes the tool call's card current and scrolls to it, without emitting toolCallSelected.
    void selectToolCall(const QString &toolCallId);

Q_SIGNALS:
    /// The user picked a tool call's card (mouse or keyboard); the other panes should show it.
    void toolCallSelected(const QString &toolCallId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void emitIfToolCall(const QModelIndex &index);
    void invalidateRows(int first, int last);
    void invalidateFrom(int first);
    void followTail();

    QPointer<ConversationModel> m_model;
    ConversationListView *m_list = nullptr;
    ConversationDelegate *m_delegate = nullptr; // owned by m_list
    bool m_followTail = true;
    bool m_selectingProgrammatically = false;
};

} // namespace Workbench
