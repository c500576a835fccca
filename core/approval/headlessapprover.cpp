// SPDX-License-Identifier: MIT
#include "approval/headlessapprover.h"

#include "approval/approvalgate.h"

#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

namespace Workbench {

HeadlessApprover::HeadlessApprover(ApprovalGate *gate, Interaction interaction, QObject *parent)
    : QObject(parent)
    , m_gate(gate)
    , m_canAsk(interaction == Interaction::AlwaysAsk ||
               (interaction == Interaction::Auto && ::isatty(STDIN_FILENO) && ::isatty(STDERR_FILENO)))
{
    connect(m_gate, &ApprovalGate::approvalRequested, this, &HeadlessApprover::onRequested);
    connect(m_gate, &ApprovalGate::withdrawn, this, [this](const QString &id) {
        if (!m_queue.isEmpty() && m_queue.constFirst().id == id)
            m_editing = false;
        m_queue.removeIf([&id](const ApprovalRequest &r) { return r.id == id; });
    });
}

HeadlessApprover::~HeadlessApprover() = default;

QString HeadlessApprover::noTerminalMessage()
{
    return QStringLiteral(
        "this call needs approval and there is no terminal to ask, so it was denied "
        "(a headless run treats \"ask\" as \"deny\"; allow it with --allow or a permission mode)");
}

void HeadlessApprover::onRequested(const ApprovalRequest &request)
{
    if (!m_canAsk) {
        m_gate->deny(request.id, noTerminalMessage(), QStringLiteral("headless"));
        return;
    }
    m_queue.append(request);
    if (m_queue.size() == 1)
        prompt();
}

void HeadlessApprover::prompt()
{
    if (m_queue.isEmpty())
        return;
    const ApprovalRequest &r = m_queue.constFirst();
    QByteArray text;
    text += "\n── Approval needed ─────────────────────────────\n";
    text += r.action.summary.toUtf8() + "\n";
    text += "Why: " + r.reason.toUtf8() + "\n";
    text += "In:  " + r.action.workingDirectory.toUtf8() + "\n";
    if (!r.action.script.isEmpty())
        text += "────\n" + r.action.script.toUtf8() +
                (r.action.script.endsWith(QLatin1Char('\n')) ? "" : "\n") + "────\n";
    if (r.kind == ApprovalRequest::Kind::Network)
        text += "Allow? [y]es for this run / [a]lways / [n]o > ";
    else if (r.action.ruleTool == QLatin1String("Bash"))
        text += "Approve? [y]es / [n]o / n: message to Claude / [e]dit the command > ";
    else
        text += "Approve? [y]es / [n]o / n: message to Claude > ";
    ::fputs(text.constData(), stderr);
    ::fflush(stderr);
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &HeadlessApprover::onInput);
    }
    m_notifier->setEnabled(true);
}

void HeadlessApprover::onInput()
{
    char buf[512];
    const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n <= 0) {
        // The terminal went away: nobody can answer any more.
        m_notifier->setEnabled(false);
        m_canAsk = false;
        const auto queue = m_queue;
        m_queue.clear();
        for (const ApprovalRequest &r : queue)
            m_gate->deny(r.id, noTerminalMessage(), QStringLiteral("headless"));
        return;
    }
    m_line.append(buf, n);
    // Answers typed ahead arrive in one read: every complete line is an answer.
    for (qsizetype nl = m_line.indexOf('\n'); nl >= 0 && !m_queue.isEmpty(); nl = m_line.indexOf('\n')) {
        const QString answer = QString::fromUtf8(m_line.left(nl)).trimmed();
        m_line.remove(0, nl + 1);
        handleLine(answer);
    }
}

void HeadlessApprover::handleLine(const QString &answer)
{
    const QString lower = answer.toLower();
    if (m_editing) {
        m_editing = false;
        const ApprovalRequest r = m_queue.takeFirst();
        if (answer.isEmpty()) {
            m_queue.prepend(r); // an empty line keeps the question open
            prompt();
            return;
        }
        m_gate->approveEdited(r.id, answer, QStringLiteral("user"));
        if (m_queue.isEmpty())
            m_notifier->setEnabled(false);
        else
            prompt();
        return;
    }
    if ((lower == QLatin1String("e") || lower == QLatin1String("edit")) &&
        m_queue.constFirst().action.ruleTool == QLatin1String("Bash")) {
        m_editing = true;
        ::fputs("Command to run instead (one line) > ", stderr);
        ::fflush(stderr);
        return;
    }
    const ApprovalRequest r = m_queue.takeFirst();
    if (lower == QLatin1String("y") || lower == QLatin1String("yes")) {
        m_gate->approve(r.id, QStringLiteral("user"));
    } else if (r.kind == ApprovalRequest::Kind::Network &&
               (lower == QLatin1String("a") || lower == QLatin1String("always"))) {
        m_gate->approveAlways(r.id, QStringLiteral("user"));
    } else if (lower == QLatin1String("n") || lower == QLatin1String("no") ||
               lower.startsWith(QLatin1String("n:"))) {
        const QString message = lower.startsWith(QLatin1String("n:")) ? answer.mid(2).trimmed() : QString();
        m_gate->deny(r.id, message, QStringLiteral("user"));
    } else {
        m_queue.prepend(r);
        ::fputs("Please answer y or n (or n: message).\n", stderr);
        prompt();
        return;
    }
    if (m_queue.isEmpty())
        m_notifier->setEnabled(false);
    else
        prompt();
}

} // namespace Workbench
