#include "app/common/json/jsonview.h"

#include "app/common/errortext.h"

#include <QJsonArray>

namespace imprint::app {

QJsonObject errorToJson(const Error& error) {
    QJsonObject params;
    for (const auto& a : error.args) {
        params.insert(QString::fromStdString(a.name), QString::fromStdString(a.value));
    }
    QJsonObject o{{QStringLiteral("code"), QString::fromStdString(error.code)},
                  {QStringLiteral("message"), errorText(error)},
                  {QStringLiteral("params"), params}};
    if (error.offset) {
        o.insert(QStringLiteral("offset"), static_cast<qint64>(*error.offset));
    }
    if (!error.pointer.empty()) {
        o.insert(QStringLiteral("pointer"), QString::fromStdString(error.pointer));
    }
    return o;
}

QString verdictName(const flasher::DriveVerdict& verdict) {
    if (verdict.refused()) {
        return QStringLiteral("refused");
    }
    if (verdict.needsConfirmation()) {
        return QStringLiteral("confirm");
    }
    if (verdict.needsUnmount()) {
        return QStringLiteral("unmount");
    }
    return QStringLiteral("ok");
}

QJsonObject driveToJson(const flasher::Drive& drive, const flasher::DriveVerdict& verdict) {
    QJsonArray mounts;
    for (const auto& m : drive.allMountpoints()) {
        mounts.append(QString::fromStdString(m));
    }
    QJsonArray issues;
    for (const auto& i : verdict.issues) {
        QJsonObject o = errorToJson(i.reason);
        o.insert(QStringLiteral("concern"),
                 i.concern == flasher::Concern::Refused   ? QStringLiteral("refused")
                 : i.concern == flasher::Concern::Confirm ? QStringLiteral("confirm")
                                                          : QStringLiteral("unmount"));
        issues.append(o);
    }
    return {{QStringLiteral("path"), QString::fromStdString(drive.path)},
            {QStringLiteral("name"), QString::fromStdString(drive.name)},
            {QStringLiteral("type"), QString::fromStdString(drive.type)},
            {QStringLiteral("size"), static_cast<qint64>(drive.sizeBytes)},
            {QStringLiteral("vendor"), QString::fromStdString(drive.vendor)},
            {QStringLiteral("model"), QString::fromStdString(drive.model)},
            {QStringLiteral("bus"), QString::fromStdString(drive.bus)},
            {QStringLiteral("removable"), drive.removable},
            {QStringLiteral("readOnly"), drive.readOnly},
            {QStringLiteral("systemDrive"), verdict.systemDrive},
            {QStringLiteral("mountpoints"), mounts},
            {QStringLiteral("verdict"), verdictName(verdict)},
            {QStringLiteral("issues"), issues}};
}

QJsonArray stringsToJson(const std::vector<std::string>& list) {
    QJsonArray out;
    for (const auto& s : list) {
        out.append(QString::fromStdString(s));
    }
    return out;
}

} // namespace imprint::app
