// Messages for core/provision's connections (connection.*), their IPv4/IPv6 settings (ip.*) and
// the proxy (proxy.*). Where the error is, the JSON pointer says; the message says what is wrong.
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> network() {
    static constexpr ErrorMessage table[] = {
        {"connection.bad_id",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" cannot name a connection: use 1 to 64 letters, "
                                     "digits, '-' or '_', not ending in a dot or .ignore.")},
        {"connection.bad_priority",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the priority {value} is out of range "
                                     "(-999 to 999).")},
        {"connection.passphrase_missing",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": this WiFi security needs a pass "
                                     "phrase.")},
        {"connection.passphrase_not_allowed",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": an open or enterprise network takes no "
                                     "pass phrase; choose WPA security or leave it out.")},
        {"connection.sae_raw_key",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": WPA3 (SAE) takes a pass phrase, not a "
                                     "64-digit raw key.")},
        {"connection.bad_band",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the band \"{value}\" is neither a "
                                     "(5 GHz) nor bg (2.4 GHz).")},
        {"connection.bad_bssid",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": \"{value}\" is not a MAC address "
                                     "(six pairs of hex digits, like 00:11:22:AA:BB:CC).")},
        {"connection.bad_mac",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": \"{value}\" is not a MAC address "
                                     "(six pairs of hex digits, like 52:54:00:12:34:56).")},
        {"connection.identity_missing",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": an enterprise network needs an "
                                     "identity.")},
        {"connection.password_missing",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": a password is missing (the network's, "
                                     "or the one of the encrypted private key).")},
        {"connection.certificate_missing",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": TLS needs a client certificate and "
                                     "its private key; {field} is missing.")},
        {"connection.not_pem",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": {field} is not a PEM file of the right "
                                     "kind (-----BEGIN CERTIFICATE----- or PRIVATE KEY). Convert "
                                     "it with openssl.")},
        {"connection.bad_apn",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": \"{value}\" is not an access point "
                                     "name (letters, digits, '.', '-', '_'; at most 64).")},
        {"connection.bad_pin",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": a SIM PIN is 4 to 8 digits.")},
        {"connection.bad_text",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": {field} holds a line break or another "
                                     "control character.")},
        {"ip.addresses_missing",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the manual method needs at least one "
                                     "address with its prefix, like 192.168.1.50/24.")},
        {"ip.not_for_method",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the method {method} takes no "
                                     "addresses, gateway or DNS settings.")},
        {"ip.bad_address",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": \"{value}\" is not an address of this "
                                     "IP version.")},
        {"ip.bad_prefix",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": \"{value}\" needs a prefix length of 1 "
                                     "to 32 (IPv4) or 1 to 128 (IPv6), like /24 or /64.")},
        {"ip.bad_gateway",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the gateway \"{value}\" is not an "
                                     "address of this IP version.")},
        {"ip.gateway_outside",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the gateway {value} lies outside every "
                                     "address's network, so the device could not reach it.")},
        {"ip.bad_dns",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the DNS server \"{value}\" is not an "
                                     "address of this IP version.")},
        {"ip.bad_search",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": \"{value}\" is not a domain name.")},
        {"ip.bad_metric",
         QT_TRANSLATE_NOOP("Errors", "Connection \"{id}\": the route metric {value} is out of "
                                     "range (0 to 65535).")},
        {"proxy.bad_host",
         QT_TRANSLATE_NOOP("Errors", "The proxy host \"{value}\" is neither an IP address nor a "
                                     "host name.")},
        {"proxy.bad_port",
         QT_TRANSLATE_NOOP("Errors", "The proxy port {value} is out of range (1 to 65535).")},
        {"proxy.bad_login",
         QT_TRANSLATE_NOOP("Errors", "The proxy login holds a quote, a backslash, a ';' or a "
                                     "control character, which redsocks cannot read.")},
        {"proxy.bad_password",
         QT_TRANSLATE_NOOP("Errors", "The proxy password holds a quote, a backslash, a ';' or a "
                                     "control character, which redsocks cannot read.")},
        {"proxy.password_without_login",
         QT_TRANSLATE_NOOP("Errors", "The proxy has a password but no login.")},
        {"proxy.bad_no_proxy",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not an IPv4 address or network (like "
                                     "10.0.0.0/8) for the proxy's exceptions.")},
        {"import.unreadable", QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}")},
        {"import.too_large",
         QT_TRANSLATE_NOOP("Errors", "{file} is larger than {limit}; a NetworkManager keyfile is "
                                     "a few hundred bytes.")},
        {"import.not_text",
         QT_TRANSLATE_NOOP("Errors", "{file} is not a NetworkManager keyfile: it holds bytes "
                                     "that are not UTF-8 text.")},
        {"import.key_missing",
         QT_TRANSLATE_NOOP("Errors", "{file}, [{group}] {key}: this key is missing.")},
        {"import.bad_value",
         QT_TRANSLATE_NOOP("Errors", "{file}, [{group}] {key}: \"{value}\" is not one of: "
                                     "{allowed}.")},
        {"import.bad_key", QT_TRANSLATE_NOOP("Errors", "{file}, [{group}] {key}: {detail}")},
        {"import.certificate_missing",
         QT_TRANSLATE_NOOP("Errors", "{file}, [{group}] {key}: the file {path} it names was not "
                                     "imported with it.")},
        {"import.certificate_unreadable",
         QT_TRANSLATE_NOOP("Errors", "{file}, [{group}] {key}: cannot read {path}: {reason}")},
        {"profile.duplicate_connection",
         QT_TRANSLATE_NOOP("Errors", "Two connections are named \"{id}\"; each needs its own "
                                     "name.")},
    };
    return table;
}

} // namespace imprint::app::messages
