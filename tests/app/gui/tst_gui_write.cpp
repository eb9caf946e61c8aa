// The window's write step goes through the same pipeline as `imprint flash`: the same image and
// profile give byte-identical files, the window's file is sparse (only the mapped data is
// allocated), each file target carries its own profile, and a refused target is refused with
// the command line's words while nothing is written.
#include "app/common/image/imagesession.h"
#include "app/common/profiles/profilestore.h"
#include "app/common/write/writerun.h"
#include "app/gui/mainwindow.h"
#include "app/gui/writepage.h"
#include "tests/app/gui/guitest.h"
#include "tests/support/clirunner.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

#include <cstdio>

using imprint::gui::MainWindow;
using namespace imprint::test;

namespace {

// Bytes in 4 KiB blocks that are not all zero: what a whole-image write puts in a sparse file.
qint64 nonZeroBytes(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return -1;
    }
    qint64 total = 0;
    const QByteArray zero(4096, '\0');
    while (!f.atEnd()) {
        const QByteArray block = f.read(4096);
        total += block == zero.left(block.size()) ? 0 : block.size();
    }
    return total;
}

imprint::provision::Profile profileNamed(const QString& hostname, const QString& ssid) {
    imprint::provision::Profile p;
    p.hostname = hostname.toStdString();
    imprint::provision::WifiNetwork wifi;
    wifi.ssid = ssid.toStdString();
    wifi.passphrase = "pass phrase " + hostname.toStdString();
    p.networks.push_back(wifi);
    return p;
}

// The bytes the file system allocates to the file, as stat(1) reads them (under Wine: on the host).
qint64 allocatedBytes(const QString& path) {
    const ToolRun r =
        runTool(QStringLiteral("stat"), {QStringLiteral("-c"), QStringLiteral("%b %B"), path});
    const QList<QByteArray> blocks = r.out.trimmed().split(' ');
    return r.exitCode == 0 && blocks.size() == 2 ? blocks[0].toLongLong() * blocks[1].toLongLong()
                                                 : -1;
}

} // namespace

class TestGuiWrite : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;

    // Opens the demo image, adds each file with its profile (a saved name), writes, waits.
    QStringList plans_;   // what the last write said each target would get, before writing
    QString withGarbage_; // the demo image with a deleted file's bytes in its free clusters

    // `clock` (optional) is started at the click and stopped at the end.
    QStringList writeFromWindow(const QList<QPair<QString, QString>>& files,
                                const QString& image = demoImage(),
                                QElapsedTimer* clock = nullptr) {
        MainWindow window;
        window.show();
        QSignalSpy opened(window.session(), &imprint::app::ImageSession::opened);
        window.openImage(image);
        if (!opened.wait(60000)) {
            return {QStringLiteral("the image did not open")};
        }
        window.goTo(MainWindow::WriteStep);
        auto* path = window.findChild<QLineEdit*>(QStringLiteral("outputFile"));
        auto* add = window.findChild<QPushButton*>(QStringLiteral("addFile"));
        for (int i = 0; i < files.size(); ++i) {
            path->setText(files[i].first);
            add->click();
            auto* chooser = window.findChild<QComboBox*>(QStringLiteral("fileProfile%1").arg(i));
            const int index = chooser ? chooser->findData(files[i].second) : -1;
            if (index < 0) {
                return {QStringLiteral("no profile %1 to choose").arg(files[i].second)};
            }
            chooser->setCurrentIndex(index);
        }
        auto* page = window.findChild<imprint::gui::WritePage*>();
        QSignalSpy done(page, &imprint::gui::WritePage::writeFinished);
        QSignalSpy planned(window.findChild<imprint::app::WriteRun*>(),
                           &imprint::app::WriteRun::prepared);
        // "Overwrite?" for a file that exists: yes (the pipeline still judges it).
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                box->button(QMessageBox::Yes)->click();
            }
        });
        answer.start();
        QElapsedTimer timer;
        timer.start();
        window.findChild<QPushButton*>(QStringLiteral("writeButton"))->click();
        if (!done.wait(240000)) {
            return {QStringLiteral("the write did not finish")};
        }
        if (clock) {
            *clock = timer;
            std::printf("gui-write-ms %lld\n", static_cast<long long>(timer.elapsed()));
        }
        if (!planned.isEmpty()) {
            plans_ = planned.at(0).at(0).toStringList();
        }
        QStringList statuses;
        for (int i = 0; i < files.size(); ++i) {
            // The words, without the "Details" link of an error.
            auto* label = window.findChild<QLabel*>(QStringLiteral("targetStatus%1").arg(i));
            const QVariant words = label->property("imprintErrorWords");
            statuses << (words.isValid() ? words.toString() : label->text());
        }
        return statuses;
    }

private slots:
    void initTestCase() {
        IMPRINT_REQUIRE_DEMO_IMAGE();
        QVERIFY(dir_.isValid());
        // The FAT timestamps of the edited files: the same in both programs' runs.
        qputenv("SOURCE_DATE_EPOCH", "1767225600");
        qputenv("IMPRINT_PROFILE_DIR", dir_.filePath(QStringLiteral("profiles")).toLocal8Bit());
        imprint::app::ProfileStore store;
        QVERIFY(store.save(QStringLiteral("lab"),
                           profileNamed(QStringLiteral("lab-1"), QStringLiteral("LabNet"))));
        QVERIFY(store.save(QStringLiteral("alpha"),
                           profileNamed(QStringLiteral("alpha"), QStringLiteral("AlphaNet"))));
        QVERIFY(store.save(QStringLiteral("beta"),
                           profileNamed(QStringLiteral("beta"), QStringLiteral("BetaNet"))));
        // Free space that is not zero, as on any image that had files deleted: a write of every
        // byte would carry these 8 MiB along, a write of the mapped data does not.
        withGarbage_ = dir_.filePath(QStringLiteral("garbage.img"));
        const QString junk = dir_.filePath(QStringLiteral("junk.bin"));
        QVERIFY(succeeds(QStringLiteral("cp"),
                         {QStringLiteral("--sparse=always"), demoImage(), withGarbage_}));
        QCOMPARE(
            shell(QStringLiteral("dd if=/dev/urandom of=\"$1\" bs=1M count=8 2>/dev/null"), {junk})
                .exitCode,
            0);
        QVERIFY(succeeds(QStringLiteral("mcopy"), {QStringLiteral("-i"), onBoot(withGarbage_), junk,
                                                   QStringLiteral("::junk.bin")}));
        QVERIFY(succeeds(QStringLiteral("mdel"), {QStringLiteral("-i"), onBoot(withGarbage_),
                                                  QStringLiteral("::junk.bin")}));
    }

    void sameBytesAsTheCommandLineAndSparse() {
        const QString cli = dir_.filePath(QStringLiteral("cli.img"));
        const QString gui = dir_.filePath(QStringLiteral("gui.img"));
        const auto flash =
            runImprint({QStringLiteral("flash"), withGarbage_, QStringLiteral("--to"), cli,
                        QStringLiteral("--profile"), QStringLiteral("lab"), QStringLiteral("--yes"),
                        QStringLiteral("--json")});
        const QByteArray out = flash.out.toUtf8();
        QVERIFY2(flash.exitCode == 0, qPrintable(flash.out + flash.err));
        QJsonObject result;
        for (const auto& line : out.split('\n')) {
            const auto event = QJsonDocument::fromJson(line).object();
            if (event[QStringLiteral("event")] == QStringLiteral("result")) {
                result = event;
            }
        }
        const qint64 mapped =
            result[QStringLiteral("targets")][0][QStringLiteral("dataBytes")].toInteger();
        QVERIFY2(mapped > 0, out.constData());

        const auto statuses = writeFromWindow({{gui, QStringLiteral("lab")}}, withGarbage_);
        QVERIFY2(statuses.value(0).startsWith(QStringLiteral("Written and verified.")),
                 qPrintable(statuses.join(QLatin1Char('|'))));
        QVERIFY2(statuses.value(0).contains(QStringLiteral("configured")), qPrintable(statuses[0]));

        QCOMPARE(QFileInfo(gui).size(), QFileInfo(cli).size());
        QCOMPARE(contentDigest(gui), contentDigest(cli));
        QVERIFY(mtype(gui, QStringLiteral("config.json")).contains("\"hostname\": \"lab-1\""));
        // Sparse: the file holds no more than the mapped data, and the free clusters' old
        // bytes stayed behind (a whole-image write, as the window made before, carries them).
        const qint64 allocated = allocatedBytes(gui);
        const qint64 sourceData = nonZeroBytes(withGarbage_);
        qInfo("mapped %lld bytes; the window's file allocates %lld (its non-zero blocks %lld); "
              "the source's non-zero blocks %lld; image %lld",
              static_cast<long long>(mapped), static_cast<long long>(allocated),
              static_cast<long long>(nonZeroBytes(gui)), static_cast<long long>(sourceData),
              static_cast<long long>(QFileInfo(gui).size()));
        QVERIFY(allocated <= mapped + mapped / 20);
        QVERIFY(allocated <= nonZeroBytes(gui) + nonZeroBytes(gui) / 20);
        QVERIFY2(
            allocated + 7 * (1 << 20) < sourceData,
            qPrintable(
                QStringLiteral("allocated %1, source data %2").arg(allocated).arg(sourceData)));
    }

    void twoFilesTwoProfiles() {
        const QString a = dir_.filePath(QStringLiteral("a.img"));
        const QString b = dir_.filePath(QStringLiteral("b.img"));
        const auto statuses =
            writeFromWindow({{a, QStringLiteral("alpha")}, {b, QStringLiteral("beta")}});
        for (const auto& s : statuses) {
            QVERIFY2(s.startsWith(QStringLiteral("Written and verified.")), qPrintable(s));
        }
        // Before the first byte, each row said what its target would get.
        QCOMPARE(plans_.size(), 2);
        for (const auto& p : plans_) {
            QVERIFY2(p.contains(QStringLiteral("found in the image")) &&
                         p.contains(QStringLiteral("change")),
                     qPrintable(p));
        }
        // Read back by mtools, not by Imprint.
        QVERIFY(mtype(a, QStringLiteral("config.json")).contains("\"hostname\": \"alpha\""));
        QVERIFY(mtype(b, QStringLiteral("config.json")).contains("\"hostname\": \"beta\""));
        QVERIFY(mtype(a, QStringLiteral("system-connections/balena-wifi-01"))
                    .contains("ssid=AlphaNet"));
        QVERIFY(
            mtype(b, QStringLiteral("system-connections/balena-wifi-01")).contains("ssid=BetaNet"));
    }

    void refusesTheSourceItselfLikeTheCommandLine() {
        const QByteArray before = contentDigest(demoImage());
        const QString other = dir_.filePath(QStringLiteral("not-written.img"));
        const auto statuses =
            writeFromWindow({{other, QStringLiteral("lab")}, {demoImage(), QStringLiteral("lab")}});
        const auto flash =
            runImprint({QStringLiteral("flash"), demoImage(), QStringLiteral("--to"), other,
                        QStringLiteral("--to"), demoImage(), QStringLiteral("--yes")});
        const QString cli = flash.out + flash.err;
        QCOMPARE(flash.exitCode, 4);
        QVERIFY2(statuses.value(1).contains(QStringLiteral("which the write reads")),
                 qPrintable(statuses.join(QLatin1Char('|'))));
        // The window's words are the command line's.
        QVERIFY2(cli.contains(statuses.value(1)),
                 qPrintable(cli + QStringLiteral(" vs ") + statuses.value(1)));
        QVERIFY(statuses.value(0).contains(QStringLiteral("another target was refused")));
        QVERIFY(!QFile::exists(other));
        QCOMPARE(contentDigest(demoImage()), before);
    }

    // tests/bench/gui-write.sh: IMPRINT_BENCH_IMAGE written to IMPRINT_BENCH_FILES (1-4) files in
    // IMPRINT_BENCH_DIR, each with its own profile (hostname bench-N), timed from the click to
    // the end. Skipped in the suite.
    void benchWrite() {
        const QString image = qEnvironmentVariable("IMPRINT_BENCH_IMAGE");
        if (image.isEmpty()) {
            QSKIP("a benchmark: run tests/bench/gui-write.sh");
        }
        const int count = qBound(1, qEnvironmentVariableIntValue("IMPRINT_BENCH_FILES"), 4);
        QList<QPair<QString, QString>> files;
        imprint::app::ProfileStore store;
        for (int i = 0; i < count; ++i) {
            const QString name = QStringLiteral("bench-%1").arg(i);
            imprint::provision::Profile p;
            p.hostname = name.toStdString();
            QVERIFY(store.save(name, p));
            const QString out = QDir(qEnvironmentVariable("IMPRINT_BENCH_DIR"))
                                    .filePath(name + QStringLiteral(".img"));
            QFile::remove(out);
            files << qMakePair(out, name);
        }
        QElapsedTimer clock;
        const auto statuses = writeFromWindow(files, image, &clock);
        for (const auto& s : statuses) {
            QVERIFY2(s.startsWith(QStringLiteral("Written and verified.")), qPrintable(s));
        }
    }
};

IMPRINT_GUI_TEST_MAIN(TestGuiWrite)
#include "tst_gui_write.moc"
