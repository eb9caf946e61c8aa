// ImageCompress: a finished image file compressed in-process (liblzma for .xz, libzstd for
// .zst) into FILE.xz / FILE.zst, reading its holes as zeros without touching the disk.
#pragma once

#include "core/common/result.h"

#include <QString>

namespace imprint::app::batch {

enum class Compression { Xz, Zstd };

// Writes `file` + ".xz" or ".zst" and removes `file`; the new path. A failure removes the
// half-written output and leaves `file` as it was.
// Errors: batch.compress_failed {path, tool, detail}.
Result<QString> compressImage(const QString& file, Compression kind);

} // namespace imprint::app::batch
