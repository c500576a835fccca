// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/bridgeclient.h"

#include <QColor>
#include <QList>
#include <QStringDecoder>
#include <QWidget>

class QWebSocket;

namespace Workbench {

/// A minimal terminal screen: printable text, CR, LF, backspace, tab, SGR colours (30–37,
/// 90–97, 40–47, bold, reset), clear screen / erase line and cursor home. Other escape
/// sequences are consumed and ignored. Keeps at most `maxLines` lines.
class VtScreen
{
public:
    struct Cell
    {
        QChar ch = QLatin1Char(' ');
        QColor fg;
        QColor bg;
        bool bold = false;
        bool operator==(const Cell &) const = default;
    };
    explicit VtScreen(int maxLines = 2000);
    void feed(QByteArrayView bytes);
    void clear();
    [[nodiscard]] const QList<QList<Cell>> &lines() const { return m_lines; }
    /// The text of every line, trailing spaces trimmed, joined by '\n'.
    [[nodiscard]] QString text() const;
    [[nodiscard]] int cursorRow() const { return m_row; }
    [[nodiscard]] int cursorColumn() const { return m_col; }

private:
    void put(QChar c);
    void newline();
    void sgr(const QList<int> &params);
    void csi(QChar final, const QString &params);

    QList<QList<Cell>> m_lines{QList<Cell>{}};
    int m_row = 0;
    int m_col = 0;
    int m_maxLines;
    QColor m_fg;
    QColor m_bg;
    bool m_bold = false;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    enum class State
    {
        Text,
        Escape,
        Csi,
        Osc
    } m_state = State::Text;
    QString m_params;
};

/// An interactive terminal on the sandbox of the current run, over the bridge's PTY WebSocket
/// (docs/cloudflare-bridge.md): for the user only, never for the model. Keys go out as binary
/// frames, output comes back into a VtScreen, a resize of the widget sends a resize message,
/// and closing or destroying the view closes the socket. The key is sent in the Authorization
/// header of the upgrade request only.
class TerminalView : public QWidget
{
    Q_OBJECT
public:
    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    /// Opens /v1/sandbox/{sandboxId}/pty on `endpoint` with the widget's current size.
    void open(const BridgeEndpoint &endpoint, const QString &sandboxId);
    void close();
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] const VtScreen &screen() const { return m_screen; }
    [[nodiscard]] int columns() const { return m_cols; }
    [[nodiscard]] int rows() const { return m_rows; }

Q_SIGNALS:
    void ready();
    /// The shell exited, the socket closed or an error occurred, in plain words.
    void ended(const QString &why);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void send(const QByteArray &bytes);
    void updateGridSize(bool notify);

    QWebSocket *m_socket = nullptr;
    VtScreen m_screen;
    int m_cols = 80;
    int m_rows = 24;
    bool m_ended = false;
};

} // namespace Workbench
