// Sizes, speeds and durations as people read them, in the user's locale.
#pragma once

#include "app/common/sizetext.h" // sizes: app::sizeText, the one form GUI and CLI share

#include <QString>

namespace imprint::gui {

QString formatDuration(double seconds);

} // namespace imprint::gui
