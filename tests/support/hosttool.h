// The tests' one way to run a real tool (mkfs.fat, mtools, sfdisk, xz, sh...): on Linux the tool
// itself through QProcess; in the Windows build, run under Wine, the same Linux tool on the host,
// asked of tests/support/hosttools.py (Wine starts a Linux program but loses its exit code).
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace imprint::test {

struct ToolRun {
    int exitCode = -1; // -1: killed, crashed or timed out; 127: not installed
    QByteArray out;
    QByteArray err;
};

inline constexpr int kToolTimeoutMs = 300000;

// Runs `program` with `args`, `input` on its stdin, the test's environment plus `extraEnv`
// ("NAME=value" each) and the test's working folder. Under Wine, arguments that are Windows paths
// (C:/..., Z:\...) reach the tool as the host paths they name; paths in its output stay the
// host's, so tests compare data, not paths.
ToolRun runTool(const QString& program, const QStringList& args, const QByteArray& input = {},
                const QStringList& extraEnv = {}, int timeoutMs = kToolTimeoutMs);

// True when `program` is on the PATH where runTool runs it (under Wine: the host's).
bool toolInstalled(const QString& program);

// `sh -ec script sh args...`: paths go in as "$1", "$2"... (each translated as above), never
// pasted into the script.
ToolRun shell(const QString& script, const QStringList& args = {}, const QByteArray& input = {},
              const QStringList& extraEnv = {}, int timeoutMs = kToolTimeoutMs);

} // namespace imprint::test
