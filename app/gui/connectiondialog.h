// ConnectionDialog: adds or edits one connection (WiFi with any security, enterprise WiFi,
// Ethernet, cellular): one form per type showing only what the chosen security needs, the rarely
// needed settings (IPv4/IPv6, priority, band, MAC...) folded under "Advanced", checked by
// core/provision as it is typed with the offending field named and marked.
#pragma once

#include "core/provision/connection.h"

#include <QDialog>
#include <QHash>

#include <string>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

class CertificateField;
class IpSettingsForm;

class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(const provision::Connection& connection, QWidget* parent = nullptr);
    [[nodiscard]] provision::Connection connection() const;

private:
    // The forms (connectionforms.cpp).
    QWidget* buildWifi();
    QWidget* buildEnterprise();
    QWidget* buildEthernet();
    QWidget* buildGsm();
    QWidget* buildAdvanced();
    void setConnection(const provision::Connection& c);
    void fillWifi(provision::Connection& c) const;
    // A row of `form` for the field `pointer` names ("/wifi/ssid"), its label the field's name
    // in error messages.
    void addField(QFormLayout* form, const QString& label, QWidget* widget, const char* pointer);
    // A line edit named `name` in such a row; a secret one is shown as dots unless "Show" is on.
    QLineEdit* addLine(QFormLayout* form, const QString& label, const char* name,
                       const char* pointer, bool secret = false);

    void showFields();
    void check();
    [[nodiscard]] QWidget* fieldAt(const std::string& pointer) const;
    [[nodiscard]] QString fieldName(QWidget* field) const;
    void mark(QWidget* field);

    QHash<QString, QWidget*> fields_; // pointer -> widget
    QHash<QWidget*, QString> names_;  // widget -> the name its row shows
    QList<QLineEdit*> secrets_;
    QWidget* marked_ = nullptr;
    QComboBox* type_;
    QLineEdit* id_;
    QStackedWidget* pages_;
    QFormLayout* wifiForm_ = nullptr;
    QLineEdit* ssid_ = nullptr;
    QComboBox* security_ = nullptr;
    QLineEdit* passphrase_ = nullptr;
    QWidget* enterprise_ = nullptr;
    QFormLayout* enterpriseForm_ = nullptr;
    QComboBox* eap_ = nullptr;
    QLineEdit* identity_ = nullptr;
    QLineEdit* eapPassword_ = nullptr;
    QComboBox* inner_ = nullptr;
    CertificateField* ca_ = nullptr;
    CertificateField* clientCert_ = nullptr;
    CertificateField* key_ = nullptr;
    QLineEdit* keyPassword_ = nullptr;
    QLineEdit* apn_ = nullptr;
    QLineEdit* gsmUser_ = nullptr;
    QLineEdit* gsmPassword_ = nullptr;
    QLineEdit* pin_ = nullptr;
    QCheckBox* show_ = nullptr;
    QToolButton* advancedButton_ = nullptr;
    QWidget* advanced_ = nullptr;
    QFormLayout* advancedForm_ = nullptr;
    QSpinBox* priority_ = nullptr;
    QCheckBox* hidden_ = nullptr;
    QComboBox* band_ = nullptr;
    QLineEdit* bssid_ = nullptr;
    QLineEdit* mac_ = nullptr;
    QLineEdit* anonymous_ = nullptr;
    IpSettingsForm* ipv4_ = nullptr;
    IpSettingsForm* ipv6_ = nullptr;
    QLabel* error_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace gui
} // namespace imprint
