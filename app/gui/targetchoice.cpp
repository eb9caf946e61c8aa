#include "app/gui/targetchoice.h"

#include "app/common/profiles/profilestore.h"
#include "app/common/settings/settings.h"
#include "app/gui/configmodel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imprint::gui {

namespace {
const QString kNotConfigured = QStringLiteral("-");
} // namespace

QComboBox* makeProfileChooser(QWidget* parent) {
    auto* chooser = new QComboBox(parent);
    chooser->setAccessibleName(FileTargets::tr("Profile for this target"));
    chooser->addItem(FileTargets::tr("Profile being edited"), QString());
    for (const auto& name : app::ProfileStore().list()) {
        chooser->addItem(name, name);
    }
    chooser->addItem(FileTargets::tr("Not configured"), kNotConfigured);
    return chooser;
}

Result<std::optional<provision::Profile>> chosenProfile(const QComboBox* chooser,
                                                        const ConfigModel& model) {
    const QString name = chooser ? chooser->currentData().toString() : QString();
    if (name.isEmpty()) {
        return std::optional<provision::Profile>(model.profile());
    }
    if (name == kNotConfigured) {
        return std::optional<provision::Profile>();
    }
    auto profile = app::ProfileStore().load(name);
    if (!profile) {
        return std::move(profile).takeError();
    }
    return std::optional<provision::Profile>(std::move(profile).value());
}

bool anyItemChecked(const QTreeWidget* list) {
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->checkState(0) == Qt::Checked) {
            return true;
        }
    }
    return false;
}

FileTargets::FileTargets(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("fileTargets"));
    list_->setAccessibleName(tr("Image files to write"));
    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("Image file"), tr("Profile")});
    list_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list_->setMaximumHeight(120);
    layout->addWidget(list_);
    auto* row = new QHBoxLayout;
    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("outputFile"));
    path_->setAccessibleName(tr("Output image file"));
    path_->setText(app::settings::value(QStringLiteral("write/outputFile"),
                                        QDir::homePath() + QStringLiteral("/imprint-output.img"))
                       .toString());
    auto* add = new QPushButton(tr("&Add image file"), this);
    add->setObjectName(QStringLiteral("addFile"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(path_, 1);
    row->addWidget(add);
    row->addWidget(browse);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] { addFile(path_->text().trimmed()); });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Write to an image file"), path_->text());
        if (!path.isEmpty()) {
            path_->setText(path);
            addFile(path);
        }
    });
    connect(list_, &QTreeWidget::itemChanged, this, &FileTargets::changed);
}

void FileTargets::addFile(const QString& path) {
    if (path.isEmpty()) {
        return;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        if (list_->topLevelItem(i)->text(0) == absolute) {
            list_->topLevelItem(i)->setCheckState(0, Qt::Checked);
            return;
        }
    }
    const QSignalBlocker blocker(list_);
    auto* item = new QTreeWidgetItem(list_);
    item->setText(0, absolute);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(0, Qt::Checked);
    auto* chooser = makeProfileChooser(list_);
    chooser->setObjectName(QStringLiteral("fileProfile%1").arg(list_->topLevelItemCount() - 1));
    list_->setItemWidget(item, 1, chooser);
    emit changed();
}

bool FileTargets::anyChecked() const { return anyItemChecked(list_); }

Result<QList<app::WriteTargetSpec>> FileTargets::chosen(const ConfigModel& model) const {
    QList<app::WriteTargetSpec> out;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        auto* item = list_->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked) {
            continue;
        }
        auto profile = chosenProfile(qobject_cast<QComboBox*>(list_->itemWidget(item, 1)), model);
        if (!profile) {
            return std::move(profile).takeError();
        }
        out << app::WriteTargetSpec{item->text(0), false, std::move(profile).value(), true};
    }
    return out;
}

QString FileTargets::lastPath() const {
    const int n = list_->topLevelItemCount();
    return n ? list_->topLevelItem(n - 1)->text(0) : path_->text().trimmed();
}

} // namespace imprint::gui
