// The main window: three steps, Image -> Configure -> Write, always visible.
#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace imprint::gui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString& imagePath, QWidget* parent = nullptr);

private:
    QStackedWidget* pages_ = nullptr;
};

} // namespace imprint::gui
