// ImportedConnection: a NetworkManager keyfile a person already has (`imprint configure
// --connection FILE.nmconnection`), checked with the rules of typed connections and written back
// with every line it does not have to change kept byte for byte.
#pragma once

#include "core/common/result.h"
#include "core/config/config.h"
#include "core/provision/connection.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imprint::provision {

struct ImportedConnection {
    std::string file;    // the name it was given by (errors name it): "office.nmconnection"
    std::string keyfile; // the text as read
    // The certificates and keys its [802-1x] names (ca-cert, client-cert, private-key and the
    // phase2- ones), by key, as PEM text. The written keyfile names them where they are stored.
    std::vector<std::pair<std::string, std::string>> certificates;

    friend bool operator==(const ImportedConnection&, const ImportedConnection&) = default;
};

// Longer keyfiles are refused (a real one is a few hundred bytes).
inline constexpr std::size_t kMaxImportedKeyfile = 64 * 1024;

// A key of the keyfile that names a certificate or key file, and the path it names (a
// file:// URI undone; relative paths are relative to the keyfile's folder).
struct CertificateReference {
    std::string group;
    std::string key;
    std::string path;
};
std::vector<CertificateReference> certificateReferences(std::string_view keyfile);

// The imported connection's first problem, each naming {file} and, for a key, {group} and {key}:
// import.too_large {limit}, import.not_text, import.key_missing, import.bad_value {value,
// allowed}, import.bad_key {id, detail} where detail is the code of the typed connections' rule
// it breaks (connection.*, ip.*, wifi.*) with that rule's parameters.
std::optional<Error> checkImportedConnection(const ImportedConnection& imported);

// [connection] id, empty when there is none.
std::string importedId(const ImportedConnection& imported);

// How many of these connections are WiFi networks (the WiFi country matters for them).
int wifiConnectionCount(const std::vector<Connection>& typed,
                        const std::vector<ImportedConnection>& imported);

// The file name in system-connections/ of each import: its id made safe (no path separator, no
// character FAT refuses, not a name NetworkManager skips), none equal to a name in `taken` or to
// another import's (FAT compares names without case).
std::vector<std::string> importedFileNames(const std::vector<ImportedConnection>& imports,
                                           std::vector<std::string> taken);

// The keyfile (certificate paths rewritten to the stored files, every other byte as given) and
// the certificate files, under system-connections/<fileName>. It must have passed the check.
std::vector<ConnectionFile> importedConnectionFiles(const ImportedConnection& imported,
                                                    const std::string& fileName);

// Keys whose values are secrets (psk, password, pin, private-key-password, wep-key0, ...).
bool isSecretKey(std::string_view group, std::string_view key);
// The text with every secret value replaced by ********, every other byte as given.
std::string maskKeyfileSecrets(std::string_view keyfile);

// The profile's "importedConnections" entries: {"file", "keyfile", "certificates": {key: PEM}}.
// Errors: profile.wrong_type {key, expected} at the value's pointer under `at`.
Result<ImportedConnection> importedFromJson(const config::Json& o, const std::string& at);
config::Json importedToJson(const ImportedConnection& imported, bool withSecrets);

} // namespace imprint::provision
