// The real main window, offscreen: the three steps are always visible, open only once an image
// is read, switch pages, and the window remembers its geometry.
#include "app/common/session/imagesession.h"
#include "app/gui/mainwindow.h"
#include "tests/gui/guitest.h"

#include <QAbstractButton>
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
};

IMPRINT_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
