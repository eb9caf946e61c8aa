// Positioned reads and writes that finish the job: pread and pwrite return short counts and
// EINTR, so every full read or write in the tree goes through these two loops.
#pragma once

#include <cstddef>
#include <cstdint>

namespace imprint {

// What a positioned transfer did: the bytes moved, and the errno that stopped it (0 when it
// stopped because it was done or, for a read, at the end of the file).
struct Transfer {
    std::size_t done = 0;
    int error = 0;

    [[nodiscard]] bool complete(std::size_t length) const { return error == 0 && done == length; }
};

// Reads until `length` bytes are in `into` or the file ends, retrying EINTR.
Transfer readAt(int fd, void* into, std::size_t length, std::uint64_t offset);

// Writes all `length` bytes, retrying EINTR; a write that moves nothing fails with ENOSPC.
Transfer writeAt(int fd, const void* data, std::size_t length, std::uint64_t offset);

} // namespace imprint
