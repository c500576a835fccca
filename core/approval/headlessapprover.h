// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"

#include <QList>
#include <QObject>

class QSocketNotifier;

namespace Workbench {

class ApprovalGate;

/// Answers an ApprovalGate for the command line. With a terminal on stdin and stderr it shows
/// the call on stderr and reads the answer from stdin (y / n / n: message / e to edit: the next
/// line replaces the command) without blocking the event loop. Without a terminal there is no one to ask, and
/// the call is denied — "no terminal" is never consent.
class HeadlessApprover : public QObject
{
    Q_OBJECT
public:
    enum class Interaction
    {
        Auto,     ///< ask when stdin and stderr are terminals
        NeverAsk, ///< deny every question
        AlwaysAsk ///< ask on stderr and read stdin even without a terminal (answers piped in)
    };

    /// `gate` is not owned. Auto asks when stdin and stderr are terminals.
    explicit HeadlessApprover(ApprovalGate *gate, Interaction interaction = Interaction::Auto,
                              QObject *parent = nullptr);
    ~HeadlessApprover() override;

    [[nodiscard]] bool canAsk() const { return m_canAsk; }
    static QString noTerminalMessage();

private:
    void onRequested(const ApprovalRequest &request);
    void prompt();
    void onInput();
    void handleLine(const QString &answer);

    ApprovalGate *m_gate;
    bool m_canAsk = false;
    QList<ApprovalRequest> m_queue;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    bool m_editing = false; // the next line is the replacement for the queue's first call
};

} // namespace Workbench
