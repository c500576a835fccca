// SPDX-License-Identifier: MIT
#include "conversationview.h"

#include "models/toolcallmodel.h"
#include "scriptview.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMetaMethod>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace Workbench {

namespace {

using Kind = ConversationModel::Kind;

constexpr int kOuterH = 8;  // gap between the list edge and a bubble
constexpr int kOuterV = 3;  // half the gap between bubbles
constexpr int kPadding = 8; // inside a bubble
constexpr int kAccent = 3;  // width of the coloured bar on a bubble's left edge
constexpr int kLabelGap = 2;
constexpr int kPillPadding = 6;

Kind kindOf(const QModelIndex &index)
{
    return Kind(index.data(ConversationModel::KindRole).toInt());
}

QString labelFor(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return ConversationView::tr("You");
    case Kind::AssistantText:
        return ConversationView::tr("Claude");
    case Kind::Thinking:
        return ConversationView::tr("Thinking");
    case Kind::ToolCall:
        return ConversationView::tr("Tool call");
    case Kind::Notice:
        return {};
    case Kind::Error:
        return ConversationView::tr("Error");
    }
    return {};
}

bool isCollapsed(const QModelIndex &index)
{
    return index.data(ConversationModel::CollapsedRole).toBool();
}

// Thinking says whether it is folded, and how much there is to unfold.
QString labelForIndex(const QModelIndex &index)
{
    const Kind kind = kindOf(index);
    if (kind != Kind::Thinking)
        return labelFor(kind);
    if (!isCollapsed(index))
        return ConversationView::tr("▾ Thinking (click to fold)");
    const int words = int(index.data(ConversationModel::TextRole)
                              .toString()
                              .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                              .size());
    return ConversationView::tr("▸ Thinking, %n word(s) (click to show)", nullptr, words);
}

// The newest line of folded thinking, so a streaming thought still shows it is moving.
QString collapsedLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

// "in 1,200 · out 310 · cache read 9,000 · cache write 1,024 · $0.0123" for a turn's footer.
QString usageLine(const QJsonObject &usage)
{
    const QLocale locale;
    auto n = [&](const char *key) { return locale.toString(usage.value(QLatin1String(key)).toInteger()); };
    QString line = ConversationView::tr("in %1 · out %2 · cache read %3 · cache write %4")
                       .arg(n("input_tokens"), n("output_tokens"), n("cache_read_input_tokens"),
                            n("cache_creation_input_tokens"));
    if (usage.contains(QLatin1String("cost_usd")))
        line = ConversationView::tr("%1 · $%2")
                   .arg(line)
                   .arg(locale.toString(usage.value(QLatin1String("cost_usd")).toDouble(), 'f', 4));
    return line;
}

// The conversation model carries a tool call's status in words, as ToolCallModel names them.
QColor statusColor(const QString &status, const QPalette &palette)
{
    using Status = ToolCallModel::Status;
    if (status == ToolCallModel::statusText(Status::Running))
        return Theme::tone(212, palette);
    if (status == ToolCallModel::statusText(Status::Succeeded))
        return Theme::tone(135, palette);
    if (status == ToolCallModel::statusText(Status::Failed))
        return Theme::errorColor(palette);
    if (status == ToolCallModel::statusText(Status::Denied))
        return Theme::tone(22, palette);
    if (status == ToolCallModel::statusText(Status::AwaitingApproval))
        return Theme::tone(42, palette);
    return Theme::mutedText(palette);
}

QFont bodyFont(Kind kind, const QFont &base)
{
    QFont font = base;
    if (kind == Kind::Thinking || kind == Kind::Notice)
        font.setItalic(true);
    if (kind == Kind::Notice)
        font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

QFont labelFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

// Lays `text` out to `width` starting at y = 0 and returns its height.
int layoutText(QTextLayout &layout, const QString &text, const QFont &font, int width)
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(shown);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1, width));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return std::max(int(std::ceil(y)), QFontMetrics(font).height());
}

/// An item's text: plain text through QTextLayout, or Claude's answers rendered as Markdown
/// (code spans and blocks, lists, emphasis) through a QTextDocument.
struct Body
{
    QTextLayout layout;
    std::unique_ptr<QTextDocument> markdown;

    int lay(Kind kind, const QString &text, const QFont &font, int width)
    {
        if (kind != Kind::AssistantText)
            return layoutText(layout, text, font, width);
        markdown = std::make_unique<QTextDocument>();
        markdown->setDefaultFont(font);
        markdown->setDocumentMargin(0);
        markdown->setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
        // Code blocks come in as non-breaking lines; in a narrow pane they must wrap, not clip.
        for (QTextBlock block = markdown->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().nonBreakableLines()) {
                QTextBlockFormat format = block.blockFormat();
                format.setNonBreakableLines(false);
                QTextCursor(block).setBlockFormat(format);
            }
        }
        markdown->setTextWidth(std::max(1, width));
        return std::max(int(std::ceil(markdown->size().height())), QFontMetrics(font).height());
    }

    void draw(QPainter *painter, const QPoint &origin, const QColor &color) const
    {
        if (!markdown) {
            layout.draw(painter, origin);
            return;
        }
        painter->save();
        painter->translate(origin);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, color);
        markdown->documentLayout()->draw(painter, context);
        painter->restore();
    }
};

struct Geometry
{
    QRect bubble;     // relative to the item's top-left
    QRect labelRect;  // empty for notices
    QRect pillRect;   // empty unless a tool call with a status
    QRect footerRect; // empty unless the item ends a turn with usage
    QPoint bodyOrigin;
    int bodyWidth = 0;
    int height = 0;
};

Geometry geometryFor(const QModelIndex &index, const QFont &font, int width, Body &body)
{
    const Kind kind = kindOf(index);
    const bool notice = kind == Kind::Notice;
    const int padding = notice ? kPadding / 2 : kPadding;
    Geometry g;
    const int bubbleWidth = std::max(1, width - 2 * kOuterH);
    const int contentX = kOuterH + (notice ? 0 : kAccent) + padding;
    g.bodyWidth = std::max(1, bubbleWidth - (notice ? 0 : kAccent) - 2 * padding);
    int y = kOuterV + padding;

    const QString label = labelForIndex(index);
    if (!label.isEmpty()) {
        const QFontMetrics fm(labelFont(font));
        const int lineHeight = fm.height() + 2;
        if (kind == Kind::ToolCall) {
            const QString status = index.data(ConversationModel::StatusRole).toString();
            if (!status.isEmpty()) {
                const int pillWidth = fm.horizontalAdvance(status) + 2 * kPillPadding;
                g.pillRect = QRect(contentX + g.bodyWidth - pillWidth, y, pillWidth, lineHeight);
            }
        }
        g.labelRect =
            QRect(contentX, y, g.bodyWidth - (g.pillRect.isNull() ? 0 : g.pillRect.width() + 6), lineHeight);
        y += lineHeight + kLabelGap;
    }
    g.bodyOrigin = QPoint(contentX, y);
    QString text = index.data(ConversationModel::TextRole).toString();
    if (kind == Kind::Thinking && isCollapsed(index))
        text =
            QFontMetrics(bodyFont(kind, font)).elidedText(collapsedLine(text), Qt::ElideRight, g.bodyWidth);
    y += body.lay(kind, text, bodyFont(kind, font), g.bodyWidth);
    if (!index.data(ConversationModel::TurnUsageRole).toJsonObject().isEmpty()) {
        const int lineHeight = QFontMetrics(labelFont(font)).height();
        y += kLabelGap;
        g.footerRect = QRect(contentX, y, g.bodyWidth, lineHeight);
        y += lineHeight;
    }
    y += padding;
    g.bubble = QRect(kOuterH, kOuterV, bubbleWidth, y - kOuterV);
    g.height = y + kOuterV;
    return g;
}

} // namespace

/// Paints conversation items as wrapped, kind-styled bubbles. Row heights come from the text
/// layout for the current viewport width and are cached per row until the row or width changes.
class ConversationDelegate final : public QStyledItemDelegate
{
public:
    explicit ConversationDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = availableWidth();
        const int row = index.row();
        if (row < m_heights.size() && m_heights.at(row).width == width)
            return {width, m_heights.at(row).height};
        Body body;
        const Geometry g = geometryFor(index, option.font, width, body);
        if (row >= m_heights.size())
            m_heights.resize(row + 1);
        m_heights[row] = Cached{width, g.height};
        return {width, g.height};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QPalette &pal = option.palette;
        const QColor base = pal.color(QPalette::Active, QPalette::Base);
        const QColor text = pal.color(QPalette::Active, QPalette::Text);
        const QColor highlight = pal.color(QPalette::Active, QPalette::Highlight);
        const Kind kind = kindOf(index);

        Body body;
        Geometry g = geometryFor(index, option.font, option.rect.width(), body);
        const QPoint origin = option.rect.topLeft();
        g.bubble.translate(origin);
        g.labelRect.translate(origin);
        g.pillRect.translate(origin);
        g.footerRect.translate(origin);
        g.bodyOrigin += origin;

        QColor fill = Qt::transparent;
        QColor border = Qt::transparent;
        QColor accent = Qt::transparent;
        QColor bodyColor = text;
        QColor labelColor = Theme::mutedText(pal);
        switch (kind) {
        case Kind::User:
            fill = Theme::mix(base, highlight, 0.12);
            accent = Theme::readableOn(highlight, base, 3.0);
            labelColor = Theme::readableOn(highlight, fill);
            break;
        case Kind::AssistantText:
            accent = Theme::mix(base, text, 0.25);
            labelColor = text;
            break;
        case Kind::Thinking:
            accent = Theme::mix(base, text, 0.15);
            bodyColor = Theme::mutedText(pal);
            break;
        case Kind::ToolCall: {
            const QColor status = statusColor(index.data(ConversationModel::StatusRole).toString(), pal);
            fill = Theme::mix(base, text, 0.04);
            border = Theme::mix(base, text, 0.18);
            accent = status;
            break;
        }
        case Kind::Notice:
            bodyColor = Theme::mutedText(pal);
            break;
        case Kind::Error: {
            const QColor error = Theme::errorColor(pal);
            fill = Theme::mix(base, error, 0.10);
            accent = error;
            bodyColor = Theme::readableOn(error, fill);
            labelColor = bodyColor;
            break;
        }
        }
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        if (selected) {
            fill = Theme::mix(fill.alpha() ? fill : base, highlight, 0.22);
            border = highlight;
        }

        painter->save();
        painter->setClipRect(option.rect);
        painter->setRenderHint(QPainter::Antialiasing, true);
        QPainterPath bubblePath;
        bubblePath.addRoundedRect(QRectF(g.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        if (fill.alpha())
            painter->fillPath(bubblePath, fill);
        if (border.alpha()) {
            painter->setPen(QPen(border, selected ? 2 : 1));
            painter->drawPath(bubblePath);
        }
        if (accent.alpha() && kind != Kind::Notice) {
            painter->setClipPath(bubblePath, Qt::IntersectClip);
            painter->fillRect(QRect(g.bubble.left(), g.bubble.top(), kAccent, g.bubble.height()), accent);
            painter->setClipRect(option.rect);
        }

        if (!g.labelRect.isNull()) {
            const QFont font = labelFont(option.font);
            painter->setFont(font);
            painter->setPen(labelColor);
            const QString label =
                QFontMetrics(font).elidedText(labelForIndex(index), Qt::ElideRight, g.labelRect.width());
            painter->drawText(g.labelRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, label);
        }
        if (!g.pillRect.isNull()) {
            const QString status = index.data(ConversationModel::StatusRole).toString();
            const QColor color = statusColor(status, pal);
            const QColor pillFill = Theme::mix(fill.alpha() ? fill : base, color, 0.16);
            QPainterPath pill;
            pill.addRoundedRect(QRectF(g.pillRect).adjusted(0.5, 0.5, -0.5, -0.5), g.pillRect.height() / 2.0,
                                g.pillRect.height() / 2.0);
            painter->fillPath(pill, pillFill);
            painter->setPen(QPen(color, 1));
            painter->drawPath(pill);
            painter->setFont(labelFont(option.font));
            painter->setPen(Theme::readableOn(color, pillFill));
            painter->drawText(g.pillRect, Qt::AlignCenter | Qt::TextSingleLine, status);
        }

        painter->setPen(bodyColor);
        body.draw(painter, g.bodyOrigin, bodyColor);
        if (!g.footerRect.isNull()) {
            QFont font = labelFont(option.font);
            font.setBold(false);
            painter->setFont(font);
            painter->setPen(Theme::mutedText(pal));
            const QString line = usageLine(index.data(ConversationModel::TurnUsageRole).toJsonObject());
            painter->drawText(g.footerRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                              QFontMetrics(font).elidedText(line, Qt::ElideRight, g.footerRect.width()));
        }
        painter->restore();
    }

    void invalidateRows(int first, int last)
    {
        for (int row = std::max(0, first); row <= last && row < m_heights.size(); ++row)
            m_heights[row].width = -1;
    }

    void invalidateFrom(int first) { m_heights.resize(std::clamp<qsizetype>(first, 0, m_heights.size())); }

private:
    int availableWidth() const { return std::max(1, m_view->viewport()->width()); }

    struct Cached
    {
        int width = -1;
        int height = 0;
    };
    QListView *m_view; // the view that owns this delegate
    mutable QList<Cached> m_heights;
};

/// The list inside ConversationView: relayouts when its width changes (rows wrap to it) and
/// reports a press or Enter on the item that is already current.
class ConversationListView final : public QListView
{
public:
    explicit ConversationListView(QWidget *parent)
        : QListView(parent)
    {}

    std::function<void(const QModelIndex &)> onCurrentTriggered;
    std::function<void(const QModelIndex &)> onPressed;

    void relayout() { scheduleDelayedItemsLayout(); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QListView::resizeEvent(event);
        if (event->oldSize().width() != event->size().width())
            scheduleDelayedItemsLayout();
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        const QModelIndex before = currentIndex();
        QListView::mousePressEvent(event);
        const QModelIndex pressed = indexAt(event->position().toPoint());
        if (pressed.isValid() && onPressed)
            onPressed(pressed);
        if (pressed.isValid() && pressed == before && currentIndex() == before && onCurrentTriggered)
            onCurrentTriggered(pressed);
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid() &&
            onCurrentTriggered)
            onCurrentTriggered(currentIndex());
        QListView::keyPressEvent(event);
    }
};

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("conversationView"));

    m_list = new ConversationListView(this);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversation"));
    m_list->setAccessibleDescription(tr(
        "The task, Claude's replies and its tool calls; select a tool call to show its script and output"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always on: a scroll bar that comes and goes would change the width the rows wrap to.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setUniformItemSizes(false);
    m_list->verticalScrollBar()->setSingleStep(12);

    m_delegate = new ConversationDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->onCurrentTriggered = [this](const QModelIndex &index) { emitIfToolCall(index); };
    m_list->onPressed = [this](const QModelIndex &index) {
        if (m_model && kindOf(index) == Kind::Thinking)
            m_model->setCollapsed(index.row(), !isCollapsed(index));
    };

    auto *copy = new QAction(tr("&Copy"), m_list);
    copy->setObjectName(QStringLiteral("copyConversationItemAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid())
            QApplication::clipboard()->setText(current.data(ConversationModel::TextRole).toString());
    });
    m_list->addAction(copy);
    // Branch actions act on the tool call under the cursor (a right click makes it current).
    const auto onCurrentCall = [this](const char *name, const QString &text, auto signal) {
        auto *action = new QAction(text, m_list);
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, [this, signal] {
            const QModelIndex current = m_list->currentIndex();
            if (current.isValid() && kindOf(current) == Kind::ToolCall)
                Q_EMIT(this->*signal)(current.data(ConversationModel::ToolCallIdRole).toString());
        });
        m_list->addAction(action);
        return action;
    };
    QAction *fork =
        onCurrentCall("forkFromHereAction", tr("&Fork from Here…"), &ConversationView::forkRequested);
    QAction *rewind = onCurrentCall("rewindToHereAction", tr("&Rewind Workspace to Before This Call…"),
                                    &ConversationView::rewindRequested);
    fork->setEnabled(false);
    rewind->setEnabled(false);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_branchActions = {fork, rewind};

    QScrollBar *bar = m_list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value >= bar->maximum() - 2; });
    connect(bar, &QScrollBar::rangeChanged, this, [this] { followTail(); });

    // Below the list: what the user can do with a run that stopped part-way, and a status line
    // (context meter, rate limits). Hidden until a run gives them something to show.
    m_actionBar = new QWidget(this);
    m_actionBar->setObjectName(QStringLiteral("conversationActions"));
    auto *actions = new QHBoxLayout(m_actionBar);
    actions->setContentsMargins(kOuterH, 2, kOuterH, 2);
    m_continueButton = new QPushButton(tr("&Continue"), m_actionBar);
    m_continueButton->setObjectName(QStringLiteral("continueRunButton"));
    m_continueButton->setToolTip(tr("Let Claude go on from where the answer stopped"));
    m_retryButton = new QPushButton(tr("&Retry this turn"), m_actionBar);
    m_retryButton->setObjectName(QStringLiteral("retryTurnButton"));
    m_retryButton->setToolTip(
        tr("Send the failed request again; what arrived before the failure stays shown"));
    m_resumeButton = new QPushButton(tr("Res&ume"), m_actionBar);
    m_resumeButton->setObjectName(QStringLiteral("resumeRunButton"));
    m_resumeButton->setToolTip(tr("Go on with this run from its transcript, from the last complete turn"));
    actions->addWidget(m_continueButton);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_resumeButton);
    actions->addStretch(1);
    m_actionBar->hide();
    connect(m_continueButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->continueRun();
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_run)
            m_run->retryTurn();
    });
    connect(m_resumeButton, &QPushButton::clicked, this, &ConversationView::resumeRequested);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("runStatusLine"));
    m_statusLine->setContentsMargins(kOuterH, 1, kOuterH, 3);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine->setWordWrap(true);
    m_statusLine->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_actionBar);
    layout->addWidget(m_statusLine);
    setFocusProxy(m_list);
}

void ConversationView::attachRun(AgentRun *run)
{
    if (m_run)
        m_run->disconnect(this);
    m_run = run;
    setModel(run ? run->conversation() : nullptr);
    if (run) {
        connect(run, &AgentRun::availableActionsChanged, this, [this] { updateActions(); });
        connect(run, &AgentRun::stateChanged, this, [this] { updateActions(); });
        connect(run, &AgentRun::rateLimitsChanged, this, [this] { updateStatusLine(); });
        connect(run, &AgentRun::contextUsageChanged, this, [this] { updateStatusLine(); });
        connect(run, &AgentRun::destroyed, this, [this] {
            m_run = nullptr;
            updateActions();
            updateStatusLine();
        });
    }
    updateActions();
    updateStatusLine();
}

void ConversationView::updateActions()
{
    const AgentRun::Actions actions = m_run ? m_run->availableActions() : AgentRun::Actions{};
    m_continueButton->setVisible(actions.testFlag(AgentRun::Action::Continue));
    m_retryButton->setVisible(actions.testFlag(AgentRun::Action::RetryTurn));
    // A run stopped part-way with nothing else to offer can be resumed from its transcript.
    static const QStringList resumable{QStringLiteral("cancelled"), QStringLiteral("max_turns"),
                                       QStringLiteral("error")};
    const bool resume = m_run && m_run->state() == AgentRun::State::Finished &&
                        actions == AgentRun::Actions{} && resumable.contains(m_run->stopReason()) &&
                        isSignalConnected(QMetaMethod::fromSignal(&ConversationView::resumeRequested));
    m_resumeButton->setVisible(resume);
    m_actionBar->setVisible(actions != AgentRun::Actions{} || resume);
}

QString ConversationView::statusText() const
{
    if (!m_run)
        return {};
    const QLocale locale;
    QStringList parts;
    const qint64 used = m_run->contextTokens();
    const qint64 window = m_run->contextWindow();
    if (used >= 0 && window > 0)
        parts << tr("Context: %1 of %2 tokens (%3%)")
                     .arg(locale.toString(used), locale.toString(window))
                     .arg(qRound(100.0 * double(used) / double(window)));
    const RateLimits &limits = m_run->rateLimits();
    auto bucket = [&](const RateLimits::Bucket &b, const QString &what) {
        if (b.remaining < 0)
            return;
        QString text =
            b.limit >= 0
                ? tr("%1 left: %2 of %3").arg(what, locale.toString(b.remaining), locale.toString(b.limit))
                : tr("%1 left: %2").arg(what, locale.toString(b.remaining));
        if (b.reset.isValid())
            text = tr("%1, resets %2")
                       .arg(text, locale.toString(b.reset.toLocalTime().time(), QLocale::ShortFormat));
        parts << text;
    };
    bucket(limits.requests, tr("Requests"));
    bucket(limits.inputTokens, tr("Input tokens"));
    bucket(limits.outputTokens, tr("Output tokens"));
    if (limits.inputTokens.remaining < 0)
        bucket(limits.tokens, tr("Tokens"));
    return parts.join(QStringLiteral(" · "));
}

void ConversationView::updateStatusLine()
{
    const QString text = statusText();
    m_statusLine->setText(text);
    m_statusLine->setVisible(!text.isEmpty());
}

ConversationView::~ConversationView() = default;

void ConversationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        invalidateFrom(0);
}

void ConversationView::setModel(ConversationModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_delegate->invalidateFrom(0);
    m_model = model;
    m_list->setModel(model);
    m_followTail = true;
    if (!model)
        return;

    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                invalidateRows(topLeft.row(), bottomRight.row());
            });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first) { invalidateFrom(first); });
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first) { invalidateFrom(first); });
    connect(model, &QAbstractItemModel::rowsMoved, this, [this] { invalidateFrom(0); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        invalidateFrom(0);
        m_followTail = true;
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { invalidateFrom(0); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    followTail();
}

void ConversationView::selectToolCall(const QString &toolCallId)
{
    if (!m_model)
        return;
    const int row = m_model->rowForToolCall(toolCallId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_selectingProgrammatically = true;
    m_list->setCurrentIndex(index);
    m_selectingProgrammatically = false;
    m_list->scrollTo(index);
}

void ConversationView::onCurrentChanged(const QModelIndex &current)
{
    for (QAction *a : std::as_const(m_branchActions))
        a->setEnabled(current.isValid() && kindOf(current) == Kind::ToolCall);
    if (!m_selectingProgrammatically)
        emitIfToolCall(current);
}

void ConversationView::emitIfToolCall(const QModelIndex &index)
{
    if (!index.isValid() || kindOf(index) != Kind::ToolCall)
        return;
    const QString id = index.data(ConversationModel::ToolCallIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT toolCallSelected(id);
}

void ConversationView::invalidateRows(int first, int last)
{
    m_delegate->invalidateRows(first, last);
    m_list->relayout();
}

void ConversationView::invalidateFrom(int first)
{
    m_delegate->invalidateFrom(first);
    m_list->relayout();
}

void ConversationView::followTail()
{
    if (!m_followTail)
        return;
    QScrollBar *bar = m_list->verticalScrollBar();
    bar->setValue(bar->maximum());
}

} // namespace Workbench
