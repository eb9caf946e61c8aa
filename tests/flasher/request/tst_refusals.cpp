// A refused target is refused with the same words by all three front ends (`imprint flash`,
// `imprint batch`, the window's WriteRun), because all three hand their request to
// flasher::prepareWrite; and nothing is written to any target of the request. The targets are
// real: a loop device too small for the image, a read-only loop device, the source image itself.
#include "app/common/write/writerun.h"
#include "tests/support/clirunner.h"
#include "tests/support/filedigest.h"
#include "tests/support/loopdevice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace imprint::test;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");

bool makeFile(const QString& path, qint64 size) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.resize(size);
}
} // namespace

class TestRefusals : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString manifest_;

    // The window's words for a request with `target` first and a file after it.
    QStringList fromWindow(const QString& target, bool drive, const QString& other) {
        imprint::app::WriteRun run;
        QSignalSpy finished(&run, &imprint::app::WriteRun::finished);
        run.start(kDemo, {{target, drive, std::nullopt, true}, {other, false, std::nullopt, true}});
        if (!finished.wait(60000)) {
            return {};
        }
        return finished.at(0).at(0).toStringList();
    }

    // Each front end on the same refused target: exit 4 (or the window's refusal), the same
    // sentence, and neither the target nor the other file written.
    void judge(const QString& target, bool drive, const QString& backing, const QString& fragment) {
        const QString other = dir_.filePath(QStringLiteral("other.img"));
        const QByteArray before = contentDigest(backing);
        const auto flash =
            runImprint({QStringLiteral("flash"), kDemo, QStringLiteral("--to"), target,
                        QStringLiteral("--to"), other, QStringLiteral("--yes")});
        QCOMPARE(flash.exitCode, 4);
        QVERIFY(!QFile::exists(other));
        const auto batch = runImprint(
            {QStringLiteral("batch"), manifest_, QStringLiteral("--image"), kDemo,
             QStringLiteral("--to"), target, QStringLiteral("--to"), other, QStringLiteral("--yes"),
             QStringLiteral("--report"), dir_.filePath(QStringLiteral("report.json"))});
        QCOMPARE(batch.exitCode, 4);
        QVERIFY(!QFile::exists(other));
        const QStringList window = fromWindow(target, drive, other);
        QCOMPARE(window.size(), 2);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(contentDigest(backing), before);

        // The same sentence in all three, the one the refusal's code stands for.
        const QString words = window[0];
        QVERIFY2(words.contains(fragment), qPrintable(words));
        QVERIFY2(flash.err.contains(words), qPrintable(flash.err + QStringLiteral(" | ") + words));
        QVERIFY2(batch.err.contains(words), qPrintable(batch.err + QStringLiteral(" | ") + words));
        QVERIFY(window[1].contains(QStringLiteral("another target was refused")));
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(kDemo), "run the layer_demo_image fixture first");
        QVERIFY(dir_.isValid());
        manifest_ = dir_.filePath(QStringLiteral("rows.csv"));
        QFile m(manifest_);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("hostname\nrow-1\nrow-2\n");
    }

    void theSourceItself() { judge(kDemo, false, kDemo, QStringLiteral("which the write reads")); }

    void aDriveTooSmall() {
        if (geteuid() != 0) {
            QSKIP("loop devices need root");
        }
        const QString backing = dir_.filePath(QStringLiteral("small.bin"));
        QVERIFY(makeFile(backing, 8 << 20));
        LoopDevice loop(backing);
        QVERIFY(loop.isValid());
        judge(loop.path(), true, backing, QStringLiteral("is too small"));
    }

    void aReadOnlyDrive() {
        if (geteuid() != 0) {
            QSKIP("loop devices need root");
        }
        const QString backing = dir_.filePath(QStringLiteral("locked.bin"));
        QVERIFY(makeFile(backing, 512 << 20));
        LoopDevice loop(backing, true);
        QVERIFY(loop.isValid());
        judge(loop.path(), true, backing, QStringLiteral("is read-only"));
    }
};

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
