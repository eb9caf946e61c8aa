#include "flasher/writer/reportjson.h"

#include <array>
#include <cmath>
#include <utility>

namespace imprint::flasher::writer {
namespace {

constexpr std::size_t kMaxCodeBytes = 128;
constexpr std::size_t kMaxArgs = 32;
constexpr std::size_t kMaxValueBytes = 64 * 1024;

constexpr std::array<std::pair<Phase, const char*>, 7> kPhases{{
    {Phase::Preparing, "preparing"},
    {Phase::Writing, "writing"},
    {Phase::Verifying, "verifying"},
    {Phase::Finishing, "finishing"},
    {Phase::Done, "done"},
    {Phase::Failed, "failed"},
    {Phase::Cancelled, "cancelled"},
}};

constexpr std::array<std::pair<Verdict, const char*>, 5> kVerdicts{{
    {Verdict::Ok, "ok"},
    {Verdict::Failed, "failed"},
    {Verdict::VerifyFailed, "verify_failed"},
    {Verdict::Invalid, "invalid"},
    {Verdict::Refused, "refused"},
}};

constexpr std::array<std::pair<MapFacts::Origin, const char*>, 3> kOrigins{{
    {MapFacts::Origin::BmapFile, "bmap"},
    {MapFacts::Origin::Computed, "computed"},
    {MapFacts::Origin::WholeImage, "whole"},
}};

template <typename T, std::size_t N>
const char* nameOf(const std::array<std::pair<T, const char*>, N>& table, T value) {
    for (const auto& [v, name] : table) {
        if (v == value) {
            return name;
        }
    }
    return table[0].second;
}

template <typename T, std::size_t N>
T read(Fields& fields, const char* key, const std::array<std::pair<T, const char*>, N>& table) {
    const std::string name = fields.text(key, 64);
    for (const auto& [v, n] : table) {
        if (name == n) {
            return v;
        }
    }
    if (fields.ok()) {
        fields.fail(
            Error("writer.bad_field").atPointer(fields.pointerOf(key)).with("expected", "name"));
    }
    return table[0].first;
}

// A finite number for JSON (which has no NaN or infinity).
double finite(double d, double otherwise) { return std::isfinite(d) ? d : otherwise; }

} // namespace

Json errorToJson(const Error& error) {
    Json args = Json::array();
    for (const auto& a : error.args) {
        args.push_back({{"name", a.name}, {"value", a.value}, {"bytes", a.bytes}});
    }
    Json out{{"code", error.code}, {"args", std::move(args)}, {"pointer", error.pointer}};
    if (error.offset) {
        out["offset"] = *error.offset;
    }
    return out;
}

Error errorFromJson(const Json& json, const std::string& where, Fields& parent) {
    Fields f(json, where);
    Error e(f.text("code", kMaxCodeBytes));
    e.pointer = f.text("pointer", kMaxValueBytes, true);
    if (f.has("offset")) {
        e.offset = f.count("offset");
    }
    if (const Json* args = f.array("args", kMaxArgs)) {
        for (std::size_t i = 0; i < args->size() && f.ok(); ++i) {
            Fields a((*args)[i], where + "/args/" + std::to_string(i));
            ErrorArg arg{a.text("name", kMaxCodeBytes), a.text("value", kMaxValueBytes, true),
                         a.flag("bytes")};
            a.finishInto(f);
            e.args.push_back(std::move(arg));
        }
    }
    f.finishInto(parent);
    return e;
}

Json progressToJson(const Progress& p) {
    return {{"target", p.target},
            {"phase", nameOf(kPhases, p.phase)},
            {"bytesDone", p.bytesDone},
            {"bytesTotal", p.bytesTotal},
            {"totalIsEstimate", p.totalIsEstimate},
            {"fraction", finite(p.fraction, 0)},
            {"bytesPerSecond", finite(p.bytesPerSecond, 0)},
            {"secondsLeft", finite(p.secondsLeft, -1)}};
}

Progress progressFromJson(Fields& f, std::size_t targets) {
    Progress p;
    p.target = static_cast<std::size_t>(f.count("target", targets == 0 ? 0 : targets - 1));
    p.phase = read(f, "phase", kPhases);
    p.bytesDone = f.count("bytesDone");
    p.bytesTotal = f.count("bytesTotal");
    p.totalIsEstimate = f.flag("totalIsEstimate");
    p.fraction = f.number("fraction", 0, 1);
    p.bytesPerSecond = f.number("bytesPerSecond", 0, 1e15);
    p.secondsLeft = f.number("secondsLeft", -1, 1e9);
    if (targets == 0) {
        f.fail(Error("writer.bad_field").atPointer("/target").with("expected", "count"));
    }
    return p;
}

Json mapToJson(const MapFacts& map) {
    return {{"origin", nameOf(kOrigins, map.origin)},
            {"bmapPath", map.bmapPath},
            {"mappedBytes", map.mappedBytes},
            {"imageSize", map.imageSize}};
}

MapFacts mapFromJson(const Json& json, const std::string& where, Fields& parent) {
    Fields f(json, where);
    MapFacts map;
    map.origin = read(f, "origin", kOrigins);
    map.bmapPath = f.text("bmapPath", kMaxValueBytes, true);
    map.mappedBytes = f.count("mappedBytes");
    map.imageSize = f.count("imageSize");
    f.finishInto(parent);
    return map;
}

Json reportToJson(const WriteReport& report) {
    Json targets = Json::array();
    for (const auto& o : report.targets) {
        Json t{{"target", o.target},
               {"written", o.written},
               {"verified", o.verified},
               {"configuredFiles", o.configuredFiles},
               {"dataBytes", o.dataBytes}};
        if (o.error) {
            t["error"] = errorToJson(*o.error);
        }
        targets.push_back(std::move(t));
    }
    return {{"verdict", nameOf(kVerdicts, report.verdict)}, {"targets", std::move(targets)}};
}

WriteReport reportFromJson(const Json& json, const std::string& where, std::size_t targets,
                           Fields& parent) {
    Fields f(json, where);
    WriteReport report;
    report.verdict = read(f, "verdict", kVerdicts);
    const Json* list = f.array("targets", targets);
    if (list != nullptr && list->size() != targets) {
        f.fail(Error("writer.bad_field").atPointer(where + "/targets").with("expected", "array"));
    }
    for (std::size_t i = 0; list != nullptr && i < list->size() && f.ok(); ++i) {
        const std::string at = where + "/targets/" + std::to_string(i);
        Fields t((*list)[i], at);
        TargetOutcome o;
        o.target = t.text("target", kMaxValueBytes);
        o.written = t.flag("written");
        o.verified = t.flag("verified");
        o.configuredFiles = static_cast<std::size_t>(t.count("configuredFiles", 1u << 20));
        o.dataBytes = t.count("dataBytes");
        if (t.has("error")) {
            if (const Json* error = t.object("error")) {
                o.error = errorFromJson(*error, at + "/error", t);
            }
        }
        t.finishInto(f);
        report.targets.push_back(std::move(o));
    }
    f.finishInto(parent);
    return report;
}

} // namespace imprint::flasher::writer
