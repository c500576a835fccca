// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "models/timelinemodel.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Workbench {

namespace {

constexpr int kGutter = 76; // lane names
constexpr int kAxis = 22;   // time labels
constexpr int kLane = 30;
constexpr int kBar = 20;
constexpr int kMargin = 14;
constexpr double kMinBar = 3.0; // a 1 ms call stays visible and clickable
constexpr double kMaxScale = 20.0;
constexpr double kOpenTail = 14.0; // the fade after an unfinished bar

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QColor barColor(const TimelineBar &b, const QPalette &p)
{
    const bool dark = isDark(p);
    switch (b.kind) {
    case TimelineBar::Kind::ModelTurn:
        return b.failed ? (dark ? QColor(0xe0, 0x6c, 0x75) : QColor(0xc0, 0x39, 0x2b))
                        : (dark ? QColor(0x5b, 0x9b, 0xd5) : QColor(0x2f, 0x6f, 0xb5));
    case TimelineBar::Kind::ToolCall:
        return b.failed ? (dark ? QColor(0xe0, 0x6c, 0x75) : QColor(0xc0, 0x39, 0x2b))
                        : (dark ? QColor(0x6a, 0xbf, 0x69) : QColor(0x2e, 0x8b, 0x3e));
    case TimelineBar::Kind::ApprovalWait:
        return dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0xd4, 0x9a, 0x1a);
    case TimelineBar::Kind::RetryWait:
        return dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0xc5, 0x6a, 0x1a);
    }
    return p.color(QPalette::Highlight);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// 1, 2, 5 × 10^n milliseconds: the step that puts labels about 110 px apart.
qint64 tickStep(double pxPerMs)
{
    const double wanted = 110.0 / qMax(pxPerMs, 1e-9);
    double base = std::pow(10.0, std::floor(std::log10(qMax(wanted, 1.0))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (base * m >= wanted)
            return qMax<qint64>(1, qint64(base * m));
    }
    return qint64(base * 10);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Timeline of the run"));
    setAccessibleDescription(
        tr("Claude's turns, tool calls and waits on a time axis. Wheel or plus and "
           "minus zoom, zero fits the run, left and right arrows step through the bars."));
    setToolTip({});
}

void TimelineView::setModel(TimelineModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_current = -1;
    if (m_model) {
        auto refresh = [this] { viewport()->update(); };
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_current = -1;
            viewport()->update();
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
        connect(m_model, &TimelineModel::spanChanged, this, &TimelineView::onSpanChanged);
        connect(m_model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            m_current = -1;
            viewport()->update();
        });
    }
    onSpanChanged();
}

void TimelineView::onSpanChanged()
{
    if (m_fit)
        fitToWidth();
    else
        updateScrollBar();
    viewport()->update();
}

void TimelineView::setCurrentRow(int row)
{
    if (!m_model || row < -1 || row >= m_model->rowCount())
        row = -1;
    if (row == m_current)
        return;
    m_current = row;
    if (row >= 0)
        ensureVisible(row);
    viewport()->update();
}

void TimelineView::setScale(double pxPerMs)
{
    pxPerMs = qBound(1e-6, pxPerMs, kMaxScale);
    m_pxPerMs = pxPerMs;
    updateScrollBar();
    viewport()->update();
}

void TimelineView::zoomBy(double factor, int anchorX)
{
    if (anchorX < kGutter)
        anchorX = kGutter + (viewport()->width() - kGutter) / 2;
    const double ms = (anchorX - kGutter + horizontalScrollBar()->value()) / m_pxPerMs;
    m_fit = false;
    setScale(m_pxPerMs * factor);
    horizontalScrollBar()->setValue(int(std::lround(ms * m_pxPerMs - (anchorX - kGutter))));
}

void TimelineView::fitToWidth()
{
    m_fit = true;
    const qint64 span = m_model ? qMax<qint64>(m_model->spanMs(), 1) : 1;
    const int width = qMax(50, viewport()->width() - kGutter - kMargin);
    setScale(double(width) / double(span));
    horizontalScrollBar()->setValue(0);
}

void TimelineView::updateScrollBar()
{
    const qint64 span = m_model ? m_model->spanMs() : 0;
    const int content = int(std::ceil(double(span) * m_pxPerMs)) + kGutter + kMargin;
    horizontalScrollBar()->setRange(0, qMax(0, content - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(20);
}

double TimelineView::xFor(qint64 ms) const
{
    return kGutter + double(ms) * m_pxPerMs - horizontalScrollBar()->value();
}

int TimelineView::laneTop(int lane) const
{
    return kAxis + lane * kLane;
}

QRectF TimelineView::barRect(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return {};
    const TimelineBar &b = m_model->bar(row);
    const double x = xFor(b.startMs);
    const double w = qMax(kMinBar, double(b.durationMs()) * m_pxPerMs);
    return QRectF(x, laneTop(b.lane()) + (kLane - kBar) / 2.0, w, kBar);
}

int TimelineView::barAt(const QPoint &pos) const
{
    if (!m_model || pos.x() < kGutter)
        return -1;
    // Later bars are drawn on top: look from the end. Allow a few pixels around thin bars.
    for (int row = m_model->rowCount() - 1; row >= 0; --row)
        if (barRect(row).adjusted(-2, 0, 2, 0).contains(pos))
            return row;
    return -1;
}

void TimelineView::ensureVisible(int row)
{
    const QRectF r = barRect(row);
    if (r.isNull())
        return;
    const int left = kGutter;
    const int right = viewport()->width() - kMargin;
    QScrollBar *bar = horizontalScrollBar();
    if (r.left() < left)
        bar->setValue(bar->value() - int(left - r.left()) - 20);
    else if (r.right() > right)
        bar->setValue(bar->value() + int(qMin(r.right() - right, r.left() - left)) + 20);
}

QSize TimelineView::sizeHint() const
{
    const int h = kAxis + TimelineBar::LaneCount * kLane + 6 + horizontalScrollBar()->sizeHint().height() +
                  2 * frameWidth();
    return {600, h};
}

QSize TimelineView::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const QPalette &pal = palette();
    const QRect area = viewport()->rect();
    p.fillRect(area, pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor faint = mix(pal.color(QPalette::Base), text, 0.18);
    const QColor faintText = mix(pal.color(QPalette::Base), text, 0.6);

    for (int lane = 0; lane < TimelineBar::LaneCount; ++lane)
        if (lane % 2 == 1)
            p.fillRect(QRect(0, laneTop(lane), area.width(), kLane), pal.color(QPalette::AlternateBase));

    // Time axis: ticks and labels, with guide lines through the lanes.
    const qint64 step = tickStep(m_pxPerMs);
    const qint64 span = m_model ? m_model->spanMs() : 0;
    const qint64 firstMs =
        qMax<qint64>(0, qint64((horizontalScrollBar()->value()) / m_pxPerMs) / step * step);
    p.setFont(font());
    for (qint64 ms = firstMs; ms <= span + step; ms += step) {
        const double x = xFor(ms);
        if (x > area.width())
            break;
        if (x < kGutter)
            continue;
        p.setPen(faint);
        p.drawLine(QPointF(x, kAxis - 4), QPointF(x, laneTop(TimelineBar::LaneCount)));
        p.setPen(faintText);
        p.drawText(QRectF(x + 3, 0, 120, kAxis - 2), Qt::AlignLeft | Qt::AlignVCenter,
                   RunInspection::formatDuration(ms));
    }

    if (m_model) {
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        p.setFont(small);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QRectF r = barRect(row);
            if (r.right() < kGutter || r.left() > area.width())
                continue;
            const TimelineBar &b = m_model->bar(row);
            const QColor fill = barColor(b, pal);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            p.drawRoundedRect(r, 3, 3);
            if (b.kind == TimelineBar::Kind::ModelTurn && b.firstTokenMs > b.startMs) {
                // Waiting for the first token: the same hue, lighter, so the two parts read as one turn.
                QRectF wait = r;
                wait.setRight(qMin(r.right(), xFor(b.firstTokenMs)));
                p.setBrush(mix(fill, pal.color(QPalette::Base), 0.55));
                p.drawRoundedRect(wait, 3, 3);
            }
            if (b.kind == TimelineBar::Kind::RetryWait) {
                p.setBrush(QBrush(mix(fill, text, 0.35), Qt::BDiagPattern));
                p.drawRoundedRect(r, 3, 3);
            }
            if (b.unfinished) {
                // Its end is unknown: hatched, and the right end fades out instead of closing.
                p.setBrush(QBrush(mix(fill, text, 0.5), Qt::FDiagPattern));
                p.drawRoundedRect(r, 3, 3);
                const QRectF tail(r.right(), r.top(), kOpenTail, r.height());
                QLinearGradient fade(tail.topLeft(), tail.topRight());
                QColor clear = fill;
                clear.setAlpha(0);
                fade.setColorAt(0, fill);
                fade.setColorAt(1, clear);
                p.fillRect(tail, fade);
            } else if (b.open) {
                p.setPen(QPen(text, 1, Qt::DashLine));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            }
            if (row == m_current) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 2.5));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4);
            }
            if (r.width() > 30) {
                const bool lightFill = fill.lightness() > 150;
                p.setPen(lightFill ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
                const QRectF textRect = r.adjusted(4, 0, -3, 0);
                p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                           p.fontMetrics().elidedText(b.label, Qt::ElideRight, int(textRect.width())));
            }
        }
        p.setFont(font());
    }

    // Lane names over a gutter that scrolled bars pass under.
    p.fillRect(QRect(0, 0, kGutter, area.height()), pal.color(QPalette::Window));
    p.setPen(faint);
    p.drawLine(kGutter - 1, 0, kGutter - 1, area.height());
    p.setPen(pal.color(QPalette::WindowText));
    for (int lane = 0; lane < TimelineBar::LaneCount; ++lane)
        p.drawText(QRect(6, laneTop(lane), kGutter - 10, kLane), Qt::AlignLeft | Qt::AlignVCenter,
                   TimelineModel::laneName(lane));
    if (!m_model || m_model->rowCount() == 0) {
        p.setPen(faintText);
        p.drawText(QRect(kGutter, kAxis, area.width() - kGutter, kLane * TimelineBar::LaneCount),
                   Qt::AlignCenter, tr("Nothing has happened yet."));
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(area.adjusted(0, 0, -1, -1));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fit)
        fitToWidth();
    else
        updateScrollBar();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if ((event->modifiers() & Qt::ShiftModifier) || qAbs(delta.x()) > qAbs(delta.y())) {
        const int d = qAbs(delta.x()) > qAbs(delta.y()) ? delta.x() : delta.y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d);
    } else if (delta.y() != 0) {
        zoomBy(std::pow(1.25, delta.y() / 120.0), int(event->position().x()));
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const int row = barAt(event->position().toPoint());
    if (row < 0 || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    setCurrentRow(row);
    Q_EMIT barActivated(row);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const int count = m_model ? m_model->rowCount() : 0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        return;
    case Qt::Key_0:
        fitToWidth();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (count > 0) {
            const int step = event->key() == Qt::Key_Right ? 1 : -1;
            const int row =
                m_current < 0 ? (step > 0 ? 0 : count - 1) : qBound(0, m_current + step, count - 1);
            setCurrentRow(row);
            Q_EMIT barActivated(row);
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = barAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_model->bar(row).toolTip, viewport(),
                               barRect(row).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Workbench
