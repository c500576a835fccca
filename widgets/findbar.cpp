// SPDX-License-Identifier: MIT
#include "findbar.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>

namespace Workbench {

using namespace Qt::StringLiterals;

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"findBar"_s);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("Find"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Find text"));
    m_edit->installEventFilter(this);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(u"findPrevious"_s);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next = new QToolButton(this);
    m_next->setObjectName(u"findNext"_s);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_case->setObjectName(u"findCase"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"findStatus"_s);
    m_close = new QToolButton(this);
    m_close->setObjectName(u"findClose"_s);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_case);
    layout->addWidget(m_status);
    layout->addWidget(m_close);

    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    connect(m_edit, &QLineEdit::textChanged, this, [this] { setNotFound(false); });
    setVisible(false);
}

FindBar::~FindBar() = default;

void FindBar::setTarget(QPlainTextEdit *text)
{
    m_text = text;
    m_view = nullptr;
}

void FindBar::setTarget(QAbstractItemView *view)
{
    m_view = view;
    m_text = nullptr;
}

QWidget *FindBar::target() const
{
    if (m_text)
        return m_text;
    return m_view;
}

void FindBar::setTargetWidget(QWidget *pane)
{
    if (auto *text = qobject_cast<QPlainTextEdit *>(pane))
        setTarget(text);
    else if (auto *view = qobject_cast<QAbstractItemView *>(pane))
        setTarget(view);
}

void FindBar::open(const QList<QWidget *> &panes)
{
    // The window's focus widget, not the application's: the page may be in an inactive window.
    if (!isVisible() || !isAncestorOf(window()->focusWidget())) {
        QWidget *pane = panes.value(0);
        for (QWidget *candidate : panes) {
            if (candidate && candidate->hasFocus()) {
                pane = candidate;
                break;
            }
        }
        setTargetWidget(pane);
    }
    activate();
}

void FindBar::findNextOrOpen(const QList<QWidget *> &panes)
{
    findOrOpen(panes, false);
}

void FindBar::findPreviousOrOpen(const QList<QWidget *> &panes)
{
    findOrOpen(panes, true);
}

void FindBar::findOrOpen(const QList<QWidget *> &panes, bool backward)
{
    if (isHidden() || m_edit->text().isEmpty())
        open(panes);
    else
        find(backward);
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

void FindBar::setText(const QString &text)
{
    m_edit->setText(text);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setCaseSensitive(bool on)
{
    m_case->setChecked(on);
}

bool FindBar::find(bool backward)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty())
        return false;
    const Qt::CaseSensitivity cs = m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    bool found = false;
    if (m_text) {
        QTextDocument::FindFlags flags;
        if (backward)
            flags |= QTextDocument::FindBackward;
        if (cs == Qt::CaseSensitive)
            flags |= QTextDocument::FindCaseSensitively;
        found = m_text->find(needle, flags);
        if (!found) {
            // Wrap around: start again from the other end.
            QTextCursor cursor = m_text->textCursor();
            cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
            const QTextCursor saved = m_text->textCursor();
            m_text->setTextCursor(cursor);
            found = m_text->find(needle, flags);
            if (!found)
                m_text->setTextCursor(saved);
        }
    } else if (m_view) {
        found = findInItemView(m_view, needle, backward, cs);
    }
    setNotFound(!found);
    return found;
}

void FindBar::setNotFound(bool notFound)
{
    m_status->setText(notFound ? tr("Not found") : QString());
}

bool FindBar::findInItemView(QAbstractItemView *view, const QString &text, bool backward,
                             Qt::CaseSensitivity cs)
{
    QAbstractItemModel *model = view ? view->model() : nullptr;
    if (!model || text.isEmpty())
        return false;
    // Rows in display order, depth first.
    QModelIndexList rows;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex index = model->index(r, 0, parent);
            rows.append(index);
            collect(index);
        }
    };
    collect({});
    if (rows.isEmpty())
        return false;
    const qsizetype n = rows.size();
    const qsizetype current = rows.indexOf(view->currentIndex());
    for (qsizetype step = 1; step <= n; ++step) {
        const qsizetype start = current < 0 ? (backward ? n : -1) : current;
        const qsizetype i = ((start + (backward ? -step : step)) % n + n) % n;
        if (rows.at(i).data(Qt::DisplayRole).toString().contains(text, cs)) {
            view->setCurrentIndex(rows.at(i));
            view->scrollTo(rows.at(i));
            return true;
        }
    }
    return false;
}

bool FindBar::event(QEvent *event)
{
    // Esc belongs to the bar while it has the focus (it would otherwise stop the run).
    if (event->type() == QEvent::ShortcutOverride &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::ShortcutOverride &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                find(key->modifiers().testFlag(Qt::ShiftModifier));
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                hide();
                Q_EMIT closed();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Workbench
