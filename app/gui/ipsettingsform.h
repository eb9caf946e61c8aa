// IpSettingsForm: the IPv4 or IPv6 settings of one connection (method, addresses with prefixes,
// gateway, DNS servers, search domains, route metric); the rows a method takes no values for hide.
#pragma once

#include "core/provision/ipsettings.h"

#include <QString>
#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

// Words separated by spaces, commas or semicolons, and back (joined by spaces).
std::vector<std::string> listFromText(const QString& text);
QString textFromList(const std::vector<std::string>& list);

class IpSettingsForm : public QWidget {
    Q_OBJECT
public:
    // `version` 4 or 6; the widgets are named "ipv4Method", "ipv4Addresses"... after it.
    IpSettingsForm(int version, QWidget* parent = nullptr);

    [[nodiscard]] provision::IpSettings settings() const;
    void setSettings(const provision::IpSettings& ip);
    // The field a problem points at, below the group ("/addresses/1", "/gateway"), and its name
    // as the form shows it; nothing for another pointer.
    [[nodiscard]] QWidget* field(const std::string& pointer) const;
    [[nodiscard]] QString fieldName(const QWidget* field) const;

signals:
    void changed();

private:
    void showRows();
    int version_;
    QFormLayout* form_;
    QComboBox* method_;
    QLineEdit* addresses_;
    QLineEdit* gateway_;
    QLineEdit* dns_;
    QLineEdit* search_;
    QSpinBox* metric_;
};

} // namespace gui
} // namespace imprint
