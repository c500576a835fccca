// SPDX-License-Identifier: MIT
#include "notifier.h"

#include <QTest>
#include <QWidget>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {
struct Shown
{
    QString sink;
    QString title;
    QString body;
};

class FakeSink final : public NotificationSink
{
public:
    FakeSink(QString name, bool available, QList<Shown> *log)
        : m_name(std::move(name))
        , m_available(available)
        , m_log(log)
    {}
    bool isAvailable() const override { return m_available; }
    void show(const QString &title, const QString &body) override { m_log->append({m_name, title, body}); }

private:
    QString m_name;
    bool m_available;
    QList<Shown> *m_log;
};
} // namespace

class TestNotifier : public QObject
{
    Q_OBJECT

    static std::vector<std::unique_ptr<NotificationSink>> sinks(bool trayAvailable, bool busAvailable,
                                                                QList<Shown> *log)
    {
        std::vector<std::unique_ptr<NotificationSink>> out;
        out.push_back(std::make_unique<FakeSink>(u"tray"_s, trayAvailable, log));
        out.push_back(std::make_unique<FakeSink>(u"dbus"_s, busAvailable, log));
        return out;
    }

private Q_SLOTS:
    void decision_data()
    {
        QTest::addColumn<bool>("windowActive");
        QTest::addColumn<bool>("tray");
        QTest::addColumn<bool>("bus");
        QTest::addColumn<QString>("expectedSink"); // empty: nothing shown
        QTest::newRow("active window: nothing") << true << true << true << "";
        QTest::newRow("inactive, tray: tray") << false << true << true << "tray";
        QTest::newRow("inactive, no tray: dbus") << false << false << true << "dbus";
        QTest::newRow("inactive, neither: quietly nothing") << false << false << false << "";
    }

    void decision()
    {
        QFETCH(bool, windowActive);
        QFETCH(bool, tray);
        QFETCH(bool, bus);
        QFETCH(QString, expectedSink);
        QWidget window;
        Notifier notifier(&window);
        QList<Shown> log;
        notifier.setSinks(sinks(tray, bus, &log));
        notifier.setWindowActiveCheck([windowActive] { return windowActive; });
        const bool shown = notifier.notify(Notifier::Event::ApprovalNeeded, u"rm -rf build"_s);
        QCOMPARE(shown, !expectedSink.isEmpty());
        QCOMPARE(log.size(), expectedSink.isEmpty() ? 0 : 1);
        if (!expectedSink.isEmpty()) {
            QCOMPARE(log.first().sink, expectedSink);
            QCOMPARE(log.first().title, Notifier::title(Notifier::Event::ApprovalNeeded));
            QCOMPARE(log.first().body, u"rm -rf build"_s);
        }
    }

    void eachEvent_hasItsOwnTitle()
    {
        const QString finished = Notifier::title(Notifier::Event::RunFinished);
        const QString failed = Notifier::title(Notifier::Event::RunFailed);
        const QString approval = Notifier::title(Notifier::Event::ApprovalNeeded);
        QVERIFY(!finished.isEmpty() && !failed.isEmpty() && !approval.isEmpty());
        QVERIFY(finished != failed && failed != approval && finished != approval);
    }

    void defaultCheck_followsTheRealWindow()
    {
        QWidget window;
        Notifier notifier(&window);
        QList<Shown> log;
        notifier.setSinks(sinks(true, true, &log));
        // A hidden window is not active: the user is elsewhere.
        QVERIFY(notifier.notify(Notifier::Event::RunFinished, u"done"_s));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!notifier.notify(Notifier::Event::RunFinished, u"done"_s));
        QCOMPARE(log.size(), 1);
    }
};

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
