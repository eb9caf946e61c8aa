// A small HTTP/1.1 server on 127.0.0.1 for download tests: serves blobs with Range support and
// misbehaves on purpose (drops connections, ignores ranges, answers 404). It runs in the
// test's own event loop.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace imprint::test {

class HttpTestServer {
public:
    struct Route {
        QByteArray body;
        int dropsLeft = 0; // the next N responses stop after dropAfter bytes
        qint64 dropAfter = 0;
        bool honourRange = true;
        // Answers a range with 206 but from this offset instead of the one asked for (-1: no).
        qint64 rangeFromInstead = -1;
        // When set, the body goes out chunkBytes at a time, one chunk every chunkDelayMs once
        // the socket has sent the one before: a slow server, and no copy of a large body.
        qint64 chunkBytes = 0;
        int chunkDelayMs = 0;
    };
    struct Request {
        QByteArray path;
        QByteArray range; // the Range header, empty when none
    };

    HttpTestServer() {
        server_.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server_, &QTcpServer::newConnection, &server_, [this] {
            while (QTcpSocket* s = server_.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { onRead(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    [[nodiscard]] QByteArray url(const QByteArray& path) const {
        return "http://127.0.0.1:" + QByteArray::number(server_.serverPort()) + path;
    }
    Route& route(const QByteArray& path) { return routes_[path]; }
    [[nodiscard]] const QList<Request>& requests() const { return requests_; }
    void clearRequests() { requests_.clear(); }

private:
    void onRead(QTcpSocket* s) {
        QByteArray& buffer = pending_[s];
        buffer += s->readAll();
        if (buffer.startsWith('\x16')) {
            // A TLS handshake: answer in plain HTTP, as a misconfigured server would.
            s->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            pending_.remove(s);
            return;
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        pending_.remove(s);
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        Request req{first.value(1), {}};
        for (const auto& line : lines.mid(1)) {
            if (line.toLower().startsWith("range:")) {
                req.range = line.mid(6).trimmed();
            }
        }
        requests_ << req;
        auto it = routes_.find(req.path);
        if (it == routes_.end()) {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\n"
                     "not found");
            s->disconnectFromHost();
            return;
        }
        Route& r = *it;
        const qint64 size = r.body.size();
        qint64 from = 0;
        static const QRegularExpression rangeRe(QStringLiteral("^bytes=(\\d+)-$"));
        const auto m = rangeRe.match(QString::fromLatin1(req.range));
        QByteArray head;
        if (r.honourRange && m.hasMatch()) {
            from = r.rangeFromInstead >= 0 ? r.rangeFromInstead : m.captured(1).toLongLong();
            if (from >= size) {
                s->write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\n"
                         "Connection: close\r\n\r\n");
                s->disconnectFromHost();
                return;
            }
            head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " +
                   QByteArray::number(from) + '-' + QByteArray::number(size - 1) + '/' +
                   QByteArray::number(size) + "\r\n";
        } else {
            head = "HTTP/1.1 200 OK\r\nAccept-Ranges: " +
                   QByteArray(r.honourRange ? "bytes" : "none") + "\r\n";
        }
        head += "Content-Length: " + QByteArray::number(size - from) +
                "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n";
        s->write(head);
        qint64 count = size - from;
        if (r.dropsLeft > 0) {
            --r.dropsLeft;
            count = std::min(count, r.dropAfter);
        }
        if (r.chunkBytes > 0) {
            sendPaced(s, r.body, from, count, r.chunkBytes, r.chunkDelayMs);
            return;
        }
        s->write(r.body.constData() + from, count);
        s->disconnectFromHost(); // flushes, then closes: a short body looks like a dropped link
    }

    static void sendPaced(QTcpSocket* s, const QByteArray& body, qint64 from, qint64 count,
                          qint64 chunk, int delayMs) {
        auto* timer = new QTimer(s);
        timer->setInterval(delayMs);
        QObject::connect(timer, &QTimer::timeout, s, [=]() mutable {
            if (s->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                return;
            }
            if (s->bytesToWrite() > 0) {
                return; // the one before is still on its way
            }
            const qint64 n = std::min(chunk, count);
            s->write(body.constData() + from, n);
            from += n;
            count -= n;
            if (count == 0) {
                timer->stop();
                s->disconnectFromHost();
            }
        });
        timer->start();
    }

    QTcpServer server_;
    QHash<QByteArray, Route> routes_;
    QHash<QTcpSocket*, QByteArray> pending_;
    QList<Request> requests_;
};

} // namespace imprint::test
