// prepareWrite on the demo image (the layer's assembler made it): where the block map comes
// from, one plan per target's profile, and the refusals that stop a request before anything is
// opened: a profile with errors, a target named twice, a folder that does not exist, an existing
// file nobody confirmed. Judged by what is on disk afterwards.
#include "flasher/request/writereport.h"
#include "flasher/request/writerequest.h"
#include "tests/support/hosttool.h"
#include "tests/support/testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace imprint;
using namespace imprint::flasher;

namespace {
const QString kDemo = QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");

TargetRequest fileTarget(const QString& path, std::optional<provision::Profile> profile = {}) {
    TargetRequest t;
    t.path = path.toStdString();
    t.profile = std::move(profile);
    return t;
}

provision::Profile named(const std::string& hostname) {
    provision::Profile p;
    p.hostname = hostname;
    return p;
}

bool hasRefusal(const PreparedWrite& p, std::size_t target, const std::string& code) {
    for (const auto& r : p.refusals()) {
        if (r.target == target && r.reason.code == code) {
            return true;
        }
    }
    return false;
}
} // namespace

class TestPrepareWrite : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    QString path(const char* name) const { return dir_.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(kDemo), "run the layer_demo_image fixture first");
        QVERIFY(dir_.isValid());
    }

    void mapIsComputedBmapOrWhole() {
        WriteRequest request;
        request.source = kDemo.toStdString();
        request.targets = {fileTarget(path("a.img"))};
        auto computed = prepareWrite(request);
        QVERIFY(computed);
        QCOMPARE(computed->map().origin, MapFacts::Origin::Computed);
        QVERIFY(computed->map().mappedBytes < computed->map().imageSize);

        request.map = MapChoice::WholeImage;
        auto whole = prepareWrite(request);
        QVERIFY(whole);
        QCOMPARE(whole->map().origin, MapFacts::Origin::WholeImage);
        QCOMPARE(whole->map().mappedBytes, whole->map().imageSize);

        // A .bmap beside a copy of the image is found by its name (bmaptool made it).
        const QString copy = path("copy.img");
        QVERIFY(QFile::copy(kDemo, copy));
        const auto bmaptool = imprint::test::runTool(
            QStringLiteral("bmaptool"),
            {QStringLiteral("create"), QStringLiteral("-o"), copy + QStringLiteral(".bmap"), copy},
            {}, {}, 60000);
        QVERIFY2(bmaptool.exitCode == 0, bmaptool.err.constData());
        request.source = copy.toStdString();
        request.map = MapChoice::Auto;
        auto beside = prepareWrite(request);
        QVERIFY(beside);
        QCOMPARE(beside->map().origin, MapFacts::Origin::BmapFile);
        QCOMPARE(QString::fromStdString(beside->map().bmapPath), copy + QStringLiteral(".bmap"));
    }

    void eachTargetItsOwnPlan() {
        WriteRequest request;
        request.source = kDemo.toStdString();
        request.targets = {fileTarget(path("one.img"), named("one")),
                           fileTarget(path("two.img"), named("two")), fileTarget(path("raw.img"))};
        auto prepared = prepareWrite(request);
        QVERIFY(prepared);
        QVERIFY(prepared->refusals().empty());
        const auto& t = prepared->targets();
        QVERIFY(t[0].plan && t[1].plan && !t[2].plan);
        const std::string one(t[0].plan->configJson.begin(), t[0].plan->configJson.end());
        const std::string two(t[1].plan->configJson.begin(), t[1].plan->configJson.end());
        QVERIFY(one.find("\"one\"") != std::string::npos);
        QVERIFY(two.find("\"two\"") != std::string::npos);
        auto job = prepared->start();
        QVERIFY(job);
        const auto report = reportOf(*prepared, job->run(), true);
        QCOMPARE(report.verdict, Verdict::Ok);
        QVERIFY(report.targets[0].configuredFiles > 0);
        QCOMPARE(report.targets[2].configuredFiles, std::size_t{0});
        QCOMPARE(QFileInfo(path("raw.img")).size(), QFileInfo(kDemo).size());
    }

    void refusalsStopEverything() {
        const QString exists = path("exists.img");
        QVERIFY(test::writeFile(exists, "keep me"));
        WriteRequest request;
        request.source = kDemo.toStdString();
        request.targets = {fileTarget(path("fresh.img"), named("bad_host name!")),
                           fileTarget(path("twice.img")), fileTarget(path("twice.img")),
                           fileTarget(path("no-such-folder/x.img")), fileTarget(exists)};
        auto prepared = prepareWrite(request);
        QVERIFY(prepared);
        QVERIFY(hasRefusal(*prepared, 2, "target.duplicate"));
        QVERIFY(hasRefusal(*prepared, 3, "target.read_only"));
        bool profileRefused = false;
        for (const auto& r : prepared->refusals()) {
            profileRefused = profileRefused || (r.target == 0 && r.kind == Refusal::Kind::Invalid &&
                                                r.reason.pointer == "/hostname");
        }
        QVERIFY(profileRefused);
        QCOMPARE(prepared->unconfirmed(), std::vector<std::size_t>{4});
        QVERIFY(!prepared->start());
        QVERIFY(hasRefusal(*prepared, 4, "target.not_confirmed"));
        QCOMPARE(reportOfRefusals(*prepared).verdict, Verdict::Refused);
        QVERIFY(!QFile::exists(path("fresh.img")));
        QVERIFY(!QFile::exists(path("twice.img")));
        QCOMPARE(test::readFile(exists), QByteArray("keep me"));
    }

    void confirmedFileIsOverwritten() {
        const QString exists = path("confirm.img");
        QVERIFY(test::writeFile(exists, "old"));
        WriteRequest request;
        request.source = kDemo.toStdString();
        request.targets = {fileTarget(exists)};
        auto prepared = prepareWrite(request);
        QVERIFY(prepared);
        QVERIFY(!prepared->unconfirmed().empty());
        prepared->confirm(0);
        auto job = prepared->start();
        QVERIFY(job);
        QCOMPARE(reportOf(*prepared, job->run(), true).verdict, Verdict::Ok);
        QCOMPARE(QFileInfo(exists).size(), QFileInfo(kDemo).size());
    }

    void unreadableSourceIsAnError() {
        WriteRequest request;
        request.source = path("missing.img").toStdString();
        request.targets = {fileTarget(path("never.img"))};
        auto prepared = prepareWrite(request);
        QVERIFY(!prepared);
        QCOMPARE(prepared.error().code, std::string("source.open_failed"));
        QVERIFY(!QFile::exists(path("never.img")));
    }
};

QTEST_GUILESS_MAIN(TestPrepareWrite)
#include "tst_preparewrite.moc"
