// SPDX-License-Identifier: MIT
#include "forkdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Workbench {

ForkDialog::ForkDialog(int step, const QString &summary, const QString &result, const QString &model,
                       QWidget *parent)
    : QDialog(parent)
    , m_original(result)
{
    setObjectName(QStringLiteral("forkDialog"));
    setWindowTitle(tr("Fork from Step %1").arg(step));

    auto *heading = new QLabel(tr("<b>Step %1:</b> %2").arg(step).arg(summary.toHtmlEscaped()), this);
    heading->setObjectName(QStringLiteral("forkHeading"));
    heading->setWordWrap(true);
    auto *explain = new QLabel(
        tr("The branch opens in a new tab with its own transcript and its own copy of the workspace, "
           "restored from the checkpoint of this step. The turns before it are not sent again; the "
           "parent run is left as it is."),
        this);
    explain->setWordWrap(true);

    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("forkResultEdit"));
    m_result->setAccessibleName(tr("Tool result the branch starts from"));
    m_result->setPlainText(result);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setMinimumHeight(160);

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("forkModelCombo"));
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model of the branch"));
    m_model->addItem(model);
    for (const QString &other : {QStringLiteral("claude-sonnet-4-6"), QStringLiteral("claude-opus-4-6"),
                                 QStringLiteral("claude-haiku-4-5")}) {
        if (other != model)
            m_model->addItem(other);
    }
    m_model->setCurrentIndex(0);

    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("forkMessageEdit"));
    m_message->setPlaceholderText(tr("Optional: a message sent to Claude with this result"));
    m_message->setAccessibleName(tr("Message to Claude"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Result Claude sees:"), m_result);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("M&essage:"), m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *fork = buttons->addButton(tr("&Fork"), QDialogButtonBox::AcceptRole);
    fork->setObjectName(QStringLiteral("forkButton"));
    fork->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(620, 420);
    m_result->setFocus();
}

QString ForkDialog::result() const
{
    return m_result->toPlainText();
}

bool ForkDialog::resultEdited() const
{
    return result() != m_original;
}

QString ForkDialog::model() const
{
    return m_model->currentText().trimmed();
}

QString ForkDialog::userMessage() const
{
    return m_message->text().trimmed();
}

} // namespace Workbench
