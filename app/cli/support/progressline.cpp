#include "app/cli/support/progressline.h"

#include "app/common/sizetext.h"
#include "flasher/platform/system.h"

#include <QCoreApplication>

#include <cstdio>

namespace imprint::cli {

ProgressLine::ProgressLine(QString label)
    : label_(std::move(label)), enabled_(platform::isTerminal(platform::StandardStream::Error)) {
    clock_.start();
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
                    .arg(app::sizeText(static_cast<quint64>(done)),
                         app::sizeText(static_cast<quint64>(total)));
    } else {
        line += app::sizeText(static_cast<quint64>(done));
    }
    line += QStringLiteral(", %1/s").arg(app::sizeText(static_cast<quint64>(rate)));
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
