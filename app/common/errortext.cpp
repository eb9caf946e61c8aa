#include "app/common/errortext.h"

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

// Parameters whose values are words, not data: core/ and flasher/ give codes ("too_long",
// "major") or short English phrases, and the system's error texts (strerror). Each known value
// becomes words of the reader's language here, so no English reaches a translated sentence.
constexpr const char* kWordParameters[] = {"reason", "detail", "part", "what"};

struct ValueText {
    const char* value;
    const char* text; // QT_TRANSLATE_NOOP("ErrorValues", ...)
};

constexpr ValueText kValues[] = {
    // fat.invalid_name {reason}
    {"utf8", QT_TRANSLATE_NOOP("ErrorValues", "not valid UTF-8")},
    {"empty", QT_TRANSLATE_NOOP("ErrorValues", "empty")},
    {"reserved", QT_TRANSLATE_NOOP("ErrorValues", "a reserved name")},
    {"too_long", QT_TRANSLATE_NOOP("ErrorValues", "too long")},
    {"character", QT_TRANSLATE_NOOP("ErrorValues", "a character FAT does not allow")},
    {"trailing", QT_TRANSLATE_NOOP("ErrorValues", "ends with a dot or a space")},
    // version.* {part}
    {"major", QT_TRANSLATE_NOOP("ErrorValues", "major")},
    {"minor", QT_TRANSLATE_NOOP("ErrorValues", "minor")},
    {"patch", QT_TRANSLATE_NOOP("ErrorValues", "patch")},
    {"label", QT_TRANSLATE_NOOP("ErrorValues", "pre-release")},
    {"revision", QT_TRANSLATE_NOOP("ErrorValues", "revision")},
    // phrases of core/ and flasher/
    {"out of memory", QT_TRANSLATE_NOOP("ErrorValues", "out of memory")},
    {"not a file or a device", QT_TRANSLATE_NOOP("ErrorValues", "not a file or a device")},
    {"not a directory", QT_TRANSLATE_NOOP("ErrorValues", "not a folder")},
    {"no such file", QT_TRANSLATE_NOOP("ErrorValues", "no such file")},
    {"no backup folder", QT_TRANSLATE_NOOP("ErrorValues", "no folder for the old files")},
    {"neither a public key nor a readable file",
     QT_TRANSLATE_NOOP("ErrorValues", "neither a public key nor a readable file")},
    {"libfdisk cannot read the device",
     QT_TRANSLATE_NOOP("ErrorValues", "libfdisk cannot read the device")},
    {"libfdisk cannot list partitions",
     QT_TRANSLATE_NOOP("ErrorValues", "libfdisk cannot list the partitions")},
    {"larger than 64 MiB", QT_TRANSLATE_NOOP("ErrorValues", "larger than 64 MiB")},
    {"device too large to copy",
     QT_TRANSLATE_NOOP("ErrorValues", "the device is too large to copy")},
    {"cannot remove the file", QT_TRANSLATE_NOOP("ErrorValues", "the file cannot be removed")},
    {"cannot create the folder", QT_TRANSLATE_NOOP("ErrorValues", "the folder cannot be created")},
    {"unexpected end of file", QT_TRANSLATE_NOOP("ErrorValues", "unexpected end of file")},
    {"no progress", QT_TRANSLATE_NOOP("ErrorValues", "no progress")},
    {"the file became shorter", QT_TRANSLATE_NOOP("ErrorValues", "the file became shorter")},
    {"not a regular file", QT_TRANSLATE_NOOP("ErrorValues", "not a regular file")},
    {"no file descriptor in the reply",
     QT_TRANSLATE_NOOP("ErrorValues", "no file descriptor in the reply")},
    {"UDisks2 does not know this device",
     QT_TRANSLATE_NOOP("ErrorValues", "UDisks2 does not know this device")},
    {"macOS drive access (authopen)",
     QT_TRANSLATE_NOOP("ErrorValues", "Drive access on macOS (authopen)")},
    {"drive access on this system",
     QT_TRANSLATE_NOOP("ErrorValues", "Drive access on this system")},
    {"Windows drive access", QT_TRANSLATE_NOOP("ErrorValues", "Drive access on Windows")},
    {"no <bmap> element", QT_TRANSLATE_NOOP("ErrorValues", "no <bmap> element")},
    {"unterminated <Range>", QT_TRANSLATE_NOOP("ErrorValues", "an unterminated <Range>")},
    {"ImageSize or BlockSize missing or not a number",
     QT_TRANSLATE_NOOP("ErrorValues", "ImageSize or BlockSize missing or not a number")},
};

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
    {ENOMEDIUM, QT_TRANSLATE_NOOP("ErrorValues", "No medium found")},
    {EINVAL, QT_TRANSLATE_NOOP("ErrorValues", "Invalid argument")},
    {ENOMEM, QT_TRANSLATE_NOOP("ErrorValues", "Cannot allocate memory")},
    {EFBIG, QT_TRANSLATE_NOOP("ErrorValues", "File too large")},
};

QString valueText(const std::string& name, const std::string& value) {
    if (std::find_if(std::begin(kWordParameters), std::end(kWordParameters),
                     [&](const char* n) { return name == n; }) == std::end(kWordParameters)) {
        return QString::fromStdString(value);
    }
    for (const auto& v : kValues) {
        if (value == v.value) {
            return QCoreApplication::translate("ErrorValues", v.text);
        }
    }
    for (const auto& s : kSystem) {
        if (value == std::strerror(s.code)) {
            return QCoreApplication::translate("ErrorValues", s.text);
        }
    }
    return QString::fromStdString(value);
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
                     valueText(a.name, a.value));
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
