// A balenaOS-like disk image for the provisioning tests, made by the real tools: a sparse file,
// an MBR from sfdisk, a FAT16 resin-boot partition from mkfs.fat, and the boot files put there
// with mcopy. mtools and fsck.fat then judge what Imprint wrote.
#pragma once

#include "tests/support/filedigest.h"
#include "tests/support/hosttool.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace imprint::test {

// mtools without its geometry checks, in UTF-8.
inline const QStringList kBootToolEnv{QStringLiteral("MTOOLS_SKIP_CHECK=1"),
                                      QStringLiteral("LC_ALL=C.UTF-8")};

// The boot partition starts at 4 MiB.
inline constexpr qint64 bootOffset = 4 * 1024 * 1024;

inline QString mtoolsTarget(const QString& image) {
    return image + QStringLiteral("@@") + QString::number(bootOffset);
}

// Reads a file of the boot partition with mtools; empty with ok=false when it is not there.
inline QByteArray mread(const QString& image, const QString& path, bool* ok = nullptr) {
    const ToolRun r =
        runTool(QStringLiteral("mcopy"), {"-n", "-i", mtoolsTarget(image), "::" + path, "-"}, {},
                kBootToolEnv);
    if (ok != nullptr) {
        *ok = r.exitCode == 0;
    }
    return r.exitCode == 0 ? r.out : QByteArray();
}

// Makes IMAGE (sizeMiB, sparse) with a 100 MiB FAT16 resin-boot partition holding config.json
// (configText), os-release, device-type.json, splash/resin-logo.png, a sample connection file
// and balenaos.fingerprint. Returns an error text, or an empty string.
inline QString
makeBootImage(const QString& image, const QByteArray& configText, int sizeMiB = 256,
              const QByteArray& osRelease = "NAME=\"balenaOS\"\nVERSION_ID=\"2.0.0\"\n",
              int bootMiB = 100) {
    QFile::remove(image);
    const QString dir = QFileInfo(image).absolutePath();
    const auto put = [&](const QString& name, const QByteArray& data) {
        QFile f(QDir(dir).filePath(name));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    };
    if (!put("fx-config.json", configText) || !put("fx-os-release", osRelease) ||
        !put("fx-device-type.json", "{\"slug\": \"raspberrypi4-64\"}\n") ||
        !put("fx-sample.ignore", "[connection]\nid=resin-sample\ntype=wifi\n") ||
        !put("fx-fingerprint", "0123456789abcdef  os-release\n")) {
        return QStringLiteral("cannot write fixture files in ") + dir;
    }
    // The paths go in as $1 (the folder), $2 (the image) and $3 (mtools' image@@offset).
    const QString script =
        QStringLiteral(
            "cd \"$1\"\n"
            "truncate -s %1M \"$2\"\n"
            "printf 'label: dos\\nstart=8192, size=%2, type=e, bootable\\nstart=%3, type=83\\n' | "
            "sfdisk -q \"$2\"\n"
            "mkfs.fat -F %4 -S 512 -n resin-boot --offset 8192 \"$2\" %5 >/dev/null\n"
            "convert -size 200x80 xc:'#1a2b3c' fx-logo.png\n"
            "T=\"$3\"\n"
            "mmd -i \"$T\" ::splash ::system-connections\n"
            "mcopy -i \"$T\" fx-config.json ::config.json\n"
            "mcopy -i \"$T\" fx-os-release ::os-release\n"
            "mcopy -i \"$T\" fx-device-type.json ::device-type.json\n"
            "mcopy -i \"$T\" fx-fingerprint ::balenaos.fingerprint\n"
            "mcopy -i \"$T\" fx-logo.png ::splash/resin-logo.png\n"
            "mcopy -i \"$T\" fx-sample.ignore ::system-connections/resin-sample.ignore\n")
            .arg(sizeMiB)
            .arg(bootMiB * 2048)
            .arg(8192 + bootMiB * 2048)
            .arg(bootMiB >= 16 ? 16 : 12)
            .arg(bootMiB * 1024);
    const ToolRun r = shell(script, {dir, image, mtoolsTarget(image)}, {}, kBootToolEnv);
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

// fsck.fat -n on the boot partition (copied out; fsck.fat has no offset option).
inline ToolRun fsckBoot(const QString& image, int bootMiB = 100) {
    const QString part = image + QStringLiteral(".boot");
    const ToolRun copy = shell(
        QStringLiteral("dd if=\"$1\" of=\"$2\" bs=1M skip=4 count=%1 status=none").arg(bootMiB),
        {image, part}, {}, kBootToolEnv);
    if (copy.exitCode != 0) {
        return copy;
    }
    ToolRun r = runTool(QStringLiteral("fsck.fat"), {"-n", part}, {}, kBootToolEnv);
    QFile::remove(part);
    return r;
}

} // namespace imprint::test
