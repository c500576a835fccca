// SPDX-License-Identifier: MIT
#include "transcriptopener.h"

#include "actions.h"
#include "branchcontroller.h"
#include "inspectorview.h"
#include "mainwindow.h"
#include "runpage.h"
#include "sessionbrowser.h"
#include "transcriptpage.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

namespace Workbench {

namespace {
QString tabTitle(const TranscriptPage *page)
{
    return page->source() == TranscriptPage::Source::ClaudeCode
               ? TranscriptOpener::tr("Claude Code: %1").arg(page->title())
               : TranscriptOpener::tr("Transcript: %1").arg(page->title());
}
} // namespace

TranscriptOpener::TranscriptOpener(MainWindow *window, ActionSet *actions, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_actions(actions)
{
    connectActions();
}

TranscriptOpener::~TranscriptOpener() = default;

void TranscriptOpener::connectActions()
{
    using Id = ActionSet::Id;
    // The window's page actions act on run tabs; on a transcript tab these do the same.
    auto onPage = [this](Id id, auto &&fn) {
        connect(m_actions->action(id), &QAction::triggered, this, [this, fn] {
            if (TranscriptPage *page = currentPage())
                fn(page);
        });
    };
    onPage(Id::Find, [](TranscriptPage *p) { p->find(); });
    onPage(Id::FindNext, [](TranscriptPage *p) { p->findNext(); });
    onPage(Id::FindPrevious, [](TranscriptPage *p) { p->findPrevious(); });
    onPage(Id::NextToolCall, [](TranscriptPage *p) { p->selectAdjacentToolCall(1); });
    onPage(Id::PreviousToolCall, [](TranscriptPage *p) { p->selectAdjacentToolCall(-1); });
    onPage(Id::FocusConversation, [](TranscriptPage *p) { p->focusPane(RunPage::Pane::Conversation); });
    onPage(Id::FocusScript, [](TranscriptPage *p) { p->focusPane(RunPage::Pane::Script); });
    onPage(Id::FocusOutput, [](TranscriptPage *p) { p->focusPane(RunPage::Pane::Output); });
    connect(m_window->tabs(), &QTabWidget::currentChanged, this, &TranscriptOpener::updateStatus);
}

TranscriptPage *TranscriptOpener::currentPage() const
{
    return qobject_cast<TranscriptPage *>(m_window->tabs()->currentWidget());
}

TranscriptPage *TranscriptOpener::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        auto *page = qobject_cast<TranscriptPage *>(tabs->widget(i));
        if (page && page->path() == absolute) {
            tabs->setCurrentIndex(i);
            return page;
        }
    }
    auto *page = new TranscriptPage(tabs);
    page->open(absolute);
    if (page->source() == TranscriptPage::Source::Workbench) {
        addBranchActions(page);
        addInspector(page);
    }
    m_window->addPage(page, tabTitle(page), absolute);
    connect(page, &TranscriptPage::statusChanged, this, [this, page] {
        const int index = m_window->tabs()->indexOf(page);
        if (index >= 0)
            m_window->tabs()->setTabText(index, tabTitle(page));
        if (page == currentPage())
            updateStatus();
    });
    updateStatus();
    return page;
}

void TranscriptOpener::addBranchActions(TranscriptPage *page)
{
    // A read-only page never runs anything itself: Resume and Fork start a new run tab from
    // the file, through the same controller a live run's page uses.
    auto *resume = new QAction(tr("&Resume"), page);
    resume->setObjectName(QStringLiteral("resumeTranscriptAction"));
    resume->setToolTip(tr("Continue this run in a new tab: the conversation and workspace come back"));
    connect(resume, &QAction::triggered, this, [this, page] {
        if (BranchController *branches = m_window->branches())
            branches->resumeTranscript(page->path(), page->title());
    });
    auto *fork = new QAction(tr("&Fork from This Call…"), page);
    fork->setObjectName(QStringLiteral("forkTranscriptAction"));
    fork->setToolTip(tr("Start a new branch at the selected tool call, with an edited result or model"));
    connect(fork, &QAction::triggered, this, [this, page] {
        BranchController *branches = m_window->branches();
        if (branches && !page->selectedToolCall().isEmpty())
            branches->forkTranscript(page->path(), page->selectedToolCall(), page->title());
    });
    auto *followUp = new QAction(tr("Continue with a Follow-&up…"), page);
    followUp->setObjectName(QStringLiteral("followUpTranscriptAction"));
    followUp->setToolTip(tr("Send Claude another message and let this run go on in a new tab"));
    connect(followUp, &QAction::triggered, this, [this, page] {
        if (BranchController *branches = m_window->branches())
            branches->followUpTranscript(page->path(), page->title());
    });
    page->addBannerAction(resume);
    page->addBannerAction(followUp);
    page->addBannerAction(fork);
}

void TranscriptOpener::addInspector(TranscriptPage *page)
{
    // The same inspector a live run has. It reads the file on its own, so it starts only when
    // its tab is first shown: opening a big transcript pays for one parse, not two.
    auto *inspector = new InspectorView;
    inspector->setObjectName(QStringLiteral("transcriptInspector"));
    const int index = page->addSideTab(inspector, RunPage::tr("Inspector · Timeline"));
    const QString path = page->path();
    connect(page->sideTabs(), &QTabWidget::currentChanged, inspector, [inspector, index, path](int current) {
        if (current == index && inspector->transcriptFile().isEmpty())
            inspector->setTranscriptFile(path);
    });
}

void TranscriptOpener::chooseFile(const QString &directory)
{
    auto *dialog = new QFileDialog(m_window, tr("Open Transcript"), directory,
                                   tr("Transcripts (*.jsonl);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openTranscriptDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
        for (const QString &f : files)
            open(f);
    });
    dialog->open();
}

void TranscriptOpener::browseClaudeCodeSessions()
{
    if (!m_browser) {
        m_browser = new SessionBrowser(m_window);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_browser, &SessionBrowser::sessionChosen, this, [this](const QString &path) { open(path); });
    }
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
}

void TranscriptOpener::updateStatus()
{
    // The window's status line speaks of runs; a transcript tab says what it shows instead.
    if (TranscriptPage *page = currentPage())
        m_window->statusBar()->showMessage(page->statusText());
    else
        m_window->statusBar()->clearMessage();
}

} // namespace Workbench
