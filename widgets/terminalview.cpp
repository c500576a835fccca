// SPDX-License-Identifier: MIT
#include "terminalview.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QNetworkRequest>
#include <QPainter>
#include <QUrlQuery>
#include <QWebSocket>

namespace Workbench {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The 16 ANSI colours for the theme in use: brighter on a dark background, deeper on a light
// one, so `ls --color` stays readable in both.
QColor ansiColor(int index, bool dark)
{
    static const QRgb onDark[16] = {0x3b4048, 0xe06c75, 0x98c379, 0xe5c07b, 0x61afef, 0xc678dd,
                                    0x56b6c2, 0xd0d4db, 0x7f848e, 0xff7b86, 0xb5e890, 0xffd68a,
                                    0x82c4ff, 0xe09cf0, 0x7fd8e3, 0xffffff};
    static const QRgb onLight[16] = {0x000000, 0xc4262e, 0x2a7f1e, 0x8a6d00, 0x1f5fbf, 0x9a2fa6,
                                     0x137a87, 0x8c8c8c, 0x5c5c5c, 0xe0353d, 0x38a026, 0xa88400,
                                     0x2f74e0, 0xb542c2, 0x1b95a5, 0x3a3a3a};
    return QColor::fromRgb((dark ? onDark : onLight)[index & 15]);
}

// xterm's 6 x 6 x 6 colour cube (16–231) and grey ramp (232–255).
QColor extendedColor(int index)
{
    if (index >= 232) {
        const int grey = 8 + 10 * (index - 232);
        return QColor(grey, grey, grey);
    }
    static const int levels[6] = {0, 95, 135, 175, 215, 255};
    const int i = index - 16;
    return QColor(levels[(i / 36) % 6], levels[(i / 6) % 6], levels[i % 6]);
}

} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QWidget(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Sandbox terminal"));
    updateGridSize(false);
}

TerminalView::~TerminalView()
{
    close();
}

bool TerminalView::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void TerminalView::open(const BridgeEndpoint &endpoint, const QString &sandboxId)
{
    close();
    m_ended = false;
    m_screen.reset();
    updateGridSize(false);
    QUrl url = endpoint.resolve(QStringLiteral("/v1/sandbox/%1/pty").arg(sandboxId));
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cols"), QString::number(m_cols));
    q.addQueryItem(QStringLiteral("rows"), QString::number(m_rows));
    url.setQuery(q);
    QNetworkRequest req(url);
    if (!endpoint.apiKey.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + endpoint.apiKey.toUtf8());
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        m_screen.feed(data);
        // A program that asked where the cursor is waits for the answer as input.
        if (const QByteArray replies = m_screen.takeReplies(); !replies.isEmpty())
            send(replies);
        update();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("ready")) {
            Q_EMIT ready();
        } else if (type == QLatin1String("exit")) {
            m_ended = true;
            Q_EMIT ended(tr("The shell exited (status %1).").arg(o.value(QLatin1String("code")).toInt()));
        } else if (type == QLatin1String("error")) {
            Q_EMIT ended(
                tr("The terminal reported an error: %1").arg(o.value(QLatin1String("message")).toString()));
        }
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (!m_ended) {
            m_ended = true;
            Q_EMIT ended(tr("The terminal connection closed."));
        }
    });
    m_socket->open(req);
}

void TerminalView::close()
{
    if (!m_socket)
        return;
    QWebSocket *s = std::exchange(m_socket, nullptr);
    m_ended = true;
    s->disconnect(this);
    s->close();
    s->deleteLater();
}

void TerminalView::send(const QByteArray &bytes)
{
    if (isConnected())
        m_socket->sendBinaryMessage(bytes);
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        send("\r");
        return;
    case Qt::Key_Backspace:
        send("\x7f");
        return;
    case Qt::Key_Tab:
        send("\t");
        return;
    case Qt::Key_Up:
        send("\x1b[A");
        return;
    case Qt::Key_Down:
        send("\x1b[B");
        return;
    case Qt::Key_Right:
        send("\x1b[C");
        return;
    case Qt::Key_Left:
        send("\x1b[D");
        return;
    case Qt::Key_Escape:
        send("\x1b");
        return;
    case Qt::Key_Home:
        send("\x1b[H");
        return;
    case Qt::Key_End:
        send("\x1b[F");
        return;
    case Qt::Key_Delete:
        send("\x1b[3~");
        return;
    case Qt::Key_PageUp:
        send("\x1b[5~");
        return;
    case Qt::Key_PageDown:
        send("\x1b[6~");
        return;
    default:
        break;
    }
    if (!event->text().isEmpty())
        send(event->text().toUtf8()); // Ctrl+C arrives as "\x03"
    else
        QWidget::keyPressEvent(event);
}

bool TerminalView::focusNextPrevChild(bool)
{
    return false; // Tab belongs to the shell
}

void TerminalView::updateGridSize(bool notify)
{
    const QFontMetrics fm(font());
    const int cols = qMax(10, width() / qMax(1, fm.horizontalAdvance(QLatin1Char('M'))));
    const int rows = qMax(3, height() / qMax(1, fm.height()));
    if (cols == m_cols && rows == m_rows)
        return;
    m_cols = cols;
    m_rows = rows;
    m_screen.resize(m_cols, m_rows);
    if (notify && isConnected()) {
        const QJsonObject msg{{QStringLiteral("type"), QStringLiteral("resize")},
                              {QStringLiteral("cols"), m_cols},
                              {QStringLiteral("rows"), m_rows}};
        m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(msg).toJson(QJsonDocument::Compact)));
    }
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGridSize(true);
}

QColor TerminalView::colorFor(const TerminalScreen::Color &color, bool foreground) const
{
    switch (color.kind) {
    case TerminalScreen::Color::Kind::Default:
        return palette().color(foreground ? QPalette::Text : QPalette::Base);
    case TerminalScreen::Color::Kind::Palette:
        return color.index < 16 ? ansiColor(color.index, isDark(palette())) : extendedColor(color.index);
    case TerminalScreen::Color::Kind::Rgb:
        return QColor::fromRgb(QRgb(0xff000000u | color.rgb));
    }
    return {};
}

void TerminalView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor background = palette().color(QPalette::Base);
    const QColor foreground = palette().color(QPalette::Text);
    p.fillRect(rect(), background);
    const QFontMetrics fm(font());
    const int cw = fm.horizontalAdvance(QLatin1Char('M'));
    const int ch = fm.height();
    const auto &lines = m_screen.screen();
    QFont plain = font();
    for (int row = 0; row < lines.size(); ++row) {
        const int y = row * ch;
        const auto &line = lines.at(row);
        for (int c = 0; c < line.size(); ++c) {
            const TerminalScreen::Cell &cell = line.at(c);
            const TerminalScreen::Attributes &a = cell.attr;
            // Bold with one of the 8 basic colours shows its bright twin, as terminals do.
            TerminalScreen::Color fgColor = a.fg;
            if (a.bold && fgColor.kind == TerminalScreen::Color::Kind::Palette && fgColor.index < 8)
                fgColor.index += 8;
            QColor fg = colorFor(fgColor, true);
            QColor bg = colorFor(a.bg, false);
            if (a.inverse)
                std::swap(fg, bg);
            const QRect box(c * cw, y, cw, ch);
            if (bg != background)
                p.fillRect(box, bg);
            if (cell.ch == U' ')
                continue;
            QFont f = plain;
            f.setBold(a.bold);
            f.setItalic(a.italic);
            f.setUnderline(a.underline);
            p.setFont(f);
            p.setPen(fg);
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, QString::fromUcs4(&cell.ch, 1));
        }
    }
    if (hasFocus() && m_screen.cursorVisible())
        p.fillRect(QRect(m_screen.cursorColumn() * cw, m_screen.cursorRow() * ch, cw, ch),
                   QColor(foreground.red(), foreground.green(), foreground.blue(), 120));
}

} // namespace Workbench
