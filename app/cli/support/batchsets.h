// The writing half of `imprint batch`: the planned devices written set after set (the --to
// drives, or a few image files, from one decompression each), each row's image compressed when
// asked and its outcome printed.
#pragma once

#include "app/common/batch/batchrun.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace imprint::cli {

// `imprint batch`'s arguments, parsed and checked.
struct BatchArgs {
    QString manifest;
    QString image;
    std::optional<QString> profile;
    QString outDir;
    QStringList to;
    QString reportPath;
    bool resume = false;
    QString compressKind;
    std::optional<QString> bmap;
    bool verify = true;
    bool yes = false;
    bool json = false;
    bool interactive = false;
};

// What the run works from, all checked before a byte is written.
struct BatchInput {
    std::map<int, app::batch::DeviceResult> earlier; // by row, from the report of the run resumed
    QString bmapPath;
    app::batch::PlannedBatch planned;
    QElapsedTimer total;
};

// 3. Writing, set after set; `next` ends at the first device not written. The exit code.
int writeSets(const BatchArgs& args, const BatchInput& in,
              const std::vector<const app::batch::DevicePlan*>& pending,
              std::vector<app::batch::DeviceResult>& results, std::size_t& next);

} // namespace imprint::cli
