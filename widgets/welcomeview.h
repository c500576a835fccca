// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace Workbench {

class RecentRunsModel;
struct RunOptions;

/// What the new-run form asks for, besides the task. Empty fields leave the settings' defaults.
struct NewRunChoices
{
    QString workspace;      ///< empty: a fresh folder
    QString permissionMode; ///< a Claude Code mode name; empty: the current mode
    QString sandbox;        ///< "local", "cloudflare" or "none"; empty: the default
    bool network = false;   ///< local sandbox only: network through the filtering proxy
    QStringList allowedDomains;

    /// Sets the RunOptions fields the CLI's --workspace, --permission-mode, --sandbox, --network
    /// and --allow-domain set, to the same values.
    void applyTo(RunOptions &options) const;
};

/// The start view, shown while no run is open.
///
/// Without an API key it offers the bundled demo, says where a key is kept (the desktop
/// keychain; ANTHROPIC_API_KEY wins over it) and leads to the settings. With a key it is a
/// new-run form: the task, the workspace folder (empty: a fresh one), the permission mode, where
/// the run executes (this computer in bubblewrap, a Cloudflare Sandbox, or — only when the
/// settings offer it — no sandbox) and its network (off by default; on with allowed domains,
/// local sandbox only). Either way it lists the recent runs' transcripts, newest first. It
/// decides nothing: each choice is a signal for the window to act on.
class WelcomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeView)
public:
    explicit WelcomeView(QWidget *parent = nullptr);
    ~WelcomeView() override;

    void setKeyState(bool hasKey, bool fromEnvironment);
    [[nodiscard]] bool showsNewRunForm() const;
    /// The permission mode the form starts with (a Claude Code mode name, e.g. "default").
    void setPermissionMode(const QString &mode);
    /// The form's starting choices, from the settings: the default sandbox, whether "No
    /// sandbox" is offered, the network default and its domains, and the bridge URL in force
    /// (without secrets; empty: none configured).
    void setRunDefaults(const QString &sandbox, bool offerNoSandbox, bool network,
                        const QStringList &allowedDomains, const QString &bridgeUrl);
    [[nodiscard]] NewRunChoices choices() const;
    /// Lists the transcripts in `directory` (rereads it).
    void setTranscriptDirectory(const QString &directory);
    void refreshRecentRuns();
    [[nodiscard]] RecentRunsModel *recentRuns() const { return m_recent; }
    /// Puts the keyboard focus where the user starts: the task, or the demo button.
    void focusStart();

Q_SIGNALS:
    void demoRequested();
    void settingsRequested();
    void runRequested(const QString &task, const Workbench::NewRunChoices &choices);
    void transcriptRequested(const QString &path);

private:
    void updateForm();
    void updateWhere();
    void submit();

    QStackedWidget *m_stack = nullptr;
    QWidget *m_noKeyPage = nullptr;
    QWidget *m_formPage = nullptr;
    QPushButton *m_demoButton = nullptr;
    QLabel *m_keySource = nullptr;
    QPlainTextEdit *m_task = nullptr;
    QLineEdit *m_workspace = nullptr;
    QLabel *m_workspaceError = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_sandbox = nullptr;
    QCheckBox *m_network = nullptr;
    QLineEdit *m_domains = nullptr;
    QLabel *m_whereNote = nullptr;
    QString m_bridgeUrl;
    bool m_whereOk = true;
    QPushButton *m_start = nullptr;
    QListView *m_recentList = nullptr;
    QLabel *m_recentEmpty = nullptr;
    QPushButton *m_openTranscript = nullptr;
    RecentRunsModel *m_recent = nullptr;
};

} // namespace Workbench

Q_DECLARE_METATYPE(Workbench::NewRunChoices)
