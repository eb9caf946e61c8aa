#include "app/gui/errorlabel.h"

#include "app/common/errortext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVariant>

namespace imprint::gui {
namespace {

const char* const kWords = "imprintErrorWords";
const char* const kDetail = "imprintErrorDetail";
const char* const kOpen = "imprintErrorOpen";

void render(QLabel* label) {
    const QString words = label->property(kWords).toString().toHtmlEscaped();
    const QString detail = label->property(kDetail).toString().toHtmlEscaped();
    const bool open = label->property(kOpen).toBool();
    label->setTextFormat(Qt::RichText);
    label->setText(open
                       ? QStringLiteral("%1 <a href=\"#details\">%2</a><pre>%3</pre>")
                             .arg(words, QCoreApplication::translate("Gui", "Hide details"), detail)
                       : QStringLiteral("%1 <a href=\"#details\">%2</a>")
                             .arg(words, QCoreApplication::translate("Gui", "Details…")));
}

} // namespace

QString errorDetail(const Error& error) {
    QStringList lines;
    lines << QCoreApplication::translate("Gui", "code: %1").arg(QString::fromStdString(error.code));
    for (const auto& a : error.args) {
        lines << QStringLiteral("%1: %2").arg(QString::fromStdString(a.name),
                                              QString::fromStdString(a.value));
    }
    if (!error.pointer.empty()) {
        lines << QCoreApplication::translate("Gui", "JSON pointer: %1")
                     .arg(QString::fromStdString(error.pointer));
    }
    if (error.offset) {
        lines << QCoreApplication::translate("Gui", "byte offset: %1").arg(*error.offset);
    }
    return lines.join(QLatin1Char('\n'));
}

void showError(QLabel* label, const QString& words, const QString& detail) {
    if (!label->property("imprintErrorHooked").toBool()) {
        label->setProperty("imprintErrorHooked", true);
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setOpenExternalLinks(false);
        QObject::connect(label, &QLabel::linkActivated, label, [label] {
            label->setProperty(kOpen, !label->property(kOpen).toBool());
            render(label);
        });
    }
    label->setProperty(kWords, words);
    label->setProperty(kDetail, detail);
    label->setProperty(kOpen, false);
    if (detail.isEmpty()) {
        showText(label, words);
        return;
    }
    render(label);
}

void showError(QLabel* label, const Error& error) {
    showError(label, app::describeError(error), errorDetail(error));
}

void showText(QLabel* label, const QString& text) {
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
}

} // namespace imprint::gui
