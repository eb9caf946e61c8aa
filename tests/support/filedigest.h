// A digest of a file's bytes that reads only its data extents: the tests' "is this image
// unchanged?" check. Test images are large sparse files (256 MiB to 1.5 GiB, a few MiB of data);
// hashing their holes cost seconds per comparison.
#pragma once

#include "tests/support/hosttool.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <algorithm>
#include <array>
#include <cerrno>
#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace imprint::test {

#ifdef _WIN32

// Under Wine the file's extents are the host's (Wine itself reports none): the same digest,
// taken by the host's python3 through the tool bridge.
inline QByteArray contentDigest(const QString& path) {
    static const QString script = QStringLiteral(R"(import errno, hashlib, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY)
size = os.lseek(fd, 0, os.SEEK_END)
h = hashlib.sha256(str(size).encode())
at = 0
while at < size:
    try:
        data = os.lseek(fd, at, os.SEEK_DATA)
    except OSError as e:
        if e.errno != errno.ENXIO:
            raise
        break
    hole = os.lseek(fd, data, os.SEEK_HOLE)
    h.update(b"@%d" % data)
    pos = data
    while pos < hole:
        chunk = os.pread(fd, min(1 << 20, hole - pos), pos)
        if not chunk:
            raise OSError("short read")
        h.update(chunk)
        pos += len(chunk)
    at = hole
print(h.hexdigest())
)");
    const ToolRun r = runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    if (r.exitCode != 0) {
        qFatal("contentDigest: cannot read %s: %s", qPrintable(path), r.err.constData());
    }
    return r.out.trimmed();
}

#else

// SHA-256 over the file's size and, for each data extent (SEEK_DATA/SEEK_HOLE), its offset and
// bytes. Equal digests mean equal bytes. Any write changes it, even one that fills a hole with
// zeros (the allocation is part of the digest): stricter than content equality, which is what a
// "refused, nothing written" check wants. A file that cannot be read ends the test run.
inline QByteArray contentDigest(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        qFatal("contentDigest: cannot open %s", qPrintable(path));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const off_t size = ::lseek(fd, 0, SEEK_END);
    hash.addData(QByteArray::number(static_cast<qint64>(size)));
    std::array<char, 1 << 20> buffer{};
    bool ok = size >= 0;
    off_t at = 0;
    while (ok && at < size) {
        const off_t data = ::lseek(fd, at, SEEK_DATA);
        if (data < 0) {
            ok = errno == ENXIO; // no data after `at`: the rest is a hole
            break;
        }
        const off_t hole = ::lseek(fd, data, SEEK_HOLE);
        if (hole < 0) {
            ok = false;
            break;
        }
        hash.addData(QByteArray("@") + QByteArray::number(static_cast<qint64>(data)));
        for (off_t pos = data; ok && pos < hole;) {
            const auto want =
                static_cast<size_t>(std::min<off_t>(static_cast<off_t>(buffer.size()), hole - pos));
            const ssize_t got = ::pread(fd, buffer.data(), want, pos);
            ok = got > 0;
            if (ok) {
                hash.addData(QByteArrayView(buffer.data(), got));
                pos += got;
            }
        }
        at = hole;
    }
    ::close(fd);
    if (!ok) {
        qFatal("contentDigest: cannot read %s", qPrintable(path));
    }
    return hash.result().toHex();
}

#endif

} // namespace imprint::test
