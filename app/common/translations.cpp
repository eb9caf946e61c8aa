#include "app/common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace imprint::app {

QString installTranslations(QCoreApplication& app, const QString& language) {
    QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (language.isEmpty()) {
        const QByteArray forced = qgetenv("IMPRINT_LANG");
        if (!forced.isEmpty()) {
            locale = QLocale(QString::fromLocal8Bit(forced));
        }
    }
    auto* ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("imprint"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        // English, the source language, has a file too: the plural forms of the %n
        // messages ("%n file(s)" -> "1 file", "2 files"). Also for the C locale.
        if (ours->load(QStringLiteral("imprint_en"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(ours);
        } else {
            delete ours;
        }
        return {};
    }
    QCoreApplication::installTranslator(ours);
    if (locale.language() == QLocale::English) {
        return {};
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return locale.name();
}

} // namespace imprint::app
