// imprint flash through imprint-writer, as on Windows without elevation (IMPRINT_WRITER=1 takes
// that path here): the confirmations asked by imprint, the job judged and written by the writer
// found beside the program, its progress and result printed as imprint prints its own. Relative
// names work (the writer gets absolute ones); a loop device is written and a too-small one
// refused by the writer; a download is not handed over; without --yes nothing is written.
#include "tests/support/clirunner.h"
#include "tests/support/loopdevice.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using imprint::test::readFile;
using imprint::test::runImprint;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-flash-writer");

QStringList events(const QString& out) {
    QStringList kinds;
    for (const auto& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        kinds << QJsonDocument::fromJson(l.toUtf8())
                     .object()
                     .value(QStringLiteral("event"))
                     .toString();
    }
    return kinds;
}

QJsonObject lastLine(const QString& out) {
    const auto lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QJsonObject()
                           : QJsonDocument::fromJson(lines.last().toUtf8()).object();
}
} // namespace

class TestCliFlashWriter : public QObject {
    Q_OBJECT
    QString raw_ = kDir + QStringLiteral("/image.img");
    QByteArray image_;

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir);
        image_ = imprint::test::makeImage(6 << 20, 41);
        QVERIFY(imprint::test::writeFile(raw_, image_));
        QVERIFY(QDir::setCurrent(kDir));
        qputenv("IMPRINT_WRITER", "1");
    }
    void cleanupTestCase() { qunsetenv("IMPRINT_WRITER"); }

    void relativeNamesThroughTheWriter() {
        const auto r = runImprint({QStringLiteral("flash"), QStringLiteral("image.img"),
                                   QStringLiteral("--to"), QStringLiteral("out.img"),
                                   QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(readFile(kDir + QStringLiteral("/out.img")), image_);
        const QStringList kinds = events(r.out);
        QVERIFY2(kinds.contains(QStringLiteral("progress")), qPrintable(r.out));
        const auto result = lastLine(r.out);
        QCOMPARE(result.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        const auto target = result.value(QStringLiteral("targets")).toArray()[0].toObject();
        QCOMPARE(target.value(QStringLiteral("target")).toString(), QStringLiteral("out.img"));
        QVERIFY(target.value(QStringLiteral("verified")).toBool());
    }

    void anExistingFileNeedsYes() {
        QVERIFY(imprint::test::writeFile(kDir + QStringLiteral("/keep.img"), "keep me"));
        const auto r = runImprint({QStringLiteral("flash"), QStringLiteral("image.img"),
                                   QStringLiteral("--to"), QStringLiteral("keep.img")});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(readFile(kDir + QStringLiteral("/keep.img")), QByteArray("keep me"));
    }

    void aDownloadIsNotHandedOver() {
        const auto r =
            runImprint({QStringLiteral("flash"), QStringLiteral("http://127.0.0.1:9/x.img"),
                        QStringLiteral("--to"), QStringLiteral("url.img")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("downloading")), qPrintable(r.err));
        QVERIFY(!QFile::exists(kDir + QStringLiteral("/url.img")));
    }

    void aLoopDeviceJudgedByTheWriter() {
        const QString backing = kDir + QStringLiteral("/loop-backing.img");
        QVERIFY(imprint::test::writeFile(backing, QByteArray(9 << 20, '\x5a')));
        imprint::test::LoopDevice loop(backing);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        const auto unconfirmed =
            runImprint({QStringLiteral("flash"), raw_, QStringLiteral("--to"), loop.path()});
        QCOMPARE(unconfirmed.exitCode, 4);
        QCOMPARE(readFile(backing), QByteArray(9 << 20, '\x5a'));

        const QString big = kDir + QStringLiteral("/big.img");
        QVERIFY(imprint::test::writeFile(big, imprint::test::makeImage(10 << 20, 5)));
        const auto small = runImprint({QStringLiteral("flash"), big, QStringLiteral("--to"),
                                       loop.path(), QStringLiteral("--yes")});
        QCOMPARE(small.exitCode, 4);
        QVERIFY2(small.err.contains(QStringLiteral("too small")), qPrintable(small.err));
        QCOMPARE(readFile(backing), QByteArray(9 << 20, '\x5a'));

        const auto r = runImprint({QStringLiteral("flash"), raw_, QStringLiteral("--to"),
                                   loop.path(), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile dev(loop.path());
        QVERIFY(dev.open(QIODevice::ReadOnly));
        QCOMPARE(dev.read(image_.size()), image_);
    }
};

QTEST_GUILESS_MAIN(TestCliFlashWriter)
#include "tst_cli_flash_writer.moc"
