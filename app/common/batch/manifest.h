// Manifest: the list of devices `imprint batch` configures, one row per device, read from CSV
// (a header row, RFC 4180 quoting) or JSON (an array of objects), as column -> text.
#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace imprint::app::batch {

struct ManifestRow {
    int row = 0;        // 1 for the first device
    int line = 0;       // where it starts in the file (CSV: the header is line 1; JSON: 0)
    QStringList values; // in the order of Manifest::columns; empty text when a JSON row lacks one
    std::vector<bool> present; // the row has a value for that column (JSON can leave some out)
};

struct Manifest {
    QStringList columns;
    std::vector<ManifestRow> rows;
    [[nodiscard]] qsizetype column(const QString& name) const { return columns.indexOf(name); }
};

// The columns a row may have besides "config.<dotted.path>".
const QStringList& manifestColumns();

// Reads a manifest file: JSON when its first non-blank character is '[', CSV otherwise.
// Errors: batch.manifest_unreadable {path, reason}, batch.manifest_empty {path},
// batch.csv_quote {row, line}, batch.csv_fields {row, line, expected, actual},
// batch.csv_duplicate_column {column}, batch.json_invalid {path, detail} (offset),
// batch.json_row {row} (not an object), batch.json_value {row, column} (an array or object),
// batch.unknown_column {column}.
Result<Manifest> readManifest(const QString& path);
// The same from bytes (tests, stdin).
Result<Manifest> parseManifest(const QByteArray& bytes, const QString& path);

} // namespace imprint::app::batch
