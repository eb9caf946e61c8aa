// SHA-1 and SHA-256 from the system's crypto provider (OpenSSL's libcrypto on Linux, CNG's
// BCrypt on Windows): both use the processor's SHA instructions where it has them.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace imprint::platform {

class Digest {
public:
    enum class Kind { Sha1, Sha256 };
    explicit Digest(Kind kind);
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;

    void update(const void* data, std::size_t size);
    // Lowercase hex of everything given since construction or the last call; starts over.
    std::string hexFinal();

private:
    struct State;
    std::unique_ptr<State> state_;
};

} // namespace imprint::platform
