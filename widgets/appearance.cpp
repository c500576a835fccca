// SPDX-License-Identifier: MIT
#include "appearance.h"

#include <QApplication>
#include <QFont>
#include <QStyle>
#include <QStyleFactory>

namespace Workbench::Appearance {

using namespace Qt::StringLiterals;

namespace {
// What the desktop gave us, captured before the first override.
struct SystemLook
{
    QString styleName;
    QPalette palette;
    QFont font;
};

const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                                 QApplication::palette(), QApplication::font()};
    return look;
}

void setStyle(const QString &name)
{
    if (!name.isEmpty() && QApplication::style() &&
        QApplication::style()->name().compare(name, Qt::CaseInsensitive))
        QApplication::setStyle(QStyleFactory::create(name));
}
} // namespace

QPalette darkPalette()
{
    // A neutral dark grey, light text, a blue accent readable on both.
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor alternate(0x26, 0x28, 0x2b);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7f, 0x82, 0x87);
    const QColor button(0x35, 0x38, 0x3c);
    const QColor highlight(0x3d, 0x7e, 0xd6);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa2));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

QPalette lightPalette()
{
    // Fusion's own palette is a good light one.
    QStyle *fusion = QStyleFactory::create(u"Fusion"_s);
    const QPalette p = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    delete fusion;
    return p;
}

void apply(AppSettings::Theme theme, const QString &fontFamily, int pointSize)
{
    const SystemLook &look = systemLook();
    switch (theme) {
    case AppSettings::Theme::System:
        setStyle(look.styleName);
        QApplication::setPalette(look.palette);
        break;
    case AppSettings::Theme::Light:
        setStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        break;
    case AppSettings::Theme::Dark:
        setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = look.font;
    if (!fontFamily.isEmpty())
        font.setFamily(fontFamily);
    if (pointSize > 0)
        font.setPointSize(pointSize);
    QApplication::setFont(font);
}

void applyFrom(const AppSettings &settings)
{
    apply(settings.theme(), settings.fontFamily(), settings.fontPointSize());
}

} // namespace Workbench::Appearance
