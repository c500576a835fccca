// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Workbench {

using namespace Qt::StringLiterals;

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    for (QAction *a : actions)
        m_actions.append(a);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Search actions or keys"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search shortcuts"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutsList"_s);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
    resize(520, 480);
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    rebuild();
    QDialog::showEvent(event);
    m_filter->setFocus(Qt::OtherFocusReason);
}

void ShortcutsDialog::rebuild()
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const QPointer<QAction> &action : std::as_const(m_actions)) {
        if (!action || action->shortcuts().isEmpty())
            continue;
        const QString group = action->property("group").toString();
        QTreeWidgetItem *parent = groups.value(group);
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {group.isEmpty() ? tr("General") : group});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFirstColumnSpanned(true);
            parent->setFlags(Qt::ItemIsEnabled);
            groups.insert(group, parent);
        }
        QStringList keys;
        for (const QKeySequence &seq : action->shortcuts())
            keys.append(seq.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(parent, {action->text().remove(u'&'), keys.join(tr(", "))});
        item->setToolTip(0, action->toolTip());
        // The portable form too, so "ctrl+f" finds Ctrl+F whatever the platform shows.
        const QString searchable =
            keys.join(u' ') + u' ' + action->shortcuts().first().toString(QKeySequence::PortableText);
        item->setData(1, Qt::UserRole, searchable);
    }
    m_tree->expandAll();
    setFilter(m_filter->text());
}

void ShortcutsDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = !needle.isEmpty() && group->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || groupMatches ||
                               item->text(0).contains(needle, Qt::CaseInsensitive) ||
                               item->text(1).contains(needle, Qt::CaseInsensitive) ||
                               item->data(1, Qt::UserRole).toString().contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

int ShortcutsDialog::visibleActionCount() const
{
    int count = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i)
            count += group->child(i)->isHidden() ? 0 : 1;
    }
    return count;
}

} // namespace Workbench
