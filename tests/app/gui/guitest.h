// Helpers for the gui tests: a private home for settings and profiles, the demo image, and
// answering the modal dialogs the real window opens.
#pragma once

#include "tests/support/filedigest.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace imprint::test {

inline QString demoImage() {
    return QStringLiteral(IMPRINT_BUILD_DIR "/demo/balena-demo-qemux86-64.img");
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

// Runs a program; returns its stdout, or a null array when it failed.
inline QByteArray run(const QString& program, const QStringList& args, int* exitCode = nullptr) {
    QProcess p;
    p.start(program, args);
    p.waitForFinished(120000);
    if (exitCode) {
        *exitCode = p.exitCode();
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return exitCode ? p.readAllStandardOutput() + p.readAllStandardError() : QByteArray();
    }
    return p.readAllStandardOutput();
}

// Whether a program ran and exited with 0.
inline bool succeeds(const QString& program, const QStringList& args) {
    int code = -1;
    run(program, args, &code);
    return code == 0;
}

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

} // namespace imprint::test

// QTEST_MAIN with settings, profiles and caches in a throw-away folder.
#define IMPRINT_GUI_TEST_MAIN(TestClass)                                                           \
    int main(int argc, char** argv) {                                                              \
        QTemporaryDir home;                                                                        \
        qputenv("XDG_CONFIG_HOME", (home.path() + "/config").toLocal8Bit());                       \
        qputenv("XDG_DATA_HOME", (home.path() + "/data").toLocal8Bit());                           \
        qputenv("XDG_CACHE_HOME", (home.path() + "/cache").toLocal8Bit());                         \
        QApplication app(argc, argv);                                                              \
        QApplication::setOrganizationName(QStringLiteral("Imprint"));                              \
        QApplication::setApplicationName(QStringLiteral("imprint-gui"));                           \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
