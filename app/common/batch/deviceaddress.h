// A device's own static address from the manifest (columns ip_address, ip_gateway, ip_dns and
// ip_connection), set on one connection of the device's profile: the connection named by
// ip_connection, else the profile's only Ethernet connection, else a new one, "wired".
#pragma once

#include "core/common/result.h"
#include "core/provision/profile.h"

#include <QString>

namespace imprint::app::batch {

struct DeviceAddress {
    QString address;    // ADDR/PREFIX, IPv4 or IPv6
    QString gateway;    // of the same version
    QString dns;        // servers separated by spaces, commas or ';'
    QString connection; // the id of the profile's connection it is for
    int row = 0;

    [[nodiscard]] bool empty() const {
        return address.isEmpty() && gateway.isEmpty() && dns.isEmpty() && connection.isEmpty();
    }
};

// Whether `column` is one of the address columns; if so its value is kept in `a`.
bool takeAddressColumn(const QString& column, const QString& value, DeviceAddress& a);

// Sets the address (method manual, the address, gateway and DNS servers of its IP version
// replacing the connection's). The values themselves are checked with the profile
// (Profile::check, reported at the column by columnForPointer). Errors, each with {row,
// column}: batch.address_missing (a gateway, DNS or connection without an address),
// batch.no_connection {value} (ip_connection names none of the profile's), batch.which_connection
// (the profile has several Ethernet connections and ip_connection says none).
Result<void> applyDeviceAddress(const DeviceAddress& a, provision::Profile& profile);

} // namespace imprint::app::batch
