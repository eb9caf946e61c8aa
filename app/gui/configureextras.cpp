// The Configure step's udev rules and Splash tabs, and the profile bar.
#include "app/common/errortext.h"
#include "app/common/profiles/profilestore.h"
#include "app/common/settings/settings.h"
#include "app/gui/configmodel.h"
#include "app/gui/configurepage.h"
#include "app/gui/errorlabel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <tuple>

namespace imprint::gui {
namespace {

QPixmap preview(const QByteArray& png) {
    QPixmap pixmap;
    if (!pixmap.loadFromData(png, "PNG")) {
        return {};
    }
    return pixmap.scaled(240, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

QWidget* ConfigurePage::buildUdev() {
    auto* page = new QWidget(this);
    auto* layout = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    udevList_ = new QListWidget(page);
    udevList_->setAccessibleName(tr("udev rules"));
    left->addWidget(udevList_, 1);
    auto* remove = new QPushButton(tr("&Remove rule"), page);
    left->addWidget(remove);
    layout->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    auto* nameRow = new QHBoxLayout;
    udevName_ = new QLineEdit(page);
    udevName_->setAccessibleName(tr("Rule name"));
    udevName_->setPlaceholderText(
        tr("e.g. 64-usb-serial (becomes /etc/udev/rules.d/<name>.rules)"));
    auto* nameLabel = new QLabel(tr("&Name:"), page);
    nameLabel->setBuddy(udevName_);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(udevName_, 1);
    right->addLayout(nameRow);
    udevText_ = new QPlainTextEdit(page);
    udevText_->setAccessibleName(tr("Rule text"));
    udevText_->setTabChangesFocus(true);
    udevText_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    right->addWidget(udevText_, 1);
    auto* save = new QPushButton(tr("&Set rule"), page);
    right->addWidget(save, 0, Qt::AlignRight);
    right->addWidget(errorLabel(page, QStringLiteral("/os/udevRules")));
    layout->addLayout(right, 2);

    connect(udevList_, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        for (const auto& [n, text] : model_->config().udevRules()) {
            if (QString::fromStdString(n) == name) {
                udevName_->setText(name);
                udevText_->setPlainText(QString::fromStdString(text));
            }
        }
    });
    connect(save, &QPushButton::clicked, this, [this] {
        config::Config next = model_->config();
        next.setUdevRule(udevName_->text().trimmed().toStdString(),
                         udevText_->toPlainText().toStdString());
        model_->setConfig(next);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (auto* item = udevList_->currentItem()) {
            config::Config next = model_->config();
            next.removeUdevRule(item->text().toStdString());
            model_->setConfig(next);
        }
    });
    fieldRefreshers_ << [this] {
        const QString current =
            udevList_->currentItem() ? udevList_->currentItem()->text() : QString();
        udevList_->clear();
        for (const auto& rule : model_->config().udevRules()) {
            udevList_->addItem(QString::fromStdString(rule.first));
        }
        const auto found = udevList_->findItems(current, Qt::MatchExactly);
        if (!found.isEmpty()) {
            udevList_->setCurrentItem(found.front());
        }
    };
    return page;
}

QWidget* ConfigurePage::buildSplash() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    auto* currentBox = new QVBoxLayout;
    currentBox->addWidget(new QLabel(tr("Current logo:"), page));
    currentLogo_ = new QLabel(page);
    currentLogo_->setAccessibleName(tr("Current logo"));
    currentLogo_->setMinimumSize(240, 160);
    currentLogo_->setFrameShape(QFrame::StyledPanel);
    currentBox->addWidget(currentLogo_);
    auto* newBox = new QVBoxLayout;
    newBox->addWidget(new QLabel(tr("New logo:"), page));
    newLogo_ = new QLabel(page);
    newLogo_->setAccessibleName(tr("New logo"));
    newLogo_->setMinimumSize(240, 160);
    newLogo_->setFrameShape(QFrame::StyledPanel);
    newBox->addWidget(newLogo_);
    row->addLayout(currentBox);
    row->addLayout(newBox);
    row->addStretch();
    layout->addLayout(row);
    auto* buttons = new QHBoxLayout;
    auto* choose = new QPushButton(tr("&Choose a PNG…"), page);
    auto* keep = new QPushButton(tr("&Keep the current logo"), page);
    buttons->addWidget(choose);
    buttons->addWidget(keep);
    buttons->addStretch();
    layout->addLayout(buttons);
    logoError_ = new QLabel(page);
    logoError_->setWordWrap(true);
    layout->addWidget(logoError_);
    layout->addStretch();
    connect(choose, &QPushButton::clicked, this, &ConfigurePage::chooseLogo);
    connect(keep, &QPushButton::clicked, this, [this] { model_->setLogoFile({}); });
    fieldRefreshers_ << [this] {
        const QPixmap current = preview(model_->image().logo);
        if (current.isNull()) {
            currentLogo_->setText(tr("none"));
        } else {
            currentLogo_->setPixmap(current);
        }
        const QPixmap next = preview(model_->newLogo());
        if (next.isNull()) {
            newLogo_->setText(tr("unchanged"));
        } else {
            newLogo_->setPixmap(next);
        }
    };
    return page;
}

void ConfigurePage::chooseLogo() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the boot logo"), QString(),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(16 << 20) : QByteArray();
    // The boot splash reads PNG only: check the content, not the file name.
    if (!bytes.startsWith("\x89PNG\r\n\x1a\n") || preview(bytes).isNull()) {
        logoError_->setText(tr("%1 is not a PNG image. The boot splash shows PNG files only: "
                               "convert it first.")
                                .arg(path));
        return;
    }
    logoError_->clear();
    // The profile names the file; the plan reads and checks it again when it is made.
    model_->setLogoFile(path);
}

QWidget* ConfigurePage::buildProfiles() {
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Pro&file:"), bar);
    profiles_ = new QComboBox(bar);
    profiles_->setObjectName(QStringLiteral("profiles"));
    profiles_->setAccessibleName(tr("Saved profiles"));
    profiles_->setMinimumContentsLength(16);
    label->setBuddy(profiles_);
    layout->addWidget(label);
    layout->addWidget(profiles_);
    const std::tuple<QString, QString, void (ConfigurePage::*)()> actions[] = {
        {QStringLiteral("profileLoad"), tr("Load"), &ConfigurePage::loadProfile},
        {QStringLiteral("profileSave"), tr("Save as…"), &ConfigurePage::saveProfile},
        {QStringLiteral("profileRename"), tr("Rename…"), &ConfigurePage::renameProfile},
        {QStringLiteral("profileDelete"), tr("Delete"), &ConfigurePage::deleteProfile},
        {QStringLiteral("profileImport"), tr("Import…"), &ConfigurePage::importProfile},
        {QStringLiteral("profileExport"), tr("Export…"), &ConfigurePage::exportProfile}};
    for (const auto& [name, text, slot] : actions) {
        auto* button = new QPushButton(text, bar);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
    }
    profileStatus_ = new QLabel(bar);
    profileStatus_->setObjectName(QStringLiteral("profileStatus"));
    layout->addWidget(profileStatus_, 1);
    refreshProfiles();
    return bar;
}

void ConfigurePage::refreshProfiles() {
    const QString current = profiles_->currentText();
    profiles_->clear();
    profiles_->addItems(app::ProfileStore().list());
    const int index = profiles_->findText(
        current.isEmpty() ? app::settings::value(QStringLiteral("configure/lastProfile")).toString()
                          : current);
    if (index >= 0) {
        profiles_->setCurrentIndex(index);
    }
}

void ConfigurePage::saveProfile() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save profile"), tr("Profile name:"),
                                               QLineEdit::Normal, profiles_->currentText(), &ok);
    if (!ok) {
        return;
    }
    auto saved = app::ProfileStore().save(name, model_->profile());
    if (saved) {
        showText(profileStatus_, tr("Saved \"%1\".").arg(name));
    } else {
        showError(profileStatus_, saved.error());
    }
    if (!saved) {
        return;
    }
    (void)app::settings::setValue(QStringLiteral("configure/lastProfile"), name);
    refreshProfiles();
    profiles_->setCurrentText(name);
}

void ConfigurePage::loadProfile() {
    auto profile = app::ProfileStore().load(profiles_->currentText());
    if (!profile) {
        showError(profileStatus_, profile.error());
        return;
    }
    model_->applyProfile(*profile);
    (void)app::settings::setValue(QStringLiteral("configure/lastProfile"),
                                  profiles_->currentText());
    showText(profileStatus_, tr("Loaded \"%1\".").arg(profiles_->currentText()));
}

void ConfigurePage::renameProfile() {
    bool ok = false;
    const QString from = profiles_->currentText();
    const QString to = QInputDialog::getText(this, tr("Rename profile"), tr("New name:"),
                                             QLineEdit::Normal, from, &ok);
    if (!ok) {
        return;
    }
    auto renamed = app::ProfileStore().rename(from, to);
    if (renamed) {
        showText(profileStatus_, tr("Renamed to \"%1\".").arg(to));
    } else {
        showError(profileStatus_, renamed.error());
    }
    refreshProfiles();
    profiles_->setCurrentText(to);
}

void ConfigurePage::deleteProfile() {
    const QString name = profiles_->currentText();
    if (name.isEmpty() ||
        QMessageBox::question(this, tr("Delete profile"),
                              tr("Delete the profile \"%1\"?").arg(name)) != QMessageBox::Yes) {
        return;
    }
    auto removed = app::ProfileStore().remove(name);
    if (removed) {
        showText(profileStatus_, tr("Deleted \"%1\".").arg(name));
    } else {
        showError(profileStatus_, removed.error());
    }
    refreshProfiles();
}

void ConfigurePage::importProfile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a profile"), QString(),
                                                      tr("Imprint profiles (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    // Imported into the shared store (the CLI sees it too), then loaded.
    app::ProfileStore store;
    auto name = store.importFrom(path);
    if (!name && name.error().code == "profile.exists") {
        name = store.importFrom(path, QFileInfo(path).completeBaseName() + tr(" (imported)"));
    }
    if (!name) {
        showError(profileStatus_, name.error());
        return;
    }
    auto profile = store.load(*name);
    if (!profile) {
        showError(profileStatus_, profile.error());
        return;
    }
    model_->applyProfile(*profile);
    refreshProfiles();
    profiles_->setCurrentText(*name);
    showText(profileStatus_, tr("Imported %1 as \"%2\".").arg(path, *name));
}

void ConfigurePage::exportProfile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the profile"),
                                                      QStringLiteral("imprint-profile.json"),
                                                      tr("Imprint profiles (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    auto written = app::ProfileStore::writeFile(path, model_->profile());
    if (written) {
        showText(profileStatus_, tr("Exported to %1.").arg(path));
    } else {
        showError(profileStatus_, written.error());
    }
}

} // namespace imprint::gui
