#include "app/common/errortext.h"

#include "app/common/sizetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

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

// Parameters whose values are words, not data: core/ and flasher/ give codes, worded in
// messages/ like the errors themselves ("disk.unexpected_end"), or the system's error texts
// (strerror). Each becomes words of the reader's language here, so no English reaches a
// translated sentence.
constexpr const char* kWordParameters[] = {"reason", "detail", "part", "what"};

// The system's words for errno values, matched against strerror() of the running system.
struct SystemText {
    int code;
    const char* text; // QT_TRANSLATE_NOOP("ErrorValues", ...): glibc's English
};

constexpr SystemText kSystem[] = {
    {ENOENT, QT_TRANSLATE_NOOP("ErrorValues", "No such file or directory")},
    {EACCES, QT_TRANSLATE_NOOP("ErrorValues", "Permission denied")},
    {EPERM, QT_TRANSLATE_NOOP("ErrorValues", "Operation not permitted")},
    {EBUSY, QT_TRANSLATE_NOOP("ErrorValues", "Device or resource busy")},
    {ENOSPC, QT_TRANSLATE_NOOP("ErrorValues", "No space left on device")},
    {EROFS, QT_TRANSLATE_NOOP("ErrorValues", "Read-only file system")},
    {EIO, QT_TRANSLATE_NOOP("ErrorValues", "Input/output error")},
    {EISDIR, QT_TRANSLATE_NOOP("ErrorValues", "Is a directory")},
    {ENOTDIR, QT_TRANSLATE_NOOP("ErrorValues", "Not a directory")},
    {EEXIST, QT_TRANSLATE_NOOP("ErrorValues", "File exists")},
    {ENXIO, QT_TRANSLATE_NOOP("ErrorValues", "No such device or address")},
    {ENODEV, QT_TRANSLATE_NOOP("ErrorValues", "No such device")},
#ifdef ENOMEDIUM // Linux's
    {ENOMEDIUM, QT_TRANSLATE_NOOP("ErrorValues", "No medium found")},
#endif
    {EINVAL, QT_TRANSLATE_NOOP("ErrorValues", "Invalid argument")},
    {ENOMEM, QT_TRANSLATE_NOOP("ErrorValues", "Cannot allocate memory")},
    {EFBIG, QT_TRANSLATE_NOOP("ErrorValues", "File too large")},
};

bool isWordParameter(const std::string& name) {
    return std::find_if(std::begin(kWordParameters), std::end(kWordParameters),
                        [&](const char* n) { return name == n; }) != std::end(kWordParameters);
}

QString valueText(const std::string& value) {
    if (const ErrorMessage* m = find(value)) {
        return QCoreApplication::translate("Errors", m->text);
    }
    for (const auto& s : kSystem) {
        if (value == std::strerror(s.code)) {
            return QCoreApplication::translate("ErrorValues", s.text);
        }
    }
    return QString::fromStdString(value);
}

void fill(QString& text, const std::string& name, const QString& value) {
    text.replace(QLatin1Char('{') + QString::fromStdString(name) + QLatin1Char('}'), value);
}

} // namespace

bool hasErrorText(const std::string& code) { return find(code) != nullptr; }

QString errorText(const Error& error) {
    const ErrorMessage* m = find(error.code);
    QString text = m ? QCoreApplication::translate("Errors", m->text)
                     : QCoreApplication::translate("Errors", "Unexpected error (%1).")
                           .arg(QString::fromStdString(error.code));
    // Words first: a value's own text may name other parameters ("exit status {status}").
    for (const auto& a : error.args) {
        if (isWordParameter(a.name)) {
            fill(text, a.name, valueText(a.value));
        }
    }
    for (const auto& a : error.args) {
        if (!isWordParameter(a.name)) {
            fill(text, a.name,
                 a.bytes ? sizeText(std::stoull(a.value)) : QString::fromStdString(a.value));
        }
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
