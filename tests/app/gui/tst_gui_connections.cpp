// The window's network editor, offscreen: ConnectionDialog driven through its widgets (each bad
// input of issue 19 named with OK disabled, good ones accepted), the Network tab's "Other
// connections" (Add, Import) and proxy form, "Configure only" on a copy of the demo image with
// the keyfiles judged by GLib's parser, and a profile saved from the window and loaded again.
#include "app/common/image/imagesession.h"
#include "app/gui/certificatefield.h"
#include "app/gui/configmodel.h"
#include "app/gui/configurepage.h"
#include "app/gui/connectiondialog.h"
#include "app/gui/mainwindow.h"
#include "tests/app/gui/guitest.h"
#include "tests/support/keyfilejudge.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>
#include <memory>

using imprint::gui::ConnectionDialog;
using imprint::gui::MainWindow;
using imprint::provision::Connection;
using imprint::provision::ConnectionKind;
using namespace imprint::test;

namespace {

template <typename T>
T* child(QObject& parent, const QString& name) {
    return namedChild<T>(parent, name);
}

void type(QWidget& dialog, const char* name, const QString& text) {
    auto* line = child<QLineEdit>(dialog, QLatin1String(name));
    line->clear();
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
    if (ascii) {
        QTest::keyClicks(line, text);
    } else {
        line->insert(text); // QTest types ASCII only; insert() is what a paste does
    }
}

void choose(QWidget& dialog, const char* name, int value) {
    auto* box = child<QComboBox>(dialog, QLatin1String(name));
    box->setCurrentIndex(box->findData(value));
}

void openAdvanced(QWidget& dialog) {
    auto* toggle = child<QToolButton>(dialog, QStringLiteral("advancedToggle"));
    if (!toggle->isChecked()) {
        toggle->click();
    }
}

bool okEnabled(QWidget& dialog) {
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

QString problem(QWidget& dialog) {
    auto* label = child<QLabel>(dialog, QStringLiteral("connectionError"));
    return label->isVisible() ? label->text() : QString();
}

void fillStaticEthernet(ConnectionDialog& d, const QString& address, const QString& gateway) {
    choose(d, "connectionType", static_cast<int>(ConnectionKind::Ethernet));
    openAdvanced(d);
    choose(d, "ipv4Method", static_cast<int>(imprint::provision::IpMethod::Manual));
    type(d, "ipv4Addresses", address);
    type(d, "ipv4Gateway", gateway);
}

void fillEnterprise(ConnectionDialog& d, const QString& identity) {
    type(d, "ssid", QStringLiteral("eduroam"));
    choose(d, "security", static_cast<int>(imprint::provision::WifiSecurity::Enterprise));
    choose(d, "eap", static_cast<int>(imprint::provision::EapMethod::Peap));
    type(d, "identity", identity);
    type(d, "eapPassword", QStringLiteral("s3cret;#=\"x\""));
}

// Fills the next ConnectionDialog the window opens and presses OK; `accepted` says whether OK
// could be pressed.
void answerConnectionDialog(std::function<void(ConnectionDialog&)> fill,
                            std::shared_ptr<bool> accepted) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, accepted] {
        if (auto* d = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            fill(*d);
            *accepted = okEnabled(*d);
            if (*accepted) {
                d->accept();
            } else {
                qWarning() << "refused:" << problem(*d);
                d->reject();
            }
        }
    });
    timer->start();
}

QByteArray fileText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

GlibKeyFile judged(const QString& image, const QString& file) {
    const QByteArray text = mtype(image, file);
    auto f = GlibKeyFile::read(text);
    if (!f.loaded()) {
        qWarning("GLib refused %s: %s\n%s", qPrintable(file), qPrintable(f.why()), text.data());
    }
    return f;
}

} // namespace

class TestGuiConnections : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString ca_;
    QByteArray officeText_;

    // A static wired, a WPA3 and a PEAP connection through the Add button and the dialog.
    void addThroughTheTab(MainWindow& window) {
        auto* add = child<QPushButton>(window, QStringLiteral("connectionAdd"));
        auto ok = std::make_shared<bool>(false);
        answerConnectionDialog(
            [](ConnectionDialog& d) {
                type(d, "connectionId", QStringLiteral("wired"));
                fillStaticEthernet(d, QStringLiteral("10.0.2.15/24"), QStringLiteral("10.0.2.2"));
                type(d, "ipv4Dns", QStringLiteral("10.0.2.3"));
                choose(d, "ipv6Method", static_cast<int>(imprint::provision::IpMethod::Manual));
                type(d, "ipv6Addresses", QStringLiteral("fd00::15/64"));
                type(d, "ipv6Gateway", QStringLiteral("fd00::2"));
                type(d, "macAddress", QStringLiteral("52:54:00:12:34:56"));
            },
            ok);
        add->click();
        QVERIFY(*ok);
        answerConnectionDialog(
            [](ConnectionDialog& d) {
                type(d, "connectionId", QStringLiteral("home"));
                type(d, "ssid", QStringLiteral("Home =# \"net\" ü"));
                choose(d, "security", static_cast<int>(imprint::provision::WifiSecurity::Sae));
                type(d, "passphrase", QStringLiteral("correct;horse=#battery"));
            },
            ok);
        add->click();
        QVERIFY(*ok);
        const QString ca = ca_;
        answerConnectionDialog(
            [ca](ConnectionDialog& d) {
                type(d, "connectionId", QStringLiteral("campus"));
                fillEnterprise(d, QStringLiteral("alice@example.org"));
                child<imprint::gui::CertificateField>(d, QStringLiteral("caCertificate"))
                    ->loadFile(ca);
            },
            ok);
        add->click();
        QVERIFY(*ok);
    }

    // A refused and a good import, the list, the proxy form.
    void importAndProxy(MainWindow& window) {
        // An import with a bad pass phrase is refused naming the key, never showing it.
        auto* page = window.findChild<imprint::gui::ConfigurePage*>();
        const QString bad = dir_.filePath(QStringLiteral("bad.nmconnection"));
        writeFile(bad, "[connection]\nid=bad\ntype=wifi\n[wifi]\nssid=Bad\n"
                       "[wifi-security]\nkey-mgmt=wpa-psk\npsk=short7\n");
        page->importConnections({bad});
        auto* importError = child<QLabel>(window, QStringLiteral("importError"));
        QVERIFY2(importError->text().contains(QStringLiteral("[wifi-security] psk")),
                 qPrintable(importError->text()));
        QVERIFY(!importError->text().contains(QStringLiteral("short7")));
        const QString office = dir_.filePath(QStringLiteral("office.nmconnection"));
        officeText_ = "[connection]\nid=office\ntype=ethernet\n# kept as written\n\n"
                      "[ipv4]\nmethod=manual\naddress1=192.168.7.9/24,192.168.7.1\n\n"
                      "[x-custom]\nodd key = odd value ;\n";
        writeFile(office, officeText_);
        page->importConnections({office});
        QVERIFY(importError->isHidden());

        auto* list = child<QListWidget>(window, QStringLiteral("connectionList"));
        QCOMPARE(list->count(), 4);
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("IPv4 manual 10.0.2.15/24")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(list->item(3)->text().contains(QStringLiteral("192.168.7.9/24")));
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY(!list->item(i)->text().contains(QStringLiteral("battery")));
        }

        // The proxy: a bad host is an error where the form is; a good one clears it.
        auto* proxy = child<QGroupBox>(window, QStringLiteral("proxy"));
        proxy->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(window, QStringLiteral("proxyHost")),
                         QStringLiteral("bad host!"));
        child<QSpinBox>(window, QStringLiteral("proxyPort"))->setValue(3128);
        auto* proxyError = child<QLabel>(window, QStringLiteral("error:/proxy"));
        QVERIFY(window.model()->hasErrors());
        QVERIFY2(proxyError->text().contains(QStringLiteral("bad host!")),
                 qPrintable(proxyError->text()));
        auto* host = child<QLineEdit>(window, QStringLiteral("proxyHost"));
        host->clear();
        QTest::keyClicks(host, QStringLiteral("proxy.example.org"));
        QVERIFY2(!window.model()->hasErrors(),
                 window.model()->issues().empty()
                     ? ""
                     : window.model()->issues().front().error.code.c_str());
    }

    // What "Configure only" wrote, read by GLib and mtools.
    void judgeTheImage(const QString& copy) {
        const auto wired = judged(copy, QStringLiteral("system-connections/wired"));
        QVERIFY(wired.loaded());
        QCOMPARE(wired.string(QStringLiteral("connection"), QStringLiteral("type")),
                 QByteArray("ethernet"));
        QCOMPARE(wired.string(QStringLiteral("ipv4"), QStringLiteral("method")),
                 QByteArray("manual"));
        QCOMPARE(wired.string(QStringLiteral("ipv4"), QStringLiteral("address1")),
                 QByteArray("10.0.2.15/24,10.0.2.2"));
        QCOMPARE(wired.strings(QStringLiteral("ipv4"), QStringLiteral("dns")),
                 QStringList{QStringLiteral("10.0.2.3")});
        QCOMPARE(wired.string(QStringLiteral("ipv6"), QStringLiteral("address1")),
                 QByteArray("fd00::15/64,fd00::2"));
        QCOMPARE(wired.string(QStringLiteral("ethernet"), QStringLiteral("mac-address")),
                 QByteArray("52:54:00:12:34:56"));

        const auto home = judged(copy, QStringLiteral("system-connections/home"));
        QVERIFY(home.loaded());
        // An SSID with a quote or a non-ASCII byte is written as NetworkManager writes it: a list
        // of its bytes.
        QByteArray ssid;
        for (const int b :
             home.integers(QStringLiteral("wifi"), QStringLiteral("ssid")).value_or(QList<int>())) {
            ssid.append(static_cast<char>(b));
        }
        QCOMPARE(ssid, QByteArray("Home =# \"net\" ü"));
        QCOMPARE(home.string(QStringLiteral("wifi-security"), QStringLiteral("key-mgmt")),
                 QByteArray("sae"));
        QCOMPARE(home.string(QStringLiteral("wifi-security"), QStringLiteral("psk")),
                 QByteArray("correct;horse=#battery"));

        const auto campus = judged(copy, QStringLiteral("system-connections/campus"));
        QVERIFY(campus.loaded());
        QCOMPARE(campus.strings(QStringLiteral("802-1x"), QStringLiteral("eap")),
                 QStringList{QStringLiteral("peap")});
        QCOMPARE(campus.string(QStringLiteral("802-1x"), QStringLiteral("identity")),
                 QByteArray("alice@example.org"));
        QCOMPARE(campus.string(QStringLiteral("802-1x"), QStringLiteral("password")),
                 QByteArray("s3cret;#=\"x\""));
        const QByteArray caPath =
            campus.string(QStringLiteral("802-1x"), QStringLiteral("ca-cert")).value_or("");
        QVERIFY2(caPath.startsWith("/mnt/boot/"), caPath.constData());
        QCOMPARE(mtype(copy, QString::fromUtf8(caPath.mid(10))), fileText(ca_));

        // The imported file, byte for byte, under a name of its own.
        const QStringList names =
            QString::fromUtf8(
                run(QStringLiteral("mdir"), {QStringLiteral("-b"), QStringLiteral("-i"),
                                             onBoot(copy), QStringLiteral("::system-connections")}))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        bool found = false;
        for (const auto& name : names) {
            found = found || mtype(copy, name.mid(2)) == officeText_;
        }
        QVERIFY2(found, qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(mtype(copy, QStringLiteral("system-proxy/redsocks.conf"))
                    .contains("proxy.example.org"));
    }

    // The window's profile, loaded in another window.
    void profileRoundTrip(MainWindow& window) {
        // Saved from the window, loaded in another: the same connections, imports and proxy.
        answerInputDialog(QStringLiteral("networks"));
        child<QPushButton>(window, QStringLiteral("profileSave"))->click();
        MainWindow second;
        second.show();
        QVERIFY(openImageAndWait(second, demoImage()));
        second.goTo(MainWindow::ConfigureStep);
        auto* profiles = child<QComboBox>(second, QStringLiteral("profiles"));
        profiles->setCurrentText(QStringLiteral("networks"));
        child<QPushButton>(second, QStringLiteral("profileLoad"))->click();
        QCOMPARE(second.model()->connections().size(), std::size_t(3));
        QVERIFY(second.model()->connections() == window.model()->connections());
        QVERIFY(second.model()->importedConnections() == window.model()->importedConnections());
        QVERIFY(second.model()->proxy() == window.model()->proxy());
        QCOMPARE(child<QListWidget>(second, QStringLiteral("connectionList"))->count(), 4);
    }

private slots:
    void initTestCase() {
        IMPRINT_REQUIRE_DEMO_IMAGE();
        QVERIFY(dir_.isValid());
        ca_ = dir_.filePath(QStringLiteral("ca.pem"));
        int code = -1;
        const QByteArray out =
            run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                 dir_.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), ca_,
                 QStringLiteral("-subj"), QStringLiteral("/CN=Imprint test CA"),
                 QStringLiteral("-days"), QStringLiteral("2")},
                &code);
        QVERIFY2(code == 0, out.constData());
    }

    // Issue 19's bad inputs: each names its field, marks it and keeps OK disabled.
    void badInputsNameTheField_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("widget");
        QTest::newRow("prefix /33") << 0 << "Addresses (IPv4)"
                                    << "ipv4Addresses";
        QTest::newRow("gateway outside") << 1 << "Gateway (IPv4)"
                                         << "ipv4Gateway";
        QTest::newRow("enterprise without identity") << 2 << "Identity"
                                                     << "identity";
        QTest::newRow("non-PEM certificate") << 3 << "CA certificate"
                                             << "caCertificate";
        QTest::newRow("unreadable certificate") << 4 << "CA certificate"
                                                << "caCertificate";
        QTest::newRow("PIN of letters") << 5 << "SIM PIN"
                                        << "pin";
    }

    void badInputsNameTheField() {
        QFETCH(int, which);
        QFETCH(QString, field);
        QFETCH(QString, widget);
        const QString notPem = dir_.filePath(QStringLiteral("not-a-certificate.pem"));
        writeFile(notPem, "this is not a certificate\n");
        Connection start;
        start.id = "test";
        ConnectionDialog d(start);
        d.show();
        switch (which) {
        case 0:
            fillStaticEthernet(d, QStringLiteral("192.168.1.5/33"), QString());
            break;
        case 1:
            fillStaticEthernet(d, QStringLiteral("192.168.1.5/24"), QStringLiteral("10.0.0.1"));
            break;
        case 2:
            fillEnterprise(d, QString());
            break;
        case 3:
        case 4:
            fillEnterprise(d, QStringLiteral("alice"));
            QVERIFY2(okEnabled(d), qPrintable(problem(d)));
            child<imprint::gui::CertificateField>(d, QStringLiteral("caCertificate"))
                ->loadFile(which == 3 ? notPem : dir_.filePath(QStringLiteral("missing.pem")));
            break;
        case 5:
            choose(d, "connectionType", static_cast<int>(ConnectionKind::Gsm));
            type(d, "apn", QStringLiteral("internet"));
            type(d, "pin", QStringLiteral("abcd"));
            break;
        }
        const QString text = problem(d);
        QVERIFY2(text.startsWith(field + QStringLiteral(": ")), qPrintable(text));
        QVERIFY(!okEnabled(d));
        QCOMPARE(child<QWidget>(d, widget)->property("invalid").toBool(), true);
        QVERIFY2(!text.contains(QStringLiteral("s3cret")) && !text.contains(QStringLiteral("abcd")),
                 qPrintable(text));
    }

    // Good connections through the Network tab, a refused and a good import, the proxy;
    // "Configure only" writes keyfiles GLib reads back with the same values, the import byte
    // for byte; a profile saved from the window gives the same connections when loaded.
    void connectionsReachTheImage() {
        const QString copy = dir_.filePath(QStringLiteral("copy.img"));
        QVERIFY(
            succeeds(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), demoImage(), copy}));
        MainWindow window;
        window.show();
        QVERIFY(openImageAndWait(window, copy));
        window.goTo(MainWindow::ConfigureStep);
        addThroughTheTab(window);
        if (QTest::currentTestFailed()) {
            return;
        }
        importAndProxy(window);
        if (QTest::currentTestFailed()) {
            return;
        }
        window.goTo(MainWindow::WriteStep);
        child<QPushButton>(window, QStringLiteral("configureInPlace"))->click();
        QVERIFY(!child<QLabel>(window, QStringLiteral("inPlaceResult"))->text().isEmpty());
        judgeTheImage(copy);
        if (QTest::currentTestFailed()) {
            return;
        }
        profileRoundTrip(window);
    }
};

IMPRINT_GUI_TEST_MAIN(TestGuiConnections)
#include "tst_gui_connections.moc"
