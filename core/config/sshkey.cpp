#include "core/config/sshkey.h"

#include <array>
#include <optional>

namespace imprint::config {
namespace {

constexpr unsigned minimumRsaBits = 2048;

// Reads the SSH wire format: uint32 big-endian length, then bytes.
class WireReader {
public:
    explicit WireReader(const std::vector<std::uint8_t>& data) : data_(data) {}

    std::optional<std::vector<std::uint8_t>> bytes() {
        if (data_.size() - pos_ < 4) {
            return std::nullopt;
        }
        const std::size_t length = (std::size_t{data_[pos_]} << 24U) |
                                   (std::size_t{data_[pos_ + 1]} << 16U) |
                                   (std::size_t{data_[pos_ + 2]} << 8U) | data_[pos_ + 3];
        pos_ += 4;
        if (data_.size() - pos_ < length) {
            return std::nullopt;
        }
        std::vector<std::uint8_t> out(data_.begin() + static_cast<std::ptrdiff_t>(pos_),
                                      data_.begin() + static_cast<std::ptrdiff_t>(pos_ + length));
        pos_ += length;
        return out;
    }
    std::optional<std::string> string() {
        auto b = bytes();
        if (!b) {
            return std::nullopt;
        }
        return std::string(b->begin(), b->end());
    }
    [[nodiscard]] bool atEnd() const { return pos_ == data_.size(); }

private:
    const std::vector<std::uint8_t>& data_;
    std::size_t pos_ = 0;
};

int base64Value(char c) {
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+') {
        return 62;
    }
    if (c == '/') {
        return 63;
    }
    return -1;
}

// Bits of a positive SSH mpint (big-endian, possibly with a leading zero byte).
unsigned mpintBits(const std::vector<std::uint8_t>& v) {
    std::size_t i = 0;
    while (i < v.size() && v[i] == 0) {
        ++i;
    }
    if (i == v.size()) {
        return 0;
    }
    unsigned bits = static_cast<unsigned>((v.size() - i - 1) * 8);
    for (std::uint8_t top = v[i]; top != 0; top = static_cast<std::uint8_t>(top >> 1U)) {
        ++bits;
    }
    return bits;
}

struct KnownType {
    std::string_view name;
    std::string_view curve; // ECDSA curve name inside the body
    unsigned bits;
};

constexpr std::array<KnownType, 7> knownTypes{{
    {"ssh-ed25519", "", 256},
    {"ssh-rsa", "", 0},
    {"ecdsa-sha2-nistp256", "nistp256", 256},
    {"ecdsa-sha2-nistp384", "nistp384", 384},
    {"ecdsa-sha2-nistp521", "nistp521", 521},
    {"sk-ssh-ed25519@openssh.com", "", 256},
    {"sk-ecdsa-sha2-nistp256@openssh.com", "nistp256", 256},
}};

} // namespace

std::optional<std::vector<std::uint8_t>> decodeBase64(std::string_view text) {
    if (text.empty() || text.size() % 4 != 0) {
        return std::nullopt;
    }
    std::vector<std::uint8_t> out;
    out.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        int v[4];
        int padding = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            if (c == '=' && i + 4 == text.size() && k >= 2) {
                v[k] = 0;
                ++padding;
            } else if (padding > 0) {
                return std::nullopt; // data after '='
            } else {
                v[k] = base64Value(c);
                if (v[k] < 0) {
                    return std::nullopt;
                }
            }
        }
        const auto n = (static_cast<std::uint32_t>(v[0]) << 18U) |
                       (static_cast<std::uint32_t>(v[1]) << 12U) |
                       (static_cast<std::uint32_t>(v[2]) << 6U) | static_cast<std::uint32_t>(v[3]);
        // The bits padding drops must be zero, as OpenSSH's decoder (b64_pton) demands: a key
        // sshd would refuse is not accepted here, and one key has one text.
        const std::uint32_t dropped = padding == 2 ? 0xFFFFU : padding == 1 ? 0xFFU : 0U;
        if ((n & dropped) != 0) {
            return std::nullopt;
        }
        out.push_back(static_cast<std::uint8_t>(n >> 16U));
        if (padding < 2) {
            out.push_back(static_cast<std::uint8_t>((n >> 8U) & 0xFFU));
        }
        if (padding < 1) {
            out.push_back(static_cast<std::uint8_t>(n & 0xFFU));
        }
    }
    return out;
}

std::string encodeBase64(const std::vector<std::uint8_t>& bytes) {
    static constexpr char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t left = bytes.size() - i;
        std::uint32_t n = std::uint32_t{bytes[i]} << 16U;
        if (left > 1) {
            n |= std::uint32_t{bytes[i + 1]} << 8U;
        }
        if (left > 2) {
            n |= bytes[i + 2];
        }
        out += alphabet[(n >> 18U) & 63U];
        out += alphabet[(n >> 12U) & 63U];
        out += left > 1 ? alphabet[(n >> 6U) & 63U] : '=';
        out += left > 2 ? alphabet[n & 63U] : '=';
    }
    return out;
}

std::vector<std::uint8_t> sha256(const std::vector<std::uint8_t>& input) {
    static constexpr std::array<std::uint32_t, 64> k{
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
        0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
        0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
        0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
        0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
        0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
        0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
        0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
        0xc67178f2};
    std::array<std::uint32_t, 8> h{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    std::vector<std::uint8_t> m = input;
    const std::uint64_t bitLength = static_cast<std::uint64_t>(input.size()) * 8U;
    m.push_back(0x80);
    while (m.size() % 64 != 56) {
        m.push_back(0);
    }
    for (int s = 56; s >= 0; s -= 8) {
        m.push_back(static_cast<std::uint8_t>(bitLength >> static_cast<unsigned>(s)));
    }
    const auto rotr = [](std::uint32_t x, unsigned n) { return (x >> n) | (x << (32U - n)); };
    for (std::size_t chunk = 0; chunk < m.size(); chunk += 64) {
        std::array<std::uint32_t, 64> w{};
        for (std::size_t i = 0; i < 16; ++i) {
            w[i] = (std::uint32_t{m[chunk + 4 * i]} << 24U) |
                   (std::uint32_t{m[chunk + 4 * i + 1]} << 16U) |
                   (std::uint32_t{m[chunk + 4 * i + 2]} << 8U) | m[chunk + 4 * i + 3];
        }
        for (std::size_t i = 16; i < 64; ++i) {
            const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3U);
            const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10U);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        auto [a, b, c, d, e, f, g, hh] = h;
        for (std::size_t i = 0; i < 64; ++i) {
            const std::uint32_t s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const std::uint32_t ch = (e & f) ^ (~e & g);
            const std::uint32_t t1 = hh + s1 + ch + k[i] + w[i];
            const std::uint32_t s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const std::uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
            const std::uint32_t t2 = s0 + maj;
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
    std::vector<std::uint8_t> out;
    for (const auto word : h) {
        for (int s = 24; s >= 0; s -= 8) {
            out.push_back(static_cast<std::uint8_t>(word >> static_cast<unsigned>(s)));
        }
    }
    return out;
}

std::string SshPublicKey::fingerprint() const {
    auto blob = decodeBase64(body);
    std::string b64 = encodeBase64(sha256(blob ? *blob : std::vector<std::uint8_t>{}));
    while (!b64.empty() && b64.back() == '=') {
        b64.pop_back();
    }
    return "SHA256:" + b64;
}

namespace {

// The key's fields after its type in the wire blob, by kind; sets key.bits.
Result<void> checkKeyFields(WireReader& reader, const KnownType& known, SshPublicKey& key) {
    const auto malformed = [&] { return Error("sshkey.malformed").with("type", key.type); };
    if (key.type == "ssh-rsa") {
        const auto e = reader.bytes();
        const auto n = reader.bytes();
        if (!e || !n || !reader.atEnd() || mpintBits(*e) == 0) {
            return malformed();
        }
        key.bits = mpintBits(*n);
        if (key.bits < minimumRsaBits) {
            return Error("sshkey.rsa_too_small")
                .with("bits", std::to_string(key.bits))
                .with("minimum", std::to_string(minimumRsaBits));
        }
    } else if (!known.curve.empty()) {
        const auto curve = reader.string();
        const auto point = reader.bytes();
        if (!curve || !point || point->empty()) {
            return malformed();
        }
        if (*curve != known.curve) {
            return Error("sshkey.curve_mismatch").with("type", key.type).with("curve", *curve);
        }
        // An uncompressed point: 0x04, then X and Y of the curve's size.
        const std::size_t coordinate = (known.bits + 7) / 8;
        if ((*point)[0] != 0x04 || point->size() != 1 + 2 * coordinate) {
            return malformed();
        }
        if (key.type.starts_with("sk-") && !reader.string()) {
            return malformed();
        }
        key.bits = known.bits;
    } else {
        const auto publicKey = reader.bytes();
        if (!publicKey || publicKey->size() != 32) {
            return malformed();
        }
        if (key.type.starts_with("sk-") && !reader.string()) {
            return malformed();
        }
        key.bits = known.bits;
    }
    if (!reader.atEnd()) {
        return malformed();
    }
    return {};
}

} // namespace

Result<SshPublicKey> parseSshPublicKey(std::string_view line) {
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
        line.remove_suffix(1);
    }
    std::size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
        ++i;
    }
    line.remove_prefix(i);
    if (line.empty()) {
        return Error("sshkey.empty");
    }
    if (line.find_first_of("\r\n") != std::string_view::npos) {
        return Error("sshkey.multiple_lines");
    }
    SshPublicKey key;
    const auto typeEnd = line.find_first_of(" \t");
    key.type = std::string(line.substr(0, typeEnd));
    const KnownType* known = nullptr;
    for (const auto& t : knownTypes) {
        if (t.name == key.type) {
            known = &t;
        }
    }
    if (known == nullptr) {
        return Error("sshkey.unknown_type").with("type", key.type.substr(0, 64));
    }
    if (typeEnd == std::string_view::npos) {
        return Error("sshkey.no_body").with("type", key.type);
    }
    auto rest = line.substr(typeEnd);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) {
        rest.remove_prefix(1);
    }
    const auto bodyEnd = rest.find_first_of(" \t");
    key.body = std::string(rest.substr(0, bodyEnd));
    if (key.body.empty()) {
        return Error("sshkey.no_body").with("type", key.type);
    }
    if (bodyEnd != std::string_view::npos) {
        auto comment = rest.substr(bodyEnd);
        while (!comment.empty() && (comment.front() == ' ' || comment.front() == '\t')) {
            comment.remove_prefix(1);
        }
        key.comment = std::string(comment);
    }
    const auto blob = decodeBase64(key.body);
    if (!blob) {
        return Error("sshkey.bad_base64").with("type", key.type);
    }
    WireReader reader(*blob);
    const auto inner = reader.string();
    if (!inner) {
        return Error("sshkey.malformed").with("type", key.type);
    }
    if (*inner != key.type) {
        std::string shown = inner->substr(0, 64);
        for (auto& c : shown) {
            if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) > 0x7E) {
                c = '?';
            }
        }
        return Error("sshkey.type_mismatch").with("type", key.type).with("inner", shown);
    }
    if (auto r = checkKeyFields(reader, *known, key); !r) {
        return std::move(r).takeError();
    }
    return key;
}

} // namespace imprint::config
