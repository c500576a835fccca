// SPDX-License-Identifier: MIT
#pragma once

#include "approval/permissionpolicy.h"
#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Workbench {

struct RunOptions;

/// The app's preferences, typed and validated, over QSettings in the standard location
/// (`~/.config/agent-workbench/agent-workbench.conf`).
///
/// Promises:
///  - A setter validates first and writes nothing when the value is invalid; the returned error
///    says why in plain words (the settings dialog shows it next to the field).
///  - A getter returns the stored value when it is valid and the default otherwise. An invalid
///    stored value (edited by hand, written by a newer version) is never overwritten or removed:
///    problems() names it so the user can see and fix it.
///  - The API key is not a setting; it lives in the keychain (app/apikeystore.h).
class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    /// The settings of this user, in the standard location.
    AppSettings();
    /// Settings kept in the INI file `path` (tests, or a portable setup).
    explicit AppSettings(const QString &path);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    /// Where the settings are stored, for messages ("fix it in …").
    [[nodiscard]] QString fileName() const;
    /// Every stored value that is invalid, one error each (`detail` names the key).
    [[nodiscard]] QList<Error> problems() const;

    // --- Model
    [[nodiscard]] static QStringList knownProviders();
    [[nodiscard]] QString provider() const;
    Status setProvider(const QString &provider);
    [[nodiscard]] QString model() const;
    Status setModel(const QString &model);
    /// The server of the "openai" provider (Ollama, llama.cpp, vLLM…); empty: none set.
    [[nodiscard]] QString baseUrl() const;
    Status setBaseUrl(const QString &url);
    /// Empty, or an http(s) URL with a host and without credentials.
    static Status validateBaseUrl(const QString &url);

    // --- Sandbox and limits
    /// "local" (bubblewrap), "cloudflare" (a remote Cloudflare Sandbox) or "none".
    [[nodiscard]] QString sandbox() const;
    Status setSandbox(const QString &sandbox);
    /// Whether the new-run form offers "No sandbox" (only when the user switched it on, or made
    /// "none" the default).
    [[nodiscard]] bool offerNoSandbox() const;
    void setOfferNoSandbox(bool offer);
    /// Whether each local run gets a cgroup of its own where the system allows one (default on;
    /// off leaves the limits to rlimits alone and saves the ~10 ms a cgroup join costs per call).
    [[nodiscard]] bool cgroupsEnabled() const;
    void setCgroupsEnabled(bool enabled);
    /// The Cloudflare sandbox bridge's URL as stored (empty: none). SANDBOX_BRIDGE_URL wins over
    /// it: effectiveBridgeUrl() is what a run uses.
    [[nodiscard]] QString bridgeUrl() const;
    Status setBridgeUrl(const QString &url);
    [[nodiscard]] static QString bridgeUrlFromEnvironment();
    [[nodiscard]] QString effectiveBridgeUrl() const;
    /// Empty, or an http(s) URL with a host and without credentials.
    static Status validateBridgeUrl(const QString &url);
    [[nodiscard]] int wallTimeSeconds() const; ///< per tool call
    Status setWallTimeSeconds(int seconds);
    [[nodiscard]] int cpuSeconds() const;
    Status setCpuSeconds(int seconds);
    [[nodiscard]] int memoryMiB() const;
    Status setMemoryMiB(int mib);
    [[nodiscard]] int maxProcesses() const;
    Status setMaxProcesses(int processes);
    [[nodiscard]] int outputCapMiB() const;
    Status setOutputCapMiB(int mib);

    // --- Permissions
    [[nodiscard]] PermissionMode permissionMode() const;
    void setPermissionMode(PermissionMode mode);

    // --- Network (the sandbox has none yet; these are the defaults for when it does)
    [[nodiscard]] bool networkEnabled() const;
    void setNetworkEnabled(bool enabled);
    [[nodiscard]] QStringList allowedDomains() const;
    Status setAllowedDomains(const QStringList &domains);

    // --- Extra read-only binds (local sandbox; BwrapSandbox::checkExtraReadOnly says what is refused)
    /// As stored; each is checked again when a run creates its sandbox, which refuses a bad one.
    [[nodiscard]] QStringList extraReadOnly() const;
    /// Refuses the whole list when one path fails the check (nothing is stored then).
    Status setExtraReadOnly(const QStringList &paths);

    // --- Prices
    /// Empty: the user copy in the config folder when present, else the bundled table.
    [[nodiscard]] QString priceTablePath() const;
    Status setPriceTablePath(const QString &path);

    // --- Transcripts
    /// Empty means the default, RunConfig::dataDirectory() + "/transcripts".
    [[nodiscard]] QString transcriptDirectory() const;
    [[nodiscard]] QString effectiveTranscriptDirectory() const;
    Status setTranscriptDirectory(const QString &directory);
    /// Days to keep transcripts; 0 means "keep until I delete them" (the default).
    [[nodiscard]] int transcriptRetentionDays() const;
    Status setTranscriptRetentionDays(int days);

    // --- Appearance
    [[nodiscard]] Theme theme() const;
    void setTheme(Theme theme);
    [[nodiscard]] QString fontFamily() const; ///< empty: the system font
    void setFontFamily(const QString &family);
    [[nodiscard]] int fontPointSize() const; ///< 0: the system size
    Status setFontPointSize(int points);
    [[nodiscard]] static QStringList knownLanguages(); ///< "en", "de", "ko"
    [[nodiscard]] QString language() const;            ///< empty: follow the system
    Status setLanguage(const QString &language);

    // --- Window layout
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Splitter layouts by the splitter's name ("panes", "inspector"…).
    [[nodiscard]] QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    /// Copies the run defaults (provider and its server, model, sandbox, bridge URL, network for
    /// the local sandbox, wall time, CPU/memory/process limits, output cap, price table,
    /// permission mode, transcript folder) into `options`.
    void applyTo(RunOptions &options) const;

    // --- Validation, shared with the settings dialog
    static Status validateModel(const QString &model);
    static Status validateDomain(const QString &domain);
    static Status validatePriceTable(const QString &path);
    static Status validateTranscriptDirectory(const QString &directory);
    /// `value` within [minimum, maximum]; `what` names the field in the message.
    static Status validateRange(int value, int minimum, int maximum, const QString &what);

    // Limits of the numeric settings, for the dialog's spin boxes.
    static constexpr int kMaxWallTimeSeconds = 24 * 3600;
    static constexpr int kMaxCpuSeconds = 24 * 3600;
    static constexpr int kMinMemoryMiB = 64;
    static constexpr int kMaxMemoryMiB = 1024 * 1024;
    static constexpr int kMaxProcesses = 65536;
    static constexpr int kMaxOutputCapMiB = 4096;
    static constexpr int kMaxRetentionDays = 3650;
    static constexpr int kMinFontPointSize = 6;
    static constexpr int kMaxFontPointSize = 48;

private:
    std::unique_ptr<QSettings> m_settings;
};

/// The Claude Code-format rules file (`permissions.allow/ask/deny`) written with `rules`; other
/// keys already in `file` are kept. The file is created with its folder, mode 0600.
Status saveRulesFile(const QString &file, const QList<PermissionRule> &rules);

/// Deletes the run transcripts in `directory` — files named `<run id>.jsonl` as the app names
/// them (RunConfig::newRunId) — last written more than `days` days before `now`. Other files,
/// folders and links are never touched; `days` 0 keeps everything. Returns how many were
/// deleted; a file that cannot be deleted is an error naming it (the others are still tried).
Result<int> pruneTranscripts(const QString &directory, int days, const QDateTime &now);

} // namespace Workbench
