// Independent judges of a configured image for the fleet tests: sfdisk for the layout, mtools
// for the boot files, fsck.fat for the volume, GLib for WiFi keyfiles, plain bytes for the rest.
#pragma once

#include "tests/support/hosttool.h"
#include "tests/support/keyfilejudge.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <xxhash.h>

namespace imprint::test {

// The whole of a small file, written or read (manifests, profiles, reports).
inline bool write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline ToolRun tool(const QString& program, const QStringList& arguments, int timeoutMs = 120000) {
    return runTool(program, arguments, {}, {}, timeoutMs);
}

struct PartitionRange {
    int number = 0;
    qint64 start = 0; // bytes
    qint64 size = 0;
    QString type;
};

// The partitions as sfdisk reads them (512-byte sectors).
inline QList<PartitionRange> sfdiskPartitions(const QString& image) {
    const auto r = tool(QStringLiteral("sfdisk"), {QStringLiteral("--json"), image});
    QList<PartitionRange> out;
    const auto parts = QJsonDocument::fromJson(r.out)
                           .object()[QStringLiteral("partitiontable")]
                           .toObject()[QStringLiteral("partitions")]
                           .toArray();
    // The number ends the node's name (image1, or image1p1 after a digit); the name itself is the
    // host's path, which under Wine is not the one the test gave.
    static const QRegularExpression number(QStringLiteral("([0-9]+)$"));
    for (const auto& v : parts) {
        const auto o = v.toObject();
        const int n = number.match(o[QStringLiteral("node")].toString()).captured(1).toInt();
        out.push_back({n, o[QStringLiteral("start")].toInteger() * 512,
                       o[QStringLiteral("size")].toInteger() * 512,
                       o[QStringLiteral("type")].toString()});
    }
    return out;
}

inline QString mtoolsImage(const QString& image, qint64 offset) {
    return image + QStringLiteral("@@") + QString::number(offset);
}

// A boot file read with mtools' mtype, or nothing when mtype fails.
inline std::optional<QByteArray> mtype(const QString& image, qint64 offset, const QString& path) {
    const auto r =
        runTool(QStringLiteral("mtype"),
                {QStringLiteral("-i"), mtoolsImage(image, offset), QStringLiteral("::") + path}, {},
                {QStringLiteral("MTOOLS_SKIP_CHECK=1")});
    if (r.exitCode != 0) {
        return std::nullopt;
    }
    return r.out;
}

// Copies a byte range of a file into another (for fsck.fat, which has no offset option).
inline bool extract(const QString& image, qint64 offset, qint64 size, const QString& into) {
    QFile in(image);
    QFile out(into);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        !in.seek(offset)) {
        return false;
    }
    qint64 left = size;
    while (left > 0) {
        const QByteArray b = in.read(std::min<qint64>(left, 4 << 20));
        if (b.isEmpty() || out.write(b) != b.size()) {
            return false;
        }
        left -= b.size();
    }
    return true;
}

// fsck.fat -n on the partition at `offset`: exit code and output.
inline ToolRun fsckFat(const QString& image, qint64 offset, qint64 size, const QString& scratch) {
    if (!extract(image, offset, size, scratch)) {
        return {};
    }
    auto r = tool(QStringLiteral("fsck.fat"), {QStringLiteral("-n"), scratch});
    QFile::remove(scratch);
    return r;
}

// A fingerprint (XXH3-128, hex) of the bytes of [offset, offset + size) of a file (the whole
// file by default): enough to prove a file did not change.
inline QByteArray fingerprint(const QString& path, qint64 offset = 0, qint64 size = -1) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset)) {
        return {};
    }
    std::unique_ptr<XXH3_state_t, XXH_errorcode (*)(XXH3_state_t*)> state(XXH3_createState(),
                                                                          XXH3_freeState);
    XXH3_128bits_reset(state.get());
    qint64 left = size < 0 ? f.size() - offset : size;
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    while (left > 0) {
        const qint64 n = f.read(buffer.data(), std::min<qint64>(left, buffer.size()));
        if (n <= 0) {
            return {};
        }
        XXH3_128bits_update(state.get(), buffer.constData(), static_cast<std::size_t>(n));
        left -= n;
    }
    const XXH128_hash_t h = XXH3_128bits_digest(state.get());
    return QByteArray::number(static_cast<qulonglong>(h.high64), 16) + '-' +
           QByteArray::number(static_cast<qulonglong>(h.low64), 16);
}

// True when [offset, offset + size) holds the same bytes in both files.
inline bool sameRange(QFile& a, QFile& b, qint64 offset, qint64 size) {
    if (!a.seek(offset) || !b.seek(offset)) {
        return false;
    }
    QByteArray x(4 << 20, Qt::Uninitialized);
    QByteArray y(4 << 20, Qt::Uninitialized);
    while (size > 0) {
        const qint64 want = std::min<qint64>(size, x.size());
        if (a.read(x.data(), want) != want || b.read(y.data(), want) != want ||
            std::memcmp(x.constData(), y.constData(), static_cast<std::size_t>(want)) != 0) {
            return false;
        }
        size -= want;
    }
    return true;
}

// True when two files hold the same bytes everywhere outside [skipOffset, skipOffset + skipSize).
inline bool sameOutside(const QString& a, const QString& b, qint64 skipOffset, qint64 skipSize) {
    QFile fa(a);
    QFile fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size()) {
        return false;
    }
    return sameRange(fa, fb, 0, skipOffset) &&
           sameRange(fa, fb, skipOffset + skipSize, fa.size() - skipOffset - skipSize);
}

// A NetworkManager keyfile read by GLib's own parser: the value of one key.
inline std::optional<QString> keyfileValue(const QByteArray& text, const char* group,
                                           const char* key) {
    const auto v = GlibKeyFile::read(text).string(QString::fromUtf8(group), QString::fromUtf8(key));
    return v ? std::optional(QString::fromUtf8(*v)) : std::nullopt;
}

} // namespace imprint::test
