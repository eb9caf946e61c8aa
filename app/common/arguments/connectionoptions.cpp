#include "app/common/arguments/connectionoptions.h"

#include "app/common/arguments/connectionimport.h"
#include "app/common/arguments/optionorder.h"
#include "core/provision/connectionjson.h"

#include <QFile>
#include <QUrl>

namespace imprint::app {
namespace {

using namespace provision;

constexpr qint64 kMaxPem = 1024 * 1024;

// A command-line connection being built: a --wifi stays a plain network until an option here
// needs more than an SSID and a pass phrase.
struct Pending {
    Connection connection;
    bool plainWifi = false;
    bool securityGiven = false;
};

QString wifiId(const QString& ssid) {
    QString id = QStringLiteral("wifi-");
    for (const QChar c : ssid.left(40)) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                          c == QLatin1Char('-') || c == QLatin1Char('_');
        id += keep ? c : QLatin1Char('_');
    }
    return id;
}

bool isV6(const QString& v) { return v.contains(QLatin1Char(':')); }

std::optional<int> toInt(const QString& v) {
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? std::optional(n) : std::nullopt;
}

std::optional<Proxy> parseProxy(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    Proxy p;
    if (scheme == QLatin1String("socks4")) {
        p.type = ProxyType::Socks4;
    } else if (scheme == QLatin1String("socks5")) {
        p.type = ProxyType::Socks5;
    } else if (scheme == QLatin1String("http")) {
        p.type = ProxyType::HttpConnect;
    } else {
        return std::nullopt;
    }
    if (!url.isValid() || url.host().isEmpty() || url.port() < 0) {
        return std::nullopt;
    }
    p.host = url.host().toStdString();
    p.port = url.port();
    p.login = url.userName().toStdString();
    p.password = url.password().toStdString();
    return p;
}

// The option applied to `c`; false when its value is not one it takes.
bool applyIp(IpSettings& ip, const QString& value) {
    if (auto m = ipMethodFromName(value.toStdString())) {
        ip.method = *m;
        return true;
    }
    if (!value.contains(QLatin1Char('/'))) {
        return false;
    }
    ip.method = IpMethod::Manual;
    ip.addresses.push_back(value.toStdString());
    return true;
}

std::optional<ConnectionOptionProblem> readPem(const GivenOption& o, std::string& out) {
    QFile f(o.value);
    if (!f.open(QIODevice::ReadOnly)) {
        return ConnectionOptionProblem{
            ConnectionOptionProblem::Unreadable, o.name, o.value, f.errorString(), {}};
    }
    out = f.read(kMaxPem).toStdString();
    return std::nullopt;
}

// Options of WiFi and enterprise WiFi. Nothing when `o` is none of them.
std::optional<bool> applyWifi(Pending& p, const GivenOption& o,
                              std::optional<ConnectionOptionProblem>& problem) {
    WifiSettings& w = p.connection.wifi;
    EnterpriseSettings& e = w.enterprise;
    const QString& n = o.name;
    const std::string v = o.value.toStdString();
    if (n == QLatin1String("--wifi-psk")) {
        w.passphrase = v;
        if (!p.securityGiven) {
            w.security = WifiSecurity::WpaPsk;
        }
        return true;
    }
    if (n == QLatin1String("--wifi-security") || n == QLatin1String("--eap")) {
        p.securityGiven = true;
        p.plainWifi = false;
        if (n == QLatin1String("--eap")) {
            w.security = WifiSecurity::Enterprise;
            const auto eap = eapMethodFromName(v);
            e.eap = eap.value_or(e.eap);
            return eap.has_value();
        }
        const auto s = securityFromName(v);
        w.security = s.value_or(w.security);
        return s.has_value();
    }
    const std::pair<const char*, std::string*> texts[] = {
        {"--wifi-band", &w.band},
        {"--wifi-bssid", &w.bssid},
        {"--eap-identity", &e.identity},
        {"--eap-password", &e.password},
        {"--eap-key-password", &e.privateKeyPassword}};
    for (const auto& [name, target] : texts) {
        if (n == QLatin1String(name)) {
            *target = v;
            p.plainWifi = false;
            return true;
        }
    }
    if (n == QLatin1String("--eap-inner")) {
        p.plainWifi = false;
        e.innerAuth = v == "pap" ? InnerAuth::Pap : InnerAuth::Mschapv2;
        return v == "pap" || v == "mschapv2";
    }
    const std::pair<const char*, std::string*> files[] = {
        {"--eap-ca-cert", &e.caCertificate},
        {"--eap-client-cert", &e.clientCertificate},
        {"--eap-key", &e.privateKey}};
    for (const auto& [name, target] : files) {
        if (n == QLatin1String(name)) {
            p.plainWifi = false;
            problem = readPem(o, *target);
            return true;
        }
    }
    return std::nullopt;
}

// Options every kind takes, and those of Ethernet and gsm.
bool applyCommon(Pending& p, const GivenOption& o) {
    Connection& c = p.connection;
    const QString& n = o.name;
    const std::string v = o.value.toStdString();
    p.plainWifi = false;
    if (n == QLatin1String("--ipv4") || n == QLatin1String("--ipv6")) {
        return applyIp(n == QLatin1String("--ipv4") ? c.ipv4 : c.ipv6, o.value);
    }
    IpSettings& ip = isV6(o.value) ? c.ipv6 : c.ipv4;
    if (n == QLatin1String("--gateway")) {
        ip.gateway = v;
    } else if (n == QLatin1String("--dns-server")) {
        ip.dns.push_back(v);
    } else if (n == QLatin1String("--dns-search")) {
        c.ipv4.dnsSearch.push_back(v);
    } else if (n == QLatin1String("--route-metric") || n == QLatin1String("--priority")) {
        const auto number = toInt(o.value);
        if (n == QLatin1String("--priority")) {
            c.priority = number;
        } else {
            c.ipv4.routeMetric = c.ipv6.routeMetric = number;
        }
        return number.has_value();
    } else if (n == QLatin1String("--mac")) {
        c.macAddress = v;
        return c.kind == ConnectionKind::Ethernet;
    } else {
        const std::pair<const char*, std::string*> gsm[] = {{"--gsm-apn", &c.gsm.apn},
                                                            {"--gsm-user", &c.gsm.username},
                                                            {"--gsm-password", &c.gsm.password},
                                                            {"--gsm-pin", &c.gsm.pin}};
        for (const auto& [name, target] : gsm) {
            if (n == QLatin1String(name)) {
                *target = v;
                return c.kind == ConnectionKind::Gsm;
            }
        }
    }
    return true;
}

Pending start(const GivenOption& o) {
    Pending p;
    if (o.name == QLatin1String("--wifi")) {
        p.plainWifi = true;
        p.connection.id = wifiId(o.value).toStdString();
        p.connection.wifi.ssid = o.value.toStdString();
    } else {
        p.connection.kind =
            o.name == QLatin1String("--gsm") ? ConnectionKind::Gsm : ConnectionKind::Ethernet;
        p.connection.id = o.value.toStdString();
    }
    return p;
}

void finish(std::vector<Pending>& pending, Profile& profile) {
    for (auto& p : pending) {
        if (p.plainWifi) {
            WifiNetwork n;
            n.ssid = p.connection.wifi.ssid;
            n.passphrase = p.connection.wifi.passphrase;
            profile.networks.push_back(std::move(n));
        } else {
            profile.connections.push_back(std::move(p.connection));
        }
    }
}

QStringList optionNames() {
    QStringList names;
    for (const auto& s : connectionOptionSpecs()) {
        names << QStringLiteral("--") + QLatin1String(s.name);
    }
    return names;
}

} // namespace

const std::vector<ConnectionOptionSpec>& connectionOptionSpecs() {
    static const std::vector<ConnectionOptionSpec> specs{
        {"wifi", "SSID", QT_TRANSLATE_NOOP("imprint::cli", "Add a WiFi network (repeatable).")},
        {"wifi-psk", "PSK",
         QT_TRANSLATE_NOOP("imprint::cli",
                           "Pass phrase of the --wifi before it (none: open network).")},
        {"wifi-security", "SECURITY",
         QT_TRANSLATE_NOOP("imprint::cli", "Security of the --wifi before it: open, wpa-psk, sae "
                                           "(WPA3 only), wpa-psk-sae (WPA2 and WPA3) or "
                                           "enterprise.")},
        {"wifi-band", "a|bg",
         QT_TRANSLATE_NOOP("imprint::cli", "Only the 5 GHz (a) or 2.4 GHz (bg) band.")},
        {"wifi-bssid", "MAC",
         QT_TRANSLATE_NOOP("imprint::cli", "Only the access point with this MAC address.")},
        {"eap", "peap|ttls|tls",
         QT_TRANSLATE_NOOP("imprint::cli", "Enterprise WiFi (802.1X) with this EAP method.")},
        {"eap-identity", "NAME", QT_TRANSLATE_NOOP("imprint::cli", "Enterprise WiFi identity.")},
        {"eap-password", "PASSWORD",
         QT_TRANSLATE_NOOP("imprint::cli", "Enterprise WiFi password (PEAP, TTLS).")},
        {"eap-inner", "mschapv2|pap",
         QT_TRANSLATE_NOOP("imprint::cli", "Inner authentication of PEAP or TTLS.")},
        {"eap-ca-cert", "PEM",
         QT_TRANSLATE_NOOP("imprint::cli", "CA certificate that signed the network's server.")},
        {"eap-client-cert", "PEM", QT_TRANSLATE_NOOP("imprint::cli", "Client certificate (TLS).")},
        {"eap-key", "PEM",
         QT_TRANSLATE_NOOP("imprint::cli", "Private key of the client certificate (TLS).")},
        {"eap-key-password", "PASSWORD",
         QT_TRANSLATE_NOOP("imprint::cli", "Password of an encrypted private key.")},
        {"ethernet", "NAME",
         QT_TRANSLATE_NOOP("imprint::cli", "Add a wired connection named NAME (repeatable).")},
        {"mac", "MAC",
         QT_TRANSLATE_NOOP("imprint::cli", "Only the network interface with this MAC address.")},
        {"gsm", "NAME",
         QT_TRANSLATE_NOOP("imprint::cli", "Add a cellular (GSM/LTE) connection named NAME.")},
        {"gsm-apn", "APN",
         QT_TRANSLATE_NOOP("imprint::cli", "Access point name of the cellular connection.")},
        {"gsm-user", "NAME",
         QT_TRANSLATE_NOOP("imprint::cli", "User name of the cellular connection.")},
        {"gsm-password", "PASSWORD",
         QT_TRANSLATE_NOOP("imprint::cli", "Password of the cellular connection.")},
        {"gsm-pin", "PIN", QT_TRANSLATE_NOOP("imprint::cli", "SIM PIN (4 to 8 digits).")},
        {"ipv4", "METHOD|ADDR/PREFIX",
         QT_TRANSLATE_NOOP("imprint::cli", "IPv4 method of the connection before it (auto, "
                                           "manual, disabled, link-local), or a static address "
                                           "(repeatable).")},
        {"ipv6", "METHOD|ADDR/PREFIX",
         QT_TRANSLATE_NOOP("imprint::cli", "IPv6 method (auto, manual, disabled, link-local), or "
                                           "a static address (repeatable).")},
        {"gateway", "IP",
         QT_TRANSLATE_NOOP("imprint::cli", "Gateway (IPv4 or IPv6) of the connection.")},
        {"dns-server", "IP",
         QT_TRANSLATE_NOOP("imprint::cli", "DNS server of the connection (repeatable).")},
        {"dns-search", "DOMAIN",
         QT_TRANSLATE_NOOP("imprint::cli", "DNS search domain of the connection (repeatable).")},
        {"route-metric", "N", QT_TRANSLATE_NOOP("imprint::cli", "Route metric of the connection.")},
        {"priority", "N",
         QT_TRANSLATE_NOOP("imprint::cli",
                           "Priority of the connection (-999 to 999; higher wins).")},
        {"connection", "FILE",
         QT_TRANSLATE_NOOP("imprint::cli", "Add a NetworkManager keyfile (.nmconnection) as it "
                                           "is, checked, with the certificates it names "
                                           "(repeatable).")},
        {"proxy", "URL",
         QT_TRANSLATE_NOOP("imprint::cli",
                           "Send the device's traffic through this proxy: "
                           "socks4://, socks5:// or http://[USER:PASSWORD@]HOST:PORT.")},
        {"no-proxy", "NET",
         QT_TRANSLATE_NOOP("imprint::cli", "An IPv4 address or network reached without the proxy "
                                           "(repeatable).")},
    };
    return specs;
}

std::optional<ConnectionOptionProblem> appendConnections(const QStringList& arguments,
                                                         Profile& profile) {
    std::vector<Pending> pending;
    std::optional<ConnectionOptionProblem> problem;
    const auto bad = [](const GivenOption& o, ConnectionOptionProblem::Kind kind) {
        return ConnectionOptionProblem{kind, o.name, o.value, {}, {}};
    };
    for (const GivenOption& o : optionsInOrder(arguments, optionNames())) {
        if (o.name == QLatin1String("--wifi") || o.name == QLatin1String("--ethernet") ||
            o.name == QLatin1String("--gsm")) {
            pending.push_back(start(o));
            continue;
        }
        if (o.name == QLatin1String("--connection")) {
            auto imported = readImportedConnection(o.value);
            if (!imported) {
                return ConnectionOptionProblem{
                    ConnectionOptionProblem::Imported, o.name, o.value, {}, imported.error()};
            }
            profile.importedConnections.push_back(std::move(imported).value());
            continue;
        }
        if (o.name == QLatin1String("--proxy")) {
            profile.proxy = parseProxy(o.value);
            if (!profile.proxy) {
                return bad(o, ConnectionOptionProblem::BadValue);
            }
            continue;
        }
        if (o.name == QLatin1String("--no-proxy")) {
            if (!profile.proxy) {
                return bad(o, ConnectionOptionProblem::NoConnection);
            }
            profile.proxy->noProxy.push_back(o.value.toStdString());
            continue;
        }
        if (pending.empty()) {
            return bad(o, ConnectionOptionProblem::NoConnection);
        }
        Pending& p = pending.back();
        const bool wifi = p.connection.kind == ConnectionKind::Wifi;
        if (o.name == QLatin1String("--wifi-psk") && !p.connection.wifi.passphrase.empty()) {
            return bad(o, ConnectionOptionProblem::NoConnection); // a second one for this --wifi
        }
        std::optional<bool> ok = applyWifi(p, o, problem);
        if (ok && !wifi) {
            return bad(o, ConnectionOptionProblem::NoConnection);
        }
        if (problem) {
            return problem;
        }
        if (!ok) {
            ok = applyCommon(p, o);
        }
        if (!*ok) {
            return bad(o, ConnectionOptionProblem::BadValue);
        }
    }
    finish(pending, profile);
    return std::nullopt;
}

} // namespace imprint::app
