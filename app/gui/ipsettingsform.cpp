#include "app/gui/ipsettingsform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace imprint::gui {

std::vector<std::string> listFromText(const QString& text) {
    std::vector<std::string> out;
    const auto words =
        text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    for (const auto& w : words) {
        out.push_back(w.toStdString());
    }
    return out;
}

QString textFromList(const std::vector<std::string>& list) {
    QStringList words;
    for (const auto& w : list) {
        words << QString::fromStdString(w);
    }
    return words.join(QLatin1Char(' '));
}

IpSettingsForm::IpSettingsForm(int version, QWidget* parent)
    : QWidget(parent), version_(version), form_(new QFormLayout(this)) {
    const QString prefix = QStringLiteral("ipv%1").arg(version);
    const auto named = [&](QWidget* w, const char* name) {
        w->setObjectName(prefix + QLatin1String(name));
        connect(qobject_cast<QLineEdit*>(w), &QLineEdit::textChanged, this,
                &IpSettingsForm::changed);
        return w;
    };
    method_ = new QComboBox(this);
    method_->setObjectName(prefix + QStringLiteral("Method"));
    method_->addItem(version == 4 ? tr("Automatic (DHCP)") : tr("Automatic (SLAAC or DHCPv6)"),
                     static_cast<int>(provision::IpMethod::Auto));
    method_->addItem(tr("Manual (static addresses)"),
                     static_cast<int>(provision::IpMethod::Manual));
    method_->addItem(tr("Link-local only"), static_cast<int>(provision::IpMethod::LinkLocal));
    method_->addItem(tr("Disabled"), static_cast<int>(provision::IpMethod::Disabled));
    addresses_ = new QLineEdit(this);
    addresses_->setPlaceholderText(version == 4 ? tr("e.g. 192.168.1.50/24")
                                                : tr("e.g. fd00::50/64"));
    named(addresses_, "Addresses");
    gateway_ = new QLineEdit(this);
    gateway_->setPlaceholderText(version == 4 ? tr("e.g. 192.168.1.1") : tr("e.g. fd00::1"));
    named(gateway_, "Gateway");
    dns_ = new QLineEdit(this);
    dns_->setPlaceholderText(tr("addresses separated by spaces"));
    named(dns_, "Dns");
    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("e.g. example.com"));
    named(search_, "Search");
    metric_ = new QSpinBox(this);
    metric_->setObjectName(prefix + QStringLiteral("Metric"));
    metric_->setRange(-1, 65535);
    metric_->setSpecialValueText(tr("default"));
    metric_->setValue(-1);
    form_->addRow(tr("&Method:"), method_);
    form_->addRow(tr("Add&resses:"), addresses_);
    form_->addRow(tr("&Gateway:"), gateway_);
    form_->addRow(tr("&DNS servers:"), dns_);
    form_->addRow(tr("&Search domains:"), search_);
    form_->addRow(tr("Route &metric:"), metric_);
    for (QWidget* w : {static_cast<QWidget*>(method_), static_cast<QWidget*>(addresses_),
                       static_cast<QWidget*>(gateway_), static_cast<QWidget*>(dns_),
                       static_cast<QWidget*>(search_), static_cast<QWidget*>(metric_)}) {
        w->setAccessibleName(fieldName(w));
    }
    connect(method_, &QComboBox::currentIndexChanged, this, [this] {
        showRows();
        emit changed();
    });
    connect(metric_, &QSpinBox::valueChanged, this, &IpSettingsForm::changed);
    showRows();
}

provision::IpSettings IpSettingsForm::settings() const {
    provision::IpSettings ip;
    ip.method = static_cast<provision::IpMethod>(method_->currentData().toInt());
    if (metric_->value() >= 0) {
        ip.routeMetric = metric_->value();
    }
    if (ip.method != provision::IpMethod::Auto && ip.method != provision::IpMethod::Manual) {
        return ip; // the hidden rows' values are not this method's
    }
    ip.addresses = listFromText(addresses_->text());
    ip.gateway = gateway_->text().trimmed().toStdString();
    ip.dns = listFromText(dns_->text());
    ip.dnsSearch = listFromText(search_->text());
    return ip;
}

void IpSettingsForm::setSettings(const provision::IpSettings& ip) {
    method_->setCurrentIndex(std::max(0, method_->findData(static_cast<int>(ip.method))));
    addresses_->setText(textFromList(ip.addresses));
    gateway_->setText(QString::fromStdString(ip.gateway));
    dns_->setText(textFromList(ip.dns));
    search_->setText(textFromList(ip.dnsSearch));
    metric_->setValue(ip.routeMetric.value_or(-1));
    showRows();
}

QWidget* IpSettingsForm::field(const std::string& pointer) const {
    const std::pair<const char*, QWidget*> fields[] = {
        {"/addresses", addresses_}, {"/gateway", gateway_}, {"/dnsSearch", search_}, {"/dns", dns_},
        {"/routeMetric", metric_},  {"/method", method_}};
    for (const auto& [at, widget] : fields) {
        const std::string_view p(at);
        if (pointer.starts_with(p) && (pointer.size() == p.size() || pointer[p.size()] == '/')) {
            return widget;
        }
    }
    return pointer.empty() ? method_ : nullptr;
}

QString IpSettingsForm::fieldName(const QWidget* field) const {
    auto* label = qobject_cast<QLabel*>(form_->labelForField(const_cast<QWidget*>(field)));
    QString name = label ? label->text().remove(QLatin1Char('&')) : QString();
    if (name.endsWith(QLatin1Char(':'))) {
        name.chop(1);
    }
    return (version_ == 4 ? tr("%1 (IPv4)") : tr("%1 (IPv6)")).arg(name);
}

void IpSettingsForm::showRows() {
    const auto method = static_cast<provision::IpMethod>(method_->currentData().toInt());
    // NetworkManager takes static values beside automatic ones, none for the other methods.
    const bool takesValues =
        method == provision::IpMethod::Auto || method == provision::IpMethod::Manual;
    for (QWidget* row : {static_cast<QWidget*>(addresses_), static_cast<QWidget*>(gateway_),
                         static_cast<QWidget*>(dns_), static_cast<QWidget*>(search_)}) {
        form_->setRowVisible(row, takesValues);
    }
}

} // namespace imprint::gui
