// Inspection: an image opened by name for its facts (flasher::ImageFacts), the one reader
// behind `imprint inspect` and the GUI's image step: a file in any format, a drive, a mounted
// boot directory, or an http(s) URL read while it downloads, without a temporary copy.
#pragma once

#include "app/common/download/imagestream.h"
#include "core/common/result.h"
#include "flasher/facts/imagefacts.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace imprint::app {

struct Inspection {
    // A URL's download: it runs on while the inspection lives, so the image's device can
    // still read from it (a plan made later); cancelled and removed afterwards.
    std::shared_ptr<ImageStream> stream;
    flasher::OpenedImage image;
    flasher::ImageFacts facts;
};

// Opens `source` and reads its facts, with the .bmap beside a file (or `URL.bmap` on the
// server) for its data bytes. Errors: the download's, openImage's, and for a directory those
// of its boot files.
Result<Inspection> inspect(const QString& source);

// The facts as `imprint inspect --json` prints them (app/cli/json/inspect.md).
QJsonObject factsToJson(const flasher::ImageFacts& facts);

} // namespace imprint::app
