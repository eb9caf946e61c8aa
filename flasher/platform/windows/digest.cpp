#include "flasher/platform/digest.h"

// bcrypt.h needs windows.h's types first.
// clang-format off
#include <windows.h>
#include <bcrypt.h>
// clang-format on

#include <vector>

namespace imprint::platform {

struct Digest::State {
    BCRYPT_ALG_HANDLE algorithm = nullptr;
    BCRYPT_HASH_HANDLE hash = nullptr;
    DWORD length = 0;
};

Digest::Digest(Kind kind) : state_(std::make_unique<State>()) {
    BCryptOpenAlgorithmProvider(
        &state_->algorithm, kind == Kind::Sha1 ? BCRYPT_SHA1_ALGORITHM : BCRYPT_SHA256_ALGORITHM,
        nullptr, 0);
    ULONG got = 0;
    BCryptGetProperty(state_->algorithm, BCRYPT_HASH_LENGTH,
                      reinterpret_cast<PUCHAR>(&state_->length), sizeof state_->length, &got, 0);
    BCryptCreateHash(state_->algorithm, &state_->hash, nullptr, 0, nullptr, 0,
                     BCRYPT_HASH_REUSABLE_FLAG);
}

Digest::~Digest() {
    if (state_->hash != nullptr) {
        BCryptDestroyHash(state_->hash);
    }
    if (state_->algorithm != nullptr) {
        BCryptCloseAlgorithmProvider(state_->algorithm, 0);
    }
}

void Digest::update(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    while (size > 0) {
        const ULONG piece = size > 0x40000000u ? 0x40000000u : static_cast<ULONG>(size);
        BCryptHashData(state_->hash, const_cast<PUCHAR>(p), piece, 0);
        p += piece;
        size -= piece;
    }
}

std::string Digest::hexFinal() {
    std::vector<unsigned char> digest(state_->length);
    BCryptFinishHash(state_->hash, digest.data(), state_->length, 0);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (const unsigned char b : digest) {
        out += hex[b >> 4];
        out += hex[b & 15];
    }
    return out;
}

} // namespace imprint::platform
