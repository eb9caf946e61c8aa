#include "app/common/image/inspection.h"

#include "app/common/download/download.h"
#include "flasher/blockmap/blockmap.h"

#include <QTemporaryDir>
#include <QUrl>

namespace imprint::app {

Result<Inspection> inspect(const QString& source) {
    Inspection out;
    flasher::FactsOptions options;
    QTemporaryDir bmapDir;
    std::shared_ptr<flasher::GrowingFile> growing;
    if (isDownloadUrl(source)) {
        auto bmap = ImageStream::fetchBmap(QUrl(source), bmapDir.path());
        if (!bmap) {
            return bmap.error();
        }
        options.bmapPath = bmap->toStdString();
        out.stream = std::make_shared<ImageStream>(source);
        if (auto started = out.stream->start(); !started) {
            return started.error();
        }
        growing = out.stream->file();
    } else {
        options.bmapPath = flasher::findBmapBeside(source.toStdString());
    }
    auto image = flasher::openImage(source.toStdString(), growing);
    if (!image) {
        return image.error();
    }
    out.image = std::move(*image);
    auto facts = flasher::readImageFacts(out.image, options);
    if (!facts) {
        return facts.error();
    }
    out.facts = std::move(*facts);
    return out;
}

} // namespace imprint::app
