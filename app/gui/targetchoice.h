// What each target of the write step gets: a profile chooser beside every drive and image file
// (the profile being edited, a saved profile, or none), and the list of image files to write.
#pragma once

#include "app/common/write/writerun.h"
#include "core/common/result.h"
#include "core/provision/profile.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QTreeWidget;

namespace imprint {
namespace gui {

class ConfigModel;

// A drop-down of the profiles a target can get; the first entry is the profile being edited.
QComboBox* makeProfileChooser(QWidget* parent);
// The profile a chooser stands for (none: "Not configured"). Errors: ProfileStore::load's.
Result<std::optional<provision::Profile>> chosenProfile(const QComboBox* chooser,
                                                        const ConfigModel& model);

// Whether any top-level row's check box (column 0) is checked.
bool anyItemChecked(const QTreeWidget* list);

// The image files to write, each with its own profile: a path typed or browsed for is added
// with "Add"; a row's check box says whether it is written.
class FileTargets : public QWidget {
    Q_OBJECT
public:
    explicit FileTargets(QWidget* parent = nullptr);

    // Adds a file (checked), or checks it when it is listed already.
    void addFile(const QString& path);
    [[nodiscard]] bool anyChecked() const;
    // The checked files with their profiles. Errors: a chosen profile that cannot be loaded.
    [[nodiscard]] Result<QList<app::WriteTargetSpec>> chosen(const ConfigModel& model) const;
    // The last file added (remembered between runs).
    [[nodiscard]] QString lastPath() const;

signals:
    void changed();

private:
    QLineEdit* path_ = nullptr;
    QTreeWidget* list_ = nullptr;
};

} // namespace gui
} // namespace imprint
