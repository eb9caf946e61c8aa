// The QtCore, standard and nlohmann/json headers that most files of the programs and the tests
// include, precompiled once per kind of target (IMPRINT_PCH). QtCore only: a macro such as
// QT_TESTCASE_BUILDDIR or QT_WIDGETS_LIB that a header here tested would make GCC refuse the
// precompiled file for targets that define it. Every file still includes what it uses.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
