#include "app/common/image/imagesession.h"

#include "app/common/errortext.h"

#include <QtConcurrent/QtConcurrentRun>

namespace imprint::app {

ImageSession::ImageSession(QObject* parent)
    : QObject(parent), watcher_(new QFutureWatcher<Result<ImageInfo>>(this)) {
    qRegisterMetaType<ImageInfo>();
    connect(watcher_, &QFutureWatcher<Result<ImageInfo>>::finished, this, [this] {
        const QString path = running_;
        const auto result = watcher_->result();
        if (path != pending_) {
            open(pending_); // superseded while it ran
            return;
        }
        lastError_.reset();
        if (result) {
            current_ = *result;
            emit opened(*result);
        } else {
            lastError_ = result.error();
            emit failed(path, errorText(result.error()));
        }
    });
}

ImageSession::~ImageSession() { watcher_->waitForFinished(); }

void ImageSession::open(const QString& path) {
    pending_ = path;
    emit opening(path);
    if (watcher_->isRunning()) {
        return; // picked up when the running one finishes
    }
    running_ = path;
    watcher_->setFuture(QtConcurrent::run([path] { return inspectImage(path); }));
}

} // namespace imprint::app
