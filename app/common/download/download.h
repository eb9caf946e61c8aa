// Download: an http(s) file fetched with QtNetwork: progress, resume after a dropped
// connection (HTTP ranges), an optional SHA-256 check, and a cache folder. Used by
// `imprint download`, by any SOURCE given as a URL, and by the desktop program.
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QFile;
class QCryptographicHash;

namespace imprint::app {

struct DownloadRequest {
    QUrl url;
    QString destination;       // empty: a file in the cache folder
    QByteArray expectedSha256; // lower-case hex; empty: no check
    int maxAttempts = 5;       // connections tried before a dropped transfer is an error
    bool useCache = true;      // reuse a finished download of the same URL in the cache
    int transferTimeoutMs = 30000;
};

struct DownloadResult {
    QString path;
    qint64 bytes = 0;
    QByteArray sha256; // lower-case hex
    bool resumed = false;
    bool fromCache = false;
    int attempts = 0;
};

class Download : public QObject {
    Q_OBJECT
public:
    explicit Download(DownloadRequest request, QObject* parent = nullptr);
    ~Download() override;

    void start();
    void cancel();
    // Bytes in the .part file so far (more than 0 at start() when an earlier run left some).
    [[nodiscard]] qint64 received() const { return received_; }
    // Where the bytes go until the download is complete (then renamed to the target).
    [[nodiscard]] QString partPath() const { return target_ + QStringLiteral(".part"); }
    // Valid once finished() was emitted.
    [[nodiscard]] const std::optional<Result<DownloadResult>>& result() const { return result_; }

    // Where downloads without a destination go (app/common/folders: <cache>/Imprint/downloads,
    // made by start() when missing; its error: folder.cannot_create {folder, reason}).
    static QString cacheDirectory();
    // The file a URL is cached as.
    static QString cachePath(const QUrl& url);

signals:
    void progress(qint64 received, qint64 total); // total is -1 when unknown
    void finished();

private:
    void connectOnce();
    void onReadyRead();
    void onFinished();
    void restartFromZero();
    void fail(Error error);
    void succeed();

    DownloadRequest request_;
    QString target_;
    std::unique_ptr<QNetworkAccessManager> network_;
    QNetworkReply* reply_ = nullptr;
    std::unique_ptr<QFile> part_;
    std::unique_ptr<QCryptographicHash> hash_;
    qint64 received_ = 0;
    qint64 total_ = -1;
    int attempts_ = 0;
    bool resumed_ = false;
    bool cancelled_ = false;
    std::optional<Result<DownloadResult>> result_;
};

// Runs a download to the end in a local event loop (for the command line).
Result<DownloadResult> downloadBlocking(const DownloadRequest& request,
                                        const std::function<void(qint64, qint64)>& onProgress);

// True for http:// and https:// URLs (what a SOURCE argument may be).
bool isDownloadUrl(const QString& text);

// A --sha256 argument: 64 hexadecimal digits, as lower-case hex; nothing for anything else.
std::optional<QByteArray> parseSha256(const QString& text);

// Checks a local file's SHA-256 against `expected` (lower-case hex). Errors: source.open_failed
// {path, detail}, source.read_failed {path, detail}, source.checksum_mismatch {path, expected,
// actual}.
Result<void> checkFileSha256(const QString& path, const QByteArray& expected);

} // namespace imprint::app
