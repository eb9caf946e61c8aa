// Writes a known pattern to a Windows disk through the real drive path
// (openDriveTargetDirectly: volumes on the disk locked and dismounted, the layout deleted, the
// disk opened unbuffered and write-through), so wine-physicaldrive.sh can judge the bytes that
// reached the file Wine maps \\.\PhysicalDrive1 to. Windows only.
//
//   drive_write_probe \\.\PhysicalDriveN BYTES
//
// The pattern: byte o is (o * 31 + (o >> 12)) & 0xFF, except bytes 12345..12444 (written as
// an unaligned piece after the rest), which are 0x5A. Refuses (exit 3) when any volume lies on
// the disk: under Wine none may, since dismounting one there unmounts the host's filesystem.
#include "flasher/drives/windowsdisks.h"
#include "flasher/platform/driveaccess.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using namespace imprint::flasher;

namespace {

constexpr std::size_t kChunk = 1 << 20;
constexpr std::uint64_t kPieceAt = 12345;
constexpr std::size_t kPieceLength = 100;

int fail(const char* step, const imprint::Error& e) {
    std::fprintf(stderr, "%s: %s", step, e.code.c_str());
    for (const auto& a : e.args) {
        std::fprintf(stderr, " %s=%s", a.name.c_str(), a.value.c_str());
    }
    std::fprintf(stderr, "\n");
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: drive_write_probe \\\\.\\PhysicalDriveN BYTES\n");
        return 2;
    }
    const std::string path = argv[1];
    const std::uint64_t bytes = std::strtoull(argv[2], nullptr, 10);
    const auto number = windisks::diskNumberOfPath(path);
    if (!number || bytes == 0 || bytes % kChunk != 0) {
        std::fprintf(stderr, "not a disk path, or BYTES not a multiple of 1 MiB\n");
        return 2;
    }
    const auto volumes = volumesOnDisk(*number);
    if (!volumes) {
        return fail("volumes", volumes.error());
    }
    if (!volumes->empty()) {
        std::fprintf(stderr, "refused: %zu volume(s) on disk %u, e.g. %s\n", volumes->size(),
                     *number, volumes->front().c_str());
        return 3;
    }
    auto target = openDriveTargetDirectly(path);
    if (!target) {
        return fail("open", target.error());
    }
    Target& disk = **target;
    if (auto r = disk.prepare(bytes); !r) {
        return fail("prepare", r.error());
    }
    auto chunk = allocateAligned(kChunk);
    for (std::uint64_t at = 0; at < bytes; at += kChunk) {
        for (std::size_t i = 0; i < kChunk; ++i) {
            const std::uint64_t o = at + i;
            chunk[i] = static_cast<std::byte>((o * 31 + (o >> 12)) & 0xFF);
        }
        if (auto r = disk.write(at, {chunk.get(), kChunk}); !r) {
            return fail("write", r.error());
        }
    }
    std::vector<std::byte> piece(kPieceLength, std::byte{0x5A});
    if (auto r = disk.write(kPieceAt, piece); !r) {
        return fail("write", r.error());
    }
    if (auto r = disk.sync(); !r) {
        return fail("sync", r.error());
    }
    std::vector<std::byte> back(kPieceLength + 2);
    if (auto r = disk.readBack(kPieceAt - 1, back); !r) {
        return fail("read back", r.error());
    }
    if (std::memcmp(back.data() + 1, piece.data(), kPieceLength) != 0) {
        std::fprintf(stderr, "read back: the unaligned piece differs\n");
        return 1;
    }
    disk.finish();
    std::printf("wrote %llu bytes to %s, locked %zu volumes\n",
                static_cast<unsigned long long>(bytes), path.c_str(), volumes->size());
    return 0;
}
