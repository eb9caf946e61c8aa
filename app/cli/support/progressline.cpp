#include "app/cli/support/progressline.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace imprint::cli {

ProgressLine::ProgressLine(QString label)
    : label_(std::move(label)), enabled_(isatty(fileno(stderr)) != 0) {
    clock_.start();
}

QString ProgressLine::formatBytes(qint64 bytes) {
    const double b = static_cast<double>(bytes);
    if (bytes >= 1024LL * 1024 * 1024) {
        return QStringLiteral("%1 GiB").arg(b / (1024.0 * 1024 * 1024), 0, 'f', 2);
    }
    if (bytes >= 1024LL * 1024) {
        return QStringLiteral("%1 MiB").arg(b / (1024.0 * 1024), 0, 'f', 1);
    }
    if (bytes >= 1024) {
        return QStringLiteral("%1 KiB").arg(b / 1024.0, 0, 'f', 1);
    }
    return QStringLiteral("%1 B").arg(bytes);
}

void ProgressLine::update(qint64 done, qint64 total) {
    const qint64 now = clock_.elapsed();
    if (!enabled_ || (now - lastDraw_ < 100 && done != total)) {
        return;
    }
    lastDraw_ = now;
    const double seconds = static_cast<double>(now) / 1000.0;
    const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    QString line = label_ + QLatin1Char(' ');
    if (total > 0) {
        line += QStringLiteral("%1% ").arg(
            100.0 * static_cast<double>(done) / static_cast<double>(total), 5, 'f', 1);
        line += QCoreApplication::translate("Cli", "%1 of %2")
                    .arg(formatBytes(done), formatBytes(total));
    } else {
        line += formatBytes(done);
    }
    line += QStringLiteral(", %1/s").arg(formatBytes(static_cast<qint64>(rate)));
    if (total > 0 && rate > 0 && done < total) {
        const auto left = static_cast<qint64>(static_cast<double>(total - done) / rate);
        line += QCoreApplication::translate("Cli", ", %1:%2 left")
                    .arg(left / 60)
                    .arg(left % 60, 2, 10, QLatin1Char('0'));
    }
    const QByteArray bytes = ("\r\033[K" + line).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressLine::finish() {
    if (drawn_) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
        drawn_ = false;
    }
}

} // namespace imprint::cli
