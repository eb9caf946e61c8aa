// ImagePage: the first step. Choose an image (file dialog, drop, recent list, URL, the demo
// image, or a drive / mounted boot folder to configure only) and see what it is.
#pragma once

#include "app/common/image/imageinfo.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace imprint::app {
class Download;
}

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

class ImagePage : public QWidget {
    Q_OBJECT
public:
    explicit ImagePage(QWidget* parent = nullptr);

    void showOpening(const QString& path);
    void showImage(const app::ImageInfo& info);
    void showFailure(const QString& path, const QString& message, const QString& detail = {});
    void refreshRecent();

    // The demo image next to the program (build tree or installed), or empty.
    static QString demoImagePath();

signals:
    void openRequested(const QString& path);
    void nextRequested();

private:
    // The left half (where the image comes from) and the right half (what it is).
    QWidget* makeChooser();
    QWidget* makeAbout();
    void startDownload();
    QLineEdit* url_ = nullptr;
    QPushButton* download_ = nullptr;
    QProgressBar* downloadProgress_ = nullptr;
    QListWidget* recent_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* deviceType_ = nullptr;
    QLabel* osVersion_ = nullptr;
    QLabel* variant_ = nullptr;
    QLabel* configSummary_ = nullptr;
    QLabel* logo_ = nullptr;
    QTreeWidget* partitions_ = nullptr;
    QPushButton* next_ = nullptr;
    app::Download* running_ = nullptr;
};

} // namespace gui
} // namespace imprint
