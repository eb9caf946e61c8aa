// The writer's protocol: a job and every answer survive the trip as they were; anything else
// (not JSON, another version, an unknown message or field, a value of the wrong type or out of
// range, a profile with errors) is an error value naming the field. Thousands of damaged jobs
// never crash the decoder. Runs under Wine too.
#include "flasher/writer/protocol.h"

#include <QRandomGenerator>
#include <QTest>

using namespace imprint;
using namespace imprint::flasher;
using namespace imprint::flasher::writer;

namespace {

WriteRequest sampleJob() {
    WriteRequest r;
    r.source = "C:\\images\\balena ø.img";
    r.verify = false;
    r.map = MapChoice::File;
    r.bmapPath = "/images/a.bmap";
    r.readPaths = {"/profiles/p.json"};
    r.chunkBytes = 1 << 20;
    r.chunkCount = 4;
    TargetRequest drive;
    drive.path = "\\\\.\\PhysicalDrive1";
    drive.drive = true;
    drive.confirmed = true;
    provision::Profile profile;
    profile.hostname = "kitchen";
    drive.profile = profile;
    TargetRequest file;
    file.path = "out.img";
    r.targets = {drive, file};
    return r;
}

std::string jobText(const std::function<void(config::Json&)>& edit) {
    auto text = encodeJob(sampleJob());
    auto json = config::Json::parse(*text);
    edit(json);
    return json.dump();
}

TargetOutcome outcome(const char* target, std::optional<Error> error = std::nullopt) {
    TargetOutcome o;
    o.target = target;
    o.error = std::move(error);
    return o;
}

} // namespace

class TestWriterProtocol : public QObject {
    Q_OBJECT
private slots:
    void jobSurvivesTheTrip() {
        const WriteRequest sent = sampleJob();
        auto text = encodeJob(sent);
        QVERIFY(text);
        auto got = decodeCallerMessage(*text);
        QVERIFY2(got, got ? "" : got.error().code.c_str());
        QCOMPARE(got->type, CallerMessage::Type::Job);
        const WriteRequest& r = got->job;
        QCOMPARE(r.source, sent.source);
        QCOMPARE(r.verify, false);
        QCOMPARE(r.map, MapChoice::File);
        QCOMPARE(r.bmapPath, sent.bmapPath);
        QCOMPARE(r.readPaths, sent.readPaths);
        QCOMPARE(r.chunkBytes, sent.chunkBytes);
        QCOMPARE(r.chunkCount, sent.chunkCount);
        QCOMPARE(r.targets.size(), std::size_t{2});
        QCOMPARE(r.targets[0].path, sent.targets[0].path);
        QVERIFY(r.targets[0].drive && r.targets[0].confirmed);
        QVERIFY(r.targets[0].profile && *r.targets[0].profile == *sent.targets[0].profile);
        QVERIFY(!r.targets[1].drive && !r.targets[1].profile);
        QCOMPARE(decodeCallerMessage(encodeCancel())->type, CallerMessage::Type::Cancel);
    }

    void requestsTheProtocolCannotCarry() {
        WriteRequest r = sampleJob();
        r.wholeSource = [] { return Result<std::string>(std::string("x")); };
        auto e = encodeJob(r);
        QVERIFY(!e);
        QCOMPARE(e.error().code, std::string("writer.unsupported_request"));
        QCOMPARE(e.error().arg("what"), std::string("writer.growing_source"));
        r = sampleJob();
        r.targets[1].plan = StreamPlan{};
        QCOMPARE(encodeJob(r).error().arg("what"), std::string("writer.prepared_plan"));
    }

    void answersSurviveTheTrip() {
        Progress p;
        p.target = 1;
        p.phase = Phase::Verifying;
        p.bytesDone = 5'000'000'000ULL;
        p.bytesTotal = 6'000'000'000ULL;
        p.fraction = 0.5;
        p.bytesPerSecond = 1e8;
        p.secondsLeft = 12.5;
        auto got = decodeWriterMessage(encodeProgress(p), 2);
        QVERIFY(got);
        QCOMPARE(got->type, WriterMessage::Type::Progress);
        QCOMPARE(got->progress.phase, Phase::Verifying);
        QCOMPARE(got->progress.bytesDone, p.bytesDone);
        QCOMPARE(got->progress.secondsLeft, 12.5);

        MapFacts map{MapFacts::Origin::Computed, {}, 1234, 99999};
        auto prepared = decodeWriterMessage(encodePrepared(map), 2);
        QVERIFY(prepared);
        QCOMPARE(prepared->map.origin, MapFacts::Origin::Computed);
        QCOMPARE(prepared->map.imageSize, std::uint64_t{99999});

        WriteReport report;
        report.verdict = Verdict::VerifyFailed;
        TargetOutcome ok{"a.img", true, true, 3, 4096, std::nullopt};
        TargetOutcome bad{"\\\\.\\PhysicalDrive1",
                          false,
                          false,
                          0,
                          0,
                          Error("flash.verify_failed").with("name", "d").withBytes("length", 512)};
        bad.error->offset = 1048576;
        report.targets = {ok, bad};
        auto result = decodeWriterMessage(encodeResult(report), 2);
        QVERIFY2(result, result ? "" : result.error().code.c_str());
        QCOMPARE(result->report.verdict, Verdict::VerifyFailed);
        QCOMPARE(result->report.targets[0].configuredFiles, std::size_t{3});
        const Error& e = *result->report.targets[1].error;
        QCOMPARE(e.code, std::string("flash.verify_failed"));
        QCOMPARE(e.offset, std::optional<std::uint64_t>(1048576));
        QVERIFY(e.args[1].bytes);
        QVERIFY(!result->error);

        auto refused = decodeWriterMessage(encodeRefusedJob(Error("writer.bad_json")), 2);
        QVERIFY(refused && refused->error && refused->error->code == "writer.bad_json");
        QCOMPARE(decodeWriterMessage(encodeAlive(), 2)->type, WriterMessage::Type::Alive);
    }

    void badCallerMessages_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        using J = config::Json;
        const auto row = [](const char* name, const std::string& text, const char* code,
                            const char* pointer) {
            QTest::newRow(name) << QString::fromStdString(text) << QString::fromLatin1(code)
                                << QString::fromLatin1(pointer);
        };
        row("not json", "{\"protocol\":1,", "writer.bad_json", "");
        row("duplicate key", R"({"protocol":1,"protocol":1,"type":"cancel"})", "writer.bad_json",
            "");
        row("array", "[1]", "writer.bad_field", "");
        row("no version", R"({"type":"cancel"})", "writer.missing_field", "/protocol");
        row("other version", R"({"protocol":2,"type":"cancel"})", "writer.version_mismatch", "");
        row("unknown type", R"({"protocol":1,"type":"format"})", "writer.unknown_message", "");
        row("cancel with more", R"({"protocol":1,"type":"cancel","x":1})", "writer.unknown_field",
            "/x");
        row("unknown field", jobText([](J& j) { j["shell"] = "rm"; }), "writer.unknown_field",
            "/shell");
        row("path a number", jobText([](J& j) { j["targets"][0]["path"] = 5; }), "writer.bad_field",
            "/targets/0/path");
        row("empty path", jobText([](J& j) { j["targets"][1]["path"] = ""; }), "writer.bad_field",
            "/targets/1/path");
        row("path too long",
            jobText([](J& j) { j["targets"][0]["path"] = std::string(kMaxPathBytes + 1, 'a'); }),
            "writer.bad_field", "/targets/0/path");
        row("no targets", jobText([](J& j) { j["targets"] = J::array(); }), "writer.bad_field",
            "/targets");
        row("too many targets", jobText([](J& j) {
                J many = J::array();
                for (std::size_t i = 0; i <= kMaxTargets; ++i) {
                    many.push_back(j["targets"][1]);
                }
                j["targets"] = many;
            }),
            "writer.bad_field", "/targets");
        row("missing drive", jobText([](J& j) { j["targets"][1].erase("drive"); }),
            "writer.missing_field", "/targets/1/drive");
        row("odd chunk", jobText([](J& j) { j["chunkBytes"] = 123; }), "writer.bad_field",
            "/chunkBytes");
        row("negative count", jobText([](J& j) { j["chunkCount"] = -1; }), "writer.bad_field",
            "/chunkCount");
        row("huge chunk", jobText([](J& j) { j["chunkBytes"] = 1ULL << 40; }), "writer.bad_field",
            "/chunkBytes");
        row("map file without bmap", jobText([](J& j) { j["bmapPath"] = ""; }), "writer.bad_field",
            "/bmapPath");
        row("unknown map", jobText([](J& j) { j["map"] = "some"; }), "writer.bad_field", "/map");
        row("verify a string", jobText([](J& j) { j["verify"] = "yes"; }), "writer.bad_field",
            "/verify");
        row("profile wrong type", jobText([](J& j) { j["targets"][0]["profile"]["hostname"] = 5; }),
            "profile.wrong_type", "/targets/0/profile/hostname");
        row("profile not an object", jobText([](J& j) { j["targets"][0]["profile"] = 1; }),
            "writer.bad_field", "/targets/0/profile");
        row("read path empty", jobText([](J& j) { j["readPaths"] = {""}; }), "writer.bad_field",
            "/readPaths/0");
    }

    void badCallerMessages() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        auto got = decodeCallerMessage(text.toStdString());
        QVERIFY(!got);
        QCOMPARE(QString::fromStdString(got.error().code), code);
        QCOMPARE(QString::fromStdString(got.error().pointer), pointer);
    }

    void badWriterMessages_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        Progress p;
        p.target = 1;
        auto progress = config::Json::parse(encodeProgress(p));
        const auto edited = [&](const char* key, config::Json value) {
            auto j = progress;
            j[key] = std::move(value);
            return QString::fromStdString(j.dump());
        };
        QTest::newRow("target beyond the job") << edited("target", 2) << "writer.bad_field"
                                               << "/target";
        QTest::newRow("fraction 2") << edited("fraction", 2.0) << "writer.bad_field"
                                    << "/fraction";
        QTest::newRow("unknown phase") << edited("phase", "exploding") << "writer.bad_field"
                                       << "/phase";
        QTest::newRow("extra field") << edited("more", 1) << "writer.unknown_field"
                                     << "/more";
        WriteReport one{{outcome("a.img")}, Verdict::Ok};
        QTest::newRow("report of one target for two")
            << QString::fromStdString(encodeResult(one)) << "writer.bad_field"
            << "/report/targets";
        auto bad = config::Json::parse(
            encodeResult(WriteReport{{outcome("a"), outcome("b", Error("x.y"))}, Verdict::Failed}));
        bad["report"]["targets"][1]["error"]["args"] = "none";
        QTest::newRow("error args a string")
            << QString::fromStdString(bad.dump()) << "writer.bad_field"
            << "/report/targets/1/error/args";
        QTest::newRow("alive with more") << R"({"protocol":1,"type":"alive","x":0})"
                                         << "writer.unknown_field"
                                         << "/x";
        QTest::newRow("job from the writer")
            << QString::fromStdString(*encodeJob(sampleJob())) << "writer.unknown_message"
            << "";
    }

    void badWriterMessages() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        auto got = decodeWriterMessage(text.toStdString(), 2);
        QVERIFY(!got);
        QCOMPARE(QString::fromStdString(got.error().code), code);
        QCOMPARE(QString::fromStdString(got.error().pointer), pointer);
    }

    // Damaged jobs (bytes flipped, cut, spliced) are decoded or refused, never a crash.
    void damagedJobsNeverCrash() {
        const std::string job = *encodeJob(sampleJob());
        QRandomGenerator rng(18);
        int refused = 0;
        for (int i = 0; i < 3000; ++i) {
            std::string text = job;
            const int edits = 1 + static_cast<int>(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const auto at = rng.bounded(static_cast<quint32>(text.size()));
                switch (rng.bounded(3)) {
                case 0:
                    text[at] = static_cast<char>(rng.bounded(256));
                    break;
                case 1:
                    text.resize(at);
                    break;
                default:
                    text.insert(at, text.substr(rng.bounded(static_cast<quint32>(text.size()))));
                }
                if (text.empty()) {
                    text = "{";
                }
            }
            auto got = decodeCallerMessage(text);
            refused += got ? 0 : 1;
        }
        QVERIFY(refused > 2500);
    }
};

QTEST_GUILESS_MAIN(TestWriterProtocol)
#include "tst_writer_protocol.moc"
