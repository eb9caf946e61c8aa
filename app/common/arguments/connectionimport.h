// A NetworkManager keyfile read from this computer (`--connection FILE.nmconnection`) with the
// certificates and keys it names, checked before anything is opened to be written.
#pragma once

#include "core/common/result.h"
#include "core/provision/importedconnection.h"

#include <QString>

namespace imprint::app {

// Errors: import.unreadable {file, reason}, import.certificate_unreadable {file, group, key, path,
// reason} (a relative path is taken from the keyfile's folder), and checkImportedConnection's
// (the file named by its name, without the folder).
Result<provision::ImportedConnection> readImportedConnection(const QString& path);

} // namespace imprint::app
