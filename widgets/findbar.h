// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace Workbench {

/// A slim find bar (text, previous, next, match case, close) for one pane at a time: a text pane
/// (the output) or an item view (the conversation, whose rows are searched by their text).
/// Enter finds the next match, Shift+Enter the previous one, Esc closes the bar and gives the
/// focus back to the pane. The targets are not owned.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setTarget(QPlainTextEdit *text);
    void setTarget(QAbstractItemView *view);
    /// The pane searched now (null when there is none).
    [[nodiscard]] QWidget *target() const;
    /// Shows the bar with the focus in its text field (the text selected).
    void activate();
    /// Finds the next (or previous) match from the current position, wrapping around.
    bool findNext();
    bool findPrevious();

    /// Ctrl+F on a page: activates the bar on the pane the user is in, that is the first of
    /// `panes` that has the keyboard focus, else the first of them (the page's default pane).
    /// Pressed again from within the bar, it keeps the bar's pane. A pane is a QPlainTextEdit or a
    /// QAbstractItemView; with no pane to take, the bar keeps its own.
    void open(const QList<QWidget *> &panes);
    /// F3 / Shift+F3 on a page: the next (previous) match, or open(panes) while the bar is hidden
    /// or has no text.
    void findNextOrOpen(const QList<QWidget *> &panes);
    void findPreviousOrOpen(const QList<QWidget *> &panes);
    void setText(const QString &text);
    [[nodiscard]] QString text() const;
    void setCaseSensitive(bool on);

    /// Searches `view`'s model (DisplayRole, all rows of a flat or tree model) for `text` after
    /// (or before) its current index, wrapping around, and makes the match current.
    static bool findInItemView(QAbstractItemView *view, const QString &text, bool backward,
                               Qt::CaseSensitivity cs);

Q_SIGNALS:
    void closed();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(bool backward);
    void findOrOpen(const QList<QWidget *> &panes, bool backward);
    void setTargetWidget(QWidget *pane);
    void setNotFound(bool notFound);

    QLineEdit *m_edit = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QCheckBox *m_case = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_status = nullptr;
    QPointer<QPlainTextEdit> m_text;
    QPointer<QAbstractItemView> m_view;
};

} // namespace Workbench
