// The real main window, offscreen: the three steps are always visible, open only once an image
// is read, switch pages; the window remembers its geometry and the language chosen in
// Settings; an error is a sentence with its detail one click away.
#include "app/common/errortext.h"
#include "app/common/image/imagesession.h"
#include "app/common/settings/settings.h"
#include "app/gui/mainwindow.h"
#include "tests/app/gui/guitest.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTranslator>

#include <cerrno>
#include <cstring>

using imprint::gui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void stepsSwitchPages() {
        IMPRINT_REQUIRE_DEMO_IMAGE();
        const QString image = imprint::test::demoImage();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy opened(window.session(), &imprint::app::ImageSession::opened);
        window.openImage(image);
        QVERIFY(opened.wait(60000));
        auto* pages = window.findChild<QStackedWidget*>();
        QCOMPARE(pages->currentIndex(), 0);
        QList<QAbstractButton*> steps;
        for (int i = 0; i < 3; ++i) {
            steps << window.findChild<QAbstractButton*>(QStringLiteral("step%1").arg(i));
            QVERIFY(steps.back() && steps.back()->isEnabled());
        }
        QTest::mouseClick(steps[2], Qt::LeftButton);
        QCOMPARE(pages->currentIndex(), 2);
        QTest::mouseClick(steps[1], Qt::LeftButton);
        QCOMPARE(pages->currentIndex(), 1);
        QTest::mouseClick(steps[0], Qt::LeftButton);
        QCOMPARE(pages->currentIndex(), 0);
        // From the keyboard: the step bar is one stop in the Tab chain (like radio buttons),
        // the arrow keys walk it, Space picks a step.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        steps[0]->setFocus();
        QTest::keyClick(steps[0], Qt::Key_Right);
        QCOMPARE(QApplication::focusWidget(), steps[1]);
        QTest::keyClick(steps[1], Qt::Key_Space);
        QCOMPARE(pages->currentIndex(), 1);
        QTest::keyClick(steps[1], Qt::Key_Tab);
        QVERIFY(pages->currentWidget()->isAncestorOf(QApplication::focusWidget()));
    }

    void remembersGeometry() {
        {
            MainWindow window;
            window.show();
            window.resize(900, 650);
            window.close();
        }
        MainWindow again;
        QCOMPARE(again.size(), QSize(900, 650));
    }

    void languageIsChosenInSettingsAndRemembered() {
        MainWindow window;
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        QAction* german = nullptr;
        for (QAction* a : menu->actions()) {
            names << a->text();
            if (a->data().toString() == QLatin1String("de")) {
                german = a;
            }
        }
        QCOMPARE(names.size(), 5); // System, English, Deutsch, Français, Español
        QVERIFY(names.contains(QStringLiteral("Deutsch")));
        QVERIFY(names.contains(QStringLiteral("Français")));
        QVERIFY(names.contains(QStringLiteral("Español")));
        QVERIFY(german && !german->isChecked());
        german->trigger();
        QCOMPARE(imprint::app::settings::value(QStringLiteral("language")).toString(),
                 QStringLiteral("de"));
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("restartForLanguage")));
        // A new window shows the choice ticked.
        MainWindow again;
        for (QAction* a : again.findChild<QMenu*>(QStringLiteral("languageMenu"))->actions()) {
            QCOMPARE(a->isChecked(), a->data().toString() == QLatin1String("de"));
        }
        QVERIFY(imprint::app::settings::setValue(QStringLiteral("language"), QString()));
    }

    void germanReachesTheWindowAndTheErrorWords() {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/imprint_de.qm")));
        QCoreApplication::installTranslator(&german);
        // No translator shim: tr() of the window's classes asks for
        // "imprint::gui::WritePage", the context lupdate files the strings under.
        MainWindow window;
        QCOMPARE(window.findChild<QPushButton*>(QStringLiteral("writeButton"))->text(),
                 QStringLiteral("Sch&reiben"));
        // Parameter values that are codes or phrases become German words too.
        const QString name = imprint::app::errorText(
            imprint::Error("fat.invalid_name").with("name", "CON").with("reason", "reserved"));
        QVERIFY2(name.contains(QLatin1String("ein reservierter Name")), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1String("reserved")), qPrintable(name));
        const QString version = imprint::app::errorText(
            imprint::Error("version.missing_part").with("input", "2.").with("part", "minor"));
        QVERIFY2(!version.contains(QLatin1String("minor")), qPrintable(version));
        if (std::strcmp(std::strerror(EACCES), "Permission denied") == 0) {
            const QString denied =
                imprint::app::errorText(imprint::Error("disk.open_failed")
                                            .with("path", "/dev/sdz")
                                            .with("reason", std::strerror(EACCES)));
            QVERIFY2(denied.contains(QLatin1String("Keine Berechtigung")), qPrintable(denied));
        }
        QCoreApplication::removeTranslator(&german);
        // English has the plural forms of the %n messages.
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/imprint_en.qm")));
        QCoreApplication::installTranslator(&english);
        QCOMPARE(QCoreApplication::translate("imprint::gui::DriveTargets",
                                             "%n system drive(s) hidden.", nullptr, 1),
                 QStringLiteral("1 system drive hidden."));
        QCOMPARE(QCoreApplication::translate("imprint::gui::DriveTargets",
                                             "%n system drive(s) hidden.", nullptr, 3),
                 QStringLiteral("3 system drives hidden."));
        QCoreApplication::removeTranslator(&english);
    }

    void errorsAreWordsWithDetailOneClickAway() {
        MainWindow window;
        window.show();
        QTemporaryDir dir;
        const QString notAnImage = dir.filePath(QStringLiteral("notes.img"));
        QFile f(notAnImage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(64 * 1024, 'x'));
        f.close();
        QSignalSpy failed(window.session(), &imprint::app::ImageSession::failed);
        window.openImage(notAnImage);
        QVERIFY(failed.wait(20000));
        auto* status = window.findChild<QLabel*>(QStringLiteral("imageStatus"));
        const QString code = QString::fromStdString(window.session()->lastError()->code);
        // The words name the file; the code is not shown until asked for.
        QVERIFY(status->text().contains(QLatin1String("notes.img")));
        QVERIFY2(!status->text().contains(code), qPrintable(status->text()));
        emit status->linkActivated(QStringLiteral("#details"));
        QVERIFY2(status->text().contains(code), qPrintable(status->text()));
        emit status->linkActivated(QStringLiteral("#details"));
        QVERIFY(!status->text().contains(code));
    }
};

IMPRINT_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
