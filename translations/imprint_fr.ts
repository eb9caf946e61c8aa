<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="+160"/>
        <source>Compare and sort balenaOS versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+35"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="+377"/>
        <source>Read, edit and validate config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="+270"/>
        <source>Configure a boot partition: config.json, WiFi, SSH keys, logo...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="+89"/>
        <source>Download an image (resume, checksum, cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="+88"/>
        <source>List the drives that can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="+342"/>
        <source>Write an image to drives or image files, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="+183"/>
        <source>List, read and change files on a boot partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="+136"/>
        <source>its GPT name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its filesystem label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds device-type.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing better: partition 1 is a guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole device is one FAT filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is the directory given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Show partitions, the boot partition and the OS of an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_schema.cpp" line="+17"/>
        <source>Print the JSON Schema (draft 7) of config.json to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;schema&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the JSON Schema of config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/support/progressline.cpp" line="+41"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurePage</name>
    <message>
        <location filename="../app/gui/configureextras.cpp" line="+43"/>
        <source>udev rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 64-usb-serial (becomes /etc/udev/rules.d/&lt;name&gt;.rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Current logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose a PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the current logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the boot logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PNG image. The boot splash shows PNG files only: convert it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Imprint profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/configureforms.cpp" line="+40"/>
        <source>Host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the first 7 characters of the device&apos;s UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device answers to &lt;name&gt;.local on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Development mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For work on your desk only: anyone on the network can log in as root without a password and control the container engine. With SSH keys set, only the keys work. Leave it off for devices in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep logs across reboots (persistent logging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>WiFi networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a WiFi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected WiFi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected WiFi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WiFi networks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (WPA, pass phrase set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>WiFi country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two letters, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi rules of the country the device is in (channels and power).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1.1.1.1 9.9.9.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;NS servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your network&apos;s servers plus 8.8.8.8. The word null: only your network&apos;s servers. Addresses separated by spaces: those instead of 8.8.8.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NTP servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra time servers, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;TP servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;random MAC address while scanning for WiFi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The device checks now and then that it really reaches the internet. Leave these empty for balena&apos;s own check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.org/check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3600; 0 turns the check off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: HTTP 204 or an empty page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;response:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the connectivity check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an http:// or https:// address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Good: HTTP %1, the answer the device expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, but not the expected answer: the device would think it is behind a login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSH public keys that may log in (port 22222), one per line. Paste them or import yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH public keys, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from ~/.ssh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validity of each key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Valid: %1, %2 bits, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import SSH public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/configurepage.cpp" line="+29"/>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity c&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;udev rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Splash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Advanced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resulting config.json. Edit it directly: every change is checked as you type, and the forms follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These files of the boot partition change when you write. Nothing else on the image is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files that change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New content of the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new PNG image of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(nothing changes yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/common/errortext.cpp" line="+38"/>
        <source>Unexpected error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/messages/version.cpp" line="+10"/>
        <source>The version is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{input}&quot; is not a version: the {part} number is missing at character {position} (expected X.Y.Z, for example 2.0.0 or 2.0.0+rev1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} part &quot;{text}&quot; at character {position} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: it has more than three numbers (character {position}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label after &quot;-&quot; is empty (character {position}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label &quot;{text}&quot; at character {position} must be letters followed by an optional number, such as beta1 or rc2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: &quot;+{text}&quot; at character {position} must be a board revision such as +rev1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: unexpected &quot;{text}&quot; at character {position}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/messages/config.cpp" line="+12"/>
        <source>The file is {size} bytes; config.json may be at most {limit} bytes. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file starts with a byte order mark (line 1, column 1), which the device cannot read. Save it as UTF-8 without BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid JSON at line {line}, column {column} (near &quot;{token}&quot;). Fix the text there; a JSON checker such as &apos;jq .&apos; shows the same place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON ends too early (line {line}, column {column}): a bracket, brace or quote is not closed. The file may be cut short; restore it from a good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;{key}&quot; appears twice in the same object (second time at line {line}, column {column}). Keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is not a key: use a dotted path such as os.network.connectivity.uri or a JSON pointer such as /os/udevRules/99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{key}&quot; is not a JSON object, so nothing can be set inside it. Fix or remove that value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is past the end of the list. Use an existing index, or &quot;-&quot; to append.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON {expected}, not a {actual} ({value}). Write it without quotes for numbers and booleans, with quotes for text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{value}&quot; is not a {expected}, which {key} must be. Use --string or --json to force the type of a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The required key &quot;{key}&quot; is missing. Start from the config.json of the image, which has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not match the config.json schema ({detail}). See &apos;imprint schema&apos; for what this key accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; is not an ISO 3166-1 alpha-2 country code. Use two capital letters such as GB, US or DE (the United Kingdom is GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; must be in capital letters: use &quot;{suggestion}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NTP server list is empty. Give at least one host name or address, or remove the key to use only the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is neither a host name nor an IP address. Separate several servers with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DNS server list is empty. Give IP addresses separated by spaces, the word null for none, or remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is not an IPv4 or IPv6 address. DNS servers must be addresses (not names), separated by spaces, or the single word null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not a number of seconds. Use digits only, such as &quot;3600&quot;; &quot;0&quot; turns the check off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH key {index} is the same key as key {first} ({fingerprint}). Remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule name &quot;{name}&quot; ends in .rules; the device adds .rules itself, so the file would be &quot;{name}.rules&quot;. Drop the suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on in a fleet configuration without SSH keys: anyone on the network gets root without a password. Turn it off, or add an SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on and SSH keys are set: password-less login is refused, only these keys work. The engine API on port 2375 is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{networks} WiFi network(s) but no country: the WiFi driver&apos;s default may not allow your channels. Set the country (for example --country GB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; is generic and will clash on the network. Choose a name for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connectivity check URL is set but the interval &quot;0&quot; turns the check off. Set an interval to use the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dnsServers &quot;null&quot; adds no DNS server: the device relies on DHCP or its connection profiles alone for name resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name is empty. Give 1 to 63 letters, digits or hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has {length} characters; at most 63 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has &quot;{character}&quot; at position {position}: only letters, digits and hyphens are allowed (no dots, spaces or underscores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; starts or ends with a hyphen, which is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not an http or https URL. Write it as https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; has no valid host name. Write it as https://host/path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; contains spaces or control characters. Encode them (a space is %20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH key is empty. Paste the contents of your .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH key spans several lines. Give one key per entry, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{type}&quot; is not a known SSH public key type. Use the .pub file (never the private key) of an ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {type} key has no key data after its type. Copy the whole line of the .pub file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data of the {type} key is not valid base64: it was probably cut or altered while copying. Copy the whole line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data of the {type} key is incomplete or damaged. Copy the whole line of the .pub file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says it is {type} but its data is a &quot;{inner}&quot; key. Copy the line of the .pub file unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This RSA key has {bits} bits; at least {minimum} are needed. Make a new key, for example with &apos;ssh-keygen -t ed25519&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {type} key uses the curve {curve}, which does not match its type. Copy the line of the .pub file unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{key}&quot; is not a udev key (such as KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, RUN, SYMLINK). Check the spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} needs a name in braces, such as {key}{idVendor}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} takes no name in braces. Remove the braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the braces after {key} are empty or not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{text}&quot; is not a udev operator. Use ==, !=, =, +=, -= or :=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the value of {key} must be in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the quoted value of {key} is not closed. Add the closing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: separate the key-value pairs with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot; holds no rule, only comments or blank lines. Add a rule or remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{name}&quot; cannot be a rule file name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, not starting with a dot (for example 64-usb-serial).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/messages/disk.cpp" line="+12"/>
        <source>Cannot open {path}: {reason}. Check the path and that you may read (and, to change it, write) it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {path} failed: {reason}. The file or drive may be damaged or was removed; try again or use another copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {path} failed: {reason}. Check that the drive is still connected and not write-protected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is open read-only, so nothing was changed. Check the write-protect switch and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A read or write of {length} bytes at byte {offset} falls outside the device ({size} bytes): the data on it is inconsistent. Use a complete, undamaged image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partition table (MBR or GPT) was found. Is this a balenaOS image? Compressed images must be decompressed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table type &quot;{kind}&quot; is not supported; only MBR and GPT are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} ends at byte {end}, past the end of the device ({size} bytes): the image is truncated or the table is damaged, so nothing on it will be changed. Use a complete image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a FAT filesystem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The FAT boot sector is damaged: {field} is {value}. Check the volume with fsck.fat or use a fresh image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT filesystem claims {volume} bytes but its partition has only {range}: the image is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: cluster {cluster} links to {value}, outside the volume. Repair it with fsck.fat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} ends in a free cluster. Repair it with fsck.fat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} runs into a cluster marked bad. Repair it with fsck.fat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain starting at cluster {cluster} loops. Repair it with fsck.fat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} claims {size} bytes but its clusters hold less: the volume is damaged. Repair it with fsck.fat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory entry &quot;{name}&quot; points to cluster {cluster}, outside the volume. Repair it with fsck.fat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A directory (cluster {cluster}) is larger than FAT allows: the volume is damaged. Repair it with fsck.fat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory is full (65536 entries). Remove some files from it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root directory of this FAT12/FAT16 volume has no free entry left. Remove files from it or use a subdirectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough space for {path}: {needed} bytes needed, {free} free. Remove files from the partition first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large for FAT (4 GiB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a directory; give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists; remove it first or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty; remove what is inside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{name}&quot; cannot be a FAT file name ({reason}): names have 1 to 255 characters, none of &quot; * / : &lt; &gt; ? \ | or control characters, and do not end in a dot or space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No short name is left for this file in its directory; use a more distinct name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root directory cannot be removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be moved into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No boot partition was found (no resin-boot, flash-boot or balena-boot partition, no FAT partition with device-type.json, no partition 1). Name one with --partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no partition {number} holding a filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} is not a FAT filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/messages/download.cpp" line="+11"/>
        <source>&quot;{url}&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered {status} {reason} for {url}. Check the address; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to {url} failed: {detail}. Check the address, the computer&apos;s clock and its trusted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not download {url}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of {url} stopped at byte {received} of {total} after {attempts} attempts. Run the same command again to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file downloaded from {url} has SHA-256 {actual}, not the expected {expected}: it was deleted. Check the checksum or the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download of {url} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/messages/flasher.cpp" line="+12"/>
        <source>lsblk printed something that is not JSON: check that util-linux 2.33 or newer is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lsblk&apos;s JSON has no &quot;{missing}&quot;: check that util-linux 2.33 or newer is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the drives with lsblk ({detail}): install util-linux, or name the device directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a drive on this computer: run &apos;imprint drives --all&apos; to see the drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a partition of {drive}: name the whole drive ({drive}) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds the running system ({mountpoint} is on it): it is never written. Choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds {source}, which is being read: copy the file to another drive first, or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only: slide the card&apos;s write-protect switch to unlocked and insert it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} has no medium (its size is 0): insert a card into the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too small: it holds {size} but the image needs {needed}. Use a larger drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is unusually large ({size}) for a device card: make sure it is not a backup or data disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is in use: {mountpoints} mounted from it. Unmount it (or close what uses it) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the image {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image {path} is empty: download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the image {path} failed: {detail}. Check the drive it is on, or copy it elsewhere and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {format} image {path} ends too early, at byte {offset} (after {output_offset} bytes of image): the download is incomplete. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {format} image {path} is damaged at byte {offset} (after {output_offset} bytes of image): {detail}. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image in {path} should hold {expected} bytes but holds {actual}: the archive is damaged. Download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a readable zip file ({detail}, at byte {offset}): the download may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds no file: choose the image itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds several files ({names}): unpack it and choose the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is encrypted: unpack it with its password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is compressed with zip method {method}, which Imprint cannot read: unpack it first, or use a .zip made with deflate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the block map {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block map {path} is not a valid .bmap file ({detail}): make it again with &apos;bmaptool create&apos;, or flash without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} has format version {version}, which Imprint does not know: flash without --bmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} was changed after it was made (its own checksum does not match): download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image does not match its block map: the {length} bytes at byte {offset} have another checksum. The image or the .bmap file is damaged or they do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The block map is for an image of {expected} bytes, but the image holds {actual}: use the .bmap made for this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open {name} for writing: {detail}. If it is a drive, check that nothing uses it and that you may write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds {size} bytes but the image needs {needed}: use a larger drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name} failed at byte {offset}: {detail}. The drive may be failing or was removed; try another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading back {name} failed at byte {offset}: {detail}. The drive may be failing or was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flushing {name} failed: {detail}. The data may not all be on the drive; try again or use another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verification of {name} failed: the {length} bytes at byte {offset} read back differently from what was written. The drive is unreliable or fake; use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {name} was cancelled; it is left unbootable (its first MiB is blank). Write it again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configuration change for {name} at byte {offset} lies outside the image: the image and its configuration do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/messages/profiles.cpp" line="+11"/>
        <source>&quot;{name}&quot; cannot be a profile name. Use 1 to 64 characters without a slash, not starting with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no profile called &quot;{name}&quot;. Check the name in the list of saved profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile called &quot;{name}&quot; exists already. Choose another name or delete that profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile file {path} cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile cannot be saved to {path}: {reason}. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a profile: it is not a JSON object. Choose a file exported by Imprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/common/messages/provision.cpp" line="+11"/>
        <source>A WiFi network needs a name (SSID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi name &quot;{ssid}&quot; is {length} bytes long; an SSID has at most 32 bytes. Check the name on the access point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA needs 8 to 63. Check it; leave it out for an open network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA takes 8 to 63, or a raw key of exactly 64 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has a control character or broken text at character {position}. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IPv4 address with a prefix length; write it like 192.168.1.50/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not a usable gateway: it must be an IPv4 address, set together with a static address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network &quot;{ssid}&quot; has DNS servers but no static address. Set the address too, or use the dnsServers setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The priority {value} of network &quot;{ssid}&quot; is out of range (-999 to 999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is not a PNG file (its first bytes are not the PNG signature). Convert it to PNG first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is cut short. Export or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has no header chunk where it must be. Export it again from an image editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is damaged (checksum of its {chunk} chunk is wrong). Export or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo&apos;s header names an impossible colour format. Export it again from an image editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is {width}x{height} pixels; each side must be 1 to {max}. Scale it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo has no image data. Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has extra bytes after its end; it may be two files joined together. Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo ({size} bytes) does not fit: the boot partition has room for {available} bytes, counting what the old logo frees. Use a smaller PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo file &quot;{path}&quot; cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development mode opens the device: root login without a password over SSH (port 22222) and the serial console, and the container engine API on TCP port 2375. Use it only on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH keys are set, so password-less login is refused: only those keys log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Development mode off: SSH takes keys only, the engine API is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image is an old {variant} build: it stays open whatever config.json says. Use a production or unified image to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is an old {variant}-only build: developmentMode has no effect on it. Use a development or unified image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile must be a JSON object ({...}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be a JSON {expected} in a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is required in a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network &quot;{ssid}&quot; is listed twice; the device will have two connection files for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profile &quot;{name}&quot;: give a file path or the name of a saved profile ({folder}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The boot partition has no {path}. Is this a balenaOS image? Write a config.json there first (imprint config inject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written: the changes have errors. Fix them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the old file to {path} ({reason}); nothing was changed. Choose another folder with --backup DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} changed on the boot partition after the plan was made; nothing was written. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} does not read back as written. The medium may be failing; the old files are in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+30"/>
        <source>Flash and configure balenaOS images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a profile file once the image is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start at a step: image, configure, plan or write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/textformat.cpp" line="+9"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/writepage.cpp" line="+36"/>
        <source>system drive: never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagePage</name>
    <message>
        <location filename="../app/gui/imagepage.cpp" line="+32"/>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;demo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the demo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo image is not built. Build it with: cmake --build build --target demo_image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configure a &amp;mounted boot folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure a mounted boot folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the boot partition of a card your desktop has mounted, without flashing (Configure only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or drop an image file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+149"/>
        <source>Do&amp;wnload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Download the image URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Current logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a balenaOS image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the mounted boot partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development: open SSH and console login without a password, for work on your desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production: no login without an SSH key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s): %1; %2 network file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, boot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+28"/>
        <source>Imprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;1. Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2. Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3. Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step 2: Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3: Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 is ready to configure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a balenaOS image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language changes when Imprint starts the next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WifiDialog</name>
    <message>
        <location filename="../app/gui/wifidialog.cpp" line="+15"/>
        <source>WiFi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name (SSID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty for an open network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show pass phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hidden network (does not broadcast its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name (SSID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass phrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../app/gui/writepage.cpp" line="+9"/>
        <source>Configure only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;changes in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes into the opened image itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all drives, including system drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Image file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify after writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write to an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show system drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System drives hold this computer&apos;s own files; writing one destroys them. Type SHOW to list them anyway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Write the changes straight into %1 without flashing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n system drive(s) hidden.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fix the problems listed in Configure first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a drive or an image file to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/s, %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Saved %n file(s) into the image.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::app</name>
    <message>
        <location filename="../app/common/config/configtext.cpp" line="+43"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(already there before this change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No changes: the boot partition already holds all of this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create  %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace %1 (%2 -&gt; %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove  %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files replaced or removed are saved first to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="-126"/>
        <source>&apos;version compare&apos; takes exactly two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;version parse&apos; takes exactly one version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare, sort and parse balenaOS versions (X.Y.Z[-label][+revN]).

  compare A B         print &lt;, = or &gt; 
  sort [VERSION...]   print the versions (or stdin&apos;s lines) in ascending order
  parse VERSION       print the version in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the result as JSON (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare, sort or parse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;version&apos; needs an action: compare, sort or parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use compare, sort or parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="-276"/>
        <source>Nothing was written: the change has errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change: config.json already holds this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the old file to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Read and edit config.json in a config.json file, an image file, a drive or a mounted boot directory.

  get TARGET KEY          print a value (strings raw, the rest as JSON)
  set TARGET KEY VALUE    set a value (typed as the schema says)
  unset TARGET KEY        remove a key
  validate TARGET         check against the schema and the semantic rules
  show TARGET             print the whole file
  inject TARGET FILE      deep-merge FILE into config.json (--replace: replace it)

KEY is a dotted path (os.network.connectivity.uri) or a JSON pointer (/os/udevRules/99).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>set: VALUE is JSON. get/show/validate: print JSON (see app/cli/json/config.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set: VALUE is a string, whatever the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print apiKey and other secrets as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inject: replace config.json instead of merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the change, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save replaced files to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not ask (this command never asks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get, set, unset, validate, show or inject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config.json, image, drive or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY [VALUE] or FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;config&apos; needs an action: get, set, unset, validate, show or inject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use get, set, unset, validate, show or inject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;config %1&apos; takes %2 argument(s); see &apos;imprint config --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--json and --string exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is not set; nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="-210"/>
        <source>Each --wifi-psk must follow its own --wifi SSID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Configure the boot partition of an image file, a drive or a mounted boot directory: config.json, WiFi networks, SSH keys, udev rules, splash logo and development mode. Prints the plan, saves the files it replaces, writes, and reads everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>image file, drive or mounted boot directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;configure&apos; takes exactly one TARGET; see &apos;imprint configure --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--dev and --no-dev exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--persistent-logging and --no-persistent-logging exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--random-mac-scan takes true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--udev-rule takes NAME=FILE, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nothing was written: fix the errors above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Done: %1 file(s) written and read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="-67"/>
        <source>Download an image over http(s) with progress, resume and a checksum. Without -o the file goes to the download cache and its path is printed; a second run reuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to FILE instead of the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the file unless its SHA-256 is HEX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download again even when the cache has the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON (see app/cli/json/download.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;download&apos; takes exactly one URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--sha256 needs 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="-58"/>
        <source>List the drives that can be written, with Imprint&apos;s safety verdict.
The drive holding the running system is hidden unless --all is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the list as JSON (see app/cli/json/drives.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the system drive, loop devices and empty readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;drives&apos; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No drives found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drives found (use --all to include the system drive and loop devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="-307"/>
        <source> [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 exists and will be overwritten. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists: not overwritten (use --yes to overwrite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything on %1 (%2 %3) will be erased. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 not written: confirm with --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not unmount %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Write an image (raw, .gz, .xz, .zst, .bz2 or a .zip holding one image) to drives or image files, all at once from one decompression, verified.
A TARGET under /dev is a drive (checked for safety: never the system drive); any other path is an image file. A .bmap beside the image is used when present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A drive or image file to write (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this bmaptool block map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignore a .bmap beside the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not read back what was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress and result as JSON lines (see app/cli/json/flash.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;flash&apos; needs one SOURCE and at least one --to TARGET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Using the block map %1 (%2 of %3 hold data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: written and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: written (not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="-140"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Read and change files on a boot partition without mounting it.

  ls TARGET [PATH]          list a directory (default: the root)
  cat TARGET PATH           write a file to stdout
  put TARGET PATH [LOCAL|-] create or replace a file from LOCAL or stdin (crash-safe)
  rm TARGET PATH            remove a file or an empty directory
  mkdir TARGET PATH         create a directory (and missing parents)

TARGET is an image file, a drive (/dev/sdX) or a mounted boot directory. The boot partition is found by its label, or by /device-type.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use partition N instead of the boot partition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls: print the listing as JSON (see app/cli/json/fs.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls, cat, put, rm or mkdir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image, drive or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path on the partition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;fs&apos; needs an action: ls, cat, put, rm or mkdir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use ls, cat, put, rm or mkdir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong number of arguments for &apos;fs %1&apos;; see &apos;imprint fs --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--partition takes a partition number (1 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;fs put&apos; reads the content from stdin, which is a terminal; give a LOCAL file or pipe the content in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No partition is labelled as the boot partition and none holds device-type.json; using partition 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="-165"/>
        <source>Target: %1 (%2, %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partition table: %1, %2-byte sectors, id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label/name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[PAST THE END OF THE DEVICE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boot partition: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boot partition: %1 (%2), because of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Boot files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Device type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the partitions of an image file or drive, which one is the boot partition and why, and the balenaOS version and device type on it. TARGET may also be a mounted boot directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the result as JSON (see app/cli/json/inspect.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image file, drive or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;inspect&apos; takes exactly one TARGET.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::cli::ProgressPrinter</name>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="-144"/>
        <source> %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
