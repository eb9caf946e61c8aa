// Where the command line writes: results to stdout, messages for people to stderr.
#pragma once

#include "app/common/sizetext.h" // sizes as every command prints them
#include "core/common/error.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>

namespace imprint::cli {

// A result line (stdout, UTF-8, newline added).
void printResult(const QString& line);
// A JSON result (stdout, compact, one line).
void printJson(const QJsonDocument& document);
// A message for people (stderr, "imprint: " in front, newline added).
void printMessage(const QString& message);
// An Error value, translated (stderr).
void printError(const Error& error);
// Asks a person a yes/no question on stderr and reads the answer from stdin; only an answer
// starting with "y" (or the translation's letter for yes) is a yes. Call only when stdin is a
// terminal: scripts are never asked.
bool askYesNo(const QString& question);
// Whether a command may ask a person at all: stdin is a terminal and --yes was not given.
bool mayAsk(bool yes);

// Parses a subcommand's arguments. On --help prints the help to stdout and returns 0 in
// `exitCode`; on a usage error prints it with a hint to stderr and returns 2. Returns true
// when the command should go on.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, int& exitCode);

} // namespace imprint::cli
