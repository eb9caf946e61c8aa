// The real main window, offscreen, through the whole job on the demo image: open it, read what
// it is, fill every form, see errors appear and clear, save and reload a profile, write a
// configured copy to an image file and judge that file with sfdisk and mtools; and configure a
// copy of the image in place ("Configure only").
#include "app/common/image/imagesession.h"
#include "app/gui/configmodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/wifidialog.h"
#include "app/gui/writepage.h"
#include "core/provision/profile.h"
#include "tests/app/gui/guitest.h"
#include "tests/support/clirunner.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>

using imprint::gui::MainWindow;
using namespace imprint::test;

namespace {

qint64 bootSectors(const QString& image) {
    const auto json =
        QJsonDocument::fromJson(run(QStringLiteral("sfdisk"), {QStringLiteral("-J"), image}));
    const auto table = json.object().value(QStringLiteral("partitiontable")).toObject();
    return table.value(QStringLiteral("partitions"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("size"))
        .toInteger();
}

QByteArray pngBytes(Qt::GlobalColor color) {
    QImage image(64, 32, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T>
T* find(QWidget& window, const QString& name) {
    return namedChild<T>(window, name);
}

} // namespace

class TestGuiFlow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString sshKey_;

    bool openDemo(MainWindow& window, const QString& path) {
        return openImageAndWait(window, path);
    }

private slots:
    void initTestCase() {
        IMPRINT_REQUIRE_DEMO_IMAGE();
        QVERIFY(dir_.isValid());
        // A real key made by ssh-keygen, so the key check is judged on the real thing.
        run(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
             QStringLiteral("-N"), QString(), QStringLiteral("-C"), QStringLiteral("gui-test"),
             QStringLiteral("-f"), dir_.filePath(QStringLiteral("key"))});
        QFile pub(dir_.filePath(QStringLiteral("key.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        sshKey_ = QString::fromUtf8(pub.readAll()).trimmed();
    }

    void stepsBeforeAnImage() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentIndex(), 0);
        auto* configure = find<QAbstractButton>(window, QStringLiteral("step1"));
        auto* write = find<QAbstractButton>(window, QStringLiteral("step2"));
        QVERIFY(configure->isVisible() && write->isVisible());
        QVERIFY(!configure->isEnabled());
        QVERIFY(!write->isEnabled());
        // Every button and text field says what it is to a screen reader.
        for (auto* w : window.findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w)) {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            }
            if (auto* b = qobject_cast<QAbstractButton*>(w);
                b && !b->objectName().startsWith(QLatin1String("qt_"))) {
                QVERIFY2(!b->text().isEmpty() || !b->accessibleName().isEmpty(),
                         qPrintable(b->objectName()));
            }
        }
    }

    void opensTheDemoImage() {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window, demoImage()));
        QVERIFY(find<QLabel>(window, QStringLiteral("deviceType"))
                    ->text()
                    .contains(QLatin1String("qemux86-64")));
        QVERIFY(!find<QLabel>(window, QStringLiteral("osVersion"))->text().isEmpty());
        QVERIFY(!find<QLabel>(window, QStringLiteral("variant"))->text().isEmpty());
        QVERIFY(find<QLabel>(window, QStringLiteral("configSummary"))
                    ->text()
                    .contains(QLatin1String("deviceType")));
        QVERIFY(find<QAbstractButton>(window, QStringLiteral("step1"))->isEnabled());
        auto* parts = find<QTreeWidget>(window, QStringLiteral("partitions"));
        QVERIFY(parts->topLevelItemCount() >= 4);
        QVERIFY(parts->topLevelItem(0)->text(2).contains(QLatin1String("boot")));
        // A file that is not an image says so and enables nothing.
        QSignalSpy failed(window.session(), &imprint::app::ImageSession::failed);
        window.openImage(dir_.filePath(QStringLiteral("key.pub")));
        QVERIFY(failed.wait(20000));
        QVERIFY(!find<QLabel>(window, QStringLiteral("imageStatus"))->text().isEmpty());
    }

    void opensCompressedImages_data() {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("format");
        QTest::newRow("xz") << QStringLiteral(".xz") << QStringLiteral("xz")
                            << QStringList{QStringLiteral("-T2"), QStringLiteral("-c")}
                            << QStringLiteral("xz");
        QTest::newRow("zst") << QStringLiteral(".zst") << QStringLiteral("zstd")
                             << QStringList{QStringLiteral("-q"), QStringLiteral("-c")}
                             << QStringLiteral("zstd");
        QTest::newRow("gz") << QStringLiteral(".gz") << QStringLiteral("gzip")
                            << QStringList{QStringLiteral("-c")} << QStringLiteral("gzip");
    }

    void opensCompressedImages() {
        // The facts of a compressed image come from the head of its stream, without the
        // window waiting: the same facts as the raw image shows.
        QFETCH(QString, suffix);
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, format);
        const QString packed = dir_.filePath(QStringLiteral("demo.img") + suffix);
        {
            const ToolRun r = runTool(program, args << demoImage());
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QFile f(packed);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(r.out) == r.out.size());
        }
        const auto shown = [](MainWindow& w) {
            QStringList out;
            for (const char* name : {"deviceType", "osVersion", "variant", "configSummary"}) {
                out << find<QLabel>(w, QString::fromLatin1(name))->text();
            }
            auto* parts = find<QTreeWidget>(w, QStringLiteral("partitions"));
            for (int i = 0; i < parts->topLevelItemCount(); ++i) {
                for (int c = 0; c < parts->columnCount(); ++c) {
                    out << parts->topLevelItem(i)->text(c);
                }
            }
            return out;
        };
        MainWindow raw;
        QVERIFY(openDemo(raw, demoImage()));
        const QStringList expected = shown(raw);

        MainWindow window;
        window.show();
        QSignalSpy opened(window.session(), &imprint::app::ImageSession::opened);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        clock.start();
        tick.start();
        window.openImage(packed);
        // It returned before the image was read: the reading runs beside the window.
        QVERIFY(window.session()->busy());
        QCOMPARE(opened.count(), 0);
        QVERIFY(opened.wait(60000));
        tick.stop();
        qInfo("%s opened in %lld ms, longest event-loop stall %lld ms", qPrintable(suffix),
              static_cast<long long>(clock.elapsed()), static_cast<long long>(longest));
        QCOMPARE(shown(window), expected);
        QVERIFY(expected.at(0).contains(QLatin1String("qemux86-64")));
        QVERIFY(!expected.at(1).isEmpty());
        QVERIFY(expected.at(3).contains(QLatin1String("deviceType")));
        QVERIFY(find<QTreeWidget>(window, QStringLiteral("partitions"))->topLevelItemCount() >= 4);
        QVERIFY(!find<QLabel>(window, QStringLiteral("logo"))->pixmap().isNull());
        QCOMPARE(window.session()->current()->compression, format);
        // A compressed image is written, not edited in place; planning on it works.
        window.goTo(MainWindow::ConfigureStep);
        auto* hostname = find<QLineEdit>(window, QStringLiteral("/hostname"));
        hostname->clear();
        QTest::keyClicks(hostname, QStringLiteral("from-") + suffix.mid(1));
        auto plan = window.model()->plan();
        QVERIFY2(bool(plan), plan ? "" : plan.error().code.c_str());
        QVERIFY(!plan->empty());
    }

    void validationErrorsAppearAndClear() {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window, demoImage()));
        window.goTo(MainWindow::ConfigureStep);
        auto* hostname = find<QLineEdit>(window, QStringLiteral("/hostname"));
        auto* error = find<QLabel>(window, QStringLiteral("error:/hostname"));
        auto* next = find<QPushButton>(window, QStringLiteral("configureNext"));
        QVERIFY(next->isEnabled());
        hostname->setFocus();
        QTest::keyClicks(hostname, QStringLiteral("bad_name"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!next->isEnabled());
        QVERIFY(find<QListWidget>(window, QStringLiteral("problemSummary"))
                    ->item(0)
                    ->text()
                    .contains(QLatin1String("/hostname")));
        window.goTo(MainWindow::WriteStep);
        QVERIFY(!find<QPushButton>(window, QStringLiteral("writeButton"))->isEnabled());
        window.goTo(MainWindow::ConfigureStep);
        hostname->clear();
        QTest::keyClicks(hostname, QStringLiteral("good-name"));
        QVERIFY(!error->isVisible());
        QVERIFY(next->isEnabled());

        // The Advanced editor: broken JSON is an error in place; the forms follow good JSON.
        auto* advanced = find<QPlainTextEdit>(window, QStringLiteral("advancedEditor"));
        QVERIFY(advanced->toPlainText().contains(QLatin1String("good-name")));
        auto* jsonError = find<QLabel>(window, QStringLiteral("error:/"));
        advanced->setPlainText(QStringLiteral("{\"deviceType\": \"qemux86-64\", "));
        QTRY_VERIFY(!jsonError->isHidden());
        QVERIFY(!next->isEnabled());
        advanced->setPlainText(
            QStringLiteral("{\"deviceType\": \"qemux86-64\", \"hostname\": \"from-json\"}"));
        QTRY_VERIFY(jsonError->isHidden());
        QCOMPARE(hostname->text(), QStringLiteral("from-json"));
        QVERIFY(next->isEnabled());
    }

    void wifiDialogChecksAsYouType() {
        imprint::gui::WifiDialog dialog({});
        // Name, pass phrase, address, gateway, DNS (the priority box's own editor is inside it).
        auto edits = dialog.findChildren<QLineEdit*>(QString(), Qt::FindDirectChildrenOnly);
        QCOMPARE(edits.size(), 5);
        auto* ok = dialog.findChildren<QPushButton*>().at(0);
        QVERIFY(!ok->isEnabled()); // no name yet
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("wifiError"));
        QTest::keyClicks(edits[0], QStringLiteral("Office"));
        QTest::keyClicks(edits[1], QStringLiteral("short"));
        QVERIFY(!error->isHidden());
        QTest::keyClicks(edits[1], QStringLiteral("-but-long-enough"));
        QVERIFY(error->isHidden());
        QCOMPARE(dialog.network().passphrase, std::string("short-but-long-enough"));
        QCOMPARE(edits[1]->echoMode(), QLineEdit::Password);
        dialog.findChild<QCheckBox*>()->setChecked(true); // show pass phrase
        QCOMPARE(edits[1]->echoMode(), QLineEdit::Normal);

        // Priority: "default" until set.
        auto* priority = dialog.findChild<QSpinBox*>(QStringLiteral("wifiPriority"));
        QVERIFY(!dialog.network().priority.has_value());
        priority->setValue(20);
        QCOMPARE(dialog.network().priority.value_or(0), 20);
        // Static address: a bad one is an error in place; a gateway without an address too.
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("wifiAddress"));
        auto* gateway = dialog.findChild<QLineEdit*>(QStringLiteral("wifiGateway"));
        auto* dns = dialog.findChild<QLineEdit*>(QStringLiteral("wifiDns"));
        QTest::keyClicks(gateway, QStringLiteral("192.168.1.1"));
        QTest::keyClicks(dns, QStringLiteral("1.1.1.1, 9.9.9.9"));
        QVERIFY(!error->isHidden());
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(address, QStringLiteral("192.168.1.300/24"));
        QVERIFY(!error->isHidden());
        QVERIFY(!ok->isEnabled());
        address->clear();
        QTest::keyClicks(address, QStringLiteral("192.168.1.50/24"));
        QVERIFY2(error->isHidden(), qPrintable(error->text()));
        QVERIFY(ok->isEnabled());
        const auto n = dialog.network();
        QCOMPARE(n.address, std::string("192.168.1.50/24"));
        QCOMPARE(n.gateway, std::string("192.168.1.1"));
        QCOMPARE(n.dns, (std::vector<std::string>{"1.1.1.1", "9.9.9.9"}));
        // What the dialog makes, core/provision writes: the keyfile has the static address.
        const std::string keyfile =
            imprint::provision::wifiKeyfile(n, imprint::provision::wifiFileName(1));
        QVERIFY(keyfile.find("192.168.1.50/24") != std::string::npos);
        QVERIFY(keyfile.find("autoconnect-priority=20") != std::string::npos);
        // Editing an existing network starts from its values.
        imprint::gui::WifiDialog again(n);
        QCOMPARE(again.network(), n);
    }

    void fillsEveryFormSavesAndReloadsAProfile() {
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window, demoImage()));
        window.goTo(MainWindow::ConfigureStep);
        auto type = [&](const QString& name, const QString& text) {
            auto* edit = find<QLineEdit>(window, name);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        type(QStringLiteral("/hostname"), QStringLiteral("kiosk-7"));
        type(QStringLiteral("/country"), QStringLiteral("XX"));
        QVERIFY(!find<QLabel>(window, QStringLiteral("error:/country"))->isHidden());
        type(QStringLiteral("/country"), QStringLiteral("DE"));
        QVERIFY(find<QLabel>(window, QStringLiteral("error:/country"))->isHidden());
        type(QStringLiteral("/dnsServers"), QStringLiteral("1.1.1.1 9.9.9.9"));
        type(QStringLiteral("/ntpServers"), QStringLiteral("ntp.example.org"));
        type(QStringLiteral("/os/network/connectivity/uri"),
             QStringLiteral("https://example.org/check"));
        type(QStringLiteral("/os/network/connectivity/interval"), QStringLiteral("300"));
        find<QCheckBox>(window, QStringLiteral("/persistentLogging"))->setChecked(true);
        auto* keys = find<QPlainTextEdit>(window, QStringLiteral("sshKeys"));
        keys->setPlainText(QStringLiteral("ssh-ed25519 AAAAnotakey broken"));
        QVERIFY(find<QListWidget>(window, QStringLiteral("sshVerdicts"))
                    ->item(0)
                    ->text()
                    .startsWith(QLatin1String("Not valid")));
        QVERIFY(!find<QPushButton>(window, QStringLiteral("configureNext"))->isEnabled());
        keys->setPlainText(sshKey_);
        QVERIFY(find<QListWidget>(window, QStringLiteral("sshVerdicts"))
                    ->item(0)
                    ->text()
                    .startsWith(QLatin1String("Valid")));
        auto* model = window.model();
        auto config = model->config();
        config.setUdevRule("64-serial", "SUBSYSTEM==\"tty\", MODE=\"0666\"\n");
        model->setConfig(config);
        model->setWifi({{"Office", "correct horse battery", false, {}, {}, {}, {}}});
        const QString logoFile = dir_.filePath(QStringLiteral("logo.png"));
        {
            QFile f(logoFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pngBytes(Qt::darkCyan));
        }
        // Not a PNG: an error at /logo that clears with a real one.
        model->setLogoFile(dir_.filePath(QStringLiteral("key.pub")));
        QVERIFY(model->hasErrors());
        QCOMPARE(model->issues().front().error.pointer, std::string("/logo"));
        model->setLogoFile(logoFile);
        QVERIFY(!model->hasErrors());
        QVERIFY(find<QPushButton>(window, QStringLiteral("configureNext"))->isEnabled());

        // The Plan (core/provision's plan for the profile) lists exactly the three files that
        // change; it is made when its tab is shown.
        auto* plan = find<QTreeWidget>(window, QStringLiteral("planView"));
        auto* tabs = find<QTabWidget>(window, QStringLiteral("configureTabs"));
        tabs->setCurrentIndex(tabs->count() - 1);
        QCOMPARE(tabs->currentWidget()->findChild<QTreeWidget*>(QStringLiteral("planView")), plan);
        QStringList files;
        for (int i = 0; i < plan->topLevelItemCount(); ++i) {
            // Notes (development mode and the like) are rows too; the files start with '/'.
            if (plan->topLevelItem(i)->text(0).startsWith(QLatin1Char('/'))) {
                files << plan->topLevelItem(i)->text(0);
            }
        }
        files.sort();
        // The logo keeps the name the image uses (mtools tells which one it has).
        const QString logo = mtype(demoImage(), QStringLiteral("splash/balena-logo.png")).isEmpty()
                                 ? QStringLiteral("/splash/resin-logo.png")
                                 : QStringLiteral("/splash/balena-logo.png");
        QVERIFY(!mtype(demoImage(), logo.mid(1)).isEmpty());
        QCOMPARE(files, (QStringList{QStringLiteral("/config.json"), logo,
                                     QStringLiteral("/system-connections/balena-wifi-01")}));
        // The config.json entry shows a diff; the pass phrase shows nowhere.
        QString details;
        for (int i = 0; i < plan->topLevelItemCount(); ++i) {
            details += plan->topLevelItem(i)->data(0, Qt::UserRole).toString();
        }
        QVERIFY(details.contains(QLatin1String("+ ")));
        QVERIFY(details.contains(QLatin1String("kiosk-7")));
        QVERIFY(!details.contains(QLatin1String("correct horse battery")));
        // An edit while the Plan is shown is in it at once.
        type(QStringLiteral("/ntpServers"), QStringLiteral("ntp2.example.org"));
        details.clear();
        for (int i = 0; i < plan->topLevelItemCount(); ++i) {
            details += plan->topLevelItem(i)->data(0, Qt::UserRole).toString();
        }
        QVERIFY(details.contains(QLatin1String("ntp2.example.org")));

        // Save as a profile, change things, load it back.
        answerInputDialog(QStringLiteral("kiosk"));
        auto* save = find<QPushButton>(window, QStringLiteral("profileSave"));
        QVERIFY(save);
        save->click();
        QCOMPARE(find<QComboBox>(window, QStringLiteral("profiles"))->currentText(),
                 QStringLiteral("kiosk"));
        // Saved in the store the command line reads, in its format.
        const QString saved = profileFolder() + QStringLiteral("/kiosk.json");
        QFile savedFile(saved);
        QVERIFY2(savedFile.open(QIODevice::ReadOnly), qPrintable(saved));
        const QByteArray savedText = savedFile.readAll();
        savedFile.close(); // Windows renames no file that is open (the rename below)
        auto parsed = imprint::provision::Profile::parse(savedText.toStdString());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->hostname.value_or(""), std::string("kiosk-7"));
        QCOMPARE(parsed->networks.size(), std::size_t(1));
        QCOMPARE(parsed->logo.value_or(""), logoFile.toStdString());
        QVERIFY(!parsed->baseConfig.contains("deviceType")); // only what the user changed
        type(QStringLiteral("/hostname"), QStringLiteral("other"));
        model->setWifi({});
        MainWindow second; // a new window sees the saved profile
        second.show();
        QVERIFY(openDemo(second, demoImage()));
        auto* profiles = find<QComboBox>(second, QStringLiteral("profiles"));
        QCOMPARE(profiles->findText(QStringLiteral("kiosk")) >= 0, true);
        profiles->setCurrentText(QStringLiteral("kiosk"));
        find<QPushButton>(second, QStringLiteral("profileLoad"))->click();
        QCOMPARE(find<QLineEdit>(second, QStringLiteral("/hostname"))->text(),
                 QStringLiteral("kiosk-7"));
        QCOMPARE(find<QLineEdit>(second, QStringLiteral("/country"))->text(), QStringLiteral("DE"));
        QCOMPARE(second.model()->wifi().size(), std::size_t(1));
        QCOMPARE(second.model()->newLogo(), pngBytes(Qt::darkCyan));
        QCOMPARE(find<QLineEdit>(second, QStringLiteral("/ntpServers"))->text(),
                 QStringLiteral("ntp2.example.org"));
        QCOMPARE(find<QListWidget>(second, QStringLiteral("wifiList"))->count(), 1);
        // Rename it; the old name is gone, the new one loads.
        answerInputDialog(QStringLiteral("kiosk-renamed"));
        find<QPushButton>(second, QStringLiteral("profileRename"))->click();
        QCOMPARE(profiles->findText(QStringLiteral("kiosk")), -1);
        QCOMPARE(profiles->currentText(), QStringLiteral("kiosk-renamed"));
    }

    void commandLineUsesTheGuiProfile() {
        // `imprint configure --profile NAME` finds what the window saved, by name.
        const QString copy = dir_.filePath(QStringLiteral("cli-copy.img"));
        QVERIFY(
            succeeds(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), demoImage(), copy}));
        const auto r = runImprint({QStringLiteral("configure"), copy, QStringLiteral("--profile"),
                                   QStringLiteral("kiosk-renamed"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(mtype(copy, QStringLiteral("config.json")).contains("\"hostname\": \"kiosk-7\""));
        QVERIFY(mtype(copy, QStringLiteral("system-connections/balena-wifi-01"))
                    .contains("ssid=Office"));
    }

    void writesAConfiguredImageFile() {
        // IMPRINT_GUI_WRITE_IMAGE: a bigger image made from the demo image, to measure stalls.
        const QString image = qEnvironmentVariable("IMPRINT_GUI_WRITE_IMAGE", demoImage());
        const QByteArray sourceHash = contentDigest(image);
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window, image));
        window.goTo(MainWindow::ConfigureStep);
        auto* hostname = find<QLineEdit>(window, QStringLiteral("/hostname"));
        hostname->clear();
        QTest::keyClicks(hostname, QStringLiteral("written-by-gui"));
        window.model()->setWifi({{"Lab", "pass phrase 123", true, {}, {}, {}, {}}});
        window.goTo(MainWindow::WriteStep);
        const QString out = dir_.filePath(QStringLiteral("out.img"));
        find<QLineEdit>(window, QStringLiteral("outputFile"))->setText(out);
        find<QPushButton>(window, QStringLiteral("addFile"))->click();
        auto* write = find<QPushButton>(window, QStringLiteral("writeButton"));
        QVERIFY(write->isEnabled());

        // While the job runs, the window keeps answering: measure the longest stall.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QStringList stalls;
        QTimer tick;
        tick.setInterval(5);
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longest = std::max(longest, now - last);
            if (now - last > 40) {
                stalls << QStringLiteral("%1 ms at %2 ms").arg(now - last).arg(last);
            }
            last = now;
        });
        QSignalSpy done(window.findChild<imprint::gui::WritePage*>(),
                        &imprint::gui::WritePage::writeFinished);
        // The same measure with nothing running first: what the machine itself adds.
        clock.start();
        tick.start();
        QTest::qWait(1000);
        const qint64 idleLongest = longest;
        longest = 0;
        stalls.clear();
        last = 0;
        clock.restart();
        write->click();
        QVERIFY(done.wait(240000));
        tick.stop();
        qInfo("write of %s: %lld ms, longest event-loop stall %lld ms", qPrintable(image),
              static_cast<long long>(clock.elapsed()), static_cast<long long>(longest));
        qInfo("stalls over 40 ms: %s; longest stall while idle: %lld ms",
              qPrintable(stalls.join(QStringLiteral(", "))), static_cast<long long>(idleLongest));
        const QString status = find<QLabel>(window, QStringLiteral("targetStatus0"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Written and verified.")), qPrintable(status));

        // Judged by other tools: sfdisk finds the table, mtools reads the boot files.
        const QByteArray config = mtype(out, QStringLiteral("config.json"));
        QVERIFY2(config.contains("\"hostname\": \"written-by-gui\""), config.constData());
        QVERIFY(config.contains("\"deviceType\": \"qemux86-64\""));
        const QByteArray wifi = mtype(out, QStringLiteral("system-connections/balena-wifi-01"));
        QVERIFY(wifi.contains("ssid=Lab"));
        QVERIFY(wifi.contains("hidden=true"));
        // The rest of the image is the demo image's, and the demo image itself is untouched.
        QCOMPARE(mtype(out, QStringLiteral("os-release")),
                 mtype(demoImage(), QStringLiteral("os-release")));
        QCOMPARE(contentDigest(image), sourceHash);
        QVERIFY(QFileInfo(out).size() == QFileInfo(image).size());
    }

    void driveListFollowsHotPlug() {
#ifndef __linux__
        QSKIP("loop devices are Linux's; under Wine the drive list finds no disk to plug");
#endif
        if (!succeeds(QStringLiteral("losetup"), {QStringLiteral("--version")}) ||
            qEnvironmentVariable("USER", QStringLiteral("root")) != QLatin1String("root")) {
            QSKIP("needs losetup as root");
        }
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window, demoImage()));
        window.goTo(MainWindow::WriteStep);
        auto* drives = find<QTreeWidget>(window, QStringLiteral("driveList"));
        auto listed = [drives](const QString& device) {
            for (int i = 0; i < drives->topLevelItemCount(); ++i) {
                if (drives->topLevelItem(i)->data(0, Qt::UserRole).toString() == device) {
                    return true;
                }
            }
            return false;
        };
        const QString backing = dir_.filePath(QStringLiteral("hotplug.img"));
        QVERIFY(succeeds(QStringLiteral("truncate"),
                         {QStringLiteral("-s"), QStringLiteral("64M"), backing}));
        const QString device =
            QString::fromUtf8(run(QStringLiteral("losetup"),
                                  {QStringLiteral("-f"), QStringLiteral("--show"), backing})
                                  .trimmed());
        QVERIFY2(device.startsWith(QLatin1String("/dev/loop")), qPrintable(device));
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(listed(device), 15000);
        const qint64 appeared = clock.elapsed();
        QVERIFY(succeeds(QStringLiteral("losetup"), {QStringLiteral("-d"), device}));
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(!listed(device), 15000);
        qInfo("hot-plug: %s listed after %lld ms, gone %lld ms after detaching", qPrintable(device),
              static_cast<long long>(appeared), static_cast<long long>(clock.elapsed()));
    }

    void configureOnlyEditsACopyInPlace() {
        const QString copy = dir_.filePath(QStringLiteral("copy.img"));
        QVERIFY(
            succeeds(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), demoImage(), copy}));
        MainWindow window;
        window.show();
        QVERIFY(openDemo(window, copy));
        window.goTo(MainWindow::ConfigureStep);
        auto* hostname = find<QLineEdit>(window, QStringLiteral("/hostname"));
        hostname->clear();
        QTest::keyClicks(hostname, QStringLiteral("in-place"));
        window.goTo(MainWindow::WriteStep);
        find<QPushButton>(window, QStringLiteral("configureInPlace"))->click();
        QVERIFY(!find<QLabel>(window, QStringLiteral("inPlaceResult"))->text().isEmpty());
        QVERIFY(mtype(copy, QStringLiteral("config.json")).contains("\"hostname\": \"in-place\""));
        // fsck.fat judges the edited file system, cut out of the image with dd.
        const QString boot = dir_.filePath(QStringLiteral("boot.fat"));
        const ToolRun cut = shell(QStringLiteral("dd if=\"$1\" of=\"$2\" bs=512 skip=$3 count=$4"),
                                  {copy, boot, QString::number(bootOffset(copy) / 512),
                                   QString::number(bootSectors(copy))});
        QVERIFY2(cut.exitCode == 0, cut.err.constData());
        int code = -1;
        const QByteArray fsck =
            run(QStringLiteral("fsck.fat"), {QStringLiteral("-n"), boot}, &code);
        QVERIFY2(code == 0, fsck.constData());
    }
};

IMPRINT_GUI_TEST_MAIN(TestGuiFlow)
#include "tst_gui_flow.moc"
