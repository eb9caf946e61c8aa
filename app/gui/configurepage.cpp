#include "app/gui/configurepage.h"

#include "app/common/errortext.h"
#include "app/gui/configmodel.h"
#include "app/gui/textformat.h"
#include "core/provision/plan.h"

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
    planPage_ = buildPlan();
    tabs_->addTab(planPage_, tr("&Plan"));
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        if (planStale_) {
            refreshPlan();
        }
    });
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
    // A plan reads the boot partition: made only while the Plan tab is in view.
    if (tabs_->currentWidget() != planPage_) {
        planStale_ = true;
        return;
    }
    planStale_ = false;
    plan_->clear();
    planDetail_->clear();
    auto plan = model_->plan();
    if (!plan) {
        auto* item = new QTreeWidgetItem(plan_, {tr("(no plan)")});
        item->setData(0, Qt::UserRole, app::describeError(plan.error()));
        return;
    }
    for (const auto& change : plan->changes) {
        auto* item = new QTreeWidgetItem(plan_);
        const QString path = QLatin1Char('/') + QString::fromStdString(change.path);
        item->setText(0, path);
        item->setText(1, change.kind == provision::ChangeKind::Create   ? tr("added")
                         : change.kind == provision::ChangeKind::Remove ? tr("removed")
                                                                        : tr("changed"));
        const auto size = static_cast<quint64>(change.content.size());
        item->setText(2, change.kind == provision::ChangeKind::Remove ? QString()
                                                                      : app::sizeText(size));
        QString detail;
        const QString text = QString::fromUtf8(reinterpret_cast<const char*>(change.content.data()),
                                               static_cast<qsizetype>(change.content.size()));
        if (path == QLatin1String("/config.json")) {
            for (const auto& line : plan->configDiff) {
                detail += QString::fromStdString(line) + QLatin1Char('\n');
            }
        } else if (path.endsWith(QLatin1String(".png"))) {
            detail = tr("A new PNG image of %1.").arg(app::sizeText(size));
        } else if (change.kind == provision::ChangeKind::Remove) {
            detail = tr("This file is removed (a copy is saved first).");
        } else if (change.secret) {
            // Connection files: everything but the pass phrase.
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                detail += line.startsWith(QLatin1String("psk=")) ? QStringLiteral("psk=********\n")
                                                                 : line + QLatin1Char('\n');
            }
        } else {
            detail = text;
        }
        item->setData(0, Qt::UserRole, detail);
    }
    for (const auto& notice : plan->notices) {
        auto* item = new QTreeWidgetItem(plan_, {tr("(note)"), app::errorText(notice)});
        item->setData(0, Qt::UserRole, app::errorText(notice));
    }
    for (const auto& issue : plan->issues) {
        if (issue.severity == config::Severity::Error && !issue.preexisting) {
            auto* item =
                new QTreeWidgetItem(plan_, {tr("(problem)"), app::describeError(issue.error)});
            item->setData(0, Qt::UserRole, app::describeError(issue.error));
        }
    }
    if (plan->changes.empty()) {
        new QTreeWidgetItem(plan_, {tr("(nothing changes yet)")});
    }
    // The config.json diff is what people look for first.
    const auto configs = plan_->findItems(QStringLiteral("/config.json"), Qt::MatchExactly);
    plan_->setCurrentItem(configs.isEmpty() ? plan_->topLevelItem(0) : configs.front());
}

} // namespace imprint::gui
