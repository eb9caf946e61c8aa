#include "app/gui/wifidialog.h"

#include "app/common/errortext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace imprint::gui {

WifiDialog::WifiDialog(const provision::WifiNetwork& network, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("WiFi network"));
    auto* form = new QFormLayout(this);
    ssid_ = new QLineEdit(QString::fromStdString(network.ssid), this);
    ssid_->setAccessibleName(tr("Network name (SSID)"));
    passphrase_ = new QLineEdit(QString::fromStdString(network.passphrase), this);
    passphrase_->setEchoMode(QLineEdit::Password);
    passphrase_->setAccessibleName(tr("Pass phrase"));
    passphrase_->setPlaceholderText(tr("empty for an open network"));
    show_ = new QCheckBox(tr("&Show pass phrase"), this);
    hidden_ = new QCheckBox(tr("&Hidden network (does not broadcast its name)"), this);
    hidden_->setChecked(network.hidden);
    // NetworkManager's autoconnect-priority; the lowest value stands for "not set".
    priority_ = new QSpinBox(this);
    priority_->setObjectName(QStringLiteral("wifiPriority"));
    priority_->setAccessibleName(tr("Priority"));
    priority_->setRange(-1000, 999);
    priority_->setSpecialValueText(tr("default"));
    priority_->setValue(network.priority.value_or(-1000));
    priority_->setToolTip(tr("When several known networks are in reach, the one with the higher "
                             "priority is joined first."));
    address_ = new QLineEdit(QString::fromStdString(network.address), this);
    address_->setObjectName(QStringLiteral("wifiAddress"));
    address_->setAccessibleName(tr("Static IPv4 address"));
    address_->setPlaceholderText(tr("empty: automatic (DHCP); e.g. 192.168.1.50/24"));
    gateway_ = new QLineEdit(QString::fromStdString(network.gateway), this);
    gateway_->setObjectName(QStringLiteral("wifiGateway"));
    gateway_->setAccessibleName(tr("Gateway"));
    gateway_->setPlaceholderText(tr("e.g. 192.168.1.1"));
    QStringList dns;
    for (const auto& d : network.dns) {
        dns << QString::fromStdString(d);
    }
    dns_ = new QLineEdit(dns.join(QLatin1Char(' ')), this);
    dns_->setObjectName(QStringLiteral("wifiDns"));
    dns_->setAccessibleName(tr("DNS servers for this network"));
    dns_->setPlaceholderText(tr("e.g. 192.168.1.1 1.1.1.1"));
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setObjectName(QStringLiteral("wifiError"));
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(tr("&Name (SSID):"), ssid_);
    form->addRow(tr("&Pass phrase:"), passphrase_);
    form->addRow(QString(), show_);
    form->addRow(QString(), hidden_);
    form->addRow(tr("P&riority:"), priority_);
    form->addRow(tr("Static &address:"), address_);
    form->addRow(tr("&Gateway:"), gateway_);
    form->addRow(tr("&DNS servers:"), dns_);
    form->addRow(error_);
    form->addRow(buttons_);
    connect(show_, &QCheckBox::toggled, this, [this](bool on) {
        passphrase_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(ssid_, &QLineEdit::textChanged, this, &WifiDialog::check);
    connect(passphrase_, &QLineEdit::textChanged, this, &WifiDialog::check);
    connect(address_, &QLineEdit::textChanged, this, &WifiDialog::check);
    connect(gateway_, &QLineEdit::textChanged, this, &WifiDialog::check);
    connect(dns_, &QLineEdit::textChanged, this, &WifiDialog::check);
    connect(priority_, &QSpinBox::valueChanged, this, &WifiDialog::check);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

provision::WifiNetwork WifiDialog::network() const {
    provision::WifiNetwork n;
    n.ssid = ssid_->text().toStdString();
    n.passphrase = passphrase_->text().toStdString();
    n.hidden = hidden_->isChecked();
    if (priority_->value() != priority_->minimum()) {
        n.priority = priority_->value();
    }
    n.address = address_->text().trimmed().toStdString();
    n.gateway = gateway_->text().trimmed().toStdString();
    const auto servers =
        dns_->text().split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const auto& d : servers) {
        n.dns.push_back(d.toStdString());
    }
    return n;
}

void WifiDialog::check() {
    const auto problem = provision::checkWifiNetwork(network());
    error_->setText(problem ? app::errorText(*problem) : QString());
    error_->setVisible(problem.has_value());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!problem);
}

} // namespace imprint::gui
