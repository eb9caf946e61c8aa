#include "app/common/errortext.h"

#include <QCoreApplication>

#include <array>

namespace imprint::app {
namespace {

// One table per messages/<part>.cpp.
const auto& allTables() {
    static const std::span<const ErrorMessage> tables[] = {
#define IMPRINT_MESSAGES(part) messages::part(),
#include "imprint/message_parts.inc"
#undef IMPRINT_MESSAGES
    };
    return tables;
}

const ErrorMessage* find(const std::string& code) {
    for (const auto table : allTables()) {
        for (const auto& m : table) {
            if (code == m.code) {
                return &m;
            }
        }
    }
    return nullptr;
}

} // namespace

bool hasErrorText(const std::string& code) { return find(code) != nullptr; }

QString errorText(const Error& error) {
    const ErrorMessage* m = find(error.code);
    QString text = m ? QCoreApplication::translate("Errors", m->text)
                     : QCoreApplication::translate("Errors", "Unexpected error (%1).")
                           .arg(QString::fromStdString(error.code));
    for (const auto& a : error.args) {
        text.replace(QLatin1Char('{') + QString::fromStdString(a.name) + QLatin1Char('}'),
                     QString::fromStdString(a.value));
    }
    if (error.offset && !text.contains(QLatin1String("{offset}")) && m == nullptr) {
        text += QLatin1Char(' ') + QCoreApplication::translate("Errors", "(at byte %1)")
                                       .arg(static_cast<qulonglong>(*error.offset));
    }
    return text;
}

QString describeError(const Error& error) {
    if (error.pointer.empty()) {
        return errorText(error);
    }
    return QString::fromStdString(error.pointer) + QLatin1String(": ") + errorText(error);
}

} // namespace imprint::app
