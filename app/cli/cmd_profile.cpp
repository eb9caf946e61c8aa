// imprint profile save|show|list|rm|export|import: the saved profiles the GUI and every
// --profile of the command line share (app/common/profiles' store).
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/arguments/optionorder.h"
#include "app/common/exitcode.h"
#include "app/common/fleet/profileref.h"
#include "core/config/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imprint::cli {
namespace {

using namespace imprint::app::fleet;

Result<provision::Profile> resolve(const QString& fileOrName) {
    auto path = resolveProfilePath(fileOrName);
    if (!path) {
        return std::move(path).takeError();
    }
    return readProfileFile(*path);
}

Error notFound(const QString& name) {
    return Error("profile.not_found")
        .with("name", name.toStdString())
        .with("folder", profileFolder().toStdString());
}

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

int failed(const Error& e) {
    printError(e);
    const bool usage = e.code == "profile.not_found" || e.code == "profile.bad_name" ||
                       e.code == "profile.exists" || e.code.starts_with("json.") ||
                       e.code == "profile.wrong_type" || e.code == "profile.bad_value" ||
                       e.code == "profile.not_an_object" || e.code == "profile.read_failed";
    return usage ? app::ExitUsage : app::ExitFailure;
}

QJsonObject toQt(const config::Json& json) {
    const std::string text = json.dump();
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// save NAME [--from FILE] [--hostname ..] [--wifi SSID [--wifi-psk PSK]].. [--country CC]
// [--ssh-key FILE].. [--dev|--no-dev] [--persistent-logging|--no-persistent-logging]
int runSave(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Save a profile under NAME: the file given with --from, and/or the settings given "
           "as options (they go over the file's). A profile of that name is replaced."));
    const auto opt = [](const char* name, const char* help, const char* value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), tr(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), tr(help));
    };
    const auto fromO = opt("from", "Start from this profile file (or saved name).", "FILE");
    const auto hostnameO = opt("hostname", "The device's host name.", "NAME");
    const auto wifiO = opt("wifi", "Add a WiFi network (repeatable).", "SSID");
    const auto pskO = opt("wifi-psk", "Pass phrase of the --wifi before it.", "PSK");
    const auto countryO = opt("country", "WiFi country (ISO 3166-1 alpha-2).", "CC");
    const auto sshO = opt("ssh-key", "Add the public keys in FILE (repeatable).", "FILE");
    const auto devO = opt("dev", "Turn development mode on.");
    const auto noDevO = opt("no-dev", "Turn development mode off.");
    const auto logO = opt("persistent-logging", "Keep the journal across reboots.");
    const auto noLogO = opt("no-persistent-logging", "Keep the journal in memory only.");
    parser.addOptions({fromO, hostnameO, wifiO, pskO, countryO, sshO, devO, noDevO, logO, noLogO});
    parser.addPositionalArgument(QStringLiteral("name"), tr("the profile's name"),
                                 QStringLiteral("NAME"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        printMessage(tr("'profile save' takes one NAME."));
        return app::ExitUsage;
    }
    provision::Profile profile;
    if (parser.isSet(fromO)) {
        auto p = resolve(parser.value(fromO));
        if (!p) {
            return failed(p.error());
        }
        profile = std::move(p).value();
    }
    if ((parser.isSet(devO) && parser.isSet(noDevO)) ||
        (parser.isSet(logO) && parser.isSet(noLogO))) {
        printMessage(tr("--dev/--no-dev and --persistent-logging/--no-persistent-logging each "
                        "take one side."));
        return app::ExitUsage;
    }
    if (parser.isSet(hostnameO)) {
        profile.hostname = parser.value(hostnameO).toStdString();
    }
    if (parser.isSet(countryO)) {
        profile.country = parser.value(countryO).toStdString();
    }
    if (parser.isSet(devO) || parser.isSet(noDevO)) {
        profile.developmentMode = parser.isSet(devO);
    }
    if (parser.isSet(logO) || parser.isSet(noLogO)) {
        profile.persistentLogging = parser.isSet(logO);
    }
    // --wifi-psk belongs to the --wifi before it.
    if (!app::appendWifiNetworks(arguments, profile.networks)) {
        printMessage(tr("Each --wifi-psk must follow its own --wifi SSID."));
        return app::ExitUsage;
    }
    for (const QString& file : parser.values(sshO)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return failed(Error("profile.read_failed")
                              .with("path", file.toStdString())
                              .with("reason", f.errorString().toStdString()));
        }
        for (const QByteArray& line : f.read(1 << 20).split('\n')) {
            const QByteArray t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith('#')) {
                profile.sshKeys.push_back(t.toStdString());
            }
        }
    }
    for (const auto& issue : profile.check()) {
        if (issue.severity == config::Severity::Error) {
            printError(issue.error);
            return app::ExitUsage;
        }
    }
    const QString name = parser.positionalArguments().first();
    if (!validProfileName(name)) {
        return failed(Error("profile.bad_name").with("name", name.toStdString()));
    }
    if (auto r = writeProfileFile(profilePath(name), profile); !r) {
        return failed(r.error());
    }
    printResult(profilePath(name));
    return app::ExitOk;
}

int runProfile(const QStringList& arguments) {
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty()) {
        rest[0] = arguments.value(0) + QLatin1Char(' ') + sub;
    }
    if (sub == QLatin1String("save")) {
        return runSave(rest);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Saved profiles, shared with the desktop app and taken by --profile NAME anywhere:\n"
           "  save NAME [--from FILE] [settings]   save (see 'imprint profile save --help')\n"
           "  show P                               print a profile (P: a saved NAME or a file)\n"
           "  list                                 the saved names\n"
           "  rm NAME                              delete a saved profile\n"
           "  export NAME FILE                     copy a saved profile to FILE\n"
           "  import FILE [NAME]                   save FILE under NAME (default: its base name)"));
    const QCommandLineOption jsonO(QStringLiteral("json"),
                                   tr("JSON output (see app/cli/json/profile.md)."));
    const QCommandLineOption secretsO(QStringLiteral("show-secrets"),
                                      tr("Show WiFi pass phrases instead of ********."));
    const QCommandLineOption replaceO(QStringLiteral("replace"),
                                      tr("import: replace a saved profile of the same name."));
    parser.addOptions({jsonO, secretsO, replaceO});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("save|show|list|rm|export|import"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    const QStringList args = parser.positionalArguments();
    const bool json = parser.isSet(jsonO);
    const QString command = args.value(0);
    const auto need = [&](qsizetype min, qsizetype max) {
        if (args.size() < min || args.size() > max) {
            printMessage(tr("Wrong number of arguments; see 'imprint profile --help'."));
            return false;
        }
        return true;
    };
    if (command == QLatin1String("list")) {
        if (!need(1, 1)) {
            return app::ExitUsage;
        }
        QJsonArray list;
        for (const QString& name : savedProfiles()) {
            if (json) {
                list.append(QJsonObject{{QStringLiteral("name"), name},
                                        {QStringLiteral("path"), profilePath(name)}});
            } else {
                printResult(name);
            }
        }
        if (json) {
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("folder"), profileFolder()},
                                                {QStringLiteral("profiles"), list}}));
        }
        return app::ExitOk;
    }
    if (command == QLatin1String("show")) {
        if (!need(2, 2)) {
            return app::ExitUsage;
        }
        auto p = resolve(args[1]);
        if (!p) {
            return failed(p.error());
        }
        const QJsonObject o = toQt(p->toJson(parser.isSet(secretsO)));
        printJson(QJsonDocument(o));
        return app::ExitOk;
    }
    if (command == QLatin1String("rm")) {
        if (!need(2, 2)) {
            return app::ExitUsage;
        }
        if (!validProfileName(args[1]) || !QFileInfo(profilePath(args[1])).isFile()) {
            return failed(notFound(args[1]));
        }
        if (!QFile::remove(profilePath(args[1]))) {
            return failed(Error("profile.write_failed")
                              .with("path", profilePath(args[1]).toStdString())
                              .with("reason", "profile.file_not_removed"));
        }
        return app::ExitOk;
    }
    if (command == QLatin1String("export")) {
        if (!need(3, 3)) {
            return app::ExitUsage;
        }
        if (!validProfileName(args[1]) || !QFileInfo(profilePath(args[1])).isFile()) {
            return failed(notFound(args[1]));
        }
        auto p = readProfileFile(profilePath(args[1]));
        if (!p) {
            return failed(p.error());
        }
        if (auto r = writeProfileFile(args[2], *p); !r) {
            return failed(r.error());
        }
        return app::ExitOk;
    }
    if (command == QLatin1String("import")) {
        if (!need(2, 3)) {
            return app::ExitUsage;
        }
        auto p = readProfileFile(args[1]);
        if (!p) {
            return failed(p.error());
        }
        const QString name = args.size() > 2 ? args[2] : QFileInfo(args[1]).completeBaseName();
        if (!validProfileName(name)) {
            return failed(Error("profile.bad_name").with("name", name.toStdString()));
        }
        if (QFileInfo(profilePath(name)).exists() && !parser.isSet(replaceO)) {
            return failed(Error("profile.exists").with("name", name.toStdString()));
        }
        if (auto r = writeProfileFile(profilePath(name), *p); !r) {
            return failed(r.error());
        }
        if (json) {
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                {QStringLiteral("path"), profilePath(name)}}));
        } else {
            printResult(name);
        }
        return app::ExitOk;
    }
    printMessage(tr("'profile' needs one of save, show, list, rm, export, import; see "
                    "'imprint profile --help'."));
    return app::ExitUsage;
}

const CommandRegistration registration(
    {"profile", QT_TRANSLATE_NOOP("Cli", "Save, show, list, remove, export and import profiles"),
     runProfile});

} // namespace
} // namespace imprint::cli
