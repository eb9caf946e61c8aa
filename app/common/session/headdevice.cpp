#include "app/common/session/headdevice.h"

#include "flasher/source/source.h"

#include <algorithm>
#include <cstring>

namespace imprint::app {

Result<std::unique_ptr<HeadDevice>> HeadDevice::open(const QString& path, std::uint64_t headBytes) {
    auto source = flasher::Source::open(path.toStdString());
    if (!source) {
        return source.error();
    }
    auto device = std::unique_ptr<HeadDevice>(new HeadDevice);
    device->format_ = QString::fromLatin1(flasher::formatName((*source)->format()));
    const auto known = (*source)->size();
    if (known.kind != flasher::SourceSize::Kind::Unknown) {
        headBytes = std::min<std::uint64_t>(headBytes, known.bytes);
    }
    device->head_.resize(static_cast<std::size_t>(headBytes));
    std::size_t filled = 0;
    while (filled < device->head_.size()) {
        auto span = std::as_writable_bytes(std::span(device->head_)).subspan(filled);
        auto got = (*source)->read(span);
        if (!got) {
            return got.error();
        }
        if (*got == 0) {
            break;
        }
        filled += *got;
    }
    device->head_.resize(filled);
    device->size_ = known.kind == flasher::SourceSize::Kind::Unknown
                        ? filled
                        : std::max<std::uint64_t>(known.bytes, filled);
    return device;
}

Result<void> HeadDevice::read(std::uint64_t offset, std::span<std::uint8_t> out) {
    if (offset + out.size() > head_.size()) {
        return Error("disk.out_of_range")
            .with("offset", std::to_string(offset))
            .with("length", std::to_string(out.size()))
            .with("size", std::to_string(head_.size()))
            .at(offset);
    }
    std::memcpy(out.data(), head_.data() + offset, out.size());
    return {};
}

Result<void> HeadDevice::write(std::uint64_t, std::span<const std::uint8_t>) {
    return Error("disk.read_only").with("path", "memory");
}

} // namespace imprint::app
