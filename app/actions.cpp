// SPDX-License-Identifier: MIT
#include "actions.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace Workbench {

using namespace Qt::StringLiterals;

ActionSet::ActionSet(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    const QString run = tr("Run");
    const QString navigate = tr("Navigate");
    const QString find = tr("Find");
    const QString app = tr("Application");

    add(Id::NewRun, u"newRunAction"_s, tr("&New Run"), run, QKeySequence::keyBindings(QKeySequence::New));
    add(Id::RunDemo, u"demoAction"_s, tr("Run the &Demo"), run,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    add(Id::OpenTranscript, u"openTranscriptAction"_s, tr("&Open Transcript…"), run,
        {QKeySequence(Qt::CTRL | Qt::Key_O)});
    add(Id::ClaudeCodeSessions, u"claudeCodeSessionsAction"_s, tr("Claude &Code Sessions…"), run,
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    // Esc stops too, as in Claude Code; the find bar and dialogs keep Esc for themselves.
    add(Id::Stop, u"stopAction"_s, tr("&Stop the Run"), run,
        {QKeySequence(Qt::CTRL | Qt::Key_Period), QKeySequence(Qt::Key_Escape)});
    add(Id::Settings, u"settingsAction"_s, tr("&Settings…"), app, {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    add(Id::Find, u"findAction"_s, tr("&Find in Conversation or Output…"), find,
        QKeySequence::keyBindings(QKeySequence::Find));
    add(Id::FindNext, u"findNextAction"_s, tr("Find &Next"), find,
        QKeySequence::keyBindings(QKeySequence::FindNext));
    add(Id::FindPrevious, u"findPreviousAction"_s, tr("Find &Previous"), find,
        QKeySequence::keyBindings(QKeySequence::FindPrevious));
    add(Id::NextToolCall, u"nextToolCallAction"_s, tr("Ne&xt Tool Call"), navigate,
        {QKeySequence(Qt::ALT | Qt::Key_Down)});
    add(Id::PreviousToolCall, u"previousToolCallAction"_s, tr("Pre&vious Tool Call"), navigate,
        {QKeySequence(Qt::ALT | Qt::Key_Up)});
    add(Id::FocusConversation, u"focusConversationAction"_s, tr("Go to the &Conversation"), navigate,
        {QKeySequence(Qt::CTRL | Qt::Key_1)});
    add(Id::FocusScript, u"focusScriptAction"_s, tr("Go to the &Script"), navigate,
        {QKeySequence(Qt::CTRL | Qt::Key_2)});
    add(Id::FocusOutput, u"focusOutputAction"_s, tr("Go to the &Output"), navigate,
        {QKeySequence(Qt::CTRL | Qt::Key_3)});
    add(Id::Shortcuts, u"shortcutsAction"_s, tr("&Keyboard Shortcuts"), app,
        {QKeySequence(Qt::CTRL | Qt::Key_Slash), QKeySequence(Qt::Key_F1)});
    // Ctrl+Q spelled out: some platform themes (offscreen, Windows-like schemes) bind no Quit key.
    add(Id::Quit, u"quitAction"_s, tr("&Quit"), app, {QKeySequence(Qt::CTRL | Qt::Key_Q)});

    action(Id::Stop)->setEnabled(false);
    action(Id::Quit)->setMenuRole(QAction::QuitRole);
    action(Id::Settings)->setMenuRole(QAction::PreferencesRole);
}

ActionSet::~ActionSet() = default;

QAction *ActionSet::add(Id id, const QString &objectName, const QString &text, const QString &group,
                        const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    QList<QKeySequence> keys;
    for (const QKeySequence &k : shortcuts) {
        if (!k.isEmpty()) // a standard key may be unbound on this platform
            keys.append(k);
    }
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setProperty("group", group);
    if (!keys.isEmpty())
        action->setToolTip(
            tr("%1 (%2)").arg(QString(text).remove(u'&'), keys.first().toString(QKeySequence::NativeText)));
    m_window->addAction(action);
    Q_ASSERT(m_actions.size() == int(id));
    Q_UNUSED(id)
    m_actions.append(action);
    return action;
}

QAction *ActionSet::action(Id id) const
{
    return m_actions.value(int(id));
}

} // namespace Workbench
