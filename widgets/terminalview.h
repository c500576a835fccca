// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/bridgeclient.h"
#include "sandbox/terminalscreen.h"

#include <QColor>
#include <QWidget>

class QWebSocket;

namespace Workbench {

/// An interactive terminal on the sandbox of the current run, over the bridge's PTY WebSocket
/// (docs/cloudflare-bridge.md): for the user only, never for the model. Keys go out as binary
/// frames, output comes back into a TerminalScreen (core) that this view only paints, its
/// colours mapped onto the theme's palette; a resize of the widget resizes the screen and sends
/// a resize message, answers to the program's status queries go back as input,
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
    [[nodiscard]] const TerminalScreen &screen() const { return m_screen; }
    /// What a screen colour looks like in this view's palette (dark or light theme).
    [[nodiscard]] QColor colorFor(const TerminalScreen::Color &color, bool foreground) const;
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
    TerminalScreen m_screen;
    int m_cols = 80;
    int m_rows = 24;
    bool m_ended = false;
};

} // namespace Workbench
