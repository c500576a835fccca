// SPDX-License-Identifier: MIT
#include "executionview.h"

#include "scriptview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Workbench {

namespace {

QString durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return ExecutionView::tr("%1 ms").arg(ms);
    return ExecutionView::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', ms < 10000 ? 2 : 1));
}

} // namespace

ExecutionView::ExecutionView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("executionView"));

    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("executionHeader"));
    m_summaryLabel = new ElidedLabel(Qt::ElideRight, header);
    m_summaryLabel->setObjectName(QStringLiteral("outputTitleLabel"));
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);

    const auto makeLabel = [header](const char *name) {
        auto *label = new QLabel(header);
        label->setObjectName(QLatin1String(name));
        label->setTextFormat(Qt::PlainText);
        return label;
    };
    m_statusLabel = makeLabel("statusLabel");
    m_exitLabel = makeLabel("exitLabel");
    m_durationLabel = makeLabel("durationLabel");
    m_elidedLabel = makeLabel("elidedLabel");
    m_elidedLabel->setVisible(false);

    auto *details = new QHBoxLayout;
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(12);
    details->addWidget(m_statusLabel);
    details->addWidget(m_exitLabel);
    details->addWidget(m_elidedLabel);
    details->addStretch(1);
    details->addWidget(m_durationLabel);

    m_changesLabel = new ElidedLabel(Qt::ElideRight, header);
    m_changesLabel->setObjectName(QStringLiteral("changesLabel"));
    m_changesLabel->setVisible(false);
    // Why this call ran, or why it was asked or denied: the decision log, on the call itself.
    m_decisionLabel = new ElidedLabel(Qt::ElideRight, header);
    m_decisionLabel->setObjectName(QStringLiteral("decisionLabel"));
    m_decisionLabel->setAccessibleName(tr("Decision"));
    m_decisionLabel->setVisible(false);

    // Where the command ran, in words: the boundary is the product's promise, so it is shown.
    m_boundaryLabel = makeLabel("boundaryLabel");
    m_boundaryLabel->setAccessibleName(tr("Sandbox boundary"));
    m_boundaryLabel->setWordWrap(true);
    m_boundaryLabel->setVisible(false);

    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(8, 6, 8, 6);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_summaryLabel);
    headerLayout->addLayout(details);
    headerLayout->addWidget(m_decisionLabel);
    headerLayout->addWidget(m_changesLabel);
    headerLayout->addWidget(m_boundaryLabel);

    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("outputText"));
    m_output->setAccessibleName(tr("Output"));
    m_output->setAccessibleDescription(
        tr("Output of the selected tool call; standard error is shown in the error colour on a tinted "
           "background"));
    m_output->setReadOnly(true);
    m_output->setUndoRedoEnabled(false);
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_output->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_output->setFrameShape(QFrame::NoFrame);
    m_output->setFont(Theme::monospaceFont());
    m_output->document()->setDocumentMargin(6);
    m_output->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(m_output, 1);

    updateFormats();
    clear();
}

ExecutionView::~ExecutionView() = default;

void ExecutionView::setModel(ToolCallModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    clear();
    m_model = model;
    if (!m_model)
        return;
    connect(m_model, &ToolCallModel::outputAppended, this, &ExecutionView::onOutputAppended);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExecutionView::onDataChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExecutionView::clear);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_showing && !m_index.isValid())
            clear();
    });
}

void ExecutionView::showCall(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        clear();
        return;
    }
    m_index = QPersistentModelIndex(m_model->index(row));
    m_showing = true;
    m_output->clear(); // a new call starts at its bottom
    renderAll();
    updateHeader();
}

int ExecutionView::currentRow() const
{
    return m_showing && m_index.isValid() ? m_index.row() : -1;
}

void ExecutionView::clear()
{
    m_index = QPersistentModelIndex();
    m_showing = false;
    m_endedWithCarriageReturn = false;
    m_output->clear();
    m_output->setPlaceholderText(tr("The output of the selected tool call appears here."));
    m_summaryLabel->setFullText(tr("No tool call selected"));
    m_statusLabel->clear();
    m_exitLabel->clear();
    m_durationLabel->clear();
    m_changesLabel->setFullText(QString());
    m_changesLabel->setVisible(false);
    m_decisionLabel->setFullText(QString());
    m_decisionLabel->setVisible(false);
    m_shownChars = 0;
    updateElidedNote();
}

void ExecutionView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateFormats();
        if (m_showing) {
            renderAll(); // the stderr colour follows the palette
            updateHeader();
        }
    }
}

void ExecutionView::onOutputAppended(int row, ToolCallModel::Stream stream, const QString &text)
{
    if (!m_showing || !m_index.isValid() || row != m_index.row())
        return;
    appendChunk(stream, text);
    // The model keeps a bounded head and tail of a flood; once the view holds well past that,
    // it re-renders what the model kept, so a runaway program cannot exhaust memory here.
    if (m_shownChars > ToolCallModel::kMaxKeptChars + ToolCallModel::kMaxKeptChars / 4)
        renderAll();
    else if (m_model->elidedChars(row) > 0)
        updateElidedNote();
}

void ExecutionView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                  const QList<int> &roles)
{
    if (!m_showing || !m_index.isValid())
        return;
    const int row = m_index.row();
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    static const QList<int> headerRoles{ToolCallModel::SummaryRole,  ToolCallModel::StatusTextRole,
                                        ToolCallModel::ExitTextRole, ToolCallModel::DurationRole,
                                        ToolCallModel::ResultRole,   ToolCallModel::ChangesRole,
                                        ToolCallModel::DecisionRole};
    const bool relevant = roles.isEmpty() || std::any_of(roles.cbegin(), roles.cend(),
                                                         [](int role) { return headerRoles.contains(role); });
    if (relevant)
        updateHeader();
}

bool ExecutionView::isScrolledToBottom() const
{
    const QScrollBar *bar = m_output->verticalScrollBar();
    return bar->value() >= bar->maximum();
}

void ExecutionView::appendChunk(ToolCallModel::Stream stream, const QString &text)
{
    QString chunk = text;
    // "\r\n" would otherwise make two paragraphs; a pair split across chunks counts once.
    if (m_endedWithCarriageReturn && chunk.startsWith(QLatin1Char('\n')))
        chunk.remove(0, 1);
    m_endedWithCarriageReturn = chunk.endsWith(QLatin1Char('\r'));
    chunk.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (chunk.isEmpty())
        return;
    m_shownChars += chunk.size();

    const bool follow = isScrolledToBottom();
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(chunk, stream == ToolCallModel::Stream::Stderr ? m_stderrFormat : m_stdoutFormat);
    if (follow) {
        QScrollBar *bar = m_output->verticalScrollBar();
        bar->setValue(bar->maximum());
    }
}

void ExecutionView::renderAll()
{
    const bool follow = m_output->document()->isEmpty() || isScrolledToBottom();
    m_output->clear();
    m_endedWithCarriageReturn = false;
    m_shownChars = 0;
    updateElidedNote();
    if (!m_model || !m_index.isValid())
        return;
    m_output->setPlaceholderText(tr("No output yet."));
    const QList<ToolCallModel::Chunk> chunks = m_model->output(m_index.row());
    for (const ToolCallModel::Chunk &chunk : chunks)
        appendChunk(chunk.stream, chunk.text);
    if (follow) {
        QScrollBar *bar = m_output->verticalScrollBar();
        bar->setValue(bar->maximum());
    }
}

void ExecutionView::updateElidedNote()
{
    const qsizetype elided = m_model && m_index.isValid() ? m_model->elidedChars(m_index.row()) : 0;
    m_elidedLabel->setVisible(elided > 0);
    if (elided > 0)
        m_elidedLabel->setText(tr("%1 characters elided from the middle").arg(QLocale().toString(elided)));
}

void ExecutionView::updateHeader()
{
    if (!m_model || !m_index.isValid())
        return;
    const QModelIndex index = m_model->index(m_index.row());
    QString summary = index.data(ToolCallModel::SummaryRole).toString();
    if (summary.isEmpty())
        summary = index.data(ToolCallModel::ToolNameRole).toString();
    m_summaryLabel->setFullText(tr("Output of %1").arg(summary));
    m_statusLabel->setText(index.data(ToolCallModel::StatusTextRole).toString());
    m_exitLabel->setText(index.data(ToolCallModel::ExitTextRole).toString());
    m_durationLabel->setText(durationText(index.data(ToolCallModel::DurationRole).toLongLong()));
    const QString decision = index.data(ToolCallModel::DecisionRole).toString();
    m_decisionLabel->setFullText(decision.isEmpty() ? QString() : tr("Decision: %1").arg(decision));
    m_decisionLabel->setToolTip(decision);
    m_decisionLabel->setVisible(!decision.isEmpty());
    const QString changes = index.data(ToolCallModel::ChangesRole).toString();
    m_changesLabel->setFullText(changes);
    m_changesLabel->setToolTip(changes);
    m_changesLabel->setVisible(!changes.isEmpty());
    // Calls that print nothing (edits, denials) still answer the model: show that answer.
    const QString result = index.data(ToolCallModel::ResultRole).toString();
    m_output->setPlaceholderText(result.isEmpty() ? tr("No output yet.")
                                                  : tr("Result sent to Claude:\n%1").arg(result));

    const auto status = ToolCallModel::Status(index.data(ToolCallModel::StatusRole).toInt());
    const bool failed = status == ToolCallModel::Status::Failed || status == ToolCallModel::Status::Denied;
    QPalette statusPalette = palette();
    if (failed)
        statusPalette.setColor(QPalette::WindowText, Theme::errorColor(palette()));
    m_statusLabel->setPalette(statusPalette);
}

QStringList ExecutionView::boundaryLines(const QJsonObject &spec)
{
    QStringList lines;
    if (spec.isEmpty())
        return lines;
    const QString kind = spec.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("none")) {
        lines << tr("Sandbox: none \u2014 the command ran directly on this machine, without isolation");
    } else if (!kind.isEmpty()) {
        const QJsonObject uid = spec.value(QLatin1String("uid")).toObject();
        if (uid.contains(QLatin1String("host")))
            lines << tr("Sandbox: %1, uid %2 inside, uid %3 on the host")
                         .arg(kind)
                         .arg(uid.value(QLatin1String("sandbox")).toInt())
                         .arg(uid.value(QLatin1String("host")).toInt());
        else
            lines << tr("Sandbox: %1").arg(kind);
    }

    QStringList layers;
    const QJsonArray namespaces = spec.value(QLatin1String("namespaces")).toArray();
    if (!namespaces.isEmpty()) {
        QStringList names;
        for (const QJsonValue &n : namespaces)
            names << n.toString();
        layers << tr("namespaces (%1)").arg(names.join(QLatin1String(", ")));
    }
    const QJsonObject seccomp = spec.value(QLatin1String("seccomp")).toObject();
    if (!seccomp.isEmpty())
        layers << tr("seccomp (%n calls denied)", nullptr,
                     int(seccomp.value(QLatin1String("denied")).toArray().size()));
    if (spec.contains(QLatin1String("landlockAbi"))) {
        const int abi = spec.value(QLatin1String("landlockAbi")).toInt();
        layers << (abi > 0 ? tr("Landlock ABI %1").arg(abi) : tr("Landlock not available"));
    }
    const QJsonObject limits = spec.value(QLatin1String("limits")).toObject();
    if (!limits.isEmpty()) {
        const QString mechanism = limits.value(QLatin1String("mechanism")).toString();
        const QLocale locale; // the UI language's digit grouping ("2.048 MiB" in German)
        const auto number = [&](const char *key, int shift = 0, qint64 divisor = 1) {
            return locale.toString((limits.value(QLatin1String(key)).toInteger() >> shift) / divisor);
        };
        layers << tr("%1: CPU %2 s, memory %3 MiB, %4 processes, wall %5 s")
                      .arg(mechanism.isEmpty() ? tr("limits") : mechanism, number("cpuSeconds"),
                           number("addressSpaceBytes", 20), number("processes"),
                           number("wallTimeMs", 0, 1000));
    }
    if (!layers.isEmpty())
        lines << tr("Layers: %1").arg(layers.join(QLatin1String("; ")));

    const QJsonObject net = spec.value(QLatin1String("networkAccess")).toObject();
    if (net.value(QLatin1String("mode")).toString() == QLatin1String("proxy")) {
        QStringList allowed;
        for (const QJsonValue &a : net.value(QLatin1String("allowed")).toArray())
            allowed << a.toString();
        lines << (allowed.isEmpty()
                      ? tr("Network: through the app's filtering proxy; no host allowed yet, others are "
                           "asked about")
                      : tr("Network: through the app's filtering proxy; allowed: %1; others are asked about")
                            .arg(allowed.join(QLatin1String(", "))));
    } else if (net.value(QLatin1String("mode")).toString() == QLatin1String("off") ||
               (spec.contains(QLatin1String("network")) && !spec.value(QLatin1String("network")).toBool())) {
        lines << tr("Network: off (loopback only)");
    } else if (spec.value(QLatin1String("network")).toBool()) {
        lines << tr("Network: unrestricted");
    }

    QStringList extras;
    for (const QJsonValue &e : spec.value(QLatin1String("extraReadOnly")).toArray())
        extras << e.toString();
    if (!extras.isEmpty())
        lines << tr("Read-only extras: %1").arg(extras.join(QLatin1String(", ")));
    return lines;
}

void ExecutionView::setBoundary(const QJsonObject &spec)
{
    const QStringList lines = boundaryLines(spec);
    m_boundaryLabel->setText(lines.join(QLatin1Char('\n')));
    m_boundaryLabel->setVisible(!lines.isEmpty());
}

void ExecutionView::updateFormats()
{
    const QPalette pal = m_output->palette();
    m_stdoutFormat = QTextCharFormat();
    m_stdoutFormat.setForeground(pal.color(QPalette::Active, QPalette::Text));
    m_stderrFormat = QTextCharFormat();
    const QColor error = Theme::errorColor(pal);
    const QColor tint = Theme::mix(pal.color(QPalette::Active, QPalette::Base), error, 0.10);
    m_stderrFormat.setForeground(Theme::readableOn(error, tint));
    m_stderrFormat.setBackground(tint);
}

} // namespace Workbench
