// SPDX-License-Identifier: MIT
#include "accessibility.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace Workbench::Accessibility {

namespace {
// An invisible child that only carries announcements, so the source keeps its name.
class Announcer final : public QWidget
{
public:
    explicit Announcer(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("accessibleAnnouncer"));
        setFixedSize(0, 0);
        setFocusPolicy(Qt::NoFocus);
    }
};

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || w->inherits("QsciScintilla");
}

bool isPartOfComposite(const QWidget *w)
{
    for (const QObject *p = w->parent(); p; p = p->parent()) {
        // The clear button of a line edit is reached through the line edit itself.
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p) ||
            qobject_cast<const QLineEdit *>(p))
            return true;
        // Line edits of item-view editors and the like live inside the view.
        if (qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}
} // namespace

void announce(QWidget *source, const QString &message)
{
    if (!source || message.isEmpty())
        return;
    auto *announcer = source->findChild<Announcer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!announcer) {
        announcer = new Announcer(source);
        announcer->show();
    }
    announcer->setAccessibleName(message);
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent event(announcer, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

QList<QWidget *> unnamedInteractiveWidgets(QWidget *root)
{
    QList<QWidget *> out;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : all) {
        if (!isInteractive(w) || isPartOfComposite(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            out.append(w);
    }
    return out;
}

} // namespace Workbench::Accessibility
