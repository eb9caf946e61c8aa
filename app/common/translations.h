// Loads Imprint's translations (built into the program) and Qt's own for a language.
#pragma once

#include <QString>

class QCoreApplication;

namespace imprint::app {

// Installs the translators for `language` ("de", "fr_CH", ...); empty means the system's
// language (or IMPRINT_LANG / LANGUAGE from the environment). Returns the language loaded, or
// an empty string when English (the source language) is used.
QString installTranslations(QCoreApplication& app, const QString& language = {});

} // namespace imprint::app
