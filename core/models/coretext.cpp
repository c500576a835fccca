// SPDX-License-Identifier: MIT
#include "models/coretext.h"

#include "transcript/runinspection.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Workbench::CoreText {

namespace {

const char *const kRunScript = QT_TRANSLATE_NOOP("CoreText", "Run %1 script (%2 lines)");
// Templates whose arguments are HTTP statuses: matched as digits only, so "The API had a server
// error (%1)" never swallows a whole "(HTTP 502). Try again shortly. The API said: …" message.
const char *const kServerError = QT_TRANSLATE_NOOP("CoreText", "The API had a server error (%1)");
const char *const kAnsweredHttp = QT_TRANSLATE_NOOP("CoreText", "The API answered HTTP %1");
const char *const kServerErrorFull =
    QT_TRANSLATE_NOOP("CoreText", "The API had a server error (HTTP %1). Try again shortly.");
const char *const kRejectedHttp = QT_TRANSLATE_NOOP(
    "CoreText", "The API rejected the request (HTTP %1). The API's message below may say why.");
const char *const kNumericArgs[] = {kServerError, kAnsweredHttp, kServerErrorFull, kRejectedHttp};

// Every phrase core builds for a person to read, as core builds it. When a core message changes,
// change it here too (tst_translations builds the common ones with the real code and checks).
// Phrases that core assembles from pieces are listed in their assembled forms.
const char *const kTemplates[] = {
    // Tool calls (agent/toolregistry.cpp, agent/agentrun.cpp)
    QT_TRANSLATE_NOOP("CoreText", "Restart the shell"),
    QT_TRANSLATE_NOOP("CoreText", "View %1"),
    QT_TRANSLATE_NOOP("CoreText", "Create %1"),
    QT_TRANSLATE_NOOP("CoreText", "Edit %1"),
    QT_TRANSLATE_NOOP("CoreText", "Insert into %1 at line %2"),
    QT_TRANSLATE_NOOP("CoreText", "%1 (invalid input)"),
    QT_TRANSLATE_NOOP("CoreText", "(no output)"),
    QT_TRANSLATE_NOOP("CoreText", "Cancelled by the user."),
    QT_TRANSLATE_NOOP("CoreText", "File created successfully at: %1"),
    QT_TRANSLATE_NOOP("CoreText", "The file %1 has been edited."),
    QT_TRANSLATE_NOOP("CoreText", "The shell was restarted."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox could not start, so nothing ran: %1"),
    QT_TRANSLATE_NOOP("CoreText", "No replacement was performed: old_str did not appear verbatim in %1."),

    // Policy reasons (approval/permissionpolicy.cpp)
    QT_TRANSLATE_NOOP("CoreText", "plan mode: nothing is executed; the call is recorded as proposed"),
    QT_TRANSLATE_NOOP("CoreText", "a deny rule matches this call"),
    QT_TRANSLATE_NOOP("CoreText", "a deny rule matches the subcommand \"%1\""),
    QT_TRANSLATE_NOOP("CoreText", "bypassPermissions mode runs every call (still inside the sandbox)"),
    QT_TRANSLATE_NOOP("CoreText", "an ask rule matches, and dontAsk mode denies instead of asking"),
    QT_TRANSLATE_NOOP("CoreText", "an ask rule matches this call"),
    QT_TRANSLATE_NOOP("CoreText", "an ask rule matches the subcommand \"%1\""),
    QT_TRANSLATE_NOOP("CoreText", "risky: %1"),
    QT_TRANSLATE_NOOP("CoreText", "risky: %1 (although %2 allows it)"),
    QT_TRANSLATE_NOOP("CoreText", "risky: %1; dontAsk mode denies instead of asking"),
    QT_TRANSLATE_NOOP("CoreText", "risky: %1 (although %2 allows it); dontAsk mode denies instead of asking"),
    QT_TRANSLATE_NOOP("CoreText", "allowed by %1"),
    QT_TRANSLATE_NOOP("CoreText", "denied by %1"),
    QT_TRANSLATE_NOOP("CoreText", "acceptEdits mode accepts %1 inside the workspace"),
    QT_TRANSLATE_NOOP("CoreText", "%1 matches, but the command also writes to %2"),
    QT_TRANSLATE_NOOP("CoreText", "no allow rule matches"),
    QT_TRANSLATE_NOOP("CoreText", "acceptEdits mode accepts simple filesystem commands inside the workspace"),
    QT_TRANSLATE_NOOP("CoreText", "allow rules and acceptEdits mode cover every subcommand"),
    QT_TRANSLATE_NOOP("CoreText", "allow rules match every subcommand"),
    QT_TRANSLATE_NOOP("CoreText", "an allow rule matches this call"),
    QT_TRANSLATE_NOOP("CoreText", "the call only reads the workspace"),
    QT_TRANSLATE_NOOP("CoreText", "acceptEdits mode accepts file edits in the workspace"),
    QT_TRANSLATE_NOOP("CoreText", "the command could not be fully understood (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "no allow rule covers %1"),
    QT_TRANSLATE_NOOP("CoreText", "no rule allows this call"),
    QT_TRANSLATE_NOOP("CoreText", "%1; risky: %2"),
    QT_TRANSLATE_NOOP("CoreText", "%1, and dontAsk mode denies instead of asking"),
    QT_TRANSLATE_NOOP("CoreText", "%1, so %2 mode asks"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" is not a permission rule. Write Tool or Tool(specifier), for "
                                  "example Bash(npm run test:*)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "\"%1\" has an empty specifier. Drop the parentheses to match every call of %2."),

    // Risks (approval/riskclassifier.cpp)
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" deletes whole directory trees"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" deletes every file it finds"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" can overwrite disks or files beyond recovery"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" changes ownership or permissions of a whole tree"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" can overwrite or delete history on the remote"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" throws away uncommitted changes"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" deletes untracked files"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" talks to a remote repository"),
    QT_TRANSLATE_NOOP("CoreText", "output is piped into %1, which runs whatever it receives"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" installs packages, which run their own code"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" makes a network request"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" touches %2, a protected path"),
    QT_TRANSLATE_NOOP("CoreText", "a redirection writes to %1, a protected path"),
    QT_TRANSLATE_NOOP("CoreText", "a redirection writes to %1, outside the workspace"),
    QT_TRANSLATE_NOOP("CoreText", "%1 is a protected path"),
    QT_TRANSLATE_NOOP("CoreText", "create replaces the existing file %1 as a whole"),

    // Why a command was not understood (approval/shellparser.cpp)
    QT_TRANSLATE_NOOP("CoreText", "commands are nested too deeply"),
    QT_TRANSLATE_NOOP("CoreText", "a here-document has no end line"),
    QT_TRANSLATE_NOOP("CoreText", "a \"(\" or \"$(\" is never closed"),
    QT_TRANSLATE_NOOP("CoreText", "a \")\" has no matching \"(\""),
    QT_TRANSLATE_NOOP("CoreText", "\"case\" statements are not understood"),
    QT_TRANSLATE_NOOP("CoreText", "process substitution (<( ) or >( )) is not understood"),
    QT_TRANSLATE_NOOP("CoreText", "function definitions and arrays are not understood"),
    QT_TRANSLATE_NOOP("CoreText", "arithmetic commands (( )) are not understood"),
    QT_TRANSLATE_NOOP("CoreText", "the character \"%1\" is not understood here"),
    QT_TRANSLATE_NOOP("CoreText", "a redirection has no target"),
    QT_TRANSLATE_NOOP("CoreText", "output goes to a file named by a variable"),
    QT_TRANSLATE_NOOP("CoreText", "a here-document runs commands ($( ) or backticks)"),
    QT_TRANSLATE_NOOP("CoreText", "the command ends with a lone backslash"),
    QT_TRANSLATE_NOOP("CoreText", "a single quote is never closed"),
    QT_TRANSLATE_NOOP("CoreText", "a double quote is never closed"),
    QT_TRANSLATE_NOOP("CoreText", "a backtick is never closed"),
    QT_TRANSLATE_NOOP("CoreText", "\"%1\" is not understood"),
    QT_TRANSLATE_NOOP("CoreText", "commands are wrapped too deeply"),
    QT_TRANSLATE_NOOP("CoreText", "the command name comes from a variable or a substitution"),
    QT_TRANSLATE_NOOP("CoreText", "%1 -c has no command"),
    QT_TRANSLATE_NOOP("CoreText", "%1 -c runs a command built from a variable"),
    QT_TRANSLATE_NOOP("CoreText", "eval runs a command built from a variable"),
    QT_TRANSLATE_NOOP("CoreText", "the command is empty"),

    // How a command ended (sandbox/sandbox.cpp, sandbox/processexecjob.cpp)
    QT_TRANSLATE_NOOP("CoreText", "Changed: unknown (workspace too large to scan fully)"),
    QT_TRANSLATE_NOOP("CoreText", "Changed: %1"),
    QT_TRANSLATE_NOOP("CoreText", "Changed: %1 (scan capped; may be incomplete)"),
    QT_TRANSLATE_NOOP("CoreText", "stopped: %1; exited with status %2"),
    QT_TRANSLATE_NOOP("CoreText", "exited with status %1"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "exited with status %1 (the status a shell reports when a command is killed by signal %2)"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "exited with status %1 (the status a shell reports when a command is killed by signal %2, %3)"),
    QT_TRANSLATE_NOOP("CoreText", "killed by signal %1"),
    QT_TRANSLATE_NOOP("CoreText", "killed by signal %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "stopped: wall-clock limit of %1 reached"),
    QT_TRANSLATE_NOOP("CoreText", "stopped: wall-clock limit reached"),
    QT_TRANSLATE_NOOP("CoreText", "stopped: output limit of %1 exceeded"),
    QT_TRANSLATE_NOOP("CoreText", "stopped: output limit exceeded"),
    QT_TRANSLATE_NOOP("CoreText", "stopped: the workspace grew by more than %1"),
    QT_TRANSLATE_NOOP("CoreText", "stopped: the workspace grew past its limit"),
    QT_TRANSLATE_NOOP("CoreText", "cancelled by the user"),
    QT_TRANSLATE_NOOP("CoreText", "could not start"),

    // The run (agent/agentrun.cpp)
    QT_TRANSLATE_NOOP("CoreText", "Request adjusted: %1."),
    QT_TRANSLATE_NOOP("CoreText", "(redacted by the API; sent back unchanged)"),
    QT_TRANSLATE_NOOP("CoreText", "The model stopped to use a tool but sent no tool call."),
    QT_TRANSLATE_NOOP("CoreText", "The answer ended at a stop sequence."),
    QT_TRANSLATE_NOOP("CoreText", "The answer ended at the stop sequence \"%1\"."),
    QT_TRANSLATE_NOOP("CoreText", "The answer was cut off: it reached the output limit (max_tokens = %1). "
                                  "Press Continue to let the model finish it, or allow more output tokens."),
    QT_TRANSLATE_NOOP("CoreText", "The model declined to continue: %1"),
    QT_TRANSLATE_NOOP("CoreText", "The model declined to continue (category: %1): %2"),
    QT_TRANSLATE_NOOP("CoreText", "no explanation given"),
    QT_TRANSLATE_NOOP("CoreText",
                      "The conversation no longer fits in the model's context window. Start a new "
                      "run with a shorter task, or have tools return less output."),
    QT_TRANSLATE_NOOP("CoreText", "The model stopped for a reason this version does not handle: %1"),
    QT_TRANSLATE_NOOP("CoreText", "Permission denied: this call was not run because %1."),
    QT_TRANSLATE_NOOP("CoreText", "Permission denied: this call was not run because %1 (%2)."),
    QT_TRANSLATE_NOOP("CoreText", "another call with the same tool_use id is already waiting for approval"),
    QT_TRANSLATE_NOOP("CoreText", "Permission denied: %1."),
    QT_TRANSLATE_NOOP("CoreText", "Permission denied: %1"),
    QT_TRANSLATE_NOOP("CoreText", "approved when asked"),
    QT_TRANSLATE_NOOP("CoreText", "approved when asked (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "%1 (asked because %2)"),
    QT_TRANSLATE_NOOP("CoreText", "denied when asked"),
    QT_TRANSLATE_NOOP("CoreText", "Permission denied: the user denied this call."),
    QT_TRANSLATE_NOOP("CoreText", "Permission denied: the user denied this call and said: %1"),
    QT_TRANSLATE_NOOP("CoreText", "the edited call is not valid: %1"),
    QT_TRANSLATE_NOOP("CoreText", "The user edited this call, but the edited call could not run: %1"),
    QT_TRANSLATE_NOOP("CoreText", "the edited call was denied: %1"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Permission denied: the user edited this call, and the edited call was not run because %1."),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "Permission denied: the user edited this call, and the edited call was not run because %1 (%2)."),
    QT_TRANSLATE_NOOP("CoreText", "edited, then approved when asked (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "Permission mode changed from %1 to %2."),
    QT_TRANSLATE_NOOP("CoreText",
                      "No checkpoint could be taken before this call, so it cannot be rewound: %1"),
    QT_TRANSLATE_NOOP("CoreText", "Cancelled by the user before it ran."),
    QT_TRANSLATE_NOOP("CoreText", "Cancelled by the user before it was approved."),
    QT_TRANSLATE_NOOP("CoreText", "Not run: the run stopped (%1)."),
    QT_TRANSLATE_NOOP("CoreText", "Run stopped by the user."),
    QT_TRANSLATE_NOOP("CoreText", "Continuing the paused turn at your request."),
    QT_TRANSLATE_NOOP("CoreText", "Not run: your answer reached the output limit while this call was being "
                                  "written. Send it again if it is still needed."),
    QT_TRANSLATE_NOOP("CoreText", "Continuing the cut-off answer at your request."),

    // Network (agent/networkaccess.cpp, sandbox/netproxy.cpp, sandbox/domainpolicy.cpp)
    QT_TRANSLATE_NOOP("CoreText", "Network: allowed %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "Network: denied %1 (%2)"),
    QT_TRANSLATE_NOOP("CoreText", "Allow network access to %1?"),
    QT_TRANSLATE_NOOP("CoreText", "A command in the sandbox asked the proxy to connect to %1.\nAllowing it "
                                  "lets every command of this run reach that host and port."),
    QT_TRANSLATE_NOOP("CoreText", "no domain rule names %1; network access is asked about host by host"),
    QT_TRANSLATE_NOOP("CoreText", "there is no one to ask"),
    QT_TRANSLATE_NOOP("CoreText", "no rule allows %1:%2 and there is no one to ask"),
    QT_TRANSLATE_NOOP("CoreText", "this run (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "%1 resolves to %2, %3"),
    QT_TRANSLATE_NOOP("CoreText", "could not connect to %1: %2"),
    QT_TRANSLATE_NOOP("CoreText", "the name could not be resolved"),
    QT_TRANSLATE_NOOP("CoreText", "a cloud metadata address"),
    QT_TRANSLATE_NOOP("CoreText", "a multicast address"),
    QT_TRANSLATE_NOOP("CoreText", "a loopback address"),
    QT_TRANSLATE_NOOP("CoreText", "a private (RFC 1918) address"),
    QT_TRANSLATE_NOOP("CoreText", "a link-local address"),

    // Why a run cannot start (agent/runsession.cpp, sandbox/bwrapsandbox.cpp)
    QT_TRANSLATE_NOOP("CoreText", "Cannot create the workspace folder %1."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox could not start: %1. Nothing was run."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The sandbox cannot start: bubblewrap was not found at %1. Install it (apt install "
                      "bubblewrap) or configure the path of the system's bwrap."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox cannot start: user namespaces are disabled "
                                  "(user.max_user_namespaces = %1). Enable them: sysctl -w "
                                  "user.max_user_namespaces=15000"),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox cannot start: unprivileged user namespaces are disabled "
                                  "(kernel.unprivileged_userns_clone = %1). Enable them: sysctl -w "
                                  "kernel.unprivileged_userns_clone=1"),
    QT_TRANSLATE_NOOP("CoreText", "The workspace %1 does not exist or is not a folder. Create it or choose "
                                  "another one."),

    // Why the local sandbox cannot start or run a command (sandbox/bwrapsandbox.cpp,
    // sandbox/processexecjob.cpp).
    QT_TRANSLATE_NOOP("CoreText", "Could not hand the workspace %1 to the sandbox user: %2. Check that the "
                                  "workspace is on a local file system the app can change."),
    QT_TRANSLATE_NOOP("CoreText", "The workspace %1 is nested more than 256 folders deep; the workbench will "
                                  "not hand it over. Choose a smaller workspace."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox could not start: the app could not create an in-memory file "
                                  "for its policy (memfd_create failed)."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox could not start the command %1: %2. Only programs under /usr "
                                  "are available inside the sandbox; check the name."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox could not start: %1. %2"),
    // The launcher's own line when the command is missing (sandbox/launcher/sandboxlaunch.cpp);
    // %2 is the system's error text.
    QT_TRANSLATE_NOOP("CoreText", "workbench-sandbox-launch: cannot run \"%1\": %2"),
    QT_TRANSLATE_NOOP(
        "CoreText", "The app could not switch to the unprivileged sandbox user before starting bubblewrap."),
    QT_TRANSLATE_NOOP("CoreText",
                      "Check that bubblewrap works here: bwrap --unshare-all --ro-bind /usr /usr true"),
    QT_TRANSLATE_NOOP("CoreText",
                      "The sandbox could not start: bubblewrap could not be run from %1. Install it (apt "
                      "install bubblewrap) or configure the path of the system's bwrap. Nothing was run."),
    QT_TRANSLATE_NOOP(
        "CoreText", "The sandbox cannot start: AppArmor restricts unprivileged user namespaces "
                    "(kernel.apparmor_restrict_unprivileged_userns = 1) and no profile allows bwrap. Install "
                    "an AppArmor profile for /usr/bin/bwrap (Ubuntu: apparmor's bwrap-userns-restrict) or "
                    "run: sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"),
    QT_TRANSLATE_NOOP(
        "CoreText", "No workspace folder was chosen. Pass --workspace DIR or pick a folder in the settings."),
    QT_TRANSLATE_NOOP("CoreText", "The workspace %1 is a system folder; the sandbox would make it writable. "
                                  "Choose a project folder instead, e.g. under /var/tmp or your home."),
    QT_TRANSLATE_NOOP("CoreText", "The bubblewrap path %1 must be absolute (the system's /usr/bin/bwrap), so "
                                  "no other program can be picked up from PATH."),
    QT_TRANSLATE_NOOP("CoreText", "The app runs as root, and the sandbox user must not be root too. "
                                  "Configure an unprivileged sandbox uid and gid (default 65534)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The sandbox runs as the unprivileged user %1, which cannot reach %2 because %3 is "
                      "private (mode %4). Choose a workspace outside it, e.g. under /var/tmp."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox cannot start: its launcher %1 is missing or unreadable. "
                                  "Reinstall the app (workbench-sandbox-launch belongs next to "
                                  "agent-workbench) or rebuild the target workbench-sandbox-launch."),
    QT_TRANSLATE_NOOP("CoreText", "The extra read-only path %1 cannot be bound into the sandbox: %2."),
    QT_TRANSLATE_NOOP("CoreText", "The sandbox cannot start: %1 is not executable by uid %2. Reinstall "
                                  "bubblewrap (apt install --reinstall bubblewrap)."),
    QT_TRANSLATE_NOOP("CoreText", "The workspace %1 no longer exists. Choose another folder."),
    QT_TRANSLATE_NOOP("CoreText", "No command was given to run."),

    // Why an extra read-only path is refused (sandbox/bwrapsandbox.cpp)
    QT_TRANSLATE_NOOP("CoreText", "it is not an absolute path; give it from the root, e.g. /opt/rust"),
    QT_TRANSLATE_NOOP("CoreText", "it does not exist"),
    QT_TRANSLATE_NOOP("CoreText", "it is neither a folder nor a regular file"),
    QT_TRANSLATE_NOOP("CoreText", "it is the whole file system"),
    QT_TRANSLATE_NOOP("CoreText", "it is under %1, which exposes the host's kernel and devices"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "it is your home folder or contains it (%1); name the one folder the commands need instead"),
    QT_TRANSLATE_NOOP("CoreText", "it holds the app's own settings or data (%1)"),
    QT_TRANSLATE_NOOP("CoreText", "it overlaps %1, which the sandbox provides itself"),
    QT_TRANSLATE_NOOP("CoreText", "it is the workspace or contains it; the workspace is bound already"),

    // The API's failures and retries (llm/apierrors.cpp): each message as assembled, "what
    // happened" and "what to do" together; the API's own words follow "The API said:".
    QT_TRANSLATE_NOOP("CoreText", "The account's spend limit has been reached"),
    QT_TRANSLATE_NOOP("CoreText", "The API timed out waiting for the request (408)"),
    QT_TRANSLATE_NOOP("CoreText", "The API reported a conflict (409)"),
    QT_TRANSLATE_NOOP("CoreText", "The API is rate limiting this key (429)"),
    QT_TRANSLATE_NOOP("CoreText", "The API is overloaded (529)"),
    kServerError,
    kAnsweredHttp,
    QT_TRANSLATE_NOOP("CoreText", "Could not reach the API"),
    QT_TRANSLATE_NOOP("CoreText", "The API did not answer in time"),
    QT_TRANSLATE_NOOP("CoreText", "The connection closed before the answer began"),
    QT_TRANSLATE_NOOP("CoreText", "%1 The API said: %2"),
    QT_TRANSLATE_NOOP("CoreText",
                      "The account's spend limit has been reached, so the request was not retried. Raise "
                      "the limit in the Anthropic Console (Settings → Limits) or wait for the next billing "
                      "period."),
    QT_TRANSLATE_NOOP("CoreText", "The API rejected the request. The API's message below says which part is "
                                  "wrong; nothing was retried."),
    QT_TRANSLATE_NOOP("CoreText", "The API key was rejected. Check ANTHROPIC_API_KEY, or enter a valid key "
                                  "under Settings → Anthropic API Key."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The API refused the request because of a billing problem with the account. "
                      "Check the account's billing details in the Anthropic Console."),
    QT_TRANSLATE_NOOP("CoreText", "The API key does not have permission for this request. Use a key whose "
                                  "workspace may use this model, or choose another model."),
    QT_TRANSLATE_NOOP("CoreText", "The model or endpoint was not found. Check the model id (--model or "
                                  "Settings) and the base URL (ANTHROPIC_BASE_URL or --base-url)."),
    QT_TRANSLATE_NOOP("CoreText", "The API timed out waiting for the request (408). Try again shortly."),
    QT_TRANSLATE_NOOP("CoreText", "The API reported a conflict (409). Try again shortly."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The request is too large for the API (the limit is 32 MB). Trim the conversation: "
                      "start a new run, or have tools return less (large files, long logs, images)."),
    QT_TRANSLATE_NOOP("CoreText",
                      "The API is rate limiting this key. Wait a moment and try again; if it keeps "
                      "happening, send fewer or smaller requests or raise the account's rate limits."),
    QT_TRANSLATE_NOOP("CoreText", "The API is overloaded right now. Try again in a few minutes."),
    kServerErrorFull,
    kRejectedHttp,
    QT_TRANSLATE_NOOP("CoreText",
                      "The API reported an error in the middle of the answer: %1. What arrived so "
                      "far is kept. %2"),
    QT_TRANSLATE_NOOP("CoreText", "Try again in a few minutes."),
    QT_TRANSLATE_NOOP("CoreText", "Wait a moment and try again; if it keeps happening, send fewer or smaller "
                                  "requests or raise the account's rate limits."),
    QT_TRANSLATE_NOOP("CoreText", "Try again shortly."),
    QT_TRANSLATE_NOOP("CoreText", "The API's message says what to change."),
    QT_TRANSLATE_NOOP("CoreText", "Could not reach the API at %1. Check the network and the base URL "
                                  "(ANTHROPIC_BASE_URL or --base-url)."),
};

// Phrases with counts, sizes and durations. Core writes numbers with English digits ("4.5",
// "1048576"); the arguments named after each template are such numbers, matched as numbers only and
// shown with the UI locale's digits ("4,5", "1.048.576"). Numbers that identify something (HTTP
// statuses, exit statuses, signals, uids, ports, sysctl values) are not listed: they stay as written.
struct QuantityTemplate
{
    const char *source;
    const char *quantities; // the %N that are numbers to localize, e.g. "23" for %2 and %3
};
const QuantityTemplate kQuantityTemplates[] = {
    // Tool calls and results (agent/toolregistry.cpp)
    {kRunScript, "2"},
    {QT_TRANSLATE_NOOP("CoreText",
                       "No replacement was performed: old_str appears %1 times in %2; make it unique."),
     "1"},

    // How a command ended (sandbox/sandbox.cpp, sandbox/processexecjob.cpp); the sizes and
    // durations ExecResult::describe() writes with a unit ("2.5 s", "16 MiB", "100 bytes").
    {QT_TRANSLATE_NOOP("CoreText", "Changed: %1 and %2 more"), "2"},
    {QT_TRANSLATE_NOOP("CoreText", "Changed: %1 and %2 more (scan capped; may be incomplete)"), "2"},
    {QT_TRANSLATE_NOOP("CoreText", "wall-clock limit of %1 ms reached"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "output limit of %1 bytes exceeded"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "workspace growth limit of %1 bytes exceeded"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "CPU time limit of %1 s reached (SIGXCPU)"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "file size limit of %1 MiB reached (SIGXFSZ)"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "CPU time hard limit of %1 s reached (SIGKILL), most likely"), "1"},
    {QT_TRANSLATE_NOOP(
         "CoreText", "memory limit of %1 MiB reached (the kernel killed %2 process(es) in the run's cgroup)"),
     "12"},
    {QT_TRANSLATE_NOOP("CoreText", "%1 s"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "%1 byte"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "%1 bytes"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "%1 KiB"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "%1 MiB"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "%1 GiB"), "1"},

    // The run (agent/agentrun.cpp)
    {QT_TRANSLATE_NOOP("CoreText", "The run stopped after %1 turns, the limit set for it."), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "The API paused a long turn; sending it back to go on (%1 of %2)."), "12"},
    {QT_TRANSLATE_NOOP("CoreText",
                       "The API paused this turn %1 times in a row, so the run stopped rather than "
                       "loop. Press Continue to let it go on."),
     "1"},
    {QT_TRANSLATE_NOOP("CoreText",
                       "The checkpoint before this call did not capture %1 item(s), which a rewind "
                       "leaves as they are: %2"),
     "1"},
    {QT_TRANSLATE_NOOP("CoreText", "Sending turn %1 again at your request."), "1"},

    // Network (sandbox/netproxy.cpp)
    {QT_TRANSLATE_NOOP("CoreText", "the upstream server did not answer within %1 s"), "1"},

    // The API's retries and time-outs (llm/apierrors.cpp)
    {QT_TRANSLATE_NOOP("CoreText", "%1; retrying in %2 s — attempt %3 of %4."), "234"},
    {QT_TRANSLATE_NOOP("CoreText", "%1; retrying in %2 s — attempt %3 of %4. request-id: %5"), "234"},
    {QT_TRANSLATE_NOOP("CoreText", "connect timeout of %1 ms"), "1"},
    {QT_TRANSLATE_NOOP("CoreText", "idle timeout of %1 ms"), "1"},
    {QT_TRANSLATE_NOOP("CoreText",
                       "Could not connect to the API at %1 within %2 s. Check the network and the base URL."),
     "2"},
    {QT_TRANSLATE_NOOP("CoreText",
                       "The API sent nothing for %1 seconds, so the request was stopped. Try again; "
                       "if it keeps happening, check the network."),
     "1"},
};

// How Error::toString() appends an error's detail and request id. Matched from the right (the
// detail may itself contain " (" or "; "), and only when what precedes is a phrase of its own.
const char *const kSuffixTemplates[] = {
    QT_TRANSLATE_NOOP("CoreText", "%1 [request-id: %2]"),
    QT_TRANSLATE_NOOP("CoreText", "%1 (%2)"),
};

// How a captured argument is matched and shown.
enum class Arg
{
    Phrase,   // any text, itself shown through display()
    Code,     // digits that identify something (an HTTP status): kept as written
    Quantity, // a number core wrote with English digits: shown with the UI locale's
};

struct Compiled
{
    QString source;
    QRegularExpression pattern; // invalid for a template without arguments
    QList<int> argNumbers;      // %N of each capture, in order
    QList<Arg> argKinds;        // and how each is shown
    qsizetype literalLength = 0;
};

struct Table
{
    QHash<QString, QString> exact; // templates without arguments
    QList<Compiled> patterns;      // most specific (longest literal text) first
};

void compile(Table &out, const char *raw, const char *quantities)
{
    static const QRegularExpression arg(QStringLiteral("%(\\d)"));
    const QString source = QString::fromUtf8(raw);
    Compiled c;
    c.source = source;
    const bool codes =
        std::find(std::begin(kNumericArgs), std::end(kNumericArgs), raw) != std::end(kNumericArgs);
    QString regex = QStringLiteral("^");
    qsizetype last = 0;
    for (auto it = arg.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        regex += QRegularExpression::escape(source.mid(last, m.capturedStart() - last));
        const Arg kind = codes ? Arg::Code
                         : quantities && std::strchr(quantities, m.captured(1).at(0).toLatin1())
                             ? Arg::Quantity
                             : Arg::Phrase;
        switch (kind) {
        case Arg::Phrase:
            regex += QStringLiteral("(.+?)");
            break;
        case Arg::Code:
            regex += QStringLiteral("(\\d+)");
            break;
        case Arg::Quantity:
            regex += QStringLiteral("(\\d+(?:\\.\\d+)?)");
            break;
        }
        c.argNumbers.append(m.captured(1).toInt());
        c.argKinds.append(kind);
        c.literalLength += m.capturedStart() - last;
        last = m.capturedEnd();
    }
    c.literalLength += source.size() - last;
    if (c.argNumbers.isEmpty()) {
        out.exact.insert(source, source);
        return;
    }
    regex += QRegularExpression::escape(source.mid(last)) + QStringLiteral("$");
    c.pattern = QRegularExpression(regex, QRegularExpression::DotMatchesEverythingOption);
    out.patterns.append(c);
}

const Table &table()
{
    static const Table t = [] {
        Table out;
        for (const char *raw : kTemplates)
            compile(out, raw, nullptr);
        for (const QuantityTemplate &q : kQuantityTemplates)
            compile(out, q.source, q.quantities);
        std::stable_sort(out.patterns.begin(), out.patterns.end(), [](const Compiled &a, const Compiled &b) {
            return a.literalLength > b.literalLength;
        });
        return out;
    }();
    return t;
}

// "4.5" → "4,5" in German; "1048576" → "1.048.576". As many decimals as core wrote.
QString localizedNumber(const QString &english)
{
    bool ok = false;
    const qsizetype point = english.indexOf(QLatin1Char('.'));
    if (point < 0) {
        const qlonglong whole = english.toLongLong(&ok);
        return ok ? QLocale().toString(whole) : english;
    }
    const double value = english.toDouble(&ok); // the C locale's digits, as core wrote them
    return ok ? QLocale().toString(value, 'f', int(english.size() - point - 1)) : english;
}

QString translate(const QString &source)
{
    return QCoreApplication::translate("CoreText", source.toUtf8().constData());
}

QString displayDepth(const QString &english, int depth);
QString displayArgument(const QString &arg, int depth);

// "<phrase> (<detail>)" or "<phrase> [request-id: <id>]" (Error::toString()): the phrase and the
// detail each shown in the UI language. Tried from the rightmost split, so a detail that contains
// parentheses stays whole; a text whose head is no phrase is returned unchanged.
enum class Suffix
{
    RequestId,
    Detail
};

QString displaySuffix(const QString &english, int depth, Suffix which)
{
    struct Form
    {
        const char *source;
        QLatin1String open;
        QLatin1Char close;
    };
    const Form s = which == Suffix::RequestId
                       ? Form{kSuffixTemplates[0], QLatin1String(" [request-id: "), QLatin1Char(']')}
                       : Form{kSuffixTemplates[1], QLatin1String(" ("), QLatin1Char(')')};
    // A few splits of a message-sized text: long output (a tool result) is never taken apart.
    if (english.endsWith(s.close) && english.size() <= 2000) {
        int tries = 0;
        for (qsizetype at = english.lastIndexOf(s.open); at > 0 && tries < 3;
             at = english.lastIndexOf(s.open, at - 1), ++tries) {
            const QString head = english.left(at);
            const QString shownHead = displayDepth(head, depth + 1);
            if (shownHead == head)
                continue;
            const qsizetype from = at + s.open.size();
            const QString tail = english.mid(from, english.size() - from - 1);
            return translate(QString::fromUtf8(s.source)).arg(shownHead, displayArgument(tail, depth + 1));
        }
    }
    return english;
}

// An argument: a phrase of its own, a "; "-separated list of phrases (risks), or left as it is.
QString displayArgument(const QString &arg, int depth)
{
    const QString whole = displayDepth(arg, depth);
    if (whole != arg || !arg.contains(QLatin1String("; ")))
        return whole;
    QStringList parts = arg.split(QStringLiteral("; "));
    for (QString &p : parts)
        p = displayDepth(p, depth);
    return parts.join(QStringLiteral("; "));
}

QString displayDepth(const QString &english, int depth)
{
    if (english.isEmpty() || depth > 4)
        return english;
    const Table &t = table();
    if (auto it = t.exact.constFind(english); it != t.exact.constEnd())
        return translate(*it);
    // The request id first: nothing but Error::toString() ends like that.
    if (const QString shown = displaySuffix(english, depth, Suffix::RequestId); shown != english)
        return shown;
    for (const Compiled &c : t.patterns) {
        const auto m = c.pattern.match(english);
        if (!m.hasMatch())
            continue;
        QString out = translate(c.source);
        // Fill each %N with its own capture (translations may reorder them) in one pass, so an
        // argument containing "%2" is never substituted again.
        QHash<int, QString> args;
        const bool scriptSummary = c.source == QLatin1String(kRunScript);
        for (int i = 0; i < c.argNumbers.size(); ++i) {
            const int n = c.argNumbers.at(i);
            const QString captured = m.captured(i + 1);
            QString shown;
            if (scriptSummary && n == 1)
                shown = RunInspection::scriptLanguageName(captured);
            else if (c.argKinds.at(i) == Arg::Quantity)
                shown = localizedNumber(captured);
            else if (c.argKinds.at(i) == Arg::Code)
                shown = captured;
            else
                shown = displayArgument(captured, depth + 1);
            args.insert(n, shown);
        }
        QString filled;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i) == QLatin1Char('%') && i + 1 < out.size() && out.at(i + 1).isDigit() &&
                args.contains(out.at(i + 1).digitValue())) {
                filled += args.value(out.at(i + 1).digitValue());
                ++i;
            } else {
                filled += out.at(i);
            }
        }
        return filled;
    }
    return displaySuffix(english, depth, Suffix::Detail);
}

} // namespace

QString display(const QString &english)
{
    // English UI: nothing to do, and nothing to match.
    static const char *const probe = kTemplates[0];
    const QString probed = QCoreApplication::translate("CoreText", probe);
    if (probed == QLatin1String(probe))
        return english;
    // Views ask for the same few strings on every paint; the cache holds one language and one
    // locale (numbers are written with its digits).
    static QMutex mutex;
    static QHash<QString, QString> cache;
    static QString cacheLanguage;
    const QString language = probed + QLatin1Char('\n') + QLocale().name();
    const QMutexLocker lock(&mutex);
    if (cacheLanguage != language) {
        cache.clear();
        cacheLanguage = language;
    }
    if (auto it = cache.constFind(english); it != cache.constEnd())
        return *it;
    const QString out = displayDepth(english, 0);
    if (cache.size() > 4096)
        cache.clear();
    cache.insert(english, out);
    return out;
}

QStringList templates()
{
    QStringList out;
    for (const char *raw : kTemplates)
        out.append(QString::fromUtf8(raw));
    for (const QuantityTemplate &q : kQuantityTemplates)
        out.append(QString::fromUtf8(q.source));
    for (const char *raw : kSuffixTemplates)
        out.append(QString::fromUtf8(raw));
    return out;
}

} // namespace Workbench::CoreText
