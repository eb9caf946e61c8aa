// The config.json the `imprint config` edits work on: a config.json file, or the one on the boot
// partition of an image file, a drive or a mounted boot directory; read, then written back
// (validated first, a file atomically, a boot partition through a plan with backups).
#pragma once

#include "core/common/result.h"
#include "core/config/config.h"
#include "core/disk/bootpartition.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string>

namespace imprint::cli {

// One TARGET's config.json.
struct ConfigDocument {
    QString target;
    bool isFile = false;
    std::unique_ptr<disk::BootPartition> boot;
    config::Config config;
};

// Opens TARGET and reads its config.json. Fails with the exit code to use.
Result<ConfigDocument> openConfigDocument(const QString& target, bool writable, int& exitCode);

// Validates the edit, then writes it. Prints what it did to stderr; the exit code.
int writeConfigDocument(ConfigDocument& d, const config::Config& after, const QString& backup,
                        bool dryRun);

// A QByteArray's bytes as a std::string.
std::string fromBytes(const QByteArray& b);

} // namespace imprint::cli
