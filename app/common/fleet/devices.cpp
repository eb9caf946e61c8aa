#include "app/common/fleet/devices.h"

#include "core/config/json.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace imprint::app::fleet {
namespace {

Error at(const char* code, const ManifestRow& row, const QString& column) {
    return Error(code).with("row", std::to_string(row.row)).with("column", column.toStdString());
}

bool isKeyText(const QString& v) {
    static const QRegularExpression key(
        QStringLiteral("^(ssh-|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)[a-z0-9@.-]+ "));
    return key.match(v.trimmed()).hasMatch();
}

Result<std::vector<std::string>> sshKeys(const QString& value, const ManifestRow& row) {
    QString text = value;
    if (!isKeyText(value)) {
        QFile f(value);
        if (!QFileInfo(value).isFile() || !f.open(QIODevice::ReadOnly)) {
            return at("batch.ssh_key", row, QStringLiteral("ssh_key"))
                .with("reason", "batch.not_key_or_file");
        }
        text = QString::fromUtf8(f.read(1 << 20));
    }
    std::vector<std::string> keys;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#'))) {
            keys.push_back(t.toStdString());
        }
    }
    return keys;
}

// A config.<path> value: JSON when it reads as JSON (numbers, true, null, objects, "text"),
// plain text otherwise.
config::Json configValue(const QString& value) {
    const std::string text = value.toStdString();
    auto parsed = config::Json::parse(text, nullptr, false);
    if (!parsed.is_discarded()) {
        return parsed;
    }
    return config::Json(text);
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

Result<std::vector<Device>> makeDevices(const Manifest& manifest, const provision::Profile& base,
                                        const QMap<int, QString>& knownUuids) {
    static const QRegularExpression uuidPattern(QStringLiteral("^[0-9a-f]{32,62}$"));
    std::vector<Device> devices;
    QMap<QString, int> hostnames;
    QMap<QString, int> uuids;
    QMap<QString, int> outputs;
    for (const ManifestRow& row : manifest.rows) {
        Device d;
        d.row = row.row;
        d.profile = base;
        const auto value = [&](const QString& column) -> QString {
            const qsizetype c = manifest.column(column);
            return c < 0 ? QString() : row.values[c];
        };
        // The uuid first: other columns may use {uuid}.
        const QString uuidText = value(QStringLiteral("uuid"));
        if (!uuidText.isEmpty()) {
            auto u = expandTemplate(uuidText, manifest, row, QStringLiteral("uuid"), {});
            if (!u) {
                return std::move(u).takeError();
            }
            if (!uuidPattern.match(*u).hasMatch()) {
                return at("batch.bad_uuid", row, QStringLiteral("uuid"))
                    .with("value", u->toStdString());
            }
            d.uuid = *u;
        } else {
            d.uuid = knownUuids.value(row.row);
            if (d.uuid.isEmpty()) {
                d.uuid = generateUuid();
                d.uuidGenerated = true;
            }
        }
        QString ssid;
        QString psk;
        for (qsizetype c = 0; c < manifest.columns.size(); ++c) {
            const QString& column = manifest.columns[c];
            if (column == QLatin1String("uuid") || !row.present[static_cast<std::size_t>(c)]) {
                continue;
            }
            auto v = expandTemplate(row.values[c], manifest, row, column, d.uuid);
            if (!v) {
                return std::move(v).takeError();
            }
            const QString text = *v;
            if (text.isEmpty()) {
                continue; // an empty cell leaves the base profile's setting
            }
            if (column == QLatin1String("hostname")) {
                d.hostname = text;
                d.profile.hostname = text.toStdString();
            } else if (column == QLatin1String("country")) {
                d.profile.country = text.toStdString();
            } else if (column == QLatin1String("wifi_ssid")) {
                ssid = text;
            } else if (column == QLatin1String("wifi_psk")) {
                psk = text;
            } else if (column == QLatin1String("ssh_key")) {
                auto keys = sshKeys(text, row);
                if (!keys) {
                    return std::move(keys).takeError();
                }
                d.profile.sshKeys.insert(d.profile.sshKeys.end(), keys->begin(), keys->end());
            } else if (column == QLatin1String("dev_mode")) {
                const QString t = text.toLower();
                if (t != QLatin1String("true") && t != QLatin1String("false")) {
                    return at("batch.bad_bool", row, column).with("value", text.toStdString());
                }
                d.profile.developmentMode = t == QLatin1String("true");
            } else {
                // config.<dotted.path>
                std::string pointer;
                for (const QString& part : column.mid(7).split(QLatin1Char('.'))) {
                    pointer += "/" + part.toStdString();
                }
                try {
                    d.profile.baseConfig[config::Json::json_pointer(pointer)] = configValue(text);
                } catch (const config::Json::exception&) {
                    return at("batch.bad_config_value", row, column);
                }
            }
        }
        if (!psk.isEmpty() && ssid.isEmpty()) {
            return Error("batch.psk_without_ssid").with("row", std::to_string(row.row));
        }
        if (!ssid.isEmpty()) {
            provision::WifiNetwork n;
            n.ssid = ssid.toStdString();
            n.passphrase = psk.toStdString();
            d.profile.networks.push_back(n);
        }
        d.profile.baseConfig["uuid"] = d.uuid.toStdString();
        if (d.hostname.isEmpty() && d.profile.hostname) {
            d.hostname = QString::fromStdString(*d.profile.hostname);
        }
        const auto duplicate = [&](QMap<QString, int>& seen, const QString& key,
                                   const char* column) -> std::optional<Error> {
            if (seen.contains(key)) {
                return Error("batch.duplicate")
                    .with("column", column)
                    .with("value", key.toStdString())
                    .with("row", std::to_string(row.row))
                    .with("first_row", std::to_string(seen.value(key)));
            }
            seen.insert(key, row.row);
            return std::nullopt;
        };
        // A base profile's fixed host name is shared by every row: that is a duplicate too.
        if (!d.hostname.isEmpty()) {
            if (auto e = duplicate(hostnames, d.hostname.toLower(), "hostname")) {
                return *e;
            }
        }
        if (auto e = duplicate(uuids, d.uuid, "uuid")) {
            return *e;
        }
        d.outputName =
            (d.hostname.isEmpty() ? QStringLiteral("device-%1").arg(d.row) : d.hostname) +
            QStringLiteral(".img");
        if (auto e = duplicate(outputs, d.outputName.toLower(), "hostname")) {
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

} // namespace imprint::app::fleet
