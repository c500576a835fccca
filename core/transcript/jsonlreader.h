// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

namespace Workbench {

/// Something wrong with one line of a JSONL file. Never fatal: the line is skipped and reported.
struct LineWarning
{
    int line = 0;      ///< 1-based line number in the file
    bool torn = false; ///< the last line, cut off without its newline (crash, power loss)
    QString message;   ///< plain words, starting with "line N"

    [[nodiscard]] QString toString() const { return message; }
};

/// Streams a JSONL file one line at a time (never the whole file in memory), keeping line
/// numbers, and tells apart a torn last line (no newline at the end, not parseable) from a
/// malformed line in the middle. Blank lines are skipped silently. The device is borrowed.
class JsonlReader
{
public:
    explicit JsonlReader(QIODevice *device)
        : m_device(device)
    {}

    enum class Next
    {
        Object,  ///< object() holds the parsed line
        Warning, ///< warning() says what was wrong with the line
        End
    };
    Next next();

    [[nodiscard]] const QJsonObject &object() const { return m_object; }
    [[nodiscard]] const LineWarning &warning() const { return m_warning; }
    /// Line number of the object or warning just returned.
    [[nodiscard]] int lineNumber() const { return m_line; }
    /// The raw bytes of that line, without the newline.
    [[nodiscard]] const QByteArray &rawLine() const { return m_raw; }

    /// Reads the next raw line without parsing it (search uses this); false at the end.
    bool nextRaw();

private:
    QIODevice *m_device;
    QJsonObject m_object;
    LineWarning m_warning;
    QByteArray m_raw;
    bool m_hadNewline = true;
    int m_line = 0;
};

} // namespace Workbench
