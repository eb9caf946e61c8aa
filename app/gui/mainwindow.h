// The main window: three steps, Image -> Configure -> Write, always visible in a bar at the
// top; the pages below. Owns the open image (ImageSession) and what the user configures.
#pragma once

#include <QMainWindow>

class QAbstractButton;
class QButtonGroup;
class QPushButton;
class QStackedWidget;

namespace imprint::app {
class ImageSession;
struct ImageInfo;
} // namespace imprint::app

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

class ConfigModel;
class ConfigurePage;
class ImagePage;
class WritePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Step { ImageStep = 0, ConfigureStep = 1, WriteStep = 2 };

    explicit MainWindow(const QString& imagePath = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    void openImage(const QString& path);
    void goTo(Step step);
    // By name: "image", "configure", "plan" (the Configure step's Plan tab) or "write".
    void showStep(const QString& name);
    [[nodiscard]] app::ImageSession* session() const { return session_; }
    [[nodiscard]] ConfigModel* model() const { return model_; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // The image is read: the pages show it, the settings remember it.
    void imageOpened(const app::ImageInfo& info);
    void updateSteps();
    void buildMenus();
    app::ImageSession* session_ = nullptr;
    ConfigModel* model_ = nullptr;
    QButtonGroup* steps_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    ImagePage* imagePage_ = nullptr;
    ConfigurePage* configurePage_ = nullptr;
    WritePage* writePage_ = nullptr;
    QPushButton* restart_ = nullptr;
};

} // namespace gui
} // namespace imprint
