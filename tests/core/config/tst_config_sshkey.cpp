// SSH public keys judged against ssh-keygen: keys it makes parse with the size and fingerprint
// it reports; tampered, truncated and too-small keys are refused.
#include "core/config/sshkey.h"
#include "tests/support/hosttool.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace imprint;
using namespace imprint::config;

namespace {

struct Generated {
    QString line;
    QString fingerprint;
    unsigned bits = 0;
};

Generated generate(const QTemporaryDir& dir, const QString& type, int bits) {
    // A new file each time: ssh-keygen asks before overwriting one (and would wait on stdin).
    static int serial = 0;
    const QString file =
        dir.filePath(type + QString::number(bits) + QLatin1Char('-') + QString::number(++serial));
    QStringList args{"-q", "-t", type, "-N", "", "-C", "tester@host with spaces", "-f", file};
    if (bits > 0) {
        args << "-b" << QString::number(bits);
    }
    const auto made = imprint::test::runTool(QStringLiteral("ssh-keygen"), args, {}, {}, 60000);
    if (made.exitCode != 0) {
        qFatal("ssh-keygen failed: %s", made.err.constData());
    }
    QFile pub(file + ".pub");
    pub.open(QIODevice::ReadOnly);
    Generated g;
    g.line = QString::fromUtf8(pub.readAll()).trimmed();
    const auto listed = imprint::test::runTool(
        QStringLiteral("ssh-keygen"), {"-l", "-E", "sha256", "-f", file + ".pub"}, {}, {}, 60000);
    // "256 SHA256:xxxx comment (ED25519)"
    const QStringList parts = QString::fromUtf8(listed.out).split(' ');
    g.bits = parts.value(0).toUInt();
    g.fingerprint = parts.value(1);
    return g;
}

std::vector<std::uint8_t> wireString(const std::string& s) {
    std::vector<std::uint8_t> out;
    out.reserve(4 + s.size());
    for (const unsigned shift : {24U, 16U, 8U, 0U}) {
        out.push_back(static_cast<std::uint8_t>((s.size() >> shift) & 0xFFU));
    }
    for (const char c : s) {
        out.push_back(static_cast<std::uint8_t>(c));
    }
    return out;
}

} // namespace

class TestConfigSshKey : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!imprint::test::toolInstalled(QStringLiteral("ssh-keygen"))) {
            QFAIL("ssh-keygen (openssh-client) is needed as the judge");
        }
        QVERIFY(dir_.isValid());
    }

    void keysFromSshKeygen_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("bits");
        QTest::newRow("ed25519") << "ed25519" << 0;
        QTest::newRow("rsa 2048") << "rsa" << 2048;
        QTest::newRow("ecdsa 256") << "ecdsa" << 256;
        QTest::newRow("ecdsa 384") << "ecdsa" << 384;
        QTest::newRow("ecdsa 521") << "ecdsa" << 521;
    }
    void keysFromSshKeygen() {
        QFETCH(QString, type);
        QFETCH(int, bits);
        const Generated g = generate(dir_, type, bits);
        auto key = parseSshPublicKey(g.line.toStdString());
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().code.c_str());
        QCOMPARE(key->bits, g.bits);
        QCOMPARE(QString::fromStdString(key->fingerprint()), g.fingerprint);
        QCOMPARE(QString::fromStdString(key->comment), QStringLiteral("tester@host with spaces"));
        // The type named outside must be the one inside.
        const QString other = g.line.startsWith("ssh-rsa") ? "ssh-ed25519" : "ssh-rsa";
        QString swapped = g.line;
        swapped.replace(0, g.line.indexOf(' '), other);
        auto mismatch = parseSshPublicKey(swapped.toStdString());
        QVERIFY(!mismatch.ok());
        QCOMPARE(QString::fromStdString(mismatch.error().code),
                 QStringLiteral("sshkey.type_mismatch"));
        // A truncated body no longer decodes to a whole key.
        const QStringList parts = g.line.split(' ');
        QString body = parts[1];
        body.chop(8);
        auto truncated = parseSshPublicKey((parts[0] + ' ' + body).toStdString());
        QVERIFY(!truncated.ok());
        QVERIFY(truncated.error().code == "sshkey.malformed" ||
                truncated.error().code == "sshkey.bad_base64");
    }

    void rsa1024IsTooSmall() {
        const Generated g = generate(dir_, QStringLiteral("rsa"), 1024);
        auto key = parseSshPublicKey(g.line.toStdString());
        QVERIFY(!key.ok());
        QCOMPARE(QString::fromStdString(key.error().code), QStringLiteral("sshkey.rsa_too_small"));
        QCOMPARE(QString::fromStdString(key.error().arg("bits")), QStringLiteral("1024"));
    }

    void securityKeyTypes() {
        std::vector<std::uint8_t> blob = wireString("sk-ssh-ed25519@openssh.com");
        const auto pk = wireString(std::string(32, 'k'));
        blob.insert(blob.end(), pk.begin(), pk.end());
        const auto app = wireString("ssh:");
        blob.insert(blob.end(), app.begin(), app.end());
        auto key = parseSshPublicKey("sk-ssh-ed25519@openssh.com " + encodeBase64(blob) + " yubi");
        QVERIFY(key.ok());
        // The same without the application string is malformed.
        blob.resize(blob.size() - app.size());
        QVERIFY(!parseSshPublicKey("sk-ssh-ed25519@openssh.com " + encodeBase64(blob)).ok());
    }

    void curveMustMatchType() {
        const Generated g = generate(dir_, QStringLiteral("ecdsa"), 256);
        auto blob = decodeBase64(g.line.split(' ')[1].toStdString()).value();
        // Rename the outer and inner type to nistp384 but keep the nistp256 curve.
        std::vector<std::uint8_t> forged = wireString("ecdsa-sha2-nistp384");
        forged.insert(forged.end(), blob.begin() + 4 + 19, blob.end());
        auto key = parseSshPublicKey("ecdsa-sha2-nistp384 " + encodeBase64(forged));
        QVERIFY(!key.ok());
        QCOMPARE(QString::fromStdString(key.error().code), QStringLiteral("sshkey.curve_mismatch"));
    }

    void base64AndDigest() {
        QCOMPARE(encodeBase64({'f', 'o', 'o', 'b'}), std::string("Zm9vYg=="));
        QVERIFY(!decodeBase64("Zm9vYg=").has_value());
        QVERIFY(!decodeBase64("Zm=vYg==").has_value());
        QCOMPARE(decodeBase64("Zm9vYmE=").value().size(), std::size_t(5));
        // Bits the padding drops set: OpenSSH's decoder refuses them, so this one does too.
        QVERIFY(!decodeBase64("Zm9vYh==").has_value());
        QVERIFY(!decodeBase64("Zm9vYmF=").has_value());
        const std::string abc = "abc";
        QCOMPARE(encodeBase64(sha256({abc.begin(), abc.end()})),
                 std::string("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="));
        QCOMPARE(QString::fromStdString(parseSshPublicKey("").error().code),
                 QStringLiteral("sshkey.empty"));
        QCOMPARE(QString::fromStdString(
                     parseSshPublicKey("ssh-ed25519 AAAA\nssh-rsa BBBB").error().code),
                 QStringLiteral("sshkey.multiple_lines"));
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestConfigSshKey)
#include "tst_config_sshkey.moc"
