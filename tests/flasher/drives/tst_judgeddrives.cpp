// The one drive list: listJudgedDrives on a real read-only loop device (listed, judged, kept
// out of the default list) and `imprint drives`, which shows the same drives with the same
// verdicts because it reads the same list.
#include "flasher/drives/judgeddrives.h"
#include "flasher/drives/lsblk.h"
#include "tests/support/loopdevice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace imprint::flasher;
using imprint::test::LoopDevice;
using imprint::test::runTool;

namespace {

const JudgedDrive* find(const std::vector<JudgedDrive>& drives, const QString& path) {
    const auto it = std::find_if(drives.begin(), drives.end(), [&](const JudgedDrive& d) {
        return d.drive.path == path.toStdString();
    });
    return it == drives.end() ? nullptr : &*it;
}

QJsonArray cliDrives(const QStringList& extra) {
    const auto r = runTool(QStringLiteral(IMPRINT_BIN_DIR "/imprint"),
                           QStringList{QStringLiteral("drives"), QStringLiteral("--json")} + extra);
    return QJsonDocument::fromJson(r.out)[QStringLiteral("drives")].toArray();
}

} // namespace

class TestJudgedDrives : public QObject {
    Q_OBJECT
    QString image_ = QStringLiteral(IMPRINT_BUILD_DIR "/tests/scratch/judged-drives.img");

private slots:
    void initTestCase() {
        QFile f(image_);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(f.resize(32 << 20));
    }

    void judgedForTheContext() {
        LoopDevice loop(image_, true);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        SafetyContext context;
        context.imageSize = 64ULL << 20; // more than the drive holds
        const auto drives = listJudgedDrives(context);
        QVERIFY(drives.ok());
        const JudgedDrive* d = find(*drives, loop.path());
        QVERIFY(d != nullptr);
        QCOMPARE(d->drive.sizeBytes, 32ULL << 20);
        QVERIFY(!d->shownByDefault); // a loop device
        QVERIFY(d->verdict.refused());
        std::vector<std::string> codes;
        for (const auto& e : d->verdict.reasons(Concern::Refused)) {
            codes.push_back(e.code);
        }
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (std::vector<std::string>{"drives.read_only", "drives.too_small"}));
        // The system drive (the one holding /) is never in the default list.
        for (const auto& j : *drives) {
            QVERIFY(!j.verdict.systemDrive || !j.shownByDefault);
            QCOMPARE(j.shownByDefault, j.drive.type == "disk" && !j.verdict.systemDrive &&
                                           !j.drive.name.starts_with("ram") &&
                                           !j.drive.name.starts_with("zram"));
        }
    }

    void commandLineShowsTheSameList() {
        LoopDevice loop(image_, true);
        if (!loop.isValid()) {
            QSKIP("no loop devices here (needs root)");
        }
        const auto drives = listJudgedDrives();
        QVERIFY(drives.ok());
        const QJsonArray all = cliDrives({QStringLiteral("--all")});
        QCOMPARE(static_cast<std::size_t>(all.size()), drives->size());
        for (const auto& v : all) {
            const auto o = v.toObject();
            const JudgedDrive* d = find(*drives, o[QStringLiteral("path")].toString());
            QVERIFY2(d != nullptr, qPrintable(o[QStringLiteral("path")].toString()));
            QCOMPARE(o[QStringLiteral("systemDrive")].toBool(), d->verdict.systemDrive);
            QCOMPARE(static_cast<std::size_t>(o[QStringLiteral("issues")].toArray().size()),
                     d->verdict.issues.size());
        }
        const QJsonArray shown = cliDrives({});
        const auto expected = std::count_if(drives->begin(), drives->end(),
                                            [](const JudgedDrive& j) { return j.shownByDefault; });
        QCOMPARE(static_cast<long>(shown.size()), static_cast<long>(expected));
        for (const auto& v : shown) {
            QVERIFY(v.toObject()[QStringLiteral("path")].toString() != loop.path());
        }
    }
};

QTEST_GUILESS_MAIN(TestJudgedDrives)
#include "tst_judgeddrives.moc"
