#include "app/common/arguments/optionorder.h"

namespace imprint::app {

std::vector<GivenOption> optionsInOrder(const QStringList& arguments, const QStringList& names) {
    std::vector<GivenOption> out;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--")) {
            break;
        }
        const qsizetype eq = a.startsWith(QLatin1String("--")) ? a.indexOf(QLatin1Char('=')) : -1;
        const QString name = eq < 0 ? a : a.left(eq);
        if (!names.contains(name)) {
            continue;
        }
        out.push_back({name, eq < 0 ? arguments.value(++i) : a.mid(eq + 1)});
    }
    return out;
}

bool appendWifiNetworks(const QStringList& arguments, std::vector<provision::WifiNetwork>& out) {
    const QStringList names{QStringLiteral("--wifi"), QStringLiteral("--wifi-psk")};
    for (const GivenOption& o : optionsInOrder(arguments, names)) {
        if (o.name == names[0]) {
            provision::WifiNetwork n;
            n.ssid = o.value.toStdString();
            out.push_back(n);
        } else if (out.empty() || !out.back().passphrase.empty()) {
            return false;
        } else {
            out.back().passphrase = o.value.toStdString();
        }
    }
    return true;
}

} // namespace imprint::app
