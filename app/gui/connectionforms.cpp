// ConnectionDialog's forms: one per connection type, and the folded Advanced settings.
#include "app/gui/certificatefield.h"
#include "app/gui/connectiondialog.h"
#include "app/gui/ipsettingsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace imprint::gui {

using provision::EapMethod;
using provision::WifiSecurity;

void ConnectionDialog::addField(QFormLayout* form, const QString& label, QWidget* widget,
                                const char* pointer) {
    form->addRow(label, widget);
    QString name = label;
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':'))) {
        name.chop(1);
    }
    names_.insert(widget, name);
    widget->setAccessibleName(name);
    fields_.insert(QString::fromLatin1(pointer), widget);
    if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        connect(line, &QLineEdit::textChanged, this, &ConnectionDialog::check);
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            showFields();
            check();
        });
    } else if (auto* cert = qobject_cast<CertificateField*>(widget)) {
        connect(cert, &CertificateField::changed, this, &ConnectionDialog::check);
    }
}

QLineEdit* ConnectionDialog::addLine(QFormLayout* form, const QString& label, const char* name,
                                     const char* pointer, bool secret) {
    auto* line = new QLineEdit;
    line->setObjectName(QLatin1String(name));
    if (secret) {
        line->setEchoMode(QLineEdit::Password);
        secrets_ << line;
    }
    addField(form, label, line, pointer);
    return line;
}

QWidget* ConnectionDialog::buildWifi() {
    auto* page = new QWidget(this);
    wifiForm_ = new QFormLayout(page);
    wifiForm_->setContentsMargins(0, 0, 0, 0);
    ssid_ = addLine(wifiForm_, tr("Network name (&SSID):"), "ssid", "/wifi/ssid");
    security_ = new QComboBox(page);
    security_->setObjectName(QStringLiteral("security"));
    security_->addItem(tr("WPA3 personal (SAE)"), static_cast<int>(WifiSecurity::Sae));
    security_->addItem(tr("WPA2/WPA3 personal (transition)"),
                       static_cast<int>(WifiSecurity::Transition));
    security_->addItem(tr("WPA/WPA2 personal"), static_cast<int>(WifiSecurity::WpaPsk));
    security_->addItem(tr("Enterprise (802.1X)"), static_cast<int>(WifiSecurity::Enterprise));
    security_->addItem(tr("Open (no security)"), static_cast<int>(WifiSecurity::Open));
    addField(wifiForm_, tr("S&ecurity:"), security_, "/wifi/security");
    passphrase_ = addLine(wifiForm_, tr("&Pass phrase:"), "passphrase", "/wifi/passphrase", true);
    wifiForm_->addRow(buildEnterprise());
    return page;
}

QWidget* ConnectionDialog::buildEnterprise() {
    enterprise_ = new QGroupBox(tr("Enterprise sign-in"), this);
    enterpriseForm_ = new QFormLayout(enterprise_);
    eap_ = new QComboBox(enterprise_);
    eap_->setObjectName(QStringLiteral("eap"));
    eap_->addItem(tr("PEAP"), static_cast<int>(EapMethod::Peap));
    eap_->addItem(tr("TTLS"), static_cast<int>(EapMethod::Ttls));
    eap_->addItem(tr("TLS (client certificate)"), static_cast<int>(EapMethod::Tls));
    addField(enterpriseForm_, tr("&Method:"), eap_, "/wifi/enterprise/eap");
    identity_ = addLine(enterpriseForm_, tr("&Identity:"), "identity", "/wifi/enterprise/identity");
    eapPassword_ = addLine(enterpriseForm_, tr("Pass&word:"), "eapPassword",
                           "/wifi/enterprise/password", true);
    inner_ = new QComboBox(enterprise_);
    inner_->setObjectName(QStringLiteral("innerAuth"));
    inner_->addItem(tr("MSCHAPv2"), static_cast<int>(provision::InnerAuth::Mschapv2));
    inner_->addItem(tr("PAP"), static_cast<int>(provision::InnerAuth::Pap));
    addField(enterpriseForm_, tr("I&nner authentication:"), inner_, "/wifi/enterprise/innerAuth");
    ca_ = new CertificateField(enterprise_);
    ca_->setObjectName(QStringLiteral("caCertificate"));
    addField(enterpriseForm_, tr("&CA certificate:"), ca_, "/wifi/enterprise/caCertificate");
    clientCert_ = new CertificateField(enterprise_);
    clientCert_->setObjectName(QStringLiteral("clientCertificate"));
    addField(enterpriseForm_, tr("C&lient certificate:"), clientCert_,
             "/wifi/enterprise/clientCertificate");
    key_ = new CertificateField(enterprise_);
    key_->setObjectName(QStringLiteral("privateKey"));
    addField(enterpriseForm_, tr("Private &key:"), key_, "/wifi/enterprise/privateKey");
    keyPassword_ = addLine(enterpriseForm_, tr("Private key pass&word:"), "privateKeyPassword",
                           "/wifi/enterprise/privateKeyPassword", true);
    auto* note = new QLabel(tr("Without a CA certificate the device does not check the "
                               "network's server."),
                            enterprise_);
    note->setWordWrap(true);
    enterpriseForm_->addRow(note);
    return enterprise_;
}

QWidget* ConnectionDialog::buildEthernet() {
    auto* label = new QLabel(tr("Any wired interface, its address from DHCP. A static address "
                                "and a MAC address to match are under Advanced."),
                             this);
    label->setWordWrap(true);
    return label;
}

QWidget* ConnectionDialog::buildGsm() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    apn_ = addLine(form, tr("&APN:"), "apn", "/gsm/apn");
    apn_->setPlaceholderText(tr("empty: looked up from the SIM's provider"));
    gsmUser_ = addLine(form, tr("&User name:"), "gsmUser", "/gsm/username");
    gsmPassword_ = addLine(form, tr("Pass&word:"), "gsmPassword", "/gsm/password", true);
    pin_ = addLine(form, tr("SIM &PIN:"), "pin", "/gsm/pin", true);
    return page;
}

QWidget* ConnectionDialog::buildAdvanced() {
    advanced_ = new QWidget(this);
    advanced_->setObjectName(QStringLiteral("advanced"));
    auto* layout = new QVBoxLayout(advanced_);
    layout->setContentsMargins(0, 0, 0, 0);
    advancedForm_ = new QFormLayout;
    layout->addLayout(advancedForm_);
    // NetworkManager's autoconnect-priority; the lowest value stands for "not set".
    priority_ = new QSpinBox(advanced_);
    priority_->setObjectName(QStringLiteral("priority"));
    priority_->setRange(-1000, 999);
    priority_->setSpecialValueText(tr("default"));
    priority_->setValue(-1000);
    addField(advancedForm_, tr("P&riority:"), priority_, "/priority");
    connect(priority_, &QSpinBox::valueChanged, this, &ConnectionDialog::check);
    hidden_ = new QCheckBox(tr("&Hidden network (does not broadcast its name)"), advanced_);
    advancedForm_->addRow(QString(), hidden_);
    band_ = new QComboBox(advanced_);
    band_->addItem(tr("any"), QString());
    band_->addItem(tr("5 GHz only"), QStringLiteral("a"));
    band_->addItem(tr("2.4 GHz only"), QStringLiteral("bg"));
    addField(advancedForm_, tr("&Band:"), band_, "/wifi/band");
    bssid_ = addLine(advancedForm_, tr("Access point (&BSSID):"), "bssid", "/wifi/bssid");
    bssid_->setPlaceholderText(tr("empty: any access point"));
    mac_ = addLine(advancedForm_, tr("Interface &MAC address:"), "macAddress", "/macAddress");
    mac_->setPlaceholderText(tr("empty: any interface"));
    anonymous_ = addLine(advancedForm_, tr("An&onymous identity:"), "anonymousIdentity",
                         "/wifi/enterprise/anonymousIdentity");
    ipv4_ = new IpSettingsForm(4, advanced_);
    ipv6_ = new IpSettingsForm(6, advanced_);
    for (auto [form, title] : {std::pair{ipv4_, tr("IPv4")}, std::pair{ipv6_, tr("IPv6")}}) {
        auto* box = new QGroupBox(title, advanced_);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(form);
        layout->addWidget(box);
        connect(form, &IpSettingsForm::changed, this, &ConnectionDialog::check);
    }
    return advanced_;
}

void ConnectionDialog::fillWifi(provision::Connection& c) const {
    auto& w = c.wifi;
    w.ssid = ssid_->text().toStdString();
    w.security = static_cast<WifiSecurity>(security_->currentData().toInt());
    w.hidden = hidden_->isChecked();
    w.band = band_->currentData().toString().toStdString();
    w.bssid = bssid_->text().trimmed().toStdString();
    if (w.security == WifiSecurity::Open) {
        return;
    }
    if (w.security != WifiSecurity::Enterprise) {
        w.passphrase = passphrase_->text().toStdString();
        return;
    }
    auto& e = w.enterprise;
    e.eap = static_cast<EapMethod>(eap_->currentData().toInt());
    e.identity = identity_->text().toStdString();
    e.anonymousIdentity = anonymous_->text().toStdString();
    e.caCertificate = ca_->pem();
    if (e.eap == EapMethod::Tls) {
        e.clientCertificate = clientCert_->pem();
        e.privateKey = key_->pem();
        e.privateKeyPassword = keyPassword_->text().toStdString();
    } else {
        e.password = eapPassword_->text().toStdString();
        e.innerAuth = static_cast<provision::InnerAuth>(inner_->currentData().toInt());
    }
}

} // namespace imprint::gui
