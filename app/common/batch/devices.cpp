#include "app/common/batch/devices.h"

#include "app/common/batch/deviceaddress.h"
#include "core/config/json.h"
#include "core/provision/profilefield.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace imprint::app::batch {
namespace {

Error at(const char* code, const ManifestRow& row, const QString& column) {
    return Error(code).with("row", std::to_string(row.row)).with("column", column.toStdString());
}

bool isKeyText(const QString& v) {
    static const QRegularExpression key(
        QStringLiteral("^(ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)[a-z0-9@.-]+ "));
    return key.match(v.trimmed()).hasMatch();
}

// An ssh_key cell: the key itself, or a file holding keys.
Result<std::string> sshKeyText(const QString& value, const ManifestRow& row) {
    if (isKeyText(value)) {
        return value.toStdString();
    }
    QFile f(value);
    if (!QFileInfo(value).isFile() || !f.open(QIODevice::ReadOnly)) {
        return at("batch.ssh_key", row, QStringLiteral("ssh_key"))
            .with("reason", "batch.not_key_or_file");
    }
    return f.read(1 << 20).toStdString();
}

} // namespace

QString generateUuid() {
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    QString out;
    for (quint32 w : words) {
        out += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    }
    return out;
}

namespace {
// A {row.<column>} placeholder gives that column's expanded value; `depth` stops cycles.
Result<QString> expand(const QString& text, const Manifest& manifest, const ManifestRow& row,
                       const QString& column, const QString& uuid, int depth);
} // namespace

Result<QString> expandTemplate(const QString& text, const Manifest& manifest,
                               const ManifestRow& row, const QString& column, const QString& uuid) {
    return expand(text, manifest, row, column, uuid, 0);
}

namespace {
Result<QString> expand(const QString& text, const Manifest& manifest, const ManifestRow& row,
                       const QString& column, const QString& uuid, int depth) {
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    QString out;
    qsizetype from = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(from, m.capturedStart() - from);
        from = m.capturedEnd();
        const QString name = m.captured(1);
        const auto bad = [&] {
            return at("batch.bad_template", row, column).with("template", text.toStdString());
        };
        if (name == QLatin1String("index") || name.startsWith(QLatin1String("index:"))) {
            int width = 0;
            if (name.size() > 6) {
                bool ok = false;
                width = name.mid(6).toInt(&ok);
                if (!ok || width < 0 || width > 20) {
                    return bad();
                }
            }
            out += QStringLiteral("%1").arg(row.row, width, 10, QLatin1Char('0'));
        } else if (name == QLatin1String("uuid") && !uuid.isEmpty()) {
            out += uuid;
        } else if (name.startsWith(QLatin1String("row."))) {
            const qsizetype c = manifest.column(name.mid(4));
            if (c < 0 || name.mid(4) == column || depth >= 8) {
                return bad();
            }
            auto value = expand(row.values[c], manifest, row, name.mid(4), uuid, depth + 1);
            if (!value) {
                return bad();
            }
            out += *value;
        } else {
            return bad();
        }
    }
    out += text.mid(from);
    return out;
}

} // namespace

namespace {

// The row's uuid: its own (templates expanded), else the earlier run's, else a new one.
Result<void> chooseUuid(const Manifest& manifest, const ManifestRow& row,
                        const QMap<int, QString>& knownUuids, Device& d) {
    static const QRegularExpression uuidPattern(QStringLiteral("^[0-9a-f]{32,62}$"));
    const qsizetype c = manifest.column(QStringLiteral("uuid"));
    const QString uuidText = c < 0 ? QString() : row.values[c];
    if (uuidText.isEmpty()) {
        d.uuid = knownUuids.value(row.row);
        if (d.uuid.isEmpty()) {
            d.uuid = generateUuid();
            d.uuidGenerated = true;
        }
        return {};
    }
    auto u = expandTemplate(uuidText, manifest, row, QStringLiteral("uuid"), {});
    if (!u) {
        return std::move(u).takeError();
    }
    if (!uuidPattern.match(*u).hasMatch()) {
        return at("batch.bad_uuid", row, QStringLiteral("uuid")).with("value", u->toStdString());
    }
    d.uuid = *u;
    return {};
}

struct Wifi {
    QString ssid;
    QString psk;
};

// One column's value (expanded, not empty) set in the device's profile through
// core/provision's fields; the WiFi and address columns are gathered in `wifi` and `address`.
Result<void> applyColumn(const ManifestRow& row, const QString& column, const QString& text,
                         Device& d, Wifi& wifi, DeviceAddress& address) {
    namespace fields = provision::fields;
    if (takeAddressColumn(column, text, address)) {
        return {};
    }
    if (column == QLatin1String("hostname")) {
        d.hostname = text;
        return provision::setField(d.profile, fields::hostname, text.toStdString());
    }
    if (column == QLatin1String("country")) {
        return provision::setField(d.profile, fields::country, text.toStdString());
    }
    if (column == QLatin1String("wifi_ssid")) {
        wifi.ssid = text;
    } else if (column == QLatin1String("wifi_psk")) {
        wifi.psk = text;
    } else if (column == QLatin1String("ssh_key")) {
        auto keys = sshKeyText(text, row);
        if (!keys) {
            return std::move(keys).takeError();
        }
        provision::addSshKeys(d.profile, *keys);
    } else if (column == QLatin1String("dev_mode")) {
        if (!provision::setField(d.profile, fields::developmentMode,
                                 text.toLower().toStdString())) {
            return at("batch.bad_bool", row, column).with("value", text.toStdString());
        }
    } else {
        // config.<dotted.path>
        std::string pointer;
        for (const QString& part : column.mid(7).split(QLatin1Char('.'))) {
            pointer += "/" + part.toStdString();
        }
        if (!provision::setConfigValue(d.profile, pointer, text.toStdString())) {
            return at("batch.bad_config_value", row, column);
        }
    }
    return {};
}

// Every column of the row but the uuid over the base profile.
Result<void> applyColumns(const Manifest& manifest, const ManifestRow& row, Device& d) {
    Wifi wifi;
    DeviceAddress address;
    address.row = row.row;
    for (qsizetype c = 0; c < manifest.columns.size(); ++c) {
        const QString& column = manifest.columns[c];
        if (column == QLatin1String("uuid") || !row.present[static_cast<std::size_t>(c)]) {
            continue;
        }
        auto v = expandTemplate(row.values[c], manifest, row, column, d.uuid);
        if (!v) {
            return std::move(v).takeError();
        }
        if (v->isEmpty()) {
            continue; // an empty cell leaves the base profile's setting
        }
        if (auto r = applyColumn(row, column, *v, d, wifi, address); !r) {
            return r;
        }
    }
    if (!wifi.psk.isEmpty() && wifi.ssid.isEmpty()) {
        return Error("batch.psk_without_ssid").with("row", std::to_string(row.row));
    }
    if (!wifi.ssid.isEmpty()) {
        provision::WifiNetwork n;
        n.ssid = wifi.ssid.toStdString();
        n.passphrase = wifi.psk.toStdString();
        d.profile.networks.push_back(n);
    }
    return applyDeviceAddress(address, d.profile);
}

// The host names, uuids and output files of the rows before, by the row that has them.
struct Taken {
    QMap<QString, int> hostnames;
    QMap<QString, int> uuids;
    QMap<QString, int> outputs;
};

std::optional<Error> duplicate(QMap<QString, int>& seen, const QString& key, const char* column,
                               int row) {
    if (seen.contains(key)) {
        return Error("batch.duplicate")
            .with("column", column)
            .with("value", key.toStdString())
            .with("row", std::to_string(row))
            .with("first_row", std::to_string(seen.value(key)));
    }
    seen.insert(key, row);
    return std::nullopt;
}

// The device's host name, uuid and output file, unless an earlier row has them.
std::optional<Error> takeNames(Device& d, Taken& taken) {
    // A base profile's fixed host name is shared by every row: that is a duplicate too.
    if (!d.hostname.isEmpty()) {
        if (auto e = duplicate(taken.hostnames, d.hostname.toLower(), "hostname", d.row)) {
            return e;
        }
    }
    if (auto e = duplicate(taken.uuids, d.uuid, "uuid", d.row)) {
        return e;
    }
    d.outputName = (d.hostname.isEmpty() ? QStringLiteral("device-%1").arg(d.row) : d.hostname) +
                   QStringLiteral(".img");
    return duplicate(taken.outputs, d.outputName.toLower(), "hostname", d.row);
}

} // namespace

Result<std::vector<Device>> makeDevices(const Manifest& manifest, const provision::Profile& base,
                                        const QMap<int, QString>& knownUuids) {
    std::vector<Device> devices;
    Taken taken;
    for (const ManifestRow& row : manifest.rows) {
        Device d;
        d.row = row.row;
        d.profile = base;
        // The uuid first: other columns may use {uuid}.
        if (auto r = chooseUuid(manifest, row, knownUuids, d); !r) {
            return std::move(r).takeError();
        }
        if (auto r = applyColumns(manifest, row, d); !r) {
            return std::move(r).takeError();
        }
        d.profile.baseConfig["uuid"] = d.uuid.toStdString();
        if (d.hostname.isEmpty() && d.profile.hostname) {
            d.hostname = QString::fromStdString(*d.profile.hostname);
        }
        if (auto e = takeNames(d, taken)) {
            return *e;
        }
        devices.push_back(std::move(d));
    }
    return devices;
}

QString columnForPointer(const QString& pointer) {
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return {};
    }
    const QString& first = parts[0];
    if (first == QLatin1String("hostname") || first == QLatin1String("uuid") ||
        first == QLatin1String("country")) {
        return first;
    }
    if (first == QLatin1String("developmentMode")) {
        return QStringLiteral("dev_mode");
    }
    if (first == QLatin1String("networks")) {
        return parts.size() > 2 && parts[2] == QLatin1String("passphrase")
                   ? QStringLiteral("wifi_psk")
                   : QStringLiteral("wifi_ssid");
    }
    if (first == QLatin1String("os") && parts.size() > 1 && parts[1] == QLatin1String("sshKeys")) {
        return QStringLiteral("ssh_key");
    }
    if (first == QLatin1String("connections") && parts.size() > 3) {
        // The address columns set ipv4/ipv6 addresses, gateway and dns.
        return parts[3] == QLatin1String("gateway") ? QStringLiteral("ip_gateway")
               : parts[3] == QLatin1String("dns")   ? QStringLiteral("ip_dns")
                                                    : QStringLiteral("ip_address");
    }
    QStringList path;
    for (const QString& p : parts) {
        bool number = false;
        p.toInt(&number);
        if (number) {
            break;
        }
        path << p;
    }
    return QStringLiteral("config.") + path.join(QLatin1Char('.'));
}

} // namespace imprint::app::batch
