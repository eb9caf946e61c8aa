#include "app/gui/drivetargets.h"

#include "app/common/errortext.h"
#include "app/common/sizetext.h"
#include "app/gui/targetchoice.h"
#include "flasher/drives/judgeddrives.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace imprint::gui {
namespace {

constexpr int kProfileColumn = 4;

QString verdictText(const flasher::DriveVerdict& verdict) {
    if (verdict.systemDrive) {
        return QCoreApplication::translate("Gui", "system drive: never written");
    }
    QStringList parts;
    for (const auto& issue : verdict.issues) {
        parts << app::errorText(issue.reason);
    }
    return parts.isEmpty() ? QCoreApplication::translate("Gui", "ready")
                           : parts.join(QLatin1Char(' '));
}

} // namespace

DriveTargets::DriveTargets(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("driveList"));
    list_->setAccessibleName(tr("Drives"));
    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("Drive"), tr("Size"), tr("Bus"), tr("Safety"), tr("Profile")});
    list_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(list_, 1);
    auto* row = new QHBoxLayout;
    showAll_ = new QCheckBox(tr("Show &all drives, including system drives"), this);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    row->addWidget(showAll_);
    row->addWidget(note_, 1);
    layout->addLayout(row);

    hotplug_ = new QTimer(this);
    hotplug_->setInterval(3000);
    watcher_ = new QFutureWatcher<QList<Row>>(this);
    connect(list_, &QTreeWidget::itemChanged, this, &DriveTargets::changed);
    connect(showAll_, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            bool ok = false;
            const QString typed = QInputDialog::getText(
                this, tr("Show system drives"),
                tr("System drives hold this computer's own files; writing one destroys them. "
                   "Type SHOW to list them anyway:"),
                QLineEdit::Normal, QString(), &ok);
            if (!ok || typed.trimmed() != tr("SHOW")) {
                showAll_->setChecked(false);
                return;
            }
        }
        refresh();
    });
    connect(hotplug_, &QTimer::timeout, this, &DriveTargets::refresh);
    // Hot-plug: a drive node appearing in or leaving /dev refreshes the list at once (the
    // timer stays as the fallback where /dev cannot be watched).
    devWatcher_ = new QFileSystemWatcher(this);
    devWatcher_->addPath(QStringLiteral("/dev"));
    auto* settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(300); // udev makes partition nodes right after the disk's
    connect(devWatcher_, &QFileSystemWatcher::directoryChanged, settle,
            [settle] { settle->start(); });
    connect(settle, &QTimer::timeout, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
    connect(watcher_, &QFutureWatcher<QList<Row>>::finished, this,
            [this] { show(watcher_->result()); });
}

DriveTargets::~DriveTargets() { watcher_->waitForFinished(); }

void DriveTargets::setImage(const QString& path, quint64 size) {
    imagePath_ = path;
    imageSize_ = size;
}

void DriveTargets::activate() {
    refresh();
    hotplug_->start();
}

void DriveTargets::refresh() {
    if (watcher_->isRunning() || !isVisible()) {
        if (!isVisible()) {
            hotplug_->stop();
        }
        return;
    }
    flasher::SafetyContext context;
    context.imageSize = imageSize_;
    context.sourcePaths = {imagePath_.toStdString()};
    watcher_->setFuture(QtConcurrent::run([context] {
        QList<Row> rows;
        if (auto drives = flasher::listJudgedDrives(context)) {
            for (auto& d : *drives) {
                rows << Row{std::move(d.drive), std::move(d.verdict)};
            }
        }
        return rows;
    }));
}

void DriveTargets::show(const QList<Row>& rows) {
    QStringList checked;
    QMap<QString, int> profiles; // the profile chosen for each drive, kept across refreshes
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        auto* item = list_->topLevelItem(i);
        const QString path = item->data(0, Qt::UserRole).toString();
        if (item->checkState(0) == Qt::Checked) {
            checked << path;
        }
        if (auto* chooser = qobject_cast<QComboBox*>(list_->itemWidget(item, kProfileColumn))) {
            profiles.insert(path, chooser->currentIndex());
        }
    }
    const QSignalBlocker blocker(list_);
    list_->clear();
    int hidden = 0;
    for (const auto& row : rows) {
        if (row.drive.type != "disk" && row.drive.type != "loop") {
            continue;
        }
        if (row.verdict.systemDrive && !showAll_->isChecked()) {
            ++hidden;
            continue;
        }
        const QString path = QString::fromStdString(row.drive.path);
        auto* item = new QTreeWidgetItem(list_);
        const QString description = QString::fromStdString(row.drive.description());
        item->setText(0, description.isEmpty() ? path : tr("%1 (%2)").arg(description, path));
        item->setText(1, app::sizeText(static_cast<quint64>(row.drive.sizeBytes)));
        item->setText(2, QString::fromStdString(row.drive.bus));
        item->setText(3, verdictText(row.verdict));
        item->setToolTip(3, item->text(3));
        item->setData(0, Qt::UserRole, path);
        item->setData(1, Qt::UserRole, row.verdict.needsConfirmation());
        if (row.verdict.refused()) {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
            continue;
        }
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, checked.contains(path) ? Qt::Checked : Qt::Unchecked);
        auto* chooser = makeProfileChooser(list_);
        chooser->setObjectName(QStringLiteral("driveProfile:") + path);
        chooser->setCurrentIndex(profiles.value(path, 0));
        list_->setItemWidget(item, kProfileColumn, chooser);
    }
    note_->setText(hidden ? tr("%n system drive(s) hidden.", nullptr, hidden) : QString());
    emit changed();
}

bool DriveTargets::anyChecked() const { return anyItemChecked(list_); }

Result<std::optional<QList<app::WriteTargetSpec>>> DriveTargets::chosen(const ConfigModel& model) {
    QList<app::WriteTargetSpec> out;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        auto* item = list_->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked) {
            continue;
        }
        const QString path = item->data(0, Qt::UserRole).toString();
        if (item->data(1, Qt::UserRole).toBool() &&
            QMessageBox::warning(this, tr("Write %1?").arg(path), item->text(3),
                                 QMessageBox::Yes | QMessageBox::No) != QMessageBox::Yes) {
            return std::optional<QList<app::WriteTargetSpec>>();
        }
        auto profile =
            chosenProfile(qobject_cast<QComboBox*>(list_->itemWidget(item, kProfileColumn)), model);
        if (!profile) {
            return std::move(profile).takeError();
        }
        out << app::WriteTargetSpec{path, true, std::move(profile).value(), true};
    }
    return std::optional<QList<app::WriteTargetSpec>>(out);
}

} // namespace imprint::gui
