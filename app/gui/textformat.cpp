#include "app/gui/textformat.h"

#include <QCoreApplication>

namespace imprint::gui {

QString formatDuration(double seconds) {
    if (seconds < 0) {
        return QCoreApplication::translate("Gui", "unknown");
    }
    const auto s = static_cast<int>(seconds + 0.5);
    if (s < 60) {
        return QCoreApplication::translate("Gui", "%n s", nullptr, s);
    }
    return QCoreApplication::translate("Gui", "%1 min %2 s").arg(s / 60).arg(s % 60);
}

} // namespace imprint::gui
