// Sizes as people read them, one form for the whole program (the GUI, the command line and the
// sizes in error messages): decimal units, as drives are sold, in the user's language.
#pragma once

#include <QString>

namespace imprint::app {

// "512 bytes", "1.5 GB", "31.9 GB", "256 GB": one decimal below 100 of a unit, none above;
// digits as QLocale() writes them and units as the language names them ("32,0 Go").
QString sizeText(quint64 bytes);

} // namespace imprint::app
