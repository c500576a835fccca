// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace Workbench::Accessibility {

/// Tells assistive technology about a change the user did not cause by moving the focus (a run
/// finished, an approval is waiting). Qt 6.4 has no announcement event, so this raises an Alert
/// on `source` whose name is `message`; `source` keeps its own accessible name.
void announce(QWidget *source, const QString &message);

/// The interactive widgets under `root` (buttons, fields, lists, editors) that a screen reader
/// would present without a name — its own, a button's text or a buddy label's. Parts owned by a
/// composite widget (a spin box's field, a header) are the composite's business and skipped.
[[nodiscard]] QList<QWidget *> unnamedInteractiveWidgets(QWidget *root);

} // namespace Workbench::Accessibility
