// Messages for core/config: config.json text (json.*), its keys (config.*, hostname.*, url.*),
// SSH keys (sshkey.*) and udev rules (udev.*).
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> config() {
    static constexpr ErrorMessage table[] = {
        {"json.too_large",
         QT_TRANSLATE_NOOP("Errors", "The file is {size} bytes; config.json may be at most {limit} "
                                     "bytes. Check that you chose the right file.")},
        {"json.bom", QT_TRANSLATE_NOOP(
                         "Errors", "The file starts with a byte order mark (line 1, column 1), "
                                   "which the device cannot read. Save it as UTF-8 without BOM.")},
        {"json.syntax",
         QT_TRANSLATE_NOOP("Errors", "Not valid JSON at line {line}, column {column} (near "
                                     "\"{token}\"). Fix the text there; a JSON checker such as "
                                     "'jq .' shows the same place.")},
        {"json.truncated",
         QT_TRANSLATE_NOOP("Errors", "The JSON ends too early (line {line}, column {column}): a "
                                     "bracket, brace or quote is not closed. The file may be cut "
                                     "short; restore it from a good copy.")},
        {"json.duplicate_key",
         QT_TRANSLATE_NOOP("Errors", "The key \"{key}\" appears twice in the same object (second "
                                     "time at line {line}, column {column}). Keep only one.")},
        {"config.bad_key",
         QT_TRANSLATE_NOOP("Errors", "\"{key}\" is not a key: use a dotted path such as "
                                     "os.network.connectivity.uri or a JSON pointer such as "
                                     "/os/udevRules/99.")},
        {"config.not_an_object",
         QT_TRANSLATE_NOOP("Errors", "\"{key}\" is not a JSON object, so nothing can be set inside "
                                     "it. Fix or remove that value first.")},
        {"config.bad_index",
         QT_TRANSLATE_NOOP("Errors", "\"{key}\" is past the end of the list. Use an existing "
                                     "index, or \"-\" to append.")},
        {"config.wrong_type",
         QT_TRANSLATE_NOOP("Errors",
                           "must be a JSON {expected}, not a {actual} ({value}). Write it "
                           "without quotes for numbers and booleans, with quotes for "
                           "text.")},
        {"config.bad_value",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a {expected}, which {key} must be. "
                                     "Use --string or --json to force the type of a value.")},
        {"config.missing_key",
         QT_TRANSLATE_NOOP("Errors", "The required key \"{key}\" is missing. Start from the "
                                     "config.json of the image, which has it.")},
        {"config.schema",
         QT_TRANSLATE_NOOP("Errors", "does not match the config.json schema ({detail}). See "
                                     "'imprint schema' for what this key accepts.")},
        {"config.country.unknown",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not an ISO 3166-1 alpha-2 country code. Use "
                                     "two capital letters such as GB, US or DE (the United "
                                     "Kingdom is GB).")},
        {"config.country.lower_case",
         QT_TRANSLATE_NOOP("Errors",
                           "\"{value}\" must be in capital letters: use \"{suggestion}\".")},
        {"config.ntp.empty",
         QT_TRANSLATE_NOOP("Errors", "The NTP server list is empty. Give at least one host name or "
                                     "address, or remove the key to use only the defaults.")},
        {"config.ntp.bad_server",
         QT_TRANSLATE_NOOP("Errors", "\"{server}\" is neither a host name nor an IP address. "
                                     "Separate several servers with spaces.")},
        {"config.dns.empty",
         QT_TRANSLATE_NOOP("Errors", "The DNS server list is empty. Give IP addresses separated by "
                                     "spaces, the word null for none, or remove the key.")},
        {"config.dns.bad_server",
         QT_TRANSLATE_NOOP("Errors", "\"{server}\" is not an IPv4 or IPv6 address. DNS servers "
                                     "must be addresses (not names), separated by spaces, or the "
                                     "single word null.")},
        {"config.connectivity.bad_interval",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not a number of seconds. Use digits only, "
                                     "such as \"3600\"; \"0\" turns the check off.")},
        {"config.ssh.duplicate",
         QT_TRANSLATE_NOOP("Errors", "SSH key {index} is the same key as key {first} "
                                     "({fingerprint}). Remove one of them.")},
        {"config.udev.rules_suffix",
         QT_TRANSLATE_NOOP("Errors", "The rule name \"{name}\" ends in .rules; the device adds "
                                     ".rules itself, so the file would be \"{name}.rules\". Drop "
                                     "the suffix.")},
        {"config.warn.dev_mode_fleet_without_keys",
         QT_TRANSLATE_NOOP("Errors", "Development mode is on in a fleet configuration without SSH "
                                     "keys: anyone on the network gets root without a password. "
                                     "Turn it off, or add an SSH key.")},
        {"config.warn.dev_mode_with_keys",
         QT_TRANSLATE_NOOP("Errors", "Development mode is on and SSH keys are set: password-less "
                                     "login is refused, only these keys work. The engine API on "
                                     "port 2375 is still open.")},
        {"config.warn.wifi_without_country",
         QT_TRANSLATE_NOOP("Errors", "WiFi networks: {networks}, but no country: the WiFi "
                                     "driver's default may not allow your channels. Set the "
                                     "country (for example --country GB).")},
        {"config.warn.generic_hostname",
         QT_TRANSLATE_NOOP("Errors", "The host name \"{value}\" is generic and will clash on the "
                                     "network. Choose a name for this device.")},
        {"config.warn.connectivity_off_with_uri",
         QT_TRANSLATE_NOOP("Errors", "The connectivity check URL is set but the interval \"0\" "
                                     "turns the check off. Set an interval to use the URL.")},
        {"config.warn.dns_null",
         QT_TRANSLATE_NOOP("Errors", "dnsServers \"null\" adds no DNS server: the device relies on "
                                     "DHCP or its connection profiles alone for name resolution.")},
        {"hostname.empty", QT_TRANSLATE_NOOP("Errors", "The host name is empty. Give 1 to 63 "
                                                       "letters, digits or hyphens.")},
        {"hostname.too_long",
         QT_TRANSLATE_NOOP("Errors", "The host name \"{value}\" has {length} characters; at most "
                                     "63 are allowed.")},
        {"hostname.bad_character",
         QT_TRANSLATE_NOOP("Errors", "The host name \"{value}\" has \"{character}\" at position "
                                     "{position}: only letters, digits and hyphens are allowed "
                                     "(no dots, spaces or underscores).")},
        {"hostname.hyphen_at_end",
         QT_TRANSLATE_NOOP("Errors",
                           "The host name \"{value}\" starts or ends with a hyphen, which "
                           "is not allowed.")},
        {"url.bad_scheme",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" is not an http or https URL. Write it as "
                                     "https://host/path.")},
        {"url.no_host",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" has no valid host name. Write it as "
                                     "https://host/path.")},
        {"url.bad_character",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" contains spaces or control characters. Encode "
                                     "them (a space is %20).")},
        {"sshkey.empty", QT_TRANSLATE_NOOP("Errors", "The SSH key is empty. Paste the contents of "
                                                     "your .pub file.")},
        {"sshkey.multiple_lines",
         QT_TRANSLATE_NOOP("Errors", "The SSH key spans several lines. Give one key per entry, on "
                                     "one line.")},
        {"sshkey.unknown_type",
         QT_TRANSLATE_NOOP("Errors", "\"{type}\" is not a known SSH public key type. Use the .pub "
                                     "file (never the private key) of an ssh-ed25519, ssh-rsa or "
                                     "ecdsa-sha2-nistp256/384/521 key.")},
        {"sshkey.no_body",
         QT_TRANSLATE_NOOP("Errors", "The {type} key has no key data after its type. Copy the "
                                     "whole line of the .pub file.")},
        {"sshkey.bad_base64",
         QT_TRANSLATE_NOOP("Errors", "The data of the {type} key is not valid base64: it was "
                                     "probably cut or altered while copying. Copy the whole line "
                                     "again.")},
        {"sshkey.malformed",
         QT_TRANSLATE_NOOP("Errors", "The data of the {type} key is incomplete or damaged. Copy "
                                     "the whole line of the .pub file again.")},
        {"sshkey.type_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The key says it is {type} but its data is a \"{inner}\" key. "
                                     "Copy the line of the .pub file unchanged.")},
        {"sshkey.rsa_too_small",
         QT_TRANSLATE_NOOP("Errors", "This RSA key has {bits} bits; at least {minimum} are needed. "
                                     "Make a new key, for example with 'ssh-keygen -t ed25519'.")},
        {"sshkey.curve_mismatch",
         QT_TRANSLATE_NOOP("Errors", "The {type} key uses the curve {curve}, which does not match "
                                     "its type. Copy the line of the .pub file unchanged.")},
        {"udev.unknown_key",
         QT_TRANSLATE_NOOP("Errors",
                           "Rule \"{name}\", line {line}, column {column}: \"{key}\" is "
                           "not a udev key (such as KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, "
                           "RUN, SYMLINK). Check the spelling.")},
        {"udev.attribute_required",
         QT_TRANSLATE_NOOP("Errors", "Rule \"{name}\", line {line}, column {column}: {key} needs a "
                                     "name in braces, such as {key}{idVendor}.")},
        {"udev.attribute_not_allowed",
         QT_TRANSLATE_NOOP("Errors",
                           "Rule \"{name}\", line {line}, column {column}: {key} takes no "
                           "name in braces. Remove the braces.")},
        {"udev.unterminated_attribute",
         QT_TRANSLATE_NOOP("Errors", "Rule \"{name}\", line {line}, column {column}: the braces "
                                     "after {key} are empty or not closed.")},
        {"udev.bad_operator",
         QT_TRANSLATE_NOOP("Errors", "Rule \"{name}\", line {line}, column {column}: \"{text}\" is "
                                     "not a udev operator. Use ==, !=, =, +=, -= or :=.")},
        {"udev.unquoted_value",
         QT_TRANSLATE_NOOP("Errors", "Rule \"{name}\", line {line}, column {column}: the value of "
                                     "{key} must be in double quotes.")},
        {"udev.unterminated_value",
         QT_TRANSLATE_NOOP("Errors", "Rule \"{name}\", line {line}, column {column}: the quoted "
                                     "value of {key} is not closed. Add the closing \".")},
        {"udev.missing_comma",
         QT_TRANSLATE_NOOP("Errors", "Rule \"{name}\", line {line}, column {column}: separate the "
                                     "key-value pairs with commas.")},
        {"udev.empty_rule",
         QT_TRANSLATE_NOOP("Errors", "Rule \"{name}\" holds no rule, only comments or blank lines. "
                                     "Add a rule or remove the entry.")},
        {"udev.bad_name",
         QT_TRANSLATE_NOOP("Errors", "\"{name}\" cannot be a rule file name: use letters, digits, "
                                     "'.', '_' and '-' only, not starting with a dot (for example "
                                     "64-usb-serial).")},
    };
    return table;
}

} // namespace imprint::app::messages
