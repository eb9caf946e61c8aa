// The images the facts tests read: the layer's demo image with a config.json (development
// mode, a hostname, an SSH key) and a WiFi connection put on its boot partition with mtools,
// then compressed by the real tools into the six source formats.
#pragma once

#include "tests/support/imagecheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace imprint::test {

inline const QString kFactsDemo =
    QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");

// File name suffixes of the six formats, raw first.
inline const QStringList kFactsFormats{"", ".gz", ".xz", ".zst", ".bz2", ".zip"};

inline const QByteArray kFactsConfig = R"({"uuid": "0123456789abcdef0123456789abcdef",
 "hostname": "facts-host", "developmentMode": true,
 "os": {"sshKeys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl facts@test"]}})";

inline const QByteArray kFactsWifi = "[connection]\nid=facts-wifi\ntype=wifi\n\n"
                                     "[wifi]\nmode=infrastructure\nssid=facts-wifi\n\n"
                                     "[wifi-security]\nkey-mgmt=wpa-psk\npsk=facts-secret\n";

// Makes `dir`/facts.img and its five compressed copies; returns false (with a message in
// `why`) when a tool fails.
inline bool makeFactsImages(const QString& dir, QString& why) {
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString img = dir + QStringLiteral("/facts.img");
    const auto parts = sfdiskPartitions(kFactsDemo);
    if (parts.isEmpty() || !QFile::copy(kFactsDemo, img)) {
        why = QStringLiteral("no demo image: run the layer_demo_image fixture first");
        return false;
    }
    if (!write(dir + QStringLiteral("/config.json"), kFactsConfig) ||
        !write(dir + QStringLiteral("/facts-wifi"), kFactsWifi)) {
        why = QStringLiteral("cannot write the boot files");
        return false;
    }
    // The folder is "$1", mtools' image@@offset "$2".
    const QString script =
        QStringLiteral("cd \"$1\" && "
                       "mcopy -o -i \"$2\" config.json ::config.json && "
                       "(mmd -i \"$2\" ::system-connections 2>/dev/null || true) && "
                       "mcopy -o -i \"$2\" facts-wifi ::system-connections/facts-wifi && "
                       "gzip -1 -k facts.img && xz -T2 -3 --block-size=16MiB -k facts.img && "
                       "zstd -q -3 facts.img -o facts.img.zst && bzip2 -1 -k facts.img && "
                       "zip -q -j -1 facts.img.zip facts.img");
    const auto r = shell(script, {dir, mtoolsImage(img, parts[0].start)}, {},
                         {QStringLiteral("MTOOLS_SKIP_CHECK=1")}, 600000);
    if (r.exitCode != 0) {
        why = QString::fromUtf8(r.err);
        return false;
    }
    return true;
}

} // namespace imprint::test
