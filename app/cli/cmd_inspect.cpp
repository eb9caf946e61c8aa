// imprint inspect TARGET [--json]: the facts of an image (app/common/facts, flasher/facts): its
// format and data bytes, the partition table, which partition is the boot partition and why,
// and the OS on it (os-release, device-type.json, config.json, development mode, the connections
// in system-connections/ with their secrets masked).
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/config/connectionlist.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/image/inspection.h"
#include "app/common/sizetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

void printSource(const QJsonObject& r) {
    printResult(tr("Target: %1 (%2, %3 bytes)")
                    .arg(r["target"].toString(), r["kind"].toString())
                    .arg(r["size"].toInteger()));
    if (r["kind"].toString() == QLatin1String("directory")) {
        return;
    }
    printResult(tr("Format: %1, %2 bytes as stored")
                    .arg(r["format"].toString())
                    .arg(r["sourceSize"].toInteger()));
    printResult(r["dataBytes"].isNull()
                    ? tr("Data: unknown (no .bmap, and a compressed image is not read whole)")
                    : tr("Data: %1 hold data (%2)")
                          .arg(app::sizeText(static_cast<quint64>(r["dataBytes"].toInteger())),
                               r["dataBytesFrom"].toString() == QLatin1String("bmap")
                                   ? tr("from the .bmap")
                                   : tr("found in the image")));
}

void printLayout(const QJsonObject& r) {
    if (r["table"].isObject()) {
        const auto t = r["table"].toObject();
        printResult(
            tr("Partition table: %1, %2-byte sectors, id %3")
                .arg(t["type"].toString() == "dos" ? QStringLiteral("MBR") : QStringLiteral("GPT"))
                .arg(t["sectorSize"].toInt())
                .arg(t["id"].toString()));
        printResult(QStringLiteral("  #  %1 %2 %3 %4 %5")
                        .arg(tr("start").leftJustified(12), tr("size").rightJustified(12),
                             tr("type").leftJustified(22), tr("filesystem").leftJustified(10),
                             tr("label/name")));
        for (const auto& v : r["partitions"].toArray()) {
            const auto p = v.toObject();
            QString fs = p["filesystem"].toString();
            if (p["container"].toBool()) {
                fs = tr("(extended)");
            }
            QString label = p["name"].toString();
            if (label.isEmpty()) {
                label = p["label"].toString();
            }
            QString line = QStringLiteral("%1  %2 %3 %4 %5 %6")
                               .arg(p["number"].toInt(), 3)
                               .arg(QString::number(p["start"].toInteger()).leftJustified(12))
                               .arg(app::sizeText(static_cast<quint64>(p["size"].toInteger()))
                                        .rightJustified(12))
                               .arg(p["typeName"].toString().left(22).leftJustified(22))
                               .arg(fs.leftJustified(10), label);
            if (p["beyondEnd"].toBool()) {
                line += QLatin1Char(' ') + tr("[PAST THE END OF THE DEVICE]");
            }
            printResult(line);
        }
    }
    for (const auto& v : r["problems"].toArray()) {
        printResult(tr("Problem: %1").arg(v.toObject()["message"].toString()));
    }
}

void printBoot(const QJsonObject& r) {
    if (!r["boot"].isObject()) {
        printResult(tr("Boot partition: not found"));
        return;
    }
    const auto b = r["boot"].toObject();
    static const QHash<QString, const char*> reasons{
        {"name", QT_TRANSLATE_NOOP("Cli", "its GPT name")},
        {"label", QT_TRANSLATE_NOOP("Cli", "its filesystem label")},
        {"device-type.json", QT_TRANSLATE_NOOP("Cli", "it holds device-type.json")},
        {"first-partition", QT_TRANSLATE_NOOP("Cli", "nothing better: partition 1 is a guess")},
        {"whole-device", QT_TRANSLATE_NOOP("Cli", "the whole device is one FAT filesystem")},
        {"directory", QT_TRANSLATE_NOOP("Cli", "it is the directory given")}};
    printResult(tr("Boot partition: %1 (%2), because of %3")
                    .arg(b["partition"].toInt())
                    .arg(b["label"].toString(), tr(reasons.value(b["reason"].toString(), "?"))));
    QStringList files;
    for (const auto& f : b["files"].toArray()) {
        files << f.toString();
    }
    printResult(tr("Boot files: %1").arg(files.isEmpty() ? tr("(none)") : files.join(", ")));
    printResult(tr("OS version: %1")
                    .arg(b["osVersion"].isNull() ? tr("unknown") : b["osVersion"].toString()));
    printResult(tr("Device type: %1")
                    .arg(b["deviceType"].isNull() ? tr("unknown") : b["deviceType"].toString()));
    printResult(b["development"].toBool() ? tr("Development mode: on")
                                          : tr("Development mode: off"));
    const auto config = b["config"].toObject();
    QStringList keys;
    for (const auto& k : config["keys"].toArray()) {
        keys << k.toString();
    }
    printResult(!config["present"].toBool() ? tr("config.json: none")
                : !config["valid"].toBool() ? tr("config.json: not a JSON object")
                                            : tr("config.json: %1").arg(keys.join(", ")));
}

// The connections in system-connections/, secrets masked.
void printConnections(const flasher::ImageFacts& facts) {
    if (!facts.boot) {
        return;
    }
    const auto& list = facts.boot->connections;
    printResult(list.empty() ? tr("Connections: none") : tr("Connections:"));
    for (const auto& c : list) {
        for (const QString& line : app::connectionLines(c, false)) {
            printResult(QStringLiteral("  ") + line);
        }
    }
}

} // namespace

int runInspect(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the partitions of an image file or drive, which one is the boot partition and "
           "why, and the balenaOS version and device type on it. TARGET may be compressed "
           "(.xz, .gz, .zst, .bz2, .zip), an http(s) URL (only its head is read, while it "
           "downloads) or a mounted boot directory."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("Print the result as JSON (see app/cli/json/inspect.md)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("image file or URL, drive or directory"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        printMessage(tr("'inspect' takes exactly one TARGET."));
        return app::ExitUsage;
    }
    auto inspection = app::inspect(parser.positionalArguments().front());
    if (!inspection) {
        printError(inspection.error());
        return app::ExitFailure;
    }
    const QJsonObject r = app::factsToJson(inspection->facts);
    if (parser.isSet(jsonOption)) {
        printJson(QJsonDocument(r));
    } else {
        printSource(r);
        printLayout(r);
        printBoot(r);
        printConnections(inspection->facts);
    }
    return app::ExitOk;
}

namespace {
const CommandRegistration registration(
    {"inspect",
     QT_TRANSLATE_NOOP("Cli", "Show partitions, the boot partition and the OS of an image"),
     runInspect});
} // namespace

} // namespace imprint::cli
