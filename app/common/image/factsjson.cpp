// The JSON of `imprint inspect --json`; keys documented in app/cli/json/inspect.md.
#include "app/common/config/connectionlist.h"
#include "app/common/errortext.h"
#include "app/common/image/inspection.h"
#include "app/common/json/jsonview.h"

#include <QJsonArray>

namespace imprint::app {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

QJsonValue orNull(const std::optional<std::string>& s) {
    return s ? QJsonValue(qs(*s)) : QJsonValue(QJsonValue::Null);
}

QJsonObject partitionToJson(const flasher::PartitionFacts& p) {
    return QJsonObject{{"number", p.number},
                       {"start", static_cast<qint64>(p.start)},
                       {"size", static_cast<qint64>(p.size)},
                       {"type", qs(p.type)},
                       {"typeName", qs(p.typeName)},
                       {"name", qs(p.name)},
                       {"bootable", p.bootable},
                       {"logical", p.logical},
                       {"container", p.container},
                       {"beyondEnd", p.beyondEnd},
                       {"probed", p.probed},
                       {"filesystem", qs(p.filesystem)},
                       {"fatType", qs(p.fatType)},
                       {"label", qs(p.label)}};
}

QJsonObject configToJson(const flasher::ConfigSummary& c) {
    return QJsonObject{{"present", c.present},
                       {"valid", c.valid},
                       {"keys", stringsToJson(c.keys)},
                       {"hostname", orNull(c.hostname)},
                       {"developmentMode", c.developmentMode ? QJsonValue(*c.developmentMode)
                                                             : QJsonValue(QJsonValue::Null)},
                       {"sshKeys", static_cast<qint64>(c.sshKeys)}};
}

QJsonObject bootToJson(const flasher::BootFacts& b) {
    QJsonObject o{{"partition", b.partition},
                  {"reason", qs(b.reason)},
                  {"warning", b.guess},
                  {"label", qs(b.label)},
                  {"files", stringsToJson(b.files)},
                  {"osVersion", orNull(b.osVersion)},
                  {"deviceType", orNull(b.deviceType)},
                  {"deviceName", orNull(b.deviceName)},
                  {"development", b.development},
                  {"config", configToJson(b.config)},
                  {"networkFiles", stringsToJson(b.networkFiles)},
                  {"connections", connectionsToJson(b.connections, false)}};
    if (!b.osRelease.empty()) {
        QJsonObject release;
        for (const auto& [key, value] : b.osRelease) {
            release.insert(qs(key), qs(value));
        }
        o.insert("osRelease", release);
    }
    return o;
}

} // namespace

QJsonObject factsToJson(const flasher::ImageFacts& facts) {
    QJsonObject r{
        {"target", qs(facts.name)},
        {"kind", QString::fromLatin1(flasher::imageKindName(facts.kind))},
        {"size", static_cast<qint64>(facts.size)},
        {"sizeKind", qs(facts.sizeKind)},
        {"format", facts.kind == flasher::ImageKind::Directory
                       ? QJsonValue(QJsonValue::Null)
                       : QJsonValue(QString::fromLatin1(flasher::formatName(facts.format)))},
        {"sourceSize", static_cast<qint64>(facts.sourceSize)},
        {"dataBytes", facts.dataBytes ? QJsonValue(static_cast<qint64>(*facts.dataBytes))
                                      : QJsonValue(QJsonValue::Null)},
        {"dataBytesFrom", facts.dataBytesFrom.empty() ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(qs(facts.dataBytesFrom))},
        {"table", QJsonValue::Null},
        {"boot", QJsonValue::Null}};
    if (facts.table) {
        r.insert("table", QJsonObject{{"type", qs(facts.table->kind)},
                                      {"sectorSize", static_cast<int>(facts.table->sectorSize)},
                                      {"id", qs(facts.table->id)}});
    }
    QJsonArray partitions;
    for (const auto& p : facts.partitions) {
        partitions.append(partitionToJson(p));
    }
    r.insert("partitions", partitions);
    if (facts.boot) {
        r.insert("boot", bootToJson(*facts.boot));
    }
    QJsonArray problems;
    for (const auto& e : facts.problems) {
        problems.append(QJsonObject{{"code", qs(e.code)}, {"message", errorText(e)}});
    }
    r.insert("problems", problems);
    return r;
}

} // namespace imprint::app
