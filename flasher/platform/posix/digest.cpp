#include "flasher/platform/digest.h"

#include <openssl/evp.h>

namespace imprint::platform {

struct Digest::State {
    const EVP_MD* md = nullptr;
    EVP_MD_CTX* ctx = nullptr;
};

Digest::Digest(Kind kind) : state_(std::make_unique<State>()) {
    state_->md = kind == Kind::Sha1 ? EVP_sha1() : EVP_sha256();
    state_->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(state_->ctx, state_->md, nullptr);
}

Digest::~Digest() { EVP_MD_CTX_free(state_->ctx); }

void Digest::update(const void* data, std::size_t size) {
    EVP_DigestUpdate(state_->ctx, data, size);
}

std::string Digest::hexFinal() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(state_->ctx, digest, &length);
    EVP_DigestInit_ex(state_->ctx, state_->md, nullptr);
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (unsigned i = 0; i < length; ++i) {
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 15];
    }
    return out;
}

} // namespace imprint::platform
