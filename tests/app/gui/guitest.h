// Helpers for the gui tests: a private home for settings and profiles, the demo image, and
// answering the modal dialogs the real window opens.
#pragma once

#include "tests/support/filedigest.h"
#include "tests/support/hosttool.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtDebug>

#include <functional>
#include <type_traits>

namespace imprint::test {

// The demo image the demo_image fixture makes in this build's tree (Linux and Windows alike), as
// a full path: on Windows with its drive letter, as the window writes the paths it is given.
inline QString demoImage() {
    return QFileInfo(QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img"))
        .absoluteFilePath();
}

// The widget of that class and object name inside `parent` (a warning names it when missing).
template <typename T>
T* namedChild(QObject& parent, const QString& name) {
    auto* w = parent.findChild<T*>(name);
    if (!w) {
        qWarning() << "no widget" << name;
    }
    return w;
}

// Opens an image in a window (its session()) and waits until it is read.
template <typename Window>
bool openImageAndWait(Window& window, const QString& path) {
    QSignalSpy opened(window.session(),
                      &std::remove_reference_t<decltype(*window.session())>::opened);
    window.openImage(path);
    return opened.wait(60000);
}

// Answers the next QInputDialog with `text` as soon as it is open.
inline void answerInputDialog(const QString& text) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget())) {
            dialog->setTextValue(text);
            dialog->accept();
            timer->deleteLater();
        }
    });
    timer->start();
}

// Runs a real tool (sfdisk, mtools, cp...; tests/support/hosttool.h: under Wine, on the host);
// returns its stdout, or a null array when it failed (with `exitCode`: its output and errors).
inline QByteArray run(const QString& program, const QStringList& args, int* exitCode = nullptr) {
    const ToolRun r = runTool(program, args);
    if (exitCode) {
        *exitCode = r.exitCode;
    }
    if (r.exitCode != 0) {
        return exitCode ? r.out + r.err : QByteArray();
    }
    return r.out;
}

// Whether a tool ran and exited with 0.
inline bool succeeds(const QString& program, const QStringList& args) {
    return runTool(program, args).exitCode == 0;
}

// Fails the test when the demo image is missing: the demo_image fixture makes it in both builds.
#define IMPRINT_REQUIRE_DEMO_IMAGE()                                                               \
    QVERIFY2(QFile::exists(imprint::test::demoImage()),                                            \
             "the demo image is missing (fixture layer_demo_image)")

// Byte offset of partition 1 as sfdisk (not Imprint) reads the table.
inline qint64 bootOffset(const QString& image) {
    const auto json =
        QJsonDocument::fromJson(run(QStringLiteral("sfdisk"), {QStringLiteral("-J"), image}));
    const auto table = json.object().value(QStringLiteral("partitiontable")).toObject();
    const auto first = table.value(QStringLiteral("partitions")).toArray().at(0).toObject();
    return first.value(QStringLiteral("start")).toInteger() * 512;
}

// The boot partition as mtools names it: "image@@offset".
inline QString onBoot(const QString& image) {
    return image + QStringLiteral("@@") + QString::number(bootOffset(image));
}

// A boot file's bytes, read by mtools (not by Imprint).
inline QByteArray mtype(const QString& image, const QString& file) {
    return run(QStringLiteral("mtype"),
               {QStringLiteral("-i"), onBoot(image), QStringLiteral("::") + file});
}

// Points the user's folders (settings, profiles, caches) into `home`, for this process and the
// programs it starts. On Linux: the XDG_* variables. Wine makes the known folders (AppData\Local)
// from its registry, not from the environment, so on Windows the settings and caches go to Qt's
// test folders (AppData\Local\qttest, emptied here) and the profiles, which the `imprint` the
// test starts must find too, to IMPRINT_PROFILE_DIR in `home`.
inline void useThrowAwayHome(const QString& home) {
#if defined(_WIN32)
    QStandardPaths::setTestModeEnabled(true);
    for (const auto where :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::GenericCacheLocation}) {
        QDir(QStandardPaths::writableLocation(where) + QStringLiteral("/Imprint"))
            .removeRecursively();
    }
    qputenv("IMPRINT_PROFILE_DIR", (home + QStringLiteral("/profiles")).toUtf8());
#else
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CACHE_HOME", (home + QStringLiteral("/cache")).toUtf8());
#endif
}

// Where the window and the command line keep the profiles in that home.
inline QString profileFolder() {
#if defined(_WIN32)
    return qEnvironmentVariable("IMPRINT_PROFILE_DIR");
#else
    return qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Imprint/profiles");
#endif
}

} // namespace imprint::test

// QTEST_MAIN with settings, profiles and caches in a throw-away folder.
#define IMPRINT_GUI_TEST_MAIN(TestClass)                                                           \
    int main(int argc, char** argv) {                                                              \
        QTemporaryDir home;                                                                        \
        imprint::test::useThrowAwayHome(home.path());                                              \
        QApplication app(argc, argv);                                                              \
        QApplication::setOrganizationName(QStringLiteral("Imprint"));                              \
        QApplication::setApplicationName(QStringLiteral("imprint-gui"));                           \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
