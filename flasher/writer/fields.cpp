#include "flasher/writer/fields.h"

#include <cmath>

namespace imprint::flasher::writer {

Fields::Fields(const Json& object, std::string where) : object_(object), where_(std::move(where)) {
    if (!object_.is_object()) {
        fail(Error("writer.bad_field").atPointer(where_).with("expected", "object"));
    }
}

void Fields::fail(Error error) {
    if (!error_) {
        error_ = std::move(error);
    }
}

std::string Fields::pointerOf(const char* key) const {
    return where_ + "/" + config::pointerToken(key);
}

bool Fields::has(const char* key) const { return ok() && object_.contains(key); }

void Fields::wrongType(const char* key, const char* expected) {
    fail(Error("writer.bad_field").atPointer(pointerOf(key)).with("expected", expected));
}

const Json* Fields::field(const char* key, const char* expected) {
    if (!ok()) {
        return nullptr;
    }
    read_.insert(key);
    const auto it = object_.find(key);
    if (it == object_.end()) {
        fail(Error("writer.missing_field").atPointer(pointerOf(key)).with("expected", expected));
        return nullptr;
    }
    return &*it;
}

std::string Fields::text(const char* key, std::size_t maxBytes, bool allowEmpty) {
    const Json* v = field(key, "string");
    if (v == nullptr) {
        return {};
    }
    if (!v->is_string()) {
        wrongType(key, "string");
        return {};
    }
    const auto& s = v->get_ref<const std::string&>();
    if (s.size() > maxBytes || (s.empty() && !allowEmpty)) {
        wrongType(key, "string");
        return {};
    }
    return s;
}

std::string Fields::choice(const char* key, std::initializer_list<const char*> choices) {
    const std::string s = text(key, 64);
    for (const char* c : choices) {
        if (s == c) {
            return s;
        }
    }
    if (ok()) {
        std::string list;
        for (const char* c : choices) {
            list += list.empty() ? c : std::string("|") + c;
        }
        wrongType(key, list.c_str());
    }
    return *choices.begin();
}

bool Fields::flag(const char* key) {
    const Json* v = field(key, "boolean");
    if (v != nullptr && !v->is_boolean()) {
        wrongType(key, "boolean");
        return false;
    }
    return v != nullptr && v->get<bool>();
}

std::uint64_t Fields::count(const char* key, std::uint64_t max) {
    const Json* v = field(key, "count");
    if (v == nullptr) {
        return 0;
    }
    if (!v->is_number_unsigned() || v->get<std::uint64_t>() > max) {
        wrongType(key, "count");
        return 0;
    }
    return v->get<std::uint64_t>();
}

double Fields::number(const char* key, double min, double max) {
    const Json* v = field(key, "number");
    if (v == nullptr) {
        return min;
    }
    const double d = v->is_number() ? v->get<double>() : std::nan("");
    if (!std::isfinite(d) || d < min || d > max) {
        wrongType(key, "number");
        return min;
    }
    return d;
}

const Json* Fields::object(const char* key) {
    const Json* v = field(key, "object");
    if (v != nullptr && !v->is_object()) {
        wrongType(key, "object");
        return nullptr;
    }
    return v;
}

const Json* Fields::array(const char* key, std::size_t maxItems) {
    const Json* v = field(key, "array");
    if (v != nullptr && (!v->is_array() || v->size() > maxItems)) {
        wrongType(key, "array");
        return nullptr;
    }
    return v;
}

void Fields::finish() {
    if (!ok()) {
        return;
    }
    for (const auto& [key, value] : object_.items()) {
        if (!read_.contains(key)) {
            fail(Error("writer.unknown_field").atPointer(pointerOf(key.c_str())));
            return;
        }
    }
}

void Fields::finishInto(Fields& parent) {
    finish();
    if (!ok()) {
        parent.fail(error());
    }
}

} // namespace imprint::flasher::writer
