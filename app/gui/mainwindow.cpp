#include "app/gui/mainwindow.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace imprint::gui {

MainWindow::MainWindow(const QString& imagePath, QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Imprint"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* steps = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    pages_ = new QStackedWidget(central);
    const QString names[] = {tr("1. Image"), tr("2. Configure"), tr("3. Write")};
    int index = 0;
    for (const QString& name : names) {
        auto* button = new QPushButton(name, central);
        button->setCheckable(true);
        button->setAccessibleName(name);
        group->addButton(button, index++);
        steps->addWidget(button);
    }
    group->button(0)->setChecked(true);
    layout->addLayout(steps);

    auto* image = new QLabel(imagePath.isEmpty() ? tr("Choose a balenaOS image to begin.")
                                                 : tr("Image: %1").arg(imagePath),
                             pages_);
    image->setWordWrap(true);
    pages_->addWidget(image);
    pages_->addWidget(new QLabel(tr("Configuration comes after an image is chosen."), pages_));
    pages_->addWidget(new QLabel(tr("Writing comes after the configuration."), pages_));
    layout->addWidget(pages_, 1);
    connect(group, &QButtonGroup::idClicked, pages_, &QStackedWidget::setCurrentIndex);

    setCentralWidget(central);
    resize(960, 640);
}

} // namespace imprint::gui
