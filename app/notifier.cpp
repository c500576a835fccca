// SPDX-License-Identifier: MIT
#include "notifier.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QIcon>
#include <QSystemTrayIcon>
#include <QVariantMap>
#include <QWidget>

namespace Workbench {

using namespace Qt::StringLiterals;

namespace {

class TraySink final : public NotificationSink
{
public:
    explicit TraySink(QWidget *window)
        : m_window(window)
    {}
    ~TraySink() override { delete m_icon; }

    bool isAvailable() const override { return QSystemTrayIcon::isSystemTrayAvailable(); }

    void show(const QString &title, const QString &body) override
    {
        if (!m_icon) {
            // The icon exists only once there is something to say; clicking it raises the window.
            m_icon = new QSystemTrayIcon(QApplication::windowIcon());
            m_icon->setToolTip(QApplication::applicationDisplayName());
            QPointer<QWidget> window = m_window;
            QObject::connect(m_icon, &QSystemTrayIcon::messageClicked, m_icon, [window] {
                if (window) {
                    window->raise();
                    window->activateWindow();
                }
            });
        }
        m_icon->show();
        m_icon->showMessage(title, body, QSystemTrayIcon::Information);
    }

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_icon = nullptr;
};

class DBusSink final : public NotificationSink
{
public:
    bool isAvailable() const override { return QDBusConnection::sessionBus().isConnected(); }

    void show(const QString &title, const QString &body) override
    {
        QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
                                                           u"/org/freedesktop/Notifications"_s,
                                                           u"org.freedesktop.Notifications"_s, u"Notify"_s);
        QVariantMap hints;
        hints.insert(u"desktop-entry"_s, QApplication::desktopFileName());
        call << QApplication::applicationDisplayName() << uint(0) << u"agent-workbench"_s << title << body
             << QStringList() << hints << int(-1);
        // Fire and forget: no notification daemon simply means no notification.
        QDBusConnection::sessionBus().send(call);
    }
};

} // namespace

Notifier::Notifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_isActive = [this] { return m_window && m_window->isActiveWindow(); };
    m_sinks.push_back(std::make_unique<TraySink>(window));
    m_sinks.push_back(std::make_unique<DBusSink>());
}

Notifier::~Notifier() = default;

void Notifier::setSinks(std::vector<std::unique_ptr<NotificationSink>> sinks)
{
    m_sinks = std::move(sinks);
}

void Notifier::setWindowActiveCheck(std::function<bool()> isActive)
{
    m_isActive = std::move(isActive);
}

QString Notifier::title(Event event)
{
    switch (event) {
    case Event::RunFinished:
        return tr("The run finished");
    case Event::RunFailed:
        return tr("The run failed");
    case Event::ApprovalNeeded:
        return tr("Claude is waiting for your approval");
    }
    return {};
}

bool Notifier::notify(Event event, const QString &detail)
{
    if (m_isActive && m_isActive())
        return false;
    for (const auto &sink : m_sinks) {
        if (sink->isAvailable()) {
            sink->show(title(event), detail);
            return true;
        }
    }
    return false;
}

} // namespace Workbench
