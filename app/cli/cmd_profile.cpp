// imprint profile save|show|list|rm|export|import: the saved profiles the GUI and every
// --profile of the command line share (app/common/profiles' store).
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/arguments/connectionimport.h"
#include "app/common/arguments/optionorder.h"
#include "app/common/exitcode.h"
#include "app/common/profiles/profilestore.h"
#include "core/config/json.h"
#include "core/provision/profilefield.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace imprint::cli {
namespace {

using namespace imprint::app;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

int failed(const Error& e) {
    printError(e);
    const bool usage = e.code == "profile.not_found" || e.code == "profile.bad_name" ||
                       e.code == "profile.exists" || e.code.starts_with("json.") ||
                       e.code == "profile.wrong_type" || e.code == "profile.bad_value" ||
                       e.code == "profile.not_an_object" || e.code == "profile.read_failed" ||
                       e.code.starts_with("import.");
    return usage ? app::ExitUsage : app::ExitFailure;
}

QJsonObject toQt(const config::Json& json) {
    const std::string text = json.dump();
    return QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
}

// Adds the public keys in each FILE, then the NetworkManager keyfiles of each --connection.
Result<void> addFiles(const QStringList& files, const QStringList& connections,
                      provision::Profile& profile) {
    for (const QString& file : connections) {
        auto imported = app::readImportedConnection(file);
        if (!imported) {
            return imported.error();
        }
        profile.importedConnections.push_back(std::move(imported).value());
    }
    for (const QString& file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            return Error("profile.read_failed")
                .with("path", file.toStdString())
                .with("reason", f.errorString().toStdString());
        }
        const QByteArray text = f.read(1 << 20);
        provision::addSshKeys(
            profile, std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
    }
    return {};
}

// save NAME [--from FILE] [--hostname ..] [--wifi SSID [--wifi-psk PSK]].. [--country CC]
// [--ssh-key FILE].. [--connection FILE].. [--dev|--no-dev]
// [--persistent-logging|--no-persistent-logging]
// Saves `profile` as `name` unless it has errors (printed, exit 2); prints the file saved.
int checkAndSave(ProfileStore& store, const QString& name, const provision::Profile& profile) {
    for (const auto& issue : profile.check()) {
        if (issue.severity == config::Severity::Error) {
            printError(issue.error);
            return app::ExitUsage;
        }
    }
    if (auto r = store.save(name, profile); !r) {
        return failed(r.error());
    }
    printResult(store.pathOf(name));
    return app::ExitOk;
}

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
    const auto connectionO = opt("connection",
                                 "Add a NetworkManager keyfile (.nmconnection) as it is, checked, "
                                 "with the certificates it names (repeatable).",
                                 "FILE");
    const auto devO = opt("dev", "Turn development mode on.");
    const auto noDevO = opt("no-dev", "Turn development mode off.");
    const auto logO = opt("persistent-logging", "Keep the journal across reboots.");
    const auto noLogO = opt("no-persistent-logging", "Keep the journal in memory only.");
    parser.addOptions(
        {fromO, hostnameO, wifiO, pskO, countryO, sshO, connectionO, devO, noDevO, logO, noLogO});
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
    ProfileStore store;
    provision::Profile profile;
    if (parser.isSet(fromO)) {
        auto p = store.resolve(parser.value(fromO));
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
    for (const auto& [o, field] : {std::pair{&hostnameO, &provision::fields::hostname},
                                   std::pair{&countryO, &provision::fields::country}}) {
        if (parser.isSet(*o)) {
            (void)provision::setField(profile, *field, parser.value(*o).toStdString());
        }
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
    if (auto added = addFiles(parser.values(sshO), parser.values(connectionO), profile); !added) {
        return failed(added.error());
    }
    return checkAndSave(store, parser.positionalArguments().first(), profile);
}

struct ProfileArgs {
    QStringList args; // the subcommand, then its arguments
    bool json = false;
    bool showSecrets = false;
    bool replace = false;
};

// Whether the subcommand has between `min` and `max` words (itself included); printed if not.
bool need(const ProfileArgs& a, qsizetype min, qsizetype max) {
    if (a.args.size() < min || a.args.size() > max) {
        printMessage(tr("Wrong number of arguments; see 'imprint profile --help'."));
        return false;
    }
    return true;
}

int runList(const ProfileArgs& a) {
    if (!need(a, 1, 1)) {
        return app::ExitUsage;
    }
    const ProfileStore store;
    QJsonArray list;
    for (const QString& name : store.list()) {
        if (a.json) {
            list.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("path"), store.pathOf(name)}});
        } else {
            printResult(name);
        }
    }
    if (a.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("folder"), store.directory()},
                                            {QStringLiteral("profiles"), list}}));
    }
    return app::ExitOk;
}

int runShow(const ProfileArgs& a) {
    if (!need(a, 2, 2)) {
        return app::ExitUsage;
    }
    auto p = ProfileStore().resolve(a.args[1]);
    if (!p) {
        return failed(p.error());
    }
    const QJsonObject o = toQt(p->toJson(a.showSecrets));
    printJson(QJsonDocument(o));
    return app::ExitOk;
}

int runRemove(const ProfileArgs& a) {
    if (!need(a, 2, 2)) {
        return app::ExitUsage;
    }
    if (auto r = ProfileStore().remove(a.args[1]); !r) {
        return failed(r.error());
    }
    return app::ExitOk;
}

int runExport(const ProfileArgs& a) {
    if (!need(a, 3, 3)) {
        return app::ExitUsage;
    }
    if (auto r = ProfileStore().exportTo(a.args[1], a.args[2]); !r) {
        return failed(r.error());
    }
    return app::ExitOk;
}

int runImport(const ProfileArgs& a) {
    if (!need(a, 2, 3)) {
        return app::ExitUsage;
    }
    ProfileStore store;
    auto name = store.importFrom(a.args[1], a.args.value(2), a.replace);
    if (!name) {
        return failed(name.error());
    }
    if (a.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("name"), *name},
                                            {QStringLiteral("path"), store.pathOf(*name)}}));
    } else {
        printResult(*name);
    }
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
    const ProfileArgs a{parser.positionalArguments(), parser.isSet(jsonO), parser.isSet(secretsO),
                        parser.isSet(replaceO)};
    const QString command = a.args.value(0);
    for (const auto& [name, run] :
         {std::pair{"list", &runList}, std::pair{"show", &runShow}, std::pair{"rm", &runRemove},
          std::pair{"export", &runExport}, std::pair{"import", &runImport}}) {
        if (command == QLatin1String(name)) {
            return run(a);
        }
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
