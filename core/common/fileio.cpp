#include "core/common/fileio.h"

#include <sys/types.h>

#include <cerrno>
#include <unistd.h>

namespace imprint {

Transfer readAt(int fd, void* into, std::size_t length, std::uint64_t offset) {
    Transfer t;
    auto* p = static_cast<unsigned char*>(into);
    while (t.done < length) {
        const ssize_t n =
            ::pread(fd, p + t.done, length - t.done, static_cast<off_t>(offset + t.done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            t.error = errno;
            break;
        }
        if (n == 0) {
            break;
        }
        t.done += static_cast<std::size_t>(n);
    }
    return t;
}

Transfer writeAt(int fd, const void* data, std::size_t length, std::uint64_t offset) {
    Transfer t;
    const auto* p = static_cast<const unsigned char*>(data);
    while (t.done < length) {
        const ssize_t n =
            ::pwrite(fd, p + t.done, length - t.done, static_cast<off_t>(offset + t.done));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            t.error = n < 0 ? errno : ENOSPC;
            break;
        }
        t.done += static_cast<std::size_t>(n);
    }
    return t;
}

} // namespace imprint
