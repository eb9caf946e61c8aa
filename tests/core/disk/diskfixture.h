// Helpers for the disk tests: real images made by the real tools (truncate, sfdisk, mkfs.fat,
// mkfs.ext4), and the independent judges (fsck.fat, mtools) run on them.
#pragma once

#include "tests/support/hosttool.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdint>
#include <vector>

namespace imprint::test {

// mtools and the rest as the disk tests want them: no geometry checks, long names, UTF-8.
inline ToolRun tool(const QString& program, const QStringList& args, const QByteArray& input = {}) {
    return runTool(program, args, input,
                   {QStringLiteral("MTOOLS_SKIP_CHECK=1"), QStringLiteral("MTOOLS_NO_VFAT=0"),
                    QStringLiteral("LC_ALL=C.UTF-8")});
}

inline ToolRun sh(const QString& script, const QStringList& args = {}) {
    return tool(QStringLiteral("/bin/sh"),
                QStringList{QStringLiteral("-ec"), script, QStringLiteral("sh")} + args);
}

inline QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

inline QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline std::vector<std::uint8_t> bytesOf(const QByteArray& b) {
    return {reinterpret_cast<const std::uint8_t*>(b.constData()),
            reinterpret_cast<const std::uint8_t*>(b.constData()) + b.size()};
}
inline QByteArray qbytes(const std::vector<std::uint8_t>& v) {
    return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<qsizetype>(v.size()));
}

// A standalone FAT filesystem image (offset 0): mkfs.fat -F bits -S sectorSize.
inline bool makeFat(const QString& path, int bits, int sectorSize, int sizeKiB,
                    const QString& label = QStringLiteral("resin-boot")) {
    QFile::remove(path);
    QStringList args{"-F", QString::number(bits),   "-S", QString::number(sectorSize), "-C",
                     path, QString::number(sizeKiB)};
    if (!label.isEmpty()) {
        args << "-n" << label;
    }
    args.insert(0, QStringLiteral("-I"));
    return tool(QStringLiteral("mkfs.fat"), args).exitCode == 0;
}

// fsck.fat -n on a file, or on the bytes [offset, offset+size) of one (copied out first).
inline ToolRun fsck(const QString& path, qint64 offset = 0, qint64 size = 0) {
    if (offset == 0 && size == 0) {
        return tool(QStringLiteral("fsck.fat"), {"-n", path});
    }
    const QString part = path + QStringLiteral(".part");
    QFile in(path);
    QFile out(part);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    in.seek(offset);
    qint64 left = size;
    while (left > 0) {
        const QByteArray chunk = in.read(std::min<qint64>(left, 1 << 20));
        if (chunk.isEmpty()) {
            break;
        }
        out.write(chunk);
        left -= chunk.size();
    }
    out.close();
    auto r = tool(QStringLiteral("fsck.fat"), {"-n", part});
    QFile::remove(part);
    return r;
}

// "img@@offset" for mtools' -i.
inline QString mtoolsImage(const QString& path, qint64 offset = 0) {
    return offset == 0 ? path : path + QStringLiteral("@@") + QString::number(offset);
}

inline QByteArray mtype(const QString& image, const QString& path) {
    auto r = tool(QStringLiteral("mcopy"), {"-n", "-i", image, "::" + path, "-"});
    return r.exitCode == 0 ? r.out : QByteArray("<mcopy failed: ") + r.err + ">";
}

} // namespace imprint::test
