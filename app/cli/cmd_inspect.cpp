// imprint inspect TARGET [--json]: the partition table, what each partition holds, which one
// is the boot partition and why, and the OS on it (os-release, device-type.json).
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/disk/boottarget.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "core/disk/blockdevice.h"
#include "core/disk/bootpartition.h"
#include "core/disk/filesystemprobe.h"
#include "core/disk/osrelease.h"
#include "core/disk/partitiontable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

const char* const kBootFiles[] = {
    "config.json",        "device-type.json",     "os-release",           "image-version-info",
    "balena-image",       "balena-image-flasher", "balenaos.fingerprint", "splash",
    "system-connections", "system-proxy",         "extra_uEnv.txt"};

// KEY=value lines of os-release, quotes removed (core/provision's parser).
QJsonObject parseOsRelease(const QByteArray& text) {
    QJsonObject out;
    for (const auto& [key, value] : disk::parseOsRelease(text.toStdString())) {
        out.insert(QString::fromStdString(key), QString::fromStdString(value));
    }
    return out;
}

QJsonObject describeBoot(disk::BootPartition& boot) {
    const auto& where = boot.location();
    QJsonObject o{{"partition", where.number},
                  {"reason", qs(where.reason)},
                  {"warning", where.isGuess()},
                  {"label", qs(where.label)}};
    QJsonArray files;
    for (const char* name : kBootFiles) {
        auto st = boot.stat(std::string("/") + name);
        if (st && *st) {
            files.append(QString::fromLatin1(name) + ((*st)->directory ? "/" : ""));
        }
    }
    o.insert("files", files);
    QJsonValue osVersion = QJsonValue::Null;
    if (auto bytes = boot.readFile("/os-release")) {
        const QJsonObject release = parseOsRelease(QByteArray(
            reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size())));
        o.insert("osRelease", release);
        for (const char* key : {"VERSION_ID", "META_BALENA_VERSION", "VERSION"}) {
            if (release.contains(key)) {
                osVersion = release.value(key);
                break;
            }
        }
    }
    o.insert("osVersion", osVersion);
    QJsonValue deviceType = QJsonValue::Null;
    if (auto bytes = boot.readFile("/device-type.json")) {
        const auto doc = QJsonDocument::fromJson(QByteArray(
            reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size())));
        if (doc.isObject() && doc.object().contains("slug")) {
            deviceType = doc.object().value("slug");
        }
    }
    o.insert("deviceType", deviceType);
    return o;
}

QString sizeText(qint64 bytes) {
    return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / 1048576.0, 0, 'f', 1);
}

void printText(const QJsonObject& r) {
    printResult(tr("Target: %1 (%2, %3 bytes)")
                    .arg(r["target"].toString(), r["kind"].toString())
                    .arg(r["size"].toInteger()));
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
                               .arg(sizeText(p["size"].toInteger()).rightJustified(12))
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
}

} // namespace

int runInspect(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show the partitions of an image file or drive, which one is the boot partition and "
           "why, and the balenaOS version and device type on it. TARGET may also be a mounted "
           "boot directory."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"), tr("Print the result as JSON (see app/cli/json/inspect.md)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("target"), tr("image file, drive or directory"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        printMessage(tr("'inspect' takes exactly one TARGET."));
        return app::ExitUsage;
    }
    const QString target = parser.positionalArguments().front();
    const auto kind = app::targetKind(target);
    QJsonObject r{{"target", target}};
    QJsonArray problems;
    auto problem = [&](const Error& e) {
        problems.append(QJsonObject{{"code", qs(e.code)}, {"message", app::errorText(e)}});
    };
    r.insert("table", QJsonValue::Null);
    r.insert("partitions", QJsonArray());
    r.insert("boot", QJsonValue::Null);
    if (kind == app::TargetKind::Directory) {
        r.insert("kind", "directory");
        r.insert("size", 0);
        auto boot = disk::openBootDirectory(target.toStdString(), false);
        if (!boot) {
            printError(boot.error());
            return app::ExitFailure;
        }
        r.insert("boot", describeBoot(**boot));
    } else {
        r.insert("kind", kind == app::TargetKind::BlockDevice ? "block-device" : "image");
        auto device = disk::FileDevice::open(target.toStdString(), false);
        if (!device) {
            printError(device.error());
            return app::ExitFailure;
        }
        r.insert("size", static_cast<qint64>((*device)->size()));
        auto table = disk::PartitionTable::read(**device);
        if (table) {
            r.insert("table", QJsonObject{{"type", qs(table->kind())},
                                          {"sectorSize", static_cast<int>(table->sectorSize())},
                                          {"id", qs(table->diskId())}});
            QJsonArray parts;
            for (const auto& p : table->partitions()) {
                QJsonObject o{{"number", p.number},
                              {"start", static_cast<qint64>(p.start)},
                              {"size", static_cast<qint64>(p.size)},
                              {"type", qs(p.type)},
                              {"typeName", qs(p.typeName)},
                              {"name", qs(p.name)},
                              {"bootable", p.bootable},
                              {"logical", p.logical},
                              {"container", p.container},
                              {"beyondEnd", p.beyondEnd}};
                disk::FilesystemProbe probe;
                if (!p.container && !p.beyondEnd) {
                    probe = disk::probeFilesystem(**device, p.start, p.size);
                }
                o.insert("filesystem", qs(probe.type));
                o.insert("fatType", qs(probe.variant));
                o.insert("label", qs(probe.label));
                parts.append(o);
            }
            r.insert("partitions", parts);
            if (auto editable = table->checkEditable(); !editable) {
                problem(editable.error());
            }
        } else if (table.error().code != "partition.no_table") {
            problem(table.error());
        }
        disk::BootOpenOptions options;
        auto boot = disk::openBootPartition(target.toStdString(), options);
        if (boot) {
            r.insert("boot", describeBoot(**boot));
        } else {
            problem(boot.error());
        }
    }
    r.insert("problems", problems);
    if (parser.isSet(jsonOption)) {
        printJson(QJsonDocument(r));
    } else {
        printText(r);
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
