#include "app/cli/support/flashtargets.h"

#include "app/cli/output.h"
#include "app/common/config/configtext.h"
#include "app/common/exitcode.h"
#include "app/common/json/jsonview.h"
#include "app/common/write/writeoutcome.h"
#include "flasher/drives/drivelist.h"
#include "flasher/drives/safety.h"
#include "flasher/request/writereport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include <algorithm>

namespace imprint::cli {

using namespace imprint::flasher;

namespace {

// lupdate files tr() calls made in namespace imprint::cli under the context "imprint::cli".
QString tr(const char* text) { return QCoreApplication::translate("imprint::cli", text); }

QString nameOf(const PreparedTarget& t) { return QString::fromStdString(t.request.path); }

void printPlan(const PreparedTarget& t, bool json) {
    const auto& plan = t.plan->plan;
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("plan")},
                                            {QStringLiteral("target"), nameOf(t)},
                                            {QStringLiteral("plan"), app::planToJson(plan)}}));
        return;
    }
    // A plain int: lupdate skips a translate() whose count holds a template's <>.
    const int changes = static_cast<int>(plan.changes.size());
    printMessage(QCoreApplication::translate("Cli", "%1: %n boot file(s) change:", nullptr, changes)
                     .arg(nameOf(t)));
    QStringList lines = app::planText(plan);
    // Its last line says where replaced files are saved; a flash never changes the image, so
    // nothing is.
    const bool replaces = std::any_of(plan.changes.begin(), plan.changes.end(), [](const auto& c) {
        return c.kind != provision::ChangeKind::Create;
    });
    if (replaces && !lines.isEmpty()) {
        lines.removeLast();
    }
    for (const auto& line : lines) {
        printMessage(QStringLiteral("  ") + line);
    }
}

// The profile errors first (exit 2), then what the safety rules refuse (exit 4).
int printPlanRefusals(const PreparedWrite& prepared) {
    bool invalid = false;
    for (const auto& t : prepared.targets()) {
        if (!t.plan) {
            continue;
        }
        for (const auto& issue : t.plan->plan.issues) {
            if (issue.severity == config::Severity::Error && !issue.preexisting) {
                printMessage(QStringLiteral("%1: %2").arg(nameOf(t), app::describeIssue(issue)));
                invalid = true;
            }
        }
    }
    if (invalid) {
        printMessage(tr("Nothing was written: fix the profile errors above."));
        return app::ExitUsage;
    }
    return prepared.refusals().empty() ? -1 : printRefusals(prepared);
}

// Asks whether `path` may be erased (a drive, described when listed) or overwritten (an image
// file); -1 when yes, else the exit code after saying why it is not written.
int confirmOne(const QString& path, bool isDrive, const Drive* drive, bool interactive) {
    bool yes = false;
    if (interactive && !isDrive) {
        yes = askYesNo(tr("%1 exists and will be overwritten. Continue?").arg(path));
    } else if (interactive) {
        const QString size = drive ? app::sizeText(drive->sizeBytes) : QString();
        const QString what = drive ? QString::fromStdString(drive->description()) : QString();
        yes = askYesNo(
            tr("Everything on %1 (%2 %3) will be erased. Continue?").arg(path, size, what));
    }
    if (yes) {
        return -1;
    }
    printMessage(isDrive ? tr("%1 not written: confirm with --yes.").arg(path)
                         : tr("%1 exists: not overwritten (use --yes to overwrite).").arg(path));
    return app::ExitRefused;
}

} // namespace

int confirmTargets(PreparedWrite& prepared, bool yes, bool json) {
    for (const auto& t : prepared.targets()) {
        if (t.plan) {
            printPlan(t, json);
        }
    }
    if (int code = printPlanRefusals(prepared); code >= 0) {
        return code;
    }
    for (const auto& t : prepared.targets()) {
        for (const auto& caution : t.cautions) {
            if (caution.code == "drives.large") {
                printError(caution);
            }
        }
    }
    const bool interactive = mayAsk(yes);
    for (std::size_t i : prepared.unconfirmed()) {
        const auto& t = prepared.targets()[i];
        const Drive* drive = t.drive ? &*t.drive : nullptr;
        if (int code = confirmOne(nameOf(t), t.request.drive, drive, interactive); code >= 0) {
            return code;
        }
        prepared.confirm(i);
    }
    return -1;
}

int confirmForWriter(WriteRequest& request, bool yes) {
    const bool interactive = mayAsk(yes);
    for (auto& t : request.targets) {
        const QString path = QString::fromStdString(t.path);
        if (t.confirmed || (!t.drive && !QFileInfo::exists(path))) {
            continue;
        }
        std::optional<Drive> drive;
        if (t.drive) {
            if (auto listed = probeDrive(t.path)) {
                drive = std::move(listed).value();
            }
        }
        if (int code = confirmOne(path, t.drive, drive ? &*drive : nullptr, interactive);
            code >= 0) {
            return code;
        }
        t.confirmed = true;
    }
    return -1;
}

int printRefusals(const PreparedWrite& prepared) {
    for (const auto& r : prepared.refusals()) {
        printError(r.reason);
    }
    return app::exitCodeOf(reportOfRefusals(prepared).verdict);
}

} // namespace imprint::cli
