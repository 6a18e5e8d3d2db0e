#pragma once

#include <QIcon>
#include <QString>

// Icons from resources/icons. themed() paints a monochrome SVG in the palette's text colour at
// the size and device pixel ratio asked for, so one file serves light and dark palettes at 1×
// and 2×; coloured() shows an SVG as drawn (the application icon, dialog symbols).
namespace ThemedIcon {
QIcon themed(const QString &name); // "send" → :/icons/send.svg, tinted
QIcon coloured(const QString &name); // "dialog-warning" → :/icons/dialog-warning.svg
} // namespace ThemedIcon
