// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"

#include <QHash>
#include <QObject>

namespace Workbench {

/// The one place where a tool call waits for a person. A run calls request(); whoever answers
/// (the GUI's ApprovalDialog, the terminal prompt, the headless policy) listens to
/// approvalRequested() and calls approve(), approveEdited() or deny(). Nothing else can approve:
/// the request carries the model's input only as data to show, and ids are answered once.
class ApprovalGate : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /// Registers a pending request and emits approvalRequested(). A second request with the
    /// same id is ignored.
    void request(const ApprovalRequest &request);
    /// Answers a pending request; unknown or already answered ids are ignored.
    void approve(const QString &id, const QString &decidedBy = QStringLiteral("user"));
    void deny(const QString &id, const QString &message, const QString &decidedBy = QStringLiteral("user"));
    /// Approves with the script the user edited: the run rebuilds the call from `editedScript`,
    /// checks it against the deny rules again, runs it, and tells the model it was edited.
    void approveEdited(const QString &id, const QString &editedScript,
                       const QString &decidedBy = QStringLiteral("user"));
    /// Approves a network request and asks for it to be remembered ("always").
    void approveAlways(const QString &id, const QString &decidedBy = QStringLiteral("user"));
    /// Withdraws a pending request (the run was cancelled); emits withdrawn().
    void withdraw(const QString &id);

    [[nodiscard]] bool isPending(const QString &id) const { return m_pending.contains(id); }
    [[nodiscard]] QList<ApprovalRequest> pending() const { return m_pending.values(); }

Q_SIGNALS:
    void approvalRequested(const Workbench::ApprovalRequest &request);
    /// Every answer, with the edit if there was one (runs listen to this).
    void answered(const QString &id, const Workbench::ApprovalAnswer &answer);
    /// The same answer in short, emitted right after answered().
    void decided(const QString &id, bool approved, const QString &message, const QString &decidedBy);
    void withdrawn(const QString &id);

private:
    void answer(const QString &id, const ApprovalAnswer &answer);

    QHash<QString, ApprovalRequest> m_pending;
};

} // namespace Workbench
