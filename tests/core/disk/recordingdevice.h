// A BlockDevice wrapper that records every write, split into 512-byte device sectors (the
// unit a crash can tear at), so a test can replay any prefix of an update.
#pragma once

#include "core/disk/blockdevice.h"

#include <vector>

namespace imprint::test {

using imprint::Result;

class RecordingDevice : public disk::BlockDevice {
public:
    struct Write {
        std::uint64_t offset;
        std::vector<std::uint8_t> bytes;
    };
    explicit RecordingDevice(disk::BlockDevice& inner) : inner_(inner) {}
    [[nodiscard]] std::uint64_t size() const override { return inner_.size(); }
    [[nodiscard]] bool readOnly() const override { return inner_.readOnly(); }
    Result<void> read(std::uint64_t offset, std::span<std::uint8_t> out) override {
        return inner_.read(offset, out);
    }
    Result<void> write(std::uint64_t offset, std::span<const std::uint8_t> data) override {
        for (std::size_t i = 0; i < data.size(); i += 512) {
            const auto piece = data.subspan(i, std::min<std::size_t>(512, data.size() - i));
            writes.push_back({offset + i, {piece.begin(), piece.end()}});
        }
        return inner_.write(offset, data);
    }
    Result<void> sync() override {
        ++syncs;
        return inner_.sync();
    }
    std::vector<Write> writes;
    int syncs = 0;

private:
    disk::BlockDevice& inner_;
};

} // namespace imprint::test
