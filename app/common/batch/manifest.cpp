#include "app/common/batch/manifest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imprint::app::batch {
namespace {

constexpr qint64 kMaxManifest = 64 << 20;

Error withRow(Error e, int row) { return std::move(e).with("row", std::to_string(row)); }

Result<void> checkColumns(const QStringList& columns) {
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString& c = columns[i];
        if (columns.indexOf(c) != i) {
            return Error("batch.csv_duplicate_column").with("column", c.toStdString());
        }
        const bool config = c.startsWith(QLatin1String("config.")) && c.size() > 7 &&
                            !c.endsWith(QLatin1Char('.')) && !c.contains(QLatin1String(".."));
        if (!config && !manifestColumns().contains(c)) {
            return Error("batch.unknown_column").with("column", c.toStdString());
        }
    }
    return {};
}

// RFC 4180: fields separated by commas, records by CRLF or LF, double quotes around fields
// that hold commas, quotes or line breaks, a quote inside doubled.
// The manifest of CSV records (the first the header), each with the line it starts on.
Result<Manifest> manifestOf(const std::vector<QStringList>& records,
                            const std::vector<int>& lines) {
    if (records.empty()) {
        return Error("batch.manifest_empty");
    }
    Manifest m;
    m.columns = records[0];
    if (auto r = checkColumns(m.columns); !r) {
        return std::move(r).takeError();
    }
    for (std::size_t i = 1; i < records.size(); ++i) {
        const int row = static_cast<int>(i);
        if (records[i].size() != m.columns.size()) {
            return withRow(Error("batch.csv_fields"), row)
                .with("line", std::to_string(lines[i]))
                .with("expected", std::to_string(m.columns.size()))
                .with("actual", std::to_string(records[i].size()));
        }
        m.rows.push_back({row, lines[i], records[i],
                          std::vector<bool>(static_cast<std::size_t>(m.columns.size()), true)});
    }
    if (m.rows.empty()) {
        return Error("batch.manifest_empty");
    }
    return m;
}

Result<Manifest> parseCsv(const QString& text) {
    std::vector<QStringList> records;
    std::vector<int> lines;
    QStringList record;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endField = [&] {
        record << (wasQuoted ? field : field.trimmed());
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = record.size() == 1 && record[0].isEmpty();
        if (!blank) {
            records.push_back(record);
            lines.push_back(recordLine);
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            recordLine = ++line;
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (quoted) {
        return withRow(Error("batch.csv_quote"), static_cast<int>(records.size()))
            .with("line", std::to_string(recordLine));
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        endRecord();
    }
    return manifestOf(records, lines);
}

Result<Manifest> parseJson(const QByteArray& bytes, const QString& path) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error("batch.json_invalid")
            .with("path", path.toStdString())
            .with("detail", error.errorString().toStdString())
            .at(static_cast<std::uint64_t>(error.offset));
    }
    if (!doc.isArray()) {
        return Error("batch.json_invalid")
            .with("path", path.toStdString())
            .with("detail", "batch.not_array_of_objects");
    }
    Manifest m;
    const QJsonArray rows = doc.array();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].isObject()) {
            return withRow(Error("batch.json_row"), static_cast<int>(i + 1));
        }
        for (const QString& key : rows[i].toObject().keys()) {
            if (!m.columns.contains(key)) {
                m.columns << key;
            }
        }
    }
    if (auto r = checkColumns(m.columns); !r) {
        return std::move(r).takeError();
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject o = rows[i].toObject();
        ManifestRow row{static_cast<int>(i + 1), 0, {}, {}};
        for (const QString& c : m.columns) {
            const QJsonValue v = o.value(c);
            row.present.push_back(!v.isUndefined());
            if (v.isString()) {
                row.values << v.toString();
            } else if (v.isBool()) {
                row.values << (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            } else if (v.isDouble()) {
                row.values << v.toVariant().toString();
            } else if (v.isNull() || v.isUndefined()) {
                row.values << QString();
            } else {
                return withRow(Error("batch.json_value"), row.row).with("column", c.toStdString());
            }
        }
        m.rows.push_back(std::move(row));
    }
    if (m.rows.empty()) {
        return Error("batch.manifest_empty");
    }
    return m;
}

} // namespace

const QStringList& manifestColumns() {
    static const QStringList columns{
        QStringLiteral("hostname"),  QStringLiteral("uuid"),         QStringLiteral("country"),
        QStringLiteral("wifi_ssid"), QStringLiteral("wifi_psk"),     QStringLiteral("ssh_key"),
        QStringLiteral("dev_mode"),  QStringLiteral("ip_address"),   QStringLiteral("ip_gateway"),
        QStringLiteral("ip_dns"),    QStringLiteral("ip_connection")};
    return columns;
}

Result<Manifest> parseManifest(const QByteArray& bytes, const QString& path) {
    const QByteArray trimmed = bytes.trimmed();
    auto m =
        trimmed.startsWith('[')
            ? parseJson(bytes, path)
            : parseCsv(QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes));
    if (!m && m.error().code == "batch.manifest_empty") {
        return Error("batch.manifest_empty").with("path", path.toStdString());
    }
    return m;
}

Result<Manifest> readManifest(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error("batch.manifest_unreadable")
            .with("path", path.toStdString())
            .with("reason", f.errorString().toStdString());
    }
    const QByteArray bytes = f.read(kMaxManifest + 1);
    if (bytes.size() > kMaxManifest) {
        return Error("batch.manifest_unreadable")
            .with("path", path.toStdString())
            .with("reason", "batch.larger_than_64_mib");
    }
    return parseManifest(bytes, path);
}

} // namespace imprint::app::batch
