// ImageStream: an image being downloaded that the flasher reads while it arrives. The download
// runs on its own thread into the download cache; file() is the flasher GrowingFile to pass to
// Source::open and ImageHead::open, so every pass over the image reads the same bytes.
#pragma once

#include "app/common/download/download.h"
#include "core/common/result.h"
#include "flasher/source/growingfile.h"

#include <QString>
#include <QUrl>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

class QThread;

namespace imprint::app {

class ImageStream {
public:
    // `source` is the http(s) URL as the user gave it: the name readers show in errors.
    explicit ImageStream(const QString& source);
    // Cancels a download still running; removes what this run downloaded unless keep() (a
    // broken download stays as .part for the next run to resume).
    ~ImageStream();
    ImageStream(const ImageStream&) = delete;
    ImageStream& operator=(const ImageStream&) = delete;

    // Called on the download's thread with (received, total or -1); set before start().
    void onProgress(std::function<void(qint64, qint64)> callback);
    // Starts the download and waits for the server's answer. Errors: the download's
    // (download.http_status for a 404, download.tls, download.network, ...).
    Result<void> start();
    // The name Source::open and ImageHead::open take for this stream, beside file().
    [[nodiscard]] const std::string& name() const { return name_; }
    // What readers read, once start() succeeded; null before.
    [[nodiscard]] std::shared_ptr<flasher::GrowingFile> file();
    // True when the first bytes are a zip's (its directory is at its end: no streaming).
    [[nodiscard]] bool isZip();
    // Blocks until the whole file is there; its path, for readers that need a complete file.
    Result<QString> waitFinished();
    // From any thread: readers waiting for bytes get "download.cancelled".
    void cancel();
    // Waits for the download's end: where the file is, its size and SHA-256, or its error.
    Result<DownloadResult> result();
    // Leave the finished download in the cache (Download::cachePath) instead of removing it.
    void keep(bool keep) { keep_ = keep; }
    // Before start(): the SHA-256 (lower-case hex) the whole download must have. It is worked
    // out as the bytes arrive; a mismatch is the download's error (download.checksum_mismatch),
    // which readers get at the end of the file, and the file is deleted, not kept in the cache.
    void expectSha256(QByteArray hex) { expectedSha256_ = std::move(hex); }

    // Fetches `url` + ".bmap" into `directory`: the file's path, or an empty string when the
    // server has none (404 or 410). Errors: the download's.
    static Result<QString> fetchBmap(const QUrl& url, const QString& directory);

private:
    void run();

    QUrl url_;
    std::string name_;
    bool keep_ = false;
    QByteArray expectedSha256_;
    std::function<void(qint64, qint64)> progress_;
    QThread* thread_ = nullptr;
    std::shared_ptr<flasher::GrowingFile> file_;
    std::mutex mutex_;
    std::condition_variable changed_;
    bool answered_ = false; // headers seen, or the download ended
    bool ended_ = false;
    std::optional<Result<DownloadResult>> result_;
    std::optional<Error> startError_;
    Download* download_ = nullptr; // lives on the thread while it runs
    bool cancelled_ = false;
};

} // namespace imprint::app
