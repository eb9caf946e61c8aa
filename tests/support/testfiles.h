// Files for flasher tests: disk-image-like pseudo-random content, whole-file read and write.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

#include <algorithm>
#include <cstring>

namespace imprint::test {

// Incompressible runs, zero runs and repeated text, like a disk image. The first 4 KiB are
// never zero (a partition table lives there).
inline QByteArray makeImage(std::size_t size, quint32 seed) {
    QByteArray data(static_cast<qsizetype>(size), '\0');
    QRandomGenerator rng(seed);
    std::size_t p = 0;
    while (p < size) {
        const std::size_t run = std::min<std::size_t>(size - p, 4096U * (1U + rng.bounded(64U)));
        switch (p == 0 ? 0 : rng.bounded(3)) {
        case 0:
            for (std::size_t i = 0; i < run; i += 4) {
                const quint32 v = rng.generate();
                std::memcpy(data.data() + p + i, &v, std::min<std::size_t>(4, run - i));
            }
            break;
        case 1:
            break; // zeros
        default:
            for (std::size_t i = 0; i < run; ++i) {
                data[static_cast<qsizetype>(p + i)] = "balenaOS image "[i % 15];
            }
        }
        p += run;
    }
    return data;
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path, qint64 length = -1) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return length < 0 ? f.readAll() : f.read(length);
}

} // namespace imprint::test
