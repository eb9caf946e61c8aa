// imprint flash as a user or a script runs it: to files and to a loop device, JSON lines,
// refusals that change nothing, errors with exit codes.
#include "tests/support/clirunner.h"
#include "tests/support/loopdevice.h"
#include "tests/support/testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using imprint::test::readFile;
using imprint::test::runImprint;
using imprint::test::runTool;

namespace {
const QString kDir = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/cli-flash");

QList<QJsonObject> jsonLines(const QString& out) {
    QList<QJsonObject> lines;
    for (const auto& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines << QJsonDocument::fromJson(l.toUtf8()).object();
    }
    return lines;
}

QByteArray sha(const QByteArray& b) {
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}
} // namespace

class TestCliFlash : public QObject {
    Q_OBJECT
    QString raw_ = kDir + QStringLiteral("/image.img");
    QByteArray image_;

private slots:
    void initTestCase() {
        QDir(kDir).removeRecursively();
        QDir().mkpath(kDir);
        image_ = imprint::test::makeImage(6 << 20, 99);
        QVERIFY(imprint::test::writeFile(raw_, image_));
        QCOMPARE(runTool(QStringLiteral("xz"), {QStringLiteral("-k"), QStringLiteral("-T2"),
                                                QStringLiteral("--block-size=1MiB"), raw_})
                     .exitCode,
                 0);
    }

    void flashesTwoFilesWithJsonLines() {
        const QString a = kDir + QStringLiteral("/a.img");
        const QString b = kDir + QStringLiteral("/b.img");
        const auto r = runImprint({QStringLiteral("flash"), raw_ + QStringLiteral(".xz"),
                                   QStringLiteral("--to"), a, QStringLiteral("--to"), b,
                                   QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const auto lines = jsonLines(r.out);
        QVERIFY(lines.size() >= 3);
        for (int i = 0; i < lines.size() - 1; ++i) {
            QCOMPARE(lines[i].value(QStringLiteral("event")).toString(),
                     QStringLiteral("progress"));
            QVERIFY(lines[i].contains(QStringLiteral("fraction")));
        }
        const auto result = lines.last();
        QCOMPARE(result.value(QStringLiteral("event")).toString(), QStringLiteral("result"));
        const auto targets = result.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        QVERIFY(targets[0].toObject().value(QStringLiteral("ok")).toBool());
        QCOMPARE(readFile(a), image_);
        QCOMPARE(readFile(b), image_);
    }

    void existingFileIsNotOverwrittenWithoutYes() {
        const QString a = kDir + QStringLiteral("/a.img");
        QVERIFY(imprint::test::writeFile(a, QByteArray("keep me")));
        const auto before = sha(readFile(a));
        const auto r = runImprint({QStringLiteral("flash"), raw_, QStringLiteral("--to"), a});
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(sha(readFile(a)), before);
        QCOMPARE(runImprint({QStringLiteral("flash"), raw_, QStringLiteral("--to"), a,
                             QStringLiteral("--yes")})
                     .exitCode,
                 0);
        QCOMPARE(readFile(a), image_);
    }

    void brokenSourceIsAnErrorAndLeavesNoDisk() {
        const QByteArray xz = readFile(raw_ + QStringLiteral(".xz"));
        const QString cut = kDir + QStringLiteral("/cut.img.xz");
        QVERIFY(imprint::test::writeFile(cut, xz.left(xz.size() / 2)));
        const QString out = kDir + QStringLiteral("/cut-out.img");
        const auto r = runImprint(
            {QStringLiteral("flash"), cut, QStringLiteral("--to"), out, QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ends too early")), qPrintable(r.err));
        // Without a readable index the size is unknown: the file may be short, never valid.
        const QByteArray head = readFile(out, 1 << 20);
        QCOMPARE(head, QByteArray(head.size(), '\0'));
        // Not an image at all: a usage error before anything is written.
        const auto none = runImprint({QStringLiteral("flash"), kDir + QStringLiteral("/none.img"),
                                      QStringLiteral("--to"), out});
        QCOMPARE(none.exitCode, 2);
        QCOMPARE(runImprint({QStringLiteral("flash"), raw_}).exitCode, 2);
    }

    void systemDriveIsRefused() {
        // Whatever drive holds / on this machine.
        const auto list = runImprint(
            {QStringLiteral("drives"), QStringLiteral("--all"), QStringLiteral("--json")});
        QString system;
        for (const auto& d : QJsonDocument::fromJson(list.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("drives"))
                                 .toArray()) {
            if (d.toObject().value(QStringLiteral("systemDrive")).toBool()) {
                system = d.toObject().value(QStringLiteral("path")).toString();
            }
        }
        if (system.isEmpty()) {
            QSKIP("lsblk sees no drive holding / here");
        }
        const auto r = runImprint({QStringLiteral("flash"), raw_, QStringLiteral("--to"), system,
                                   QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("running system")));
    }

    void flashesALoopDevice() {
        const QString backing = kDir + QStringLiteral("/loop-backing.img");
        QVERIFY(imprint::test::writeFile(backing, QByteArray(9 << 20, '\x5a')));
        imprint::test::LoopDevice loop(backing);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        // Without --yes and without a terminal: refused, nothing written.
        const auto refused = runImprint({QStringLiteral("flash"), raw_ + QStringLiteral(".xz"),
                                         QStringLiteral("--to"), loop.path()});
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(readFile(backing), QByteArray(9 << 20, '\x5a'));

        const auto r = runImprint({QStringLiteral("flash"), raw_ + QStringLiteral(".xz"),
                                   QStringLiteral("--to"), loop.path(), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile dev(loop.path());
        QVERIFY(dev.open(QIODevice::ReadOnly));
        const QByteArray all = dev.readAll();
        QCOMPARE(all.left(image_.size()), image_);
        // The last MiB of the drive was wiped; between the image and it, old bytes stay.
        QCOMPARE(all.right(1 << 20), QByteArray(1 << 20, '\0'));
        QCOMPARE(all.mid(image_.size(), 1 << 20), QByteArray(1 << 20, '\x5a'));

        // Too small: refused before anything is written.
        const QString big = kDir + QStringLiteral("/big.img");
        QVERIFY(imprint::test::writeFile(big, imprint::test::makeImage(10 << 20, 5)));
        const auto before = sha(readFile(backing));
        const auto small = runImprint({QStringLiteral("flash"), big, QStringLiteral("--to"),
                                       loop.path(), QStringLiteral("--yes")});
        QCOMPARE(small.exitCode, 4);
        QVERIFY(small.err.contains(QStringLiteral("too small")));
        QCOMPARE(sha(readFile(backing)), before);
    }

    // A raw image with no .bmap beside it: imprint works out where the data is (partition
    // table, FAT clusters, ext4 bitmaps) and writes and verifies only that; the rest of the
    // drive keeps its old bytes. --no-bmap writes every byte.
    void rawWithoutBmapWritesOnlyData() {
        const QString dir = kDir + QStringLiteral("/automap");
        QDir().mkpath(dir + QStringLiteral("/boot"));
        QVERIFY(imprint::test::writeFile(dir + QStringLiteral("/boot/config.txt"), "{}\n"));
        const QString image = dir + QStringLiteral("/balena.img");
        const auto made = runTool(
            QStringLiteral(IMPRINT_SOURCE_DIR "/meta-balena/scripts/balena-image-assemble"),
            {QStringLiteral("--output"), image, QStringLiteral("--boot-dir"),
             dir + QStringLiteral("/boot"), QStringLiteral("--image-size-mb"),
             QStringLiteral("160"), QStringLiteral("--boot-size-mb"), QStringLiteral("16"),
             QStringLiteral("--root-size-mb"), QStringLiteral("40"),
             QStringLiteral("--state-size-mb"), QStringLiteral("16"), QStringLiteral("--filler-mb"),
             QStringLiteral("6"), QStringLiteral("--no-bmap")});
        QVERIFY2(made.exitCode == 0, made.out.constData());
        const QByteArray bytes = readFile(image);
        const QString backing = dir + QStringLiteral("/backing.img");
        QVERIFY(imprint::test::writeFile(backing, QByteArray(bytes.size() + (2 << 20), '\x5a')));
        imprint::test::LoopDevice loop(backing);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        const auto r = runImprint({QStringLiteral("flash"), image, QStringLiteral("--to"),
                                   loop.path(), QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        qint64 verifyTotal = 0;
        for (const auto& line : jsonLines(r.out)) {
            if (line.value(QStringLiteral("phase")).toString() == QStringLiteral("verifying")) {
                verifyTotal =
                    std::max(verifyTotal, line.value(QStringLiteral("bytesTotal")).toInteger());
            }
        }
        QVERIFY2(
            verifyTotal > 0 && verifyTotal < bytes.size() / 3,
            qPrintable(QStringLiteral("verified %1 of %2").arg(verifyTotal).arg(bytes.size())));
        const QByteArray written = readFile(backing).left(bytes.size());
        const QByteArray zero(4096, '\0');
        const QByteArray old(4096, '\x5a');
        qsizetype untouched = 0;
        for (qsizetype b = 0; b < bytes.size(); b += 4096) {
            const QByteArray want = bytes.mid(b, 4096);
            const QByteArray got = written.mid(b, 4096);
            if (want != zero) {
                QVERIFY2(got == want, qPrintable(QStringLiteral("block at %1").arg(b)));
            } else if (got == old) {
                ++untouched;
            }
        }
        QVERIFY2(untouched * 4096 > bytes.size() / 2,
                 qPrintable(QStringLiteral("%1 blocks untouched").arg(untouched)));

        const auto human = runImprint({QStringLiteral("flash"), image, QStringLiteral("--to"),
                                       loop.path(), QStringLiteral("--yes")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.err.contains(QStringLiteral("that hold data")), qPrintable(human.err));
        const auto whole =
            runImprint({QStringLiteral("flash"), image, QStringLiteral("--to"), loop.path(),
                        QStringLiteral("--yes"), QStringLiteral("--no-bmap")});
        QCOMPARE(whole.exitCode, 0);
        QVERIFY(readFile(backing).left(bytes.size()) == bytes);
    }
};

QTEST_GUILESS_MAIN(TestCliFlash)
#include "tst_cli_flash.moc"
