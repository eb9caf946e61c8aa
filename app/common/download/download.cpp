#include "app/common/download/download.h"

#include "app/common/folders/userfolders.h"
#include "imprint/buildinfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace imprint::app {
namespace {

std::string str(const QString& s) { return s.toStdString(); }

QByteArray sha256OfFile(QFile& file) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    file.seek(0);
    if (!hash.addData(&file)) {
        return {};
    }
    return hash.result().toHex();
}

bool retryable(QNetworkReply::NetworkError e) {
    switch (e) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout ends a stalled reply so
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

} // namespace

bool isDownloadUrl(const QString& text) {
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString Download::cacheDirectory() { return userFolderPath(UserFolder::Downloads); }

QString Download::cachePath(const QUrl& url) {
    const QByteArray key =
        QCryptographicHash::hash(url.toEncoded(), QCryptographicHash::Sha256).toHex().left(16);
    QString name = QFileInfo(url.path()).fileName();
    if (name.isEmpty()) {
        name = QStringLiteral("download");
    }
    return cacheDirectory() + QLatin1Char('/') + QString::fromLatin1(key) + QLatin1Char('-') + name;
}

Download::Download(DownloadRequest request, QObject* parent)
    : QObject(parent), request_(std::move(request)),
      network_(std::make_unique<QNetworkAccessManager>()),
      hash_(std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256)) {
    request_.expectedSha256 = request_.expectedSha256.toLower();
}

Download::~Download() {
    if (reply_ != nullptr) {
        reply_->disconnect(this);
        reply_->abort();
    }
}

void Download::start() {
    const QString scheme = request_.url.scheme().toLower();
    if (!request_.url.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(Error("download.bad_url").with("url", str(request_.url.toString())));
        return;
    }
    target_ = request_.destination.isEmpty() ? cachePath(request_.url) : request_.destination;
    if (request_.useCache && request_.destination.isEmpty() && QFile::exists(target_)) {
        QFile cached(target_);
        if (cached.open(QIODevice::ReadOnly)) {
            const QByteArray sha = sha256OfFile(cached);
            if (request_.expectedSha256.isEmpty() || sha == request_.expectedSha256) {
                result_ = DownloadResult{target_, cached.size(), sha, false, true, 0};
                QTimer::singleShot(0, this, &Download::finished);
                return;
            }
        }
        QFile::remove(target_);
    }
    if (request_.destination.isEmpty()) {
        if (auto folder = userFolder(UserFolder::Downloads); !folder) {
            fail(std::move(folder).takeError());
            return;
        }
    } else {
        QDir().mkpath(QFileInfo(target_).absolutePath());
    }
    part_ = std::make_unique<QFile>(target_ + QStringLiteral(".part"));
    if (part_->exists() && part_->open(QIODevice::ReadWrite)) {
        // An earlier run stopped half-way: go on from where it stopped.
        received_ = part_->size();
        hash_->reset();
        part_->seek(0);
        hash_->addData(part_.get());
        part_->seek(received_);
    } else if (!part_->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail(Error("download.cannot_write")
                 .with("path", str(part_->fileName()))
                 .with("detail", str(part_->errorString())));
        return;
    }
    connectOnce();
}

void Download::cancel() {
    cancelled_ = true;
    if (reply_ != nullptr) {
        reply_->abort();
    }
}

void Download::connectOnce() {
    ++attempts_;
    QNetworkRequest req(request_.url);
    req.setTransferTimeout(request_.transferTimeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("Imprint/%1").arg(QLatin1String(buildinfo::version)));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::NoLessSafeRedirectPolicy);
    if (received_ > 0) {
        req.setRawHeader("Range", "bytes=" + QByteArray::number(received_) + '-');
        resumed_ = true;
    }
    reply_ = network_->get(req);
    connect(reply_, &QNetworkReply::metaDataChanged, this, [this] {
        const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 206) {
            static const QRegularExpression range(QStringLiteral("bytes (\\d+)-(\\d+)/(\\d+|\\*)"));
            const auto m = range.match(QString::fromLatin1(reply_->rawHeader("Content-Range")));
            if (m.hasMatch() && m.captured(1).toLongLong() == received_) {
                total_ = m.captured(3) == QLatin1String("*") ? -1 : m.captured(3).toLongLong();
                return;
            }
            // A part that does not start where the file stopped cannot be appended: start the
            // file again from zero, asking for all of it.
            restartFromZero();
            emit progress(received_, total_);
            reply_->abort(); // onFinished() retries, now without a range
            return;
        }
        const bool restart = status == 200 && received_ > 0;
        if (restart) {
            restartFromZero(); // the server ignored the range: this body is the whole file
        }
        if (status == 200) {
            const QVariant length = reply_->header(QNetworkRequest::ContentLengthHeader);
            total_ = length.isValid() ? length.toLongLong() : -1;
        }
        if (restart) {
            emit progress(received_, total_); // readers of the growing file wait again
        }
    });
    connect(reply_, &QNetworkReply::readyRead, this, &Download::onReadyRead);
    connect(reply_, &QNetworkReply::finished, this, &Download::onFinished);
}

void Download::restartFromZero() {
    part_->resize(0);
    part_->seek(0);
    hash_->reset();
    received_ = 0;
    resumed_ = false;
}

void Download::onReadyRead() {
    const int status = reply_->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200 && status != 206) {
        reply_->readAll(); // an error page: not part of the file
        return;
    }
    const QByteArray data = reply_->readAll();
    if (part_->write(data) != data.size()) {
        const QString detail = part_->errorString();
        reply_->disconnect(this);
        reply_->abort();
        reply_->deleteLater();
        reply_ = nullptr;
        fail(Error("download.cannot_write")
                 .with("path", str(part_->fileName()))
                 .with("detail", str(detail)));
        return;
    }
    // Readers of the growing file (ImageStream) see only what reached the file.
    part_->flush();
    hash_->addData(data);
    received_ += data.size();
    emit progress(received_, total_);
}

void Download::onFinished() {
    QNetworkReply* reply = reply_;
    reply_ = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const std::string url = str(request_.url.toString());
    const bool canRetry = attempts_ < request_.maxAttempts;
    auto retryLater = [this] { QTimer::singleShot(100 * attempts_, this, &Download::connectOnce); };

    if (cancelled_) {
        fail(Error("download.cancelled").with("url", url));
        return;
    }
    if (status == 416 && received_ > 0 && canRetry) {
        restartFromZero(); // our partial file does not fit the server's: start again
        retryLater();
        return;
    }
    if (status >= 400) {
        if (status >= 500 && canRetry) {
            retryLater();
            return;
        }
        fail(Error("download.http_status")
                 .with("url", url)
                 .with("status", std::to_string(status))
                 .with(
                     "reason",
                     str(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())));
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        fail(Error("download.tls").with("url", url).with("detail", str(reply->errorString())));
        return;
    }
    const bool complete = total_ < 0 ? error == QNetworkReply::NoError : received_ == total_;
    if (error == QNetworkReply::NoError && complete) {
        succeed();
        return;
    }
    if ((error == QNetworkReply::NoError || retryable(error)) && canRetry) {
        retryLater(); // the connection dropped: resume from what we have
        return;
    }
    if (error == QNetworkReply::NoError || retryable(error)) {
        fail(Error("download.truncated")
                 .with("url", url)
                 .with("received", std::to_string(received_))
                 .with("total", std::to_string(total_))
                 .with("attempts", std::to_string(attempts_))
                 .at(static_cast<std::uint64_t>(received_)));
        return;
    }
    fail(Error("download.network").with("url", url).with("detail", str(reply->errorString())));
}

void Download::succeed() {
    part_->flush();
    const QByteArray sha = hash_->result().toHex();
    part_->close();
    if (!request_.expectedSha256.isEmpty() && sha != request_.expectedSha256) {
        part_->remove();
        fail(Error("download.checksum_mismatch")
                 .with("url", str(request_.url.toString()))
                 .with("expected", request_.expectedSha256.toStdString())
                 .with("actual", sha.toStdString()));
        return;
    }
    QFile::remove(target_);
    if (!part_->rename(target_)) {
        fail(Error("download.cannot_write")
                 .with("path", str(target_))
                 .with("detail", str(part_->errorString())));
        return;
    }
    result_ = DownloadResult{target_, received_, sha, resumed_, false, attempts_};
    emit finished();
}

void Download::fail(Error error) {
    if (part_ && part_->isOpen()) {
        part_->close(); // kept: a later run resumes from it
    }
    result_ = Result<DownloadResult>(std::move(error));
    emit finished();
}

Result<DownloadResult> downloadBlocking(const DownloadRequest& request,
                                        const std::function<void(qint64, qint64)>& onProgress) {
    Download download(request);
    QEventLoop loop;
    QObject::connect(&download, &Download::finished, &loop, &QEventLoop::quit);
    if (onProgress) {
        QObject::connect(&download, &Download::progress, &loop, onProgress);
    }
    download.start();
    if (!download.result()) {
        loop.exec();
    }
    return *download.result();
}

std::optional<QByteArray> parseSha256(const QString& text) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hex.match(text).hasMatch()) {
        return std::nullopt;
    }
    return text.toLatin1().toLower();
}

Result<void> checkFileSha256(const QString& path, const QByteArray& expected) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error("source.open_failed")
            .with("path", str(path))
            .with("detail", str(file.errorString()));
    }
    const QByteArray actual = sha256OfFile(file);
    if (actual.isEmpty()) {
        return Error("source.read_failed")
            .with("path", str(path))
            .with("detail", str(file.errorString()));
    }
    if (actual != expected) {
        return Error("source.checksum_mismatch")
            .with("path", str(path))
            .with("expected", expected.toStdString())
            .with("actual", actual.toStdString());
    }
    return {};
}

} // namespace imprint::app
