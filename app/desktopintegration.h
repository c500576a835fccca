// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QAction;

namespace Workbench {

class ActionSet;
class ApiKeyStore;
class AppSettings;
class MainWindow;
class Notifier;
class RunPage;
class SettingsDialog;
class ShortcutsDialog;

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
    /// The open settings dialog, if any.
    [[nodiscard]] SettingsDialog *settingsDialog() const;

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

    MainWindow *m_window;
    ApiKeyStore *m_keys;
    std::unique_ptr<AppSettings> m_settings;
    ActionSet *m_actions;
    Notifier *m_notifier;
    QList<QAction *> m_extraActions;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace Workbench
