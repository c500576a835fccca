// SPDX-License-Identifier: MIT
#pragma once

#include "agent/appsettings.h"

#include <QPalette>
#include <QString>

namespace Workbench::Appearance {

/// Applies the theme and font app-wide. System restores the style, palette and font the app
/// started with (the desktop's); Light and Dark switch to the Fusion style with a palette of
/// their own, so every widget — and the views that derive colours from the palette (the script
/// pane's QScintilla styles, the output's stderr and ANSI colours) — follows. An empty family
/// and a size of 0 keep the system font's. Call from the GUI thread after QApplication exists.
void apply(AppSettings::Theme theme, const QString &fontFamily = {}, int pointSize = 0);
/// apply() with the stored appearance settings.
void applyFrom(const AppSettings &settings);

[[nodiscard]] QPalette darkPalette();
[[nodiscard]] QPalette lightPalette();

} // namespace Workbench::Appearance
