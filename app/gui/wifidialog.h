// WifiDialog: adds or edits one WiFi network (name, pass phrase shown on demand, hidden,
// priority, static IPv4 address with gateway and DNS), checked by core/provision as it is typed.
#pragma once

#include "core/provision/wifi.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

class WifiDialog : public QDialog {
    Q_OBJECT
public:
    explicit WifiDialog(const provision::WifiNetwork& network, QWidget* parent = nullptr);
    [[nodiscard]] provision::WifiNetwork network() const;

private:
    void check();
    QLineEdit* ssid_;
    QLineEdit* passphrase_;
    QCheckBox* show_;
    QCheckBox* hidden_;
    QSpinBox* priority_;
    QLineEdit* address_;
    QLineEdit* gateway_;
    QLineEdit* dns_;
    QLabel* error_;
    QDialogButtonBox* buttons_;
};

} // namespace gui
} // namespace imprint
