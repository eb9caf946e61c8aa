#include "app/cli/output.h"

#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "flasher/platform/system.h"

#include <QCoreApplication>

#include <cstdio>

namespace imprint::cli {
namespace {
void write(FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void printResult(const QString& line) { write(stdout, line + QLatin1Char('\n')); }

void printJson(const QJsonDocument& document) {
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void printMessage(const QString& message) {
    write(stderr, QStringLiteral("imprint: ") + message + QLatin1Char('\n'));
}

void printError(const Error& error) { printMessage(app::describeError(error)); }

bool mayAsk(bool yes) { return !yes && platform::isTerminal(platform::StandardStream::Input); }

bool askYesNo(const QString& question) {
    write(stderr,
          QStringLiteral("imprint: ") + question + QCoreApplication::translate("Cli", " [y/N] "));
    char line[256] = {};
    if (std::fgets(line, sizeof line, stdin) == nullptr) {
        return false;
    }
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    //: The first letter of the word for "yes", as typed at a [y/N] question.
    const QString yes = QCoreApplication::translate("Cli", "y");
    return answer.startsWith(QLatin1Char('y')) || (!yes.isEmpty() && answer.startsWith(yes));
}

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, int& exitCode) {
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printMessage(parser.errorText());
        printMessage(QCoreApplication::translate("Cli", "Try '%1 --help' for more information.")
                         .arg(arguments.value(0)));
        exitCode = app::ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the executable in the usage line; name the subcommand instead.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString first = text.left(eol);
        const qsizetype options = first.indexOf(QLatin1String(" ["));
        text.replace(0, options < 0 ? eol : options,
                     QCoreApplication::translate("Cli", "Usage: %1").arg(arguments.value(0)));
        write(stdout, text);
        exitCode = app::ExitOk;
        return false;
    }
    return true;
}

} // namespace imprint::cli
