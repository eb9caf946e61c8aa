#include "app/gui/mainwindow.h"

#include "app/common/errortext.h"
#include "app/common/image/imagesession.h"
#include "app/common/settings/settings.h"
#include "app/gui/configmodel.h"
#include "app/gui/configurepage.h"
#include "app/gui/errorlabel.h"
#include "app/gui/imagepage.h"
#include "app/gui/writepage.h"

#include <QActionGroup>
#include <QButtonGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace imprint::gui {

MainWindow::MainWindow(const QString& imagePath, QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("Imprint"));
    setAcceptDrops(true);
    session_ = new app::ImageSession(this);
    model_ = new ConfigModel(this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* bar = new QHBoxLayout;
    steps_ = new QButtonGroup(this);
    const QString names[] = {tr("&1. Image"), tr("&2. Configure"), tr("&3. Write")};
    const QString accessible[] = {tr("Step 1: Image"), tr("Step 2: Configure"),
                                  tr("Step 3: Write")};
    for (int i = 0; i < 3; ++i) {
        auto* button = new QPushButton(names[i], central);
        button->setCheckable(true);
        button->setAccessibleName(accessible[i]);
        button->setObjectName(QStringLiteral("step%1").arg(i));
        steps_->addButton(button, i);
        bar->addWidget(button);
    }
    steps_->button(0)->setChecked(true);
    setTabOrder(steps_->button(0), steps_->button(1));
    setTabOrder(steps_->button(1), steps_->button(2));
    layout->addLayout(bar);

    pages_ = new QStackedWidget(central);
    imagePage_ = new ImagePage(pages_);
    configurePage_ = new ConfigurePage(model_, pages_);
    writePage_ = new WritePage(model_, pages_);
    pages_->addWidget(imagePage_);
    pages_->addWidget(configurePage_);
    pages_->addWidget(writePage_);
    layout->addWidget(pages_, 1);
    setCentralWidget(central);

    connect(steps_, &QButtonGroup::idClicked, this,
            [this](int id) { goTo(static_cast<Step>(id)); });
    connect(imagePage_, &ImagePage::openRequested, this, &MainWindow::openImage);
    connect(imagePage_, &ImagePage::nextRequested, this, [this] { goTo(ConfigureStep); });
    connect(configurePage_, &ConfigurePage::nextRequested, this, [this] { goTo(WriteStep); });
    connect(session_, &app::ImageSession::opening, imagePage_, &ImagePage::showOpening);
    connect(session_, &app::ImageSession::opening, this, [this] { updateSteps(); });
    connect(session_, &app::ImageSession::failed, imagePage_,
            [this](const QString& path, const QString& message) {
                const auto& error = session_->lastError();
                imagePage_->showFailure(path, message, error ? errorDetail(*error) : QString());
            });
    connect(session_, &app::ImageSession::failed, this,
            [this](const QString&, const QString& message) {
                statusBar()->showMessage(message);
                updateSteps();
            });
    connect(session_, &app::ImageSession::opened, this, &MainWindow::imageOpened);
    connect(model_, &ConfigModel::changed, this, &MainWindow::updateSteps);

    buildMenus();
    resize(1100, 720);
    restoreGeometry(app::settings::value(QStringLiteral("window/geometry")).toByteArray());
    updateSteps();
    if (!imagePath.isEmpty()) {
        openImage(imagePath);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::openImage(const QString& path) { session_->open(path); }

void MainWindow::imageOpened(const app::ImageInfo& info) {
    const auto remembered = app::settings::addRecentImage(info.path);
    model_->reset(info);
    imagePage_->showImage(info);
    writePage_->setImage(info);
    if (remembered) {
        statusBar()->showMessage(tr("%1 is ready to configure.").arg(info.path), 5000);
    } else {
        // Said once an image is open: nothing the window remembers can be kept.
        statusBar()->showMessage(
            tr("%1 is ready to configure. Imprint cannot remember it or your choices: %2")
                .arg(info.path, app::errorText(remembered.error())));
    }
    updateSteps();
}

void MainWindow::goTo(Step step) {
    if (!steps_->button(step)->isEnabled()) {
        step = ImageStep;
    }
    steps_->button(step)->setChecked(true);
    pages_->setCurrentIndex(step);
    if (step == WriteStep) {
        writePage_->activate();
    }
}

void MainWindow::showStep(const QString& name) {
    if (name == QLatin1String("configure") || name == QLatin1String("plan")) {
        goTo(ConfigureStep);
        if (name == QLatin1String("plan")) {
            auto* tabs = configurePage_->findChild<QTabWidget*>(QStringLiteral("configureTabs"));
            tabs->setCurrentIndex(tabs->count() - 1);
        }
    } else if (name == QLatin1String("write")) {
        goTo(WriteStep);
    } else {
        goTo(ImageStep);
    }
}

void MainWindow::buildMenus() {
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* open = file->addAction(tr("&Open image…"), this, [this] {
        goTo(ImageStep);
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a balenaOS image"));
        if (!path.isEmpty()) {
            openImage(path);
        }
    });
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // The language takes effect at the next start (every window text is built once); the
    // status bar offers to restart at once, the image that is open opening again.
    auto* settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto* language = settingsMenu->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    const QString chosen = app::settings::value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> languages[] = {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto& [code, name] : languages) {
        auto* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        action->setData(code);
        connect(action, &QAction::triggered, this, [this, code] {
            if (auto saved = app::settings::setValue(QStringLiteral("language"), code); !saved) {
                statusBar()->showMessage(app::errorText(saved.error()));
                return;
            }
            statusBar()->showMessage(tr("The language changes when Imprint starts the next time."));
            if (restart_ == nullptr) {
                restart_ = new QPushButton(tr("&Restart now"), this);
                restart_->setObjectName(QStringLiteral("restartForLanguage"));
                statusBar()->addPermanentWidget(restart_);
                connect(restart_, &QPushButton::clicked, this, [this] {
                    QStringList arguments;
                    if (session_->current()) {
                        arguments << session_->current()->path;
                    }
                    if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                                arguments)) {
                        close();
                    }
                });
            }
        });
    }
}

void MainWindow::updateSteps() {
    const bool haveImage = session_->current().has_value() && !session_->busy();
    steps_->button(ConfigureStep)->setEnabled(haveImage);
    steps_->button(WriteStep)->setEnabled(haveImage);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    (void)app::settings::setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (!path.isEmpty()) {
        goTo(ImageStep);
        openImage(path);
        event->acceptProposedAction();
    }
}

} // namespace imprint::gui
