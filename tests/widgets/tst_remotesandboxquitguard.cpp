// SPDX-License-Identifier: MIT
// Quitting the app deletes the remote sandboxes it made and did not keep, within a bound.
#include "fakebridgeserver.h"
#include "remotesandboxquitguard.h"
#include "sandbox/cloudflaresandbox.h"

#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Workbench;

class TestRemoteSandboxQuitGuard : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<CloudflareSandbox> createdSandbox(FakeBridgeServer &fake,
                                                             QNetworkAccessManager *nam, bool keep)
    {
        CloudflareConfig c;
        c.endpoint = BridgeEndpoint{fake.baseUrl(), QStringLiteral("quit-key")};
        c.keepSandbox = keep;
        auto s = std::make_unique<CloudflareSandbox>(c, nam);
        QSignalSpy created(s.get(), &CloudflareSandbox::created);
        s->ensureCreated(s.get(), [](const Error &) {});
        if (!created.wait(10000))
            return nullptr;
        return s;
    }

private Q_SLOTS:
    void quitMidRun_deletesUnkeptSandboxesThenQuits()
    {
        FakeBridgeServer fake;
        fake.setApiKey(QStringLiteral("quit-key"));
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        auto mine = createdSandbox(fake, &nam, false);
        auto kept = createdSandbox(fake, &nam, true);
        QVERIFY(mine && kept);
        int quits = 0;
        RemoteSandboxQuitGuard guard(qGuiApp, 3000, [&quits] { ++quits; });
        QVERIFY(!QGuiApplication::quitOnLastWindowClosed()); // the guard decides when to quit
        guard.lastWindowClosed();
        QCOMPARE(quits, 0); // not before the delete is answered
        QTRY_COMPARE_WITH_TIMEOUT(quits, 1, 10000);
        QCOMPARE(fake.deletedIds(), QStringList{mine->sandboxId()});
        QVERIFY(guard.failures().isEmpty());
        // The sandboxes' own destructors send nothing more.
        const auto before = fake.requests().size();
        mine.reset();
        kept.reset();
        QSignalSpy more(&fake, &FakeBridgeServer::requestReceived);
        more.wait(300);
        QCOMPARE(fake.requests().size(), before);
    }

    void unreachableBridge_neverHoldsQuittingPastTheBound()
    {
        FakeBridgeServer fake;
        QVERIFY(fake.listen());
        QNetworkAccessManager nam;
        auto mine = createdSandbox(fake, &nam, false);
        QVERIFY(mine);
        fake.stallNext("/v1/sandbox/" + mine->sandboxId().toUtf8());
        int quits = 0;
        RemoteSandboxQuitGuard guard(qGuiApp, 1000, [&quits] { ++quits; });
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not answer the delete")));
        guard.lastWindowClosed();
        QTRY_COMPARE_WITH_TIMEOUT(quits, 1, 10000);
        QCOMPARE(fake.requestsTo("/v1/sandbox/", "DELETE").size(), 1);
        QCOMPARE(guard.failures().size(), 1);
        QVERIFY(guard.failures().constFirst().contains(mine->sandboxId()));
    }

    void nothingToDelete_quitsAtOnce()
    {
        int quits = 0;
        RemoteSandboxQuitGuard guard(qGuiApp, 3000, [&quits] { ++quits; });
        guard.lastWindowClosed();
        QCOMPARE(quits, 1);
    }
};

QTEST_MAIN(TestRemoteSandboxQuitGuard)
#include "tst_remotesandboxquitguard.moc"
