// The real main window, offscreen: the three steps are there and switch pages.
#include "app/gui/mainwindow.h"

#include <QAbstractButton>
#include <QStackedWidget>
#include <QTest>

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void stepsSwitchPages() {
        imprint::gui::MainWindow window(QStringLiteral("demo.img"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>();
        QVERIFY(pages);
        QCOMPARE(pages->currentIndex(), 0);
        QList<QAbstractButton*> steps;
        for (auto* b : window.findChildren<QAbstractButton*>()) {
            if (b->isCheckable()) {
                steps << b;
            }
        }
        QCOMPARE(steps.size(), 3);
        QTest::mouseClick(steps[2], Qt::LeftButton);
        QCOMPARE(pages->currentIndex(), 2);
        QTest::mouseClick(steps[0], Qt::LeftButton);
        QCOMPARE(pages->currentIndex(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
