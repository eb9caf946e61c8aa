// Messages for core/provision: WiFi networks (wifi.*), the splash logo (logo.*), development
// mode notices (devmode.*), profiles (profile.*) and plans (plan.*).
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> provision() {
    static constexpr ErrorMessage table[] = {
        {"wifi.ssid_empty", QT_TRANSLATE_NOOP("Errors", "A WiFi network needs a name (SSID).")},
        {"wifi.ssid_too_long",
         QT_TRANSLATE_NOOP("Errors", "The WiFi name \"{ssid}\" is {length} bytes long; an SSID "
                                     "has at most 32 bytes. Check the name on the access point.")},
        {"wifi.psk_too_short",
         QT_TRANSLATE_NOOP("Errors", "The pass phrase of \"{ssid}\" has {length} characters; WPA "
                                     "needs 8 to 63. Check it; leave it out for an open network.")},
        {"wifi.psk_too_long",
         QT_TRANSLATE_NOOP("Errors", "The pass phrase of \"{ssid}\" has {length} characters; WPA "
                                     "takes 8 to 63, or a raw key of exactly 64 hex digits.")},
        {"wifi.psk_not_printable",
         QT_TRANSLATE_NOOP("Errors", "The pass phrase of \"{ssid}\" has a control character or "
                                     "broken text at character {position}. Type it again.")},
        {"wifi.bad_address",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" (network \"{ssid}\") is not an IPv4 address with "
                                     "a prefix length; write it like 192.168.1.50/24.")},
        {"wifi.bad_gateway",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" (network \"{ssid}\") is not a usable gateway: it "
                                     "must be an IPv4 address, set together with a static "
                                     "address.")},
        {"wifi.bad_dns",
         QT_TRANSLATE_NOOP("Errors", "\"{value}\" (network \"{ssid}\") is not an IP address.")},
        {"wifi.dns_without_address",
         QT_TRANSLATE_NOOP("Errors", "Network \"{ssid}\" has DNS servers but no static address. "
                                     "Set the address too, or use the dnsServers setting.")},
        {"wifi.bad_priority",
         QT_TRANSLATE_NOOP("Errors", "The priority {value} of network \"{ssid}\" is out of range "
                                     "(-999 to 999).")},
        {"logo.not_png",
         QT_TRANSLATE_NOOP("Errors", "The logo is not a PNG file (its first bytes are not the PNG "
                                     "signature). Convert it to PNG first.")},
        {"logo.truncated",
         QT_TRANSLATE_NOOP("Errors", "The PNG logo is cut short. Export or download it again.")},
        {"logo.no_ihdr",
         QT_TRANSLATE_NOOP("Errors", "The PNG logo has no header chunk where it must be. Export "
                                     "it again from an image editor.")},
        {"logo.bad_crc",
         QT_TRANSLATE_NOOP("Errors", "The PNG logo is damaged (checksum of its {chunk} chunk is "
                                     "wrong). Export or download it again.")},
        {"logo.bad_header",
         QT_TRANSLATE_NOOP("Errors", "The PNG logo's header names an impossible colour format. "
                                     "Export it again from an image editor.")},
        {"logo.bad_dimensions",
         QT_TRANSLATE_NOOP("Errors", "The logo is {width}x{height} pixels; each side must be 1 to "
                                     "{max}. Scale it down.")},
        {"logo.no_image_data",
         QT_TRANSLATE_NOOP("Errors", "The PNG logo has no image data. Export it again.")},
        {"logo.data_after_end",
         QT_TRANSLATE_NOOP("Errors", "The PNG logo has extra bytes after its end; it may be two "
                                     "files joined together. Export it again.")},
        {"logo.too_large",
         QT_TRANSLATE_NOOP("Errors", "The logo ({size} bytes) does not fit: the boot partition has "
                                     "room for {available} bytes, counting what the old logo "
                                     "frees. Use a smaller PNG.")},
        {"logo.unreadable",
         QT_TRANSLATE_NOOP("Errors", "The logo file \"{path}\" cannot be read ({reason}).")},
        {"devmode.opens",
         QT_TRANSLATE_NOOP("Errors", "Development mode opens the device: root login without a "
                                     "password over SSH (port 22222) and the serial console, and "
                                     "the container engine API on TCP port 2375. Use it only on "
                                     "a network you trust.")},
        {"devmode.keys_only",
         QT_TRANSLATE_NOOP("Errors", "SSH keys are set, so password-less login is refused: only "
                                     "those keys log in.")},
        {"devmode.closes",
         QT_TRANSLATE_NOOP("Errors", "Development mode off: SSH takes keys only, the engine API "
                                     "is closed.")},
        {"devmode.legacy_development",
         QT_TRANSLATE_NOOP("Errors", "This image is an old {variant} build: it stays open whatever "
                                     "config.json says. Use a production or unified image to "
                                     "close it.")},
        {"devmode.legacy_production",
         QT_TRANSLATE_NOOP("Errors", "This image is an old {variant}-only build: developmentMode "
                                     "has no effect on it. Use a development or unified image.")},
        {"profile.not_an_object",
         QT_TRANSLATE_NOOP("Errors", "A profile must be a JSON object ({...}).")},
        {"profile.wrong_type",
         QT_TRANSLATE_NOOP("Errors", "{key} must be a JSON {expected} in a profile.")},
        {"profile.missing_key", QT_TRANSLATE_NOOP("Errors", "{key} is required in a profile.")},
        {"profile.bad_value", QT_TRANSLATE_NOOP("Errors", "{key} must be one of: {allowed}.")},
        {"profile.duplicate_network",
         QT_TRANSLATE_NOOP("Errors", "The network \"{ssid}\" is listed twice; the device will have "
                                     "two connection files for it.")},
        {"profile.not_found",
         QT_TRANSLATE_NOOP("Errors", "No profile \"{name}\": give a file path or the name of a "
                                     "saved profile ({folder}).")},
        {"plan.no_config",
         QT_TRANSLATE_NOOP("Errors", "The boot partition has no {path}. Is this a balenaOS image? "
                                     "Write a config.json there first (imprint config inject).")},
        {"plan.refused",
         QT_TRANSLATE_NOOP("Errors", "Nothing was written: the changes have errors. Fix them and "
                                     "try again.")},
        {"plan.backup_failed",
         QT_TRANSLATE_NOOP("Errors", "Could not save the old file to {path} ({reason}); nothing "
                                     "was changed. Choose another folder with --backup DIR.")},
        {"plan.changed_meanwhile",
         QT_TRANSLATE_NOOP("Errors", "{path} changed on the boot partition after the plan was "
                                     "made; nothing was written. Run the command again.")},
        {"plan.verify_failed",
         QT_TRANSLATE_NOOP("Errors", "{path} does not read back as written. The medium may be "
                                     "failing; the old files are in the backup folder.")},
        // Values of {reason}, {detail} and {what}: the words that fill a message above.
        {"plan.no_backup_folder", QT_TRANSLATE_NOOP("Errors", "no folder for the old files")},
    };
    return table;
}

} // namespace imprint::app::messages
