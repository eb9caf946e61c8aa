// Where a bmaptool block map for an image is found: beside it, under the image's own name
// (image.img.bmap) or, for a compressed image, under the name without the compression suffix.
#pragma once

#include <QString>

namespace imprint::app {

// image.img.bmap, then for image.img.xz (.gz, .zst, .bz2, .zip) image.img.bmap and image.bmap.
// Empty when none of them is a file.
QString bmapBeside(const QString& image);

} // namespace imprint::app
