#include "app/gui/imagepage.h"

#include "app/common/download/download.h"
#include "app/common/errortext.h"
#include "app/common/settings/settings.h"
#include "app/gui/errorlabel.h"
#include "app/gui/textformat.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imprint::gui {

ImagePage::ImagePage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(makeChooser(), 2);
    layout->addWidget(makeAbout(), 3);
    connect(next_, &QPushButton::clicked, this, &ImagePage::nextRequested);
    setTabOrder(recent_, partitions_);
    setTabOrder(partitions_, next_);
    refreshRecent();
}

QWidget* ImagePage::makeChooser() {
    // Left: where the image comes from.
    auto* choose = new QGroupBox(tr("Choose an image"), this);
    auto* left = new QVBoxLayout(choose);
    auto* open = new QPushButton(tr("&Open image file…"), choose);
    open->setAccessibleName(tr("Open image file"));
    left->addWidget(open);
    auto* demo = new QPushButton(tr("Use the &demo image"), choose);
    demo->setAccessibleName(tr("Use the demo image"));
    demo->setEnabled(!demoImagePath().isEmpty());
    if (!demo->isEnabled()) {
        demo->setToolTip(tr("The demo image is not built. Build it with: cmake --build build "
                            "--target demo_image"));
    }
    left->addWidget(demo);
    auto* folder = new QPushButton(tr("Configure a &mounted boot folder…"), choose);
    folder->setAccessibleName(tr("Configure a mounted boot folder"));
    folder->setToolTip(tr("Edit the boot partition of a card your desktop has mounted, without "
                          "flashing (Configure only)."));
    left->addWidget(folder);
    left->addWidget(new QLabel(tr("Or drop an image file on this window."), choose));

    auto* urlRow = new QHBoxLayout;
    url_ = new QLineEdit(choose);
    url_->setPlaceholderText(tr("https://… image URL"));
    url_->setAccessibleName(tr("Image URL"));
    download_ = new QPushButton(tr("Do&wnload"), choose);
    download_->setAccessibleName(tr("Download the image URL"));
    urlRow->addWidget(url_, 1);
    urlRow->addWidget(download_);
    left->addLayout(urlRow);
    downloadProgress_ = new QProgressBar(choose);
    downloadProgress_->setAccessibleName(tr("Download progress"));
    downloadProgress_->hide();
    left->addWidget(downloadProgress_);

    auto* recentLabel = new QLabel(tr("&Recent images:"), choose);
    recent_ = new QListWidget(choose);
    recent_->setAccessibleName(tr("Recent images"));
    recentLabel->setBuddy(recent_);
    left->addWidget(recentLabel);
    left->addWidget(recent_, 1);

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a balenaOS image"),
            app::settings::value(QStringLiteral("image/lastFolder")).toString(),
            tr("Disk images (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;All files "
               "(*)"));
        if (!path.isEmpty()) {
            (void)app::settings::setValue(QStringLiteral("image/lastFolder"),
                                          QFileInfo(path).absolutePath());
            emit openRequested(path);
        }
    });
    connect(demo, &QPushButton::clicked, this, [this] { emit openRequested(demoImagePath()); });
    connect(folder, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Choose the mounted boot partition"));
        if (!dir.isEmpty()) {
            emit openRequested(dir);
        }
    });
    connect(download_, &QPushButton::clicked, this, &ImagePage::startDownload);
    connect(url_, &QLineEdit::returnPressed, this, &ImagePage::startDownload);
    connect(recent_, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit openRequested(item->data(Qt::UserRole).toString());
    });

    setTabOrder(open, demo);
    setTabOrder(demo, folder);
    setTabOrder(folder, url_);
    setTabOrder(url_, download_);
    setTabOrder(download_, recent_);
    return choose;
}

QWidget* ImagePage::makeAbout() {
    // Right: what the image is.
    auto* about = new QGroupBox(tr("This image"), this);
    auto* right = new QVBoxLayout(about);
    status_ = new QLabel(tr("No image chosen yet."), about);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setObjectName(QStringLiteral("imageStatus"));
    right->addWidget(status_);
    auto* form = new QFormLayout;
    deviceType_ = new QLabel(about);
    deviceType_->setObjectName(QStringLiteral("deviceType"));
    osVersion_ = new QLabel(about);
    osVersion_->setObjectName(QStringLiteral("osVersion"));
    variant_ = new QLabel(about);
    variant_->setObjectName(QStringLiteral("variant"));
    variant_->setWordWrap(true);
    configSummary_ = new QLabel(about);
    configSummary_->setObjectName(QStringLiteral("configSummary"));
    configSummary_->setWordWrap(true);
    logo_ = new QLabel(about);
    logo_->setObjectName(QStringLiteral("logo"));
    logo_->setAccessibleName(tr("Current logo"));
    form->addRow(tr("Device type:"), deviceType_);
    form->addRow(tr("OS version:"), osVersion_);
    form->addRow(tr("Build:"), variant_);
    form->addRow(tr("Configuration:"), configSummary_);
    form->addRow(tr("Logo:"), logo_);
    right->addLayout(form);
    partitions_ = new QTreeWidget(about);
    partitions_->setAccessibleName(tr("Partitions"));
    partitions_->setObjectName(QStringLiteral("partitions"));
    partitions_->setRootIsDecorated(false);
    partitions_->setHeaderLabels(
        {tr("#"), tr("Label"), tr("File system"), tr("Size"), tr("Start")});
    partitions_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    right->addWidget(partitions_, 1);
    next_ = new QPushButton(tr("&Next: Configure"), about);
    next_->setEnabled(false);
    right->addWidget(next_, 0, Qt::AlignRight);

    return about;
}

QString ImagePage::demoImagePath() {
    const QString env = qEnvironmentVariable("IMPRINT_DEMO_IMAGE");
    if (!env.isEmpty()) {
        return QFileInfo::exists(env) ? env : QString();
    }
    const QString bin = QCoreApplication::applicationDirPath();
    for (const QString& candidate :
         {bin + QStringLiteral("/../demo/balena-demo-qemux86-64.img"),
          bin + QStringLiteral("/../share/imprint/demo/balena-demo-qemux86-64.img.xz")}) {
        if (QFileInfo::exists(candidate)) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return {};
}

void ImagePage::refreshRecent() {
    recent_->clear();
    for (const QString& path : app::settings::recentImages()) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), recent_);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
    }
}

void ImagePage::startDownload() {
    const QString text = url_->text().trimmed();
    if (running_) {
        running_->cancel();
        return;
    }
    if (!app::isDownloadUrl(text)) {
        showText(status_, tr("\"%1\" is not an http:// or https:// address.").arg(text));
        return;
    }
    app::DownloadRequest request;
    request.url = QUrl(text);
    running_ = new app::Download(request, this);
    download_->setText(tr("Cancel"));
    downloadProgress_->setRange(0, 0);
    downloadProgress_->show();
    showText(status_, tr("Downloading %1…").arg(text));
    connect(running_, &app::Download::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            downloadProgress_->setRange(0, 1000);
            downloadProgress_->setValue(static_cast<int>(received * 1000 / total));
            downloadProgress_->setFormat(tr("%1 of %2")
                                             .arg(app::sizeText(static_cast<quint64>(received)),
                                                  app::sizeText(static_cast<quint64>(total))));
        }
    });
    connect(running_, &app::Download::finished, this, [this] {
        const auto& result = running_->result();
        running_->deleteLater();
        running_ = nullptr;
        download_->setText(tr("Do&wnload"));
        downloadProgress_->hide();
        if (result && *result) {
            emit openRequested((*result)->path);
        } else if (result) {
            showError(status_, result->error());
        }
    });
    running_->start();
}

void ImagePage::showOpening(const QString& path) {
    showText(status_, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    next_->setEnabled(false);
}

void ImagePage::showFailure(const QString& path, const QString& message, const QString& detail) {
    showError(status_, tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), message),
              detail);
    next_->setEnabled(false);
}

void ImagePage::showImage(const app::ImageInfo& info) {
    showText(status_, tr("%1 (%2)").arg(info.path, app::sizeText(static_cast<quint64>(info.size))));
    deviceType_->setText(info.deviceName.isEmpty()
                             ? info.deviceType
                             : tr("%1 (%2)").arg(info.deviceName, info.deviceType));
    osVersion_->setText(info.osVersion.isEmpty() ? tr("unknown") : info.osVersion);
    variant_->setText(info.development
                          ? tr("Development: open SSH and console login without a password, "
                               "for work on your desk.")
                          : tr("Production: no login without an SSH key."));
    const auto config = QJsonDocument::fromJson(info.configText).object();
    QStringList summary;
    for (auto it = config.begin(); it != config.end(); ++it) {
        summary << it.key();
    }
    configSummary_->setText(
        info.configText.isEmpty()
            ? tr("no config.json")
            : tr("%1; %2", "keys; network files")
                  .arg(tr("%n key(s): %1", nullptr, static_cast<int>(summary.size()))
                           .arg(summary.join(QStringLiteral(", "))),
                       tr("%n network file(s)", nullptr,
                          static_cast<int>(info.connectionFiles.size()))));
    QPixmap pixmap;
    if (!info.logo.isEmpty() && pixmap.loadFromData(info.logo, "PNG")) {
        logo_->setPixmap(pixmap.scaled(160, 90, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        logo_->setText(tr("none"));
    }
    partitions_->clear();
    for (const auto& p : info.partitions) {
        auto* item = new QTreeWidgetItem(partitions_);
        item->setText(0, QString::number(p.number));
        item->setText(1, p.container ? tr("(extended)") : p.label);
        item->setText(2, p.number == info.bootPartition ? tr("%1, boot").arg(p.filesystem)
                                                        : p.filesystem);
        item->setText(3, app::sizeText(static_cast<quint64>(p.size)));
        item->setText(4, app::sizeText(static_cast<quint64>(p.start)));
    }
    partitions_->setVisible(!info.partitions.isEmpty());
    next_->setEnabled(true);
    refreshRecent();
}

} // namespace imprint::gui
