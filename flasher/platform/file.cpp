// What the seam builds from its own calls, the same on every system.
#include "flasher/platform/file.h"

namespace imprint::platform {

int readWholeFile(const std::string& path, std::string& out, std::uint64_t limit) {
    const UniqueFile fd(openFile(path, kRead));
    if (!fd.valid()) {
        return lastError();
    }
    const auto size = sizeOf(fd.get());
    if (!size) {
        return lastError();
    }
    if (*size > limit) {
        return errorNoSpace();
    }
    out.resize(static_cast<std::size_t>(*size));
    const Transfer t = readAt(fd.get(), out.data(), out.size(), 0);
    if (t.error != 0) {
        return t.error;
    }
    out.resize(t.done);
    return 0;
}

int writeWholeFile(const std::string& path, const void* data, std::size_t size, bool ownerOnly) {
    const UniqueFile fd(openFile(path, kReadWrite | kCreate | (ownerOnly ? kOwnerOnly : 0u)));
    if (!fd.valid() || (ownerOnly && !restrictToOwner(fd.get())) || !resizeFile(fd.get(), 0)) {
        return lastError();
    }
    if (const Transfer t = writeAt(fd.get(), data, size, 0); t.error != 0) {
        return t.error;
    }
    return syncFile(fd.get()) ? 0 : lastError();
}

} // namespace imprint::platform
