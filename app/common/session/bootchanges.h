// BootChanges: the files the Configure step changes on a boot partition (config.json, WiFi
// connection files, the logo), compared with what is there for review, then applied to an
// image's Overlay (to ride along in a WriteJob) or in place ("Configure only").
#pragma once

#include "app/common/session/imageinfo.h"
#include "core/common/result.h"
#include "core/disk/bootpartition.h"
#include "flasher/writejob/writejob.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace imprint::app {

struct BootFileChange {
    QString path;                      // from the partition's root: "/config.json"
    std::optional<QByteArray> content; // nullopt: remove the file
};

struct BootFileDiff {
    enum class Kind { Add, Modify, Remove };
    QString path;
    Kind kind = Kind::Modify;
    QByteArray before;
    QByteArray after;
};

// The changes that really change something, against the files the image has now.
QList<BootFileDiff> diffChanges(const ImageInfo& image, const QList<BootFileChange>& changes);

// Writes the changes (parent folders made as needed). Stops at the first error.
Result<void> applyChanges(disk::BootPartition& boot, const QList<BootFileChange>& changes);

// The changed byte ranges of the image after the changes, for WriteJob: the image is opened
// read-only under an Overlay and never modified. Errors: source.*, disk.*, partition.*,
// boot.*, fat.*.
Result<std::vector<flasher::ByteOverride>> overridesFor(const QString& imagePath,
                                                        const QList<BootFileChange>& changes);

// "Configure only": applies the changes to an image file, drive or mounted boot directory
// itself. `refused` is set when the drive verdict forbids it.
Result<void> applyInPlace(const QString& target, const QList<BootFileChange>& changes,
                          bool* refused);

} // namespace imprint::app
