// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "agent/appsettings.h"
#include "agent/runconfig.h"
#include "approval/permissionstore.h"
#include "bridgesettings.h"
#include "llm/apijobs.h"
#include "llm/modelcapabilities.h"
#include "llm/pricing.h"
#include "sandbox/bwrapsandbox.h"
#include "scriptview.h" // Theme helpers

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Workbench {

using namespace Qt::StringLiterals;

namespace {
constexpr int kPageRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;

const char *kMatchProperty = "searchMatch";

QString kindName(PermissionRule::Kind kind)
{
    switch (kind) {
    case PermissionRule::Kind::Allow:
        return SettingsDialog::tr("Allow");
    case PermissionRule::Kind::Ask:
        return SettingsDialog::tr("Ask");
    case PermissionRule::Kind::Deny:
        return SettingsDialog::tr("Deny");
    }
    return {};
}

// Mnemonic ampersands are not part of what a user searches for.
QString plain(QString text)
{
    return text.remove(u'&');
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString userPriceFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(u"agent-workbench/pricing.json"_s);
}
} // namespace

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_rulesFile(PermissionStore::userFile())
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"settingsFilter"_s);
    m_filter->setPlaceholderText(tr("Search settings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search settings"));
    m_filter->setAccessibleDescription(tr("Shows only the pages and fields that match"));

    m_storedProblems = new QLabel(this);
    m_storedProblems->setObjectName(u"storedProblems"_s);
    m_storedProblems->setWordWrap(true);
    m_storedProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_storedProblems->setVisible(false);

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(u"settingsPages"_s);
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setMaximumWidth(200);
    m_stack = new QStackedWidget(this);

    addPage(Page::Model, tr("Model"), buildModelPage());
    addPage(Page::ApiKey, tr("API key"), buildApiKeyPage());
    addPage(Page::Sandbox, tr("Sandbox and limits"), buildSandboxPage());
    addPage(Page::Permissions, tr("Permissions"), buildPermissionsPage());
    addPage(Page::Network, tr("Network"), buildNetworkPage());
    addPage(Page::Prices, tr("Prices"), buildPricesPage());
    addPage(Page::Transcripts, tr("Transcripts"), buildTranscriptsPage());
    addPage(Page::Appearance, tr("Appearance"), buildAppearancePage());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_storedProblems);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &SettingsDialog::setFilter);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_pageList->item(row))
            m_stack->setCurrentWidget(pageFrame(m_pages.value(item->data(kPageRole).toInt())));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    load();
    m_pageList->setCurrentRow(0);
    resize(820, 640);
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::pageFrame(QWidget *content) const
{
    QWidget *w = content;
    while (w && w->parentWidget() != m_stack)
        w = w->parentWidget();
    return w;
}

void SettingsDialog::addPage(Page page, const QString &title, QWidget *content)
{
    content->setObjectName(u"page%1"_s.arg(int(page)));
    auto *item = new QListWidgetItem(title, m_pageList);
    item->setData(kPageRole, int(page));
    m_pages.insert(int(page), content);
    // A page taller than the dialog scrolls instead of squeezing its wrapped notes to one line.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    // Only height scrolls: the page keeps the width its fields need, as without the scroll area.
    scroll->setMinimumWidth(content->minimumSizeHint().width() +
                            scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_stack->addWidget(scroll);
}

QLabel *SettingsDialog::makeErrorLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, Theme::errorColor(palette()));
    label->setPalette(pal);
    label->setVisible(false);
    return label;
}

// --- pages

QWidget *SettingsDialog::buildModelPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_provider = new QComboBox(page);
    m_provider->setObjectName(u"providerCombo"_s);
    m_provider->addItem(tr("Anthropic Messages API"), u"anthropic"_s);
    m_provider->addItem(tr("OpenAI-compatible server (Ollama, llama.cpp, vLLM)"), u"openai"_s);
    m_provider->setAccessibleName(tr("Provider"));
    m_baseUrl = new QLineEdit(page);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(u"http://localhost:11434/v1"_s);
    m_baseUrl->setAccessibleName(tr("Server address"));
    m_baseUrl->setAccessibleDescription(tr("Where the OpenAI-compatible server listens"));
    m_baseUrlError = makeErrorLabel(u"baseUrlError"_s);
    m_model = new QComboBox(page);
    m_model->setObjectName(u"modelCombo"_s);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setAccessibleName(tr("Model"));
    m_model->setAccessibleDescription(tr("The model id used for new runs; any id can be typed"));
    QStringList ids;
    const CapabilityTable shipped = CapabilityTable::bundled(); // outlives the loop over its list
    for (const ModelCapability &m : shipped.models()) {
        if (!m.prefix.isEmpty())
            ids.append(m.prefix);
    }
    ids.sort();
    m_model->addItems(ids);
    m_modelError = makeErrorLabel(u"modelError"_s);
    m_modelLimits = new QLabel(page);
    m_modelLimits->setObjectName(u"modelLimits"_s);
    m_modelLimits->setWordWrap(true);
    m_modelNote = note(tr("The list shows the models the app knows; with an API key it shows the models your "
                          "key can use. Any model id can be typed."),
                       page);
    m_modelNote->setObjectName(u"modelListNote"_s);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("Server &address:"), m_baseUrl);
    form->addRow(QString(), m_baseUrlError);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(QString(), m_modelError);
    form->addRow(QString(), m_modelLimits);
    form->addRow(m_modelNote);
    connect(m_model, &QComboBox::currentTextChanged, this, &SettingsDialog::revalidate);
    connect(m_model, &QComboBox::currentTextChanged, this, &SettingsDialog::showModelLimits);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_baseUrl->setEnabled(m_provider->currentData().toString() == u"openai"_s);
        showModelLimits();
        revalidate();
    });
    return page;
}

void SettingsDialog::showModelLimits()
{
    const QString id = m_model->currentText().trimmed();
    if (id.isEmpty() || m_provider->currentData().toString() != u"anthropic"_s) {
        m_modelLimits->clear();
        return;
    }
    if (const auto it = m_apiModels.constFind(id); it != m_apiModels.constEnd()) {
        QStringList parts;
        if (it->context > 0)
            parts << tr("context window %L1 tokens").arg(it->context);
        if (it->output > 0)
            parts << tr("output up to %L1 tokens").arg(it->output);
        m_modelLimits->setText(parts.isEmpty() ? tr("The API gives no limits for this model.")
                                               : tr("From the API: %1.").arg(parts.join(u", "_s)));
        return;
    }
    const ModelCapability cap = CapabilityTable::userOrBundled().find(id);
    m_modelLimits->setText(
        tr("From the capability table: context window %L1 tokens, output up to %L2 tokens.")
            .arg(cap.contextWindow)
            .arg(cap.maxOutputTokens));
}

void SettingsDialog::loadModels(const AnthropicConfig &config, QNetworkAccessManager *nam)
{
    if (m_modelsJob)
        m_modelsJob->cancel();
    auto *job = new ModelsJob(config, nam, this);
    m_modelsJob = job;
    m_modelNote->setText(tr("Loading the models your key can use…"));
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (job != m_modelsJob)
            return; // replaced by a newer request
        if (!job->error().isNull()) {
            if (job->error().code != u"cancelled"_s)
                m_modelNote->setText(tr("The model list could not be loaded from the API (%1); it shows the "
                                        "models the app knows instead. Any model id can be typed.")
                                         .arg(job->error().message));
            return;
        }
        QStringList ids;
        m_apiModels.clear();
        for (const ModelInfo &m : job->models()) {
            ids.append(m.id);
            m_apiModels.insert(m.id, Window{m.maxInputTokens, m.maxTokens});
        }
        if (ids.isEmpty()) {
            m_modelNote->setText(
                tr("The API listed no models for this key; the list shows the models the app "
                   "knows instead."));
            return;
        }
        setAvailableModels(ids);
        m_modelNote->setText(tr("The models your key can use, from the API. Any model id can be typed."));
        showModelLimits();
    });
    job->start();
}

QWidget *SettingsDialog::buildApiKeyPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_keyStatus = new QLabel(page);
    m_keyStatus->setObjectName(u"apiKeyStatus"_s);
    m_keyStatus->setWordWrap(true);
    m_keyEdit = new QLineEdit(page);
    m_keyEdit->setObjectName(u"apiKeyEdit"_s);
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("sk-ant-…"));
    m_keyEdit->setAccessibleName(tr("Anthropic API key"));
    m_keySave = new QPushButton(tr("&Store in Keychain"), page);
    m_keySave->setObjectName(u"apiKeySave"_s);
    m_keyClear = new QPushButton(tr("&Remove Stored Key"), page);
    m_keyClear->setObjectName(u"apiKeyClear"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keySave);
    buttons->addWidget(m_keyClear);
    buttons->addStretch(1);
    auto *keyLabel = new QLabel(tr("&Key:"), page);
    keyLabel->setBuddy(m_keyEdit);
    layout->addWidget(m_keyStatus);
    layout->addWidget(keyLabel);
    layout->addWidget(m_keyEdit);
    layout->addLayout(buttons);
    layout->addWidget(
        note(tr("The key is kept in the desktop keychain (Secret Service or KWallet), never in a "
                "settings file, a transcript or the sandbox. When the ANTHROPIC_API_KEY "
                "environment variable is set, it wins over the stored key."),
             page));
    layout->addStretch(1);
    connect(m_keyEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_keySave->setEnabled(!m_keyFromEnvironment && !text.trimmed().isEmpty());
    });
    connect(m_keySave, &QPushButton::clicked, this, [this] {
        const QString key = m_keyEdit->text().trimmed();
        if (key.isEmpty())
            return;
        m_keyEdit->clear();
        Q_EMIT apiKeySaveRequested(key);
    });
    connect(m_keyClear, &QPushButton::clicked, this, [this] { Q_EMIT apiKeyClearRequested(); });
    setApiKeyState(false, false);
    return page;
}

QWidget *SettingsDialog::buildSandboxPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_sandbox = new QComboBox(page);
    m_sandbox->setObjectName(u"sandboxCombo"_s);
    m_sandbox->addItem(tr("Bubblewrap sandbox (recommended)"), u"local"_s);
    m_sandbox->addItem(tr("Cloudflare Sandbox (remote)"), u"cloudflare"_s);
    m_sandbox->addItem(tr("No sandbox"), u"none"_s);
    m_sandbox->setAccessibleName(tr("Sandbox"));
    m_sandboxWarning = makeErrorLabel(u"sandboxWarning"_s);
    m_sandboxWarning->setText(
        tr("Without a sandbox, scripts run as you, with your files, keys and network."));
    auto spin = [page](const QString &name, int minimum, int maximum, const QString &suffix,
                       const QString &accessibleName) {
        auto *box = new QSpinBox(page);
        box->setObjectName(name);
        box->setRange(minimum, maximum);
        box->setSuffix(suffix);
        box->setAccessibleName(accessibleName);
        return box;
    };
    m_wallTime =
        spin(u"wallTimeSpin"_s, 1, AppSettings::kMaxWallTimeSeconds, tr(" s"), tr("Time limit per call"));
    m_cpu = spin(u"cpuSpin"_s, 1, AppSettings::kMaxCpuSeconds, tr(" s"), tr("CPU time limit"));
    m_memory = spin(u"memorySpin"_s, AppSettings::kMinMemoryMiB, AppSettings::kMaxMemoryMiB, tr(" MiB"),
                    tr("Memory limit"));
    m_processes = spin(u"processesSpin"_s, 1, AppSettings::kMaxProcesses, QString(), tr("Process limit"));
    m_outputCap = spin(u"outputCapSpin"_s, 1, AppSettings::kMaxOutputCapMiB, tr(" MiB"), tr("Output cap"));
    m_offerNoSandbox = new QCheckBox(tr("Offer “No sandbox” in the new-run form"), page);
    m_offerNoSandbox->setObjectName(u"offerNoSandboxCheck"_s);
    m_cgroups = new QCheckBox(tr("Hold each run in a c&group of its own where the system allows it"), page);
    m_cgroups->setObjectName(u"cgroupsCheck"_s);
    m_cgroups->setToolTip(tr("Limits the run's memory and processes as a whole, not only per process. "
                             "Joining a cgroup adds about 10 ms to each command."));
    m_bridge = new BridgeSettingsBox(page);
    connect(m_bridge, &BridgeSettingsBox::inputChanged, this, &SettingsDialog::revalidate);
    connect(m_bridge, &BridgeSettingsBox::keySaveRequested, this, &SettingsDialog::bridgeKeySaveRequested);
    connect(m_bridge, &BridgeSettingsBox::keyClearRequested, this, &SettingsDialog::bridgeKeyClearRequested);
    form->addRow(tr("&Sandbox:"), m_sandbox);
    form->addRow(QString(), m_sandboxWarning);
    form->addRow(QString(), m_offerNoSandbox);
    form->addRow(m_bridge);
    form->addRow(tr("&Time limit per call:"), m_wallTime);
    form->addRow(tr("&CPU time:"), m_cpu);
    form->addRow(tr("&Memory (address space):"), m_memory);
    form->addRow(tr("&Processes:"), m_processes);
    form->addRow(QString(), m_cgroups);
    form->addRow(tr("&Output cap:"), m_outputCap);
    form->addRow(
        note(tr("Limits apply to each new run. When a limit stops a command, its output says which."), page));

    // Extra read-only binds (bubblewrap only): a list edited in place, Add… picks a folder.
    auto *extraLabel = new QLabel(tr("E&xtra read-only folders:"), page);
    m_extraReadOnly = new QListWidget(page);
    m_extraReadOnly->setObjectName(u"extraReadOnlyList"_s);
    m_extraReadOnly->setAccessibleName(tr("Extra read-only folders"));
    m_extraReadOnly->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_extraReadOnly->setMaximumHeight(fontMetrics().height() * 6);
    extraLabel->setBuddy(m_extraReadOnly);
    auto *extraAdd = new QPushButton(tr("A&dd…"), page);
    extraAdd->setObjectName(u"extraReadOnlyAdd"_s);
    m_extraReadOnlyEdit = new QPushButton(tr("Ed&it"), page);
    m_extraReadOnlyEdit->setObjectName(u"extraReadOnlyEdit"_s);
    m_extraReadOnlyRemove = new QPushButton(tr("Remo&ve"), page);
    m_extraReadOnlyRemove->setObjectName(u"extraReadOnlyRemove"_s);
    m_extraReadOnlyError = makeErrorLabel(u"extraReadOnlyError"_s);
    auto *extraButtons = new QVBoxLayout;
    extraButtons->addWidget(extraAdd);
    extraButtons->addWidget(m_extraReadOnlyEdit);
    extraButtons->addWidget(m_extraReadOnlyRemove);
    extraButtons->addStretch(1);
    auto *extraRow = new QHBoxLayout;
    extraRow->addWidget(m_extraReadOnly, 1);
    extraRow->addLayout(extraButtons);
    form->addRow(extraLabel, extraRow);
    form->addRow(QString(), m_extraReadOnlyError);
    form->addRow(note(tr("Bubblewrap runs see these host folders at the same path, read-only (a toolchain "
                         "under /opt, say). Your home folder, the app's own settings and the sandbox's "
                         "own places cannot be listed."),
                      page));
    connect(extraAdd, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose a folder the sandbox may read"),
                                       QFileInfo::exists(u"/opt"_s) ? u"/opt"_s : u"/"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, this, &SettingsDialog::addExtraReadOnly);
        dialog->open();
    });
    connect(m_extraReadOnlyEdit, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_extraReadOnly->currentItem())
            m_extraReadOnly->editItem(item);
    });
    connect(m_extraReadOnlyRemove, &QPushButton::clicked, this, [this] {
        delete m_extraReadOnly->currentItem();
        revalidate();
    });
    connect(m_extraReadOnly, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // An entry edited to nothing is a removal, not a blank path to explain.
        if (item->text().trimmed().isEmpty())
            delete item;
        revalidate();
    });
    connect(m_extraReadOnly, &QListWidget::currentItemChanged, this, &SettingsDialog::revalidate);
    connect(m_sandbox, &QComboBox::currentIndexChanged, this, &SettingsDialog::revalidate);
    return page;
}

void SettingsDialog::addExtraReadOnly(const QString &path)
{
    const QString clean = QDir::cleanPath(path.trimmed());
    if (clean.isEmpty())
        return;
    const QList<QListWidgetItem *> same = m_extraReadOnly->findItems(clean, Qt::MatchExactly);
    QListWidgetItem *item = same.isEmpty() ? nullptr : same.first();
    if (!item) {
        const QSignalBlocker block(m_extraReadOnly);
        item = new QListWidgetItem(clean, m_extraReadOnly);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_extraReadOnly->setCurrentItem(item);
    revalidate();
}

QStringList SettingsDialog::extraReadOnlyFromList() const
{
    QStringList out;
    for (int row = 0; row < m_extraReadOnly->count(); ++row) {
        const QString path = m_extraReadOnly->item(row)->text().trimmed();
        if (!path.isEmpty() && !out.contains(path))
            out.append(path);
    }
    return out;
}

QWidget *SettingsDialog::buildPermissionsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_mode = new QComboBox(page);
    m_mode->setObjectName(u"permissionModeCombo"_s);
    m_mode->setAccessibleName(tr("Permission mode"));
    m_mode->addItem(tr("Ask before running"), int(PermissionMode::Default));
    m_mode->addItem(tr("Accept edits"), int(PermissionMode::AcceptEdits));
    m_mode->addItem(tr("Plan only"), int(PermissionMode::Plan));
    m_mode->addItem(tr("Don't ask (deny)"), int(PermissionMode::DontAsk));
    m_mode->addItem(tr("Bypass (still sandboxed)"), int(PermissionMode::BypassPermissions));
    form->addRow(tr("Permission &mode:"), m_mode);
    layout->addLayout(form);

    auto *rulesLabel = new QLabel(tr("Remembered &rules:"), page);
    m_rules = new QTreeWidget(page);
    m_rules->setObjectName(u"rulesList"_s);
    m_rules->setAccessibleName(tr("Remembered rules"));
    m_rules->setHeaderLabels({tr("Kind"), tr("Rule")});
    m_rules->setRootIsDecorated(false);
    m_rules->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    rulesLabel->setBuddy(m_rules);
    m_rulesNote = new QLabel(page);
    m_rulesNote->setObjectName(u"rulesNote"_s);
    m_rulesNote->setWordWrap(true);

    m_ruleKind = new QComboBox(page);
    m_ruleKind->setObjectName(u"ruleKindCombo"_s);
    m_ruleKind->setAccessibleName(tr("Rule kind"));
    for (auto kind : {PermissionRule::Kind::Allow, PermissionRule::Kind::Ask, PermissionRule::Kind::Deny})
        m_ruleKind->addItem(kindName(kind), int(kind));
    m_ruleText = new QLineEdit(page);
    m_ruleText->setObjectName(u"ruleEdit"_s);
    m_ruleText->setPlaceholderText(tr("Bash(npm run test:*)"));
    m_ruleText->setAccessibleName(tr("Rule"));
    m_ruleAdd = new QPushButton(tr("&Add"), page);
    m_ruleAdd->setObjectName(u"ruleAdd"_s);
    m_ruleUpdate = new QPushButton(tr("&Change"), page);
    m_ruleUpdate->setObjectName(u"ruleUpdate"_s);
    m_ruleRemove = new QPushButton(tr("Re&move"), page);
    m_ruleRemove->setObjectName(u"ruleRemove"_s);
    auto *import = new QPushButton(tr("&Import from Claude Code…"), page);
    import->setObjectName(u"ruleImport"_s);
    m_ruleError = makeErrorLabel(u"ruleError"_s);

    auto *editor = new QHBoxLayout;
    editor->addWidget(m_ruleKind);
    editor->addWidget(m_ruleText, 1);
    editor->addWidget(m_ruleAdd);
    editor->addWidget(m_ruleUpdate);
    editor->addWidget(m_ruleRemove);
    layout->addWidget(rulesLabel);
    layout->addWidget(m_rules, 1);
    layout->addLayout(editor);
    layout->addWidget(m_ruleError);
    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_rulesNote, 1);
    importRow->addWidget(import);
    layout->addLayout(importRow);
    layout->addWidget(
        note(tr("Deny rules hold in every mode; ask rules come next, then allow rules. Rules use "
                "Claude Code's syntax."),
             page));

    auto updateButtons = [this] {
        const bool parses =
            !m_ruleText->text().trimmed().isEmpty() &&
            PermissionRule::parse(m_ruleText->text().trimmed(),
                                  PermissionRule::Kind(m_ruleKind->currentData().toInt()), u"settings"_s)
                .ok();
        m_ruleAdd->setEnabled(parses);
        m_ruleUpdate->setEnabled(parses && m_rules->currentItem());
        m_ruleRemove->setEnabled(m_rules->currentItem() != nullptr);
        revalidate();
    };
    connect(m_ruleText, &QLineEdit::textChanged, this, updateButtons);
    connect(m_ruleText, &QLineEdit::returnPressed, this, [this] {
        if (m_ruleAdd->isEnabled())
            applyRuleEditor(false);
    });
    connect(m_ruleKind, &QComboBox::currentIndexChanged, this, updateButtons);
    connect(m_rules, &QTreeWidget::currentItemChanged, this, [this, updateButtons](QTreeWidgetItem *item) {
        if (item) {
            m_ruleKind->setCurrentIndex(m_ruleKind->findData(item->data(0, kKindRole)));
            m_ruleText->setText(item->text(1));
        }
        updateButtons();
    });
    connect(m_ruleAdd, &QPushButton::clicked, this, [this] { applyRuleEditor(false); });
    connect(m_ruleUpdate, &QPushButton::clicked, this, [this] { applyRuleEditor(true); });
    connect(m_ruleRemove, &QPushButton::clicked, this, [this] { delete m_rules->currentItem(); });
    connect(import, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import rules from a Claude Code settings file"),
                                       QDir::home().filePath(u".claude"_s), tr("Settings (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &SettingsDialog::importRules);
        dialog->open();
    });
    updateButtons();
    return page;
}

QWidget *SettingsDialog::buildNetworkPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_network = new QCheckBox(tr("Allow &network access from the sandbox"), page);
    m_network->setObjectName(u"networkCheck"_s);
    auto *domainsLabel = new QLabel(tr("Allowed &domains (one per line):"), page);
    m_domains = new QPlainTextEdit(page);
    m_domains->setObjectName(u"domainsEdit"_s);
    m_domains->setAccessibleName(tr("Allowed domains"));
    m_domains->setTabChangesFocus(true);
    m_domains->setPlaceholderText(tr("pypi.org\n*.github.com"));
    domainsLabel->setBuddy(m_domains);
    m_domainsError = makeErrorLabel(u"domainsError"_s);
    layout->addWidget(m_network);
    layout->addWidget(domainsLabel);
    layout->addWidget(m_domains, 1);
    layout->addWidget(m_domainsError);
    layout->addWidget(
        note(tr("Off by default: scripts see only their own loopback. When network access is on, "
                "only the listed domains can be reached."),
             page));
    connect(m_network, &QCheckBox::toggled, this, &SettingsDialog::revalidate);
    connect(m_domains, &QPlainTextEdit::textChanged, this, &SettingsDialog::revalidate);
    return page;
}

QWidget *SettingsDialog::buildPricesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("Price &table file:"), page);
    m_pricePath = new QLineEdit(page);
    m_pricePath->setObjectName(u"pricePathEdit"_s);
    m_pricePath->setPlaceholderText(tr("Built-in prices, or %1 when it exists").arg(userPriceFile()));
    m_pricePath->setAccessibleName(tr("Price table file"));
    label->setBuddy(m_pricePath);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(u"priceBrowse"_s);
    auto *open = new QPushButton(tr("&Open the Price Table"), page);
    open->setObjectName(u"priceOpen"_s);
    open->setToolTip(tr("Opens the table in your editor; without a file of your own, a copy of the built-in "
                        "table is made first."));
    m_priceError = makeErrorLabel(u"priceError"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_pricePath, 1);
    row->addWidget(browse);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_priceError);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(
        note(tr("Prices are in US dollars per million tokens. A model that matches no entry shows "
                "no cost rather than a guess."),
             page));
    layout->addStretch(1);
    connect(m_pricePath, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(open, &QPushButton::clicked, this, &SettingsDialog::openPriceTable);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose a price table"), QFileInfo(userPriceFile()).path(),
                                       tr("Price tables (*.json)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_pricePath, &QLineEdit::setText);
        dialog->open();
    });
    return page;
}

QWidget *SettingsDialog::buildTranscriptsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_transcriptDir = new QLineEdit(page);
    m_transcriptDir->setObjectName(u"transcriptDirEdit"_s);
    m_transcriptDir->setPlaceholderText(RunConfig::dataDirectory() + u"/transcripts"_s);
    m_transcriptDir->setAccessibleName(tr("Transcript folder"));
    auto *browse = new QPushButton(tr("Bro&wse…"), page);
    browse->setObjectName(u"transcriptBrowse"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(m_transcriptDir, 1);
    row->addWidget(browse);
    m_transcriptError = makeErrorLabel(u"transcriptError"_s);
    m_retention = new QSpinBox(page);
    m_retention->setObjectName(u"retentionSpin"_s);
    m_retention->setRange(0, AppSettings::kMaxRetentionDays);
    m_retention->setSpecialValueText(tr("Keep until I delete them"));
    m_retention->setSuffix(tr(" days"));
    m_retention->setAccessibleName(tr("Keep transcripts for"));
    form->addRow(tr("&Folder:"), row);
    form->addRow(QString(), m_transcriptError);
    form->addRow(tr("&Keep for:"), m_retention);
    form->addRow(
        note(tr("Every run writes a transcript: the requests, the streamed answers, each tool call and "
                "its output. It never contains the API key."),
             page));
    connect(m_transcriptDir, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose the transcript folder"), m_transcriptDir->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_transcriptDir, &QLineEdit::setText);
        dialog->open();
    });
    return page;
}

QWidget *SettingsDialog::buildAppearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(u"themeCombo"_s);
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_systemFont = new QCheckBox(tr("Use the &system font"), page);
    m_systemFont->setObjectName(u"systemFontCheck"_s);
    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setObjectName(u"fontCombo"_s);
    m_fontFamily->setAccessibleName(tr("Font"));
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(u"fontSizeSpin"_s);
    m_fontSize->setRange(0, AppSettings::kMaxFontPointSize);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setAccessibleName(tr("Font size"));
    m_fontSizeError = makeErrorLabel(u"fontSizeError"_s);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"한국어"_s, u"ko"_s);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_systemFont);
    form->addRow(tr("&Font:"), m_fontFamily);
    form->addRow(tr("Font si&ze:"), m_fontSize);
    form->addRow(QString(), m_fontSizeError);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(note(tr("A new language applies the next time the app starts."), page));
    connect(m_systemFont, &QCheckBox::toggled, this, [this](bool system) {
        m_fontFamily->setEnabled(!system);
        m_fontSize->setEnabled(!system);
        revalidate();
    });
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsDialog::revalidate);
    return page;
}

// --- state

void SettingsDialog::load()
{
    QStringList problems;
    for (const Error &e : m_settings->problems())
        problems.append(e.message);
    if (!problems.isEmpty()) {
        m_storedProblems->setText(tr("Some stored settings are invalid and are not used; the defaults apply "
                                     "until you save new values (%1):\n%2")
                                      .arg(m_settings->fileName(), problems.join(u'\n')));
        QPalette pal = m_storedProblems->palette();
        pal.setColor(QPalette::WindowText, Theme::errorColor(palette()));
        m_storedProblems->setPalette(pal);
        m_storedProblems->setVisible(true);
    }

    m_provider->setCurrentIndex(qMax(0, m_provider->findData(m_settings->provider())));
    m_baseUrl->setText(m_settings->baseUrl());
    m_baseUrl->setEnabled(m_provider->currentData().toString() == u"openai"_s);
    m_model->setCurrentText(m_settings->model());
    showModelLimits();
    m_sandbox->setCurrentIndex(qMax(0, m_sandbox->findData(m_settings->sandbox())));
    m_offerNoSandbox->setChecked(m_settings->offerNoSandbox());
    m_cgroups->setChecked(m_settings->cgroupsEnabled());
    m_bridge->setUrl(m_settings->bridgeUrl());
    m_wallTime->setValue(m_settings->wallTimeSeconds());
    m_cpu->setValue(m_settings->cpuSeconds());
    m_memory->setValue(m_settings->memoryMiB());
    m_processes->setValue(m_settings->maxProcesses());
    m_outputCap->setValue(m_settings->outputCapMiB());
    // Stored entries that no longer pass are listed with their reason, never dropped.
    m_extraReadOnly->clear();
    for (const QString &path : m_settings->extraReadOnly())
        addExtraReadOnly(path);
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(int(m_settings->permissionMode()))));
    m_network->setChecked(m_settings->networkEnabled());
    m_domains->setPlainText(m_settings->allowedDomains().join(u'\n'));
    m_pricePath->setText(m_settings->priceTablePath());
    m_transcriptDir->setText(m_settings->transcriptDirectory());
    m_retention->setValue(m_settings->transcriptRetentionDays());
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(m_settings->theme()))));
    const QString family = m_settings->fontFamily();
    m_systemFont->setChecked(family.isEmpty() && m_settings->fontPointSize() == 0);
    m_fontFamily->setEnabled(!m_systemFont->isChecked());
    m_fontSize->setEnabled(!m_systemFont->isChecked());
    if (!family.isEmpty())
        m_fontFamily->setCurrentFont(QFont(family));
    m_fontSize->setValue(m_settings->fontPointSize());
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->language())));
    loadRules();
    revalidate();
}

void SettingsDialog::setFieldError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QStringList SettingsDialog::domainsFromEditor() const
{
    QStringList out;
    for (const QString &line : m_domains->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

void SettingsDialog::revalidate()
{
    if (!m_buttons)
        return; // still building
    auto message = [](const Status &s) { return s ? QString() : s.error().message; };
    setFieldError(m_modelError, message(AppSettings::validateModel(m_model->currentText().trimmed())));
    const QString baseUrl = m_baseUrl->text().trimmed();
    setFieldError(m_baseUrlError,
                  m_provider->currentData().toString() != u"openai"_s ? QString()
                  : baseUrl.isEmpty()
                      ? tr("Enter the server's address, for example http://localhost:11434/v1 (Ollama).")
                      : message(AppSettings::validateBaseUrl(baseUrl)));
    QString domainError;
    for (const QString &d : domainsFromEditor()) {
        if (Status s = AppSettings::validateDomain(d); !s) {
            domainError = s.error().message;
            break;
        }
    }
    setFieldError(m_domainsError, domainError);
    const QString prices = m_pricePath->text().trimmed();
    setFieldError(m_priceError,
                  prices.isEmpty() ? QString() : message(AppSettings::validatePriceTable(prices)));
    const QString dir = m_transcriptDir->text().trimmed();
    setFieldError(m_transcriptError,
                  dir.isEmpty() ? QString() : message(AppSettings::validateTranscriptDirectory(dir)));
    const int size = m_fontSize->value();
    setFieldError(m_fontSizeError, m_systemFont->isChecked() || size == 0
                                       ? QString()
                                       : message(AppSettings::validateRange(
                                             size, AppSettings::kMinFontPointSize,
                                             AppSettings::kMaxFontPointSize, tr("The font size"))));
    m_sandboxWarning->setVisible(m_sandbox->currentData().toString() == u"none"_s);
    QStringList extraErrors;
    {
        const QSignalBlocker block(m_extraReadOnly); // restyling items is not an edit
        for (int row = 0; row < m_extraReadOnly->count(); ++row) {
            QListWidgetItem *item = m_extraReadOnly->item(row);
            const auto checked = BwrapSandbox::checkExtraReadOnly(item->text().trimmed());
            item->setForeground(checked ? palette().brush(QPalette::Text)
                                        : QBrush(Theme::errorColor(palette())));
            item->setToolTip(!checked ? checked.error().message
                             : *checked != item->text().trimmed()
                                 ? tr("Bound as %1 (links resolved).").arg(*checked)
                                 : QString());
            if (!checked)
                extraErrors.append(checked.error().message);
        }
    }
    setFieldError(m_extraReadOnlyError, extraErrors.join(u'\n'));
    m_extraReadOnlyEdit->setEnabled(m_extraReadOnly->currentItem() != nullptr);
    m_extraReadOnlyRemove->setEnabled(m_extraReadOnly->currentItem() != nullptr);
    QString ruleError;
    const QString ruleText = m_ruleText->text().trimmed();
    if (!ruleText.isEmpty()) {
        const auto parsed = PermissionRule::parse(
            ruleText, PermissionRule::Kind(m_ruleKind->currentData().toInt()), u"settings"_s);
        if (!parsed)
            ruleError = parsed.error().message;
    }
    // A rule still being typed does not block OK; it is only not added.
    setFieldError(m_ruleError, ruleError);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isInputValid());
}

bool SettingsDialog::isInputValid() const
{
    for (QLabel *label : {m_modelError, m_baseUrlError, m_domainsError, m_priceError, m_transcriptError,
                          m_fontSizeError, m_extraReadOnlyError}) {
        if (!label->text().isEmpty())
            return false;
    }
    return m_bridge->isInputValid();
}

void SettingsDialog::setAvailableModels(const QStringList &modelIds)
{
    if (modelIds.isEmpty())
        return;
    const QString current = m_model->currentText();
    const QSignalBlocker block(m_model);
    m_model->clear();
    m_model->addItems(modelIds);
    m_model->setCurrentText(current);
}

void SettingsDialog::setApiKeyState(bool hasKey, bool fromEnvironment)
{
    m_hasKey = hasKey;
    m_keyFromEnvironment = fromEnvironment;
    if (fromEnvironment)
        m_keyStatus->setText(
            tr("The key comes from the ANTHROPIC_API_KEY environment variable, which wins over a "
               "key stored in the keychain. Unset it to use a stored key."));
    else if (hasKey)
        m_keyStatus->setText(tr("A key is stored in the desktop keychain. Enter a new one to replace it."));
    else
        m_keyStatus->setText(tr("No key is set. Enter your Anthropic API key to start runs with Claude."));
    m_keyEdit->setEnabled(!fromEnvironment);
    m_keySave->setEnabled(!fromEnvironment && !m_keyEdit->text().trimmed().isEmpty());
    m_keyClear->setEnabled(!fromEnvironment && hasKey);
}

void SettingsDialog::setBridgeKey(const QString &key, bool fromEnvironment)
{
    m_bridge->setKey(key, fromEnvironment);
}

void SettingsDialog::setRulesFile(const QString &file)
{
    m_rulesFile = file;
    loadRules();
}

void SettingsDialog::loadRules()
{
    m_rules->clear();
    m_rulesLoadFailed = false;
    const auto loaded = PermissionStore::load(m_rulesFile);
    if (!loaded) {
        // Saving would overwrite a file we could not read: keep the list read-only instead.
        m_rulesLoadFailed = true;
        m_rulesNote->setText(loaded.error().toString());
        return;
    }
    for (const PermissionRule &rule : *loaded)
        addRuleRow(rule);
    m_rulesNote->setText(tr("Stored in %1").arg(m_rulesFile));
}

void SettingsDialog::addRuleRow(const PermissionRule &rule)
{
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_rules->topLevelItem(i);
        if (item->text(1) == rule.text && item->data(0, kKindRole).toInt() == int(rule.kind))
            return;
    }
    auto *item = new QTreeWidgetItem(m_rules, {kindName(rule.kind), rule.text});
    item->setData(0, kKindRole, int(rule.kind));
}

void SettingsDialog::applyRuleEditor(bool replaceSelected)
{
    const auto parsed = PermissionRule::parse(
        m_ruleText->text().trimmed(), PermissionRule::Kind(m_ruleKind->currentData().toInt()), u"settings"_s);
    if (!parsed)
        return;
    if (replaceSelected) {
        QTreeWidgetItem *item = m_rules->currentItem();
        if (!item)
            return;
        item->setText(0, kindName(parsed->kind));
        item->setText(1, parsed->text);
        item->setData(0, kKindRole, int(parsed->kind));
    } else {
        addRuleRow(*parsed);
        m_ruleText->clear();
    }
}

void SettingsDialog::importRules(const QString &file)
{
    const auto loaded = PermissionStore::load(file);
    if (!loaded) {
        setFieldError(m_ruleError, loaded.error().toString());
        return;
    }
    const int before = m_rules->topLevelItemCount();
    for (const PermissionRule &rule : *loaded)
        addRuleRow(rule);
    m_rulesNote->setText(
        tr("Imported %n new rule(s) from %1.", nullptr, m_rules->topLevelItemCount() - before).arg(file));
}

QList<PermissionRule> SettingsDialog::rulesFromList() const
{
    QList<PermissionRule> out;
    for (int i = 0; i < m_rules->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_rules->topLevelItem(i);
        const auto parsed = PermissionRule::parse(
            item->text(1), PermissionRule::Kind(item->data(0, kKindRole).toInt()), m_rulesFile);
        if (parsed)
            out.append(*parsed);
    }
    return out;
}

void SettingsDialog::openPriceTable()
{
    QString path = m_pricePath->text().trimmed();
    if (path.isEmpty()) {
        path = userPriceFile();
        if (!QFile::exists(path)) {
            QDir().mkpath(QFileInfo(path).path());
            QFile bundled(u":/workbench/pricing.json"_s);
            if (!bundled.open(QIODevice::ReadOnly) || !QFile::copy(bundled.fileName(), path)) {
                setFieldError(m_priceError,
                              tr("A copy of the built-in price table could not be written to %1.").arg(path));
                return;
            }
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

// --- search

void SettingsDialog::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    int firstVisible = -1;
    for (int row = 0; row < m_pageList->count(); ++row) {
        QListWidgetItem *item = m_pageList->item(row);
        QWidget *page = m_pages.value(item->data(kPageRole).toInt());
        bool pageMatches = needle.isEmpty() || plain(item->text()).contains(needle, Qt::CaseInsensitive);
        // Field labels, check boxes and buttons are what a user scans for.
        const auto widgets = page->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            QString label;
            if (auto *l = qobject_cast<QLabel *>(w); l && l->objectName().isEmpty())
                label = l->text();
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                label = b->text();
            else
                continue;
            const bool match = !needle.isEmpty() && plain(label).contains(needle, Qt::CaseInsensitive);
            pageMatches = pageMatches || match;
            if (w->property(kMatchProperty).toBool() != match) {
                w->setProperty(kMatchProperty, match);
                w->setAutoFillBackground(match);
                w->setBackgroundRole(match ? QPalette::Highlight : QPalette::Window);
                w->setForegroundRole(match ? QPalette::HighlightedText : QPalette::WindowText);
            }
        }
        item->setHidden(!pageMatches);
        if (pageMatches && firstVisible < 0)
            firstVisible = row;
    }
    QListWidgetItem *current = m_pageList->currentItem();
    if ((!current || current->isHidden()) && firstVisible >= 0)
        m_pageList->setCurrentRow(firstVisible);
}

bool SettingsDialog::isPageVisible(Page page) const
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(kPageRole).toInt() == int(page))
            return !m_pageList->item(row)->isHidden();
    }
    return false;
}

void SettingsDialog::showPage(Page page)
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(kPageRole).toInt() == int(page)) {
            m_pageList->item(row)->setHidden(false);
            m_pageList->setCurrentRow(row);
        }
    }
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    const QListWidgetItem *item = m_pageList->currentItem();
    return item ? Page(item->data(kPageRole).toInt()) : Page::Model;
}

// --- saving

void SettingsDialog::accept()
{
    revalidate();
    if (!isInputValid())
        return;
    QStringList failures;
    auto check = [&failures](const Status &s) {
        if (!s)
            failures.append(s.error().message);
    };
    check(m_settings->setProvider(m_provider->currentData().toString()));
    check(m_settings->setBaseUrl(m_baseUrl->text()));
    check(m_settings->setModel(m_model->currentText().trimmed()));
    check(m_settings->setSandbox(m_sandbox->currentData().toString()));
    m_settings->setOfferNoSandbox(m_offerNoSandbox->isChecked());
    m_settings->setCgroupsEnabled(m_cgroups->isChecked());
    check(m_settings->setBridgeUrl(m_bridge->url()));
    check(m_settings->setWallTimeSeconds(m_wallTime->value()));
    check(m_settings->setCpuSeconds(m_cpu->value()));
    check(m_settings->setMemoryMiB(m_memory->value()));
    check(m_settings->setMaxProcesses(m_processes->value()));
    check(m_settings->setOutputCapMiB(m_outputCap->value()));
    check(m_settings->setExtraReadOnly(extraReadOnlyFromList()));
    m_settings->setPermissionMode(PermissionMode(m_mode->currentData().toInt()));
    m_settings->setNetworkEnabled(m_network->isChecked());
    check(m_settings->setAllowedDomains(domainsFromEditor()));
    check(m_settings->setPriceTablePath(m_pricePath->text().trimmed()));
    check(m_settings->setTranscriptDirectory(m_transcriptDir->text().trimmed()));
    check(m_settings->setTranscriptRetentionDays(m_retention->value()));
    m_settings->setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    m_settings->setFontFamily(m_systemFont->isChecked() ? QString() : m_fontFamily->currentFont().family());
    check(m_settings->setFontPointSize(m_systemFont->isChecked() ? 0 : m_fontSize->value()));
    check(m_settings->setLanguage(m_language->currentData().toString()));
    if (!m_rulesLoadFailed)
        check(saveRulesFile(m_rulesFile, rulesFromList()));
    if (!failures.isEmpty()) {
        m_storedProblems->setText(tr("Some settings could not be saved:\n%1").arg(failures.join(u'\n')));
        m_storedProblems->setVisible(true);
        return;
    }
    Q_EMIT settingsApplied();
    QDialog::accept();
}

} // namespace Workbench
