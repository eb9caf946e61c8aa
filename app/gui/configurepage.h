// ConfigurePage: the second step. Grouped forms for every config.json key the tool edits,
// WiFi, SSH keys, udev rules and the logo; each field shows its own error, a summary lists
// them all, the Plan tab lists exactly which boot files change; profiles save and load it all.
#pragma once

#include <QHash>
#include <QWidget>

#include <functional>
#include <string>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;
class QTreeWidget;

// Nested blocks, not "namespace imprint::gui": lupdate files tr() under the class's full name
// ("imprint::gui::WritePage", what tr() asks for) only when it can read the namespace.
namespace imprint {
namespace gui {

class ConfigModel;

class ConfigurePage : public QWidget {
    Q_OBJECT
public:
    explicit ConfigurePage(ConfigModel* model, QWidget* parent = nullptr);

    // Imports NetworkManager keyfiles (what the Network tab's "Import…" does with the files
    // chosen): each checked as `imprint configure --connection` checks it; the first refused
    // file is named with its reason and nothing of that file is taken.
    void importConnections(const QStringList& paths);

signals:
    void nextRequested();

private:
    // Forms (configureforms.cpp).
    QWidget* buildDevice();
    QWidget* buildNetwork();
    QWidget* buildConnectivity();
    QWidget* buildAccess();
    QWidget* buildUdev();
    QWidget* buildSplash();
    QWidget* buildAdvanced();
    QWidget* buildPlan();
    QWidget* buildProfiles();
    // A line edit bound to a string key, with its error label below.
    QLineEdit* bindLine(QWidget* parent, std::string_view pointer, const QString& accessible);
    QCheckBox* bindCheck(QWidget* parent, std::string_view pointer, const QString& text);
    QLabel* errorLabel(QWidget* parent, const QString& pointerPrefix);
    void testConnectivity();
    void importSshKeys();
    void chooseLogo();
    void editWifi(int row);

    // Other connections and the proxy (configurenetwork.cpp).
    void buildWifiList(QFormLayout* form, QWidget* page);
    void buildConnections(QFormLayout* form, QWidget* page);
    QGroupBox* buildProxy(QWidget* page);
    void editConnection(int row);
    void removeConnection(int row);
    void proxyEdited();
    void refreshConnections();
    void refreshProxy();

    // Profiles (configureprofiles.cpp).
    void refreshProfiles();
    void saveProfile();
    void loadProfile();
    void renameProfile();
    void deleteProfile();
    void importProfile();
    void exportProfile();

    void refresh();
    void refreshPlan();

    ConfigModel* model_;
    bool refreshing_ = false;
    QTabWidget* tabs_ = nullptr;
    QList<std::function<void()>> fieldRefreshers_;
    QHash<QLabel*, QString> errorLabels_; // label -> pointer prefix it shows
    QListWidget* wifiList_ = nullptr;
    QListWidget* connectionList_ = nullptr;
    QLabel* importError_ = nullptr;
    QGroupBox* proxyBox_ = nullptr;
    QWidget* proxyFields_ = nullptr;
    QComboBox* proxyType_ = nullptr;
    QLineEdit* proxyHost_ = nullptr;
    QSpinBox* proxyPort_ = nullptr;
    QLineEdit* proxyLogin_ = nullptr;
    QLineEdit* proxyPassword_ = nullptr;
    QLineEdit* noProxy_ = nullptr;
    QPlainTextEdit* sshKeys_ = nullptr;
    QListWidget* sshVerdicts_ = nullptr;
    QListWidget* udevList_ = nullptr;
    QLineEdit* udevName_ = nullptr;
    QPlainTextEdit* udevText_ = nullptr;
    QLabel* currentLogo_ = nullptr;
    QLabel* newLogo_ = nullptr;
    QLabel* logoError_ = nullptr;
    QPlainTextEdit* advanced_ = nullptr;
    QTimer* advancedTimer_ = nullptr;
    QWidget* planPage_ = nullptr;
    bool planStale_ = true;
    QTreeWidget* plan_ = nullptr;
    QPlainTextEdit* planDetail_ = nullptr;
    QLabel* connectivityResult_ = nullptr;
    QNetworkAccessManager* network_ = nullptr;
    QComboBox* profiles_ = nullptr;
    QLabel* profileStatus_ = nullptr;
    QListWidget* summary_ = nullptr;
    QPushButton* next_ = nullptr;
};

} // namespace gui
} // namespace imprint
