// ImageInfo: what an opened image file, drive or mounted boot directory is, as the Image step
// shows it: board, OS version, development or production, partitions, config.json and logo.
#pragma once

#include "app/common/image/profileplan.h"
#include "core/common/result.h"
#include "flasher/facts/imagefacts.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace imprint::app {

struct PartitionInfo {
    int number = 0;
    quint64 start = 0;
    quint64 size = 0;
    QString typeName;
    QString filesystem; // "vfat", "ext4", ... or empty
    QString label;
    bool container = false;
};

struct ImageInfo {
    QString path;
    QString kind;        // "image", "drive" or "directory"
    QString compression; // "raw", "xz", ... (image files only)
    quint64 size = 0;    // bytes of the (decompressed) disk
    QString tableKind;   // "dos", "gpt" or empty
    QList<PartitionInfo> partitions;
    int bootPartition = 0;
    QString bootReason; // BootLocation::reason
    QString deviceType; // device-type.json slug
    QString deviceName; // device-type.json name
    QString osVersion;
    bool development = false;
    QByteArray configText;          // config.json as it is (empty when absent)
    QStringList connectionFiles;    // system-connections/ entries NetworkManager reads
    QList<QByteArray> wifiKeyfiles; // their text, for the WiFi networks this tool understands
    // The files the Configure step may change, as they are now ("/config.json",
    // "/system-connections/<name>", the logo): what a plan is compared with.
    QMap<QString, QByteArray> editableFiles;
    QString logoPath; // "/splash/balena-logo.png" or "/splash/resin-logo.png"
    QByteArray logo;  // its bytes
    // Everything above comes from these (flasher/facts), the facts `imprint inspect` shows.
    flasher::ImageFacts facts;
    // The opened image, for making plans without reading it again (shared: ImageInfo is
    // copied through signals; plans only read it).
    std::shared_ptr<const PlanBase> planBase;
};

// Reads everything the Image step shows: app::inspect's facts (an image file in any format, a
// drive, a directory or an http(s) URL, of which only the head of the stream is decoded), and
// the boot files the Configure step edits. Slow (seconds): call it off the GUI thread.
// Errors: those of app::inspect, and a disk's partition.* or boot.* problem when it has no
// boot partition.
Result<ImageInfo> inspectImage(const QString& path);

// The name of the logo file this image uses (the one present, else the newer name).
QString logoFileName(const ImageInfo& info);

} // namespace imprint::app

Q_DECLARE_METATYPE(imprint::app::ImageInfo)
