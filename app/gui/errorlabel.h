// Errors as the window shows them: the sentence a person understands first, the technical
// detail (error code, its parameters, where in the file) one click away behind a "Details"
// link in the same label.
#pragma once

#include "core/common/error.h"

#include <QString>

class QLabel;

namespace imprint::gui {

// "code: fat.cyclic_chain", one "name: value" line per parameter, the JSON pointer and the
// byte offset when there are some.
QString errorDetail(const Error& error);

void showError(QLabel* label, const QString& words, const QString& detail);
void showError(QLabel* label, const Error& error);
// Plain text (a success, a status), no details.
void showText(QLabel* label, const QString& text);

} // namespace imprint::gui
