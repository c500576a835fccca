// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Workbench {

/// The phrases core builds in English — tool-call summaries, policy reasons and risks, exit and
/// limit descriptions, notices, tool results — shown in the UI language.
///
/// Core keeps these phrases in English: the transcript stays stable and searchable whatever the
/// language of the app that wrote it, the model reads English reasons, and tests can compare
/// them. Each phrase core builds is listed once as a template (context "CoreText", marked with
/// QT_TRANSLATE_NOOP so lupdate collects it); display() finds the template a string was built
/// from, translates it and fills in the same arguments, each translated again when it is itself
/// a phrase. A string no template matches (a path, the model's own words) is returned as it is.
///
/// Views and models call display() where a person reads the text; never where it is stored.
namespace CoreText {

/// `english` in the UI language (QCoreApplication's translators), or unchanged.
[[nodiscard]] QString display(const QString &english);

/// The English templates display() knows, for tests.
[[nodiscard]] QStringList templates();

} // namespace CoreText

} // namespace Workbench
