// SPDX-License-Identifier: MIT
// The sandbox bridge key kept in the keychain reaches a remote run when SANDBOX_API_KEY is not
// set, and the variable wins when it is. The test runs itself inside a private D-Bus session
// with a throwaway, unlocked gnome-keyring (its own folders, removed afterwards), so no desktop
// secret service and nothing of the user's keychain is involved.
#include "agent/runsession.h"
#include "apikeystore.h"
#include "desktopintegration.h"
#include "mainwindow.h"
#include "welcomeview.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

#include <unistd.h>

using namespace Workbench;

namespace {

const QString kStored = QStringLiteral("sk-bridge-from-keychain-9d41");

// Runs a keychain job to its end; the error (NoError on success).
QKeychain::Error runJob(QKeychain::Job *job)
{
    QSignalSpy done(job, &QKeychain::Job::finished);
    job->start();
    if (!done.wait(20000))
        return QKeychain::OtherError;
    return job->error();
}

} // namespace

class TestBridgeKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("WB_PRIVATE_KEYRING"))
            QSKIP("Needs dbus-run-session and gnome-keyring-daemon (packages dbus and gnome-keyring) to "
                  "make a private keychain; without them there is no secret service to store a key in.");
        qunsetenv("SANDBOX_API_KEY");
        QKeychain::WritePasswordJob write(QStringLiteral("agent-workbench"));
        write.setAutoDelete(false);
        write.setKey(QStringLiteral("sandbox-bridge-api-key"));
        write.setTextData(kStored);
        QCOMPARE(runJob(&write), QKeychain::NoError);
    }

    void storedKey_isReadWhenTheEnvironmentHasNone()
    {
        qunsetenv("SANDBOX_API_KEY");
        ApiKeyStore keys;
        MainWindow window(&keys);
        ApiKeyStore *bridgeKeys = window.integration()->bridgeKeys();
        QTRY_COMPARE_WITH_TIMEOUT(bridgeKeys->key(), kStored, 20000);
        QVERIFY(!bridgeKeys->fromEnvironment());
        // A remote run started from the window carries it.
        RunOptions options;
        NewRunChoices choices;
        choices.sandbox = QStringLiteral("cloudflare");
        window.integration()->applyRunDefaults(options, choices);
        QCOMPARE(options.sandbox, QStringLiteral("cloudflare"));
        QCOMPARE(options.bridgeApiKey, kStored);
    }

    void environment_winsOverTheKeychain()
    {
        qputenv("SANDBOX_API_KEY", "sk-bridge-from-env-1b77");
        ApiKeyStore keys(ApiKeyStore::Secret::SandboxBridgeKey);
        keys.load();
        QSignalSpy changed(&keys, &ApiKeyStore::keyChanged);
        QVERIFY(!changed.wait(500)); // the keychain is not even asked
        QCOMPARE(keys.key(), QStringLiteral("sk-bridge-from-env-1b77"));
        QVERIFY(keys.fromEnvironment());
        qunsetenv("SANDBOX_API_KEY");
    }
};

int main(int argc, char *argv[])
{
    // First start: run again inside a private session bus with an unlocked throwaway keyring
    // whose files live in a temporary folder (XDG_DATA_HOME/keyrings), removed at the end.
    if (!qEnvironmentVariableIsSet("WB_PRIVATE_KEYRING") && access("/usr/bin/dbus-run-session", X_OK) == 0 &&
        access("/usr/bin/gnome-keyring-daemon", X_OK) == 0) {
        static const char script[] =
            "d=$(mktemp -d) || exit 1; mkdir -m 700 \"$d/run\"\n"
            "export WB_PRIVATE_KEYRING=1 HOME=\"$d\" XDG_DATA_HOME=\"$d/data\" XDG_CONFIG_HOME=\"$d/config\" "
            "XDG_CACHE_HOME=\"$d/cache\" XDG_RUNTIME_DIR=\"$d/run\"\n"
            "printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1\n"
            "\"$@\"; s=$?; rm -rf \"$d\"; exit $s\n";
        QList<char *> args{const_cast<char *>("dbus-run-session"),
                           const_cast<char *>("--"),
                           const_cast<char *>("/bin/sh"),
                           const_cast<char *>("-c"),
                           const_cast<char *>(script),
                           const_cast<char *>("sh")};
        for (int i = 0; i < argc; ++i)
            args.append(argv[i]);
        args.append(nullptr);
        ::execv("/usr/bin/dbus-run-session", args.data());
        // Not reached unless execv failed: run as is, and the tests say why they skip.
    }
    QApplication app(argc, argv);
    TestBridgeKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bridgekeychain.moc"
