// The partition layouts tst_disk_tablejudge puts before libfdisk and Imprint: the fixed ones
// the other tests make, small images from the layer's assembler, and random ones; each written
// on a sparse file by sfdisk's engine (libfdisk's scripts), then damaged or cut short as the
// layout says.
#pragma once

#include "tests/support/hosttool.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <numeric>
#include <random>
#include <vector>
#include <zlib.h>

namespace imprint::test {

struct Layout {
    QString name{};
    QString script{}; // sfdisk's script language
    qint64 size = 0;
    bool fourK = false;          // written by fdisk -b 4096 (sfdisk has no sector-size option)
    bool oddName = false;        // a surrogate pair and a lone surrogate put into the first name
    std::vector<qint64> flips{}; // bytes inverted afterwards
    qint64 cutTo = 0;            // truncated afterwards
};

inline QString run(const QString& program, const QStringList& args) {
    const ToolRun r = runTool(program, args, {}, {}, 60000);
    if (r.exitCode != 0) {
        return program + QStringLiteral(" failed: ") + QString::fromUtf8(r.err);
    }
    return {};
}

// The primary GPT's first used entry named "x", U+1F600 (a surrogate pair), U+D800 alone;
// both CRC-32s of the primary made again (zlib's).
inline bool putOddName(QFile& f, qint64 sectorSize) {
    f.seek(sectorSize);
    QByteArray header = f.read(92);
    const auto u32 = [&](int at) { return qFromLittleEndian<quint32>(header.constData() + at); };
    const qint64 array = qFromLittleEndian<qint64>(header.constData() + 72) * sectorSize;
    const qint64 bytes = qint64{u32(80)} * u32(84);
    f.seek(array);
    QByteArray entries = f.read(bytes);
    for (qint64 at = 0; at + 128 <= entries.size(); at += u32(84)) {
        if (entries.mid(at, 16) != QByteArray(16, '\0')) {
            const char16_t name[] = {u'x', 0xD83D, 0xDE00, 0xD800, 0};
            entries.replace(at + 56, 72, QByteArray(72, '\0'));
            entries.replace(at + 56, sizeof name, reinterpret_cast<const char*>(name), sizeof name);
            break;
        }
    }
    const auto crc = [](const QByteArray& b) {
        return static_cast<quint32>(
            ::crc32(0, reinterpret_cast<const Bytef*>(b.constData()), static_cast<uInt>(b.size())));
    };
    qToLittleEndian<quint32>(crc(entries), header.data() + 88);
    qToLittleEndian<quint32>(0, header.data() + 16);
    qToLittleEndian<quint32>(crc(header), header.data() + 16);
    f.seek(array);
    f.write(entries);
    f.seek(sectorSize);
    return f.write(header) == header.size();
}

// Writes `script` (sfdisk's language) to `path` with libfdisk's script engine, as sfdisk and
// fdisk's "I" command do, at `sectorSize` (0: the file's own), without their sync(2) of every
// filesystem (a third of a second per image on a busy machine): the judge's `apply`
// (fdiskjudge.c). An error text, or empty.
inline QString applyScript(const QString& path, const QString& script, unsigned sectorSize) {
    const ToolRun r = runTool(QStringLiteral(IMPRINT_FDISK_JUDGE),
                              {QStringLiteral("apply"), path, QString::number(sectorSize)},
                              script.toUtf8(), {}, 60000);
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

// Makes `path` as `layout` says; an error text, or empty.
inline QString makeLayout(const QString& path, const Layout& layout) {
    QFile::remove(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.resize(layout.size)) {
        return QStringLiteral("cannot make ") + path;
    }
    f.close();
    if (const QString error = applyScript(path, layout.script, layout.fourK ? 4096 : 0);
        !error.isEmpty()) {
        return error;
    }
    if (!f.open(QIODevice::ReadWrite)) {
        return QStringLiteral("cannot reopen ") + path;
    }
    if (layout.oddName && !putOddName(f, layout.fourK ? 4096 : 512)) {
        return QStringLiteral("cannot put the odd name");
    }
    for (const qint64 at : layout.flips) {
        f.seek(at);
        const char b = static_cast<char>(f.read(1).at(0) ^ 0x5A);
        f.seek(at);
        f.write(&b, 1);
    }
    if (layout.cutTo > 0 && !f.resize(layout.cutTo)) {
        return QStringLiteral("cannot cut ") + path;
    }
    return {};
}

// The tables the other tests make (tst_disk_bootpartition, make-corpus.sh, bootimage.h,
// tst_computedmap, the benchmarks).
inline std::vector<Layout> fixtureLayouts() {
    const QString balena = QStringLiteral("label: dos\n"
                                          "start=8192, size=40960, type=e, bootable\n"
                                          "start=49152, size=16384, type=83\n"
                                          "start=65536, size=16384, type=83\n"
                                          "start=81920, type=5\n"
                                          "start=86016, size=16384, type=83\n"
                                          "start=106496, type=83\n");
    const QString data = QStringLiteral("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7");
    const QString linux = QStringLiteral("0FC63DAF-8483-4772-8E47-7D3DE4734709");
    std::vector<Layout> all = {
        {"bootpartition mbr", balena, 64 << 20},
        {"bootpartition mbr cut to 60 MiB", balena, 64 << 20, false, false, {}, 60 << 20},
        {"bootpartition gpt",
         "label: gpt\nstart=8192, size=40960, type=" + data +
             ", name=resin-boot\nsize=16384, type=" + linux +
             ", name=resin-rootA\nsize=16384, type=" + linux +
             ", name=resin-rootB\nsize=20480, type=" + linux + ", name=resin-state\ntype=" + linux +
             ", name=resin-data\n",
         64 << 20},
        {"bootpartition gpt 4K",
         "label: gpt\nstart=256, size=8192, type=" + data + ", name=resin-boot\n", 64 << 20, true},
        {"bootpartition not first",
         "label: dos\nstart=2048, size=8192, type=da\nstart=16384, size=40960, type=c\n", 64 << 20},
        {"bootpartition three FATs",
         "label: dos\nstart=2048, size=20480, type=e\nstart=22528, size=20480, type=e\n"
         "start=43008, size=20480, type=e\n",
         64 << 20},
        {"bootpartition bare", "label: dos\nstart=2048, size=20480, type=e\n", 64 << 20},
        {"corpus mbr-logical",
         "label: dos\nstart=64, size=1024, type=e, bootable\nstart=1088, size=512, type=83\n"
         "start=1600, size=512, type=83\nstart=2112, type=5\nstart=2176, size=512, type=83\n"
         "start=2752, type=83\n",
         4 << 20},
        {"corpus gpt",
         "label: gpt\nstart=2048, size=2048, type=" + data +
             ", name=resin-boot\nsize=1024, type=" + linux + ", name=resin-rootA\n",
         4 << 20},
        {"bootimage",
         "label: dos\nstart=8192, size=204800, type=e, bootable\nstart=212992, type=83\n",
         256 << 20},
        {"computedmap", "label: dos\nstart=2048, size=16384, type=c\n", 10 << 20},
    };
    return all;
}

// A small image by the layer's assembler, as tests/layer/image.bats makes them.
inline QString assembleSmallImage(const QString& dir, const QString& image, bool gpt) {
    const QString boot = dir + QStringLiteral("/assembler-boot");
    QDir().mkpath(boot + QStringLiteral("/splash"));
    QFile config(boot + QStringLiteral("/config.json"));
    if (!config.open(QIODevice::WriteOnly) || config.write("{\"deviceType\":\"x\"}\n") < 0) {
        return QStringLiteral("cannot write the boot files");
    }
    config.close();
    QStringList args{"--output",       image, "--boot-dir",      boot, "--boot-size-mb",  "40",
                     "--root-size-mb", "16",  "--state-size-mb", "8",  "--image-size-mb", "120",
                     "--no-bmap"};
    if (gpt) {
        args.prepend(QStringLiteral("--gpt"));
    }
    return run(QStringLiteral(IMPRINT_SOURCE_DIR "/meta-balena/scripts/balena-image-assemble"),
               args);
}

using Rng = std::mt19937_64;

inline std::uint64_t below(Rng& rng, std::uint64_t n) { return n == 0 ? 0 : rng() % n; }

inline QString randomGuid(Rng& rng) {
    const std::uint64_t a = rng();
    const std::uint64_t b = rng();
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(a & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(b >> 48, 4, 16, QLatin1Char('0'))
        .arg(b & 0xFFFFFFFFFFFFull, 12, 16, QLatin1Char('0'))
        .toUpper();
}

template <typename T>
const T& pick(Rng& rng, const std::vector<T>& from) {
    return from[below(rng, from.size())];
}

// The numbers 1..n in a random order.
inline std::vector<int> shuffled(Rng& rng, int n) {
    std::vector<int> v(static_cast<std::size_t>(n));
    std::iota(v.begin(), v.end(), 1);
    std::shuffle(v.begin(), v.end(), rng);
    return v;
}

// An MBR with 0-4 primaries in any order on the disk, one of them maybe an extended partition
// holding 1-8 logical ones; sometimes cut short.
inline Layout randomMbr(Rng& rng, int index) {
    const std::vector<QString> types = {"83", "82", "c",  "e",  "b",  "7",  "6",  "1",
                                        "4",  "ef", "da", "fd", "8e", "a5", "42", "ee"};
    const std::vector<QString> extendedTypes = {"5", "f", "85"};
    Layout l{QStringLiteral("random MBR %1").arg(index)};
    l.script = QStringLiteral("label: dos\nlabel-id: 0x%1\n")
                   .arg(rng() & 0xFFFFFFFF, 8, 16, QLatin1Char('0'));
    std::vector<int> numbers = shuffled(rng, 4);
    numbers.resize(below(rng, 5));
    const int extended = !numbers.empty() && below(rng, 3) != 0 ? pick(rng, numbers) : 0;
    std::uint64_t pos = 1 + below(rng, 4096);
    const auto line = [&](int n, std::uint64_t start, std::uint64_t size, const QString& type) {
        l.script += QStringLiteral("p%1 : start=%2, size=%3, type=%4%5\n")
                        .arg(n)
                        .arg(start)
                        .arg(size)
                        .arg(type, below(rng, 4) == 0 ? QStringLiteral(", bootable") : QString());
    };
    for (const int n : numbers) {
        if (n != extended) {
            const std::uint64_t size = 1 + below(rng, 200000);
            line(n, pos, size, pick(rng, types));
            pos += size + below(rng, 1000);
            continue;
        }
        const std::uint64_t start = pos;
        QString logicals;
        std::swap(logicals, l.script);
        std::uint64_t lpos = start + 1 + below(rng, 32);
        for (int k = 0, m = 1 + static_cast<int>(below(rng, 8)); k < m; ++k) {
            const std::uint64_t size = 1 + below(rng, 20000);
            line(5 + k, lpos, size, pick(rng, types));
            lpos += size + 2 + below(rng, 64);
        }
        std::swap(logicals, l.script);
        const std::uint64_t size = lpos - start + below(rng, 64);
        line(n, start, size, pick(rng, extendedTypes));
        l.script += logicals;
        pos = start + size + below(rng, 1000);
    }
    l.size = static_cast<qint64>((pos + 1 + below(rng, 10000)) * 512);
    if (below(rng, 6) == 0) {
        l.cutTo = 512 + static_cast<qint64>(below(rng, static_cast<std::uint64_t>(l.size) - 512));
    }
    return l;
}

inline QString randomName(Rng& rng) {
    const std::vector<QString> pieces = {"resin-boot", "data", "\u00e9",        "\u65e5\u672c",
                                         "a b",        "X_1",  "\u00dcn\u00ef", "-"};
    QString name;
    for (std::uint64_t k = below(rng, 5); k > 0; --k) {
        const QString& piece = pick(rng, pieces);
        if (name.size() + piece.size() <= 36) {
            name += piece;
        }
    }
    return name;
}

// A GPT (512- or 4096-byte sectors) of 0-128 partitions at random numbers in a table of 4-256
// entries, with types, names, GUIDs and attributes; sometimes damaged or cut short.
inline Layout randomGpt(Rng& rng, int index) {
    const std::vector<QString> types = {
        "C12A7328-F81F-11D2-BA4B-00A0C93EC93B", "0FC63DAF-8483-4772-8E79-3D69D8477DE4",
        "EBD0A0A2-B9E5-4433-87C0-68B6B72699C7", "21686148-6449-6E6F-744E-656564454649",
        "0657FD6D-A4AB-43C4-84E5-0933C84B4F4F", "4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709",
        "E6D6D379-F507-44C2-A23C-238F2A3DF928", "random"};
    const std::vector<QString> attributes = {"RequiredPartition", "NoBlockIOProtocol",
                                             "LegacyBIOSBootable", "GUID:48", "GUID:63"};
    Layout l{QStringLiteral("random GPT %1").arg(index)};
    l.fourK = below(rng, 4) == 0;
    const std::uint64_t sector = l.fourK ? 4096 : 512;
    const int entries = below(rng, 4) == 0 ? 4 + static_cast<int>(below(rng, 253)) : 128;
    const std::uint64_t arraySectors = (std::uint64_t(entries) * 128 + sector - 1) / sector;
    const std::uint64_t first = 2 + arraySectors + (below(rng, 3) == 0 ? below(rng, 100) : 0);
    l.script = QStringLiteral("label: gpt\nlabel-id: %1\ntable-length: %2\nfirst-lba: %3\n")
                   .arg(randomGuid(rng))
                   .arg(entries)
                   .arg(first);
    std::vector<int> numbers = shuffled(rng, entries);
    numbers.resize(std::min<std::size_t>(numbers.size(), below(rng, 8) == 0 ? 1 + below(rng, 128)
                                                                            : below(rng, 13)));
    std::uint64_t pos = first + below(rng, 64);
    for (const int n : numbers) {
        const std::uint64_t size = 1 + below(rng, l.fourK ? 5000 : 40000);
        const QString& type = pick(rng, types);
        l.script += QStringLiteral("p%1 : start=%2, size=%3, type=%4, uuid=%5")
                        .arg(n)
                        .arg(pos)
                        .arg(size)
                        .arg(type == "random" ? randomGuid(rng) : type, randomGuid(rng));
        if (const QString name = randomName(rng); !name.isEmpty()) {
            l.script += QStringLiteral(", name=\"%1\"").arg(name);
        }
        QStringList attrs;
        for (const QString& a : attributes) {
            if (below(rng, 4) == 0) {
                attrs << a;
            }
        }
        if (!attrs.isEmpty()) {
            l.script += QStringLiteral(", attrs=\"%1\"").arg(attrs.join(' '));
        }
        l.script += '\n';
        pos += size + (below(rng, 3) == 0 ? below(rng, 500) : 0);
    }
    const std::uint64_t sectors = pos + arraySectors + 1 + below(rng, 2000);
    l.size = static_cast<qint64>(sectors * sector);
    const auto s = static_cast<qint64>(sector);
    const qint64 primaryHeader = s + static_cast<qint64>(below(rng, 92));
    const qint64 backupHeader = l.size - s + static_cast<qint64>(below(rng, 92));
    switch (below(rng, 10)) {
    case 0:
        l.flips = {primaryHeader};
        break;
    case 1:
        l.flips = {2 * s + static_cast<qint64>(below(rng, std::uint64_t(entries) * 128))};
        break;
    case 2:
        l.flips = {primaryHeader, backupHeader};
        break;
    case 3:
        l.oddName = true;
        break;
    default:
        break;
    }
    if (below(rng, 8) == 0) {
        l.cutTo =
            2 * s + static_cast<qint64>(below(rng, static_cast<std::uint64_t>(l.size - 2 * s)));
    }
    return l;
}

} // namespace imprint::test
