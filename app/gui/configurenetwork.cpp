// The Network tab's other connections (WPA3 and enterprise WiFi, Ethernet, cellular, imported
// keyfiles) and the proxy; each edits the ConfigModel and nothing else.
#include "app/common/arguments/connectionimport.h"
#include "app/common/errortext.h"
#include "app/gui/configmodel.h"
#include "app/gui/configurepage.h"
#include "app/gui/connectiondialog.h"
#include "app/gui/ipsettingsform.h"
#include "core/provision/connectionsummary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace imprint::gui {
namespace {

QString words(const std::vector<std::string>& list) { return textFromList(list); }

} // namespace

void ConfigurePage::buildConnections(QFormLayout* form, QWidget* page) {
    auto* box = new QWidget(page);
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    connectionList_ = new QListWidget(box);
    connectionList_->setObjectName(QStringLiteral("connectionList"));
    connectionList_->setAccessibleName(tr("Other connections"));
    connectionList_->setMaximumHeight(120);
    auto* buttons = new QVBoxLayout;
    const auto button = [&](const QString& text, const QString& accessible, const char* name) {
        auto* b = new QPushButton(text, box);
        b->setAccessibleName(accessible);
        b->setObjectName(QLatin1String(name));
        buttons->addWidget(b);
        return b;
    };
    auto* add = button(tr("Add…"), tr("Add a connection"), "connectionAdd");
    auto* edit = button(tr("Edit…"), tr("Edit the selected connection"), "connectionEdit");
    auto* remove = button(tr("Remove"), tr("Remove the selected connection"), "connectionRemove");
    auto* import =
        button(tr("&Import…"), tr("Import NetworkManager connection files"), "connectionImport");
    buttons->addStretch();
    layout->addWidget(connectionList_, 1);
    layout->addLayout(buttons);
    form->addRow(tr("Other connections:"), box);
    form->addRow(QString(), new QLabel(tr("WPA3 or enterprise WiFi, wired Ethernet, cellular "
                                          "modems, and .nmconnection files you already have."),
                                       page));
    importError_ = new QLabel(page);
    importError_->setObjectName(QStringLiteral("importError"));
    importError_->setWordWrap(true);
    importError_->hide();
    form->addRow(QString(), importError_);
    form->addRow(QString(), errorLabel(page, QStringLiteral("/connections")));
    form->addRow(QString(), errorLabel(page, QStringLiteral("/importedConnections")));
    connect(add, &QPushButton::clicked, this, [this] { editConnection(-1); });
    connect(edit, &QPushButton::clicked, this,
            [this] { editConnection(connectionList_->currentRow()); });
    connect(connectionList_, &QListWidget::itemActivated, this,
            [this] { editConnection(connectionList_->currentRow()); });
    connect(remove, &QPushButton::clicked, this,
            [this] { removeConnection(connectionList_->currentRow()); });
    connect(import, &QPushButton::clicked, this, [this] {
        importConnections(QFileDialog::getOpenFileNames(
            this, tr("Import connections"), QString(),
            tr("NetworkManager connections (*.nmconnection);;All files (*)")));
    });
    fieldRefreshers_ << [this] { refreshConnections(); };
}

// Rows: the typed connections first, then the imported ones (the model's order).
void ConfigurePage::editConnection(int row) {
    auto connections = model_->connections();
    const int typed = static_cast<int>(connections.size());
    if (row >= typed) {
        return; // an imported file is edited where it came from, and imported again
    }
    provision::Connection given;
    if (row < 0) {
        given.id = "connection-" + std::to_string(typed + 1);
        given.wifi.security = provision::WifiSecurity::Sae;
    } else {
        given = connections[static_cast<std::size_t>(row)];
    }
    ConnectionDialog dialog(given, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (row < 0) {
        connections.push_back(dialog.connection());
    } else {
        connections[static_cast<std::size_t>(row)] = dialog.connection();
    }
    model_->setConnections(connections);
}

void ConfigurePage::removeConnection(int row) {
    auto connections = model_->connections();
    auto imported = model_->importedConnections();
    const int typed = static_cast<int>(connections.size());
    if (row >= 0 && row < typed) {
        connections.erase(connections.begin() + row);
        model_->setConnections(connections);
    } else if (row >= typed && row - typed < static_cast<int>(imported.size())) {
        imported.erase(imported.begin() + (row - typed));
        model_->setImportedConnections(imported);
    }
}

void ConfigurePage::importConnections(const QStringList& paths) {
    auto imported = model_->importedConnections();
    importError_->hide();
    for (const auto& path : paths) {
        auto read = app::readImportedConnection(path);
        if (!read) {
            importError_->setText(tr("Not imported: %1").arg(app::errorText(read.error())));
            importError_->show();
            continue;
        }
        imported.push_back(std::move(read).value());
    }
    model_->setImportedConnections(imported);
}

namespace {

QString typeWords(const provision::ConnectionSummary& s) {
    if (s.type == "wifi") {
        return ConfigurePage::tr("WiFi \"%1\", %2")
            .arg(QString::fromStdString(s.ssid), QString::fromStdString(s.security));
    }
    if (s.type == "ethernet") {
        return ConfigurePage::tr("Ethernet");
    }
    if (s.type == "gsm") {
        return ConfigurePage::tr("Cellular");
    }
    return QString::fromStdString(s.type);
}

QString ipWords(const provision::IpSummary& ip) {
    QString text = QString::fromStdString(ip.method);
    if (!ip.addresses.empty()) {
        text += QLatin1Char(' ') + words(ip.addresses);
    }
    return text;
}

// One row of the list: name, type, methods and addresses; never a secret.
QString summaryLine(const provision::ConnectionSummary& s) {
    return ConfigurePage::tr("%1: %2; IPv4 %3; IPv6 %4")
        .arg(QString::fromStdString(s.id), typeWords(s), ipWords(s.ipv4), ipWords(s.ipv6));
}

} // namespace

void ConfigurePage::refreshConnections() {
    const int row = connectionList_->currentRow();
    connectionList_->clear();
    for (const auto& c : model_->connections()) {
        if (provision::checkConnection(c)) {
            connectionList_->addItem(
                tr("%1: not complete (see the problems below)").arg(QString::fromStdString(c.id)));
            continue;
        }
        const auto files = provision::connectionFiles(c);
        connectionList_->addItem(
            summaryLine(provision::summarizeConnection(c.id, files[0].content)));
    }
    for (const auto& i : model_->importedConnections()) {
        connectionList_->addItem(
            tr("%1 (imported from %2)")
                .arg(summaryLine(provision::summarizeConnection(i.file, i.keyfile)),
                     QString::fromStdString(i.file)));
    }
    connectionList_->setCurrentRow(std::min(row, connectionList_->count() - 1));
}

QGroupBox* ConfigurePage::buildProxy(QWidget* page) {
    proxyBox_ = new QGroupBox(tr("Send the device's traffic through a &proxy"), page);
    proxyBox_->setObjectName(QStringLiteral("proxy"));
    proxyBox_->setCheckable(true);
    proxyBox_->setChecked(false);
    auto* outer = new QVBoxLayout(proxyBox_);
    proxyFields_ = new QWidget(proxyBox_);
    outer->addWidget(proxyFields_);
    auto* form = new QFormLayout(proxyFields_);
    proxyType_ = new QComboBox(proxyFields_);
    proxyType_->setObjectName(QStringLiteral("proxyType"));
    proxyType_->addItem(tr("SOCKS5"), static_cast<int>(provision::ProxyType::Socks5));
    proxyType_->addItem(tr("SOCKS4"), static_cast<int>(provision::ProxyType::Socks4));
    proxyType_->addItem(tr("HTTP (CONNECT)"), static_cast<int>(provision::ProxyType::HttpConnect));
    proxyHost_ = new QLineEdit(proxyFields_);
    proxyHost_->setObjectName(QStringLiteral("proxyHost"));
    proxyPort_ = new QSpinBox(proxyFields_);
    proxyPort_->setObjectName(QStringLiteral("proxyPort"));
    proxyPort_->setRange(0, 65535);
    proxyPort_->setValue(1080);
    proxyLogin_ = new QLineEdit(proxyFields_);
    proxyLogin_->setObjectName(QStringLiteral("proxyLogin"));
    proxyPassword_ = new QLineEdit(proxyFields_);
    proxyPassword_->setObjectName(QStringLiteral("proxyPassword"));
    proxyPassword_->setEchoMode(QLineEdit::Password);
    auto* show = new QCheckBox(tr("Show the password"), proxyFields_);
    noProxy_ = new QLineEdit(proxyFields_);
    noProxy_->setObjectName(QStringLiteral("noProxy"));
    noProxy_->setPlaceholderText(tr("e.g. 10.0.0.0/8 192.168.0.0/16"));
    const std::pair<QString, QWidget*> rows[] = {
        {tr("Proxy type"), proxyType_},         {tr("Proxy host"), proxyHost_},
        {tr("Proxy port"), proxyPort_},         {tr("Proxy login"), proxyLogin_},
        {tr("Proxy password"), proxyPassword_}, {tr("Addresses reached directly"), noProxy_}};
    for (const auto& [name, widget] : rows) {
        widget->setAccessibleName(name);
    }
    // A screen reader reaches the spin box's own text field too.
    proxyPort_->findChild<QLineEdit*>()->setAccessibleName(tr("Proxy port"));
    form->addRow(tr("T&ype:"), proxyType_);
    form->addRow(tr("Hos&t:"), proxyHost_);
    form->addRow(tr("P&ort:"), proxyPort_);
    form->addRow(tr("&Login:"), proxyLogin_);
    form->addRow(tr("Pass&word:"), proxyPassword_);
    form->addRow(QString(), show);
    form->addRow(tr("&Direct to:"), noProxy_);
    form->addRow(QString(), errorLabel(proxyFields_, QStringLiteral("/proxy")));
    proxyFields_->hide();
    connect(show, &QCheckBox::toggled, this, [this](bool on) {
        proxyPassword_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(proxyBox_, &QGroupBox::toggled, this, &ConfigurePage::proxyEdited);
    connect(proxyType_, &QComboBox::currentIndexChanged, this, &ConfigurePage::proxyEdited);
    connect(proxyPort_, &QSpinBox::valueChanged, this, &ConfigurePage::proxyEdited);
    for (auto* line : {proxyHost_, proxyLogin_, proxyPassword_, noProxy_}) {
        connect(line, &QLineEdit::textEdited, this, &ConfigurePage::proxyEdited);
    }
    fieldRefreshers_ << [this] { refreshProxy(); };
    return proxyBox_;
}

void ConfigurePage::proxyEdited() {
    proxyFields_->setVisible(proxyBox_->isChecked());
    if (refreshing_) {
        return;
    }
    if (!proxyBox_->isChecked()) {
        model_->setProxy(std::nullopt);
        return;
    }
    provision::Proxy p;
    p.type = static_cast<provision::ProxyType>(proxyType_->currentData().toInt());
    p.host = proxyHost_->text().trimmed().toStdString();
    p.port = proxyPort_->value();
    p.login = proxyLogin_->text().toStdString();
    p.password = proxyPassword_->text().toStdString();
    p.noProxy = listFromText(noProxy_->text());
    model_->setProxy(p);
}

void ConfigurePage::refreshProxy() {
    const auto& p = model_->proxy();
    proxyBox_->setChecked(p.has_value());
    proxyFields_->setVisible(p.has_value());
    if (!p) {
        return;
    }
    proxyType_->setCurrentIndex(std::max(0, proxyType_->findData(static_cast<int>(p->type))));
    // What the line holds as the model reads it, so text being typed ("a " before "a b") stays.
    const std::tuple<QLineEdit*, QString, QString> texts[] = {
        {proxyHost_, QString::fromStdString(p->host), proxyHost_->text().trimmed()},
        {proxyLogin_, QString::fromStdString(p->login), proxyLogin_->text()},
        {proxyPassword_, QString::fromStdString(p->password), proxyPassword_->text()},
        {noProxy_, textFromList(p->noProxy), textFromList(listFromText(noProxy_->text()))}};
    for (const auto& [line, text, shown] : texts) {
        if (shown != text) {
            line->setText(text);
        }
    }
    proxyPort_->setValue(p->port);
}

} // namespace imprint::gui
