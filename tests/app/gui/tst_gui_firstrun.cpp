// The desktop program's first run on a fresh account (issue 25): the real window, offscreen,
// opens the demo image (a recent image, remembered in the settings) and saves a profile, in an
// empty HOME with no XDG_* set, with XDG_* at folders that do not exist, and in a read-only
// HOME. The window runs in a child process of this test, as the account's user (see
// tests/support/freshhome.h), and reports what it showed on stdout.
#include "app/common/image/imagesession.h"
#include "app/common/settings/settings.h"
#include "app/gui/mainwindow.h"
#include "tests/app/gui/guitest.h"
#include "tests/support/freshhome.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>

#include <cstdio>

using namespace imprint::test;

namespace {

const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/gui-firstrun");
const char* const kChild = "--first-run-child";

// The child: first start, open the image, save a profile as "lab", close; prints
// "status: <the status bar>" and "profile: <the profile status>".
int child(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Imprint"));
    QApplication::setApplicationName(QStringLiteral("imprint-gui"));
    {
        imprint::gui::MainWindow window;
        window.show();
        QSignalSpy opened(window.session(), &imprint::app::ImageSession::opened);
        window.openImage(demoImage());
        if (!opened.wait(60000)) {
            return 3;
        }
        std::printf("status: %s\n", qPrintable(window.statusBar()->currentMessage()));
        answerInputDialog(QStringLiteral("lab"));
        auto* save = window.findChild<QPushButton*>(QStringLiteral("profileSave"));
        auto* status = window.findChild<QLabel*>(QStringLiteral("profileStatus"));
        if (save == nullptr || status == nullptr) {
            return 4;
        }
        save->click();
        const QVariant words = status->property("imprintErrorWords");
        std::printf("profile: %s\n",
                    qPrintable(words.isValid() ? words.toString() : status->text()));
        window.close();
    }
    imprint::app::settings::flush();
    std::fflush(stdout);
    return 0;
}

// The line of the child's output that starts with `key`.
QString line(const QString& out, const QString& key) {
    for (const QString& l : out.split(QLatin1Char('\n'))) {
        if (l.startsWith(key + QStringLiteral(": "))) {
            return l.mid(key.size() + 2);
        }
    }
    return {};
}

} // namespace

class TestGuiFirstRun : public QObject {
    Q_OBJECT

    static FreshHome::Run runWindow(const FreshHome& account) {
        return account.run(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChild)});
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(demoImage()), "the demo_image fixture did not run");
    }

    void savesOnAFreshAccount_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("empty HOME, no XDG_*") << int(FreshHome::NoXdg);
        QTest::newRow("XDG_* at missing folders") << int(FreshHome::MissingXdg);
    }
    void savesOnAFreshAccount() {
        QFETCH(int, kind);
        const FreshHome a(kDir + QStringLiteral("/fresh%1").arg(kind),
                          static_cast<FreshHome::Kind>(kind));
        const auto r = runWindow(a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(line(r.out, QStringLiteral("status")),
                 QStringLiteral("%1 is ready to configure.").arg(demoImage()));
        QCOMPARE(line(r.out, QStringLiteral("profile")), QStringLiteral("Saved \"lab\"."));
        const QString folder = a.config() + QStringLiteral("/Imprint");
        QCOMPARE(FreshHome::mode(folder), QStringLiteral("700"));
        QCOMPARE(FreshHome::mode(folder + QStringLiteral("/profiles")), QStringLiteral("700"));
        QCOMPARE(FreshHome::mode(folder + QStringLiteral("/profiles/lab.json")),
                 QStringLiteral("600"));
        // The recent image and the window's choices, in the settings file both programs share.
        QFile settings(folder + QStringLiteral("/imprint.conf"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll();
        QVERIFY2(text.contains(demoImage().toUtf8()), text.constData());
        QVERIFY2(text.contains("lastProfile=lab"), text.constData());
    }

    // The window says which folder it cannot make, for the settings and for the profile, and
    // nothing of the account changes.
    void readOnlyHomeIsNamed() {
        const FreshHome a(kDir + QStringLiteral("/readonly"), FreshHome::ReadOnly);
        const QStringList before = a.listing();
        const auto r = runWindow(a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QString status = line(r.out, QStringLiteral("status"));
        QVERIFY2(status.contains(QStringLiteral("cannot remember")) &&
                     status.contains(a.home() + QStringLiteral("/.config/Imprint")),
                 qPrintable(status));
        const QString profile = line(r.out, QStringLiteral("profile"));
        QVERIFY2(profile.contains(a.home() + QStringLiteral("/.config/Imprint/profiles")) &&
                     profile.contains(QStringLiteral("cannot be created")),
                 qPrintable(profile));
        QCOMPARE(a.listing(), before);
    }
};

int main(int argc, char** argv) {
    if (argc > 1 && qstrcmp(argv[1], kChild) == 0) {
        return child(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestGuiFirstRun test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_gui_firstrun.moc"
