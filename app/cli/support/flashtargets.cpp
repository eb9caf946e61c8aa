#include "app/cli/support/flashtargets.h"

#include "app/cli/output.h"
#include "app/common/exitcode.h"
#include "app/common/flash/opentarget.h"
#include "flasher/drives/lsblk.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace imprint::cli {

using namespace imprint::flasher;

namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

} // namespace

int checkTargets(const std::vector<TargetChoice>& targets, const flasher::SafetyContext& context,
                 bool yes) {
    const bool interactive = mayAsk(yes);
    for (const auto& t : targets) {
        if (!t.drive) {
            if (QFileInfo::exists(t.path) && !yes) {
                if (!interactive ||
                    !askYesNo(tr("%1 exists and will be overwritten. Continue?").arg(t.path))) {
                    printMessage(
                        tr("%1 exists: not overwritten (use --yes to overwrite).").arg(t.path));
                    return app::ExitRefused;
                }
            }
            continue;
        }
        auto drive = probeDrive(t.path.toStdString());
        if (!drive) {
            printError(drive.error());
            return app::ExitUsage;
        }
        const auto verdict = assessDrive(*drive, context);
        if (verdict.refused()) {
            for (const auto& e : verdict.reasons(Concern::Refused)) {
                printError(e);
            }
            return app::ExitRefused;
        }
        for (const auto& e : verdict.reasons(Concern::Confirm)) {
            printError(e);
        }
        if (!yes) {
            const QString what =
                tr("Everything on %1 (%2 %3) will be erased. Continue?")
                    .arg(t.path, QString::fromStdString(humanSize(drive->sizeBytes)),
                         QString::fromStdString(drive->description()));
            if (!interactive || !askYesNo(what)) {
                printMessage(tr("%1 not written: confirm with --yes.").arg(t.path));
                return app::ExitRefused;
            }
        }
        // UDisks2 unmounts by itself when it opens the drive.
        if (verdict.needsUnmount() && !app::drivesOpenThroughUDisks()) {
            for (const auto& m : drive->allMountpoints()) {
                int rc = QProcess::execute(QStringLiteral("umount"), {QString::fromStdString(m)});
                if (rc != 0) {
                    printError(verdict.reasons(Concern::Unmount)[0]);
                    printMessage(tr("Could not unmount %1.").arg(QString::fromStdString(m)));
                    return app::ExitRefused;
                }
            }
        }
    }
    return -1;
}

} // namespace imprint::cli
