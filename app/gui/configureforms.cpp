// The Configure step's forms, one builder per tab; each edits the ConfigModel and nothing else.
#include "app/common/errortext.h"
#include "app/gui/configmodel.h"
#include "app/gui/configurepage.h"
#include "app/gui/wifidialog.h"
#include "core/config/checks.h"
#include "core/config/sshkey.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace imprint::gui {
namespace {

QLabel* explanation(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

QWidget* ConfigurePage::buildDevice() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* hostname = bindLine(page, config::keys::hostname, tr("Host name"));
    hostname->setPlaceholderText(tr("default: the first 7 characters of the device's UUID"));
    form->addRow(tr("&Host name:"), hostname);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/hostname")));
    form->addRow(QString(),
                 explanation(tr("The device answers to <name>.local on your network."), page));
    auto* dev = bindCheck(page, config::keys::developmentMode, tr("&Development mode"));
    form->addRow(QString(), dev);
    form->addRow(QString(), explanation(tr("For work on your desk only: anyone on the network can "
                                           "log in as root without a password and control the "
                                           "container engine. With SSH keys set, only the keys "
                                           "work. Leave it off for devices in the field."),
                                        page));
    form->addRow(QString(), errorLabel(page, QStringLiteral("/developmentMode")));
    form->addRow(QString(), bindCheck(page, config::keys::persistentLogging,
                                      tr("&Keep logs across reboots (persistent logging)")));
    form->addRow(QString(), errorLabel(page, QStringLiteral("/persistentLogging")));
    return page;
}

// The simple WiFi networks (what --wifi makes), with Add, Edit and Remove.
void ConfigurePage::buildWifiList(QFormLayout* form, QWidget* page) {
    auto* wifiBox = new QWidget(page);
    auto* wifiLayout = new QHBoxLayout(wifiBox);
    wifiLayout->setContentsMargins(0, 0, 0, 0);
    wifiList_ = new QListWidget(wifiBox);
    wifiList_->setObjectName(QStringLiteral("wifiList"));
    wifiList_->setAccessibleName(tr("WiFi networks"));
    wifiList_->setMaximumHeight(120);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("A&dd…"), wifiBox);
    add->setAccessibleName(tr("Add a WiFi network"));
    auto* edit = new QPushButton(tr("&Edit…"), wifiBox);
    edit->setAccessibleName(tr("Edit the selected WiFi network"));
    auto* remove = new QPushButton(tr("&Remove"), wifiBox);
    remove->setAccessibleName(tr("Remove the selected WiFi network"));
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch();
    wifiLayout->addWidget(wifiList_, 1);
    wifiLayout->addLayout(buttons);
    form->addRow(tr("WiFi networks:"), wifiBox);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/wifi")));
    connect(add, &QPushButton::clicked, this, [this] { editWifi(-1); });
    connect(edit, &QPushButton::clicked, this, [this] { editWifi(wifiList_->currentRow()); });
    connect(wifiList_, &QListWidget::itemActivated, this,
            [this] { editWifi(wifiList_->currentRow()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        auto networks = model_->wifi();
        const int row = wifiList_->currentRow();
        if (row >= 0 && row < static_cast<int>(networks.size())) {
            networks.erase(networks.begin() + row);
            model_->setWifi(networks);
        }
    });
    fieldRefreshers_ << [this] {
        wifiList_->clear();
        for (const auto& n : model_->wifi()) {
            QString text = QString::fromStdString(n.ssid);
            text += n.passphrase.empty() ? tr(" (open)") : tr(" (WPA, pass phrase set)");
            if (n.hidden) {
                text += tr(", hidden");
            }
            if (n.priority) {
                text += tr(", priority %1").arg(*n.priority);
            }
            if (!n.address.empty()) {
                text += tr(", static %1").arg(QString::fromStdString(n.address));
            }
            wifiList_->addItem(text);
        }
    };
}

QWidget* ConfigurePage::buildNetwork() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    buildWifiList(form, page);

    auto* country = bindLine(page, config::keys::country, tr("WiFi country"));
    QStringList codes;
    for (auto code : config::countryCodes()) {
        codes << QString::fromLatin1(code.data(), static_cast<qsizetype>(code.size()));
    }
    country->setCompleter(new QCompleter(codes, country));
    country->setPlaceholderText(tr("two letters, e.g. DE"));
    form->addRow(tr("&Country:"), country);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/country")));
    form->addRow(QString(), explanation(tr("The WiFi rules of the country the device is in "
                                           "(channels and power)."),
                                        page));
    auto* dns = bindLine(page, config::keys::dnsServers, tr("DNS servers"));
    dns->setPlaceholderText(tr("e.g. 1.1.1.1 9.9.9.9"));
    form->addRow(tr("D&NS servers:"), dns);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/dnsServers")));
    form->addRow(QString(), explanation(tr("Empty: your network's servers plus 8.8.8.8. The word "
                                           "null: only your network's servers. Addresses "
                                           "separated by spaces: those instead of 8.8.8.8."),
                                        page));
    auto* ntp = bindLine(page, config::keys::ntpServers, tr("NTP servers"));
    ntp->setPlaceholderText(tr("extra time servers, separated by spaces"));
    form->addRow(tr("N&TP servers:"), ntp);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/ntpServers")));
    form->addRow(QString(), bindCheck(page, config::keys::randomMacAddressScan,
                                      tr("Use a &random MAC address while scanning for WiFi")));
    buildConnections(form, page);
    form->addRow(buildProxy(page));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

void ConfigurePage::editWifi(int row) {
    auto networks = model_->wifi();
    const bool adding = row < 0 || row >= static_cast<int>(networks.size());
    WifiDialog dialog(adding ? provision::WifiNetwork{} : networks[static_cast<std::size_t>(row)],
                      this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (adding) {
        networks.push_back(dialog.network());
    } else {
        networks[static_cast<std::size_t>(row)] = dialog.network();
    }
    model_->setWifi(networks);
}

QWidget* ConfigurePage::buildConnectivity() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->addRow(explanation(tr("The device checks now and then that it really reaches the "
                                "internet. Leave these empty for balena's own check."),
                             page));
    auto* uri = bindLine(page, config::keys::connectivityUri, tr("Check address"));
    uri->setPlaceholderText(tr("https://example.org/check"));
    form->addRow(tr("&Address:"), uri);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/os/network/connectivity/uri")));
    auto* interval =
        bindLine(page, config::keys::connectivityInterval, tr("Check interval in seconds"));
    interval->setPlaceholderText(tr("3600; 0 turns the check off"));
    form->addRow(tr("&Interval (seconds):"), interval);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/os/network/connectivity/interval")));
    auto* response = bindLine(page, config::keys::connectivityResponse, tr("Expected response"));
    response->setPlaceholderText(tr("empty: HTTP 204 or an empty page"));
    form->addRow(tr("Expected &response:"), response);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/os/network/connectivity/response")));
    auto* test = new QPushButton(tr("&Test now"), page);
    test->setAccessibleName(tr("Test the connectivity check now"));
    connectivityResult_ = new QLabel(page);
    connectivityResult_->setWordWrap(true);
    connectivityResult_->setObjectName(QStringLiteral("connectivityResult"));
    form->addRow(test, connectivityResult_);
    connect(test, &QPushButton::clicked, this, &ConfigurePage::testConnectivity);
    return page;
}

void ConfigurePage::testConnectivity() {
    const auto uri = model_->config().connectivityUri();
    if (!uri || config::checkHttpUrl(*uri)) {
        connectivityResult_->setText(tr("Enter an http:// or https:// address first."));
        return;
    }
    if (!network_) {
        network_ = new QNetworkAccessManager(this);
    }
    connectivityResult_->setText(tr("Asking %1…").arg(QString::fromStdString(*uri)));
    QNetworkRequest request(QUrl(QString::fromStdString(*uri)));
    request.setTransferTimeout(10000);
    auto* reply = network_->get(request);
    const QString expected =
        QString::fromStdString(model_->config().connectivityResponse().value_or(""));
    connect(reply, &QNetworkReply::finished, this, [this, reply, expected] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
            connectivityResult_->setText(tr("No answer: %1").arg(reply->errorString()));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(64 * 1024);
        const bool ok = expected.isEmpty() ? (status == 204 || body.isEmpty())
                                           : QString::fromUtf8(body).contains(expected);
        connectivityResult_->setText(
            ok ? tr("Good: HTTP %1, the answer the device expects.").arg(status)
               : tr("HTTP %1, but not the expected answer: the device "
                    "would think it is behind a login page.")
                     .arg(status));
    });
}

QWidget* ConfigurePage::buildAccess() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(explanation(tr("SSH public keys that may log in (port 22222), one per line. "
                                     "Paste them or import yours."),
                                  page));
    sshKeys_ = new QPlainTextEdit(page);
    sshKeys_->setObjectName(QStringLiteral("sshKeys"));
    sshKeys_->setAccessibleName(tr("SSH public keys, one per line"));
    sshKeys_->setTabChangesFocus(true);
    sshKeys_->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(sshKeys_, 1);
    auto* import = new QPushButton(tr("&Import from ~/.ssh…"), page);
    layout->addWidget(import, 0, Qt::AlignLeft);
    sshVerdicts_ = new QListWidget(page);
    sshVerdicts_->setAccessibleName(tr("Validity of each key"));
    sshVerdicts_->setObjectName(QStringLiteral("sshVerdicts"));
    layout->addWidget(sshVerdicts_, 1);
    layout->addWidget(errorLabel(page, QStringLiteral("/os/sshKeys")));
    connect(import, &QPushButton::clicked, this, &ConfigurePage::importSshKeys);
    connect(sshKeys_, &QPlainTextEdit::textChanged, this, [this] {
        if (refreshing_) {
            return;
        }
        std::vector<std::string> lines;
        for (const QString& line : sshKeys_->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                lines.push_back(line.trimmed().toStdString());
            }
        }
        config::Config next = model_->config();
        if (lines.empty()) {
            next.unset(config::keys::sshKeys);
        } else {
            next.setSshKeys(lines);
        }
        model_->setConfig(next);
    });
    fieldRefreshers_ << [this] {
        QStringList lines;
        sshVerdicts_->clear();
        for (const auto& line : model_->config().sshKeys()) {
            lines << QString::fromStdString(line);
            auto key = config::parseSshPublicKey(line);
            sshVerdicts_->addItem(key ? tr("Valid: %1, %2 bits, %3")
                                            .arg(QString::fromStdString(key->type))
                                            .arg(key->bits)
                                            .arg(QString::fromStdString(key->fingerprint()))
                                      : tr("Not valid: %1").arg(app::errorText(key.error())));
        }
        QStringList current;
        for (const QString& l : sshKeys_->toPlainText().split(QLatin1Char('\n'))) {
            if (!l.trimmed().isEmpty()) {
                current << l.trimmed();
            }
        }
        if (current != lines) {
            sshKeys_->setPlainText(lines.join(QLatin1Char('\n')));
        }
    };
    return page;
}

void ConfigurePage::importSshKeys() {
    const QString folder = QDir::homePath() + QStringLiteral("/.ssh");
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import SSH public keys"),
                                                            folder, tr("Public keys (*.pub)"));
    auto lines = model_->config().sshKeys();
    for (const QString& path : files) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QString line = QString::fromUtf8(file.read(64 * 1024)).trimmed();
            if (!line.isEmpty()) {
                lines.push_back(line.toStdString());
            }
        }
    }
    config::Config next = model_->config();
    next.setSshKeys(lines);
    model_->setConfig(next);
}

} // namespace imprint::gui
