// SPDX-License-Identifier: MIT
#pragma once

#include "approval/approvaltypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QsciLexer;
class QsciScintilla;

namespace Workbench {

/// Asks the user about one tool call: shows exactly what will run, where, and why the policy asks,
/// and reports the answer. It decides nothing itself.
///
/// Exactly one of approved() or denied() is emitted, once. Closing the dialog any other way
/// (Escape, the window's close button, destroying it unanswered) counts as a denial. Approve is
/// never the default button, so an Enter typed elsewhere cannot approve; Ctrl+Return does.
/// Window-modal; the caller shows it with open(), never exec().
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

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    void approved(const QString &id);
    /// `message` is the user's note to Claude (may be empty).
    void denied(const QString &id, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void approve();
    void deny();
    void answerDenied(const QString &message);

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
};

} // namespace Workbench
