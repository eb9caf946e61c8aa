// The window's write (WriteRun) handed to the real imprint-writer program over its pipe or
// socket, as Windows does for a user who is not an administrator: the plans, the progress and the
// outcome arrive as from an in-process write, the bytes written are the image's, and a writer
// that cannot be started is an error in words, with nothing written.
#include "app/common/write/writerun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using imprint::app::WriteRun;
using imprint::app::WriteTargetProgress;
using imprint::app::WriteTargetSpec;

namespace {

#ifdef _WIN32
constexpr const char* kWriter = IMPRINT_BIN_DIR "/imprint-writer.exe";
#else
constexpr const char* kWriter = IMPRINT_BIN_DIR "/imprint-writer";
#endif

QByteArray randomImage(qsizetype size) {
    QByteArray data(size, '\0');
    QRandomGenerator random(7);
    for (auto& b : data) {
        b = static_cast<char>(random.bounded(256));
    }
    return data;
}

} // namespace

class TestWriteRunWriter : public QObject {
    Q_OBJECT
private slots:
    void init() {
        qputenv("IMPRINT_WRITER", "1");
        qputenv("IMPRINT_WRITER_PROGRAM", kWriter);
    }
    void cleanup() {
        qunsetenv("IMPRINT_WRITER");
        qunsetenv("IMPRINT_WRITER_PROGRAM");
    }

    void writesThroughTheWriter() {
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("source.img"));
        const QByteArray bytes = randomImage(6 * 1024 * 1024 + 512);
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString target = dir.filePath(QStringLiteral("written.img"));

        WriteRun run;
        QSignalSpy planned(&run, &WriteRun::prepared);
        QSignalSpy progress(&run, &WriteRun::progress);
        QSignalSpy finished(&run, &WriteRun::finished);
        QVERIFY(run.start(image, {WriteTargetSpec{target, false, std::nullopt, true}}));
        QVERIFY(finished.wait(120000));
        const QStringList errors = finished.first().first().toStringList();
        QCOMPARE(errors, QStringList{QString()});
        QCOMPARE(planned.size(), 1);
        const QStringList plans = planned.first().first().toStringList();
        QCOMPARE(plans.size(), 1);
        QVERIFY2(plans.first().contains(QStringLiteral("not configured")),
                 qPrintable(plans.first()));
        QVERIFY(!progress.isEmpty());
        const auto last = progress.last().first().value<WriteTargetProgress>();
        QCOMPARE(last.target, 0);
        const auto report = run.report();
        QCOMPARE(report.targets.size(), std::size_t{1});
        QVERIFY(report.targets[0].written);
        QVERIFY(report.targets[0].verified);
        QFile out(target);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(out.readAll(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    }

    void aWriterThatCannotStartIsAnError() {
        QTemporaryDir dir;
        const QString image = dir.filePath(QStringLiteral("source.img"));
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(randomImage(1024 * 1024));
        f.close();
        const QString target = dir.filePath(QStringLiteral("written.img"));
        qputenv("IMPRINT_WRITER_PROGRAM", QFile::encodeName(dir.filePath(QStringLiteral("none"))));

        WriteRun run;
        QSignalSpy finished(&run, &WriteRun::finished);
        QVERIFY(run.start(image, {WriteTargetSpec{target, false, std::nullopt, true}}));
        QVERIFY(finished.wait(60000));
        const QStringList errors = finished.first().first().toStringList();
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().isEmpty());
        QVERIFY2(!errors.first().contains(QStringLiteral("writer.")), qPrintable(errors.first()));
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestWriteRunWriter)
#include "tst_writerun_writer.moc"
