// imprint-gui: the desktop face of Imprint.
#include "app/common/errortext.h"
#include "app/common/image/imagesession.h"
#include "app/common/profiles/profilestore.h"
#include "app/common/settings/settings.h"
#include "app/common/translations.h"
#include "app/gui/configmodel.h"
#include "app/gui/mainwindow.h"
#include "flasher/platform/system.h"
#include "imprint/buildinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

int main(int argc, char* argv[]) {
    // A file size limit (ulimit -f) must fail a write with EFBIG, which the write reports as an
    // error naming the byte, not kill the program: its signal is the program's to handle.
    imprint::platform::ignoreFileSizeLimitSignal();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imprint-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Imprint"));
    QApplication::setOrganizationName(QStringLiteral("Imprint"));
    QApplication::setApplicationVersion(QString::fromLatin1(imprint::buildinfo::version));
    // The language chosen in the app wins over the system's (IMPRINT_LANG wins over both).
    const QString language = imprint::app::installTranslations(
        app, qEnvironmentVariableIsSet("IMPRINT_LANG")
                 ? QString()
                 : imprint::app::settings::value(QStringLiteral("language")).toString());
    if (!language.isEmpty()) {
        QLocale::setDefault(QLocale(language)); // sizes and numbers as the language writes them
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gui", "Flash and configure balenaOS images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("image"),
                                 QCoreApplication::translate("Gui", "The image to open."),
                                 QStringLiteral("[IMAGE]"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate(
            "Gui", "Apply a profile (a file or a saved name) once the image is open."),
        QStringLiteral("FILE|NAME"));
    const QCommandLineOption stepOption(
        QStringLiteral("step"),
        QCoreApplication::translate("Gui", "Start at a step: image, configure, plan or write."),
        QStringLiteral("STEP"));
    parser.addOption(profileOption);
    parser.addOption(stepOption);
    parser.process(app);

    imprint::gui::MainWindow window;
    window.show();
    const QString image = parser.positionalArguments().value(0);
    if (!image.isEmpty()) {
        const QString profilePath = parser.value(profileOption);
        const QString step = parser.value(stepOption);
        QObject::connect(window.session(), &imprint::app::ImageSession::opened, &window,
                         [&window, profilePath, step] {
                             if (!profilePath.isEmpty()) {
                                 auto profile = imprint::app::ProfileStore().resolve(profilePath);
                                 if (profile) {
                                     window.model()->applyProfile(*profile);
                                 } else {
                                     std::fprintf(
                                         stderr, "%s\n",
                                         qPrintable(imprint::app::describeError(profile.error())));
                                 }
                             }
                             window.showStep(step);
                         });
        window.openImage(image);
    }
    return QApplication::exec();
}
