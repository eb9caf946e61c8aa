#include "app/common/config/connectionlist.h"

#include "app/common/json/jsonview.h"

#include <QCoreApplication>

namespace imprint::app {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("imprint::app", text); }

QString qs(const std::string& s) { return QString::fromStdString(s); }

QJsonObject ipToJson(const provision::IpSummary& ip) {
    return QJsonObject{{"method", qs(ip.method)},
                       {"addresses", stringsToJson(ip.addresses)},
                       {"gateway", qs(ip.gateway)},
                       {"dns", stringsToJson(ip.dns)}};
}

QString ipLine(const QString& label, const provision::IpSummary& ip) {
    QString line = QStringLiteral("  %1: %2").arg(label, qs(ip.method));
    QStringList addresses;
    for (const auto& a : ip.addresses) {
        addresses << qs(a);
    }
    if (!addresses.isEmpty()) {
        line += QLatin1Char(' ') + addresses.join(QStringLiteral(", "));
    }
    if (!ip.gateway.empty()) {
        line += QLatin1String(", ") + tr("gateway %1").arg(qs(ip.gateway));
    }
    if (!ip.dns.empty()) {
        QStringList dns;
        for (const auto& d : ip.dns) {
            dns << qs(d);
        }
        line += QLatin1String(", ") + tr("DNS %1").arg(dns.join(QStringLiteral(", ")));
    }
    return line;
}

} // namespace

QJsonObject connectionToJson(const provision::ConnectionSummary& c, bool showSecrets) {
    QJsonObject secrets;
    for (const auto& [key, value] : c.secrets) {
        secrets.insert(qs(key), showSecrets ? qs(value) : QStringLiteral("********"));
    }
    QJsonObject o{{"file", qs(c.file)},
                  {"id", qs(c.id)},
                  {"type", qs(c.type)},
                  {"ipv4", ipToJson(c.ipv4)},
                  {"ipv6", ipToJson(c.ipv6)},
                  {"secrets", secrets},
                  {"ignoredByNetworkManager", c.ignoredByNetworkManager}};
    if (c.type == "wifi") {
        o.insert("ssid", qs(c.ssid));
        o.insert("security", qs(c.security));
        o.insert("eap", qs(c.eap));
    }
    return o;
}

QJsonArray connectionsToJson(const std::vector<provision::ConnectionSummary>& list,
                             bool showSecrets) {
    QJsonArray out;
    for (const auto& c : list) {
        out.append(connectionToJson(c, showSecrets));
    }
    return out;
}

QStringList connectionLines(const provision::ConnectionSummary& c, bool showSecrets) {
    QStringList lines;
    QString header = QStringLiteral("%1 (system-connections/%2)").arg(qs(c.id), qs(c.file));
    if (c.ignoredByNetworkManager) {
        header += QLatin1Char(' ') + tr("[ignored by NetworkManager]");
    }
    lines << header << QStringLiteral("  %1: %2").arg(tr("type"), qs(c.type));
    if (c.type == "wifi") {
        QString security = qs(c.security);
        if (!c.eap.empty()) {
            security += QStringLiteral(" (%1)").arg(qs(c.eap));
        }
        lines << QStringLiteral("  %1: \"%2\", %3").arg(tr("SSID"), qs(c.ssid), security);
    }
    lines << ipLine(QStringLiteral("IPv4"), c.ipv4) << ipLine(QStringLiteral("IPv6"), c.ipv6);
    for (const auto& [key, value] : c.secrets) {
        lines << QStringLiteral("  %1: %2 = %3")
                     .arg(tr("secret"), qs(key),
                          showSecrets ? qs(value) : QStringLiteral("********"));
    }
    return lines;
}

} // namespace imprint::app
