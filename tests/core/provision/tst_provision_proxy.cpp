// The proxy as balenaOS reads it from system-proxy/: redsocks itself (`redsocks -t`) accepts
// every redsocks.conf written, for each type and odd logins; bad settings are refused naming the
// field, and what redsocks could not read is among them.
#include "core/provision/proxy.h"
#include "tests/support/hosttool.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace imprint::provision;
using imprint::test::runTool;
using imprint::test::ToolRun;

Q_DECLARE_METATYPE(imprint::provision::Proxy)

class TestProvisionProxy : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;

    // redsocks' own check of a configuration file.
    ToolRun redsocks(const std::string& conf) {
        const QString path = dir_.filePath(QStringLiteral("redsocks.conf"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(conf.data(), static_cast<qint64>(conf.size()));
        f.close();
        return runTool(QStringLiteral("redsocks"),
                       {QStringLiteral("-t"), QStringLiteral("-c"), path});
    }

    static Proxy proxy(ProxyType type, std::string login = {}, std::string password = {}) {
        Proxy p;
        p.type = type;
        p.host = "192.0.2.7";
        p.port = 1080;
        p.login = std::move(login);
        p.password = std::move(password);
        return p;
    }

private slots:
    void initTestCase() {
        if (!imprint::test::toolInstalled(QStringLiteral("redsocks"))) {
            QFAIL("redsocks is needed (packaging/debian-deps.txt)");
        }
        QVERIFY(dir_.isValid());
    }

    void redsocksReadsIt_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("login");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("socks5") << int(ProxyType::Socks5) << QByteArray() << QByteArray();
        QTest::newRow("socks4 user")
            << int(ProxyType::Socks4) << QByteArray("user") << QByteArray();
        QTest::newRow("http-connect login")
            << int(ProxyType::HttpConnect) << QByteArray("us er#1=") << QByteArray("p'w=#{}é");
    }
    void redsocksReadsIt() {
        QFETCH(int, type);
        QFETCH(QByteArray, login);
        QFETCH(QByteArray, password);
        Proxy p = proxy(static_cast<ProxyType>(type), login.toStdString(), password.toStdString());
        p.noProxy = {"10.0.0.0/8", "192.168.1.1", "172.16.0.0/12"};
        QVERIFY(!checkProxy(p).has_value());
        const std::string conf = redsocksConf(p);
        const ToolRun r = redsocks(conf);
        QVERIFY2(r.exitCode == 0, (r.err + "\n" + QByteArray::fromStdString(conf)).constData());
        QVERIFY(conf.find("type = " + std::string(proxyTypeName(p.type)) + ";") !=
                std::string::npos);
        QVERIFY(conf.find("local_port = 12345;") != std::string::npos);
        QCOMPARE(noProxyFile(p), std::string("10.0.0.0/8\n192.168.1.1\n172.16.0.0/12\n"));
        QCOMPARE(proxyTypeFromName(proxyTypeName(p.type)), std::optional(p.type));
    }

    void refusals_data() {
        QTest::addColumn<Proxy>("proxy");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("redsocksRefuses");
        Proxy p = proxy(ProxyType::Socks5);
        p.host = "bad host";
        QTest::newRow("host") << p << "proxy.bad_host"
                              << "/host" << true;
        p = proxy(ProxyType::Socks5);
        p.port = 0;
        QTest::newRow("port 0") << p << "proxy.bad_port"
                                << "/port" << false;
        p.port = 65536;
        QTest::newRow("port 65536") << p << "proxy.bad_port"
                                    << "/port" << true;
        QTest::newRow("quote in login") << proxy(ProxyType::Socks5, "a\"b") << "proxy.bad_login"
                                        << "/login" << true;
        QTest::newRow("semicolon in password")
            << proxy(ProxyType::Socks5, "a", "x;y") << "proxy.bad_password"
            << "/password" << false;
        QTest::newRow("password alone")
            << proxy(ProxyType::Socks5, "", "x") << "proxy.password_without_login"
            << "/password" << false;
        p = proxy(ProxyType::Socks5);
        p.noProxy = {"10.0.0.0/8", "10.0.0.0/33"};
        QTest::newRow("no_proxy /33") << p << "proxy.bad_no_proxy"
                                      << "/noProxy/1" << false;
        p.noProxy = {"fd00::/8"};
        QTest::newRow("no_proxy IPv6") << p << "proxy.bad_no_proxy"
                                       << "/noProxy/0" << false;
    }
    void refusals() {
        QFETCH(Proxy, proxy);
        QFETCH(QString, code);
        QFETCH(QString, pointer);
        QFETCH(bool, redsocksRefuses);
        const auto e = checkProxy(proxy);
        QVERIFY(e.has_value());
        QCOMPARE(QString::fromStdString(e->code), code);
        QCOMPARE(QString::fromStdString(e->pointer), pointer);
        if (redsocksRefuses) {
            QVERIFY2(redsocks(redsocksConf(proxy)).exitCode != 0, "redsocks accepted it");
        }
    }
};

QTEST_GUILESS_MAIN(TestProvisionProxy)
#include "tst_provision_proxy.moc"
