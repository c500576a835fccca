// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Workbench {

/// An error as a value: a stable machine code ("http_401", "sandbox_unavailable") and a
/// plain-language message meant for the user. `detail` carries extra context (the API's own
/// message, a request id, stderr of a failed helper).
struct Error
{
    QString code;
    QString message;
    QString detail;
    QString requestId; ///< The API's `request-id`, when the error came from the API.

    [[nodiscard]] bool isNull() const { return code.isEmpty(); }
    /// One line for a terminal or a status bar.
    [[nodiscard]] QString toString() const
    {
        QString s = message;
        if (!detail.isEmpty())
            s += QStringLiteral(" (") + detail + QLatin1Char(')');
        if (!requestId.isEmpty())
            s += QStringLiteral(" [request-id: ") + requestId + QLatin1Char(']');
        return s;
    }
};

/// Either a value or an Error. Small on purpose: `if (!r) show(r.error()); use(*r);`
template <typename T> class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(Error error)
        : m_v(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that yields nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    [[nodiscard]] bool ok() const { return m_error.isNull(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

} // namespace Workbench
