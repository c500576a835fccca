// SPDX-License-Identifier: MIT
#include "terminalpane.h"

#include "sandbox/cloudflaresandbox.h"
#include "terminalview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Workbench {

using namespace Qt::StringLiterals;

TerminalPane::TerminalPane(CloudflareSandbox *sandbox, QWidget *parent)
    : QWidget(parent)
    , m_sandbox(sandbox)
    , m_terminal(new TerminalView(this))
    , m_status(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Re&connect"), this))
{
    setObjectName(u"terminalPane"_s);
    m_terminal->setObjectName(u"sandboxTerminal"_s);
    m_status->setObjectName(u"terminalStatus"_s);
    m_status->setWordWrap(true);
    m_reconnect->setObjectName(u"terminalReconnect"_s);
    m_reconnect->setVisible(false);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_reconnect);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_terminal, 1);

    connect(m_reconnect, &QPushButton::clicked, this, &TerminalPane::connectTerminal);
    connect(m_terminal, &TerminalView::ready, this, [this] {
        setStatus(tr("A shell in sandbox %1, for you only: Claude does not see this terminal.")
                      .arg(m_sandbox ? m_sandbox->sandboxId() : QString()),
                  false);
        m_terminal->setFocus(Qt::OtherFocusReason);
    });
    connect(m_terminal, &TerminalView::ended, this, [this](const QString &why) { setStatus(why, true); });
    setStatus(tr("The terminal connects when you open this tab."), false);
}

TerminalPane::~TerminalPane() = default; // the view closes its socket

QString TerminalPane::statusText() const
{
    return m_status->text();
}

void TerminalPane::setStatus(const QString &text, bool showReconnect)
{
    m_status->setText(text);
    m_reconnect->setVisible(showReconnect);
}

void TerminalPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_everShown) {
        m_everShown = true;
        connectTerminal();
    }
}

void TerminalPane::connectTerminal()
{
    if (!m_sandbox || m_connecting)
        return;
    m_connecting = true;
    m_terminal->close();
    setStatus(m_sandbox->sandboxId().isEmpty()
                  ? tr("Creating the remote sandbox at %1…").arg(m_sandbox->endpoint().displayUrl())
                  : tr("Connecting to sandbox %1…").arg(m_sandbox->sandboxId()),
              false);
    m_sandbox->ensureCreated(this, [this](const Error &e) {
        m_connecting = false;
        if (!m_sandbox)
            return;
        if (!e.isNull()) {
            setStatus(e.message, true);
            return;
        }
        m_terminal->open(m_sandbox->endpoint(), m_sandbox->sandboxId());
    });
}

void TerminalPane::disconnectTerminal()
{
    m_terminal->close();
    setStatus(tr("The terminal is closed."), true);
}

} // namespace Workbench
