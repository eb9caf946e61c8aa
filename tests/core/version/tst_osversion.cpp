// OsVersion: every edge case of shared/reference/versions.md, and a randomized check of the
// ordering against an independent model.
#include "core/version/osversion.h"
#include "tests/support/testscale.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <tuple>

using imprint::OsVersion;

namespace {
OsVersion v(const char* text) {
    auto r = OsVersion::parse(text);
    if (!r) {
        qFatal("parse failed for '%s': %s", text, r.error().code.c_str());
    }
    return r.value();
}
} // namespace

class TestOsVersion : public QObject {
    Q_OBJECT
private slots:
    void parsesComponents() {
        const auto x = v("2.0.0-beta10+rev11");
        QCOMPARE(x.major(), 2u);
        QCOMPARE(x.minor(), 0u);
        QCOMPARE(x.patch(), 0u);
        QCOMPARE(x.label(), std::string("beta10"));
        QCOMPARE(x.revision(), 11u);
        QVERIFY(x.hasRevision());
        QVERIFY(!x.isDevelopment());
    }

    void referenceChain() {
        const char* chain[] = {"2.0.0-beta1", "2.0.0-beta10", "2.0.0-rc1", "2.0.0",
                               "2.0.0+rev1",  "2.0.0+rev11",  "2.0.1+rev1"};
        for (std::size_t i = 0; i < std::size(chain); ++i) {
            for (std::size_t j = 0; j < std::size(chain); ++j) {
                const auto c = v(chain[i]) <=> v(chain[j]);
                QVERIFY2((i < j) == (c < 0) && (i == j) == (c == 0) && (i > j) == (c > 0),
                         qPrintable(QStringLiteral("%1 vs %2").arg(chain[i], chain[j])));
            }
        }
    }

    void labelsCompareWordThenNumber() {
        QVERIFY(v("1.0.0-beta1") < v("1.0.0-beta2"));
        QVERIFY(v("1.0.0-beta2") < v("1.0.0-beta10"));
        QVERIFY(v("1.0.0-beta10") < v("1.0.0-rc1"));
        QVERIFY(v("1.0.0-alpha9") < v("1.0.0-beta0"));
        QVERIFY(v("1.0.0-beta") < v("1.0.0-beta0"));
        QVERIFY(v("2.0.0-beta0") < v("2.0.0"));
        QVERIFY(v("1.0.0-BETA1") == v("1.0.0-beta1"));
        QVERIFY(v("2.0.0-beta.8") == v("2.0.0-beta8"));
        QVERIFY(v("2.0.0-beta0+rev2") > v("2.0.0-beta0+rev1"));
        QVERIFY(v("2.0.0-beta0+rev2") < v("2.0.0-beta1"));
    }

    void revisions() {
        QVERIFY(v("1.2.3+rev2") < v("1.2.3+rev11"));
        QVERIFY(v("1.2.3+rev4") < v("1.2.4+rev1"));
        QVERIFY(v("1.2.3") == v("1.2.3+rev0"));
        QVERIFY(v("1.2.3") < v("1.2.3+rev1"));
        QVERIFY(v("1.2.3+REV5") == v("1.2.3+rev5"));
    }

    void numbersCompareNumerically() {
        QVERIFY(v("18.04.1") == v("18.4.1"));
        QVERIFY(v("2.9.0") < v("2.10.0"));
        QVERIFY(v("10.0.0") > v("9.99.99"));
        QVERIFY(v("1.0.10") > v("1.0.9"));
        QVERIFY(v("0.0.0") < v("0.0.1"));
    }

    void notSortDashV() {
        // sort -V puts 2.0.0-beta1 after 2.0.0; the reference wants it before.
        QVERIFY(v("2.0.0-beta1") < v("2.0.0"));
        QVERIFY(v("2.0.0-rc1") < v("2.0.0+rev1"));
    }

    void wildStringsAreStripped_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("v") << "v2.0.0"
                           << "2.0.0";
        QTest::newRow("V") << "V2.0.0+rev1"
                           << "2.0.0+rev1";
        QTest::newRow("balenaOS") << "balenaOS 2.0.0"
                                  << "2.0.0";
        QTest::newRow("balena OS") << "balena OS 2.3.0+rev2"
                                   << "2.3.0+rev2";
        QTest::newRow("Resin OS") << "Resin OS 2.0.0-beta1"
                                  << "2.0.0-beta1";
        QTest::newRow("resinOS") << "resinOS 1.24.0"
                                 << "1.24.0";
        QTest::newRow("(dev)") << "2.0.0+rev1 (dev)"
                               << "2.0.0+rev1.dev";
        QTest::newRow("(prod)") << "2.0.0+rev1 (prod)"
                                << "2.0.0+rev1";
        QTest::newRow(".dev") << "2.29.2+rev1.dev"
                              << "2.29.2+rev1.dev";
        QTest::newRow(".prod") << "2.29.2+rev1.prod"
                               << "2.29.2+rev1";
        QTest::newRow("all") << "  balenaOS v2.0.0-rc3+rev4 (dev)\n"
                             << "2.0.0-rc3+rev4.dev";
        QTest::newRow("leading zeros") << "018.04.01"
                                       << "18.4.1";
        QTest::newRow("space before (dev)") << "2.0.0   (DEV)"
                                            << "2.0.0.dev";
        QTest::newRow("label without rev") << "2.0.0-beta0.dev"
                                           << "2.0.0-beta0.dev";
    }
    void wildStringsAreStripped() {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const auto r = OsVersion::parse(input.toStdString());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().code.c_str());
        QCOMPARE(QString::fromStdString(r->toString()), canonical);
        // Canonical text parses back to an equal version, with the same text.
        const auto again = OsVersion::parse(r->toString());
        QVERIFY(again.ok());
        QVERIFY(*again == *r);
        QCOMPARE(QString::fromStdString(again->toString()), canonical);
    }

    void developmentSortsJustBelow() {
        QVERIFY(v("2.0.0+rev1.dev") < v("2.0.0+rev1"));
        QVERIFY(v("2.0.0+rev1.dev") > v("2.0.0"));
        QVERIFY(v("2.0.0+rev1 (dev)") == v("2.0.0+rev1.dev"));
        QVERIFY(v("2.0.0+rev1 (prod)") == v("2.0.0+rev1"));
        QVERIFY(v("2.0.0.dev") > v("2.0.0-rc1"));
        QVERIFY(v("2.0.0.dev").isDevelopment());
    }

    void rejects_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("offset");
        QTest::newRow("missing patch with label") << "2.0-beta.8"
                                                  << "version.missing_part" << 3;
        QTest::newRow("double plus") << "2.0.0+rev3+prod"
                                     << "version.trailing_text" << 10;
        QTest::newRow("empty") << ""
                               << "version.empty" << -1;
        QTest::newRow("blank") << "   "
                               << "version.empty" << -1;
        QTest::newRow("product only") << "balenaOS "
                                      << "version.empty" << -1;
        QTest::newRow("(dev) only") << "(dev)"
                                    << "version.empty" << -1;
        QTest::newRow("negative major") << "-1.2.3"
                                        << "version.negative" << 0;
        QTest::newRow("negative minor") << "1.-2.3"
                                        << "version.negative" << 2;
        QTest::newRow("non-numeric major") << "x.2.3"
                                           << "version.not_a_number" << 0;
        QTest::newRow("non-numeric patch") << "1.2.three"
                                           << "version.not_a_number" << 4;
        QTest::newRow("one part") << "1"
                                  << "version.missing_part" << 1;
        QTest::newRow("two parts") << "1.2"
                                   << "version.missing_part" << 3;
        QTest::newRow("empty part") << "1..3"
                                    << "version.missing_part" << 2;
        QTest::newRow("trailing dot") << "1.2."
                                      << "version.missing_part" << 4;
        QTest::newRow("four parts") << "1.2.3.4"
                                    << "version.too_many_parts" << 5;
        QTest::newRow("empty label") << "1.2.3-"
                                     << "version.empty_label" << 6;
        QTest::newRow("empty label before rev") << "1.2.3-+rev1"
                                                << "version.empty_label" << 6;
        QTest::newRow("numeric label") << "1.2.3-1"
                                       << "version.bad_label" << 6;
        QTest::newRow("label with dash") << "1.2.3-rc-1"
                                         << "version.bad_label" << 8;
        QTest::newRow("plus only") << "1.2.3+"
                                   << "version.bad_revision" << 6;
        QTest::newRow("rev without number") << "1.2.3+rev"
                                            << "version.bad_revision" << 9;
        QTest::newRow("build metadata") << "1.2.3+build5"
                                        << "version.bad_revision" << 6;
        QTest::newRow("prod as revision") << "2.0.0+prod"
                                          << "version.bad_revision" << 6;
        QTest::newRow("word after") << "1.2.3 foo"
                                    << "version.trailing_text" << 5;
        QTest::newRow("trailing dot after patch") << "1.2.3."
                                                  << "version.trailing_text" << 5;
        QTest::newRow("too large") << "99999999999999999999999.0.0"
                                   << "version.number_too_large" << 0;
        QTest::newRow("double v") << "vv2.0.0"
                                  << "version.not_a_number" << 0;
        QTest::newRow("unknown build word") << "2.0.0 (beta)"
                                            << "version.trailing_text" << 5;
        QTest::newRow("rev then label") << "2.0.0+rev1-beta1"
                                        << "version.trailing_text" << 10;
        QTest::newRow("unicode digit") << "\u0662.0.0"
                                       << "version.not_a_number" << 0;
    }
    void rejects() {
        QFETCH(QString, input);
        QFETCH(QString, code);
        QFETCH(int, offset);
        const auto r = OsVersion::parse(input.toStdString());
        QVERIFY2(!r.ok(), qPrintable(input));
        QCOMPARE(QString::fromStdString(r.error().code), code);
        QCOMPARE(QString::fromStdString(r.error().arg("input")), input);
        if (offset >= 0) {
            QVERIFY(r.error().offset.has_value());
            QCOMPARE(static_cast<int>(*r.error().offset), offset);
        }
    }

    // Random versions against a model of the reference's ordering: a tuple of numbers.
    void randomOrderingMatchesModel() {
        std::mt19937_64 rng(20261125);
        const int rounds = 20000 * imprint::test::testScale();
        const char* words[] = {"alpha", "beta", "rc"};
        struct Item {
            OsVersion version;
            std::tuple<int, int, int, int, int, int, int, int> key;
        };
        std::vector<Item> items;
        for (int i = 0; i < rounds; ++i) {
            const int ma = int(rng() % 3), mi = int(rng() % 12), pa = int(rng() % 12);
            const int hasLabel = int(rng() % 2), word = int(rng() % 3), num = int(rng() % 12);
            const int rev = int(rng() % 13), dev = int(rng() % 4 == 0);
            std::string text = (rng() % 2 ? "0" : "") + std::to_string(ma) + "." +
                               std::to_string(mi) + "." + std::to_string(pa);
            if (hasLabel) {
                text += std::string("-") + words[word] + std::to_string(num);
            }
            if (rev > 0 || rng() % 2) {
                text += "+rev" + std::to_string(rev);
            }
            if (dev) {
                text += rng() % 2 ? ".dev" : " (dev)";
            }
            auto r = OsVersion::parse(text);
            QVERIFY2(r.ok(), text.c_str());
            items.push_back({std::move(r).value(),
                             {ma, mi, pa, hasLabel ? 0 : 1, hasLabel ? word : 0, hasLabel ? num : 0,
                              rev, dev ? 0 : 1}});
        }
        for (std::size_t i = 1; i < items.size(); ++i) {
            const auto& a = items[i - 1];
            const auto& b = items[i];
            const auto got = a.version <=> b.version;
            const auto want = a.key <=> b.key;
            QVERIFY2((got < 0) == (want < 0) && (got == 0) == (want == 0),
                     (a.version.toString() + " vs " + b.version.toString()).c_str());
            QVERIFY((b.version <=> a.version) == (0 <=> got)); // antisymmetric
        }
        // Sorting by the version and by the model agree (transitivity in practice).
        auto byVersion = items;
        std::stable_sort(byVersion.begin(), byVersion.end(),
                         [](const Item& x, const Item& y) { return x.version < y.version; });
        for (std::size_t i = 1; i < byVersion.size(); ++i) {
            QVERIFY(byVersion[i - 1].key <= byVersion[i].key);
        }
    }

    // Arbitrary bytes never crash the parser and always give a coded error or a version
    // that survives a round trip.
    void randomBytesNeverCrash() {
        std::mt19937 rng(7);
        const std::string alphabet = "0123456789.-+revbtaRDVdop() \t\xff";
        const int rounds = 50000 * imprint::test::testScale();
        for (int i = 0; i < rounds; ++i) {
            std::string s;
            const int len = int(rng() % 24);
            for (int k = 0; k < len; ++k) {
                s += alphabet[rng() % alphabet.size()];
            }
            const auto r = OsVersion::parse(s);
            if (r) {
                const auto again = OsVersion::parse(r->toString());
                QVERIFY2(again.ok() && *again == *r, s.c_str());
            } else {
                QVERIFY(r.error().code.rfind("version.", 0) == 0);
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestOsVersion)
#include "tst_osversion.moc"
