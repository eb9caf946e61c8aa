// Imported keyfiles: their certificate references, safe file names, the files written (a line
// changed only where a certificate path must point at the stored copy), masking, JSON.
#include "core/provision/importedconnection.h"

#include "core/config/json.h"
#include "core/provision/jsonread.h"
#include "core/provision/keyfile.h"
#include "core/provision/wifi.h"

#include <algorithm>

namespace imprint::provision {
namespace {

constexpr std::string_view kCertFolder = "system-connections/certs/";

// The [802-1x] keys naming files, with the suffix of the stored copy.
constexpr std::pair<std::string_view, std::string_view> kCertificateKeys[] = {
    {"ca-cert", "-ca.pem"},
    {"client-cert", "-client.pem"},
    {"private-key", "-key.pem"},
    {"phase2-ca-cert", "-phase2-ca.pem"},
    {"phase2-client-cert", "-phase2-client.pem"},
    {"phase2-private-key", "-phase2-key.pem"}};

std::string_view trimLeft(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    return s;
}

// `text` with the value of each key `replace(group, key, value)` answers for replaced; every
// other byte (comments, order, line endings, unknown groups and keys) as it was.
template <typename Replace>
std::string rewriteValues(std::string_view text, Replace replace) {
    std::string out;
    std::string group;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        const std::size_t next = end < text.size() ? end + 1 : end;
        const bool cr = !line.empty() && line.back() == '\r';
        line.remove_suffix(cr ? 1 : 0);
        const std::string_view body = trimLeft(line);
        const std::size_t eq = body.find('=');
        if (!body.empty() && body.front() == '[') {
            group = std::string(body.substr(1, body.find(']') - 1));
        } else if (!body.empty() && body.front() != '#' && eq != std::string_view::npos) {
            std::string_view key = body.substr(0, eq);
            while (!key.empty() && (key.back() == ' ' || key.back() == '\t')) {
                key.remove_suffix(1);
            }
            const std::string_view raw = trimLeft(body.substr(eq + 1));
            if (auto value = replace(group, key, KeyFile::unescape(raw))) {
                out += line.substr(0, line.size() - raw.size());
                out += KeyFile::escape(*value);
                out += text.substr(start + line.size(), next - start - line.size());
                start = next;
                continue;
            }
        }
        out += text.substr(start, next - start);
        start = next;
    }
    return out;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    return s;
}

// The id as a file name FAT takes and NetworkManager loads.
std::string safeName(const std::string& id) {
    constexpr std::string_view forbidden = "/\\\"*:<>?|";
    std::string name;
    for (const char c : id) {
        const auto u = static_cast<unsigned char>(c);
        name += u < 0x20 || u == 0x7F || forbidden.find(c) != std::string_view::npos ? '_' : c;
    }
    if (name.size() > 56) {
        std::size_t cut = 56;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0U) == 0x80U) {
            --cut; // not inside a UTF-8 character
        }
        name.resize(cut);
    }
    while (!name.empty() && (name.back() == ' ' || name.back() == '.')) {
        name.pop_back();
    }
    name.erase(0, std::min(name.find_first_not_of(' '), name.size()));
    if (name.empty()) {
        return "imported";
    }
    // balena-wifi-NN are the WiFi networks' names (ExistingConnections::Replace removes them).
    if (networkManagerSkips(name) || lower(name).starts_with("balena-wifi-")) {
        name = "imported-" + name;
    }
    return networkManagerSkips(name) ? name + '_' : name;
}

} // namespace

std::vector<CertificateReference> certificateReferences(std::string_view keyfile) {
    const KeyFile f = KeyFile::parse(keyfile);
    std::vector<CertificateReference> refs;
    for (const auto& [key, suffix] : kCertificateKeys) {
        auto value = f.get("802-1x", key);
        if (!value || value->empty() || value->starts_with("data:")) {
            continue; // a blob in the file, or nothing
        }
        std::string path = value->starts_with("file://") ? value->substr(7) : *value;
        refs.push_back({"802-1x", std::string(key), std::move(path)});
    }
    return refs;
}

int wifiConnectionCount(const std::vector<Connection>& typed,
                        const std::vector<ImportedConnection>& imported) {
    const auto typedWifi = std::count_if(typed.begin(), typed.end(), [](const Connection& c) {
        return c.kind == ConnectionKind::Wifi;
    });
    const auto importedWifi =
        std::count_if(imported.begin(), imported.end(), [](const ImportedConnection& i) {
            return readConnection(i.keyfile).type == "wifi";
        });
    return static_cast<int>(typedWifi + importedWifi);
}

std::string importedId(const ImportedConnection& imported) {
    return KeyFile::parse(imported.keyfile).get("connection", "id").value_or("");
}

std::vector<std::string> importedFileNames(const std::vector<ImportedConnection>& imports,
                                           std::vector<std::string> taken) {
    for (auto& t : taken) {
        t = lower(t);
    }
    std::vector<std::string> names;
    for (const auto& imported : imports) {
        const std::string base = safeName(importedId(imported));
        std::string name = base;
        for (int n = 2; std::find(taken.begin(), taken.end(), lower(name)) != taken.end(); ++n) {
            name = base + '-' + std::to_string(n);
        }
        taken.push_back(lower(name));
        names.push_back(name);
    }
    return names;
}

std::vector<ConnectionFile> importedConnectionFiles(const ImportedConnection& imported,
                                                    const std::string& fileName) {
    std::vector<ConnectionFile> files(1);
    std::vector<std::pair<std::string, std::string>> paths; // key -> device path
    for (const auto& [key, suffix] : kCertificateKeys) {
        for (const auto& [k, pem] : imported.certificates) {
            if (k == key) {
                const std::string path = std::string(kCertFolder) + fileName + std::string(suffix);
                files.push_back({path, pem, key.ends_with("private-key")});
                paths.emplace_back(k, std::string(kDeviceBootMount) + '/' + path);
            }
        }
    }
    bool secret = false;
    std::string keyfile =
        rewriteValues(imported.keyfile,
                      [&](const std::string& group, std::string_view key,
                          const std::string& value) -> std::optional<std::string> {
                          secret = secret || (isSecretKey(group, key) && !value.empty());
                          for (const auto& [k, devicePath] : paths) {
                              if (group == "802-1x" && key == k) {
                                  return devicePath;
                              }
                          }
                          return std::nullopt;
                      });
    files[0] = {"system-connections/" + fileName, std::move(keyfile), secret};
    return files;
}

bool isSecretKey(std::string_view group, std::string_view key) {
    if (group == "vpn-secrets") {
        return true;
    }
    if (key.ends_with("-flags") || key == "wep-key-type") {
        return false;
    }
    return key == "psk" || key == "pin" || key == "puk" ||
           key.find("password") != std::string_view::npos || key.starts_with("wep-key");
}

std::string maskKeyfileSecrets(std::string_view keyfile) {
    return rewriteValues(keyfile,
                         [](const std::string& group, std::string_view key,
                            const std::string& value) -> std::optional<std::string> {
                             if (isSecretKey(group, key) && !value.empty()) {
                                 return "********";
                             }
                             return std::nullopt;
                         });
}

Result<ImportedConnection> importedFromJson(const config::Json& o, const std::string& at) {
    if (!o.is_object()) {
        return json::typeError(at, "object");
    }
    ImportedConnection imported;
    for (const auto& [key, out] :
         {std::pair{"file", &imported.file}, std::pair{"keyfile", &imported.keyfile}}) {
        const config::Json* v = json::member(o, key);
        if (v == nullptr || !v->is_string()) {
            return json::typeError(at + "/" + key, "string");
        }
        *out = v->get<std::string>();
    }
    if (const config::Json* certs = json::member(o, "certificates")) {
        if (!certs->is_object()) {
            return json::typeError(at + "/certificates", "object");
        }
        for (auto it = certs->begin(); it != certs->end(); ++it) {
            if (!it.value().is_string()) {
                return json::typeError(at + "/certificates/" + config::pointerToken(it.key()),
                                       "string");
            }
            imported.certificates.emplace_back(it.key(), it.value().get<std::string>());
        }
    }
    return imported;
}

config::Json importedToJson(const ImportedConnection& imported, bool withSecrets) {
    config::Json o = {
        {"file", imported.file},
        {"keyfile", withSecrets ? imported.keyfile : maskKeyfileSecrets(imported.keyfile)}};
    if (!imported.certificates.empty()) {
        config::Json certs = config::Json::object();
        for (const auto& [key, pem] : imported.certificates) {
            certs[key] = withSecrets || !key.ends_with("private-key") ? pem : "********";
        }
        o["certificates"] = std::move(certs);
    }
    return o;
}

} // namespace imprint::provision
