// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QNetworkAccessManager;

namespace Workbench {

class ActionSet;
class ApiKeyStore;
class AppSettings;
class MainWindow;
class Notifier;
class RunPage;
class SettingsDialog;
class ShortcutsDialog;
class TranscriptOpener;
struct NewRunChoices;
struct RunOptions;

/// The desktop wiring of the main window, so the window only composes: the actions (ActionSet)
/// and what each one does, the settings dialog and the API key behind it, the welcome view's
/// key state and recent runs, notifications and screen reader announcements about runs, and
/// the window and splitter layout kept in AppSettings. Owned by the window.
class DesktopIntegration final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)
public:
    /// `window` owns this; `keys` is not owned and must outlive it.
    DesktopIntegration(MainWindow *window, ApiKeyStore *keys);
    ~DesktopIntegration() override;

    [[nodiscard]] ActionSet *actions() const { return m_actions; }
    [[nodiscard]] AppSettings *settings() const { return m_settings.get(); }
    [[nodiscard]] Notifier *notifier() const { return m_notifier; }
    /// Opens transcripts and Claude Code sessions read-only in tabs. Owned.
    [[nodiscard]] TranscriptOpener *transcripts() const { return m_transcripts; }
    /// The open settings dialog, if any.
    [[nodiscard]] SettingsDialog *settingsDialog() const;
    /// The Cloudflare sandbox bridge's key (SANDBOX_API_KEY, else the keychain). Owned.
    [[nodiscard]] ApiKeyStore *bridgeKeys() const { return m_bridgeKeys; }
    /// A new run's options: the settings' defaults, then the form's `choices`, then the bridge
    /// key — the same fields the CLI's flags set.
    void applyRunDefaults(RunOptions &options, const NewRunChoices &choices) const;

    /// An action of the window's own (close tab, inbox) listed in the shortcuts overview.
    void addExtraAction(QAction *action, const QString &group);
    /// Every action with a shortcut in the window, as the overview lists them.
    [[nodiscard]] QList<QAction *> shortcutActions() const;

    /// Window geometry, dock state: restored from, saved to AppSettings.
    void restoreWindow();
    void saveWindow();
    /// Keeps the page's pane layout as the one new pages start with.
    void savePageLayout(RunPage *page);
    /// Restores the pane layout on a new page and reports its run's end and approvals.
    void watchPage(RunPage *page);

    void openSettings();
    void showShortcuts();
    /// Re-reads theme, font and defaults after the settings changed.
    void applySettings();

private:
    void connectActions();
    void updateKeyState();
    /// Deletes transcripts older than the retention setting, off the GUI thread.
    void pruneTranscripts();
    void updateRunDefaults();

    MainWindow *m_window;
    ApiKeyStore *m_keys;
    ApiKeyStore *m_bridgeKeys;
    std::unique_ptr<AppSettings> m_settings;
    ActionSet *m_actions;
    Notifier *m_notifier;
    TranscriptOpener *m_transcripts;
    QList<QAction *> m_extraActions;
    QPointer<SettingsDialog> m_settingsDialog;
    QNetworkAccessManager *m_nam = nullptr; // child, made when Settings first lists models
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace Workbench
