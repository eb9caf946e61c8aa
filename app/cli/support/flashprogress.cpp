#include "app/cli/support/flashprogress.h"

#include "app/cli/output.h"
#include "flasher/drives/safety.h"
#include "flasher/platform/system.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace imprint::cli {
namespace {

QString duration(double seconds) {
    const auto s = static_cast<long long>(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

FlashProgress::FlashProgress(QStringList targets, bool json)
    : targets_(std::move(targets)), json_(json),
      tty_(platform::isTerminal(platform::StandardStream::Error)),
      last_(static_cast<std::size_t>(targets_.size())) {}

void FlashProgress::download(qint64 done, qint64 total) {
    const std::lock_guard lock(mutex_);
    downloaded_ = done;
    downloadTotal_ = total;
    const auto now = std::chrono::steady_clock::now();
    if (done != total && now - lastDownloadEvent_ < std::chrono::milliseconds(100)) {
        return;
    }
    lastDownloadEvent_ = now;
    if (json_) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("download")},
                                            {QStringLiteral("bytesDone"), done},
                                            {QStringLiteral("bytesTotal"), total}}));
    } else {
        printLine();
    }
}

void FlashProgress::update(const flasher::Progress& p) {
    const std::lock_guard lock(mutex_);
    last_[p.target] = p;
    if (json_) {
        QJsonObject o{{QStringLiteral("event"), QStringLiteral("progress")},
                      {QStringLiteral("target"), targets_.value(static_cast<qsizetype>(p.target))},
                      {QStringLiteral("phase"), QString::fromLatin1(flasher::phaseName(p.phase))},
                      {QStringLiteral("bytesDone"), static_cast<qint64>(p.bytesDone)},
                      {QStringLiteral("bytesTotal"), static_cast<qint64>(p.bytesTotal)},
                      {QStringLiteral("totalIsEstimate"), p.totalIsEstimate},
                      {QStringLiteral("fraction"), p.fraction},
                      {QStringLiteral("bytesPerSecond"), p.bytesPerSecond},
                      {QStringLiteral("secondsLeft"), p.secondsLeft}};
        printJson(QJsonDocument(o));
        return;
    }
    printLine();
}

void FlashProgress::done() {
    if (tty_ && !json_) {
        std::fputs("\n", stderr);
    }
}

// Spelled out with cmd_flash.cpp's context: lupdate would file a tr() in a member function
// under the class's name, and the texts keep the translations they have.
void FlashProgress::printLine() {
    if (!tty_) {
        return;
    }
    QString line;
    if (downloaded_ >= 0) {
        line = downloadTotal_ > 0 ? QCoreApplication::translate("imprint::cli", "download %1%")
                                        .arg(downloaded_ * 100 / downloadTotal_)
                                  : QCoreApplication::translate("imprint::cli", "download %1")
                                        .arg(app::sizeText(static_cast<quint64>(downloaded_)));
        line += QStringLiteral(" | ");
    }
    for (std::size_t i = 0; i < last_.size(); ++i) {
        const auto& q = last_[i];
        const int width = last_.size() == 1 ? 30 : 10;
        const int filled = static_cast<int>(q.fraction * width);
        line += QStringLiteral("%1[%2%3] %4% %5")
                    .arg(i == 0 ? QString() : QStringLiteral("  "))
                    .arg(QString(filled, QLatin1Char('#')))
                    .arg(QString(width - filled, QLatin1Char(' ')))
                    .arg(static_cast<int>(q.fraction * 100), 3)
                    .arg(QString::fromLatin1(flasher::phaseName(q.phase)));
        if (last_.size() == 1 && q.bytesPerSecond > 0) {
            line +=
                QStringLiteral(" %1/s").arg(app::sizeText(static_cast<quint64>(q.bytesPerSecond)));
            if (q.secondsLeft >= 0) {
                line += QCoreApplication::translate("imprint::cli", " %1 left")
                            .arg(duration(q.secondsLeft));
            }
        }
    }
    std::fputs(qPrintable(QStringLiteral("\r") + line + QStringLiteral("\x1b[K")), stderr);
    std::fflush(stderr);
}

} // namespace imprint::cli
