// imprint configure TARGET [--profile FILE|NAME] [--hostname ..] [--wifi SSID [--wifi-psk ..]]..
// [--ethernet NAME|--gsm NAME [--ipv4 ..] [--gateway ..]..].. [--connection FILE]..
// [--proxy URL [--no-proxy NET]..]
// [--ssh-key FILE].. [--udev-rule NAME=FILE].. [--logo PNG] [--dev|--no-dev] ... [--partition N]
// [--dry-run] [--yes]: a Profile (from a file and the flags) turned into a Plan for TARGET's boot
// partition, printed, confirmed when a person is at the terminal, then applied with backups and
// read back.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/arguments/connectionoptions.h"
#include "app/common/config/applywithbackups.h"
#include "app/common/config/configtext.h"
#include "app/common/disk/boottarget.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/folders/userfolders.h"
#include "core/provision/plan.h"
#include "core/provision/profilefield.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// --wifi, --ethernet, --gsm and the options of each, in the order given: each belongs to the
// connection started before it. False (the problem said) when they do not fit together.
bool addConnections(const QStringList& arguments, provision::Profile& profile) {
    const auto problem = app::appendConnections(arguments, profile);
    if (!problem) {
        return true;
    }
    switch (problem->kind) {
    case app::ConnectionOptionProblem::NoConnection:
        printMessage(problem->option == QLatin1String("--wifi-psk")
                         ? tr("Each --wifi-psk must follow its own --wifi SSID.")
                         : tr("%1 must follow the connection it belongs to (--wifi, --ethernet or "
                              "--gsm; --no-proxy: --proxy).")
                               .arg(problem->option));
        break;
    case app::ConnectionOptionProblem::BadValue:
        printMessage(tr("%1 does not take '%2'; see 'imprint configure --help'.")
                         .arg(problem->option, problem->value));
        break;
    case app::ConnectionOptionProblem::Unreadable:
        printMessage(
            tr("Cannot read %1 (%2): %3").arg(problem->value, problem->option, problem->reason));
        break;
    case app::ConnectionOptionProblem::Imported:
        printError(problem->error);
        break;
    }
    return false;
}

struct OnOff {
    bool on = false;
    bool off = false;
};

struct ConfigureArgs {
    QString target;
    std::optional<QString> profile;
    // The text settings given (--hostname, --country, --logo, ...), in the order they apply.
    std::vector<std::pair<const provision::ProfileField*, QString>> settings;
    OnOff dev;               // --dev, --no-dev
    OnOff persistentLogging; // --persistent-logging, --no-persistent-logging
    std::optional<QString> randomMacScan;
    QStringList sshKeyFiles;
    QStringList udevRules; // NAME=FILE
    std::optional<QString> partition;
    bool dryRun = false;
    bool json = false;
    bool yes = false;
    QString backup;
};

std::optional<QString> valueIfSet(const QCommandLineParser& parser, const QCommandLineOption& o) {
    return parser.isSet(o) ? std::optional(parser.value(o)) : std::nullopt;
}

int usage(const Error& e) {
    printError(e);
    return app::ExitUsage;
}

// Parses the arguments; false with `exitCode` set when the command ends here.
QString configureDescription() {
    return tr(
        "Configure the boot partition of an image file, a drive or a mounted boot directory: "
        "config.json, WiFi networks, SSH keys, udev rules, splash logo and development mode. "
        "Network options (--wifi-security, --eap-*, --mac, --gsm-*, --ipv4, --ipv6, --gateway, "
        "--dns-*, --route-metric, --priority) belong to the --wifi, --ethernet or --gsm before "
        "them. "
        "Prints the plan, saves the files it replaces, writes, and reads everything back.");
}

bool parseConfigure(const QStringList& arguments, ConfigureArgs& args, int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(configureDescription());
    const auto opt = [](const char* name, const char* help, const char* value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), tr(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), tr(help));
    };
    const auto profileO =
        opt("profile", "A saved profile: a JSON file or the name of one.", "FILE|NAME");
    const auto hostnameO = opt("hostname", "The device's host name.", "NAME");
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
    parser.addOptions({profileO, hostnameO});
    for (const auto& spec : app::connectionOptionSpecs()) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(spec.name), tr(spec.help),
                                            QString::fromLatin1(spec.valueName)));
    }
    parser.addOptions({sshO, udevO, logoO, devO, noDevO, logO, noLogO, macO, countryO, ntpO, dnsO,
                       uriO, intervalO, responseO, dryRunO, backupO, jsonO, partitionO, yesO});
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("image file, drive or mounted boot directory"));
    if (!parseArguments(parser, arguments, exitCode)) {
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        printMessage(tr("'configure' takes exactly one TARGET; see 'imprint configure --help'."));
        exitCode = app::ExitUsage;
        return false;
    }
    args.target = parser.positionalArguments().first();
    const auto given = [&parser](const QCommandLineOption& o) { return valueIfSet(parser, o); };
    namespace fields = provision::fields;
    for (const auto& [o, field] :
         {std::pair{&hostnameO, &fields::hostname}, std::pair{&countryO, &fields::country},
          std::pair{&ntpO, &fields::ntpServers}, std::pair{&dnsO, &fields::dnsServers},
          std::pair{&uriO, &fields::connectivityUri},
          std::pair{&intervalO, &fields::connectivityInterval},
          std::pair{&responseO, &fields::connectivityResponse}, std::pair{&logoO, &fields::logo}}) {
        if (auto value = given(*o)) {
            args.settings.emplace_back(field, *value);
        }
    }
    args.profile = given(profileO);
    args.dev = {parser.isSet(devO), parser.isSet(noDevO)};
    args.persistentLogging = {parser.isSet(logO), parser.isSet(noLogO)};
    args.randomMacScan = given(macO);
    args.sshKeyFiles = parser.values(sshO);
    args.udevRules = parser.values(udevO);
    args.partition = given(partitionO);
    args.dryRun = parser.isSet(dryRunO);
    args.json = parser.isSet(jsonO);
    args.yes = parser.isSet(yesO);
    args.backup = given(backupO).value_or(app::defaultBackupDirectory());
    return true;
}

// The --profile FILE|NAME the flags go over (an empty profile without one).
Result<provision::Profile> readProfile(const ConfigureArgs& args) {
    if (!args.profile) {
        return provision::Profile();
    }
    auto path = app::findProfile(*args.profile);
    if (!path) {
        return std::move(path).takeError();
    }
    auto data = readSmallFile(*path);
    if (!data) {
        return std::move(data).takeError();
    }
    return provision::Profile::parse(
        std::string(data->constData(), static_cast<std::size_t>(data->size())));
}

// The --ssh-key and --udev-rule files read into the profile. An exit code, or -1 to go on.
int addFiles(const ConfigureArgs& args, provision::Profile& profile) {
    for (const QString& file : args.sshKeyFiles) {
        auto data = readSmallFile(file);
        if (!data) {
            return usage(data.error());
        }
        provision::addSshKeys(
            profile, std::string_view(data->constData(), static_cast<std::size_t>(data->size())));
    }
    for (const QString& spec : args.udevRules) {
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
    return -1;
}

// The flags set over the profile. An exit code, or -1 to go on.
int applyFlags(const ConfigureArgs& args, const QStringList& arguments,
               provision::Profile& profile) {
    if (args.dev.on && args.dev.off) {
        printMessage(tr("--dev and --no-dev exclude each other."));
        return app::ExitUsage;
    }
    if (args.persistentLogging.on && args.persistentLogging.off) {
        printMessage(tr("--persistent-logging and --no-persistent-logging exclude each other."));
        return app::ExitUsage;
    }
    for (const auto& [field, value] : args.settings) {
        (void)provision::setField(profile, *field, value.toStdString()); // text: never refused
    }
    if (args.dev.on || args.dev.off) {
        profile.developmentMode = args.dev.on;
    }
    if (args.persistentLogging.on || args.persistentLogging.off) {
        profile.persistentLogging = args.persistentLogging.on;
    }
    if (args.randomMacScan && !provision::setField(profile, provision::fields::randomMacAddressScan,
                                                   args.randomMacScan->toStdString())) {
        printMessage(tr("--random-mac-scan takes true or false."));
        return app::ExitUsage;
    }
    if (!addConnections(arguments, profile)) {
        return app::ExitUsage;
    }
    return addFiles(args, profile);
}

// TARGET's boot partition, opened. An exit code, or -1 to go on.
int openBoot(const ConfigureArgs& args, std::unique_ptr<disk::BootPartition>& out) {
    std::optional<int> partition;
    if (args.partition) {
        bool ok = false;
        const int n = args.partition->toInt(&ok);
        if (!ok || n < 1) {
            printMessage(tr("--partition takes a partition number (1 or more)."));
            return app::ExitUsage;
        }
        partition = n;
    }
    bool refused = false;
    auto boot = app::openBootTarget(args.target, {.writable = !args.dryRun, .partition = partition},
                                    &refused);
    if (!boot) {
        printError(boot.error());
        if (boot.error().code == "boot.no_partition" || boot.error().code == "boot.not_fat") {
            return app::ExitUsage;
        }
        return refused ? app::ExitRefused : app::ExitFailure;
    }
    out = std::move(boot).value();
    if (out->location().isGuess()) {
        printMessage(tr("No partition is labelled as the boot partition and none holds "
                        "device-type.json; using partition 1."));
    }
    return -1;
}

// The plan for the partition, its notices and issues printed. An exit code, or -1 to go on.
int makePlan(const ConfigureArgs& args, const provision::Profile& profile,
             disk::BootPartition& boot, std::optional<provision::Plan>& out) {
    auto plan = provision::makePlan(profile, boot, {.backupDirectory = args.backup.toStdString()});
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
    if (plan->refused()) {
        printMessage(tr("Nothing was written: fix the errors above."));
        if (args.json) {
            QJsonObject o = app::planToJson(*plan);
            o.insert(QStringLiteral("applied"), false);
            printJson(QJsonDocument(o));
        }
        return app::ExitUsage;
    }
    out = std::move(plan).value();
    return -1;
}

// Shows the plan, asks a person at a terminal, applies it and says what it did. The exit code.
int applyPlan(const ConfigureArgs& args, const provision::Plan& plan, disk::BootPartition& boot) {
    if (!args.json) {
        for (const auto& line : app::planText(plan)) {
            printResult(line);
        }
    }
    bool applied = false;
    // Only a person at a terminal is asked; a script (stdin not a terminal) or --yes never is.
    if (!args.dryRun && !plan.empty() && mayAsk(args.yes) &&
        !askYesNo(tr("Write these changes to %1?").arg(args.target))) {
        printMessage(tr("Nothing was written."));
        return app::ExitRefused;
    }
    if (!args.dryRun && !plan.empty()) {
        auto report = app::applyWithBackups(plan, boot);
        if (!report) {
            printError(report.error());
            return report.error().code == "plan.verify_failed" ? app::ExitVerifyFailed
                                                               : app::ExitFailure;
        }
        applied = true;
    }
    if (args.json) {
        QJsonObject o = app::planToJson(plan);
        o.insert(QStringLiteral("applied"), applied);
        o.insert(QStringLiteral("dryRun"), args.dryRun);
        printJson(QJsonDocument(o));
    } else if (applied) {
        // A plain int: lupdate skips a translate() whose count holds a template's <>.
        const int files = static_cast<int>(plan.changes.size());
        printMessage(QCoreApplication::translate(
            "imprint::cli", "Done: %n file(s) written and read back.", nullptr, files));
    }
    return app::ExitOk;
}

int runConfigure(const QStringList& arguments) {
    ConfigureArgs args;
    int exitCode = 0;
    if (!parseConfigure(arguments, args, exitCode)) {
        return exitCode;
    }
    auto profile = readProfile(args);
    if (!profile) {
        return usage(profile.error());
    }
    if (int code = applyFlags(args, arguments, *profile); code >= 0) {
        return code;
    }
    std::unique_ptr<disk::BootPartition> boot;
    if (int code = openBoot(args, boot); code >= 0) {
        return code;
    }
    std::optional<provision::Plan> plan;
    if (int code = makePlan(args, *profile, *boot, plan); code >= 0) {
        return code;
    }
    return applyPlan(args, *plan, *boot);
}

const CommandRegistration registration(
    {"configure",
     QT_TRANSLATE_NOOP("Cli", "Configure a boot partition: config.json, WiFi, SSH keys, logo..."),
     runConfigure});

} // namespace
} // namespace imprint::cli
