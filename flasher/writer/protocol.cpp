#include "flasher/writer/protocol.h"

#include "flasher/writer/fields.h"
#include "flasher/writer/reportjson.h"

namespace imprint::flasher::writer {
namespace {

constexpr std::size_t kMaxReadPaths = 64;
// WriteJob's buffers: what a job may ask for (0: its defaults).
constexpr std::uint64_t kMinChunkBytes = 64 * 1024;
constexpr std::uint64_t kMaxChunkBytes = 64u << 20;
constexpr std::uint64_t kMaxChunkCount = 64;

Json envelope(const char* type) { return {{"protocol", kProtocolVersion}, {"type", type}}; }

std::string textOf(Json message) { return message.dump(); }

const char* mapName(MapChoice map) {
    switch (map) {
    case MapChoice::Auto:
        return "auto";
    case MapChoice::File:
        return "file";
    case MapChoice::WholeImage:
        return "whole";
    }
    return "auto";
}

// Parses the text and reads the envelope; the type, with the other fields left to read.
Result<Json> parseMessage(std::string_view text, std::string& type) {
    auto parsed = config::parseJson(text, text.size() + 1);
    if (!parsed) {
        Error out("writer.bad_json");
        out.offset = parsed.error().offset;
        return out;
    }
    Json message = std::move(parsed).value();
    if (!message.is_object()) {
        return Error("writer.bad_field").atPointer("").with("expected", "object");
    }
    const auto version = message.find("protocol");
    if (version == message.end() || !version->is_number_integer()) {
        return Error("writer.missing_field").atPointer("/protocol").with("expected", "count");
    }
    if (version->get<std::int64_t>() != kProtocolVersion) {
        return Error("writer.version_mismatch")
            .with("version", version->dump())
            .with("expected", std::to_string(kProtocolVersion));
    }
    const auto t = message.find("type");
    if (t == message.end() || !t->is_string() || t->get_ref<const std::string&>().size() > 64) {
        return Error("writer.missing_field").atPointer("/type").with("expected", "string");
    }
    type = t->get<std::string>();
    return message;
}

TargetRequest targetFromJson(const Json& json, std::size_t index, Fields& parent) {
    const std::string where = "/targets/" + std::to_string(index);
    Fields f(json, where);
    TargetRequest t;
    t.path = f.text("path", kMaxPathBytes);
    t.drive = f.flag("drive");
    t.confirmed = f.flag("confirmed");
    if (f.has("profile")) {
        if (const Json* profile = f.object("profile")) {
            auto parsed = provision::Profile::fromJson(*profile);
            if (!parsed) {
                Error e = parsed.error();
                e.pointer = where + "/profile" + e.pointer;
                f.fail(std::move(e));
            } else {
                t.profile = std::move(parsed).value();
            }
        }
    }
    f.finishInto(parent);
    return t;
}

Result<WriteRequest> jobFromJson(const Json& message) {
    Fields f(message, "");
    f.count("protocol");
    f.text("type", 64);
    WriteRequest r;
    r.source = f.text("source", kMaxPathBytes);
    r.verify = f.flag("verify");
    const std::string map = f.choice("map", {"auto", "file", "whole"});
    r.map = map == "file"    ? MapChoice::File
            : map == "whole" ? MapChoice::WholeImage
                             : MapChoice::Auto;
    r.bmapPath = f.text("bmapPath", kMaxPathBytes, r.map != MapChoice::File);
    if (f.ok() && r.map != MapChoice::File && !r.bmapPath.empty()) {
        f.fail(Error("writer.bad_field").atPointer("/bmapPath").with("expected", "string"));
    }
    if (const Json* paths = f.array("readPaths", kMaxReadPaths)) {
        for (std::size_t i = 0; i < paths->size() && f.ok(); ++i) {
            const auto& p = (*paths)[i];
            if (!p.is_string() || p.get_ref<const std::string&>().empty() ||
                p.get_ref<const std::string&>().size() > kMaxPathBytes) {
                f.fail(Error("writer.bad_field")
                           .atPointer("/readPaths/" + std::to_string(i))
                           .with("expected", "string"));
                break;
            }
            r.readPaths.push_back(p.get<std::string>());
        }
    }
    r.chunkBytes = static_cast<std::size_t>(f.count("chunkBytes", kMaxChunkBytes));
    if (f.ok() && r.chunkBytes != 0 &&
        (r.chunkBytes < kMinChunkBytes || r.chunkBytes % 4096 != 0)) {
        f.fail(Error("writer.bad_field").atPointer("/chunkBytes").with("expected", "count"));
    }
    r.chunkCount = static_cast<std::size_t>(f.count("chunkCount", kMaxChunkCount));
    if (f.ok() && r.chunkCount == 1) {
        f.fail(Error("writer.bad_field").atPointer("/chunkCount").with("expected", "count"));
    }
    const Json* targets = f.array("targets", kMaxTargets);
    if (targets != nullptr && targets->empty()) {
        f.fail(Error("writer.bad_field").atPointer("/targets").with("expected", "array"));
    }
    for (std::size_t i = 0; targets != nullptr && i < targets->size() && f.ok(); ++i) {
        r.targets.push_back(targetFromJson((*targets)[i], i, f));
    }
    f.finish();
    if (!f.ok()) {
        return f.error();
    }
    return r;
}

// A message with nothing but its envelope.
template <typename T>
Result<T> bare(const Json& message, T out) {
    Fields f(message, "");
    f.count("protocol");
    f.text("type", 64);
    f.finish();
    if (!f.ok()) {
        return f.error();
    }
    return out;
}

} // namespace

Result<std::string> encodeJob(const WriteRequest& request) {
    if (request.growing || request.wholeSource) {
        return Error("writer.unsupported_request").with("what", "writer.growing_source");
    }
    if (request.broker) {
        return Error("writer.unsupported_request").with("what", "writer.broker");
    }
    Json targets = Json::array();
    for (const auto& t : request.targets) {
        if (t.plan) {
            return Error("writer.unsupported_request").with("what", "writer.prepared_plan");
        }
        Json target{{"path", t.path}, {"drive", t.drive}, {"confirmed", t.confirmed}};
        if (t.profile) {
            target["profile"] = t.profile->toJson(true);
        }
        targets.push_back(std::move(target));
    }
    Json m = envelope("job");
    m["source"] = request.source;
    m["verify"] = request.verify;
    m["map"] = mapName(request.map);
    m["bmapPath"] = request.map == MapChoice::File ? request.bmapPath : std::string();
    m["readPaths"] = request.readPaths;
    m["chunkBytes"] = request.chunkBytes;
    m["chunkCount"] = request.chunkCount;
    m["targets"] = std::move(targets);
    return textOf(std::move(m));
}

std::string encodeCancel() { return textOf(envelope("cancel")); }
std::string encodeAlive() { return textOf(envelope("alive")); }

std::string encodePrepared(const MapFacts& map) {
    Json m = envelope("prepared");
    m["map"] = mapToJson(map);
    return textOf(std::move(m));
}

std::string encodeProgress(const Progress& progress) {
    Json m = envelope("progress");
    m.update(progressToJson(progress));
    return textOf(std::move(m));
}

std::string encodeResult(const WriteReport& report) {
    Json m = envelope("result");
    m["report"] = reportToJson(report);
    return textOf(std::move(m));
}

std::string encodeRefusedJob(const Error& error) {
    Json m = envelope("result");
    m["error"] = errorToJson(error);
    return textOf(std::move(m));
}

Result<CallerMessage> decodeCallerMessage(std::string_view text) {
    std::string type;
    auto message = parseMessage(text, type);
    if (!message) {
        return std::move(message).takeError();
    }
    if (type == "cancel") {
        return bare(*message, CallerMessage{CallerMessage::Type::Cancel, {}});
    }
    if (type != "job") {
        return Error("writer.unknown_message").with("type", type);
    }
    auto job = jobFromJson(*message);
    if (!job) {
        return std::move(job).takeError();
    }
    return CallerMessage{CallerMessage::Type::Job, std::move(job).value()};
}

Result<WriterMessage> decodeWriterMessage(std::string_view text, std::size_t targets) {
    std::string type;
    auto message = parseMessage(text, type);
    if (!message) {
        return std::move(message).takeError();
    }
    WriterMessage out;
    if (type == "alive") {
        return bare(*message, std::move(out));
    }
    Fields f(*message, "");
    f.count("protocol");
    f.text("type", 64);
    if (type == "progress") {
        out.type = WriterMessage::Type::Progress;
        out.progress = progressFromJson(f, targets);
    } else if (type == "prepared") {
        out.type = WriterMessage::Type::Prepared;
        if (const Json* map = f.object("map")) {
            out.map = mapFromJson(*map, "/map", f);
        }
    } else if (type == "result") {
        out.type = WriterMessage::Type::Result;
        if (f.has("error")) {
            if (const Json* error = f.object("error")) {
                out.error = errorFromJson(*error, "/error", f);
            }
        } else if (const Json* report = f.object("report")) {
            out.report = reportFromJson(*report, "/report", targets, f);
        }
    } else {
        return Error("writer.unknown_message").with("type", type);
    }
    f.finish();
    if (!f.ok()) {
        return f.error();
    }
    return out;
}

} // namespace imprint::flasher::writer
