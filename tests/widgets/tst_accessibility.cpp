// SPDX-License-Identifier: MIT
#include "accessibility.h"
#include "agent/appsettings.h"
#include "conversationview.h"
#include "executionview.h"
#include "findbar.h"
#include "scriptview.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "welcomeview.h"

#include <QAccessible>
#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Workbench;
using namespace Qt::StringLiterals;

namespace {
QStringList g_names;

void recordEvent(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Alert) {
        QAccessibleInterface *iface = event->accessibleInterface();
        g_names.append(iface ? iface->text(QAccessible::Name) : QString());
    }
}

QString describe(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (QWidget *w : widgets)
        out.append(u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    return out.join(u", "_s);
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInteractiveWidget_hasAName_data()
    {
        QTest::addColumn<QString>("view");
        for (const char *v : {"welcome-nokey", "welcome-form", "settings", "findbar", "shortcuts",
                              "conversation", "script", "execution"})
            QTest::newRow(v) << QString::fromLatin1(v);
    }

    void everyInteractiveWidget_hasAName()
    {
        QFETCH(QString, view);
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"s.ini"_s));
        QAction action(u"Do &Something"_s);
        action.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        std::unique_ptr<QWidget> widget;
        if (view.startsWith(u"welcome"_s)) {
            auto *w = new WelcomeView;
            w->setKeyState(view == u"welcome-form"_s, false);
            widget.reset(w);
        } else if (view == u"settings"_s) {
            auto *d = new SettingsDialog(&settings);
            d->setRulesFile(dir.filePath(u"p.json"_s));
            widget.reset(d);
        } else if (view == u"findbar"_s) {
            widget = std::make_unique<FindBar>();
        } else if (view == u"shortcuts"_s) {
            widget = std::make_unique<ShortcutsDialog>(QList<QAction *>{&action});
        } else if (view == u"conversation"_s) {
            widget = std::make_unique<ConversationView>();
        } else if (view == u"script"_s) {
            widget = std::make_unique<ScriptView>();
        } else if (view == u"execution"_s) {
            widget = std::make_unique<ExecutionView>();
        }
        QVERIFY(widget);
        widget->show();
        const QList<QWidget *> unnamed = Accessibility::unnamedInteractiveWidgets(widget.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(describe(unnamed)));
    }

    void checker_findsAnUnnamedField()
    {
        // The check itself must be able to fail.
        QWidget root;
        auto *edit = new QLineEdit(&root);
        QCOMPARE(Accessibility::unnamedInteractiveWidgets(&root), QList<QWidget *>{edit});
        edit->setAccessibleName(u"Name"_s);
        QVERIFY(Accessibility::unnamedInteractiveWidgets(&root).isEmpty());
    }

    void announce_raisesAnAlertWithTheMessage()
    {
        QAccessible::installUpdateHandler(&recordEvent);
        QAccessible::setActive(true);
        QWidget window;
        window.setAccessibleName(u"Main window"_s);
        window.show();
        Accessibility::announce(&window, u"Claude is waiting for your approval"_s);
        Accessibility::announce(&window, u"The run finished"_s);
        const bool bridgeActive = QAccessible::isActive();
        QAccessible::installUpdateHandler(nullptr);
        QAccessible::setActive(false);
        // What a screen reader reads: the announcer carries the latest message, the window keeps its name.
        auto *announcer = window.findChild<QWidget *>(u"accessibleAnnouncer"_s);
        QVERIFY(announcer);
        QCOMPARE(announcer->accessibleName(), u"The run finished"_s);
        QCOMPARE(window.accessibleName(), u"Main window"_s);
        // Events only flow when a platform accessibility bridge is active (not on "offscreen").
        if (bridgeActive)
            QCOMPARE(g_names, (QStringList{u"Claude is waiting for your approval"_s, u"The run finished"_s}));
        else
            QVERIFY(g_names.isEmpty());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
