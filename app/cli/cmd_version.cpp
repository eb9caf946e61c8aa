// imprint version compare A B | sort [VERSION...] | parse VERSION
#include "app/cli/commands.h"
#include "app/cli/output.h"
#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "core/version/osversion.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace imprint::cli {
namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

QJsonObject toJson(const OsVersion& v) {
    return {{QStringLiteral("version"), QString::fromStdString(v.toString())},
            {QStringLiteral("major"), static_cast<qint64>(v.major())},
            {QStringLiteral("minor"), static_cast<qint64>(v.minor())},
            {QStringLiteral("patch"), static_cast<qint64>(v.patch())},
            {QStringLiteral("label"), QString::fromStdString(v.label())},
            {QStringLiteral("revision"), static_cast<qint64>(v.revision())},
            {QStringLiteral("development"), v.isDevelopment()}};
}

int compare(const QStringList& args, bool json) {
    if (args.size() != 2) {
        printMessage(tr("'version compare' takes exactly two versions."));
        return app::ExitUsage;
    }
    const auto a = OsVersion::parse(args[0].toStdString());
    const auto b = OsVersion::parse(args[1].toStdString());
    if (!a || !b) {
        printError(!a ? a.error() : b.error());
        return app::ExitUsage;
    }
    const auto c = *a <=> *b;
    const QString sign = c < 0   ? QStringLiteral("<")
                         : c > 0 ? QStringLiteral(">")
                                 : QStringLiteral("=");
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("a"), toJson(*a)},
                                            {QStringLiteral("b"), toJson(*b)},
                                            {QStringLiteral("result"), sign}}));
    } else {
        printResult(sign);
    }
    return app::ExitOk;
}

int sort(const QStringList& args, bool json) {
    QStringList lines = args;
    if (lines.isEmpty()) {
        QTextStream in(stdin);
        in.setEncoding(QStringConverter::Utf8);
        QString line;
        while (in.readLineInto(&line)) {
            lines << line;
        }
    }
    struct Entry {
        OsVersion version;
        QString line;
    };
    std::vector<Entry> entries;
    bool invalid = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty()) {
            continue;
        }
        auto v = OsVersion::parse(lines[i].toStdString());
        if (!v) {
            printMessage(tr("line %1: %2").arg(i + 1).arg(app::errorText(v.error())));
            invalid = true;
            continue;
        }
        entries.push_back({std::move(v).value(), lines[i]});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& x, const Entry& y) { return x.version < y.version; });
    if (json) {
        QJsonArray array;
        for (const auto& e : entries) {
            QJsonObject o = toJson(e.version);
            o.insert(QStringLiteral("line"), e.line);
            array.append(o);
        }
        printJson(QJsonDocument(array));
    } else {
        for (const auto& e : entries) {
            printResult(e.line);
        }
    }
    return invalid ? app::ExitUsage : app::ExitOk;
}

int parse(const QStringList& args, bool json) {
    if (args.size() != 1) {
        printMessage(tr("'version parse' takes exactly one version."));
        return app::ExitUsage;
    }
    const auto v = OsVersion::parse(args[0].toStdString());
    if (!v) {
        printError(v.error());
        return app::ExitUsage;
    }
    if (json) {
        printJson(QJsonDocument(toJson(*v)));
    } else {
        printResult(QString::fromStdString(v->toString()));
    }
    return app::ExitOk;
}

} // namespace

int runVersion(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare, sort and parse balenaOS versions (X.Y.Z[-label][+revN]).\n\n"
           "  compare A B         print <, = or > \n"
           "  sort [VERSION...]   print the versions (or stdin's lines) in ascending order\n"
           "  parse VERSION       print the version in canonical form"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print the result as JSON (see the README)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("action"), tr("compare, sort or parse"));
    parser.addPositionalArgument(QStringLiteral("versions"), tr("the versions"),
                                 QStringLiteral("[VERSION...]"));
    int exitCode = 0;
    if (!parseArguments(parser, arguments, exitCode)) {
        return exitCode;
    }
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    const bool json = parser.isSet(jsonOption);
    if (action == QLatin1String("compare")) {
        return compare(positional, json);
    }
    if (action == QLatin1String("sort")) {
        return sort(positional, json);
    }
    if (action == QLatin1String("parse")) {
        return parse(positional, json);
    }
    printMessage(action.isEmpty()
                     ? tr("'version' needs an action: compare, sort or parse.")
                     : tr("Unknown action '%1': use compare, sort or parse.").arg(action));
    return app::ExitUsage;
}

namespace {
const CommandRegistration registration(
    {"version", QT_TRANSLATE_NOOP("Cli", "Compare and sort balenaOS versions"), runVersion});
} // namespace

} // namespace imprint::cli
