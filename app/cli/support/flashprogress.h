// FlashProgress: what `imprint flash` shows while it writes: one line on a terminal (every
// target's bar, and a URL's download beside them) or, with --json, one progress event a line.
#pragma once

#include "flasher/writejob/writejob.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <mutex>
#include <vector>

namespace imprint::cli {

class FlashProgress {
public:
    FlashProgress(QStringList targets, bool json);

    // A URL's download, called on the download's thread; shown beside the write.
    void download(qint64 done, qint64 total);
    // A target's progress, called on the write's threads.
    void update(const flasher::Progress& p);
    // Ends the terminal line once the write is over.
    void done();

private:
    void printLine();

    QStringList targets_;
    bool json_;
    bool tty_;
    std::vector<flasher::Progress> last_;
    std::mutex mutex_;
    qint64 downloaded_ = -1; // -1: not a download
    qint64 downloadTotal_ = -1;
    std::chrono::steady_clock::time_point lastDownloadEvent_;
};

} // namespace imprint::cli
