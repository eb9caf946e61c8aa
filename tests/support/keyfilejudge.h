// GLib's reading of a NetworkManager keyfile (GKeyFile, the parser NetworkManager uses), from
// tests/support/keyfilejudge.c run through the tool bridge: one judge on Linux and under Wine.
#pragma once

#include "tests/support/hosttool.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace imprint::test {

class GlibKeyFile {
public:
    // GLib's reading of `text`; loaded() is false (why() says why) when GLib refuses it.
    static GlibKeyFile read(const QByteArray& text) {
        GlibKeyFile f;
        const ToolRun r =
            runTool(QStringLiteral(IMPRINT_KEYFILE_JUDGE), {QStringLiteral("read")}, text);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        f.loaded_ = r.exitCode == 0 && error.error == QJsonParseError::NoError && doc.isObject();
        f.why_ = QString::fromUtf8(r.err);
        f.groups_ = doc.object();
        return f;
    }

    // The keyfile GLib writes for one string value (g_key_file_set_string, g_key_file_to_data).
    static QByteArray write(const QString& group, const QString& key, const QByteArray& value) {
        return runTool(QStringLiteral(IMPRINT_KEYFILE_JUDGE), {QStringLiteral("write"), group, key},
                       value)
            .out;
    }

    [[nodiscard]] bool loaded() const { return loaded_; }
    [[nodiscard]] const QString& why() const { return why_; }
    [[nodiscard]] bool hasGroup(const QString& group) const { return groups_.contains(group); }
    [[nodiscard]] QStringList groupNames() const { return groups_.keys(); }
    [[nodiscard]] QStringList keys(const QString& group) const {
        return groups_.value(group).toObject().keys();
    }

    // g_key_file_get_string (UTF-8), nothing where GLib has no such string.
    [[nodiscard]] std::optional<QByteArray> string(const QString& group, const QString& key) const {
        const QJsonValue v = value(group, key, QStringLiteral("string"));
        return v.isString() ? std::optional(v.toString().toUtf8()) : std::nullopt;
    }
    // g_key_file_get_string_list.
    [[nodiscard]] std::optional<QStringList> strings(const QString& group,
                                                     const QString& key) const {
        const QJsonValue v = value(group, key, QStringLiteral("strings"));
        return v.isArray() ? std::optional(v.toVariant().toStringList()) : std::nullopt;
    }
    // g_key_file_get_integer_list.
    [[nodiscard]] std::optional<QList<int>> integers(const QString& group,
                                                     const QString& key) const {
        const QJsonValue v = value(group, key, QStringLiteral("integers"));
        if (!v.isArray()) {
            return std::nullopt;
        }
        QList<int> out;
        for (const QJsonValue& i : v.toArray()) {
            out.push_back(i.toInt());
        }
        return out;
    }

private:
    [[nodiscard]] QJsonValue value(const QString& group, const QString& key,
                                   const QString& reading) const {
        return groups_.value(group).toObject().value(key).toObject().value(reading);
    }

    bool loaded_ = false;
    QString why_;
    QJsonObject groups_;
};

} // namespace imprint::test
