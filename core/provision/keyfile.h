// KeyFile: the GLib key-file format NetworkManager reads ([group], key=value), written with
// GLib's escaping so every value, pass phrases above all, reads back exactly.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace imprint::provision {

class KeyFile {
public:
    struct Group {
        std::string name;
        std::vector<std::pair<std::string, std::string>> entries; // unescaped values
    };

    // Adds (or extends) a group; keys keep the order they are set in.
    void set(const std::string& group, const std::string& key, const std::string& value);
    [[nodiscard]] std::optional<std::string> get(std::string_view group,
                                                 std::string_view key) const;
    [[nodiscard]] bool hasGroup(std::string_view group) const;
    [[nodiscard]] const std::vector<Group>& groups() const { return groups_; }

    // Text: groups separated by a blank line, values escaped as g_key_file_set_string does.
    [[nodiscard]] std::string toText() const;
    // Reads key-file text (comments and blank lines skipped, escapes undone). Lines that are
    // neither are ignored, as GLib's non-strict readers in NetworkManager do.
    static KeyFile parse(std::string_view text);

    // GLib's value escaping: \s for leading (and, to survive trimming, trailing) spaces,
    // \n \t \r \\ for the rest.
    static std::string escape(std::string_view value);
    static std::string unescape(std::string_view value);
    // The items of a list value ("8.8.8.8;1.1.1.1;"), empty ones left out.
    static std::vector<std::string> list(std::string_view value);

private:
    std::vector<Group> groups_;
};

} // namespace imprint::provision
