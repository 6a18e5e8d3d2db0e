#pragma once

#include <QPalette>

class ComposerWindow;

// A sample message and conversation for screenshots and manual checks (`mailwright --demo`).
// Sample files are written to a temporary folder; nothing is sent.
namespace DemoContent {
void fill(ComposerWindow &window);
QPalette darkPalette(); // a dark Fusion palette, to check the window in dark mode
} // namespace DemoContent
