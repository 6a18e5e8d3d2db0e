#pragma once

#include <QPalette>

#include <memory>

class AppServices;
class ComposerWindow;

// A sample message and conversation for screenshots and manual checks (`mailwright --demo`).
// Sample files are written to a temporary folder; nothing is sent.
namespace DemoContent {
// Stores in a fresh temporary folder with one sample account ("Work"), so the demo never
// reads or changes the person's own profiles, log or drafts.
std::unique_ptr<AppServices> makeServices();
void fill(ComposerWindow &window);
QPalette darkPalette(); // a dark Fusion palette, to check the window in dark mode
} // namespace DemoContent
