// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Workbench::TestSupport {

/// The bytes of a file the test ships with; a missing file ends the test run (qFatal), since
/// nothing after it could mean anything.
[[nodiscard]] QByteArray readTestFile(const QString &path);
/// `json` parsed as an object; anything else ends the test run (a typo in the test itself).
[[nodiscard]] QJsonObject jsonObject(const char *json);

} // namespace Workbench::TestSupport
