// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace Workbench {

/// The window's keyboard-reachable commands in one place, with their standard shortcuts, so the
/// menus, the shortcuts overview and the tests all read the same list. The set only creates and
/// names the actions (added to `window`, so their shortcuts work wherever the focus is in it);
/// the window connects what each one does. Actions are owned by the set.
class ActionSet final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionSet)
public:
    enum class Id
    {
        NewRun,
        RunDemo,
        OpenTranscript,
        ClaudeCodeSessions,
        Stop,
        Settings,
        Find,
        FindNext,
        FindPrevious,
        NextToolCall,
        PreviousToolCall,
        FocusConversation,
        FocusScript,
        FocusOutput,
        Shortcuts,
        Quit
    };
    Q_ENUM(Id)

    explicit ActionSet(QWidget *window);
    ~ActionSet() override;

    [[nodiscard]] QAction *action(Id id) const;
    /// Every action, in menu order.
    [[nodiscard]] QList<QAction *> actions() const { return m_actions; }

private:
    QAction *add(Id id, const QString &objectName, const QString &text, const QString &group,
                 const QList<QKeySequence> &shortcuts);

    QWidget *m_window;
    QList<QAction *> m_actions; // indexed by Id
};

} // namespace Workbench
