// The connections the connection tests share: certificates made by openssl, the same values as
// nmcli arguments (the judge builds its own keyfile from them), and what a keyfile means.
#pragma once

#include "core/provision/connection.h"
#include "tests/support/hosttool.h"
#include "tests/support/keyfilejudge.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>

namespace imprint::test {

struct Pems {
    std::string certificate;
    std::string key;
};

// A fresh self-signed certificate and its unencrypted key, from openssl.
inline Pems makePems() {
    const ToolRun r =
        runTool(QStringLiteral("openssl"),
                {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                 "-keyout", "-", "-out", "-", "-days", "2", "-subj", "/CN=imprint-test"});
    const std::string both = r.out.toStdString();
    const auto split = both.find("-----BEGIN CERTIFICATE-----");
    if (r.exitCode != 0 || split == std::string::npos) {
        return {};
    }
    return {both.substr(split), both.substr(0, split)};
}

inline QString q(const std::string& s) { return QString::fromStdString(s); }

inline void addIp(QStringList& a, const provision::IpSettings& ip, const QString& g) {
    a << g + ".method" << q(std::string(provision::ipMethodName(ip.method)));
    const auto joined = [](const std::vector<std::string>& v) {
        QStringList l;
        for (const auto& s : v) {
            l << q(s);
        }
        return l.join(QLatin1Char(','));
    };
    const std::pair<QString, QString> lists[] = {{".addresses", joined(ip.addresses)},
                                                 {".gateway", q(ip.gateway)},
                                                 {".dns", joined(ip.dns)},
                                                 {".dns-search", joined(ip.dnsSearch)}};
    for (const auto& [key, value] : lists) {
        if (!value.isEmpty()) {
            a << g + key << value;
        }
    }
    if (ip.routeMetric) {
        a << g + ".route-metric" << QString::number(*ip.routeMetric);
    }
}

inline void addEnterprise(QStringList& a, const provision::Connection& c, const QDir& certs) {
    using namespace provision;
    const EnterpriseSettings& e = c.wifi.enterprise;
    const QString eap = e.eap == EapMethod::Peap   ? "peap"
                        : e.eap == EapMethod::Ttls ? "ttls"
                                                   : "tls";
    a << "wifi-sec.key-mgmt"
      << "wpa-eap"
      << "802-1x.eap" << eap << "802-1x.identity" << q(e.identity);
    if (!e.anonymousIdentity.empty()) {
        a << "802-1x.anonymous-identity" << q(e.anonymousIdentity);
    }
    if (e.eap != EapMethod::Tls) {
        a << "802-1x.password" << q(e.password) << "802-1x.phase2-auth"
          << (e.innerAuth == InnerAuth::Pap ? "pap" : "mschapv2");
    }
    // nmcli loads each certificate: the PEM Imprint stores must be one NetworkManager reads.
    const auto file = [&](const char* key, const std::string& pem, const char* suffix) {
        if (pem.empty()) {
            return;
        }
        const QString path = certs.filePath(q(c.id) + QLatin1String(suffix));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(pem.data(), static_cast<qint64>(pem.size()));
        a << QLatin1String(key) << path;
    };
    file("802-1x.ca-cert", e.caCertificate, "-ca.pem");
    file("802-1x.client-cert", e.clientCertificate, "-client.pem");
    if (e.eap == EapMethod::Tls) {
        file("802-1x.private-key", e.privateKey, "-key.pem");
        a << "802-1x.private-key-password" << q(e.privateKeyPassword);
    }
}

// `nmcli --offline connection add` arguments for the same values.
inline QStringList nmcliArgs(const provision::Connection& c, const QDir& certs) {
    using namespace provision;
    const QString type = c.kind == ConnectionKind::Wifi       ? "wifi"
                         : c.kind == ConnectionKind::Ethernet ? "ethernet"
                                                              : "gsm";
    QStringList a{"--offline", "connection", "add", "type", type, "con-name", q(c.id)};
    if (c.priority) {
        a << "connection.autoconnect-priority" << QString::number(*c.priority);
    }
    if (c.kind == ConnectionKind::Ethernet && !c.macAddress.empty()) {
        a << "ethernet.mac-address" << q(c.macAddress);
    }
    const std::pair<QString, const std::string*> gsm[] = {{"gsm.apn", &c.gsm.apn},
                                                          {"gsm.username", &c.gsm.username},
                                                          {"gsm.password", &c.gsm.password},
                                                          {"gsm.pin", &c.gsm.pin}};
    for (const auto& [key, value] : gsm) {
        if (c.kind == ConnectionKind::Gsm && !value->empty()) {
            a << key << q(*value);
        }
    }
    if (c.kind == ConnectionKind::Wifi) {
        const WifiSettings& w = c.wifi;
        a << "802-11-wireless.ssid" << q(w.ssid);
        if (w.hidden) {
            a << "802-11-wireless.hidden"
              << "yes";
        }
        if (!w.band.empty()) {
            a << "802-11-wireless.band" << q(w.band);
        }
        if (!w.bssid.empty()) {
            a << "802-11-wireless.bssid" << q(w.bssid);
        }
        if (w.security == WifiSecurity::Enterprise) {
            addEnterprise(a, c, certs);
        } else if (w.security != WifiSecurity::Open) {
            a << "wifi-sec.key-mgmt" << (w.security == WifiSecurity::Sae ? "sae" : "wpa-psk")
              << "wifi-sec.psk" << q(w.passphrase);
            if (w.security == WifiSecurity::Transition) {
                a << "wifi-sec.pmf"
                  << "2";
            }
        }
    }
    addIp(a, c.ipv4, "ipv4");
    addIp(a, c.ipv6, "ipv6");
    a << "ipv6.addr-gen-mode"
      << "stable-privacy";
    return a;
}

// What a keyfile means to NetworkManager, as "group.key" -> value from GLib's reading: the
// generated uuid left out, an SSID as its bytes, a certificate by its file name.
inline QMap<QString, QByteArray> meaning(const GlibKeyFile& f) {
    QMap<QString, QByteArray> out;
    for (const QString& g : f.groupNames()) {
        for (const QString& k : f.keys(g)) {
            QByteArray v = f.string(g, k).value_or("<not a string>");
            if (g == "connection" && k == "uuid") {
                continue;
            }
            if (g == "wifi" && k == "ssid") {
                const auto bytes = f.integers(g, k);
                if (v.contains(';') && bytes && !v.contains("\\;")) {
                    v.clear();
                    for (const int b : *bytes) {
                        v.append(static_cast<char>(b));
                    }
                } else {
                    v.replace("\\;", ";");
                }
            }
            if (k == "ca-cert" || k == "client-cert" || k == "private-key") {
                v = QFileInfo(QString::fromUtf8(v)).fileName().toUtf8();
            }
            out.insert(g + '.' + k, v);
        }
    }
    return out;
}

} // namespace imprint::test
