// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace Workbench {

/// The keyboard shortcuts overview: every action given to it with its shortcuts, grouped by
/// the action's "group" property, and a filter box matching names and keys. It reads the
/// actions when shown, so it always lists the shortcuts in force; the actions are not owned.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    void setFilter(const QString &text);
    /// Rows shown (actions, not group headers), for tests and the accessible summary.
    [[nodiscard]] int visibleActionCount() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();

    QList<QPointer<QAction>> m_actions;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Workbench
