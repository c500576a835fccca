// SPDX-License-Identifier: MIT
#include "sessionbrowser.h"

#include "models/claudecodesessionmodel.h"
#include "transcript/claudecodereader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Workbench {

SessionBrowser::SessionBrowser(QWidget *parent)
    : QDialog(parent)
    , m_model(new ClaudeCodeSessionModel(this))
{
    setObjectName(QStringLiteral("sessionBrowser"));
    setWindowTitle(tr("Claude Code Sessions"));
    resize(820, 520);

    auto *rootLabel = new QLabel(tr("&Projects folder:"), this);
    m_roots = new QComboBox(this);
    m_roots->setObjectName(QStringLiteral("projectsFolderCombo"));
    m_roots->setEditable(false);
    m_roots->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    rootLabel->setBuddy(m_roots);
    QStringList roots = ClaudeCodeBrowser::defaultRoots();
    if (roots.isEmpty())
        roots.append(ClaudeCodeBrowser::defaultRoot());
    for (const QString &r : std::as_const(roots))
        m_roots->addItem(QDir::toNativeSeparators(r), r);
    auto *other = new QPushButton(tr("&Other Folder…"), this);
    other->setObjectName(QStringLiteral("otherFolderButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(rootLabel);
    top->addWidget(m_roots, 1);
    top->addWidget(other);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("sessionTree"));
    m_view->setAccessibleName(tr("Claude Code projects and sessions"));
    m_view->setAccessibleDescription(tr("Projects with their sessions, newest first; Enter opens a session"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ClaudeCodeSessionModel::NameColumn, QHeaderView::Stretch);
    for (int c = ClaudeCodeSessionModel::StartedColumn; c < ClaudeCodeSessionModel::ColumnCount; ++c)
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sessionBrowserStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open Read-Only"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openSessionButton"));
    m_open->setEnabled(false);
    m_open->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_model, &ClaudeCodeSessionModel::loaded, this, &SessionBrowser::onLoaded);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (!index.data(ClaudeCodeSessionModel::IsProjectRole).toBool())
            chooseCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_open->setEnabled(current.isValid() &&
                                   !current.data(ClaudeCodeSessionModel::IsProjectRole).toBool());
            });
    // Open keeps the dialog up: the user may want several sessions side by side.
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionBrowser::chooseCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_roots, &QComboBox::activated, this,
            [this](int index) { setRoot(m_roots->itemData(index).toString()); });
    connect(other, &QPushButton::clicked, this, &SessionBrowser::pickFolder);

    setRoot(m_roots->currentData().toString());
}

SessionBrowser::~SessionBrowser() = default;

void SessionBrowser::setRoot(const QString &root)
{
    int index = m_roots->findData(root);
    if (index < 0) {
        m_roots->addItem(QDir::toNativeSeparators(root), root);
        index = m_roots->count() - 1;
    }
    m_roots->setCurrentIndex(index);
    m_status->setText(tr("Looking for sessions in %1…").arg(QDir::toNativeSeparators(root)));
    m_open->setEnabled(false);
    m_model->reload(root);
}

QString SessionBrowser::root() const
{
    return m_roots->currentData().toString();
}

QString SessionBrowser::statusText() const
{
    return m_status->text();
}

void SessionBrowser::onLoaded()
{
    if (!m_model->error().isNull()) {
        m_status->setText(m_model->error().toString());
        return;
    }
    int sessions = 0;
    for (int p = 0; p < m_model->rowCount(); ++p)
        sessions += m_model->rowCount(m_model->index(p, 0));
    m_status->setText(tr("%n project(s), %1 session(s). Sessions open read-only; nothing here changes them.",
                         nullptr, m_model->rowCount())
                          .arg(sessions));
    m_view->expandAll();
    // The newest session of the first project is the likely choice.
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    if (first.isValid())
        m_view->setCurrentIndex(first);
}

void SessionBrowser::chooseCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || index.data(ClaudeCodeSessionModel::IsProjectRole).toBool())
        return;
    const QString path = index.data(ClaudeCodeSessionModel::PathRole).toString();
    if (!path.isEmpty())
        Q_EMIT sessionChosen(path);
}

void SessionBrowser::pickFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Claude Code Projects Folder"), root());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &dir) {
        if (!dir.isEmpty())
            setRoot(dir);
    });
    dialog->open();
}

} // namespace Workbench
