#include "app/common/download/imagestream.h"

#include "core/common/fileio.h"
#include "flasher/platform/file.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstring>

namespace imprint::app {

ImageStream::ImageStream(const QString& source) : url_(source), name_(source.toStdString()) {}

ImageStream::~ImageStream() {
    if (thread_ != nullptr) {
        cancel();
        thread_->wait();
        delete thread_;
    }
    // A broken download stays as .part, so running the command again resumes it.
    if (!keep_ && result_ && result_->ok() && !result_->value().fromCache) {
        QFile::remove(result_->value().path);
    }
}

void ImageStream::onProgress(std::function<void(qint64, qint64)> callback) {
    progress_ = std::move(callback);
}

Result<void> ImageStream::start() {
    thread_ = QThread::create([this] { run(); });
    thread_->start();
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return answered_; });
    if (startError_) {
        return *startError_;
    }
    if (result_ && !result_->ok()) {
        return result_->error();
    }
    return {};
}

void ImageStream::run() {
    DownloadRequest request;
    request.url = url_;
    request.expectedSha256 = expectedSha256_;
    Download download(request);
    QEventLoop loop;
    QObject::connect(&download, &Download::progress, &download, [this](qint64 got, qint64 total) {
        if (total > 0) {
            file_->setExpectedSize(static_cast<std::uint64_t>(total));
        }
        file_->grew(static_cast<std::uint64_t>(got));
        {
            const std::lock_guard lock(mutex_);
            answered_ = true;
        }
        changed_.notify_all();
        if (progress_) {
            progress_(got, total);
        }
    });
    QObject::connect(&download, &Download::finished, &loop, &QEventLoop::quit);
    download.start();

    // A download already in the cache is complete at once; otherwise the .part file grows.
    const auto& early = download.result();
    const QString path = early && early->ok() ? early->value().path : download.partPath();
    int fd = -1;
    std::optional<Error> openError;
    if (!early || early->ok()) {
        fd = platform::openFile(path.toStdString(), platform::kRead);
        if (fd < 0) {
            openError = Error("source.open_failed")
                            .with("path", path.toStdString())
                            .with("detail", platform::errorText(platform::lastError()));
        }
    }
    bool cancelledEarly = false;
    {
        const std::lock_guard lock(mutex_);
        cancelledEarly = cancelled_;
        file_ = std::make_shared<flasher::GrowingFile>(fd);
        download_ = &download;
        if (openError) {
            startError_ = openError;
            answered_ = true;
        }
    }
    file_->grew(static_cast<std::uint64_t>(download.received()));
    changed_.notify_all();
    if (!openError) {
        if (cancelledEarly) {
            download.cancel();
        }
        if (!download.result()) {
            loop.exec();
        }
    }

    Result<DownloadResult> result =
        openError ? Result<DownloadResult>(*openError) : *download.result();
    if (result) {
        file_->finish(static_cast<std::uint64_t>(result->bytes));
        if (progress_) {
            progress_(result->bytes, result->bytes);
        }
    } else {
        file_->fail(result.error());
    }
    {
        const std::lock_guard lock(mutex_);
        download_ = nullptr;
        result_ = std::move(result);
        answered_ = ended_ = true;
    }
    changed_.notify_all();
}

std::shared_ptr<flasher::GrowingFile> ImageStream::file() {
    const std::lock_guard lock(mutex_);
    return file_;
}

bool ImageStream::isZip() {
    if (!file_ || !file_->waitBeyond(3)) {
        return false;
    }
    char magic[4] = {};
    return readAt(file_->fd(), magic, sizeof magic, 0).complete(sizeof magic) &&
           std::memcmp(magic, "PK\x03\x04", 4) == 0;
}

Result<QString> ImageStream::waitFinished() {
    auto r = result();
    if (!r) {
        return std::move(r).takeError();
    }
    return r->path;
}

void ImageStream::cancel() {
    std::shared_ptr<flasher::GrowingFile> file;
    {
        const std::lock_guard lock(mutex_);
        cancelled_ = true;
        file = file_;
        if (download_ != nullptr) {
            QMetaObject::invokeMethod(download_, &Download::cancel, Qt::QueuedConnection);
        }
    }
    if (file) {
        file->fail(Error("download.cancelled").with("url", name_));
    }
}

Result<DownloadResult> ImageStream::result() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return ended_; });
    return *result_;
}

Result<QString> ImageStream::fetchBmap(const QUrl& url, const QString& directory) {
    QUrl bmap = url;
    bmap.setPath(url.path() + QStringLiteral(".bmap"));
    DownloadRequest request;
    request.url = bmap;
    request.destination =
        directory + QLatin1Char('/') +
        QFileInfo(bmap.path()).fileName().replace(QLatin1Char('/'), QLatin1Char('_'));
    request.useCache = false;
    request.maxAttempts = 3;
    auto r = downloadBlocking(request, {});
    if (!r) {
        const Error& e = r.error();
        if (e.code == "download.http_status" &&
            (e.arg("status") == "404" || e.arg("status") == "410")) {
            return QString();
        }
        return std::move(r).takeError();
    }
    return r->path;
}

} // namespace imprint::app
