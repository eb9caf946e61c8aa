// SshPublicKey: one OpenSSH public key line ("type base64 [comment]") taken apart for real:
// the body must decode and name the same type, and RSA keys are measured from their modulus.
#pragma once

#include "core/common/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace imprint::config {

struct SshPublicKey {
    std::string type;    // as written, e.g. "ssh-ed25519"
    std::string body;    // the base64 text
    std::string comment; // everything after the body, kept as is
    unsigned bits = 0;   // key size: the RSA modulus, the ECDSA curve, 256 for Ed25519

    // The canonical identity of a key (type and body): two lines with the same key but
    // different comments are duplicates.
    [[nodiscard]] std::string identity() const { return type + " " + body; }
    // A short fingerprint for people: SHA-256 base64 as ssh-keygen -l prints it.
    [[nodiscard]] std::string fingerprint() const;
};

// Errors: sshkey.empty, sshkey.multiple_lines, sshkey.unknown_type {type}, sshkey.no_body,
// sshkey.bad_base64 {type}, sshkey.malformed {type}, sshkey.type_mismatch {type, inner},
// sshkey.rsa_too_small {bits, minimum}, sshkey.curve_mismatch {type, curve}.
Result<SshPublicKey> parseSshPublicKey(std::string_view line);

// Decodes standard base64 (padding required when the length needs it); nullopt when invalid.
std::optional<std::vector<std::uint8_t>> decodeBase64(std::string_view text);
std::string encodeBase64(const std::vector<std::uint8_t>& bytes);

// The SHA-256 digest (used for fingerprints; small and self-contained, no crypto library).
std::vector<std::uint8_t> sha256(const std::vector<std::uint8_t>& bytes);

} // namespace imprint::config
