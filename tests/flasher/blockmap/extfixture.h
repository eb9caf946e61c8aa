// ext2/3/4 filesystems for the block-bitmap tests, made by mke2fs in sparse files (with a fixed
// UUID, hash seed and clock, so a recipe makes the same filesystem again) and filled from a
// directory of pseudo-random files; debugfs then removes some and writes others.
#pragma once

#include "tests/support/hosttool.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace imprint::test {

struct ExtRecipe {
    QString type = QStringLiteral("ext4");
    int blockSize = 4096;
    qint64 blocks = 4096;   // the filesystem's size in blocks
    int blocksPerGroup = 0; // 0: mke2fs's choice
    int bytesPerInode = 0;  // 0: mke2fs's choice
    int clusterSize = 0;    // bigalloc's -C
    QStringList features;   // -O
    QStringList extended;   // -E (offset= comes from `offset`)
    qint64 offset = 0;      // where the filesystem starts in its file
    qint64 tail = 0;        // bytes after it, so its partition is larger than it
    int files = 0;          // pseudo-random files written with mke2fs -d
    bool churn = false;     // then a third of them removed and larger ones written by debugfs
    quint32 seed = 1;

    [[nodiscard]] QStringList mke2fsArguments(const QString& image, const QString& dir) const {
        QStringList args{QStringLiteral("-q"), QStringLiteral("-F"),
                         QStringLiteral("-t"), type,
                         QStringLiteral("-b"), QString::number(blockSize)};
        if (blocksPerGroup != 0) {
            args << QStringLiteral("-g") << QString::number(blocksPerGroup);
        }
        if (clusterSize != 0) {
            args << QStringLiteral("-C") << QString::number(clusterSize);
        }
        if (bytesPerInode != 0) {
            args << QStringLiteral("-i") << QString::number(bytesPerInode);
        }
        if (!features.isEmpty()) {
            args << QStringLiteral("-O") << features.join(QLatin1Char(','));
        }
        const QString uuid = QStringLiteral("%1-0000-4000-8000-%2")
                                 .arg(seed, 8, 16, QLatin1Char('0'))
                                 .arg(seed * 2654435761U, 12, 16, QLatin1Char('0'));
        QStringList ext = extended;
        ext << QStringLiteral("hash_seed=") + uuid;
        if (offset != 0) {
            ext << QStringLiteral("offset=%1").arg(offset);
        }
        args << QStringLiteral("-E") << ext.join(QLatin1Char(',')) << QStringLiteral("-U") << uuid;
        if (files > 0) {
            args << QStringLiteral("-d") << dir;
        }
        return args << image << QString::number(blocks);
    }

    [[nodiscard]] QString describe() const {
        return QStringLiteral("mke2fs %1 (files %2, churn %3, tail %4, seed %5)")
            .arg(mke2fsArguments(QStringLiteral("IMAGE"), QStringLiteral("DIR"))
                     .join(QLatin1Char(' ')))
            .arg(files)
            .arg(churn ? 1 : 0)
            .arg(tail)
            .arg(seed);
    }
};

namespace ext_detail {

inline QString run(const QString& program, const QStringList& args) {
    const ToolRun r =
        runTool(program, args, {}, {QStringLiteral("E2FSPROGS_FAKE_TIME=1700000000")}, 60000);
    if (r.exitCode != 0) {
        return program + QStringLiteral(" failed: ") + QString::fromUtf8(r.err + r.out);
    }
    return {};
}

inline bool writeRandom(const QString& path, qint64 size, QRandomGenerator& rng) {
    QByteArray bytes(size, '\0');
    for (qint64 i = 0; i + 4 <= size; i += 4) {
        const quint32 v = rng.generate();
        std::memcpy(bytes.data() + i, &v, 4);
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == size;
}

} // namespace ext_detail

// Makes the filesystem in `image` (its files in image + ".d"): empty on success, else what the
// tools said.
inline QString makeExtFilesystem(const ExtRecipe& recipe, const QString& image) {
    const QString dir = image + QStringLiteral(".d");
    QDir(dir).removeRecursively();
    QDir().mkpath(dir + QStringLiteral("/sub"));
    QFile::remove(image);
    QRandomGenerator rng(recipe.seed);
    // Files of 0 to 256 KiB, spread over sizes, together under a third of the filesystem.
    qint64 budget = recipe.blocks * recipe.blockSize / 3;
    QStringList names;
    for (int i = 0; i < recipe.files && budget > 0; ++i) {
        const qint64 size = std::min<qint64>(budget, rng.bounded(1 << rng.bounded(1, 19)));
        budget -= size + recipe.blockSize;
        const QString name =
            (i % 4 == 3 ? QStringLiteral("sub/f%1") : QStringLiteral("f%1")).arg(i);
        if (!ext_detail::writeRandom(dir + QLatin1Char('/') + name, size, rng)) {
            return QStringLiteral("cannot write ") + name;
        }
        names << name;
    }
    QFile file(image);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.resize(recipe.offset + recipe.blocks * recipe.blockSize + recipe.tail)) {
        return QStringLiteral("cannot make ") + image;
    }
    file.close();
    if (QString e = ext_detail::run(QStringLiteral("mke2fs"), recipe.mke2fsArguments(image, dir));
        !e.isEmpty()) {
        return e;
    }
    if (!recipe.churn || names.isEmpty()) {
        return {};
    }
    QString commands;
    for (int i = 0; i < names.size(); i += 3) {
        commands += QStringLiteral("rm /%1\n").arg(names[i]);
    }
    for (int i = 0; i < 2; ++i) {
        const QString host = dir + QStringLiteral("/new%1").arg(i);
        const qint64 size = std::min<qint64>(budget / 2, rng.bounded(1, 1 << 19));
        if (size > 0 && ext_detail::writeRandom(host, size, rng)) {
            // Named from `dir`, where debugfs runs (a path of the test's is not the tool's).
            commands += QStringLiteral("write new%1 new%1\n").arg(i);
        }
    }
    const QString script = image + QStringLiteral(".debugfs");
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(commands.toUtf8()) < 0) {
        return QStringLiteral("cannot write ") + script;
    }
    f.close();
    return ext_detail::run(QStringLiteral("/bin/sh"),
                           {QStringLiteral("-ec"),
                            QStringLiteral("cd \"$1\"; debugfs -w -f \"$2\" \"$3\""),
                            QStringLiteral("sh"), dir, script,
                            image + QStringLiteral("?offset=%1").arg(recipe.offset)});
}

// A recipe drawn from `seed`: any mix of the features a block-bitmap reader must follow, that
// mke2fs accepts (ext2/3/4; 1, 2, 4 KiB blocks; groups of 256 blocks up to the full 8 * block
// size; flex_bg on or off, meta_bg, 64bit, no sparse_super or sparse_super2, uninit_bg or
// metadata_csum or neither, packed metadata, lazy inode tables; at an offset in its file).
inline ExtRecipe randomExtRecipe(quint32 seed) {
    QRandomGenerator rng(seed);
    ExtRecipe r;
    r.seed = seed;
    r.type = QStringList{QStringLiteral("ext2"), QStringLiteral("ext3"),
                         QStringLiteral("ext4")}[rng.bounded(3)];
    const bool ext4 = r.type == QStringLiteral("ext4");
    r.blockSize = 1024 << rng.bounded(3);
    const int fullGroup = 8 * r.blockSize;
    r.blocksPerGroup = rng.bounded(3) == 0 ? 0 : 256 * rng.bounded(1, fullGroup / 256 + 1);
    const qint64 group = r.blocksPerGroup != 0 ? r.blocksPerGroup : fullGroup;
    // One to nine whole groups and a short one, within 256 MiB and at least 4 MiB.
    r.blocks = group * rng.bounded(1, 10) + rng.bounded(static_cast<int>(group));
    r.blocks = std::clamp<qint64>(r.blocks, (4 << 20) / r.blockSize, (256 << 20) / r.blockSize);
    r.bytesPerInode = QList<int>{0, 4096, 16384}[rng.bounded(3)];
    bool resizeInode = true;
    bool flexBg = ext4;
    if (rng.bounded(4) == 0) {
        flexBg = !flexBg;
        r.features << (ext4 ? QStringLiteral("^flex_bg") : QStringLiteral("flex_bg"));
    }
    if (rng.bounded(4) == 0) {
        r.features << QStringLiteral("meta_bg");
        resizeInode = false;
    }
    if (ext4 && rng.bounded(3) == 0) {
        r.features << QStringLiteral("64bit");
    }
    switch (rng.bounded(5)) {
    case 0:
        r.features << QStringLiteral("^sparse_super");
        resizeInode = false;
        break;
    case 1:
        r.features << QStringLiteral("sparse_super2");
        r.extended << QStringLiteral("num_backup_sb=%1").arg(rng.bounded(3));
        break;
    default:
        break;
    }
    if (!resizeInode) {
        r.features << QStringLiteral("^resize_inode");
    }
    const int checksums = rng.bounded(3); // 0: the default, 1: uninit_bg, 2: none
    if (checksums == 1) {
        r.features << QStringLiteral("uninit_bg");
    }
    if (ext4 && checksums != 0) {
        r.features << QStringLiteral("^metadata_csum");
    }
    if (ext4 && rng.bounded(5) == 0) {
        r.features << QStringLiteral("^has_journal");
    }
    if (flexBg && rng.bounded(6) == 0) {
        r.extended << QStringLiteral("packed_meta_blocks=1");
    }
    r.extended << QStringLiteral("lazy_itable_init=%1").arg(rng.bounded(2))
               << QStringLiteral("lazy_journal_init=1");
    r.files = rng.bounded(40);
    r.churn = rng.bounded(2) == 0;
    r.offset = rng.bounded(2) == 0 ? 0 : 512 * qint64{rng.bounded(1, 4096)};
    r.tail = rng.bounded(2) == 0 ? 0 : 512 * qint64{rng.bounded(4096)};
    return r;
}

} // namespace imprint::test
