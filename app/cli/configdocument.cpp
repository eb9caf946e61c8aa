#include "app/cli/configdocument.h"

#include "app/cli/output.h"
#include "app/common/config/applywithbackups.h"
#include "app/common/config/configtext.h"
#include "app/common/disk/boottarget.h"
#include "app/common/exitcode.h"
#include "core/config/validate.h"
#include "core/provision/plan.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

} // namespace

std::string fromBytes(const QByteArray& b) {
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

Result<ConfigDocument> openConfigDocument(const QString& target, bool writable, int& exitCode) {
    ConfigDocument d;
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

namespace {

void printIssues(const std::vector<config::Issue>& issues) {
    for (const auto& i : issues) {
        printMessage(app::describeIssue(i));
    }
}

} // namespace

int writeConfigDocument(ConfigDocument& d, const config::Config& after, const QString& backup,
                        bool dryRun) {
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
    auto report = app::applyWithBackups(*plan, *d.boot);
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

} // namespace imprint::cli
