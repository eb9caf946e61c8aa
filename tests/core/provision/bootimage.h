// A balenaOS-like disk image for the provisioning tests, made by the real tools: a sparse file,
// an MBR from sfdisk, a FAT16 resin-boot partition from mkfs.fat, and the boot files put there
// with mcopy. mtools and fsck.fat then judge what Imprint wrote.
#pragma once

#include "tests/support/filedigest.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace imprint::test {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run runTool(const QString& program, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MTOOLS_SKIP_CHECK"), QStringLiteral("1"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(300000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

inline Run shell(const QString& script) {
    return runTool(QStringLiteral("/bin/sh"), {"-ec", script});
}

// The boot partition starts at 4 MiB.
inline constexpr qint64 bootOffset = 4 * 1024 * 1024;

inline QString mtoolsTarget(const QString& image) {
    return image + QStringLiteral("@@") + QString::number(bootOffset);
}

// Reads a file of the boot partition with mtools; empty with ok=false when it is not there.
inline QByteArray mread(const QString& image, const QString& path, bool* ok = nullptr) {
    const Run r =
        runTool(QStringLiteral("mcopy"), {"-n", "-i", mtoolsTarget(image), "::" + path, "-"});
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
    const QString script =
        QStringLiteral(
            "cd '%1'\n"
            "truncate -s %2M '%3'\n"
            "printf 'label: dos\\nstart=8192, size=%5, type=e, bootable\\nstart=%6, type=83\\n' | "
            "sfdisk -q '%3'\n"
            "mkfs.fat -F %7 -S 512 -n resin-boot --offset 8192 '%3' %8 >/dev/null\n"
            "convert -size 200x80 xc:'#1a2b3c' fx-logo.png\n"
            "T='%4'\n"
            "mmd -i \"$T\" ::splash ::system-connections\n"
            "mcopy -i \"$T\" fx-config.json ::config.json\n"
            "mcopy -i \"$T\" fx-os-release ::os-release\n"
            "mcopy -i \"$T\" fx-device-type.json ::device-type.json\n"
            "mcopy -i \"$T\" fx-fingerprint ::balenaos.fingerprint\n"
            "mcopy -i \"$T\" fx-logo.png ::splash/resin-logo.png\n"
            "mcopy -i \"$T\" fx-sample.ignore ::system-connections/resin-sample.ignore\n")
            .arg(dir)
            .arg(sizeMiB)
            .arg(image, mtoolsTarget(image))
            .arg(bootMiB * 2048)
            .arg(8192 + bootMiB * 2048)
            .arg(bootMiB >= 16 ? 16 : 12)
            .arg(bootMiB * 1024);
    const Run r = shell(script);
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

// fsck.fat -n on the boot partition (copied out; fsck.fat has no offset option).
inline Run fsckBoot(const QString& image, int bootMiB = 100) {
    const QString part = image + QStringLiteral(".boot");
    const Run copy = shell(QStringLiteral("dd if='%1' of='%2' bs=1M skip=4 count=%3 status=none")
                               .arg(image, part)
                               .arg(bootMiB));
    if (copy.exitCode != 0) {
        return copy;
    }
    Run r = runTool(QStringLiteral("fsck.fat"), {"-n", part});
    QFile::remove(part);
    return r;
}

} // namespace imprint::test
