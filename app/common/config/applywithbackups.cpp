#include "app/common/config/applywithbackups.h"

#include "app/common/folders/userfolders.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace imprint::app {

Result<provision::ApplyReport> applyWithBackups(const provision::Plan& plan,
                                                disk::BootPartition& boot) {
    const bool backsUp = !plan.withoutBackups && !plan.backupDirectory.empty() &&
                         std::any_of(plan.changes.begin(), plan.changes.end(), [](const auto& c) {
                             return c.kind != provision::ChangeKind::Create;
                         });
    if (!backsUp) {
        return provision::apply(plan, boot);
    }
    const QString folder = QString::fromStdString(plan.backupDirectory);
    const bool existed = QFileInfo(folder).isDir();
    if (auto made = makeFolder(folder); !made) {
        return std::move(made).takeError();
    }
    auto report = provision::apply(plan, boot);
    if (!report && !existed) {
        QDir().rmdir(folder); // only when apply saved nothing there
    }
    return report;
}

} // namespace imprint::app
