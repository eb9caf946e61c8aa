// imprint configure TARGET [--profile FILE|NAME] [--hostname ..] [--wifi SSID [--wifi-psk ..]]..
// [--ssh-key FILE].. [--udev-rule NAME=FILE].. [--logo PNG] [--dev|--no-dev] ... [--partition N]
// [--dry-run] [--yes]: a Profile (from a file and the flags) turned into a Plan for TARGET's boot
// partition, printed, confirmed when a person is at the terminal, then applied with backups and
// read back.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/arguments/optionorder.h"
#include "app/common/config/configtext.h"
#include "app/common/disk/boottarget.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "core/provision/plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

Result<QByteArray> readSmallFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error("disk.open_failed")
            .with("path", path.toStdString())
            .with("reason", f.errorString().toStdString());
    }
    return f.read(static_cast<qint64>(config::maxConfigBytes) + 1);
}

// --wifi and --wifi-psk in the order given: each pass phrase belongs to the --wifi before it.
bool pairNetworks(const QStringList& arguments, std::vector<provision::WifiNetwork>& out) {
    if (!app::appendWifiNetworks(arguments, out)) {
        printMessage(tr("Each --wifi-psk must follow its own --wifi SSID."));
        return false;
    }
    return true;
}

int runConfigure(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Configure the boot partition of an image file, a drive or a mounted boot directory: "
           "config.json, WiFi networks, SSH keys, udev rules, splash logo and development mode. "
           "Prints the plan, saves the files it replaces, writes, and reads everything back."));
    const auto opt = [](const char* name, const char* help, const char* value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), tr(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), tr(help));
    };
    const auto profileO =
        opt("profile", "A saved profile: a JSON file or the name of one.", "FILE|NAME");
    const auto hostnameO = opt("hostname", "The device's host name.", "NAME");
    const auto wifiO = opt("wifi", "Add a WiFi network (repeatable).", "SSID");
    const auto pskO =
        opt("wifi-psk", "Pass phrase of the --wifi before it (none: open network).", "PSK");
    const auto sshO = opt("ssh-key", "Add the public keys in FILE (repeatable).", "FILE");
    const auto udevO =
        opt("udev-rule", "Add a udev rule from FILE under NAME (repeatable).", "NAME=FILE");
    const auto logoO = opt("logo", "Replace the splash logo with this PNG.", "PNG");
    const auto devO = opt("dev", "Turn development mode on.");
    const auto noDevO = opt("no-dev", "Turn development mode off.");
    const auto logO = opt("persistent-logging", "Keep the journal across reboots.");
    const auto noLogO = opt("no-persistent-logging", "Keep the journal in memory only.");
    const auto macO =
        opt("random-mac-scan", "Scan for WiFi with a random MAC address.", "true|false");
    const auto countryO = opt("country", "WiFi country (ISO 3166-1 alpha-2).", "CC");
    const auto ntpO = opt("ntp", "Extra NTP servers, as stored in config.json.", "SERVERS");
    const auto dnsO = opt("dns", "DNS servers as stored in config.json, or null.", "SERVERS");
    const auto uriO = opt("connectivity-uri", "Connectivity check URL.", "URL");
    const auto intervalO =
        opt("connectivity-interval", "Connectivity check interval in seconds.", "SECONDS");
    const auto responseO =
        opt("connectivity-response", "Expected connectivity check response.", "TEXT");
    const auto dryRunO = opt("dry-run", "Print the plan, write nothing.");
    const auto backupO = opt("backup", "Save the replaced files to DIR.", "DIR");
    const auto jsonO = opt("json", "Print the plan as JSON (see app/cli/json/config.md).");
    const auto partitionO =
        opt("partition", "Use partition N instead of the boot partition found by its label.", "N");
    const auto yesO = opt("yes", "Apply without asking (asking happens only at a terminal).");
    parser.addOptions({profileO,  hostnameO, wifiO,   pskO,    sshO,     udevO,      logoO, devO,
                       noDevO,    logO,      noLogO,  macO,    countryO, ntpO,       dnsO,  uriO,
                       intervalO, responseO, dryRunO, backupO, jsonO,    partitionO, yesO});
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("image file, drive or mounted boot directory"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        printMessage(tr("'configure' takes exactly one TARGET; see 'imprint configure --help'."));
        return app::ExitUsage;
    }
    const QString target = parser.positionalArguments().first();
    const auto usage = [](const Error& e) {
        printError(e);
        return static_cast<int>(app::ExitUsage);
    };

    provision::Profile profile;
    if (parser.isSet(profileO)) {
        auto path = app::findProfile(parser.value(profileO));
        if (!path) {
            return usage(path.error());
        }
        auto data = readSmallFile(*path);
        if (!data) {
            return usage(data.error());
        }
        auto p = provision::Profile::parse(
            std::string(data->constData(), static_cast<std::size_t>(data->size())));
        if (!p) {
            return usage(p.error());
        }
        profile = std::move(p).value();
    }
    if (parser.isSet(devO) && parser.isSet(noDevO)) {
        printMessage(tr("--dev and --no-dev exclude each other."));
        return app::ExitUsage;
    }
    if (parser.isSet(logO) && parser.isSet(noLogO)) {
        printMessage(tr("--persistent-logging and --no-persistent-logging exclude each other."));
        return app::ExitUsage;
    }
    const auto str = [&](const QCommandLineOption& o, std::optional<std::string>& field) {
        if (parser.isSet(o)) {
            field = parser.value(o).toStdString();
        }
    };
    str(hostnameO, profile.hostname);
    str(countryO, profile.country);
    str(ntpO, profile.ntpServers);
    str(dnsO, profile.dnsServers);
    str(uriO, profile.connectivityUri);
    str(intervalO, profile.connectivityInterval);
    str(responseO, profile.connectivityResponse);
    if (parser.isSet(logoO)) {
        profile.logo = parser.value(logoO).toStdString();
    }
    if (parser.isSet(devO) || parser.isSet(noDevO)) {
        profile.developmentMode = parser.isSet(devO);
    }
    if (parser.isSet(logO) || parser.isSet(noLogO)) {
        profile.persistentLogging = parser.isSet(logO);
    }
    if (parser.isSet(macO)) {
        const QString v = parser.value(macO);
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            printMessage(tr("--random-mac-scan takes true or false."));
            return app::ExitUsage;
        }
        profile.randomMacAddressScan = v == QLatin1String("true");
    }
    std::vector<provision::WifiNetwork> networks;
    if (!pairNetworks(arguments, networks)) {
        return app::ExitUsage;
    }
    profile.networks.insert(profile.networks.end(), networks.begin(), networks.end());
    for (const QString& file : parser.values(sshO)) {
        auto data = readSmallFile(file);
        if (!data) {
            return usage(data.error());
        }
        for (const QByteArray& line : data->split('\n')) {
            const QByteArray t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith('#')) {
                profile.sshKeys.push_back(t.toStdString());
            }
        }
    }
    for (const QString& spec : parser.values(udevO)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printMessage(tr("--udev-rule takes NAME=FILE, not '%1'.").arg(spec));
            return app::ExitUsage;
        }
        auto data = readSmallFile(spec.mid(eq + 1));
        if (!data) {
            return usage(data.error());
        }
        profile.udevRules.push_back({spec.left(eq).toStdString(), data->toStdString()});
    }

    std::optional<int> partition;
    if (parser.isSet(partitionO)) {
        bool ok = false;
        const int n = parser.value(partitionO).toInt(&ok);
        if (!ok || n < 1) {
            printMessage(tr("--partition takes a partition number (1 or more)."));
            return app::ExitUsage;
        }
        partition = n;
    }
    const bool dryRun = parser.isSet(dryRunO);
    bool refused = false;
    auto boot =
        app::openBootTarget(target, {.writable = !dryRun, .partition = partition}, &refused);
    if (!boot) {
        printError(boot.error());
        if (boot.error().code == "boot.no_partition" || boot.error().code == "boot.not_fat") {
            return app::ExitUsage;
        }
        return refused ? app::ExitRefused : app::ExitFailure;
    }
    if ((*boot)->location().isGuess()) {
        printMessage(tr("No partition is labelled as the boot partition and none holds "
                        "device-type.json; using partition 1."));
    }
    const QString backup =
        parser.isSet(backupO) ? parser.value(backupO) : app::defaultBackupDirectory();
    auto plan = provision::makePlan(profile, **boot, {.backupDirectory = backup.toStdString()});
    if (!plan) {
        printError(plan.error());
        return plan.error().code.starts_with("json.") ? app::ExitUsage : app::ExitFailure;
    }
    for (const auto& n : plan->notices) {
        printMessage(app::errorText(n));
    }
    for (const auto& i : plan->issues) {
        printMessage(app::describeIssue(i));
    }
    const bool json = parser.isSet(jsonO);
    if (plan->refused()) {
        printMessage(tr("Nothing was written: fix the errors above."));
        if (json) {
            QJsonObject o = app::planToJson(*plan);
            o.insert(QStringLiteral("applied"), false);
            printJson(QJsonDocument(o));
        }
        return app::ExitUsage;
    }
    if (!json) {
        for (const auto& line : app::planText(*plan)) {
            printResult(line);
        }
    }
    bool applied = false;
    // Only a person at a terminal is asked; a script (stdin not a terminal) or --yes never is.
    if (!dryRun && !plan->empty() && mayAsk(parser.isSet(yesO)) &&
        !askYesNo(tr("Write these changes to %1?").arg(target))) {
        printMessage(tr("Nothing was written."));
        return app::ExitRefused;
    }
    if (!dryRun && !plan->empty()) {
        auto report = provision::apply(*plan, **boot);
        if (!report) {
            printError(report.error());
            return report.error().code == "plan.verify_failed" ? app::ExitVerifyFailed
                                                               : app::ExitFailure;
        }
        applied = true;
    }
    if (json) {
        QJsonObject o = app::planToJson(*plan);
        o.insert(QStringLiteral("applied"), applied);
        o.insert(QStringLiteral("dryRun"), dryRun);
        printJson(QJsonDocument(o));
    } else if (applied) {
        // A plain int: lupdate skips a translate() whose count holds a template's <>.
        const int files = static_cast<int>(plan->changes.size());
        printMessage(QCoreApplication::translate(
            "imprint::cli", "Done: %n file(s) written and read back.", nullptr, files));
    }
    return app::ExitOk;
}

const CommandRegistration registration(
    {"configure",
     QT_TRANSLATE_NOOP("Cli", "Configure a boot partition: config.json, WiFi, SSH keys, logo..."),
     runConfigure});

} // namespace
} // namespace imprint::cli
