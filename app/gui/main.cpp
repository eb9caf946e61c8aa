// imprint-gui: the desktop face of Imprint.
#include "app/common/translations.h"
#include "app/gui/mainwindow.h"
#include "imprint/buildinfo.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("imprint-gui"));
    QApplication::setApplicationDisplayName(QStringLiteral("Imprint"));
    QApplication::setOrganizationName(QStringLiteral("Imprint"));
    QApplication::setApplicationVersion(QString::fromLatin1(imprint::buildinfo::version));
    imprint::app::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Gui", "Flash and configure balenaOS images."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("image"),
                                 QCoreApplication::translate("Gui", "The image to open."),
                                 QStringLiteral("[IMAGE]"));
    parser.process(app);

    imprint::gui::MainWindow window(parser.positionalArguments().value(0));
    window.show();
    return QApplication::exec();
}
