// The writer's messages on a real channel (platform/channel.h: a Unix-domain socket, or a named
// pipe under Wine): they arrive whole both ways, a large one too; an announced length over the
// limit, an empty message, a message cut short and a closed peer are error values at once;
// silence is a timeout that leaves the stream in step; a channel takes one client. Runs under
// Wine too.
#include "flasher/writer/framing.h"
#include "flasher/writer/protocol.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace imprint;
using namespace imprint::flasher::writer;

namespace {

// Both ends of a fresh channel: the listener's and the connected one.
struct ChannelPair {
    platform::Channel server;
    platform::Channel client;
};

ChannelPair makePair() {
    platform::ChannelListener listener;
    if (!listener.open()) {
        return {};
    }
    platform::Channel client;
    std::thread connect([&] { client = platform::connectChannel(listener.name()); });
    platform::Channel server = listener.accept(10000);
    connect.join();
    return {std::move(server), std::move(client)};
}

std::string header(std::uint32_t length) {
    std::string h(4, '\0');
    for (int i = 0; i < 4; ++i) {
        h[static_cast<std::size_t>(i)] = static_cast<char>((length >> (8 * i)) & 0xff);
    }
    return h;
}

} // namespace

class TestWriterFraming : public QObject {
    Q_OBJECT
private slots:
    void framesOnARealChannel() {
        auto pair = makePair();
        QVERIFY(pair.server.valid() && pair.client.valid());
        MessageStream server(std::move(pair.server));
        MessageStream client(std::move(pair.client));
        QVERIFY(client.send(encodeCancel(), 5000));
        auto got = server.receive(5000);
        QVERIFY(got);
        QCOMPARE(*got, encodeCancel());
        const std::string big(1 << 20, 'x'); // larger than a pipe's buffer
        bool sent = false;
        std::thread sender([&] { sent = server.send(big, 10000).ok(); });
        auto back = client.receive(10000);
        sender.join();
        QVERIFY(sent && back && *back == big);
        auto over = client.send(std::string(kMaxMessageBytes + 1, ' '), 1000);
        QVERIFY(!over);
        QCOMPARE(over.error().code, std::string("writer.message_too_large"));
    }

    void brokenFrames_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        const auto bytes = [](const std::string& s) {
            return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
        };
        QTest::newRow("closed") << QByteArray() << "writer.disconnected";
        QTest::newRow("announced over the limit")
            << bytes(header(static_cast<std::uint32_t>(kMaxMessageBytes + 1)))
            << "writer.message_too_large";
        QTest::newRow("4 GiB announced")
            << bytes(header(0xffffffffu)) << "writer.message_too_large";
        QTest::newRow("empty") << bytes(header(0)) << "writer.empty_message";
        QTest::newRow("header cut") << bytes(header(100).substr(0, 2)) << "writer.cut_short";
        QTest::newRow("body cut") << bytes(header(100) + "{\"protocol\"") << "writer.cut_short";
    }

    // The peer sends these bytes and closes: the receiver knows at once what happened.
    void brokenFrames() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        auto pair = makePair();
        QVERIFY(pair.server.valid() && pair.client.valid());
        if (!bytes.isEmpty()) {
            QVERIFY(pair.client
                        .writeAll(bytes.constData(), static_cast<std::size_t>(bytes.size()), 5000)
                        .complete(static_cast<std::size_t>(bytes.size())));
        }
        pair.client.close();
        MessageStream server(std::move(pair.server));
        QElapsedTimer timer;
        timer.start();
        auto got = server.receive(20000);
        QVERIFY(!got);
        QCOMPARE(QString::fromStdString(got.error().code), code);
        QVERIFY2(timer.elapsed() < 5000, "an ended peer is noticed at once");
    }

    void silenceIsATimeout() {
        auto pair = makePair();
        QVERIFY(pair.server.valid());
        MessageStream server(std::move(pair.server));
        QElapsedTimer timer;
        timer.start();
        auto got = server.receive(300);
        QVERIFY(!got);
        QCOMPARE(got.error().code, std::string("writer.timeout"));
        QVERIFY(timer.elapsed() >= 250 && timer.elapsed() < 5000);
        // Still in step: a message sent now arrives whole.
        MessageStream client(std::move(pair.client));
        QVERIFY(client.send(encodeAlive(), 5000));
        QVERIFY(server.receive(5000));
    }

    void aChannelTakesOneClient() {
        platform::ChannelListener listener;
        QVERIFY(listener.open());
        QVERIFY(!listener.name().empty());
        platform::Channel first;
        std::thread connect([&] { first = platform::connectChannel(listener.name()); });
        platform::Channel server = listener.accept(10000);
        connect.join();
        QVERIFY(server.valid() && first.valid());
        QVERIFY(!platform::connectChannel(listener.name()).valid());
        platform::ChannelListener nobody;
        QVERIFY(nobody.open());
        QVERIFY(!nobody.accept(200).valid());
        QCOMPARE(platform::lastError(), platform::errorTimedOut());
    }
};

QTEST_GUILESS_MAIN(TestWriterFraming)
#include "tst_writer_framing.moc"
