#include "core/config/config.h"

#include <charconv>

namespace imprint::config {
namespace {

// The unescaped tokens of a JSON pointer ("/a~1b/c" -> {"a/b", "c"}).
std::vector<std::string> tokens(std::string_view pointer) {
    std::vector<std::string> out;
    if (pointer.empty()) {
        return out;
    }
    std::size_t start = 1;
    while (true) {
        const auto slash = pointer.find('/', start);
        std::string_view raw =
            pointer.substr(start, slash == std::string_view::npos ? slash : slash - start);
        std::string token;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size()) {
                token += raw[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                token += raw[i];
            }
        }
        out.push_back(std::move(token));
        if (slash == std::string_view::npos) {
            break;
        }
        start = slash + 1;
    }
    return out;
}

std::optional<std::size_t> arrayIndex(const std::string& token) {
    if (token.empty() || (token.size() > 1 && token[0] == '0')) {
        return std::nullopt;
    }
    std::size_t v = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), v);
    if (ec != std::errc() || end != token.data() + token.size()) {
        return std::nullopt;
    }
    return v;
}

// The node at a JSON pointer in a const or mutable document, or nullptr.
template <typename J>
J* findNode(J& root, std::string_view pointer) {
    J* node = &root;
    for (const auto& token : tokens(pointer)) {
        if (node->is_object()) {
            auto it = node->find(token);
            if (it == node->end()) {
                return nullptr;
            }
            node = &*it;
        } else if (node->is_array()) {
            const auto index = arrayIndex(token);
            if (!index || *index >= node->size()) {
                return nullptr;
            }
            node = &(*node)[*index];
        } else {
            return nullptr;
        }
    }
    return node;
}

void mergeInto(Json& target, const Json& patch) {
    if (!patch.is_object() || !target.is_object()) {
        target = patch;
        return;
    }
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        auto existing = target.find(it.key());
        if (existing == target.end()) {
            target[it.key()] = it.value();
        } else {
            mergeInto(*existing, it.value());
        }
    }
}

void maskInto(Json& value, const std::string& pointer) {
    if (isSecretPointer(pointer) && !value.is_object()) {
        value = "********";
        return;
    }
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            maskInto(it.value(), pointer + "/" + pointerToken(it.key()));
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i) {
            maskInto(value[i], pointer + "/" + std::to_string(i));
        }
    }
}

} // namespace

Result<Config> Config::parse(std::string_view text) {
    auto document = parseJson(text);
    if (!document) {
        return std::move(document).takeError();
    }
    if (!document->is_object()) {
        return Error("config.not_an_object").with("key", "/").atPointer("");
    }
    return Config(std::move(document).value());
}

const Json* Config::find(std::string_view pointer) const { return findNode(json_, pointer); }

Result<void> Config::set(std::string_view pointer, Json value) {
    const auto path = tokens(pointer);
    if (path.empty()) {
        return Error("config.bad_key").with("key", std::string(pointer));
    }
    Json* node = &json_;
    std::string walked;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const bool last = i + 1 == path.size();
        const auto& token = path[i];
        if (node->is_array()) {
            const auto index =
                token == "-" ? std::optional<std::size_t>(node->size()) : arrayIndex(token);
            if (!index || *index > node->size()) {
                return Error("config.bad_index")
                    .with("key", walked + "/" + token)
                    .atPointer(walked + "/" + token);
            }
            if (*index == node->size()) {
                node->push_back(last ? std::move(value) : Json::object());
                node = &node->back();
            } else {
                node = &(*node)[*index];
                if (last) {
                    *node = std::move(value);
                }
            }
        } else if (node->is_object()) {
            auto it = node->find(token);
            if (it == node->end()) {
                node = &((*node)[token] = last ? std::move(value) : Json::object());
            } else {
                node = &*it;
                if (last) {
                    *node = std::move(value);
                }
            }
        } else {
            return Error("config.not_an_object")
                .with("key", walked.empty() ? "/" : walked)
                .atPointer(walked);
        }
        walked += "/" + pointerToken(token);
    }
    return {};
}

bool Config::unset(std::string_view pointer) {
    auto path = tokens(pointer);
    if (path.empty()) {
        return false;
    }
    const std::string last = path.back();
    path.pop_back();
    std::string parentPointer;
    for (const auto& t : path) {
        parentPointer += "/" + pointerToken(t);
    }
    Json* parent = findNode(json_, parentPointer);
    if (parent == nullptr) {
        return false;
    }
    if (parent->is_object()) {
        return parent->erase(last) > 0;
    }
    if (parent->is_array()) {
        const auto index = arrayIndex(last);
        if (!index || *index >= parent->size()) {
            return false;
        }
        parent->erase(*index);
        return true;
    }
    return false;
}

void Config::merge(const Json& patch) { mergeInto(json_, patch); }

std::optional<std::string> Config::string(std::string_view pointer) const {
    const Json* v = find(pointer);
    if (v == nullptr || !v->is_string()) {
        return std::nullopt;
    }
    return v->get<std::string>();
}

std::optional<bool> Config::boolean(std::string_view pointer) const {
    const Json* v = find(pointer);
    if (v == nullptr || !v->is_boolean()) {
        return std::nullopt;
    }
    return v->get<bool>();
}

std::vector<std::string> Config::sshKeys() const {
    std::vector<std::string> out;
    const Json* v = find(keys::sshKeys);
    if (v != nullptr && v->is_array()) {
        for (const auto& item : *v) {
            if (item.is_string()) {
                out.push_back(item.get<std::string>());
            }
        }
    }
    return out;
}

void Config::setSshKeys(const std::vector<std::string>& lines) {
    Json array = Json::array();
    for (const auto& l : lines) {
        array.push_back(l);
    }
    (void)set(keys::sshKeys, std::move(array));
}

std::vector<std::pair<std::string, std::string>> Config::udevRules() const {
    std::vector<std::pair<std::string, std::string>> out;
    const Json* v = find(keys::udevRules);
    if (v != nullptr && v->is_object()) {
        for (auto it = v->begin(); it != v->end(); ++it) {
            if (it.value().is_string()) {
                out.emplace_back(it.key(), it.value().get<std::string>());
            }
        }
    }
    return out;
}

void Config::setUdevRule(const std::string& name, const std::string& text) {
    (void)set(std::string(keys::udevRules) + "/" + pointerToken(name), text);
}

bool Config::removeUdevRule(const std::string& name) {
    return unset(std::string(keys::udevRules) + "/" + pointerToken(name));
}

bool Config::isFleetConfig() const {
    return find(keys::apiKey) != nullptr || find(keys::applicationId) != nullptr;
}

bool isSecretPointer(std::string_view pointer) {
    return pointer == "/apiKey" || pointer == "/deviceApiKey" || pointer == "/deviceApiKeys" ||
           pointer.starts_with("/deviceApiKeys/") || pointer == "/mixpanelToken";
}

Json maskSecrets(const Json& document) {
    Json copy = document;
    maskInto(copy, "");
    return copy;
}

} // namespace imprint::config
