// DriveTargets: the drives of the write step, live: each with its size, bus and safety verdict
// (refused ones cannot be checked), a profile chooser beside each, system drives hidden unless
// asked for, refreshed when a drive comes or goes.
#pragma once

#include "app/common/write/writerun.h"
#include "core/common/result.h"
#include "flasher/drives/drive.h"
#include "flasher/drives/safety.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QFileSystemWatcher;
class QLabel;
class QTimer;
class QTreeWidget;

namespace imprint {
namespace gui {

class ConfigModel;

class DriveTargets : public QWidget {
    Q_OBJECT
public:
    explicit DriveTargets(QWidget* parent = nullptr);
    ~DriveTargets() override;

    // The image to be written: judged against (too small, holds it).
    void setImage(const QString& path, quint64 size);
    // Lists the drives now and follows hot-plug while the page is shown.
    void activate();
    [[nodiscard]] bool anyChecked() const;
    // The checked drives with their profiles. nullopt when the user declined a drive that needs
    // a confirmation (an unusually large one); errors: a chosen profile that cannot be loaded.
    [[nodiscard]] Result<std::optional<QList<app::WriteTargetSpec>>>
    chosen(const ConfigModel& model);

signals:
    void changed();

private:
    struct Row {
        flasher::Drive drive;
        flasher::DriveVerdict verdict;
    };
    void refresh();
    void show(const QList<Row>& rows);

    QString imagePath_;
    quint64 imageSize_ = 0;
    QTreeWidget* list_ = nullptr;
    QCheckBox* showAll_ = nullptr;
    QLabel* note_ = nullptr;
    QTimer* hotplug_ = nullptr;
    QFileSystemWatcher* devWatcher_ = nullptr;
    QFutureWatcher<QList<Row>>* watcher_ = nullptr;
};

} // namespace gui
} // namespace imprint
