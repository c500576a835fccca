// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractScrollArea>

namespace Workbench {

class TimelineModel;

/// The run as a picture: one lane for Claude's turns (the wait for the first token drawn
/// lighter), one for tool executions, one for approval and retry waits, on a time axis.
/// A bar still going has a dashed outline (and grows while the model ticks); an unfinished one
/// (its transcript ends before it did) is hatched and fades out on the right, open-ended.
/// The wheel zooms around the pointer (Shift+wheel scrolls), + / - zoom, 0 fits the run,
/// Left / Right step through the bars. Clicking a bar selects it and emits barActivated().
/// Colours come from the palette, so it follows the light and dark themes.
///
/// The model is borrowed; it must outlive the view or be replaced first.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(TimelineModel *model);
    [[nodiscard]] TimelineModel *model() const { return m_model; }

    /// Selected bar row, or -1.
    [[nodiscard]] int currentRow() const { return m_current; }
    /// Selects (and scrolls to) a bar without emitting barActivated().
    void setCurrentRow(int row);

    /// Pixels per millisecond; fitToWidth() chooses it so the whole run shows.
    [[nodiscard]] double scale() const { return m_pxPerMs; }
    void setScale(double pxPerMs);
    void zoomBy(double factor, int anchorX = -1);
    void fitToWidth();

    /// Where a bar is drawn, in viewport coordinates (scrolling included).
    [[nodiscard]] QRectF barRect(int row) const;
    /// The bar under a viewport point, or -1.
    [[nodiscard]] int barAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user clicked (or stepped to) a bar.
    void barActivated(int row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void updateScrollBar();
    void onSpanChanged();
    [[nodiscard]] double xFor(qint64 ms) const;
    [[nodiscard]] int laneTop(int lane) const;
    void ensureVisible(int row);

    TimelineModel *m_model = nullptr; // borrowed; cleared when it is destroyed
    double m_pxPerMs = 0.1;
    bool m_fit = true; ///< keep the whole run in view as it grows, until the user zooms
    int m_current = -1;
};

} // namespace Workbench
