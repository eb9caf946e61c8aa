#include "app/gui/wifidialog.h"

#include "app/common/errortext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

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
    error_ = new QLabel(this);
    error_->setWordWrap(true);
    error_->setObjectName(QStringLiteral("wifiError"));
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(tr("&Name (SSID):"), ssid_);
    form->addRow(tr("&Pass phrase:"), passphrase_);
    form->addRow(QString(), show_);
    form->addRow(QString(), hidden_);
    form->addRow(error_);
    form->addRow(buttons_);
    connect(show_, &QCheckBox::toggled, this, [this](bool on) {
        passphrase_->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(ssid_, &QLineEdit::textChanged, this, &WifiDialog::check);
    connect(passphrase_, &QLineEdit::textChanged, this, &WifiDialog::check);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

provision::WifiNetwork WifiDialog::network() const {
    provision::WifiNetwork n;
    n.ssid = ssid_->text().toStdString();
    n.passphrase = passphrase_->text().toStdString();
    n.hidden = hidden_->isChecked();
    return n;
}

void WifiDialog::check() {
    const auto problem = provision::checkWifiNetwork(network());
    error_->setText(problem ? app::errorText(*problem) : QString());
    error_->setVisible(problem.has_value());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!problem);
}

} // namespace imprint::gui
