#include "core/config/validate.h"

#include "core/config/checks.h"
#include "core/config/schema.h"
#include "core/config/sshkey.h"
#include "core/config/udevrules.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <map>
#include <memory>

namespace imprint::config {
namespace {

const nlohmann::json& schemaDocument() {
    static const nlohmann::json document = nlohmann::json::parse(schemaText());
    return document;
}

const valijson::Schema& compiledSchema() {
    static const auto schema = [] {
        auto s = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(schemaDocument());
        parser.populateSchema(adapter, *s);
        return s;
    }();
    return *schema;
}

// A schema node with its $ref (through allOf) resolved to the definition.
const nlohmann::json* resolve(const nlohmann::json* node) {
    if (node == nullptr || !node->is_object()) {
        return node;
    }
    auto allOf = node->find("allOf");
    if (!node->contains("type") && allOf != node->end() && allOf->is_array() && !allOf->empty()) {
        const std::string ref = (*allOf)[0].value("$ref", "");
        const std::string prefix = "#/definitions/";
        if (ref.starts_with(prefix)) {
            const auto& defs = schemaDocument()["definitions"];
            auto it = defs.find(ref.substr(prefix.size()));
            if (it != defs.end()) {
                return &*it;
            }
        }
    }
    return node;
}

const nlohmann::json* child(const nlohmann::json* node, const std::string& key, bool arrayIndex) {
    if (node == nullptr || !node->is_object()) {
        return nullptr;
    }
    if (arrayIndex) {
        auto items = node->find("items");
        return items != node->end() && items->is_object() ? &*items : nullptr;
    }
    auto props = node->find("properties");
    if (props != node->end() && props->contains(key)) {
        return &(*props)[key];
    }
    auto extra = node->find("additionalProperties");
    if (extra != node->end() && extra->is_object()) {
        return &*extra;
    }
    return nullptr;
}

std::string jsonTypeName(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return "integer";
    case Json::value_t::number_float:
        return "number";
    case Json::value_t::string:
        return "string";
    case Json::value_t::array:
        return "array";
    case Json::value_t::object:
        return "object";
    default:
        return "unknown";
    }
}

bool typeMatches(const Json& v, const std::string& expected) {
    const std::string actual = jsonTypeName(v);
    if (expected == "number") {
        return actual == "integer" || actual == "number";
    }
    return actual == expected;
}

std::string shortValue(const Json& v) {
    std::string text = v.is_string() ? v.get<std::string>() : v.dump();
    if (text.size() > 80) {
        text = text.substr(0, 77) + "...";
    }
    return text;
}

class Checker {
public:
    Checker(const Config& config, const ValidationContext& context)
        : config_(config), context_(context) {}

    std::vector<Issue> run() {
        checkTypes(config_.json(), &schemaDocument(), "");
        if (config_.find(keys::deviceType) == nullptr) {
            error(Error("config.missing_key").with("key", "deviceType"), "/deviceType");
        }
        checkValues();
        checkWarnings();
        addSchemaErrors();
        std::stable_sort(issues_.begin(), issues_.end(), [](const Issue& a, const Issue& b) {
            return a.severity == Severity::Error && b.severity == Severity::Warning;
        });
        return std::move(issues_);
    }

private:
    void error(Error e, const std::string& pointer) { add(Severity::Error, std::move(e), pointer); }
    void warning(Error e, const std::string& pointer) {
        add(Severity::Warning, std::move(e), pointer);
    }
    void add(Severity s, Error e, const std::string& pointer) {
        e.pointer = pointer;
        if (s == Severity::Error) {
            reported_.push_back(pointer);
        }
        issues_.push_back({s, std::move(e), false});
    }

    // Known keys are strictly typed; unknown keys are free.
    void checkTypes(const Json& value, const nlohmann::json* schema, const std::string& pointer) {
        schema = resolve(schema);
        if (schema == nullptr) {
            return;
        }
        auto type = schema->find("type");
        if (type != schema->end() && type->is_string() &&
            !typeMatches(value, type->get<std::string>())) {
            error(Error("config.wrong_type")
                      .with("key", pointer)
                      .with("expected", type->get<std::string>())
                      .with("actual", jsonTypeName(value))
                      .with("value", shortValue(value)),
                  pointer);
            return;
        }
        if (value.is_object()) {
            for (auto it = value.begin(); it != value.end(); ++it) {
                checkTypes(it.value(), child(schema, it.key(), false),
                           pointer + "/" + pointerToken(it.key()));
            }
        } else if (value.is_array()) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                checkTypes(value[i], child(schema, {}, true), pointer + "/" + std::to_string(i));
            }
        }
    }

    [[nodiscard]] bool hasErrorAt(const std::string& pointer) const {
        return std::find(reported_.begin(), reported_.end(), pointer) != reported_.end();
    }

    std::optional<std::string> stringAt(std::string_view pointer) const {
        if (hasErrorAt(std::string(pointer))) {
            return std::nullopt;
        }
        return config_.string(pointer);
    }

    void checkValues() {
        if (auto v = stringAt(keys::hostname)) {
            if (auto e = checkHostname(*v)) {
                error(std::move(*e).with("value", *v), std::string(keys::hostname));
            }
        }
        if (auto v = stringAt(keys::country)) {
            if (!isCountryCode(*v)) {
                std::string upper = *v;
                for (auto& c : upper) {
                    c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
                }
                if (upper != *v && isCountryCode(upper)) {
                    error(Error("config.country.lower_case")
                              .with("value", *v)
                              .with("suggestion", upper),
                          std::string(keys::country));
                } else {
                    error(Error("config.country.unknown").with("value", *v),
                          std::string(keys::country));
                }
            }
        }
        if (auto v = stringAt(keys::ntpServers)) {
            const auto servers = splitSpaces(*v);
            if (servers.empty()) {
                error(Error("config.ntp.empty"), std::string(keys::ntpServers));
            }
            for (const auto& s : servers) {
                if (!isHostOrAddress(s)) {
                    error(Error("config.ntp.bad_server").with("server", s),
                          std::string(keys::ntpServers));
                    break;
                }
            }
        }
        if (auto v = stringAt(keys::dnsServers)) {
            const auto servers = splitSpaces(*v);
            if (servers.empty()) {
                error(Error("config.dns.empty"), std::string(keys::dnsServers));
            } else if (!(servers.size() == 1 && servers[0] == "null")) {
                for (const auto& s : servers) {
                    if (!isIpAddress(s)) {
                        error(Error("config.dns.bad_server").with("server", s),
                              std::string(keys::dnsServers));
                        break;
                    }
                }
            }
        }
        if (auto v = stringAt(keys::connectivityUri)) {
            if (auto e = checkHttpUrl(*v)) {
                error(std::move(*e), std::string(keys::connectivityUri));
            }
        }
        if (auto v = stringAt(keys::connectivityInterval)) {
            const bool digits =
                !v->empty() && v->size() <= 10 &&
                std::all_of(v->begin(), v->end(), [](char c) { return c >= '0' && c <= '9'; });
            if (!digits) {
                error(Error("config.connectivity.bad_interval").with("value", *v),
                      std::string(keys::connectivityInterval));
            }
        }
        checkSshKeys();
        checkUdevRuleEntries();
    }

    void checkSshKeys() {
        const Json* keysNode = config_.find(keys::sshKeys);
        if (keysNode == nullptr || !keysNode->is_array()) {
            return;
        }
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < keysNode->size(); ++i) {
            const std::string pointer = std::string(keys::sshKeys) + "/" + std::to_string(i);
            if (!(*keysNode)[i].is_string() || hasErrorAt(pointer)) {
                continue;
            }
            auto key = parseSshPublicKey((*keysNode)[i].get<std::string>());
            if (!key) {
                error(key.error(), pointer);
                continue;
            }
            auto [it, inserted] = seen.emplace(key->identity(), i);
            if (!inserted) {
                warning(Error("config.ssh.duplicate")
                            .with("index", std::to_string(i))
                            .with("first", std::to_string(it->second))
                            .with("fingerprint", key->fingerprint()),
                        pointer);
            }
        }
    }

    void checkUdevRuleEntries() {
        const Json* rules = config_.find(keys::udevRules);
        if (rules == nullptr || !rules->is_object()) {
            return;
        }
        for (auto it = rules->begin(); it != rules->end(); ++it) {
            const std::string pointer = std::string(keys::udevRules) + "/" + pointerToken(it.key());
            if (auto e = checkUdevRuleName(it.key())) {
                error(std::move(*e), pointer);
                continue;
            }
            if (it.key().ends_with(".rules")) {
                warning(Error("config.udev.rules_suffix").with("name", it.key()), pointer);
            }
            if (!it.value().is_string() || hasErrorAt(pointer)) {
                continue;
            }
            if (auto e = config::checkUdevRules(it.value().get<std::string>())) {
                error(std::move(*e).with("name", it.key()), pointer);
            }
        }
    }

    void checkWarnings() {
        const auto dev = config_.developmentMode();
        const bool hasKeys = !config_.sshKeys().empty();
        if (dev.value_or(false) && !hasKeys && config_.isFleetConfig()) {
            warning(Error("config.warn.dev_mode_fleet_without_keys"),
                    std::string(keys::developmentMode));
        }
        if (dev.value_or(false) && hasKeys) {
            warning(Error("config.warn.dev_mode_with_keys"), std::string(keys::developmentMode));
        }
        if (context_.wifiNetworks > 0 && config_.find(keys::country) == nullptr) {
            warning(Error("config.warn.wifi_without_country")
                        .with("networks", std::to_string(context_.wifiNetworks)),
                    std::string(keys::country));
        }
        if (auto h = config_.hostname(); h && (*h == "localhost" || *h == "balena")) {
            warning(Error("config.warn.generic_hostname").with("value", *h),
                    std::string(keys::hostname));
        }
        if (auto i = config_.connectivityInterval(); i && *i == "0" && config_.connectivityUri()) {
            warning(Error("config.warn.connectivity_off_with_uri"),
                    std::string(keys::connectivityInterval));
        }
        if (auto dns = config_.dnsServers();
            dns && *dns == "null" && config_.find(keys::dnsServers) != nullptr) {
            warning(Error("config.warn.dns_null"), std::string(keys::dnsServers));
        }
    }

    static std::string contextToPointer(const std::vector<std::string>& context) {
        std::string pointer;
        for (const auto& part : context) {
            if (part.size() >= 2 && part.front() == '[' && part.back() == ']') {
                pointer += "/" + pointerToken(part.substr(1, part.size() - 2));
            }
        }
        return pointer;
    }

    // The schema has the last word on anything the checks above did not already report.
    void addSchemaErrors() {
        // One per thread, kept: it caches the std::regex of every "pattern" it has met, and
        // compiling those again for each document was a tenth of a configure (an edit
        // validates the document before and after).
        thread_local valijson::Validator validator;
        valijson::ValidationResults results;
        nlohmann::json plain = nlohmann::json::parse(config_.json().dump());
        valijson::adapters::NlohmannJsonAdapter target(plain);
        if (validator.validate(compiledSchema(), target, &results)) {
            return;
        }
        std::vector<std::pair<std::string, std::string>> found;
        for (const auto& e : results) {
            found.emplace_back(contextToPointer(e.context), e.description);
        }
        const auto covered = [&](const std::string& p) {
            for (const auto& r : reported_) {
                if (p == r || p.starts_with(r + "/") || r.starts_with(p + "/") ||
                    (p.empty() && !r.empty())) {
                    return true;
                }
            }
            return false;
        };
        std::vector<std::string> added;
        for (const auto& [pointer, description] : found) {
            bool ancestor = false;
            for (const auto& other : found) {
                ancestor = ancestor || (other.first.size() > pointer.size() &&
                                        other.first.starts_with(pointer + "/"));
            }
            if (ancestor || covered(pointer) ||
                std::find(added.begin(), added.end(), pointer) != added.end()) {
                continue;
            }
            added.push_back(pointer);
            issues_.push_back(
                {Severity::Error,
                 Error("config.schema").with("key", pointer).with("detail", description), false});
            issues_.back().error.pointer = pointer;
        }
    }

    const Config& config_;
    const ValidationContext& context_;
    std::vector<Issue> issues_;
    std::vector<std::string> reported_;
};

bool sameProblem(const Issue& a, const Issue& b) {
    if (a.error.code != b.error.code || a.error.pointer != b.error.pointer ||
        a.error.args.size() != b.error.args.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.error.args.size(); ++i) {
        if (a.error.args[i].name != b.error.args[i].name ||
            a.error.args[i].value != b.error.args[i].value) {
            return false;
        }
    }
    return true;
}

} // namespace

std::vector<Issue> validate(const Config& config, const ValidationContext& context) {
    return Checker(config, context).run();
}

std::vector<Issue> validateEdit(const Config& before, const Config& after,
                                const ValidationContext& context) {
    const auto old = validate(before, context);
    auto now = validate(after, context);
    for (auto& issue : now) {
        const bool wasThere = std::any_of(old.begin(), old.end(),
                                          [&](const Issue& o) { return sameProblem(o, issue); });
        if (wasThere) {
            issue.severity = Severity::Warning;
            issue.preexisting = true;
        }
    }
    std::stable_sort(now.begin(), now.end(), [](const Issue& a, const Issue& b) {
        return a.severity == Severity::Error && b.severity == Severity::Warning;
    });
    return now;
}

bool hasErrors(const std::vector<Issue>& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue& i) { return i.severity == Severity::Error; });
}

std::string schemaTypeAt(std::string_view pointer) {
    const nlohmann::json* node = &schemaDocument();
    std::size_t start = 1;
    while (!pointer.empty() && start <= pointer.size()) {
        const auto slash = pointer.find('/', start);
        std::string token(
            pointer.substr(start, slash == std::string_view::npos ? slash : slash - start));
        std::string key;
        for (std::size_t i = 0; i < token.size(); ++i) {
            if (token[i] == '~' && i + 1 < token.size()) {
                key += token[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                key += token[i];
            }
        }
        const nlohmann::json* resolved = resolve(node);
        const bool isArray = resolved != nullptr && resolved->value("type", "") == "array";
        node = child(resolved, key, isArray);
        if (node == nullptr) {
            return {};
        }
        if (slash == std::string_view::npos) {
            break;
        }
        start = slash + 1;
    }
    node = resolve(node);
    return node != nullptr ? node->value("type", "") : std::string();
}

} // namespace imprint::config
