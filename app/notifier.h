// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace Workbench {

/// Somewhere a desktop notification can go.
class NotificationSink
{
public:
    virtual ~NotificationSink() = default;
    /// Checked at each notification (a tray can come and go); must not block.
    [[nodiscard]] virtual bool isAvailable() const = 0;
    virtual void show(const QString &title, const QString &body) = 0;
};

/// Tells the user about a run that finished, failed or waits for approval — only while the
/// window is not the active one (someone looking at it needs no notification). It uses the
/// first available sink: the system tray (QSystemTrayIcon) when there is one, else
/// org.freedesktop.Notifications on the session bus; with neither it does nothing, quietly.
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)
public:
    enum class Event
    {
        RunFinished,
        RunFailed,
        ApprovalNeeded
    };
    Q_ENUM(Event)

    /// Uses the tray and D-Bus sinks; `window` (not owned) is the one whose activity counts.
    explicit Notifier(QWidget *window, QObject *parent = nullptr);
    ~Notifier() override;

    /// Replaces the sinks, tried in order (tests inject their own).
    void setSinks(std::vector<std::unique_ptr<NotificationSink>> sinks);
    /// Replaces the "is the window active" check (tests).
    void setWindowActiveCheck(std::function<bool()> isActive);

    /// Notifies about `event` unless the window is active; `detail` is the task, the error or
    /// the call waiting. Returns whether a notification was shown.
    bool notify(Event event, const QString &detail);

    /// The title shown for `event`.
    [[nodiscard]] static QString title(Event event);

private:
    QPointer<QWidget> m_window;
    std::function<bool()> m_isActive;
    std::vector<std::unique_ptr<NotificationSink>> m_sinks;
};

} // namespace Workbench
