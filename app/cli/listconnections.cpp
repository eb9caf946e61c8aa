#include "app/cli/listconnections.h"

#include "app/cli/output.h"
#include "app/common/config/connectionlist.h"
#include "app/common/disk/boottarget.h"
#include "app/common/exitcode.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

} // namespace

int runListConnections(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the connections in the boot partition's system-connections/ folder of an image "
           "file, a drive or a mounted boot directory: id, type, IPv4 and IPv6 method and "
           "addresses, SSID and security. Secrets are masked unless --show-secrets."));
    const QCommandLineOption jsonO(QStringLiteral("json"),
                                   tr("Print JSON (see app/cli/json/config.md)."));
    const QCommandLineOption secretsO(QStringLiteral("show-secrets"),
                                      tr("Print pass phrases, passwords and PINs as they are."));
    parser.addOptions({jsonO, secretsO});
    parser.addPositionalArgument(QStringLiteral("list-connections"), tr("the action"));
    parser.addPositionalArgument(QStringLiteral("target"), tr("image, drive or directory"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        printMessage(tr("'config list-connections' takes one TARGET."));
        return app::ExitUsage;
    }
    bool refused = false;
    auto boot =
        app::openBootTarget(pos[1], {.writable = false, .partition = std::nullopt}, &refused);
    if (!boot) {
        printError(boot.error());
        return refused ? app::ExitRefused : app::ExitFailure;
    }
    auto list = provision::listConnections(**boot);
    if (!list) {
        printError(list.error());
        return app::ExitFailure;
    }
    const bool secrets = parser.isSet(secretsO);
    if (parser.isSet(jsonO)) {
        printJson(
            QJsonDocument(QJsonObject{{"connections", app::connectionsToJson(*list, secrets)}}));
        return app::ExitOk;
    }
    if (list->empty()) {
        printMessage(tr("No connections in system-connections/."));
    }
    for (const auto& c : *list) {
        for (const QString& line : app::connectionLines(c, secrets)) {
            printResult(line);
        }
    }
    return app::ExitOk;
}

} // namespace imprint::cli
