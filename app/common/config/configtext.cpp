#include "app/common/config/configtext.h"

#include "app/common/errortext.h"
#include "app/common/profiles/profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>

namespace imprint::app {
namespace {

// lupdate files tr() calls made in namespace imprint::app under the context "imprint::app".
QString tr(const char* text) { return QCoreApplication::translate("imprint::app", text); }

QJsonObject argsToJson(const Error& e) {
    QJsonObject args;
    for (const auto& a : e.args) {
        args.insert(QString::fromStdString(a.name), QString::fromStdString(a.value));
    }
    return args;
}

QString actionName(provision::ChangeKind kind) {
    switch (kind) {
    case provision::ChangeKind::Create:
        return QStringLiteral("create");
    case provision::ChangeKind::Replace:
        return QStringLiteral("replace");
    case provision::ChangeKind::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

} // namespace

QString describeIssue(const config::Issue& issue) {
    QString text = issue.severity == config::Severity::Error ? tr("error: %1") : tr("warning: %1");
    text = text.arg(describeError(issue.error));
    if (issue.preexisting) {
        text += QLatin1Char(' ') + tr("(already there before this change)");
    }
    return text;
}

QJsonObject issueToJson(const config::Issue& issue) {
    return {{QStringLiteral("pointer"), QString::fromStdString(issue.error.pointer)},
            {QStringLiteral("code"), QString::fromStdString(issue.error.code)},
            {QStringLiteral("severity"), issue.severity == config::Severity::Error
                                             ? QStringLiteral("error")
                                             : QStringLiteral("warning")},
            {QStringLiteral("preexisting"), issue.preexisting},
            {QStringLiteral("message"), errorText(issue.error)},
            {QStringLiteral("args"), argsToJson(issue.error)}};
}

QStringList planText(const provision::Plan& plan) {
    QStringList lines;
    if (plan.changes.empty()) {
        lines << tr("No changes: the boot partition already holds all of this.");
        return lines;
    }
    for (const auto& c : plan.changes) {
        const QString path = QString::fromStdString(c.path);
        switch (c.kind) {
        case provision::ChangeKind::Create:
            lines << tr("create  %1 (%2 bytes)").arg(path).arg(c.content.size());
            break;
        case provision::ChangeKind::Replace:
            lines << tr("replace %1 (%2 -> %3 bytes)")
                         .arg(path)
                         .arg(c.previous.size())
                         .arg(c.content.size());
            break;
        case provision::ChangeKind::Remove:
            lines << tr("remove  %1 (%2 bytes)").arg(path).arg(c.previous.size());
            break;
        }
    }
    if (!plan.configDiff.empty()) {
        lines << tr("config.json:");
        for (const auto& l : plan.configDiff) {
            lines << QStringLiteral("  ") + QString::fromStdString(l);
        }
    }
    const bool replaces = std::any_of(plan.changes.begin(), plan.changes.end(), [](const auto& c) {
        return c.kind != provision::ChangeKind::Create;
    });
    if (replaces) {
        lines << tr("The files replaced or removed are saved first to %1")
                     .arg(QString::fromStdString(plan.backupDirectory));
    }
    return lines;
}

QJsonObject planToJson(const provision::Plan& plan) {
    QJsonArray changes;
    for (const auto& c : plan.changes) {
        changes.append(
            QJsonObject{{QStringLiteral("path"), QString::fromStdString(c.path)},
                        {QStringLiteral("action"), actionName(c.kind)},
                        {QStringLiteral("size"), static_cast<qint64>(c.content.size())},
                        {QStringLiteral("previousSize"), static_cast<qint64>(c.previous.size())},
                        {QStringLiteral("secret"), c.secret}});
    }
    QJsonArray diff;
    for (const auto& l : plan.configDiff) {
        diff.append(QString::fromStdString(l));
    }
    QJsonArray issues;
    for (const auto& i : plan.issues) {
        issues.append(issueToJson(i));
    }
    QJsonArray notices;
    for (const auto& n : plan.notices) {
        notices.append(QJsonObject{{QStringLiteral("code"), QString::fromStdString(n.code)},
                                   {QStringLiteral("message"), errorText(n)}});
    }
    QJsonArray existing;
    for (const auto& e : plan.existingConnections) {
        existing.append(
            QJsonObject{{QStringLiteral("file"), QString::fromStdString(e.file)},
                        {QStringLiteral("id"), QString::fromStdString(e.info.id)},
                        {QStringLiteral("type"), QString::fromStdString(e.info.type)},
                        {QStringLiteral("ssid"), QString::fromStdString(e.info.ssid)},
                        {QStringLiteral("secured"), e.info.hasSecret},
                        {QStringLiteral("ignoredByNetworkManager"), e.skippedByNetworkManager}});
    }
    return {{QStringLiteral("changes"), changes},
            {QStringLiteral("configDiff"), diff},
            {QStringLiteral("issues"), issues},
            {QStringLiteral("notices"), notices},
            {QStringLiteral("existingConnections"), existing},
            {QStringLiteral("backupDirectory"), QString::fromStdString(plan.backupDirectory)},
            {QStringLiteral("refused"), plan.refused()}};
}

Result<QString> findProfile(const QString& fileOrName) {
    // One folder for both programs: the profile store's.
    return ProfileStore().resolvePath(fileOrName);
}

bool isJsonFileTarget(const QString& target) {
    const QFileInfo info(target);
    if (!info.isFile()) {
        return false;
    }
    if (target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        return true;
    }
    QFile f(target);
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray head = f.read(64).trimmed();
    return head.startsWith('{') || head.startsWith("\xEF\xBB\xBF");
}

} // namespace imprint::app
