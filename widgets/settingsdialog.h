// SPDX-License-Identifier: MIT
#pragma once

#include "approval/permissionpolicy.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace Workbench {

class AppSettings;
class ModelsJob;
struct AnthropicConfig;
class BridgeSettingsBox;

/// All preferences in one searchable dialog: a filter box narrows the page list and highlights
/// the matching fields. Pages: Model, API key, Sandbox, Permissions, Network, Prices,
/// Transcripts, Appearance.
///
/// The dialog edits a copy of the values and writes them to the AppSettings (not owned) and the
/// user's rules file only when OK is pressed; OK stays disabled while any field is invalid, and
/// each invalid field says why right under it. Stored values AppSettings reports as invalid are
/// listed at the top, not silently replaced. The API key is not a setting: the page asks for
/// it to be stored or removed through signals, and the owner of the keychain answers with
/// setApiKeyState().
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    enum class Page
    {
        Model,
        ApiKey,
        Sandbox,
        Permissions,
        Network,
        Prices,
        Transcripts,
        Appearance
    };
    Q_ENUM(Page)

    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /// Model ids to offer; the shipped capability table's are offered until then.
    void setAvailableModels(const QStringList &modelIds);
    /// Asks GET /v1/models (asynchronously) for the models `config`'s key can use, with each
    /// one's context window and output limit. Until it answers, and when it fails (a note under
    /// the list says why), the list is the shipped capability table's. `nam` must outlive the
    /// dialog; closing the dialog cancels the request.
    void loadModels(const AnthropicConfig &config, QNetworkAccessManager *nam);
    /// What the key page shows: whether a key is known and whether ANTHROPIC_API_KEY provides it.
    void setApiKeyState(bool hasKey, bool fromEnvironment);
    /// The Cloudflare sandbox bridge key known to the app (for "Test connection" only; never
    /// shown) and whether SANDBOX_API_KEY provides it.
    void setBridgeKey(const QString &key, bool fromEnvironment);
    [[nodiscard]] BridgeSettingsBox *bridgeSettings() const { return m_bridge; }
    /// The rules file edited on the Permissions page (default: PermissionStore::userFile()).
    void setRulesFile(const QString &file);

    void showPage(Page page);
    [[nodiscard]] Page currentPage() const;
    /// Narrows the page list to pages with a field matching `text` and highlights those fields.
    void setFilter(const QString &text);
    [[nodiscard]] bool isPageVisible(Page page) const;
    /// Whether every field holds a value that can be saved.
    [[nodiscard]] bool isInputValid() const;

    void accept() override;

Q_SIGNALS:
    void apiKeySaveRequested(const QString &key);
    void apiKeyClearRequested();
    void bridgeKeySaveRequested(const QString &key);
    void bridgeKeyClearRequested();
    /// The settings were written (after OK); the app re-reads theme, fonts and defaults.
    void settingsApplied();

private:
    QWidget *buildModelPage();
    QWidget *buildApiKeyPage();
    QWidget *buildSandboxPage();
    QWidget *buildPermissionsPage();
    QWidget *buildNetworkPage();
    QWidget *buildPricesPage();
    QWidget *buildTranscriptsPage();
    QWidget *buildAppearancePage();
    void addPage(Page page, const QString &title, QWidget *content);
    /// The stack entry (a scroll area) that shows a page's content.
    [[nodiscard]] QWidget *pageFrame(QWidget *content) const;
    QLabel *makeErrorLabel(const QString &objectName);
    void load();
    void revalidate();
    void setFieldError(QLabel *label, const QString &message);
    void loadRules();
    void addRuleRow(const PermissionRule &rule);
    void applyRuleEditor(bool replaceSelected);
    void importRules(const QString &file);
    void openPriceTable();
    [[nodiscard]] QList<PermissionRule> rulesFromList() const;
    [[nodiscard]] QStringList domainsFromEditor() const;

    AppSettings *m_settings; // not owned
    QString m_rulesFile;

    QLineEdit *m_filter = nullptr;
    QLabel *m_storedProblems = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<int, QWidget *> m_pages; // Page → page widget

    // Model
    void showModelLimits();
    QComboBox *m_provider = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_baseUrlError = nullptr;
    QComboBox *m_model = nullptr;
    QLabel *m_modelError = nullptr;
    QLabel *m_modelLimits = nullptr;
    QLabel *m_modelNote = nullptr;
    QPointer<ModelsJob> m_modelsJob;
    struct Window
    {
        qint64 context = -1;
        qint64 output = -1;
    };
    QHash<QString, Window> m_apiModels; // id → limits, from /v1/models
    // API key
    QLabel *m_keyStatus = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_keySave = nullptr;
    QPushButton *m_keyClear = nullptr;
    bool m_hasKey = false;
    bool m_keyFromEnvironment = false;
    // Sandbox
    QComboBox *m_sandbox = nullptr;
    QLabel *m_sandboxWarning = nullptr;
    QCheckBox *m_offerNoSandbox = nullptr;
    QCheckBox *m_cgroups = nullptr;
    BridgeSettingsBox *m_bridge = nullptr;
    QSpinBox *m_wallTime = nullptr;
    QSpinBox *m_cpu = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_processes = nullptr;
    QSpinBox *m_outputCap = nullptr;
    // Extra read-only binds: entries stay listed (with the reason) until the user fixes or
    // removes them; OK is disabled while one is refused.
    void addExtraReadOnly(const QString &path);
    [[nodiscard]] QStringList extraReadOnlyFromList() const;
    QListWidget *m_extraReadOnly = nullptr;
    QPushButton *m_extraReadOnlyEdit = nullptr;
    QPushButton *m_extraReadOnlyRemove = nullptr;
    QLabel *m_extraReadOnlyError = nullptr;
    // Permissions
    QComboBox *m_mode = nullptr;
    QTreeWidget *m_rules = nullptr;
    QComboBox *m_ruleKind = nullptr;
    QLineEdit *m_ruleText = nullptr;
    QPushButton *m_ruleAdd = nullptr;
    QPushButton *m_ruleUpdate = nullptr;
    QPushButton *m_ruleRemove = nullptr;
    QLabel *m_ruleError = nullptr;
    QLabel *m_rulesNote = nullptr;
    bool m_rulesLoadFailed = false;
    // Network
    QCheckBox *m_network = nullptr;
    QPlainTextEdit *m_domains = nullptr;
    QLabel *m_domainsError = nullptr;
    // Prices
    QLineEdit *m_pricePath = nullptr;
    QLabel *m_priceError = nullptr;
    // Transcripts
    QLineEdit *m_transcriptDir = nullptr;
    QLabel *m_transcriptError = nullptr;
    QSpinBox *m_retention = nullptr;
    // Appearance
    QComboBox *m_theme = nullptr;
    QCheckBox *m_systemFont = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QLabel *m_fontSizeError = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Workbench
