// WritePage: the third step. Pick targets (drives from the live drive list with their safety
// verdict, and image files), write them all at once with per-target progress, or save the
// changes into the opened image, drive or folder itself ("Configure only").
#pragma once

#include "app/common/image/imageinfo.h"
#include "app/common/write/writerun.h"
#include "flasher/request/writereport.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

class ConfigModel;
class DriveTargets;
class FileTargets;

class WritePage : public QWidget {
    Q_OBJECT
public:
    WritePage(ConfigModel* model, QWidget* parent = nullptr);
    ~WritePage() override;

    void setImage(const app::ImageInfo& info);
    // Called when the page is shown: refreshes the drive list.
    void activate();
    [[nodiscard]] bool writing() const;

signals:
    void writeFinished();

private:
    void updateButtons();
    void startWrite();
    void configureInPlace();
    void onProgress(const app::WriteTargetProgress& progress);
    void showProgress();
    void onFinished(const QStringList& errors);
    // The checked drives and files with their profiles, confirmed; empty when the user said no
    // or a profile cannot be loaded (then `blocked_` says why).
    QList<app::WriteTargetSpec> chosenTargets();
    QString doneText(const flasher::TargetOutcome& outcome) const;

    ConfigModel* model_;
    app::ImageInfo image_;
    QLabel* inPlaceText_ = nullptr;
    QPushButton* inPlace_ = nullptr;
    QLabel* inPlaceResult_ = nullptr;
    DriveTargets* drives_ = nullptr;
    FileTargets* files_ = nullptr;
    QCheckBox* verify_ = nullptr;
    QPushButton* write_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* blocked_ = nullptr;
    QWidget* progressArea_ = nullptr;
    QGridLayout* progressGrid_ = nullptr;
    struct TargetRow {
        QString name;
        QProgressBar* bar;
        QLabel* status;
        std::optional<app::WriteTargetProgress> pending; // not shown yet
    };
    QList<TargetRow> rows_;
    QTimer* render_ = nullptr;
    app::WriteRun* run_ = nullptr;
};

} // namespace gui
} // namespace imprint
