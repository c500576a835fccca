// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Workbench {

/// "Fork from here…": shows one tool call of a run and lets the user change what the branch
/// starts from — the call's result as the model will see it, the model, a message sent along —
/// before the branch opens. It only collects the answer; the caller starts the branch on
/// accepted(). Open it with open(), never modally.
class ForkDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `step` and `summary` name the call; `result` is its recorded result (may be empty when it
    /// never got one); `model` the run's model.
    ForkDialog(int step, const QString &summary, const QString &result, const QString &model,
               QWidget *parent = nullptr);

    /// The result as edited (the recorded one when untouched).
    [[nodiscard]] QString result() const;
    /// Whether the user changed the result.
    [[nodiscard]] bool resultEdited() const;
    /// The model the branch uses (the run's unless changed).
    [[nodiscard]] QString model() const;
    [[nodiscard]] QString userMessage() const;

private:
    QString m_original;
    QPlainTextEdit *m_result;
    QComboBox *m_model;
    QLineEdit *m_message;
};

} // namespace Workbench
