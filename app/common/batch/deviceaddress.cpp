#include "app/common/batch/deviceaddress.h"

#include <QRegularExpression>

namespace imprint::app::batch {
namespace {

Error at(const char* code, int row, const char* column) {
    return Error(code).with("row", std::to_string(row)).with("column", column);
}

// The connection the address is for; nullptr with `error` set when there is none to choose.
provision::Connection* target(const DeviceAddress& a, provision::Profile& p,
                              std::optional<Error>& error) {
    using provision::ConnectionKind;
    if (!a.connection.isEmpty()) {
        for (auto& c : p.connections) {
            if (c.id == a.connection.toStdString()) {
                return &c;
            }
        }
        error = at("batch.no_connection", a.row, "ip_connection")
                    .with("value", a.connection.toStdString());
        return nullptr;
    }
    provision::Connection* found = nullptr;
    for (auto& c : p.connections) {
        if (c.kind == ConnectionKind::Ethernet) {
            if (found != nullptr) {
                error = at("batch.which_connection", a.row, "ip_connection");
                return nullptr;
            }
            found = &c;
        }
    }
    if (found == nullptr) {
        provision::Connection wired;
        wired.kind = ConnectionKind::Ethernet;
        wired.id = "wired";
        p.connections.push_back(wired);
        found = &p.connections.back();
    }
    return found;
}

} // namespace

bool takeAddressColumn(const QString& column, const QString& value, DeviceAddress& a) {
    const std::pair<const char*, QString*> columns[] = {{"ip_address", &a.address},
                                                        {"ip_gateway", &a.gateway},
                                                        {"ip_dns", &a.dns},
                                                        {"ip_connection", &a.connection}};
    for (const auto& [name, out] : columns) {
        if (column == QLatin1String(name)) {
            *out = value.trimmed();
            return true;
        }
    }
    return false;
}

Result<void> applyDeviceAddress(const DeviceAddress& a, provision::Profile& profile) {
    if (a.empty()) {
        return {};
    }
    if (a.address.isEmpty()) {
        const char* column = !a.gateway.isEmpty() ? "ip_gateway"
                             : !a.dns.isEmpty()   ? "ip_dns"
                                                  : "ip_connection";
        return at("batch.address_missing", a.row, column);
    }
    std::optional<Error> error;
    provision::Connection* c = target(a, profile, error);
    if (c == nullptr) {
        return *error;
    }
    provision::IpSettings& ip = a.address.contains(QLatin1Char(':')) ? c->ipv6 : c->ipv4;
    ip.method = provision::IpMethod::Manual;
    ip.addresses = {a.address.toStdString()};
    ip.gateway = a.gateway.toStdString();
    if (!a.dns.isEmpty()) {
        ip.dns.clear();
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        for (const QString& server : a.dns.split(separators, Qt::SkipEmptyParts)) {
            ip.dns.push_back(server.toStdString());
        }
    }
    return {};
}

} // namespace imprint::app::batch
