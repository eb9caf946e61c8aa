#include "app/gui/connectiondialog.h"

#include "app/common/errortext.h"
#include "app/gui/certificatefield.h"
#include "app/gui/ipsettingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace imprint::gui {

using provision::ConnectionKind;
using provision::EapMethod;
using provision::WifiSecurity;

ConnectionDialog::ConnectionDialog(const provision::Connection& connection, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connection"));
    // The field a problem points at; its look is the style's, only the border changes.
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 2px solid #c0392b; }"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    type_ = new QComboBox(this);
    type_->setObjectName(QStringLiteral("connectionType"));
    type_->addItem(tr("WiFi"), static_cast<int>(ConnectionKind::Wifi));
    type_->addItem(tr("Ethernet (wired)"), static_cast<int>(ConnectionKind::Ethernet));
    type_->addItem(tr("Cellular (mobile broadband)"), static_cast<int>(ConnectionKind::Gsm));
    addField(top, tr("&Type:"), type_, "/type");
    id_ = addLine(top, tr("&Name:"), "connectionId", "/id");
    layout->addLayout(top);
    pages_ = new QStackedWidget(this);
    pages_->addWidget(buildWifi());
    pages_->addWidget(buildEthernet());
    pages_->addWidget(buildGsm());
    layout->addWidget(pages_);
    show_ = new QCheckBox(tr("S&how pass phrases and passwords"), this);
    layout->addWidget(show_);
    advancedButton_ = new QToolButton(this);
    advancedButton_->setObjectName(QStringLiteral("advancedToggle"));
    advancedButton_->setText(tr("&Advanced"));
    advancedButton_->setCheckable(true);
    advancedButton_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedButton_->setArrowType(Qt::RightArrow);
    layout->addWidget(advancedButton_);
    layout->addWidget(buildAdvanced());
    advanced_->hide();
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("connectionError"));
    error_->setWordWrap(true);
    layout->addWidget(error_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons_);
    layout->addStretch();
    connect(show_, &QCheckBox::toggled, this, [this](bool on) {
        for (auto* line : secrets_) {
            line->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        }
    });
    connect(advancedButton_, &QToolButton::toggled, this, [this](bool open) {
        advanced_->setVisible(open);
        advancedButton_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setConnection(connection);
}

void ConnectionDialog::setConnection(const provision::Connection& c) {
    const auto pick = [](QComboBox* box, const QVariant& value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    pick(type_, static_cast<int>(c.kind));
    id_->setText(QString::fromStdString(c.id));
    priority_->setValue(c.priority.value_or(priority_->minimum()));
    ssid_->setText(QString::fromStdString(c.wifi.ssid));
    pick(security_, static_cast<int>(c.wifi.security));
    passphrase_->setText(QString::fromStdString(c.wifi.passphrase));
    hidden_->setChecked(c.wifi.hidden);
    pick(band_, QString::fromStdString(c.wifi.band));
    bssid_->setText(QString::fromStdString(c.wifi.bssid));
    const auto& e = c.wifi.enterprise;
    pick(eap_, static_cast<int>(e.eap));
    identity_->setText(QString::fromStdString(e.identity));
    anonymous_->setText(QString::fromStdString(e.anonymousIdentity));
    eapPassword_->setText(QString::fromStdString(e.password));
    pick(inner_, static_cast<int>(e.innerAuth));
    ca_->setPem(e.caCertificate);
    clientCert_->setPem(e.clientCertificate);
    key_->setPem(e.privateKey);
    keyPassword_->setText(QString::fromStdString(e.privateKeyPassword));
    mac_->setText(QString::fromStdString(c.macAddress));
    apn_->setText(QString::fromStdString(c.gsm.apn));
    gsmUser_->setText(QString::fromStdString(c.gsm.username));
    gsmPassword_->setText(QString::fromStdString(c.gsm.password));
    pin_->setText(QString::fromStdString(c.gsm.pin));
    ipv4_->setSettings(c.ipv4);
    ipv6_->setSettings(c.ipv6);
    showFields();
    check();
}

provision::Connection ConnectionDialog::connection() const {
    provision::Connection c;
    c.kind = static_cast<ConnectionKind>(type_->currentData().toInt());
    c.id = id_->text().trimmed().toStdString();
    if (priority_->value() != priority_->minimum()) {
        c.priority = priority_->value();
    }
    switch (c.kind) {
    case ConnectionKind::Wifi:
        fillWifi(c);
        break;
    case ConnectionKind::Ethernet:
        c.macAddress = mac_->text().trimmed().toStdString();
        break;
    case ConnectionKind::Gsm:
        c.gsm.apn = apn_->text().trimmed().toStdString();
        c.gsm.username = gsmUser_->text().toStdString();
        c.gsm.password = gsmPassword_->text().toStdString();
        c.gsm.pin = pin_->text().trimmed().toStdString();
        break;
    }
    c.ipv4 = ipv4_->settings();
    c.ipv6 = ipv6_->settings();
    return c;
}

void ConnectionDialog::showFields() {
    const auto kind = static_cast<ConnectionKind>(type_->currentData().toInt());
    const auto security = static_cast<WifiSecurity>(security_->currentData().toInt());
    const auto eap = static_cast<EapMethod>(eap_->currentData().toInt());
    const bool wifi = kind == ConnectionKind::Wifi;
    const bool enterprise = wifi && security == WifiSecurity::Enterprise;
    pages_->setCurrentIndex(type_->currentIndex());
    wifiForm_->setRowVisible(passphrase_, security != WifiSecurity::Open && !enterprise);
    enterprise_->setVisible(enterprise);
    const bool tls = eap == EapMethod::Tls;
    enterpriseForm_->setRowVisible(eapPassword_, !tls);
    enterpriseForm_->setRowVisible(inner_, !tls);
    enterpriseForm_->setRowVisible(clientCert_, tls);
    enterpriseForm_->setRowVisible(key_, tls);
    enterpriseForm_->setRowVisible(keyPassword_, tls);
    advancedForm_->setRowVisible(hidden_, wifi);
    advancedForm_->setRowVisible(band_, wifi);
    advancedForm_->setRowVisible(bssid_, wifi);
    advancedForm_->setRowVisible(anonymous_, enterprise);
    advancedForm_->setRowVisible(mac_, kind == ConnectionKind::Ethernet);
    show_->setVisible(kind != ConnectionKind::Ethernet);
}

QWidget* ConnectionDialog::fieldAt(const std::string& pointer) const {
    for (auto* ip : {ipv4_, ipv6_}) {
        const std::string group = ip == ipv4_ ? "/ipv4" : "/ipv6";
        if (pointer.starts_with(group)) {
            return ip->field(pointer.substr(group.size()));
        }
    }
    return fields_.value(QString::fromStdString(pointer));
}

QString ConnectionDialog::fieldName(QWidget* field) const {
    if (names_.contains(field)) {
        return names_.value(field);
    }
    for (auto* ip : {ipv4_, ipv6_}) {
        if (ip->isAncestorOf(field)) {
            return ip->fieldName(field);
        }
    }
    return {};
}

void ConnectionDialog::mark(QWidget* field) {
    for (QWidget* w : {marked_, field}) {
        if (w != nullptr) {
            w->setProperty("invalid", w == field);
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
    marked_ = field;
}

void ConnectionDialog::check() {
    if (buttons_ == nullptr) {
        return; // still being built
    }
    QWidget* field = nullptr;
    QString text;
    for (auto* cert : {ca_, clientCert_, key_}) {
        if (!cert->readError().isEmpty() && cert->isVisibleTo(this)) {
            field = cert;
            text = cert->readError();
            break;
        }
    }
    if (field == nullptr) {
        if (const auto problem = provision::checkConnection(connection())) {
            field = fieldAt(problem->pointer);
            text = app::errorText(*problem);
        }
    }
    const QString name = field ? fieldName(field) : QString();
    error_->setText(name.isEmpty() ? text : tr("%1: %2").arg(name, text));
    error_->setVisible(!text.isEmpty());
    mark(field);
    if (field != nullptr && advanced_->isAncestorOf(field) && !advancedButton_->isChecked()) {
        advancedButton_->setChecked(true); // the problem is there: show it
    }
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace imprint::gui
