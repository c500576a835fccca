// SPDX-License-Identifier: MIT
#include "agent/appsettings.h"

#include "agent/runconfig.h"
#include "agent/runsession.h"
#include "llm/pricing.h"
#include "sandbox/bwrapsandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

#include <functional>

namespace Workbench {

using namespace Qt::StringLiterals;

namespace {
// Keys shared with earlier versions of the main window keep their names.
const QString kProvider = u"run/provider"_s;
const QString kBaseUrl = u"run/baseUrl"_s;
const QString kModel = u"run/model"_s;
const QString kMode = u"run/permissionMode"_s;
const QString kSandbox = u"sandbox/kind"_s;
const QString kOfferNone = u"sandbox/offerNoSandbox"_s;
const QString kCgroups = u"sandbox/cgroups"_s;
const QString kBridgeUrl = u"sandbox/bridgeUrl"_s;
const QStringList kSandboxKinds = {u"local"_s, u"cloudflare"_s, u"none"_s};
const QString kNetwork = u"network/enabled"_s;
const QString kDomains = u"network/allowedDomains"_s;
const QString kExtraReadOnly = u"sandbox/extraReadOnly"_s;
const QString kPrices = u"prices/path"_s;
const QString kTranscriptDir = u"transcripts/directory"_s;
const QString kTheme = u"appearance/theme"_s;
const QString kFontFamily = u"appearance/fontFamily"_s;
const QString kLanguage = u"appearance/language"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kSplitterPrefix = u"window/splitter/"_s;
// The one splitter of the first main window was saved under this key.
const QString kLegacySplitter = u"window/splitter"_s;

const QStringList kThemeNames = {u"system"_s, u"light"_s, u"dark"_s};

Error invalidStored(const QString &key, const QString &value, const QString &why)
{
    return Error{u"invalid_setting"_s,
                 AppSettings::tr("The stored value “%1” of %2 is not used: %3").arg(value, key, why),
                 key,
                 {}};
}

Error invalid(const QString &message)
{
    return Error{u"invalid_setting"_s, message, {}, {}};
}
} // namespace

namespace {
struct IntKey
{
    QString key;
    int fallback;
    int minimum;
    int maximum;
    const char *what; // translated in validateRange's message
};

// The defaults match the sandbox's built-in limits (README: the sandbox, in plain words).
const IntKey kWallTime{u"sandbox/wallTimeSeconds"_s, 120, 1, AppSettings::kMaxWallTimeSeconds,
                       QT_TRANSLATE_NOOP("AppSettings", "The time limit per call")};
const IntKey kCpu{u"sandbox/cpuSeconds"_s, 60, 1, AppSettings::kMaxCpuSeconds,
                  QT_TRANSLATE_NOOP("AppSettings", "The CPU time limit")};
const IntKey kMemory{u"sandbox/memoryMiB"_s, 2048, AppSettings::kMinMemoryMiB, AppSettings::kMaxMemoryMiB,
                     QT_TRANSLATE_NOOP("AppSettings", "The memory limit")};
const IntKey kProcesses{u"sandbox/processes"_s, 256, 1, AppSettings::kMaxProcesses,
                        QT_TRANSLATE_NOOP("AppSettings", "The process limit")};
const IntKey kOutputCap{u"sandbox/outputCapMiB"_s, 16, 1, AppSettings::kMaxOutputCapMiB,
                        QT_TRANSLATE_NOOP("AppSettings", "The output cap")};
const IntKey kRetention{u"transcripts/retentionDays"_s, 0, 0, AppSettings::kMaxRetentionDays,
                        QT_TRANSLATE_NOOP("AppSettings", "The retention period")};
// 0 is "the system size"; validated separately because 1..5 are not allowed.
const IntKey kFontSize{u"appearance/fontPointSize"_s, 0, 0, AppSettings::kMaxFontPointSize,
                       QT_TRANSLATE_NOOP("AppSettings", "The font size")};

int readInt(const QSettings &settings, const IntKey &key)
{
    if (!settings.contains(key.key))
        return key.fallback;
    bool ok = false;
    const int value = settings.value(key.key).toInt(&ok);
    if (!ok || value < key.minimum || value > key.maximum)
        return key.fallback;
    if (&key == &kFontSize && value != 0 && value < AppSettings::kMinFontPointSize)
        return key.fallback;
    return value;
}

Status writeInt(QSettings &settings, const IntKey &key, int value)
{
    if (Status s = AppSettings::validateRange(value, key.minimum, key.maximum, AppSettings::tr(key.what)); !s)
        return s;
    settings.setValue(key.key, value);
    return {};
}

QString readString(const QSettings &settings, const QString &key, const QString &fallback,
                   Status (*validate)(const QString &))
{
    if (!settings.contains(key))
        return fallback;
    const QString value = settings.value(key).toString();
    return validate(value) ? value : fallback;
}
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QList<Error> AppSettings::problems() const
{
    QList<Error> out;
    auto checkString = [&](const QString &key, const std::function<Status(const QString &)> &validate) {
        if (!m_settings->contains(key))
            return;
        const QString value = m_settings->value(key).toString();
        if (Status s = validate(value); !s)
            out.append(invalidStored(key, value, s.error().message));
    };
    checkString(kProvider, [](const QString &v) {
        return knownProviders().contains(v) ? Status{}
                                            : Status{invalid(tr("“%1” is not a provider this version knows."
                                                                " Known: %2.")
                                                                 .arg(v, knownProviders().join(u", "_s)))};
    });
    checkString(kModel, &validateModel);
    checkString(kBaseUrl, &validateBaseUrl);
    if (m_settings->value(kProvider).toString() == u"openai"_s && baseUrl().isEmpty())
        out.append(invalidStored(kProvider, u"openai"_s,
                                 tr("an OpenAI-compatible provider needs its server's address; "
                                    "the Anthropic API is used until one is set.")));
    checkString(kSandbox, [](const QString &v) {
        return kSandboxKinds.contains(v)
                   ? Status{}
                   : Status{invalid(tr("The sandbox must be “local” (bubblewrap), “cloudflare” or “none”."))};
    });
    checkString(kBridgeUrl, &validateBridgeUrl);
    checkString(kMode, [](const QString &v) {
        PermissionMode mode;
        return parsePermissionMode(v, &mode) ? Status{}
                                             : Status{invalid(tr("“%1” is not a permission mode.").arg(v))};
    });
    checkString(kPrices, [](const QString &v) { return v.isEmpty() ? Status{} : validatePriceTable(v); });
    checkString(kTranscriptDir,
                [](const QString &v) { return v.isEmpty() ? Status{} : validateTranscriptDirectory(v); });
    checkString(kTheme, [](const QString &v) {
        return kThemeNames.contains(v) ? Status{}
                                       : Status{invalid(tr("The theme must be system, light or dark."))};
    });
    checkString(kLanguage, [](const QString &v) {
        return v.isEmpty() || knownLanguages().contains(v)
                   ? Status{}
                   : Status{invalid(tr("“%1” is not a language the app is translated to.").arg(v))};
    });
    if (m_settings->contains(kDomains)) {
        for (const QString &d : m_settings->value(kDomains).toStringList()) {
            if (Status s = validateDomain(d); !s)
                out.append(invalidStored(kDomains, d, s.error().message));
        }
    }
    for (const QString &path : m_settings->value(kExtraReadOnly).toStringList()) {
        if (auto checked = BwrapSandbox::checkExtraReadOnly(path); !checked)
            out.append(invalidStored(kExtraReadOnly, path, checked.error().message));
    }
    for (const IntKey *key :
         {&kWallTime, &kCpu, &kMemory, &kProcesses, &kOutputCap, &kRetention, &kFontSize}) {
        if (!m_settings->contains(key->key))
            continue;
        const QString text = m_settings->value(key->key).toString();
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok) {
            out.append(invalidStored(key->key, text, tr("it is not a whole number.")));
            continue;
        }
        Status s = validateRange(value, key->minimum, key->maximum, tr(key->what));
        if (s && key == &kFontSize && value != 0 && value < kMinFontPointSize)
            s = validateRange(value, kMinFontPointSize, kMaxFontPointSize, tr(key->what));
        if (!s)
            out.append(invalidStored(key->key, text, s.error().message));
    }
    return out;
}

// --- validation

Status AppSettings::validateModel(const QString &model)
{
    if (model.trimmed().isEmpty())
        return invalid(tr("Enter a model id, for example %1.").arg(RunConfig::defaultModel()));
    static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._:@/-]*$"_s);
    if (!re.match(model).hasMatch())
        return invalid(tr("A model id has no spaces and uses only letters, digits and . _ - : @ /"));
    return {};
}

Status AppSettings::validateDomain(const QString &domain)
{
    // A host name, optionally with a leading "*." for every subdomain.
    static const QRegularExpression re(
        u"^(\\*\\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    if (domain.isEmpty() || domain.size() > 253 || !re.match(domain).hasMatch())
        return invalid(tr("“%1” is not a domain name (write example.com, or *.example.com for its "
                          "subdomains).")
                           .arg(domain));
    return {};
}

Status AppSettings::validatePriceTable(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return invalid(tr("There is no file at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    const auto table = PriceTable::fromJson(file.readAll());
    if (!table)
        return invalid(tr("%1 is not a price table: %2").arg(path, table.error().message));
    return {};
}

Status AppSettings::validateTranscriptDirectory(const QString &directory)
{
    if (directory.isEmpty())
        return invalid(tr("Choose a folder for transcripts."));
    const QFileInfo info(directory);
    if (!info.isAbsolute())
        return invalid(tr("Use a full path (starting with /) for the transcript folder."));
    if (info.exists() && !info.isDir())
        return invalid(tr("%1 is a file, not a folder.").arg(directory));
    if (info.exists() && !info.isWritable())
        return invalid(tr("The folder %1 is not writable.").arg(directory));
    return {};
}

Status AppSettings::validateRange(int value, int minimum, int maximum, const QString &what)
{
    if (value < minimum || value > maximum)
        return invalid(tr("%1 must be between %2 and %3.").arg(what).arg(minimum).arg(maximum));
    return {};
}

// --- model

QStringList AppSettings::knownProviders()
{
    return {u"anthropic"_s, u"openai"_s};
}

QString AppSettings::provider() const
{
    return readString(*m_settings, kProvider, u"anthropic"_s, [](const QString &v) {
        return knownProviders().contains(v) ? Status{} : Status{invalid({})};
    });
}

Status AppSettings::setProvider(const QString &provider)
{
    if (!knownProviders().contains(provider))
        return invalid(tr("“%1” is not a provider this version knows. Known: %2.")
                           .arg(provider, knownProviders().join(u", "_s)));
    m_settings->setValue(kProvider, provider);
    return {};
}

QString AppSettings::model() const
{
    return readString(*m_settings, kModel, RunConfig::defaultModel(), &validateModel);
}

Status AppSettings::setModel(const QString &model)
{
    if (Status s = validateModel(model); !s)
        return s;
    m_settings->setValue(kModel, model);
    return {};
}

QString AppSettings::baseUrl() const
{
    return readString(*m_settings, kBaseUrl, {}, &validateBaseUrl);
}

Status AppSettings::setBaseUrl(const QString &url)
{
    const QString t = url.trimmed();
    if (Status s = validateBaseUrl(t); !s)
        return s;
    m_settings->setValue(kBaseUrl, t);
    return {};
}

Status AppSettings::validateBaseUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"https"_s && u.scheme() != u"http"_s) || u.host().isEmpty())
        return invalid(tr("The server address must be an http(s) URL such as http://localhost:11434/v1."));
    if (!u.userInfo().isEmpty())
        return invalid(tr("Do not put credentials in the server address; set OPENAI_API_KEY instead."));
    return {};
}

// --- sandbox

QString AppSettings::sandbox() const
{
    return readString(*m_settings, kSandbox, u"local"_s, [](const QString &v) {
        return kSandboxKinds.contains(v) ? Status{} : Status{invalid({})};
    });
}

Status AppSettings::setSandbox(const QString &sandbox)
{
    if (!kSandboxKinds.contains(sandbox))
        return invalid(tr("The sandbox must be “local” (bubblewrap), “cloudflare” or “none”."));
    m_settings->setValue(kSandbox, sandbox);
    return {};
}

bool AppSettings::offerNoSandbox() const
{
    return m_settings->value(kOfferNone, false).toBool() || sandbox() == u"none"_s;
}

void AppSettings::setOfferNoSandbox(bool offer)
{
    m_settings->setValue(kOfferNone, offer);
}

bool AppSettings::cgroupsEnabled() const
{
    return m_settings->value(kCgroups, true).toBool();
}

void AppSettings::setCgroupsEnabled(bool enabled)
{
    m_settings->setValue(kCgroups, enabled);
}

QString AppSettings::bridgeUrl() const
{
    return readString(*m_settings, kBridgeUrl, QString(), &validateBridgeUrl);
}

Status AppSettings::setBridgeUrl(const QString &url)
{
    const QString t = url.trimmed();
    if (Status s = validateBridgeUrl(t); !s)
        return s;
    m_settings->setValue(kBridgeUrl, t);
    return {};
}

QString AppSettings::bridgeUrlFromEnvironment()
{
    return qEnvironmentVariable("SANDBOX_BRIDGE_URL").trimmed();
}

QString AppSettings::effectiveBridgeUrl() const
{
    const QString env = bridgeUrlFromEnvironment();
    return env.isEmpty() ? bridgeUrl() : env;
}

Status AppSettings::validateBridgeUrl(const QString &url)
{
    if (url.trimmed().isEmpty())
        return {};
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"https"_s && u.scheme() != u"http"_s) || u.host().isEmpty())
        return invalid(tr("The bridge URL must be an http(s) address such as https://sandbox.example.com."));
    if (!u.userInfo().isEmpty() || u.hasQuery())
        return invalid(tr("Do not put credentials in the bridge URL; store the bridge key below instead."));
    return {};
}

int AppSettings::wallTimeSeconds() const
{
    return readInt(*m_settings, kWallTime);
}
Status AppSettings::setWallTimeSeconds(int seconds)
{
    return writeInt(*m_settings, kWallTime, seconds);
}
int AppSettings::cpuSeconds() const
{
    return readInt(*m_settings, kCpu);
}
Status AppSettings::setCpuSeconds(int seconds)
{
    return writeInt(*m_settings, kCpu, seconds);
}
int AppSettings::memoryMiB() const
{
    return readInt(*m_settings, kMemory);
}
Status AppSettings::setMemoryMiB(int mib)
{
    return writeInt(*m_settings, kMemory, mib);
}
int AppSettings::maxProcesses() const
{
    return readInt(*m_settings, kProcesses);
}
Status AppSettings::setMaxProcesses(int processes)
{
    return writeInt(*m_settings, kProcesses, processes);
}
int AppSettings::outputCapMiB() const
{
    return readInt(*m_settings, kOutputCap);
}
Status AppSettings::setOutputCapMiB(int mib)
{
    return writeInt(*m_settings, kOutputCap, mib);
}

// --- permissions

PermissionMode AppSettings::permissionMode() const
{
    PermissionMode mode = PermissionMode::Default;
    if (!parsePermissionMode(m_settings->value(kMode).toString(), &mode))
        return PermissionMode::Default;
    return mode;
}

void AppSettings::setPermissionMode(PermissionMode mode)
{
    m_settings->setValue(kMode, permissionModeName(mode));
}

// --- network

bool AppSettings::networkEnabled() const
{
    return m_settings->value(kNetwork, false).toBool();
}

void AppSettings::setNetworkEnabled(bool enabled)
{
    m_settings->setValue(kNetwork, enabled);
}

QStringList AppSettings::allowedDomains() const
{
    QStringList out;
    for (const QString &d : m_settings->value(kDomains).toStringList()) {
        if (validateDomain(d))
            out.append(d);
    }
    return out;
}

Status AppSettings::setAllowedDomains(const QStringList &domains)
{
    QStringList clean;
    for (const QString &d : domains) {
        const QString t = d.trimmed();
        if (t.isEmpty())
            continue;
        if (Status s = validateDomain(t); !s)
            return s;
        if (!clean.contains(t, Qt::CaseInsensitive))
            clean.append(t);
    }
    m_settings->setValue(kDomains, clean);
    return {};
}

QStringList AppSettings::extraReadOnly() const
{
    return m_settings->value(kExtraReadOnly).toStringList();
}

Status AppSettings::setExtraReadOnly(const QStringList &paths)
{
    QStringList clean;
    for (const QString &p : paths) {
        const QString t = p.trimmed();
        if (t.isEmpty())
            continue;
        if (auto checked = BwrapSandbox::checkExtraReadOnly(t); !checked)
            return checked.error();
        if (!clean.contains(t))
            clean.append(t);
    }
    m_settings->setValue(kExtraReadOnly, clean);
    return {};
}

// --- prices

QString AppSettings::priceTablePath() const
{
    return readString(*m_settings, kPrices, {},
                      [](const QString &v) { return v.isEmpty() ? Status{} : validatePriceTable(v); });
}

Status AppSettings::setPriceTablePath(const QString &path)
{
    if (!path.isEmpty()) {
        if (Status s = validatePriceTable(path); !s)
            return s;
    }
    m_settings->setValue(kPrices, path);
    return {};
}

// --- transcripts

QString AppSettings::transcriptDirectory() const
{
    return readString(*m_settings, kTranscriptDir, {}, [](const QString &v) {
        return v.isEmpty() ? Status{} : validateTranscriptDirectory(v);
    });
}

QString AppSettings::effectiveTranscriptDirectory() const
{
    const QString dir = transcriptDirectory();
    return dir.isEmpty() ? RunConfig::dataDirectory() + u"/transcripts"_s : dir;
}

Status AppSettings::setTranscriptDirectory(const QString &directory)
{
    if (!directory.isEmpty()) {
        if (Status s = validateTranscriptDirectory(directory); !s)
            return s;
    }
    m_settings->setValue(kTranscriptDir, directory.isEmpty() ? QString() : QDir::cleanPath(directory));
    return {};
}

int AppSettings::transcriptRetentionDays() const
{
    return readInt(*m_settings, kRetention);
}
Status AppSettings::setTranscriptRetentionDays(int days)
{
    return writeInt(*m_settings, kRetention, days);
}

// --- appearance

AppSettings::Theme AppSettings::theme() const
{
    const int i = kThemeNames.indexOf(m_settings->value(kTheme).toString());
    return i < 0 ? Theme::System : Theme(i);
}

void AppSettings::setTheme(Theme theme)
{
    m_settings->setValue(kTheme, kThemeNames.at(int(theme)));
}

QString AppSettings::fontFamily() const
{
    return m_settings->value(kFontFamily).toString();
}

void AppSettings::setFontFamily(const QString &family)
{
    m_settings->setValue(kFontFamily, family.trimmed());
}

int AppSettings::fontPointSize() const
{
    return readInt(*m_settings, kFontSize);
}

Status AppSettings::setFontPointSize(int points)
{
    if (points != 0) {
        if (Status s = validateRange(points, kMinFontPointSize, kMaxFontPointSize, tr(kFontSize.what)); !s)
            return s;
    }
    m_settings->setValue(kFontSize.key, points);
    return {};
}

QStringList AppSettings::knownLanguages()
{
    return {u"en"_s, u"de"_s, u"ko"_s};
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return knownLanguages().contains(value) ? value : QString();
}

Status AppSettings::setLanguage(const QString &language)
{
    if (!language.isEmpty() && !knownLanguages().contains(language))
        return invalid(tr("“%1” is not a language the app is translated to.").arg(language));
    m_settings->setValue(kLanguage, language);
    return {};
}

// --- window layout

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings->value(kSplitterPrefix + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(kSplitterPrefix + name, state);
}

void AppSettings::applyTo(RunOptions &options) const
{
    // An OpenAI-compatible provider without its server's address cannot run (problems() says so).
    if (provider() == u"openai"_s && !baseUrl().isEmpty()) {
        options.provider = u"openai"_s;
        options.baseUrl = baseUrl();
    } else {
        options.provider = u"anthropic"_s;
    }
    options.model = model();
    options.sandbox = sandbox();
    options.limits.cpuSeconds = cpuSeconds();
    options.limits.addressSpaceBytes = qint64(memoryMiB()) << 20;
    options.limits.processes = maxProcesses();
    options.outputKillBytes = qint64(outputCapMiB()) << 20;
    options.priceTablePath = priceTablePath();
    options.bridgeUrl = effectiveBridgeUrl();
    // The filtering proxy exists only for the local sandbox (RunSession refuses it elsewhere).
    options.network = options.sandbox == u"local"_s && networkEnabled();
    options.allowDomains = options.network ? allowedDomains() : QStringList();
    options.extraReadOnly = options.sandbox == u"local"_s ? extraReadOnly() : QStringList();
    options.cgroups = cgroupsEnabled();
    options.toolTimeoutMs = wallTimeSeconds() * 1000;
    options.permissionMode = permissionModeName(permissionMode());
    const QString dir = transcriptDirectory();
    if (!dir.isEmpty() && options.transcriptPath.isEmpty())
        options.transcriptPath = dir + u'/' + RunConfig::newRunId() + u".jsonl"_s;
}

// --- retention

Result<int> pruneTranscripts(const QString &directory, int days, const QDateTime &now)
{
    if (days <= 0 || directory.isEmpty() || !QFileInfo(directory).isDir())
        return 0;
    static const QRegularExpression runFile(u"^\\d{8}-\\d{6}-[0-9a-f]{8}\\.jsonl$"_s);
    const QDateTime cutoff = now.addDays(-days);
    int deleted = 0;
    QStringList failed;
    const QFileInfoList entries =
        QDir(directory).entryInfoList(QDir::Files | QDir::NoSymLinks | QDir::Hidden);
    for (const QFileInfo &info : entries) {
        if (!runFile.match(info.fileName()).hasMatch() || info.lastModified() >= cutoff)
            continue;
        if (QFile::remove(info.filePath()))
            ++deleted;
        else
            failed.append(info.fileName());
    }
    if (!failed.isEmpty())
        return invalid(AppSettings::tr("%n old transcript(s) in %1 could not be deleted: %2", nullptr,
                                       int(failed.size()))
                           .arg(directory, failed.join(u", "_s)));
    return deleted;
}

// --- rules file

Status saveRulesFile(const QString &file, const QList<PermissionRule> &rules)
{
    QJsonObject root;
    QFile existing(file);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return invalid(AppSettings::tr("%1 cannot be read: %2").arg(file, existing.errorString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(existing.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return invalid(AppSettings::tr("%1 is not valid JSON; fix or remove it first.").arg(file));
        root = doc.object();
    }
    QJsonArray allow, ask, deny;
    for (const PermissionRule &rule : rules) {
        switch (rule.kind) {
        case PermissionRule::Kind::Allow:
            allow.append(rule.text);
            break;
        case PermissionRule::Kind::Ask:
            ask.append(rule.text);
            break;
        case PermissionRule::Kind::Deny:
            deny.append(rule.text);
            break;
        }
    }
    QJsonObject permissions = root.value(u"permissions"_s).toObject();
    permissions.insert(u"allow"_s, allow);
    permissions.insert(u"ask"_s, ask);
    permissions.insert(u"deny"_s, deny);
    root.insert(u"permissions"_s, permissions);

    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return invalid(AppSettings::tr("The folder of %1 cannot be created.").arg(file));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return invalid(AppSettings::tr("%1 cannot be written: %2").arg(file, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!out.commit())
        return invalid(AppSettings::tr("%1 cannot be written: %2").arg(file, out.errorString()));
    return {};
}

} // namespace Workbench
