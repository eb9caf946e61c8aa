// The real main window, offscreen: the three steps are always visible, open only once an image
// is read, switch pages; the window remembers its geometry and the language chosen in
// Settings; an error is a sentence with its detail one click away.
#include "app/common/session/imagesession.h"
#include "app/common/settings/settings.h"
#include "app/gui/mainwindow.h"
#include "tests/gui/guitest.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>

using imprint::gui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void stepsSwitchPages() {
        const QString image = imprint::test::demoImage();
        if (!QFile::exists(image)) {
            QSKIP("the demo image is not built (tst_gui_flow needs it and says so)");
        }
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
        imprint::app::settings::setValue(QStringLiteral("language"), QString());
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
