#include "app/cli/support/batchsets.h"

#include "app/cli/output.h"
#include "app/common/batch/imagecompress.h"
#include "app/common/exitcode.h"
#include "app/common/write/writeoutcome.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace imprint::cli {
namespace {

using namespace imprint::app::batch;

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

// Targets written by one decompression when making image files, and the buffers they share:
// each target costs a few MiB beside the xz decoder's own (over 100 MiB with several
// threads), so 5 targets with 4 shared 2 MiB chunks keep the run well under 200 MiB
// (measured by tests/bench/batch.sh: 6 targets and 6 chunks peaked at 199 MiB).
constexpr std::size_t kFilesPerGroup = 5;
constexpr std::size_t kChunkBytes = 2 << 20;
constexpr std::size_t kChunkCount = 4;

bool ask(const QString& question) {
    std::fputs(qPrintable(QStringLiteral("imprint: ") + question), stderr);
    std::fflush(stderr);
    char line[64] = {};
    return std::fgets(line, sizeof line, stdin) != nullptr && line[0] != 'q' && line[0] != 'n';
}

Result<QString> compress(const QString& file, const QString& kind) {
    return app::batch::compressImage(file, kind == QLatin1String("xz")
                                               ? app::batch::Compression::Xz
                                               : app::batch::Compression::Zstd);
}

// Whether the set of drives `names` may be written: after the first set only a person can put
// in the next one (without a terminal the run stops and says how to go on), and a person
// confirms each set.
bool maySetBeWritten(const BatchArgs& args, const std::vector<const DevicePlan*>& group,
                     const QStringList& names, std::size_t left, std::size_t sets) {
    if (args.outDir.isEmpty() && sets > 0 && !args.interactive) {
        // A plain int: lupdate skips a translate() whose count holds a template's <>.
        const int count = static_cast<int>(left);
        printMessage(
            QCoreApplication::translate("imprint::cli",
                                        "%n device(s) left: put in the next set and "
                                        "run again with --resume --report %1.",
                                        nullptr, count)
                .arg(args.reportPath.isEmpty() ? QStringLiteral("FILE") : args.reportPath));
        return false;
    }
    return !(args.outDir.isEmpty() && args.interactive &&
             !ask(tr("Rows %1-%2 go to %3: everything on them is erased. Press Enter to write, "
                     "q to stop. ")
                      .arg(group.front()->device.row)
                      .arg(group.back()->device.row)
                      .arg(names.join(QStringLiteral(", ")))));
}

// A written image compressed when asked, and the row's outcome printed. A compression failure
// sets `code` when nothing else has.
void finishRow(const BatchArgs& args, DeviceResult& r, int& code) {
    if (r.ok && !args.compressKind.isEmpty()) {
        auto packed = compress(r.target, args.compressKind);
        if (packed) {
            r.target = *packed;
        } else {
            r.ok = false;
            r.error = packed.error();
        }
    }
    if (!r.ok && r.error && code == app::ExitOk) {
        code = app::exitCodeOf(flasher::verdictOf(*r.error)); // compression failed
    }
    if (args.json) {
        return;
    }
    if (r.ok) {
        printResult(
            tr("row %1: %2 %3 (uuid %4)")
                .arg(r.row)
                .arg(r.target, r.verified ? tr("written and verified") : tr("written"), r.uuid));
    } else if (r.error) {
        printMessage(tr("row %1: %2").arg(r.row).arg(r.target));
        printError(*r.error);
    }
}

// Writes one set through one decompression; false when it was refused (nothing of it written,
// the run stops).
bool writeSet(const BatchArgs& args, const BatchInput& in,
              const std::vector<const DevicePlan*>& group, const QStringList& names,
              std::vector<DeviceResult>& results, int& code) {
    if (!args.json) {
        printMessage(tr("Writing rows %1-%2 of %3...")
                         .arg(group.front()->device.row)
                         .arg(group.back()->device.row)
                         .arg(in.planned.plans.size()));
    }
    WriteGroupOptions options;
    options.verify = args.verify;
    options.bmapPath = in.bmapPath;
    options.interactive = args.interactive;
    if (!args.outDir.isEmpty()) {
        options.chunkBytes = kChunkBytes;
        options.chunkCount = kChunkCount;
    }
    auto written = writeGroup(args.image, group, names, options);
    if (written.refused) {
        for (const auto& r : written.devices) {
            if (r.error) {
                printError(*r.error);
            }
        }
        code = app::exitCodeOf(written.verdict); // nothing of this set was written
        return false;
    }
    if (written.verdict != flasher::Verdict::Ok) {
        code = std::max(code, app::exitCodeOf(written.verdict));
    }
    for (auto& r : written.devices) {
        finishRow(args, r, code);
        results.push_back(r);
    }
    return true;
}

} // namespace

int writeSets(const BatchArgs& args, const BatchInput& in,
              const std::vector<const DevicePlan*>& pending, std::vector<DeviceResult>& results,
              std::size_t& next) {
    const std::size_t groupSize =
        args.outDir.isEmpty() ? static_cast<std::size_t>(args.to.size()) : kFilesPerGroup;
    int code = app::ExitOk;
    std::size_t sets = 0;
    while (next < pending.size()) {
        const std::size_t end = std::min(pending.size(), next + groupSize);
        std::vector<const DevicePlan*> group(pending.begin() + static_cast<std::ptrdiff_t>(next),
                                             pending.begin() + static_cast<std::ptrdiff_t>(end));
        QStringList names;
        for (std::size_t i = 0; i < group.size(); ++i) {
            names << (args.outDir.isEmpty()
                          ? args.to[static_cast<qsizetype>(i)]
                          : QDir(args.outDir).filePath(group[i]->device.outputName));
        }
        if (!maySetBeWritten(args, group, names, pending.size() - next, sets) ||
            !writeSet(args, in, group, names, results, code)) {
            break;
        }
        next = end;
        ++sets;
    }
    return code;
}

} // namespace imprint::cli
