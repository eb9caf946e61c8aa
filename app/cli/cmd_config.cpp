// imprint config get|set|unset|validate|show|inject TARGET ...: read and edit config.json in a
// config.json file, an image file, a drive or a mounted boot directory. Edits are validated
// first and write nothing when refused; see app/cli/json/config.md for --json.
#include "app/cli/commands.h"
#include "app/cli/configdocument.h"
#include "app/cli/listconnections.h"
#include "app/cli/output.h"
#include "app/common/config/configtext.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/folders/userfolders.h"
#include "core/config/validate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace imprint::cli {
namespace {

using config::Json;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

// VALUE as the schema types KEY; unknown keys: JSON when it parses, else a string.
Result<Json> valueFor(const std::string& pointer, const QString& value, bool forceJson,
                      bool forceString) {
    const std::string v = value.toStdString();
    if (forceString) {
        return Json(v);
    }
    const std::string type = forceJson ? std::string() : config::schemaTypeAt(pointer);
    const auto bad = [&](const char* expected) {
        return Error("config.bad_value")
            .with("key", pointer)
            .with("expected", expected)
            .with("value", v)
            .atPointer(pointer);
    };
    if (type == "string") {
        return Json(v);
    }
    if (type == "boolean") {
        if (v == "true" || v == "false") {
            return Json(v == "true");
        }
        return bad("boolean");
    }
    auto parsed = config::parseJson(v);
    if (type.empty() && !forceJson) {
        return parsed ? std::move(parsed).value() : Json(v);
    }
    if (!parsed) {
        return forceJson ? std::move(parsed).takeError().atPointer(pointer) : bad(type.c_str());
    }
    const Json& j = *parsed;
    const bool ok = type.empty() || (type == "integer" && j.is_number_integer()) ||
                    (type == "number" && j.is_number()) || (type == "array" && j.is_array()) ||
                    (type == "object" && j.is_object());
    if (!ok) {
        return bad(type.c_str());
    }
    return std::move(parsed).value();
}

QString shown(const Json& value, const std::string& pointer, bool showSecrets) {
    const Json out = showSecrets ? value
                                 : (config::isSecretPointer(pointer) ? Json("********")
                                                                     : config::maskSecrets(value));
    if (out.is_string()) {
        return QString::fromStdString(out.get<std::string>());
    }
    return QString::fromStdString(out.dump());
}

struct ConfigArgs {
    QString action;  // get, set, unset, validate, show or inject
    QStringList pos; // TARGET, then KEY [VALUE] or FILE
    bool json = false;
    bool asString = false;
    bool showSecrets = false;
    bool replace = false;
    bool dryRun = false;
    QString backup;
    [[nodiscard]] bool edits() const {
        return action == "set" || action == "unset" || action == "inject";
    }
};

// The action and the number of arguments it takes; false when they do not fit (printed).
bool checkAction(const ConfigArgs& args) {
    static const QStringList actions{"get", "set", "unset", "validate", "show", "inject"};
    if (!actions.contains(args.action)) {
        printMessage(
            args.action.isEmpty()
                ? tr("'config' needs an action: get, set, unset, validate, show or inject.")
                : tr("Unknown action '%1': use get, set, unset, validate, show or inject.")
                      .arg(args.action));
        return false;
    }
    const QString& action = args.action;
    const int wanted = action == "set"                                                ? 3
                       : (action == "get" || action == "unset" || action == "inject") ? 2
                                                                                      : 1;
    if (args.pos.size() != wanted) {
        printMessage(QCoreApplication::translate(
                         "imprint::cli",
                         "'config %1' takes %n argument(s); see 'imprint config --help'.", nullptr,
                         wanted)
                         .arg(action));
        return false;
    }
    return true;
}

// Parses the arguments; false with `exitCode` set when the command ends here.
bool parseConfig(const QStringList& arguments, ConfigArgs& args, int& exitCode) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Read and edit config.json in a config.json file, an image file, a drive or a mounted boot "
        "directory.\n\n"
        "  get TARGET KEY          print a value (strings raw, the rest as JSON)\n"
        "  set TARGET KEY VALUE    set a value (typed as the schema says)\n"
        "  unset TARGET KEY        remove a key\n"
        "  validate TARGET         check against the schema and the semantic rules\n"
        "  show TARGET             print the whole file\n"
        "  inject TARGET FILE      deep-merge FILE into config.json (--replace: replace it)\n"
        "  list-connections TARGET the connections in system-connections/ (see "
        "'imprint config list-connections --help')\n\n"
        "KEY is a dotted path (os.network.connectivity.uri) or a JSON pointer "
        "(/os/udevRules/99)."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        tr("set: VALUE is JSON. get/show/validate: print JSON (see app/cli/json/config.md)."));
    const QCommandLineOption stringOption(QStringLiteral("string"),
                                          tr("set: VALUE is a string, whatever the key."));
    const QCommandLineOption secretsOption(QStringLiteral("show-secrets"),
                                           tr("Print apiKey and other secrets as they are."));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           tr("inject: replace config.json instead of merging."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("Print the change, write nothing."));
    const QCommandLineOption backupOption(QStringLiteral("backup"),
                                          tr("Save replaced files to DIR."), QStringLiteral("DIR"));
    const QCommandLineOption yesOption(QStringLiteral("yes"),
                                       tr("Do not ask (this command never asks)."));
    parser.addOptions({jsonOption, stringOption, secretsOption, replaceOption, dryRunOption,
                       backupOption, yesOption});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("get, set, unset, validate, show or inject"));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 tr("config.json, image, drive or directory"));
    parser.addPositionalArgument(QStringLiteral("args"), tr("KEY [VALUE] or FILE"),
                                 QStringLiteral("[ARGS...]"));
    if (!parseArguments(parser, arguments, exitCode)) {
        return false;
    }
    args.pos = parser.positionalArguments();
    args.action = args.pos.isEmpty() ? QString() : args.pos.takeFirst();
    if (!checkAction(args)) {
        exitCode = app::ExitUsage;
        return false;
    }
    if (parser.isSet(jsonOption) && parser.isSet(stringOption)) {
        printMessage(tr("--json and --string exclude each other."));
        exitCode = app::ExitUsage;
        return false;
    }
    args.json = parser.isSet(jsonOption);
    args.asString = parser.isSet(stringOption);
    args.showSecrets = parser.isSet(secretsOption);
    args.replace = parser.isSet(replaceOption);
    args.dryRun = parser.isSet(dryRunOption);
    args.backup =
        parser.isSet(backupOption) ? parser.value(backupOption) : app::defaultBackupDirectory();
    return true;
}

// What an edit changes: the key's pointer, set's value, inject's object.
struct ConfigEdit {
    std::string pointer;
    Json value;
    Json patch;
};

// The inject FILE's JSON object.
Result<Json> readPatch(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error("disk.open_failed")
            .with("path", path.toStdString())
            .with("reason", f.errorString().toStdString());
    }
    auto parsed =
        config::parseJson(fromBytes(f.read(static_cast<qint64>(config::maxConfigBytes) + 1)));
    if (!parsed || !parsed->is_object()) {
        return parsed ? Error("config.not_an_object").with("key", "/") : parsed.error();
    }
    return parsed;
}

// The KEY, VALUE or FILE read first: a bad argument must not even open the target for writing.
// False when one is bad (printed).
bool readEdit(const ConfigArgs& args, ConfigEdit& edit) {
    const QString& action = args.action;
    if (action == "get" || action == "set" || action == "unset") {
        auto p = config::keyToPointer(args.pos[1].toStdString());
        if (!p) {
            printError(p.error());
            return false;
        }
        edit.pointer = *p;
    }
    if (action == "set") {
        auto v = valueFor(edit.pointer, args.pos[2], args.json, args.asString);
        if (!v) {
            printError(v.error());
            return false;
        }
        edit.value = std::move(v).value();
    }
    if (action == "inject") {
        auto patch = readPatch(args.pos[1]);
        if (!patch) {
            printError(patch.error());
            return false;
        }
        edit.patch = std::move(patch).value();
    }
    return true;
}

// get, show and validate. The exit code.
int readAction(const ConfigArgs& args, const ConfigEdit& edit, const ConfigDocument& doc) {
    if (args.action == "get") {
        const Json* v = doc.config.find(edit.pointer);
        if (v == nullptr) {
            printMessage(tr("%1 is not set.").arg(QString::fromStdString(edit.pointer)));
            return app::ExitFailure;
        }
        printResult(shown(*v, edit.pointer, args.showSecrets));
        return app::ExitOk;
    }
    if (args.action == "show") {
        const Json out =
            args.showSecrets ? doc.config.json() : config::maskSecrets(doc.config.json());
        if (args.json) {
            printResult(QString::fromStdString(out.dump()));
        } else {
            const std::string text = config::toText(out);
            printResult(QString::fromStdString(text.substr(0, text.size() - 1)));
        }
        return app::ExitOk;
    }
    const auto issues = config::validate(doc.config);
    if (args.json) {
        QJsonArray list;
        for (const auto& i : issues) {
            list.append(app::issueToJson(i));
        }
        printJson(
            QJsonDocument(QJsonObject{{"valid", !config::hasErrors(issues)}, {"issues", list}}));
    } else {
        for (const auto& i : issues) {
            printResult(app::describeIssue(i));
        }
        if (issues.empty()) {
            printResult(tr("valid"));
        }
    }
    return config::hasErrors(issues) ? app::ExitUsage : app::ExitOk;
}

// set, unset and inject. The exit code.
int editAction(const ConfigArgs& args, const ConfigEdit& edit, ConfigDocument& doc) {
    config::Config after = doc.config;
    if (args.action == "set") {
        if (auto r = after.set(edit.pointer, edit.value); !r) {
            printError(r.error());
            return app::ExitUsage;
        }
    } else if (args.action == "unset") {
        if (!after.unset(edit.pointer)) {
            printMessage(
                tr("%1 is not set; nothing to remove.").arg(QString::fromStdString(edit.pointer)));
            return app::ExitOk;
        }
    } else if (args.replace) {
        after = config::Config(edit.patch);
    } else {
        after.merge(edit.patch);
    }
    return writeConfigDocument(doc, after, args.backup, args.dryRun);
}

int runConfig(const QStringList& arguments) {
    // list-connections reads system-connections/, not config.json: options of its own.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(QLatin1Char('-'))) {
            if (arguments[i] == QLatin1String("list-connections")) {
                return runListConnections(arguments);
            }
            break;
        }
    }
    ConfigArgs args;
    int exitCode = 0;
    if (!parseConfig(arguments, args, exitCode)) {
        return exitCode;
    }
    ConfigEdit edit;
    if (!readEdit(args, edit)) {
        return app::ExitUsage;
    }
    auto doc = openConfigDocument(args.pos[0], args.edits() && !args.dryRun, exitCode);
    if (!doc) {
        if (args.action == "validate" && args.json && exitCode == app::ExitUsage) {
            const config::Issue issue{config::Severity::Error, doc.error(), false};
            printJson(QJsonDocument(
                QJsonObject{{"valid", false}, {"issues", QJsonArray{app::issueToJson(issue)}}}));
        } else {
            printError(doc.error());
        }
        return exitCode;
    }
    return args.edits() ? editAction(args, edit, *doc) : readAction(args, edit, *doc);
}

const CommandRegistration registration(
    {"config", QT_TRANSLATE_NOOP("Cli", "Read, edit and validate config.json"), runConfig});

} // namespace
} // namespace imprint::cli
