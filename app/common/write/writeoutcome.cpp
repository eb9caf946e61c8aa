#include "app/common/write/writeoutcome.h"

#include "app/common/errortext.h"
#include "app/common/exitcode.h"
#include "app/common/json/jsonview.h"
#include "app/common/sizetext.h"
#include "app/common/write/opentarget.h"

#if defined(__linux__)
#include "app/common/udisks/udisks.h"
#endif

#include <QCoreApplication>

namespace imprint::app {

int exitCodeOf(flasher::Verdict verdict) {
    switch (verdict) {
    case flasher::Verdict::Ok:
        return ExitOk;
    case flasher::Verdict::Failed:
        return ExitFailure;
    case flasher::Verdict::VerifyFailed:
        return ExitVerifyFailed;
    case flasher::Verdict::Invalid:
        return ExitUsage;
    case flasher::Verdict::Refused:
        return ExitRefused;
    }
    return ExitFailure;
}

QString outcomeText(const flasher::TargetOutcome& outcome) {
    if (outcome.error) {
        return describeError(*outcome.error);
    }
    const QString written = outcome.verified
                                ? QCoreApplication::translate("Write", "written and verified")
                                : QCoreApplication::translate("Write", "written (not verified)");
    if (outcome.configuredFiles == 0) {
        return written;
    }
    const int files = static_cast<int>(outcome.configuredFiles);
    return QCoreApplication::translate("Write", "%1, %n boot file(s) configured", nullptr, files)
        .arg(written);
}

namespace {

// "45.8 MB of data (found in the image)", "the whole image (277 MB)"...
QString mapText(const flasher::MapFacts& map) {
    const QString bytes = sizeText(map.mappedBytes);
    switch (map.origin) {
    case flasher::MapFacts::Origin::BmapFile:
        return QCoreApplication::translate("Write", "%1 of data (from %2)")
            .arg(bytes, QString::fromStdString(map.bmapPath));
    case flasher::MapFacts::Origin::Computed:
        return QCoreApplication::translate("Write", "%1 of data (found in the image)").arg(bytes);
    case flasher::MapFacts::Origin::WholeImage:
        break;
    }
    return map.imageSize ? QCoreApplication::translate("Write", "the whole image (%1)").arg(bytes)
                         : QCoreApplication::translate("Write", "the whole image");
}

} // namespace

QString plannedText(const flasher::PreparedTarget& target, const flasher::MapFacts& map) {
    const int files = target.plan ? static_cast<int>(target.plan->plan.changes.size()) : 0;
    const QString configured =
        target.plan ? QCoreApplication::translate("Write", "%n boot file(s) change", nullptr, files)
                    : QCoreApplication::translate("Write", "not configured");
    return QCoreApplication::translate("Write", "Writes %1; %2.").arg(mapText(map), configured);
}

QString plannedText(bool configured, const flasher::MapFacts& map) {
    const QString words =
        configured
            ? QCoreApplication::translate("Write", "the boot files are configured on the way")
            : QCoreApplication::translate("Write", "not configured");
    return QCoreApplication::translate("Write", "Writes %1; %2.").arg(mapText(map), words);
}

QJsonObject outcomeToJson(const flasher::TargetOutcome& outcome) {
    QJsonObject o{{QStringLiteral("target"), QString::fromStdString(outcome.target)},
                  {QStringLiteral("ok"), outcome.ok()},
                  {QStringLiteral("written"), outcome.written},
                  {QStringLiteral("verified"), outcome.verified},
                  {QStringLiteral("configuredFiles"), static_cast<int>(outcome.configuredFiles)},
                  {QStringLiteral("dataBytes"), static_cast<qint64>(outcome.dataBytes)}};
    if (outcome.error) {
        o.insert(QStringLiteral("error"), errorToJson(*outcome.error));
    }
    return o;
}

void openDrivesAsThisUser(flasher::WriteRequest& request, bool interactive) {
#if defined(__linux__)
    request.broker = std::make_shared<UDisksBroker>(interactive);
    request.preferBroker = drivesOpenThroughUDisks();
#else
    (void)request, (void)interactive;
#endif
}

} // namespace imprint::app
