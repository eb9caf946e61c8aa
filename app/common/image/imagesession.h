// ImageSession: the image (file, drive or mounted boot folder) the user has open, inspected on
// a worker thread; the result arrives as a signal so a window stays responsive meanwhile.
#pragma once

#include "app/common/image/imageinfo.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace imprint::app {

class ImageSession : public QObject {
    Q_OBJECT
public:
    explicit ImageSession(QObject* parent = nullptr);
    ~ImageSession() override;

    // Starts inspecting `path`; a newer open supersedes one still running.
    void open(const QString& path);
    [[nodiscard]] bool busy() const { return watcher_->isRunning(); }
    [[nodiscard]] const std::optional<ImageInfo>& current() const { return current_; }
    // Why the last open failed (for the detail behind the message).
    [[nodiscard]] const std::optional<Error>& lastError() const { return lastError_; }

signals:
    void opening(const QString& path);
    void opened(const imprint::app::ImageInfo& info);
    void failed(const QString& path, const QString& message);

private:
    QFutureWatcher<Result<ImageInfo>>* watcher_;
    QString pending_;
    QString running_;
    std::optional<ImageInfo> current_;
    std::optional<Error> lastError_;
};

} // namespace imprint::app
