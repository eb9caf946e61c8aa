#include "app/gui/writepage.h"

#include "app/common/errortext.h"
#include "app/common/folders/userfolders.h"
#include "app/common/image/profileplan.h"
#include "app/common/settings/settings.h"
#include "app/common/write/writerun.h"
#include "app/gui/configmodel.h"
#include "app/gui/drivetargets.h"
#include "app/gui/errorlabel.h"
#include "app/gui/targetchoice.h"
#include "app/gui/textformat.h"
#include "flasher/drives/judgeddrives.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace imprint::gui {
WritePage::WritePage(ConfigModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    auto* layout = new QVBoxLayout(this);

    auto* inPlaceBox = new QGroupBox(tr("Configure only"), this);
    auto* inPlaceLayout = new QHBoxLayout(inPlaceBox);
    inPlaceText_ = new QLabel(inPlaceBox);
    inPlaceText_->setWordWrap(true);
    inPlace_ = new QPushButton(tr("Save &changes in place"), inPlaceBox);
    inPlace_->setObjectName(QStringLiteral("configureInPlace"));
    inPlace_->setAccessibleName(tr("Save the changes into the opened image itself"));
    inPlaceResult_ = new QLabel(inPlaceBox);
    inPlaceResult_->setObjectName(QStringLiteral("inPlaceResult"));
    inPlaceResult_->setWordWrap(true);
    inPlaceLayout->addWidget(inPlaceText_, 2);
    inPlaceLayout->addWidget(inPlace_);
    inPlaceLayout->addWidget(inPlaceResult_, 1);
    layout->addWidget(inPlaceBox);

    auto* targets = new QGroupBox(tr("Write to"), this);
    auto* targetLayout = new QVBoxLayout(targets);
    drives_ = new DriveTargets(targets);
    targetLayout->addWidget(drives_, 1);
    files_ = new FileTargets(targets);
    targetLayout->addWidget(files_);
    layout->addWidget(targets, 1);

    auto* actions = new QHBoxLayout;
    verify_ = new QCheckBox(tr("&Verify after writing"), this);
    verify_->setChecked(app::settings::value(QStringLiteral("write/verify"), true).toBool());
    blocked_ = new QLabel(this);
    blocked_->setObjectName(QStringLiteral("writeBlocked"));
    blocked_->setWordWrap(true);
    write_ = new QPushButton(tr("&Write"), this);
    write_->setObjectName(QStringLiteral("writeButton"));
    cancel_ = new QPushButton(tr("Cance&l"), this);
    cancel_->setEnabled(false);
    actions->addWidget(verify_);
    actions->addWidget(blocked_, 1);
    actions->addWidget(write_);
    actions->addWidget(cancel_);
    layout->addLayout(actions);

    progressArea_ = new QWidget(this);
    progressGrid_ = new QGridLayout(progressArea_);
    layout->addWidget(progressArea_);

    run_ = new app::WriteRun(this);
    render_ = new QTimer(this);
    render_->setSingleShot(true);
    render_->setInterval(100); // at most 10 repaints a second, however many targets report
    connect(render_, &QTimer::timeout, this, &WritePage::showProgress);
    connect(inPlace_, &QPushButton::clicked, this, &WritePage::configureInPlace);
    connect(files_, &FileTargets::changed, this, &WritePage::updateButtons);
    connect(drives_, &DriveTargets::changed, this, &WritePage::updateButtons);
    connect(model_, &ConfigModel::changed, this, &WritePage::updateButtons);
    connect(write_, &QPushButton::clicked, this, &WritePage::startWrite);
    connect(cancel_, &QPushButton::clicked, run_, &app::WriteRun::cancel);
    connect(run_, &app::WriteRun::progress, this, &WritePage::onProgress);
    connect(run_, &app::WriteRun::prepared, this, [this](const QStringList& plans) {
        for (int i = 0; i < rows_.size() && i < plans.size(); ++i) {
            showText(rows_[i].status, plans[i]);
        }
    });
    connect(run_, &app::WriteRun::finished, this, &WritePage::onFinished);
    updateButtons();
}

WritePage::~WritePage() = default;

bool WritePage::writing() const { return run_->running(); }

void WritePage::setImage(const app::ImageInfo& info) {
    image_ = info;
    inPlaceText_->setText(
        tr("Write the changes straight into %1 without flashing anything.").arg(info.path));
    inPlaceResult_->clear();
    drives_->setImage(info.path, info.size);
    updateButtons();
}

void WritePage::activate() { drives_->activate(); }

void WritePage::updateButtons() {
    const bool anyTarget = files_->anyChecked() || drives_->anyChecked();
    const bool busy = run_->running();
    const bool errors = model_->hasErrors();
    const bool isImageFile = image_.kind == QLatin1String("image");
    blocked_->setText(errors       ? tr("Fix the problems listed in Configure first.")
                      : !anyTarget ? tr("Choose a drive or an image file to write to.")
                                   : QString());
    write_->setEnabled(!busy && !errors && anyTarget && isImageFile);
    inPlace_->setEnabled(
        !busy && !errors && !image_.path.isEmpty() &&
        (image_.compression.isEmpty() || image_.compression == QLatin1String("raw")));
    cancel_->setEnabled(busy);
}

QList<app::WriteTargetSpec> WritePage::chosenTargets() {
    auto drives = drives_->chosen(*model_);
    if (!drives) {
        showError(blocked_, drives.error());
        return {};
    }
    if (!*drives) {
        return {}; // a drive was not confirmed
    }
    QList<app::WriteTargetSpec> targets = **drives;
    auto files = files_->chosen(*model_);
    if (!files) {
        showError(blocked_, files.error());
        return {};
    }
    for (const auto& f : *files) {
        if (QFileInfo::exists(f.path) &&
            QMessageBox::question(this, tr("Overwrite %1?").arg(f.path),
                                  tr("%1 exists and will be overwritten.").arg(f.path)) !=
                QMessageBox::Yes) {
            return {};
        }
        targets << f;
    }
    return targets;
}

void WritePage::startWrite() {
    const auto targets = chosenTargets();
    if (targets.isEmpty()) {
        return;
    }
    // The rows of the previous run go; one row per target of this one.
    while (auto* child = progressGrid_->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    rows_.clear();
    for (int i = 0; i < targets.size(); ++i) {
        TargetRow row{
            targets[i].path, new QProgressBar(progressArea_), new QLabel(progressArea_), {}};
        row.bar->setRange(0, 1000);
        row.bar->setAccessibleName(tr("Progress of %1").arg(row.name));
        row.status->setObjectName(QStringLiteral("targetStatus%1").arg(i));
        row.status->setWordWrap(true);
        progressGrid_->addWidget(new QLabel(row.name, progressArea_), i, 0);
        progressGrid_->addWidget(row.bar, i, 1);
        progressGrid_->addWidget(row.status, i, 2);
        progressGrid_->setColumnStretch(2, 1);
        rows_ << row;
    }
    run_->start(image_.path, targets, verify_->isChecked());
    updateButtons();
}

QString WritePage::doneText(const flasher::TargetOutcome& o) const {
    QString text = o.verified ? tr("Written and verified.") : tr("Written.");
    if (o.dataBytes > 0) {
        text += QLatin1Char(' ') +
                tr("%1 of data written.").arg(app::sizeText(static_cast<quint64>(o.dataBytes)));
    }
    const int files = static_cast<int>(o.configuredFiles);
    text += QLatin1Char(' ') +
            (files ? tr("%n boot file(s) configured.", nullptr, files) : tr("Not configured."));
    return text;
}

void WritePage::onProgress(const app::WriteTargetProgress& p) {
    if (p.target < 0 || p.target >= rows_.size()) {
        return;
    }
    rows_[p.target].pending = p;
    if (!render_->isActive()) {
        render_->start();
    }
}

void WritePage::showProgress() {
    // The words go into the bar's own text: a label's new text re-lays out the whole window,
    // the bar's only repaints the bar.
    for (auto& row : rows_) {
        if (!row.pending) {
            continue;
        }
        const auto p = *row.pending;
        row.pending.reset();
        row.bar->setValue(static_cast<int>(p.fraction * 1000));
        const QString phase = p.phase == QLatin1String("verifying") ? tr("Verifying")
                              : p.phase == QLatin1String("writing") ? tr("Writing")
                                                                    : tr("Preparing");
        row.bar->setFormat(p.bytesPerSecond > 0
                               ? tr("%1 %p% at %2/s, %3 left")
                                     .arg(phase,
                                          app::sizeText(static_cast<quint64>(p.bytesPerSecond)),
                                          formatDuration(p.secondsLeft))
                               : tr("%1 %p%").arg(phase));
    }
}

void WritePage::onFinished(const QStringList& errors) {
    render_->stop();
    for (auto& row : rows_) {
        row.pending.reset();
    }
    // Remembered now, not at the start: QSettings syncs to disk, which can take long while
    // a write keeps the disk busy. (A settings folder that cannot be made was reported when
    // the image opened.)
    if (files_->anyChecked()) {
        (void)app::settings::setValue(QStringLiteral("write/outputFile"), files_->lastPath());
    }
    (void)app::settings::setValue(QStringLiteral("write/verify"), verify_->isChecked());
    const auto report = run_->report();
    for (int i = 0; i < rows_.size() && i < errors.size(); ++i) {
        rows_[i].bar->setValue(errors[i].isEmpty() ? 1000 : rows_[i].bar->value());
        rows_[i].bar->setFormat(errors[i].isEmpty() ? tr("Done") : tr("Failed"));
        const auto index = static_cast<std::size_t>(i);
        const auto outcome =
            index < report.targets.size() ? report.targets[index] : flasher::TargetOutcome{};
        if (errors[i].isEmpty()) {
            showText(rows_[i].status, doneText(outcome));
        } else {
            showError(rows_[i].status, errors[i],
                      outcome.error ? errorDetail(*outcome.error) : QString());
        }
    }
    updateButtons();
    emit writeFinished();
}

void WritePage::configureInPlace() {
    bool refused = false;
    const QString backups = app::defaultBackupDirectory();
    auto report = app::configureInPlace(image_.path, model_->profile(), backups, &refused);
    if (!report) {
        showError(inPlaceResult_, report.error());
        return;
    }
    const int count = static_cast<int>(report->written.size() + report->removed.size());
    showText(inPlaceResult_,
             report->backedUp.empty()
                 ? tr("Saved %n file(s) into the image.", nullptr, count)
                 : tr("Saved %n file(s) into the image; the old ones are in %1.", nullptr, count)
                       .arg(backups));
}

} // namespace imprint::gui
