// Messages for the "batch.*" errors of imprint batch (app/common/batch): manifests, templates,
// device rows and results.
#include "app/common/errortext.h"

#include <QtGlobal>

namespace imprint::app::messages {

std::span<const ErrorMessage> batch() {
    static constexpr ErrorMessage table[] = {
        {"batch.manifest_unreadable",
         QT_TRANSLATE_NOOP("Errors", "Cannot read the manifest {path}: {reason}. Check the path "
                                     "and that the file is readable.")},
        {"batch.manifest_empty",
         QT_TRANSLATE_NOOP("Errors", "The manifest {path} lists no devices. Give a CSV file with a "
                                     "header row and one row per device, or a JSON array of "
                                     "objects.")},
        {"batch.csv_quote",
         QT_TRANSLATE_NOOP("Errors", "The manifest has a quoted field that never ends, in the "
                                     "record starting on line {line}. Close the quote with \".")},
        {"batch.csv_fields",
         QT_TRANSLATE_NOOP("Errors", "Row {row} (line {line}) of the manifest has {actual} fields "
                                     "but the header has {expected}. Quote fields that contain "
                                     "commas.")},
        {"batch.csv_duplicate_column",
         QT_TRANSLATE_NOOP("Errors", "The manifest has the column {column} twice. Keep one.")},
        {"batch.json_invalid",
         QT_TRANSLATE_NOOP("Errors", "The manifest {path} is not valid JSON: {detail}. A JSON "
                                     "manifest is an array of objects, one per device.")},
        {"batch.json_row",
         QT_TRANSLATE_NOOP("Errors", "Row {row} of the manifest is not a JSON object. Give each "
                                     "device as {\"hostname\": ..., ...}.")},
        {"batch.json_value",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: the value is a JSON array or "
                                     "object. Give text, a number or true/false.")},
        {"batch.unknown_column",
         QT_TRANSLATE_NOOP("Errors",
                           "The manifest has an unknown column {column}. Columns are "
                           "hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, "
                           "dev_mode and config.<key> (for example config.persistentLogging).")},
        {"batch.bad_template",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: \"{template}\" has a placeholder "
                                     "that is not known. Use {index}, {index:03}, {uuid} or "
                                     "{row.<another column>}.")},
        {"batch.bad_bool",
         QT_TRANSLATE_NOOP("Errors",
                           "Row {row}, column {column}: \"{value}\" is not true or false.")},
        {"batch.bad_uuid",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: \"{value}\" is not a device uuid "
                                     "(32 to 62 lower-case hex digits). Leave it empty to have one "
                                     "generated.")},
        {"batch.address_missing",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: give the device's address "
                                     "(ip_address, like 192.168.1.50/24) too, or leave it "
                                     "empty.")},
        {"batch.no_connection",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: the profile has no connection "
                                     "named \"{value}\".")},
        {"batch.which_connection",
         QT_TRANSLATE_NOOP("Errors", "Row {row}: the profile has several wired connections; say "
                                     "which one takes the address in the ip_connection column.")},
        {"batch.psk_without_ssid",
         QT_TRANSLATE_NOOP("Errors",
                           "Row {row} has a wifi_psk but no wifi_ssid. Give the network's "
                           "name too, or leave both empty.")},
        {"batch.ssh_key",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: {reason}. Give the key's text "
                                     "(\"ssh-ed25519 AAAA...\") or the path of a .pub file.")},
        {"batch.bad_config_value",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: the value cannot be set at that "
                                     "path of config.json (a parent key is not an object).")},
        {"batch.duplicate",
         QT_TRANSLATE_NOOP("Errors", "Row {row}, column {column}: \"{value}\" is already used by "
                                     "row {first_row}. Every device needs its own.")},
        {"batch.report_unreadable",
         QT_TRANSLATE_NOOP("Errors", "Cannot resume from {path}: {reason}. Run without --resume "
                                     "to start over.")},
        {"batch.out_failed",
         QT_TRANSLATE_NOOP("Errors", "Cannot write to {path}: {reason}. Check the folder exists "
                                     "and is writable.")},
        {"flash.target_profile_order",
         QT_TRANSLATE_NOOP("Errors",
                           "--target-profile {profile} must follow the --to it is for, "
                           "one per --to. Use --profile for a profile every target gets.")},
        {"batch.compress_failed",
         QT_TRANSLATE_NOOP("Errors", "Compressing {path} with {tool} failed: {detail}. Check that "
                                     "the disk has room and is writable.")},
        // Values of {reason}, {detail} and {what}: the words that fill a message above.
        {"batch.not_key_or_file",
         QT_TRANSLATE_NOOP("Errors", "neither a public key nor a readable file")},
        {"batch.not_array_of_objects", QT_TRANSLATE_NOOP("Errors", "not an array of objects")},
        {"batch.larger_than_64_mib", QT_TRANSLATE_NOOP("Errors", "larger than 64 MiB")},
        {"batch.cannot_create_folder", QT_TRANSLATE_NOOP("Errors", "the folder cannot be created")},
        {"batch.encoder_not_started", QT_TRANSLATE_NOOP("Errors", "the encoder cannot start")},
        {"batch.encoder_failed",
         QT_TRANSLATE_NOOP("Errors", "the encoder failed (error {status})")},
    };
    return table;
}

} // namespace imprint::app::messages
