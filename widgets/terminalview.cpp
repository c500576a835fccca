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

QColor ansiColor(int index, bool bright)
{
    static const QColor normal[8] = {QColor(0, 0, 0),      QColor(205, 49, 49),  QColor(13, 188, 121),
                                     QColor(229, 229, 16), QColor(36, 114, 200), QColor(188, 63, 188),
                                     QColor(17, 168, 205), QColor(229, 229, 229)};
    static const QColor light[8] = {QColor(102, 102, 102), QColor(241, 76, 76),  QColor(35, 209, 139),
                                    QColor(245, 245, 67),  QColor(59, 142, 234), QColor(214, 112, 214),
                                    QColor(41, 184, 219),  QColor(255, 255, 255)};
    return bright ? light[index & 7] : normal[index & 7];
}

} // namespace

VtScreen::VtScreen(int maxLines)
    : m_maxLines(qMax(1, maxLines))
{}

void VtScreen::clear()
{
    m_lines = {QList<Cell>{}};
    m_row = 0;
    m_col = 0;
}

QString VtScreen::text() const
{
    QStringList out;
    for (const auto &line : m_lines) {
        QString s;
        for (const Cell &c : line)
            s += c.ch;
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        out.append(s);
    }
    while (out.size() > 1 && out.constLast().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n'));
}

void VtScreen::newline()
{
    ++m_row;
    if (m_row >= m_lines.size())
        m_lines.append(QList<Cell>{});
    if (m_lines.size() > m_maxLines) {
        m_lines.removeFirst();
        --m_row;
    }
}

void VtScreen::put(QChar c)
{
    QList<Cell> &line = m_lines[m_row];
    while (line.size() < m_col)
        line.append(Cell{});
    const Cell cell{c, m_fg, m_bg, m_bold};
    if (m_col < line.size())
        line[m_col] = cell;
    else
        line.append(cell);
    ++m_col;
}

void VtScreen::sgr(const QList<int> &params)
{
    const QList<int> ps = params.isEmpty() ? QList<int>{0} : params;
    for (int p : ps) {
        if (p == 0) {
            m_fg = QColor();
            m_bg = QColor();
            m_bold = false;
        } else if (p == 1) {
            m_bold = true;
        } else if (p == 22) {
            m_bold = false;
        } else if (p >= 30 && p <= 37) {
            m_fg = ansiColor(p - 30, m_bold);
        } else if (p == 39) {
            m_fg = QColor();
        } else if (p >= 40 && p <= 47) {
            m_bg = ansiColor(p - 40, false);
        } else if (p == 49) {
            m_bg = QColor();
        } else if (p >= 90 && p <= 97) {
            m_fg = ansiColor(p - 90, true);
        } else if (p >= 100 && p <= 107) {
            m_bg = ansiColor(p - 100, true);
        }
    }
}

void VtScreen::csi(QChar final, const QString &params)
{
    QList<int> ps;
    for (const QString &p : params.split(QLatin1Char(';'), Qt::KeepEmptyParts))
        ps.append(p.toInt());
    if (params.isEmpty())
        ps.clear();
    const int n = ps.value(0, 0);
    switch (final.unicode()) {
    case 'm':
        sgr(ps);
        break;
    case 'J':
        if (n == 2 || n == 3)
            clear();
        else if (n == 0) {
            m_lines[m_row] = m_lines[m_row].mid(0, m_col);
            m_lines = m_lines.mid(0, m_row + 1);
        }
        break;
    case 'K':
        if (n == 0)
            m_lines[m_row] = m_lines[m_row].mid(0, m_col);
        else if (n == 2)
            m_lines[m_row].clear();
        break;
    case 'H':
    case 'f': {
        // Rows count from the top of the kept lines; enough for "clear, then home".
        const int row = qMax(1, ps.value(0, 1)) - 1;
        const int col = qMax(1, ps.value(1, 1)) - 1;
        while (m_lines.size() <= row)
            m_lines.append(QList<Cell>{});
        m_row = row;
        m_col = col;
        break;
    }
    case 'C':
        m_col += qMax(1, n);
        break;
    case 'D':
        m_col = qMax(0, m_col - qMax(1, n));
        break;
    default:
        break; // other sequences are ignored
    }
}

void VtScreen::feed(QByteArrayView bytes)
{
    const QString text = m_decoder.decode(bytes);
    for (const QChar c : text) {
        switch (m_state) {
        case State::Text:
            if (c == QLatin1Char('\x1b'))
                m_state = State::Escape;
            else if (c == QLatin1Char('\r'))
                m_col = 0;
            else if (c == QLatin1Char('\n'))
                newline();
            else if (c == QLatin1Char('\b'))
                m_col = qMax(0, m_col - 1);
            else if (c == QLatin1Char('\t'))
                m_col = (m_col / 8 + 1) * 8;
            else if (c == QLatin1Char('\a') || c.unicode() < 0x20)
                break;
            else
                put(c);
            break;
        case State::Escape:
            if (c == QLatin1Char('[')) {
                m_state = State::Csi;
                m_params.clear();
            } else if (c == QLatin1Char(']')) {
                m_state = State::Osc;
            } else {
                m_state = State::Text; // two-character sequences: ignored
            }
            break;
        case State::Csi:
            if (c.unicode() >= 0x40 && c.unicode() <= 0x7e) {
                csi(c, m_params);
                m_state = State::Text;
            } else {
                m_params += c;
            }
            break;
        case State::Osc: // window titles: up to BEL or ST
            if (c == QLatin1Char('\a') || c == QLatin1Char('\\'))
                m_state = State::Text;
            break;
        }
    }
}

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
    m_screen.clear();
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

void TerminalView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QColor background = palette().color(QPalette::Base);
    const QColor foreground = palette().color(QPalette::Text);
    p.fillRect(rect(), background);
    const QFontMetrics fm(font());
    const int cw = fm.horizontalAdvance(QLatin1Char('M'));
    const int ch = fm.height();
    const auto &lines = m_screen.lines();
    const int first = qMax(0, int(lines.size()) - m_rows);
    for (int i = first; i < lines.size(); ++i) {
        const int y = (i - first) * ch;
        const auto &line = lines.at(i);
        for (int c = 0; c < line.size(); ++c) {
            const VtScreen::Cell &cell = line.at(c);
            const QRect box(c * cw, y, cw, ch);
            if (cell.bg.isValid())
                p.fillRect(box, cell.bg);
            QFont f = font();
            f.setBold(cell.bold);
            p.setFont(f);
            p.setPen(cell.fg.isValid() ? cell.fg : foreground);
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, QString(cell.ch));
        }
    }
    if (hasFocus() && m_screen.cursorRow() >= first)
        p.fillRect(QRect(m_screen.cursorColumn() * cw, (m_screen.cursorRow() - first) * ch, cw, ch),
                   QColor(foreground.red(), foreground.green(), foreground.blue(), 120));
}

} // namespace Workbench
