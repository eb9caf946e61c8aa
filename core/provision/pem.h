// PEM: the text form of certificates and keys ("-----BEGIN CERTIFICATE-----", base64, END),
// checked before a certificate is stored for NetworkManager to load.
#pragma once

#include <string_view>

namespace imprint::provision {

enum class PemKind { Certificate, PrivateKey };

// True when `text` holds at least one well-formed PEM block of that kind: CERTIFICATE (or
// TRUSTED CERTIFICATE), or PRIVATE KEY, ENCRYPTED PRIVATE KEY, RSA/EC/DSA PRIVATE KEY; each
// block's body base64 (RFC 7468), its END label the BEGIN label, nothing but blocks and blank
// or explanatory text around them.
bool isPem(std::string_view text, PemKind kind);

} // namespace imprint::provision
