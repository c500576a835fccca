// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"
#include "approval/permissionstore.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QLineEdit;
class QPushButton;
class QsciLexer;
class QsciScintilla;
class QTimer;

namespace Workbench {

class AgentRun;
class ApprovalGate;

/// Asks the user about one tool call: shows exactly what will run, where, and why the policy asks,
/// and reports the answer. It decides nothing itself.
///
/// Actions: Approve once; Edit (the script becomes editable, and approving sends the edited text
/// with approvedEdited() instead of approved()); Approve and remember (rememberRequested() with
/// the rule text and scope the user chose, then the approval); Deny with a message.
///
/// Besides the call it shows where it would run: the working directory, the sandbox and its
/// limits, and the network state (ApprovalRequest::boundary).
///
/// A network question (ApprovalRequest::Kind::Network) offers what the terminal prompt offers:
/// Allow for this run (approved()), Always allow (rememberRequested() with an editable
/// `WebFetch(domain:HOST)` rule and the chosen scope, then approved()), Deny.
///
/// At most one of approved(), approvedEdited() or denied() is emitted, once. *Later* closes the
/// dialog without an answer (leftPending()): the call keeps waiting in the approval inbox.
/// Closing the dialog any other way (Escape, the window's close button, destroying it
/// unanswered) counts as a denial — dismissing never approves. Approve is
/// never the default button, so an Enter typed elsewhere cannot approve; Ctrl+Return does.
///
/// It cannot answer before it is seen: its buttons and keys are armed only once it has been
/// visible for armDelayMs() (keys typed before that, meant for another window, do nothing).
/// Window-modal; the caller shows it with open(), never with a nested event loop.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)
public:
    explicit ApprovalDialog(const ApprovalRequest &request, QWidget *parent = nullptr);
    ~ApprovalDialog() override;

    /// The id of the request (the tool_use id) this dialog answers.
    [[nodiscard]] QString requestId() const;
    [[nodiscard]] const ApprovalRequest &request() const { return m_request; }

    /// The message sent to Claude when the dialog is closed without an answer.
    [[nodiscard]] static QString closedWithoutAnswerMessage();

    /// Earlier calls of the run, for the live preview of what the remembered rule would match.
    void setEarlierCalls(const QList<ToolAction> &calls);
    [[nodiscard]] bool isEditing() const { return m_editing; }
    /// Whether the user's answers are accepted yet (armDelayMs() after it was shown).
    [[nodiscard]] bool isArmed() const { return m_armed; }
    static constexpr int armDelayMs() { return 400; }

    /// Creates the dialog for `request`, wires its answers to `gate` (and a remembered rule to
    /// `run`'s policy and the rule files), and shows it with open(). `run` may be null (then
    /// "remember" only saves the files). The dialog deletes itself when closed.
    static ApprovalDialog *openFor(const ApprovalRequest &request, ApprovalGate *gate, AgentRun *run,
                                   QWidget *parent);

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    void approved(const QString &id);
    /// Approved after the user changed the script; `script` is what must run instead.
    void approvedEdited(const QString &id, const QString &script);
    /// Emitted right before the approval when the user chose "Approve and remember".
    void rememberRequested(const QString &id, const QStringList &rules, Workbench::RememberScope scope);
    /// `message` is the user's note to Claude (may be empty).
    void denied(const QString &id, const QString &message);
    /// The user chose Later: nothing was answered, the request stays pending at the gate.
    void leftPending(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void approve();
    void approveAndRemember();
    void startEditing();
    void updatePreview();
    void deny();
    void answerDenied(const QString &message);
    void later();
    void closeAnsweredElsewhere();
    void buildBoundaryRows(QFormLayout *form);
    void setArmed(bool armed);
    [[nodiscard]] bool isNetwork() const { return m_request.kind == ApprovalRequest::Kind::Network; }

    ApprovalRequest m_request;
    bool m_answered = false;
    QLabel *m_titleLabel = nullptr;
    QsciScintilla *m_editor = nullptr;
    QsciLexer *m_lexer = nullptr; // owned by m_editor
    QLabel *m_workingDirectoryLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLineEdit *m_denyMessageEdit = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_denyButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_rememberButton = nullptr;
    QPushButton *m_laterButton = nullptr;
    bool m_leftPending = false;
    QLineEdit *m_ruleEdit = nullptr;
    QComboBox *m_scopeCombo = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_ruleErrorLabel = nullptr;
    QList<ToolAction> m_earlierCalls;
    bool m_editing = false;
    bool m_armed = false;
    bool m_ruleValid = false;
    QTimer *m_armTimer = nullptr;
};

} // namespace Workbench
