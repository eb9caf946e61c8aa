#include "app/gui/configurepage.h"

#include "app/common/errortext.h"
#include "app/gui/configmodel.h"
#include "app/gui/textformat.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imprint::gui {

ConfigurePage::ConfigurePage(ConfigModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildProfiles());
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("configureTabs"));
    tabs_->addTab(buildDevice(), tr("&Device"));
    tabs_->addTab(buildNetwork(), tr("&Network"));
    tabs_->addTab(buildConnectivity(), tr("Connectivity c&heck"));
    tabs_->addTab(buildAccess(), tr("&Access"));
    tabs_->addTab(buildUdev(), tr("&udev rules"));
    tabs_->addTab(buildSplash(), tr("&Splash"));
    tabs_->addTab(buildAdvanced(), tr("Ad&vanced"));
    tabs_->addTab(buildPlan(), tr("&Plan"));
    layout->addWidget(tabs_, 1);

    auto* bottom = new QHBoxLayout;
    summary_ = new QListWidget(this);
    summary_->setObjectName(QStringLiteral("problemSummary"));
    summary_->setAccessibleName(tr("Problems"));
    summary_->setMaximumHeight(110);
    bottom->addWidget(summary_, 1);
    next_ = new QPushButton(tr("&Next: Write"), this);
    next_->setObjectName(QStringLiteral("configureNext"));
    bottom->addWidget(next_, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
    connect(next_, &QPushButton::clicked, this, &ConfigurePage::nextRequested);
    connect(model_, &ConfigModel::changed, this, &ConfigurePage::refresh);
    refresh();
}

QLabel* ConfigurePage::errorLabel(QWidget* parent, const QString& pointerPrefix) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error:") + pointerPrefix);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    errorLabels_.insert(label, pointerPrefix);
    return label;
}

QLineEdit* ConfigurePage::bindLine(QWidget* parent, std::string_view pointer,
                                   const QString& accessible) {
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessible);
    edit->setObjectName(QString::fromUtf8(pointer.data(), static_cast<qsizetype>(pointer.size())));
    const std::string key(pointer);
    connect(edit, &QLineEdit::textEdited, this, [this, key](const QString& text) {
        if (!refreshing_) {
            model_->setString(key, text);
        }
    });
    fieldRefreshers_ << [this, edit, key] {
        const auto value = model_->config().string(key);
        const QString text = value ? QString::fromStdString(*value) : QString();
        if (edit->text() != text) {
            edit->setText(text);
        }
    };
    return edit;
}

QCheckBox* ConfigurePage::bindCheck(QWidget* parent, std::string_view pointer,
                                    const QString& text) {
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(QString::fromUtf8(pointer.data(), static_cast<qsizetype>(pointer.size())));
    const std::string key(pointer);
    connect(box, &QCheckBox::toggled, this, [this, key](bool on) {
        if (!refreshing_) {
            model_->setBool(key, on);
        }
    });
    fieldRefreshers_ <<
        [this, box, key] { box->setChecked(model_->config().boolean(key).value_or(false)); };
    return box;
}

void ConfigurePage::refresh() {
    refreshing_ = true;
    for (const auto& refresher : fieldRefreshers_) {
        refresher();
    }
    const auto& issues = model_->issues();
    for (auto it = errorLabels_.begin(); it != errorLabels_.end(); ++it) {
        QStringList texts;
        for (const auto& issue : issues) {
            const QString pointer = QString::fromStdString(issue.error.pointer);
            if (issue.severity == config::Severity::Error &&
                (pointer == it.value() || pointer.startsWith(it.value() + QLatin1Char('/')))) {
                texts << app::errorText(issue.error);
            }
        }
        if (it.value() == QLatin1String("/") && model_->textError()) {
            texts << app::errorText(*model_->textError());
        }
        it.key()->setText(texts.join(QLatin1Char('\n')));
        it.key()->setVisible(!texts.isEmpty());
    }
    summary_->clear();
    if (model_->textError()) {
        summary_->addItem(tr("Advanced: %1").arg(app::errorText(*model_->textError())));
    }
    for (const auto& issue : issues) {
        const QString prefix =
            issue.severity == config::Severity::Error ? tr("Error") : tr("Warning");
        summary_->addItem(tr("%1: %2").arg(prefix, app::describeError(issue.error)));
    }
    if (summary_->count() == 0) {
        summary_->addItem(tr("No problems found."));
    }
    next_->setEnabled(!model_->hasErrors());
    if (advanced_ && !advanced_->hasFocus() && !model_->textError()) {
        const QString text = QString::fromStdString(model_->config().toText());
        if (advanced_->toPlainText() != text) {
            advanced_->setPlainText(text);
        }
    }
    refreshPlan();
    refreshing_ = false;
}

QWidget* ConfigurePage::buildAdvanced() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("The resulting config.json. Edit it directly: every change is "
                                "checked as you type, and the forms follow."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    advanced_ = new QPlainTextEdit(page);
    advanced_->setObjectName(QStringLiteral("advancedEditor"));
    advanced_->setAccessibleName(tr("config.json text"));
    advanced_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    advanced_->setTabChangesFocus(true);
    layout->addWidget(advanced_, 1);
    layout->addWidget(errorLabel(page, QStringLiteral("/")));
    advancedTimer_ = new QTimer(this);
    advancedTimer_->setSingleShot(true);
    advancedTimer_->setInterval(250);
    connect(advanced_, &QPlainTextEdit::textChanged, this, [this] {
        if (!refreshing_) {
            advancedTimer_->start();
        }
    });
    connect(advancedTimer_, &QTimer::timeout, this, [this] {
        auto parsed = config::Config::parse(advanced_->toPlainText().toStdString());
        if (parsed) {
            model_->setConfig(*parsed);
        } else {
            model_->setTextError(parsed.error());
        }
    });
    return page;
}

QWidget* ConfigurePage::buildPlan() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("These files of the boot partition change when you write. "
                                "Nothing else on the image is touched."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* split = new QSplitter(Qt::Vertical, page);
    plan_ = new QTreeWidget(split);
    plan_->setObjectName(QStringLiteral("planView"));
    plan_->setAccessibleName(tr("Files that change"));
    plan_->setRootIsDecorated(false);
    plan_->setHeaderLabels({tr("File"), tr("Change"), tr("Size")});
    plan_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    planDetail_ = new QPlainTextEdit(split);
    planDetail_->setReadOnly(true);
    planDetail_->setAccessibleName(tr("New content of the selected file"));
    planDetail_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(split, 1);
    connect(plan_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        planDetail_->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    return page;
}

void ConfigurePage::refreshPlan() {
    plan_->clear();
    const auto diffs = app::diffChanges(model_->image(), model_->changes());
    for (const auto& d : diffs) {
        auto* item = new QTreeWidgetItem(plan_);
        item->setText(0, d.path);
        item->setText(1, d.kind == app::BootFileDiff::Kind::Add      ? tr("added")
                         : d.kind == app::BootFileDiff::Kind::Remove ? tr("removed")
                                                                     : tr("changed"));
        item->setText(2, formatBytes(d.after.size()));
        QString detail;
        if (d.path.endsWith(QLatin1String(".png"))) {
            detail = tr("A new PNG image of %1.").arg(formatBytes(d.after.size()));
        } else if (d.path == QLatin1String("/config.json")) {
            auto parsed = config::Config::parse(d.after.toStdString());
            detail =
                parsed ? QString::fromStdString(config::toText(config::maskSecrets(parsed->json())))
                       : QString::fromUtf8(d.after);
        } else {
            // Connection files: the pass phrase stays hidden.
            for (const QString& line : QString::fromUtf8(d.after).split(QLatin1Char('\n'))) {
                detail += line.startsWith(QLatin1String("psk=")) ? QStringLiteral("psk=********\n")
                                                                 : line + QLatin1Char('\n');
            }
        }
        item->setData(0, Qt::UserRole, detail);
    }
    if (diffs.isEmpty()) {
        new QTreeWidgetItem(plan_, {tr("(nothing changes yet)")});
    }
}

} // namespace imprint::gui
