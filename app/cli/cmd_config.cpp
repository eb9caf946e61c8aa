// imprint config get|set|unset|validate|show|inject TARGET ...: read and edit config.json in a
// config.json file, an image file, a drive or a mounted boot directory. Edits are validated
// first and write nothing when refused; see app/cli/json/config.md for --json.
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/config/configtext.h"
#include "app/common/disk/boottarget.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "core/config/validate.h"
#include "core/provision/plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace imprint::cli {
namespace {

using config::Json;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

struct Document {
    QString target;
    bool isFile = false;
    std::unique_ptr<disk::BootPartition> boot;
    config::Config config;
};

struct Failure {
    Error error;
    int exitCode;
};

std::string fromBytes(const QByteArray& b) {
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

// Opens TARGET and reads its config.json. Fails with the exit code to use.
Result<Document> open(const QString& target, bool writable, int& exitCode) {
    Document d;
    d.target = target;
    std::string text;
    if (app::isJsonFileTarget(target)) {
        d.isFile = true;
        QFile f(target);
        if (!f.open(QIODevice::ReadOnly)) {
            exitCode = app::ExitFailure;
            return Error("disk.open_failed")
                .with("path", target.toStdString())
                .with("reason", f.errorString().toStdString());
        }
        text = fromBytes(f.read(static_cast<qint64>(config::maxConfigBytes) + 1));
        if (text.size() > config::maxConfigBytes) {
            text.resize(config::maxConfigBytes + 1); // parseJson reports the size
            exitCode = app::ExitUsage;
            return Error("json.too_large")
                .with("size", std::to_string(f.size()))
                .with("limit", std::to_string(config::maxConfigBytes));
        }
    } else {
        bool refused = false;
        auto boot = app::openBootTarget(target, {.writable = writable, .partition = std::nullopt},
                                        &refused);
        if (!boot) {
            exitCode = refused ? app::ExitRefused : app::ExitFailure;
            return boot.error();
        }
        d.boot = std::move(boot).value();
        auto data = d.boot->readFile("config.json");
        if (!data) {
            exitCode = app::ExitFailure;
            return data.error();
        }
        text.assign(data->begin(), data->end());
    }
    auto parsed = config::Config::parse(text);
    if (!parsed) {
        exitCode = app::ExitUsage;
        return std::move(parsed).takeError();
    }
    d.config = std::move(parsed).value();
    return d;
}

void printIssues(const std::vector<config::Issue>& issues) {
    for (const auto& i : issues) {
        printMessage(app::describeIssue(i));
    }
}

// Validates the edit, then writes it (a file atomically; a boot partition through a plan with
// backups). Prints what it did to stderr.
int write(Document& d, const config::Config& after, const QString& backup, bool dryRun) {
    const auto issues = config::validateEdit(d.config, after);
    printIssues(issues);
    if (config::hasErrors(issues)) {
        printMessage(tr("Nothing was written: the change has errors."));
        return app::ExitUsage;
    }
    if (after == d.config) {
        printMessage(tr("No change: config.json already holds this."));
        return app::ExitOk;
    }
    if (dryRun) {
        for (const auto& l :
             provision::lineDiff(config::toText(config::maskSecrets(d.config.json())),
                                 config::toText(config::maskSecrets(after.json())))) {
            printResult(QString::fromStdString(l));
        }
        return app::ExitOk;
    }
    if (d.isFile) {
        QSaveFile f(d.target);
        const std::string text = after.toText();
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(text.data(), static_cast<qint64>(text.size())) !=
                static_cast<qint64>(text.size()) ||
            !f.commit()) {
            printError(Error("disk.write_failed")
                           .with("path", d.target.toStdString())
                           .with("reason", f.errorString().toStdString()));
            return app::ExitFailure;
        }
        return app::ExitOk;
    }
    auto plan =
        provision::makeConfigPlan(after, *d.boot, {.backupDirectory = backup.toStdString()});
    if (!plan) {
        printError(plan.error());
        return app::ExitFailure;
    }
    auto report = provision::apply(*plan, *d.boot);
    if (!report) {
        printError(report.error());
        return report.error().code == "plan.verify_failed" ? app::ExitVerifyFailed
                                                           : app::ExitFailure;
    }
    for (const auto& b : report->backedUp) {
        printMessage(tr("Saved the old file to %1").arg(QString::fromStdString(b)));
    }
    return app::ExitOk;
}

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

int runConfig(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Read and edit config.json in a config.json file, an image file, a drive or a mounted boot "
        "directory.\n\n"
        "  get TARGET KEY          print a value (strings raw, the rest as JSON)\n"
        "  set TARGET KEY VALUE    set a value (typed as the schema says)\n"
        "  unset TARGET KEY        remove a key\n"
        "  validate TARGET         check against the schema and the semantic rules\n"
        "  show TARGET             print the whole file\n"
        "  inject TARGET FILE      deep-merge FILE into config.json (--replace: replace it)\n\n"
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
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    QStringList pos = parser.positionalArguments();
    const QString action = pos.isEmpty() ? QString() : pos.takeFirst();
    static const QStringList actions{"get", "set", "unset", "validate", "show", "inject"};
    if (!actions.contains(action)) {
        printMessage(
            action.isEmpty()
                ? tr("'config' needs an action: get, set, unset, validate, show or inject.")
                : tr("Unknown action '%1': use get, set, unset, validate, show or inject.")
                      .arg(action));
        return app::ExitUsage;
    }
    const int wanted = action == "set"                                                ? 3
                       : (action == "get" || action == "unset" || action == "inject") ? 2
                                                                                      : 1;
    if (pos.size() != wanted) {
        printMessage(QCoreApplication::translate(
                         "imprint::cli",
                         "'config %1' takes %n argument(s); see 'imprint config --help'.", nullptr,
                         wanted)
                         .arg(action));
        return app::ExitUsage;
    }
    if (parser.isSet(jsonOption) && parser.isSet(stringOption)) {
        printMessage(tr("--json and --string exclude each other."));
        return app::ExitUsage;
    }
    const bool json = parser.isSet(jsonOption);
    const bool showSecrets = parser.isSet(secretsOption);
    const bool edits = action == "set" || action == "unset" || action == "inject";
    const bool dryRun = parser.isSet(dryRunOption);
    const QString backup =
        parser.isSet(backupOption) ? parser.value(backupOption) : app::defaultBackupDirectory();

    std::string pointer;
    if (action == "get" || action == "set" || action == "unset") {
        auto p = config::keyToPointer(pos[1].toStdString());
        if (!p) {
            printError(p.error());
            return app::ExitUsage;
        }
        pointer = *p;
    }
    // Read the value or file first: a bad argument must not even open the target for writing.
    Json newValue;
    if (action == "set") {
        auto v = valueFor(pointer, pos[2], json, parser.isSet(stringOption));
        if (!v) {
            printError(v.error());
            return app::ExitUsage;
        }
        newValue = std::move(v).value();
    }
    Json patch;
    if (action == "inject") {
        QFile f(pos[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            printError(Error("disk.open_failed")
                           .with("path", pos[1].toStdString())
                           .with("reason", f.errorString().toStdString()));
            return app::ExitUsage;
        }
        auto parsed =
            config::parseJson(fromBytes(f.read(static_cast<qint64>(config::maxConfigBytes) + 1)));
        if (!parsed || !parsed->is_object()) {
            printError(parsed ? Error("config.not_an_object").with("key", "/") : parsed.error());
            return app::ExitUsage;
        }
        patch = std::move(parsed).value();
    }

    auto doc = open(pos[0], edits && !dryRun, exitCode);
    if (!doc) {
        if (action == "validate" && json && exitCode == app::ExitUsage) {
            const config::Issue issue{config::Severity::Error, doc.error(), false};
            printJson(QJsonDocument(
                QJsonObject{{"valid", false}, {"issues", QJsonArray{app::issueToJson(issue)}}}));
        } else {
            printError(doc.error());
        }
        return exitCode;
    }
    if (action == "get") {
        const Json* v = doc->config.find(pointer);
        if (v == nullptr) {
            printMessage(tr("%1 is not set.").arg(QString::fromStdString(pointer)));
            return app::ExitFailure;
        }
        printResult(shown(*v, pointer, showSecrets));
        return app::ExitOk;
    }
    if (action == "show") {
        const Json out = showSecrets ? doc->config.json() : config::maskSecrets(doc->config.json());
        if (json) {
            printResult(QString::fromStdString(out.dump()));
        } else {
            const std::string text = config::toText(out);
            printResult(QString::fromStdString(text.substr(0, text.size() - 1)));
        }
        return app::ExitOk;
    }
    if (action == "validate") {
        const auto issues = config::validate(doc->config);
        if (json) {
            QJsonArray list;
            for (const auto& i : issues) {
                list.append(app::issueToJson(i));
            }
            printJson(QJsonDocument(
                QJsonObject{{"valid", !config::hasErrors(issues)}, {"issues", list}}));
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
    config::Config after = doc->config;
    if (action == "set") {
        if (auto r = after.set(pointer, newValue); !r) {
            printError(r.error());
            return app::ExitUsage;
        }
    } else if (action == "unset") {
        if (!after.unset(pointer)) {
            printMessage(
                tr("%1 is not set; nothing to remove.").arg(QString::fromStdString(pointer)));
            return app::ExitOk;
        }
    } else if (parser.isSet(replaceOption)) {
        after = config::Config(patch);
    } else {
        after.merge(patch);
    }
    return write(*doc, after, backup, dryRun);
}

const CommandRegistration registration(
    {"config", QT_TRANSLATE_NOOP("Cli", "Read, edit and validate config.json"), runConfig});

} // namespace
} // namespace imprint::cli
