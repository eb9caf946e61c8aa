<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="+161"/>
        <source>Compare and sort balenaOS versions</source>
        <translation>balenaOS-Versionen vergleichen und sortieren</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+36"/>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <extracomment>The first letter of the word for &quot;yes&quot;, as typed at a [y/N] question.</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Weitere Informationen mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="+332"/>
        <source>Read, edit and validate config.json</source>
        <translation>config.json lesen, bearbeiten und prüfen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="+386"/>
        <source>Configure a boot partition: config.json, WiFi, SSH keys, logo...</source>
        <translation>Eine Boot-Partition konfigurieren: config.json, WLAN, SSH-Schlüssel, Logo …</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="+89"/>
        <source>Download an image (resume, checksum, cache)</source>
        <translation>Ein Abbild herunterladen (Fortsetzen, Prüfsumme, Cache)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="+78"/>
        <source>List the drives that can be written</source>
        <translation>Die beschreibbaren Laufwerke auflisten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/support/flashtargets.cpp" line="+39"/>
        <source>%1: %n boot file(s) change:</source>
        <translation>
            <numerusform>%1: %n Boot-Datei ändert sich:</numerusform>
            <numerusform>%1: %n Boot-Dateien ändern sich:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="+393"/>
        <source>Write an image to drives or image files, verified</source>
        <translation>Ein Abbild auf Laufwerke oder in Abbilddateien schreiben, mit Prüfung</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="+185"/>
        <source>List, read and change files on a boot partition</source>
        <translation>Dateien auf einer Boot-Partition auflisten, lesen und ändern</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="+89"/>
        <source>its GPT name</source>
        <translation>ihr GPT-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its filesystem label</source>
        <translation>ihre Dateisystembezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds device-type.json</source>
        <translation>sie enthält device-type.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing better: partition 1 is a guess</source>
        <translation>nichts Besseres gefunden: Partition 1 ist nur geraten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole device is one FAT filesystem</source>
        <translation>das ganze Gerät ist ein FAT-Dateisystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is the directory given</source>
        <translation>es ist das angegebene Verzeichnis</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show partitions, the boot partition and the OS of an image</source>
        <translation>Partitionen, Boot-Partition und Betriebssystem eines Abbilds anzeigen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_schema.cpp" line="+17"/>
        <source>Print the JSON Schema (draft 7) of config.json to standard output.</source>
        <translation>Das JSON-Schema (Draft 7) von config.json auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;schema&apos; takes no arguments.</source>
        <translation>&apos;schema&apos; nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the JSON Schema of config.json</source>
        <translation>Das JSON-Schema von config.json ausgeben</translation>
    </message>
    <message>
        <location filename="../app/cli/support/progressline.cpp" line="+29"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1:%2 left</source>
        <translation>, noch %1:%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_batch.cpp" line="+333"/>
        <source>Configure many devices from one image and a manifest</source>
        <translation>Viele Geräte aus einem Abbild und einem Manifest konfigurieren</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+26"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;imprint COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;imprint COMMAND --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imprint flashes balenaOS images to SD cards, USB drives and image files, and edits their boot partition (config.json, WiFi, SSH keys, logo) without root.</source>
        <translation>Imprint schreibt balenaOS-Abbilder auf SD-Karten, USB-Laufwerke und in Abbilddateien und bearbeitet ihre Boot-Partition (config.json, WLAN, SSH-Schlüssel, Logo) ohne root.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;imprint --help&apos; for the list of commands.</source>
        <translation>&apos;imprint --help&apos; zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_profile.cpp" line="+292"/>
        <source>Save, show, list, remove, export and import profiles</source>
        <translation>Profile speichern, anzeigen, auflisten, entfernen, exportieren und importieren</translation>
    </message>
</context>
<context>
    <name>ErrorValues</name>
    <message>
        <location filename="../app/common/errortext.cpp" line="+49"/>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Vorgang nicht zulässig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>Gerät oder Ressource belegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>Kein Platz mehr auf dem Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Nur-lesbares Dateisystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>Ist ein Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>Ist kein Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>Datei existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such device or address</source>
        <translation>Gerät oder Adresse nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such device</source>
        <translation>Gerät nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No medium found</source>
        <translation>Kein Medium gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid argument</source>
        <translation>Ungültiges Argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot allocate memory</source>
        <translation>Speicher kann nicht zugewiesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large</source>
        <translation>Datei zu groß</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+31"/>
        <source>Unexpected error (%1).</source>
        <translation>Unerwarteter Fehler (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(at byte %1)</source>
        <translation>(bei Byte %1)</translation>
    </message>
    <message>
        <location filename="../app/common/messages/version.cpp" line="+10"/>
        <source>The version is empty.</source>
        <translation>Die Version ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{input}&quot; is not a version: the {part} number is missing at character {position} (expected X.Y.Z, for example 2.0.0 or 2.0.0+rev1).</source>
        <translation>„{input}“ ist keine Version: Die Zahl „{part}“ fehlt bei Zeichen {position} (erwartet wird X.Y.Z, zum Beispiel 2.0.0 oder 2.0.0+rev1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is negative.</source>
        <translation>„{input}“ ist keine Version: Die Zahl „{part}“ bei Zeichen {position} ist negativ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} part &quot;{text}&quot; at character {position} is not a number.</source>
        <translation>„{input}“ ist keine Version: Der Teil „{part}“ („{text}“) bei Zeichen {position} ist keine Zahl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is too large.</source>
        <translation>„{input}“ ist keine Version: Die Zahl „{part}“ bei Zeichen {position} ist zu groß.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: it has more than three numbers (character {position}).</source>
        <translation>„{input}“ ist keine Version: Sie hat mehr als drei Zahlen (Zeichen {position}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label after &quot;-&quot; is empty (character {position}).</source>
        <translation>„{input}“ ist keine Version: Die Vorabversions-Bezeichnung nach „-“ ist leer (Zeichen {position}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label &quot;{text}&quot; at character {position} must be letters followed by an optional number, such as beta1 or rc2.</source>
        <translation>„{input}“ ist keine Version: Die Vorabversions-Bezeichnung „{text}“ bei Zeichen {position} muss aus Buchstaben und einer optionalen Zahl bestehen, etwa beta1 oder rc2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: &quot;+{text}&quot; at character {position} must be a board revision such as +rev1.</source>
        <translation>„{input}“ ist keine Version: „+{text}“ bei Zeichen {position} muss eine Board-Revision wie +rev1 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: unexpected &quot;{text}&quot; at character {position}.</source>
        <translation>„{input}“ ist keine Version: Unerwartetes „{text}“ bei Zeichen {position}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>major</source>
        <translation>Hauptversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>Nebenversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-release</source>
        <translation>Vorabversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../app/common/messages/config.cpp" line="+12"/>
        <source>The file is {size} bytes; config.json may be at most {limit} bytes. Check that you chose the right file.</source>
        <translation>Die Datei ist {size} Byte groß; config.json darf höchstens {limit} Byte groß sein. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file starts with a byte order mark (line 1, column 1), which the device cannot read. Save it as UTF-8 without BOM.</source>
        <translation>Die Datei beginnt mit einer Byte-Reihenfolge-Markierung (BOM, Zeile 1, Spalte 1), die das Gerät nicht lesen kann. Speichern Sie sie als UTF-8 ohne BOM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid JSON at line {line}, column {column} (near &quot;{token}&quot;). Fix the text there; a JSON checker such as &apos;jq .&apos; shows the same place.</source>
        <translation>Kein gültiges JSON in Zeile {line}, Spalte {column} (bei „{token}“). Korrigieren Sie den Text dort; ein JSON-Prüfer wie &apos;jq .&apos; zeigt dieselbe Stelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON ends too early (line {line}, column {column}): a bracket, brace or quote is not closed. The file may be cut short; restore it from a good copy.</source>
        <translation>Das JSON endet zu früh (Zeile {line}, Spalte {column}): Eine Klammer oder ein Anführungszeichen ist nicht geschlossen. Die Datei ist vielleicht abgeschnitten; stellen Sie sie aus einer guten Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;{key}&quot; appears twice in the same object (second time at line {line}, column {column}). Keep only one.</source>
        <translation>Der Schlüssel „{key}“ kommt im selben Objekt zweimal vor (das zweite Mal in Zeile {line}, Spalte {column}). Behalten Sie nur einen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is not a key: use a dotted path such as os.network.connectivity.uri or a JSON pointer such as /os/udevRules/99.</source>
        <translation>„{key}“ ist kein Schlüssel: Verwenden Sie einen Pfad mit Punkten wie os.network.connectivity.uri oder einen JSON-Pointer wie /os/udevRules/99.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{key}&quot; is not a JSON object, so nothing can be set inside it. Fix or remove that value first.</source>
        <translation>„{key}“ ist kein JSON-Objekt, daher kann darin nichts gesetzt werden. Korrigieren oder entfernen Sie diesen Wert zuerst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is past the end of the list. Use an existing index, or &quot;-&quot; to append.</source>
        <translation>„{key}“ liegt hinter dem Ende der Liste. Verwenden Sie einen vorhandenen Index oder „-“ zum Anhängen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON {expected}, not a {actual} ({value}). Write it without quotes for numbers and booleans, with quotes for text.</source>
        <translation>muss JSON vom Typ {expected} sein, nicht {actual} ({value}). Schreiben Sie Zahlen und Wahrheitswerte ohne Anführungszeichen, Text mit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{value}&quot; is not a {expected}, which {key} must be. Use --string or --json to force the type of a value.</source>
        <translation>„{value}“ ist nicht vom Typ {expected}, den {key} verlangt. Mit --string oder --json erzwingen Sie den Typ eines Werts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The required key &quot;{key}&quot; is missing. Start from the config.json of the image, which has it.</source>
        <translation>Der erforderliche Schlüssel „{key}“ fehlt. Gehen Sie von der config.json des Abbilds aus, die ihn enthält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not match the config.json schema ({detail}). See &apos;imprint schema&apos; for what this key accepts.</source>
        <translation>entspricht nicht dem Schema von config.json ({detail}). &apos;imprint schema&apos; zeigt, was dieser Schlüssel annimmt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; is not an ISO 3166-1 alpha-2 country code. Use two capital letters such as GB, US or DE (the United Kingdom is GB).</source>
        <translation>„{value}“ ist kein Ländercode nach ISO 3166-1 alpha-2. Verwenden Sie zwei Großbuchstaben wie GB, US oder DE (das Vereinigte Königreich ist GB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; must be in capital letters: use &quot;{suggestion}&quot;.</source>
        <translation>„{value}“ muss in Großbuchstaben stehen: Verwenden Sie „{suggestion}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NTP server list is empty. Give at least one host name or address, or remove the key to use only the defaults.</source>
        <translation>Die Liste der NTP-Server ist leer. Geben Sie mindestens einen Hostnamen oder eine Adresse an, oder entfernen Sie den Schlüssel, um nur die Standardserver zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is neither a host name nor an IP address. Separate several servers with spaces.</source>
        <translation>„{server}“ ist weder ein Hostname noch eine IP-Adresse. Trennen Sie mehrere Server durch Leerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DNS server list is empty. Give IP addresses separated by spaces, the word null for none, or remove the key.</source>
        <translation>Die Liste der DNS-Server ist leer. Geben Sie durch Leerzeichen getrennte IP-Adressen an, das Wort null für keine, oder entfernen Sie den Schlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is not an IPv4 or IPv6 address. DNS servers must be addresses (not names), separated by spaces, or the single word null.</source>
        <translation>„{server}“ ist keine IPv4- oder IPv6-Adresse. DNS-Server müssen Adressen sein (keine Namen), durch Leerzeichen getrennt, oder das einzelne Wort null.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not a number of seconds. Use digits only, such as &quot;3600&quot;; &quot;0&quot; turns the check off.</source>
        <translation>„{value}“ ist keine Anzahl von Sekunden. Verwenden Sie nur Ziffern, etwa „3600“; „0“ schaltet die Prüfung aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH key {index} is the same key as key {first} ({fingerprint}). Remove one of them.</source>
        <translation>SSH-Schlüssel {index} ist derselbe Schlüssel wie Schlüssel {first} ({fingerprint}). Entfernen Sie einen davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule name &quot;{name}&quot; ends in .rules; the device adds .rules itself, so the file would be &quot;{name}.rules&quot;. Drop the suffix.</source>
        <translation>Der Regelname „{name}“ endet auf .rules; das Gerät hängt .rules selbst an, die Datei hieße also „{name}.rules“. Lassen Sie die Endung weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on in a fleet configuration without SSH keys: anyone on the network gets root without a password. Turn it off, or add an SSH key.</source>
        <translation>Der Entwicklungsmodus ist in einer Flottenkonfiguration ohne SSH-Schlüssel eingeschaltet: Jeder im Netzwerk erhält root-Zugriff ohne Passwort. Schalten Sie ihn aus oder fügen Sie einen SSH-Schlüssel hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on and SSH keys are set: password-less login is refused, only these keys work. The engine API on port 2375 is still open.</source>
        <translation>Der Entwicklungsmodus ist eingeschaltet und SSH-Schlüssel sind gesetzt: Die Anmeldung ohne Passwort wird abgelehnt, nur diese Schlüssel funktionieren. Die Engine-API auf Port 2375 ist weiterhin offen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WiFi networks: {networks}, but no country: the WiFi driver&apos;s default may not allow your channels. Set the country (for example --country GB).</source>
        <translation>WLAN-Netzwerke: {networks}, aber kein Land: Die Voreinstellung des WLAN-Treibers erlaubt Ihre Kanäle vielleicht nicht. Legen Sie das Land fest (zum Beispiel --country DE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; is generic and will clash on the network. Choose a name for this device.</source>
        <translation>Der Hostname „{value}“ ist allgemein und wird im Netzwerk mit anderen kollidieren. Wählen Sie einen Namen für dieses Gerät.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connectivity check URL is set but the interval &quot;0&quot; turns the check off. Set an interval to use the URL.</source>
        <translation>Die URL der Verbindungsprüfung ist gesetzt, aber das Intervall „0“ schaltet die Prüfung aus. Legen Sie ein Intervall fest, damit die URL verwendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dnsServers &quot;null&quot; adds no DNS server: the device relies on DHCP or its connection profiles alone for name resolution.</source>
        <translation>dnsServers „null“ fügt keinen DNS-Server hinzu: Das Gerät verlässt sich bei der Namensauflösung allein auf DHCP oder seine Verbindungsprofile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name is empty. Give 1 to 63 letters, digits or hyphens.</source>
        <translation>Der Hostname ist leer. Geben Sie 1 bis 63 Buchstaben, Ziffern oder Bindestriche an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has {length} characters; at most 63 are allowed.</source>
        <translation>Der Hostname „{value}“ hat {length} Zeichen; höchstens 63 sind erlaubt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has &quot;{character}&quot; at position {position}: only letters, digits and hyphens are allowed (no dots, spaces or underscores).</source>
        <translation>Der Hostname „{value}“ hat „{character}“ an Position {position}: Erlaubt sind nur Buchstaben, Ziffern und Bindestriche (keine Punkte, Leerzeichen oder Unterstriche).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; starts or ends with a hyphen, which is not allowed.</source>
        <translation>Der Hostname „{value}“ beginnt oder endet mit einem Bindestrich; das ist nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not an http or https URL. Write it as https://host/path.</source>
        <translation>„{value}“ ist keine http- oder https-URL. Schreiben Sie sie als https://host/pfad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; has no valid host name. Write it as https://host/path.</source>
        <translation>„{value}“ hat keinen gültigen Hostnamen. Schreiben Sie sie als https://host/pfad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; contains spaces or control characters. Encode them (a space is %20).</source>
        <translation>„{value}“ enthält Leerzeichen oder Steuerzeichen. Kodieren Sie diese (ein Leerzeichen ist %20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH key is empty. Paste the contents of your .pub file.</source>
        <translation>Der SSH-Schlüssel ist leer. Fügen Sie den Inhalt Ihrer .pub-Datei ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH key spans several lines. Give one key per entry, on one line.</source>
        <translation>Der SSH-Schlüssel erstreckt sich über mehrere Zeilen. Geben Sie einen Schlüssel pro Eintrag an, in einer Zeile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{type}&quot; is not a known SSH public key type. Use the .pub file (never the private key) of an ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521 key.</source>
        <translation>„{type}“ ist kein bekannter Typ öffentlicher SSH-Schlüssel. Verwenden Sie die .pub-Datei (niemals den privaten Schlüssel) eines ssh-ed25519-, ssh-rsa- oder ecdsa-sha2-nistp256/384/521-Schlüssels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {type} key has no key data after its type. Copy the whole line of the .pub file.</source>
        <translation>Der {type}-Schlüssel hat nach seinem Typ keine Schlüsseldaten. Kopieren Sie die ganze Zeile der .pub-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data of the {type} key is not valid base64: it was probably cut or altered while copying. Copy the whole line again.</source>
        <translation>Die Daten des {type}-Schlüssels sind kein gültiges Base64: Sie wurden beim Kopieren wohl abgeschnitten oder verändert. Kopieren Sie die ganze Zeile erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data of the {type} key is incomplete or damaged. Copy the whole line of the .pub file again.</source>
        <translation>Die Daten des {type}-Schlüssels sind unvollständig oder beschädigt. Kopieren Sie die ganze Zeile der .pub-Datei erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says it is {type} but its data is a &quot;{inner}&quot; key. Copy the line of the .pub file unchanged.</source>
        <translation>Der Schlüssel gibt sich als {type} aus, seine Daten sind aber ein „{inner}“-Schlüssel. Kopieren Sie die Zeile der .pub-Datei unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This RSA key has {bits} bits; at least {minimum} are needed. Make a new key, for example with &apos;ssh-keygen -t ed25519&apos;.</source>
        <translation>Dieser RSA-Schlüssel hat {bits} Bit; nötig sind mindestens {minimum}. Erzeugen Sie einen neuen Schlüssel, zum Beispiel mit &apos;ssh-keygen -t ed25519&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {type} key uses the curve {curve}, which does not match its type. Copy the line of the .pub file unchanged.</source>
        <translation>Der {type}-Schlüssel verwendet die Kurve {curve}, die nicht zu seinem Typ passt. Kopieren Sie die Zeile der .pub-Datei unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{key}&quot; is not a udev key (such as KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, RUN, SYMLINK). Check the spelling.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: „{key}“ ist kein udev-Schlüssel (etwa KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, RUN, SYMLINK). Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} needs a name in braces, such as {key}{idVendor}.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: {key} braucht einen Namen in geschweiften Klammern, etwa {key}{idVendor}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} takes no name in braces. Remove the braces.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: {key} nimmt keinen Namen in geschweiften Klammern an. Entfernen Sie die Klammern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the braces after {key} are empty or not closed.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: Die geschweiften Klammern nach {key} sind leer oder nicht geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{text}&quot; is not a udev operator. Use ==, !=, =, +=, -= or :=.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: „{text}“ ist kein udev-Operator. Verwenden Sie ==, !=, =, +=, -= oder :=.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the value of {key} must be in double quotes.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: Der Wert von {key} muss in doppelten Anführungszeichen stehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the quoted value of {key} is not closed. Add the closing &quot;.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: Der Wert von {key} in Anführungszeichen ist nicht geschlossen. Fügen Sie das schließende &quot; hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: separate the key-value pairs with commas.</source>
        <translation>Regel „{name}“, Zeile {line}, Spalte {column}: Trennen Sie die Schlüssel-Wert-Paare durch Kommas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot; holds no rule, only comments or blank lines. Add a rule or remove the entry.</source>
        <translation>Regel „{name}“ enthält keine Regel, nur Kommentare oder Leerzeilen. Fügen Sie eine Regel hinzu oder entfernen Sie den Eintrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{name}&quot; cannot be a rule file name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, not starting with a dot (for example 64-usb-serial).</source>
        <translation>„{name}“ kann kein Regeldateiname sein: Verwenden Sie nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;, nicht mit einem Punkt am Anfang (zum Beispiel 64-usb-serial).</translation>
    </message>
    <message>
        <location filename="../app/common/messages/disk.cpp" line="+12"/>
        <source>Cannot open {path}: {reason}. Check the path and that you may read (and, to change it, write) it.</source>
        <translation>{path} kann nicht geöffnet werden: {reason}. Prüfen Sie den Pfad und ob Sie die Datei lesen (und, um sie zu ändern, schreiben) dürfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {path} failed: {reason}. The file or drive may be damaged or was removed; try again or use another copy.</source>
        <translation>Lesen von {path} fehlgeschlagen: {reason}. Die Datei oder das Laufwerk ist vielleicht beschädigt oder wurde entfernt; versuchen Sie es erneut oder verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {path} failed: {reason}. Check that the drive is still connected and not write-protected, then try again.</source>
        <translation>Schreiben von {path} fehlgeschlagen: {reason}. Prüfen Sie, ob das Laufwerk noch angeschlossen und nicht schreibgeschützt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is open read-only, so nothing was changed. Check the write-protect switch and your permissions.</source>
        <translation>{path} ist nur zum Lesen geöffnet, daher wurde nichts geändert. Prüfen Sie den Schreibschutzschalter und Ihre Berechtigungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A read or write of {length} bytes at byte {offset} falls outside the device ({size} bytes): the data on it is inconsistent. Use a complete, undamaged image.</source>
        <translation>Ein Lese- oder Schreibzugriff von {length} Byte bei Byte {offset} liegt außerhalb des Geräts ({size} Byte): Die Daten darauf sind inkonsistent. Verwenden Sie ein vollständiges, unbeschädigtes Abbild.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table cannot be read: {reason}.</source>
        <translation>Die Partitionstabelle kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partition table (MBR or GPT) was found. Is this a balenaOS image? Compressed images must be decompressed first.</source>
        <translation>Keine Partitionstabelle (MBR oder GPT) gefunden. Ist das ein balenaOS-Abbild? Komprimierte Abbilder müssen zuerst entpackt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table type &quot;{kind}&quot; is not supported; only MBR and GPT are.</source>
        <translation>Der Partitionstabellentyp „{kind}“ wird nicht unterstützt; nur MBR und GPT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} ends at byte {end}, past the end of the device ({size} bytes): the image is truncated or the table is damaged, so nothing on it will be changed. Use a complete image.</source>
        <translation>Partition {number} endet bei Byte {end}, hinter dem Ende des Geräts ({size} Byte): Das Abbild ist abgeschnitten oder die Tabelle beschädigt, daher wird darauf nichts geändert. Verwenden Sie ein vollständiges Abbild.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a FAT filesystem.</source>
        <translation>Das ist kein FAT-Dateisystem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The FAT boot sector is damaged: {field} is {value}. Check the volume with fsck.fat or use a fresh image.</source>
        <translation>Der FAT-Bootsektor ist beschädigt: {field} ist {value}. Prüfen Sie das Volume mit fsck.fat oder verwenden Sie ein frisches Abbild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT filesystem claims {volume} bytes but its partition has only {range}: the image is damaged or truncated.</source>
        <translation>Das FAT-Dateisystem gibt {volume} Byte an, seine Partition hat aber nur {range}: Das Abbild ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: cluster {cluster} links to {value}, outside the volume. Repair it with fsck.fat.</source>
        <translation>Die FAT ist beschädigt: Cluster {cluster} verweist auf {value}, außerhalb des Volumes. Reparieren Sie sie mit fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} ends in a free cluster. Repair it with fsck.fat.</source>
        <translation>Die FAT ist beschädigt: Die Kette durch Cluster {cluster} endet in einem freien Cluster. Reparieren Sie sie mit fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} runs into a cluster marked bad. Repair it with fsck.fat.</source>
        <translation>Die FAT ist beschädigt: Die Kette durch Cluster {cluster} läuft in einen als defekt markierten Cluster. Reparieren Sie sie mit fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain starting at cluster {cluster} loops. Repair it with fsck.fat.</source>
        <translation>Die FAT ist beschädigt: Die Kette ab Cluster {cluster} bildet eine Schleife. Reparieren Sie sie mit fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} claims {size} bytes but its clusters hold less: the volume is damaged. Repair it with fsck.fat.</source>
        <translation>{path} gibt {size} Byte an, seine Cluster enthalten aber weniger: Das Volume ist beschädigt. Reparieren Sie es mit fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory entry &quot;{name}&quot; points to cluster {cluster}, outside the volume. Repair it with fsck.fat.</source>
        <translation>Der Verzeichniseintrag „{name}“ verweist auf Cluster {cluster}, außerhalb des Volumes. Reparieren Sie es mit fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A directory (cluster {cluster}) is larger than FAT allows: the volume is damaged. Repair it with fsck.fat.</source>
        <translation>Ein Verzeichnis (Cluster {cluster}) ist größer, als FAT erlaubt: Das Volume ist beschädigt. Reparieren Sie es mit fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory is full (65536 entries). Remove some files from it first.</source>
        <translation>Das Verzeichnis ist voll (65536 Einträge). Entfernen Sie zuerst einige Dateien daraus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root directory of this FAT12/FAT16 volume has no free entry left. Remove files from it or use a subdirectory.</source>
        <translation>Das Stammverzeichnis dieses FAT12/FAT16-Volumes hat keinen freien Eintrag mehr. Entfernen Sie Dateien daraus oder verwenden Sie ein Unterverzeichnis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough space for {path}: {needed} bytes needed, {free} free. Remove files from the partition first.</source>
        <translation>Nicht genug Platz für {path}: {needed} Byte nötig, {free} frei. Entfernen Sie zuerst Dateien von der Partition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large for FAT (4 GiB at most).</source>
        <translation>{path} ist zu groß für FAT (höchstens 4 GiB).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a directory.</source>
        <translation>{path} ist kein Verzeichnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a directory; give the path of a file.</source>
        <translation>{path} ist ein Verzeichnis; geben Sie den Pfad einer Datei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists; remove it first or choose another name.</source>
        <translation>{path} existiert bereits; entfernen Sie es zuerst oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty; remove what is inside first.</source>
        <translation>{path} ist nicht leer; entfernen Sie zuerst, was darin ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{name}&quot; cannot be a FAT file name ({reason}): names have 1 to 255 characters, none of &quot; * / : &lt; &gt; ? \ | or control characters, and do not end in a dot or space.</source>
        <translation>„{name}“ kann kein FAT-Dateiname sein ({reason}): Namen haben 1 bis 255 Zeichen, keines davon &quot; * / : &lt; &gt; ? \ | oder ein Steuerzeichen, und enden nicht auf Punkt oder Leerzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No short name is left for this file in its directory; use a more distinct name.</source>
        <translation>Für diese Datei ist in ihrem Verzeichnis kein Kurzname mehr frei; verwenden Sie einen deutlicher unterscheidbaren Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root directory cannot be removed or moved.</source>
        <translation>Das Stammverzeichnis kann nicht entfernt oder verschoben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be moved into itself.</source>
        <translation>{path} kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No boot partition was found (no resin-boot, flash-boot or balena-boot partition, no FAT partition with device-type.json, no partition 1). Name one with --partition.</source>
        <translation>Keine Boot-Partition gefunden (keine Partition resin-boot, flash-boot oder balena-boot, keine FAT-Partition mit device-type.json, keine Partition 1). Geben Sie eine mit --partition an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no partition {number} holding a filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation>Es gibt keine Partition {number} mit einem Dateisystem; die Liste zeigt &apos;imprint inspect&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} is not a FAT filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation>Partition {number} ist kein FAT-Dateisystem; die Liste zeigt &apos;imprint inspect&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file or a device</source>
        <translation>weder eine Datei noch ein Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the MBR announces a GPT, but neither its primary nor its backup header is valid (the image is damaged or cut short)</source>
        <translation>der MBR kündigt eine GPT an, aber weder ihr primärer Header noch ihr Sicherungs-Header ist gültig (das Abbild ist beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <location filename="../app/common/messages/flasher.cpp" line="+214"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <location filename="../app/common/messages/disk.cpp" line="+4"/>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reserved name</source>
        <translation>ein reservierter Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character FAT does not allow</source>
        <translation>ein Zeichen, das FAT nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with a dot or a space</source>
        <translation>endet mit einem Punkt oder Leerzeichen</translation>
    </message>
    <message>
        <location filename="../app/common/messages/download.cpp" line="+11"/>
        <source>&quot;{url}&quot; is not an http:// or https:// address.</source>
        <translation>„{url}“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered {status} {reason} for {url}. Check the address; nothing was saved.</source>
        <translation>Der Server antwortete mit {status} {reason} für {url}. Prüfen Sie die Adresse; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to {url} failed: {detail}. Check the address, the computer&apos;s clock and its trusted certificates.</source>
        <translation>Die sichere Verbindung zu {url} ist fehlgeschlagen: {detail}. Prüfen Sie die Adresse, die Uhrzeit des Computers und seine vertrauenswürdigen Zertifikate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not download {url}: {detail}.</source>
        <translation>{url} konnte nicht heruntergeladen werden: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of {url} stopped at byte {received} of {total} after {attempts} attempts. Run the same command again to resume it.</source>
        <translation>Der Download von {url} blieb nach {attempts} Versuchen bei Byte {received} von {total} stehen. Führen Sie denselben Befehl erneut aus, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file downloaded from {url} has SHA-256 {actual}, not the expected {expected}: it was deleted. Check the checksum or the address.</source>
        <translation>Die von {url} heruntergeladene Datei hat die SHA-256-Summe {actual}, nicht die erwartete {expected}: Sie wurde gelöscht. Prüfen Sie die Prüfsumme oder die Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {detail}.</source>
        <translation>{path} kann nicht geschrieben werden: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download of {url} was cancelled.</source>
        <translation>Der Download von {url} wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/common/messages/flasher.cpp" line="-201"/>
        <source>lsblk printed something that is not JSON: check that util-linux 2.33 or newer is installed.</source>
        <translation>lsblk hat etwas ausgegeben, das kein JSON ist: Prüfen Sie, ob util-linux 2.33 oder neuer installiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lsblk&apos;s JSON has no &quot;{missing}&quot;: check that util-linux 2.33 or newer is installed.</source>
        <translation>Dem JSON von lsblk fehlt „{missing}“: Prüfen Sie, ob util-linux 2.33 oder neuer installiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the drives with lsblk ({detail}): install util-linux, or name the device directly.</source>
        <translation>Die Laufwerke konnten mit lsblk nicht aufgelistet werden ({detail}): Installieren Sie util-linux oder geben Sie das Gerät direkt an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a drive on this computer: run &apos;imprint drives --all&apos; to see the drives.</source>
        <translation>{path} ist kein Laufwerk dieses Computers: &apos;imprint drives --all&apos; zeigt die Laufwerke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a partition of {drive}: name the whole drive ({drive}) instead.</source>
        <translation>{path} ist eine Partition von {drive}: Geben Sie stattdessen das ganze Laufwerk ({drive}) an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds the running system ({mountpoint} is on it): it is never written. Choose another drive.</source>
        <translation>{path} enthält das laufende System ({mountpoint} liegt darauf): Es wird niemals beschrieben. Wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds {source}, which is being read: copy the file to another drive first, or choose another drive.</source>
        <translation>Auf {path} liegt {source}, das gerade gelesen wird: Kopieren Sie die Datei zuerst auf ein anderes Laufwerk oder wählen Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only: slide the card&apos;s write-protect switch to unlocked and insert it again.</source>
        <translation>{path} ist schreibgeschützt: Schieben Sie den Schreibschutzschalter der Karte auf „entsperrt“ und stecken Sie sie erneut ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} has no medium (its size is 0): insert a card into the reader.</source>
        <translation>{path} hat kein Medium (seine Größe ist 0): Stecken Sie eine Karte in das Lesegerät.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too small: it holds {size} but the image needs {needed}. Use a larger drive.</source>
        <translation>{path} ist zu klein: Es fasst {size}, das Abbild braucht aber {needed}. Verwenden Sie ein größeres Laufwerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is unusually large ({size}) for a device card: make sure it is not a backup or data disk.</source>
        <translation>{path} ist ungewöhnlich groß ({size}) für eine Gerätekarte: Vergewissern Sie sich, dass es kein Sicherungs- oder Datenlaufwerk ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is in use: {mountpoints} mounted from it. Unmount it (or close what uses it) and try again.</source>
        <translation>{path} wird verwendet: {mountpoints} ist davon eingehängt. Hängen Sie es aus (oder schließen Sie, was es verwendet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the drives ({detail}). Try again; if it keeps failing, write an image file instead.</source>
        <translation>Die Laufwerke konnten nicht aufgelistet werden ({detail}). Versuchen Sie es erneut; schlägt es weiter fehl, schreiben Sie stattdessen eine Abbilddatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not tell which drive holds {folder}, so no drive is offered: one of them might hold the running system.</source>
        <translation>Es ließ sich nicht feststellen, welches Laufwerk {folder} enthält, daher wird kein Laufwerk angeboten: Eines davon könnte das laufende System enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a device of the system Wine runs on, which Wine cannot describe: it is never written. Link the drive to an image file instead.</source>
        <translation>{path} ist ein Gerät des Systems, auf dem Wine läuft, und Wine kann es nicht beschreiben: Es wird nie überschrieben. Verknüpfen Sie das Laufwerk stattdessen mit einer Abbilddatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows described a drive in a way that does not hold together ({structure}, byte {offset}): it is left out.</source>
        <translation>Windows hat ein Laufwerk widersprüchlich beschrieben ({structure}, Byte {offset}): Es wird ausgelassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} stays in use: {mountpoint} could not be unmounted ({detail}). Close what uses it and try again.</source>
        <translation>{path} bleibt in Benutzung: {mountpoint} ließ sich nicht aushängen ({detail}). Schließen Sie, was es benutzt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the image {path}: {detail}.</source>
        <translation>Das Abbild {path} kann nicht geöffnet werden: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image {path} is empty: download it again.</source>
        <translation>Das Abbild {path} ist leer: Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image {path} has SHA-256 {actual}, not the expected {expected}: nothing was written. Check the checksum, or whether this is the image you meant.</source>
        <translation>Das Abbild {path} hat die SHA-256-Prüfsumme {actual}, nicht die erwartete {expected}: Es wurde nichts geschrieben. Prüfen Sie die Prüfsumme oder ob dies das gemeinte Abbild ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image {path} failed: {detail}. Check the drive it is on, or copy it elsewhere and try again.</source>
        <translation>Lesen des Abbilds {path} fehlgeschlagen: {detail}. Prüfen Sie das Laufwerk, auf dem es liegt, oder kopieren Sie es an einen anderen Ort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {format} image {path} ends too early, at byte {offset} (after {output_offset} bytes of image): the download is incomplete. Download it again.</source>
        <translation>Das {format}-Abbild {path} endet zu früh, bei Byte {offset} (nach {output_offset} Byte Abbild): Der Download ist unvollständig. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {format} image {path} is damaged at byte {offset} (after {output_offset} bytes of image): {detail}. Download it again.</source>
        <translation>Das {format}-Abbild {path} ist bei Byte {offset} beschädigt (nach {output_offset} Byte Abbild): {detail}. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image in {path} should hold {expected} bytes but holds {actual}: the archive is damaged. Download it again.</source>
        <translation>Das Abbild in {path} sollte {expected} Byte groß sein, ist aber {actual} Byte groß: Das Archiv ist beschädigt. Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a readable zip file ({detail}, at byte {offset}): the download may be incomplete.</source>
        <translation>{path} ist keine lesbare ZIP-Datei ({detail}, bei Byte {offset}): Der Download ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds no file: choose the image itself.</source>
        <translation>Die ZIP-Datei {path} enthält keine Datei: Wählen Sie das Abbild selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds several files ({names}): unpack it and choose the image.</source>
        <translation>Die ZIP-Datei {path} enthält mehrere Dateien ({names}): Entpacken Sie sie und wählen Sie das Abbild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is encrypted: unpack it with its password first.</source>
        <translation>{name} in {path} ist verschlüsselt: Entpacken Sie es zuerst mit seinem Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is compressed with zip method {method}, which Imprint cannot read: unpack it first, or use a .zip made with deflate.</source>
        <translation>{name} in {path} ist mit der ZIP-Methode {method} komprimiert, die Imprint nicht lesen kann: Entpacken Sie es zuerst oder verwenden Sie eine mit Deflate erstellte ZIP-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the block map {path}: {detail}.</source>
        <translation>Die Blockkarte {path} kann nicht geöffnet werden: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block map {path} is not a valid .bmap file ({detail}): make it again with &apos;bmaptool create&apos;, or flash without it.</source>
        <translation>Die Blockkarte {path} ist keine gültige .bmap-Datei ({detail}): Erstellen Sie sie mit &apos;bmaptool create&apos; neu oder schreiben Sie ohne sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} has format version {version}, which Imprint does not know: flash without --bmap.</source>
        <translation>Die Blockkarte {path} hat die Formatversion {version}, die Imprint nicht kennt: Schreiben Sie ohne --bmap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} was changed after it was made (its own checksum does not match): download it again.</source>
        <translation>Die Blockkarte {path} wurde nach ihrer Erstellung verändert (ihre eigene Prüfsumme stimmt nicht): Laden Sie sie erneut herunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image does not match its block map: the {length} bytes at byte {offset} have another checksum. The image or the .bmap file is damaged or they do not belong together.</source>
        <translation>Das Abbild passt nicht zu seiner Blockkarte: Die {length} Byte bei Byte {offset} haben eine andere Prüfsumme. Das Abbild oder die .bmap-Datei ist beschädigt, oder beide gehören nicht zusammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The block map is for an image of {expected} bytes, but the image holds {actual}: use the .bmap made for this image.</source>
        <translation>Die Blockkarte gehört zu einem Abbild von {expected} Byte, das Abbild hat aber {actual}: Verwenden Sie die für dieses Abbild erstellte .bmap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image has a damaged superblock ({field} is {value}): its whole partition is written.</source>
        <translation>Das ext2/3/4-Dateisystem bei Byte {offset} des Abbilds hat einen beschädigten Superblock ({field} ist {value}): Seine ganze Partition wird geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image uses {feature}, which Imprint does not map: its whole partition is written.</source>
        <translation>Das ext2/3/4-Dateisystem bei Byte {offset} des Abbilds verwendet {feature}, was Imprint nicht auswerten kann: Seine ganze Partition wird geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image points at block {block}, outside itself: its whole partition is written. Check it with e2fsck.</source>
        <translation>Das ext2/3/4-Dateisystem bei Byte {offset} des Abbilds verweist auf Block {block}, der außerhalb des Dateisystems liegt: Seine ganze Partition wird geschrieben. Prüfen Sie es mit e2fsck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block} of the ext2/3/4 filesystem at byte {offset} of the image does not match its checksum: its whole partition is written. Check it with e2fsck.</source>
        <translation>Block {block} des ext2/3/4-Dateisystems bei Byte {offset} des Abbilds passt nicht zu seiner Prüfsumme: Die ganze Partition wird geschrieben. Prüfen Sie das Dateisystem mit e2fsck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image is too large for Imprint to map: its whole partition is written.</source>
        <translation>Das ext2/3/4-Dateisystem bei Byte {offset} des Abbilds ist zu groß, als dass Imprint es auswerten könnte: Seine ganze Partition wird geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image has its blocks in use spread over more than {runs} runs: its whole partition is written.</source>
        <translation>Die belegten Blöcke des ext2/3/4-Dateisystems bei Byte {offset} des Abbilds verteilen sich auf mehr als {runs} Abschnitte: Seine ganze Partition wird geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open {name} for writing: {detail}. If it is a drive, check that nothing uses it and that you may write it.</source>
        <translation>{name} kann nicht zum Schreiben geöffnet werden: {detail}. Ist es ein Laufwerk, prüfen Sie, ob nichts es verwendet und ob Sie darauf schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds {size} bytes but the image needs {needed}: use a larger drive.</source>
        <translation>{name} fasst {size} Byte, das Abbild braucht aber {needed}: Verwenden Sie ein größeres Laufwerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name} failed at byte {offset}: {detail}. The drive may be failing or was removed; try another one.</source>
        <translation>Schreiben auf {name} bei Byte {offset} fehlgeschlagen: {detail}. Das Laufwerk fällt vielleicht aus oder wurde entfernt; versuchen Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading back {name} failed at byte {offset}: {detail}. The drive may be failing or was removed.</source>
        <translation>Zurücklesen von {name} bei Byte {offset} fehlgeschlagen: {detail}. Das Laufwerk fällt vielleicht aus oder wurde entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flushing {name} failed: {detail}. The data may not all be on the drive; try again or use another drive.</source>
        <translation>Leeren der Puffer von {name} fehlgeschlagen: {detail}. Vielleicht sind nicht alle Daten auf dem Laufwerk; versuchen Sie es erneut oder verwenden Sie ein anderes Laufwerk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is {source}, which the write reads: choose another file to write to.</source>
        <translation>{path} ist {source}, die Datei, die das Schreiben liest: wählen Sie eine andere Zieldatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be written ({detail}): choose a folder you may write to.</source>
        <translation>{path} kann nicht geschrieben werden ({detail}): wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} exists and will be overwritten.</source>
        <translation>{path} existiert und wird überschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was not written: erasing it was not confirmed.</source>
        <translation>{path} wurde nicht geschrieben: das Löschen wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is named twice: give each target once.</source>
        <translation>{path} ist zweimal angegeben: nennen Sie jedes Ziel nur einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not written: another target was refused, so nothing was written.</source>
        <translation>Nicht geschrieben: ein anderes Ziel wurde abgelehnt, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification of {name} failed: the {length} bytes at byte {offset} read back differently from what was written. The drive is unreliable or fake; use another one.</source>
        <translation>Prüfung von {name} fehlgeschlagen: Die {length} Byte bei Byte {offset} lesen sich anders zurück, als sie geschrieben wurden. Das Laufwerk ist unzuverlässig oder gefälscht; verwenden Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {name} was cancelled; it is left unbootable (its first MiB is blank). Write it again to use it.</source>
        <translation>Das Schreiben auf {name} wurde abgebrochen; es ist nun nicht startfähig (sein erstes MiB ist leer). Schreiben Sie es erneut, um es zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configuration change for {name} at byte {offset} lies outside the image: the image and its configuration do not belong together.</source>
        <translation>Eine Konfigurationsänderung für {name} bei Byte {offset} liegt außerhalb des Abbilds: Abbild und Konfiguration gehören nicht zusammen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is not implemented yet: write an image file instead, or write the drive from Linux.</source>
        <translation>{what} ist noch nicht umgesetzt: Schreiben Sie stattdessen in eine Abbilddatei oder beschreiben Sie das Laufwerk unter Linux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be opened: this program is not root and no helper (UDisks2) is available. Run it as root, or start the udisks2 service.</source>
        <translation>{name} kann nicht geöffnet werden: Dieses Programm läuft nicht als root und kein Helfer (UDisks2) ist verfügbar. Starten Sie es als root oder starten Sie den Dienst udisks2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive access on macOS (authopen)</source>
        <translation>Laufwerkszugriff unter macOS (authopen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive access on Windows</source>
        <translation>Laufwerkszugriff unter Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive access on this system</source>
        <translation>Laufwerkszugriff auf diesem System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmounting on this system</source>
        <translation>Das Aushängen auf diesem System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit status {status}</source>
        <translation>Exit-Status {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading had already failed</source>
        <translation>das Lesen war bereits fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file became shorter</source>
        <translation>die Datei ist kürzer geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stream cannot skip ahead</source>
        <translation>der Datenstrom kann nicht vorspringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an xz stream</source>
        <translation>kein xz-Datenstrom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a bzip2 stream</source>
        <translation>kein bzip2-Datenstrom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed with options Imprint cannot read</source>
        <translation>mit Optionen komprimiert, die Imprint nicht lesen kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged data</source>
        <translation>beschädigte Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected end of data</source>
        <translation>unerwartetes Ende der Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the memory limit was reached</source>
        <translation>die Speichergrenze wurde erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the decoder failed</source>
        <translation>der Dekomprimierer ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its CRC-32 checksum does not match</source>
        <translation>seine CRC-32-Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data after the end of the compressed stream</source>
        <translation>Daten nach dem Ende des komprimierten Datenstroms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the file cannot be read</source>
        <translation>das Ende der Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no end of central directory: the file is truncated or not a zip file</source>
        <translation>kein Ende des zentralen Verzeichnisses: die Datei ist abgeschnitten oder keine ZIP-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ZIP64 locator is missing</source>
        <translation>der ZIP64-Locator fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ZIP64 end record is missing</source>
        <translation>der ZIP64-Endeintrag fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory lies outside the file</source>
        <translation>das zentrale Verzeichnis liegt außerhalb der Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory cannot be read</source>
        <translation>das zentrale Verzeichnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory is damaged</source>
        <translation>das zentrale Verzeichnis ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a local header is missing</source>
        <translation>ein lokaler Header fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry&apos;s data lies outside the file</source>
        <translation>die Daten des Eintrags liegen außerhalb der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no &lt;bmap&gt; element</source>
        <translation>kein &lt;bmap&gt;-Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ImageSize or BlockSize missing or not a number</source>
        <translation>ImageSize oder BlockSize fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unterminated &lt;Range&gt;</source>
        <translation>ein nicht abgeschlossenes &lt;Range&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown ChecksumType &quot;{type}&quot;</source>
        <translation>unbekannter ChecksumType „{type}“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad range &quot;{range}&quot;</source>
        <translation>ungültiger Bereich „{range}“</translation>
    </message>
    <message>
        <location filename="../app/common/messages/profiles.cpp" line="+12"/>
        <source>&quot;{name}&quot; cannot be a profile name. Use 1 to 64 characters without a slash, not starting with a dot or a space.</source>
        <translation>„{name}“ kann kein Profilname sein. Verwenden Sie 1 bis 64 Zeichen ohne Schrägstrich, nicht mit einem Punkt oder Leerzeichen am Anfang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile called &quot;{name}&quot; exists already. Choose another name or delete that profile first.</source>
        <translation>Ein Profil namens „{name}“ existiert bereits. Wählen Sie einen anderen Namen oder löschen Sie zuerst dieses Profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile file {path} cannot be read: {reason}. Check the path and that you may read the file.</source>
        <translation>Die Profildatei {path} kann nicht gelesen werden: {reason}. Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is far too large to be a profile. Choose a profile file saved by Imprint.</source>
        <translation>{path} ist viel zu groß für ein Profil. Wählen Sie eine von Imprint gespeicherte Profildatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder, not an image: it can be configured in place but not written to a drive. Open an image file.</source>
        <translation>{path} ist ein Ordner, kein Abbild: Er kann direkt konfiguriert, aber nicht auf ein Laufwerk geschrieben werden. Öffnen Sie eine Abbilddatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} stays as the image has it: a profile can add and change settings but not remove them. Give it a value, or remove it later with imprint config unset.</source>
        <translation>{key} bleibt, wie es im Abbild steht: Ein Profil kann Einstellungen hinzufügen und ändern, aber nicht entfernen. Geben Sie einen Wert an oder entfernen Sie den Schlüssel später mit imprint config unset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile cannot be saved to {path}: {reason}. Check that the folder is writable and the disk is not full.</source>
        <translation>Das Profil kann nicht unter {path} gespeichert werden: {reason}. Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/common/messages/provision.cpp" line="+11"/>
        <source>A WiFi network needs a name (SSID).</source>
        <translation>Ein WLAN-Netzwerk braucht einen Namen (SSID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi name &quot;{ssid}&quot; is {length} bytes long; an SSID has at most 32 bytes. Check the name on the access point.</source>
        <translation>Der WLAN-Name „{ssid}“ ist {length} Byte lang; eine SSID hat höchstens 32 Byte. Prüfen Sie den Namen am Zugangspunkt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA needs 8 to 63. Check it; leave it out for an open network.</source>
        <translation>Die Passphrase von „{ssid}“ hat {length} Zeichen; WPA braucht 8 bis 63. Prüfen Sie sie; lassen Sie sie bei einem offenen Netzwerk weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA takes 8 to 63, or a raw key of exactly 64 hex digits.</source>
        <translation>Die Passphrase von „{ssid}“ hat {length} Zeichen; WPA nimmt 8 bis 63 an, oder einen Rohschlüssel aus genau 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has a control character or broken text at character {position}. Type it again.</source>
        <translation>Die Passphrase von „{ssid}“ enthält bei Zeichen {position} ein Steuerzeichen oder fehlerhaften Text. Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IPv4 address with a prefix length; write it like 192.168.1.50/24.</source>
        <translation>„{value}“ (Netzwerk „{ssid}“) ist keine IPv4-Adresse mit Präfixlänge; schreiben Sie sie wie 192.168.1.50/24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not a usable gateway: it must be an IPv4 address, set together with a static address.</source>
        <translation>„{value}“ (Netzwerk „{ssid}“) ist kein brauchbares Gateway: Es muss eine IPv4-Adresse sein und zusammen mit einer statischen Adresse gesetzt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IP address.</source>
        <translation>„{value}“ (Netzwerk „{ssid}“) ist keine IP-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network &quot;{ssid}&quot; has DNS servers but no static address. Set the address too, or use the dnsServers setting.</source>
        <translation>Das Netzwerk „{ssid}“ hat DNS-Server, aber keine statische Adresse. Legen Sie auch die Adresse fest oder verwenden Sie die Einstellung dnsServers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The priority {value} of network &quot;{ssid}&quot; is out of range (-999 to 999).</source>
        <translation>Die Priorität {value} des Netzwerks „{ssid}“ liegt außerhalb des Bereichs (-999 bis 999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is not a PNG file (its first bytes are not the PNG signature). Convert it to PNG first.</source>
        <translation>Das Logo ist keine PNG-Datei (seine ersten Bytes sind nicht die PNG-Signatur). Wandeln Sie es zuerst in PNG um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is cut short. Export or download it again.</source>
        <translation>Das PNG-Logo ist abgeschnitten. Exportieren oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has no header chunk where it must be. Export it again from an image editor.</source>
        <translation>Das PNG-Logo hat keinen Header-Chunk an der vorgeschriebenen Stelle. Exportieren Sie es erneut aus einem Bildbearbeitungsprogramm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is damaged (checksum of its {chunk} chunk is wrong). Export or download it again.</source>
        <translation>Das PNG-Logo ist beschädigt (die Prüfsumme seines {chunk}-Chunks ist falsch). Exportieren oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo&apos;s header names an impossible colour format. Export it again from an image editor.</source>
        <translation>Der Header des PNG-Logos nennt ein unmögliches Farbformat. Exportieren Sie es erneut aus einem Bildbearbeitungsprogramm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is {width}x{height} pixels; each side must be 1 to {max}. Scale it down.</source>
        <translation>Das Logo ist {width}x{height} Pixel groß; jede Seite muss 1 bis {max} Pixel lang sein. Verkleinern Sie es.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo has no image data. Export it again.</source>
        <translation>Das PNG-Logo hat keine Bilddaten. Exportieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has extra bytes after its end; it may be two files joined together. Export it again.</source>
        <translation>Das PNG-Logo hat nach seinem Ende zusätzliche Bytes; vielleicht sind zwei Dateien aneinandergehängt. Exportieren Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo ({size} bytes) does not fit: the boot partition has room for {available} bytes, counting what the old logo frees. Use a smaller PNG.</source>
        <translation>Das Logo ({size} Byte) passt nicht: Die Boot-Partition hat Platz für {available} Byte, einschließlich dessen, was das alte Logo freigibt. Verwenden Sie ein kleineres PNG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo file &quot;{path}&quot; cannot be read ({reason}).</source>
        <translation>Die Logodatei „{path}“ kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development mode opens the device: root login without a password over SSH (port 22222) and the serial console, and the container engine API on TCP port 2375. Use it only on a network you trust.</source>
        <translation>Der Entwicklungsmodus öffnet das Gerät: root-Anmeldung ohne Passwort über SSH (Port 22222) und die serielle Konsole sowie die API der Container-Engine auf TCP-Port 2375. Verwenden Sie ihn nur in einem Netzwerk, dem Sie vertrauen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH keys are set, so password-less login is refused: only those keys log in.</source>
        <translation>SSH-Schlüssel sind gesetzt, daher wird die Anmeldung ohne Passwort abgelehnt: Nur diese Schlüssel können sich anmelden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Development mode off: SSH takes keys only, the engine API is closed.</source>
        <translation>Entwicklungsmodus aus: SSH nimmt nur Schlüssel an, die Engine-API ist geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image is an old {variant} build: it stays open whatever config.json says. Use a production or unified image to close it.</source>
        <translation>Dieses Abbild ist ein alter {variant}-Build: Es bleibt offen, egal was in config.json steht. Verwenden Sie ein Produktions- oder ein vereinheitlichtes Abbild, um es zu schließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is an old {variant}-only build: developmentMode has no effect on it. Use a development or unified image.</source>
        <translation>Dieses Abbild ist ein alter reiner {variant}-Build: developmentMode hat darauf keine Wirkung. Verwenden Sie ein Entwicklungs- oder ein vereinheitlichtes Abbild.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile must be a JSON object ({...}).</source>
        <translation>Ein Profil muss ein JSON-Objekt sein ({...}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be a JSON {expected} in a profile.</source>
        <translation>{key} muss in einem Profil JSON vom Typ {expected} sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is required in a profile.</source>
        <translation>{key} ist in einem Profil erforderlich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be one of: {allowed}.</source>
        <translation>{key} muss einer der folgenden Werte sein: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network &quot;{ssid}&quot; is listed twice; the device will have two connection files for it.</source>
        <translation>Das Netzwerk „{ssid}“ ist doppelt aufgeführt; das Gerät erhält dafür zwei Verbindungsdateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profile &quot;{name}&quot;: give a file path or the name of a saved profile ({folder}).</source>
        <translation>Kein Profil „{name}“: Geben Sie einen Dateipfad oder den Namen eines gespeicherten Profils an ({folder}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The boot partition has no {path}. Is this a balenaOS image? Write a config.json there first (imprint config inject).</source>
        <translation>Die Boot-Partition hat kein {path}. Ist das ein balenaOS-Abbild? Schreiben Sie zuerst eine config.json dorthin (imprint config inject).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written: the changes have errors. Fix them and try again.</source>
        <translation>Es wurde nichts geschrieben: Die Änderungen enthalten Fehler. Beheben Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the old file to {path} ({reason}); nothing was changed. Choose another folder with --backup DIR.</source>
        <translation>Die alte Datei konnte nicht unter {path} gesichert werden ({reason}); nichts wurde geändert. Wählen Sie mit --backup DIR einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} changed on the boot partition after the plan was made; nothing was written. Run the command again.</source>
        <translation>{path} wurde auf der Boot-Partition geändert, nachdem der Plan erstellt wurde; nichts wurde geschrieben. Führen Sie den Befehl erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} does not read back as written. The medium may be failing; the old files are in the backup folder.</source>
        <translation>{path} liest sich nicht so zurück, wie es geschrieben wurde. Das Medium fällt vielleicht aus; die alten Dateien liegen im Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no folder for the old files</source>
        <translation>kein Ordner für die alten Dateien</translation>
    </message>
    <message>
        <location filename="../app/common/messages/batch.cpp" line="+12"/>
        <source>Cannot read the manifest {path}: {reason}. Check the path and that the file is readable.</source>
        <translation>Das Manifest {path} kann nicht gelesen werden: {reason}. Prüfen Sie den Pfad und ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest {path} lists no devices. Give a CSV file with a header row and one row per device, or a JSON array of objects.</source>
        <translation>Das Manifest {path} führt keine Geräte auf. Geben Sie eine CSV-Datei mit Kopfzeile und einer Zeile pro Gerät an oder ein JSON-Array von Objekten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest has a quoted field that never ends, in the record starting on line {line}. Close the quote with &quot;.</source>
        <translation>Das Manifest hat ein Feld in Anführungszeichen, das nie endet, im Datensatz ab Zeile {line}. Schließen Sie das Anführungszeichen mit &quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} (line {line}) of the manifest has {actual} fields but the header has {expected}. Quote fields that contain commas.</source>
        <translation>Zeile {row} (Textzeile {line}) des Manifests hat {actual} Felder, die Kopfzeile aber {expected}. Setzen Sie Felder, die Kommas enthalten, in Anführungszeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest has the column {column} twice. Keep one.</source>
        <translation>Das Manifest hat die Spalte {column} zweimal. Behalten Sie eine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manifest {path} is not valid JSON: {detail}. A JSON manifest is an array of objects, one per device.</source>
        <translation>Das Manifest {path} ist kein gültiges JSON: {detail}. Ein JSON-Manifest ist ein Array von Objekten, eines pro Gerät.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of the manifest is not a JSON object. Give each device as {&quot;hostname&quot;: ..., ...}.</source>
        <translation>Zeile {row} des Manifests ist kein JSON-Objekt. Geben Sie jedes Gerät als {&quot;hostname&quot;: ..., ...} an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: the value is a JSON array or object. Give text, a number or true/false.</source>
        <translation>Zeile {row}, Spalte {column}: Der Wert ist ein JSON-Array oder -Objekt. Geben Sie Text, eine Zahl oder true/false an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest has an unknown column {column}. Columns are hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode and config.&lt;key&gt; (for example config.persistentLogging).</source>
        <translation>Das Manifest hat eine unbekannte Spalte {column}. Die Spalten sind hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode und config.&lt;key&gt; (zum Beispiel config.persistentLogging).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}, column {column}: &quot;{template}&quot; has a placeholder that is not known. Use {index}, {index:03}, {uuid} or {row.&lt;another column&gt;}.</source>
        <translation>Zeile {row}, Spalte {column}: „{template}“ enthält einen unbekannten Platzhalter. Verwenden Sie {index}, {index:03}, {uuid} oder {row.&lt;andere Spalte&gt;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is not true or false.</source>
        <translation>Zeile {row}, Spalte {column}: „{value}“ ist weder true noch false.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is not a device uuid (32 to 62 lower-case hex digits). Leave it empty to have one generated.</source>
        <translation>Zeile {row}, Spalte {column}: „{value}“ ist keine Geräte-UUID (32 bis 62 kleingeschriebene Hexadezimalziffern). Lassen Sie das Feld leer, damit eine erzeugt wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: give the device&apos;s address (ip_address, like 192.168.1.50/24) too, or leave it empty.</source>
        <translation>Zeile {row}, Spalte {column}: Geben Sie auch die Adresse des Geräts an (ip_address, etwa 192.168.1.50/24), oder lassen Sie die Spalte leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: the profile has no connection named &quot;{value}&quot;.</source>
        <translation>Zeile {row}, Spalte {column}: Das Profil hat keine Verbindung namens „{value}“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: the profile has several wired connections; say which one takes the address in the ip_connection column.</source>
        <translation>Zeile {row}: Das Profil hat mehrere kabelgebundene Verbindungen; geben Sie in der Spalte ip_connection an, welche die Adresse erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} has a wifi_psk but no wifi_ssid. Give the network&apos;s name too, or leave both empty.</source>
        <translation>Zeile {row} hat ein wifi_psk, aber kein wifi_ssid. Geben Sie auch den Namen des Netzwerks an oder lassen Sie beide leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: {reason}. Give the key&apos;s text (&quot;ssh-ed25519 AAAA...&quot;) or the path of a .pub file.</source>
        <translation>Zeile {row}, Spalte {column}: {reason}. Geben Sie den Text des Schlüssels („ssh-ed25519 AAAA...“) oder den Pfad einer .pub-Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: the value cannot be set at that path of config.json (a parent key is not an object).</source>
        <translation>Zeile {row}, Spalte {column}: Der Wert kann an diesem Pfad der config.json nicht gesetzt werden (ein übergeordneter Schlüssel ist kein Objekt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is already used by row {first_row}. Every device needs its own.</source>
        <translation>Zeile {row}, Spalte {column}: „{value}“ wird bereits von Zeile {first_row} verwendet. Jedes Gerät braucht seinen eigenen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot resume from {path}: {reason}. Run without --resume to start over.</source>
        <translation>Fortsetzen aus {path} nicht möglich: {reason}. Führen Sie den Befehl ohne --resume aus, um neu zu beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to {path}: {reason}. Check the folder exists and is writable.</source>
        <translation>In {path} kann nicht geschrieben werden: {reason}. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target-profile {profile} must follow the --to it is for, one per --to. Use --profile for a profile every target gets.</source>
        <translation>--target-profile {profile} muss auf das --to folgen, für das es gilt, eines pro --to. Verwenden Sie --profile für ein Profil, das jedes Ziel erhält.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressing {path} with {tool} failed: {detail}. Check that the disk has room and is writable.</source>
        <translation>Das Komprimieren von {path} mit {tool} ist fehlgeschlagen: {detail}. Prüfen Sie, ob auf dem Datenträger Platz ist und er beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neither a public key nor a readable file</source>
        <translation>weder ein öffentlicher Schlüssel noch eine lesbare Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an array of objects</source>
        <translation>kein Array von Objekten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than 64 MiB</source>
        <translation>größer als 64 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner lässt sich nicht anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encoder cannot start</source>
        <translation>der Komprimierer kann nicht starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder failed (error {status})</source>
        <translation>der Komprimierer ist fehlgeschlagen (Fehler {status})</translation>
    </message>
    <message>
        <location filename="../app/common/messages/udisks.cpp" line="+11"/>
        <source>The UDisks2 service is not reachable ({detail}): start it (systemctl start udisks2), or run as root to write drives directly.</source>
        <translation>Der Dienst UDisks2 ist nicht erreichbar ({detail}): Starten Sie ihn (systemctl start udisks2) oder führen Sie das Programm als root aus, um Laufwerke direkt zu beschreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDisks2 does not know {name} ({detail}): check the device name with &apos;imprint drives&apos;.</source>
        <translation>UDisks2 kennt {name} nicht ({detail}): Prüfen Sie den Gerätenamen mit &apos;imprint drives&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mountpoint} on {name} could not be unmounted ({detail}): close the programs using it and try again.</source>
        <translation>{mountpoint} auf {name} konnte nicht ausgehängt werden ({detail}): Schließen Sie die Programme, die es verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDisks2 did not open {name} for writing ({detail}): allow it when asked for a password, and make sure nothing else uses the drive.</source>
        <translation>UDisks2 hat {name} nicht zum Schreiben geöffnet ({detail}): Erlauben Sie es, wenn nach einem Passwort gefragt wird, und stellen Sie sicher, dass nichts anderes das Laufwerk verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system&apos;s policy (polkit) does not allow you to write {name} ({detail}); nothing was written. Run Imprint in your desktop session and confirm with your password when asked, or run it as root (sudo).</source>
        <translation>Die Richtlinie des Systems (polkit) erlaubt Ihnen nicht, {name} zu beschreiben ({detail}); es wurde nichts geschrieben. Starten Sie Imprint in Ihrer Desktop-Sitzung und bestätigen Sie mit Ihrem Passwort, wenn danach gefragt wird, oder starten Sie es als root (sudo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDisks2 does not know this device</source>
        <translation>UDisks2 kennt dieses Gerät nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file descriptor in the reply</source>
        <translation>kein Dateideskriptor in der Antwort</translation>
    </message>
    <message>
        <location filename="../app/common/messages/folders.cpp" line="+11"/>
        <source>The folder {folder} cannot be created: {reason}. Nothing was written. Check that your home folder is writable and the disk is not full.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden: {reason}. Es wurde nichts geschrieben. Prüfen Sie, ob Ihr Benutzerordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <location filename="../app/common/messages/writer.cpp" line="+11"/>
        <source>The writing helper {program} could not be started ({detail}); nothing was written. Allow it when the system asks for permission, or reinstall Imprint.</source>
        <translation>Das Schreibprogramm {program} konnte nicht gestartet werden ({detail}); nichts wurde geschrieben. Erlauben Sie es, wenn das System um Erlaubnis fragt, oder installieren Sie Imprint neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper ended before it reported the result (exit status {status}). Check the drive and write it again.</source>
        <translation>Das Schreibprogramm endete, bevor es das Ergebnis meldete (Exit-Status {status}). Prüfen Sie das Laufwerk und schreiben Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper said nothing for {seconds} seconds and was stopped. Write again, and allow it when the system asks for permission.</source>
        <translation>Das Schreibprogramm hat {seconds} Sekunden lang nichts gemeldet und wurde beendet. Schreiben Sie erneut und erlauben Sie es, wenn das System um Erlaubnis fragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the writing helper closed before the write ended. Check the drive and write it again.</source>
        <translation>Die Verbindung zum Schreibprogramm wurde geschlossen, bevor das Schreiben endete. Prüfen Sie das Laufwerk und schreiben Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message from the writing helper was cut short. Check the drive and write it again.</source>
        <translation>Eine Nachricht des Schreibprogramms brach mittendrin ab. Prüfen Sie das Laufwerk und schreiben Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private connection to the writing helper failed ({detail}). Write again.</source>
        <translation>Die private Verbindung zum Schreibprogramm ist fehlgeschlagen ({detail}). Schreiben Sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program connected in place of the writing helper; it was given nothing and nothing was written. Check this computer for unwanted software, then write again.</source>
        <translation>Ein anderes Programm hat sich an Stelle des Schreibprogramms verbunden; es hat nichts erhalten und nichts wurde geschrieben. Prüfen Sie diesen Computer auf unerwünschte Software und schreiben Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper sent an empty message: it is not from this version of Imprint. Reinstall Imprint.</source>
        <translation>Das Schreibprogramm hat eine leere Nachricht gesendet: Es stammt nicht aus dieser Version von Imprint. Installieren Sie Imprint neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message of {size} to or from the writing helper is over the {limit} allowed. Reinstall Imprint if this was not a very large job.</source>
        <translation>Eine Nachricht von {size} an das oder vom Schreibprogramm überschreitet die erlaubten {limit}. Installieren Sie Imprint neu, wenn es kein sehr großer Auftrag war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message between Imprint and its writing helper is not valid JSON. Reinstall Imprint.</source>
        <translation>Eine Nachricht zwischen Imprint und seinem Schreibprogramm ist kein gültiges JSON. Installieren Sie Imprint neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The writing helper speaks protocol version {version}, this program version {expected}: reinstall Imprint so both come from the same release.</source>
        <translation>Das Schreibprogramm spricht Protokollversion {version}, dieses Programm Version {expected}: Installieren Sie Imprint neu, damit beide aus derselben Version stammen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message of unknown type &quot;{type}&quot; came from the other side of the writing helper&apos;s connection. Reinstall Imprint.</source>
        <translation>Eine Nachricht unbekannten Typs „{type}“ kam von der anderen Seite der Verbindung zum Schreibprogramm. Installieren Sie Imprint neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value in a message between Imprint and its writing helper is of the wrong kind or out of range. Reinstall Imprint.</source>
        <translation>Ein Wert in einer Nachricht zwischen Imprint und seinem Schreibprogramm hat die falsche Art oder liegt außerhalb des Bereichs. Installieren Sie Imprint neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message between Imprint and its writing helper lacks a value. Reinstall Imprint.</source>
        <translation>Einer Nachricht zwischen Imprint und seinem Schreibprogramm fehlt ein Wert. Installieren Sie Imprint neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message between Imprint and its writing helper holds a value it does not know. Reinstall Imprint.</source>
        <translation>Eine Nachricht zwischen Imprint und seinem Schreibprogramm enthält einen unbekannten Wert. Installieren Sie Imprint neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} cannot be handed to the writing helper; nothing was written.</source>
        <translation>{what} kann nicht an das Schreibprogramm übergeben werden; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image that is still downloading</source>
        <translation>Ein Abbild, das noch heruntergeladen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A write through UDisks2</source>
        <translation>Ein Schreibvorgang über UDisks2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configuration planned before the write</source>
        <translation>Eine vor dem Schreiben geplante Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/common/messages/network.cpp" line="+12"/>
        <source>&quot;{value}&quot; cannot name a connection: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, not ending in a dot or .ignore.</source>
        <translation>„{value}“ taugt nicht als Name einer Verbindung: 1 bis 64 Buchstaben, Ziffern, „-“ oder „_“, nicht auf einen Punkt oder .ignore endend.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the priority {value} is out of range (-999 to 999).</source>
        <translation>Verbindung „{id}“: Die Priorität {value} liegt außerhalb des Bereichs (-999 bis 999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: this WiFi security needs a pass phrase.</source>
        <translation>Verbindung „{id}“: Diese WLAN-Sicherheit braucht eine Passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: an open or enterprise network takes no pass phrase; choose WPA security or leave it out.</source>
        <translation>Verbindung „{id}“: Ein offenes oder Enterprise-Netzwerk nimmt keine Passphrase; WPA-Sicherheit wählen oder sie weglassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: WPA3 (SAE) takes a pass phrase, not a 64-digit raw key.</source>
        <translation>Verbindung „{id}“: WPA3 (SAE) nimmt eine Passphrase, keinen rohen Schlüssel aus 64 Ziffern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the band &quot;{value}&quot; is neither a (5 GHz) nor bg (2.4 GHz).</source>
        <translation>Verbindung „{id}“: Das Band „{value}“ ist weder a (5 GHz) noch bg (2,4 GHz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a MAC address (six pairs of hex digits, like 00:11:22:AA:BB:CC).</source>
        <translation>Verbindung „{id}“: „{value}“ ist keine MAC-Adresse (sechs Paare Hex-Ziffern, etwa 00:11:22:AA:BB:CC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a MAC address (six pairs of hex digits, like 52:54:00:12:34:56).</source>
        <translation>Verbindung „{id}“: „{value}“ ist keine MAC-Adresse (sechs Paare Hex-Ziffern, etwa 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: an enterprise network needs an identity.</source>
        <translation>Verbindung „{id}“: Ein Enterprise-Netzwerk braucht eine Identität.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: a password is missing (the network&apos;s, or the one of the encrypted private key).</source>
        <translation>Verbindung „{id}“: Ein Passwort fehlt (das des Netzwerks oder das des verschlüsselten privaten Schlüssels).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: TLS needs a client certificate and its private key; {field} is missing.</source>
        <translation>Verbindung „{id}“: TLS braucht ein Client-Zertifikat und seinen privaten Schlüssel; {field} fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: {field} is not a PEM file of the right kind (-----BEGIN CERTIFICATE----- or PRIVATE KEY). Convert it with openssl.</source>
        <translation>Verbindung „{id}“: {field} ist keine PEM-Datei der richtigen Art (-----BEGIN CERTIFICATE----- oder PRIVATE KEY). Mit openssl umwandeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not an access point name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;; at most 64).</source>
        <translation>Verbindung „{id}“: „{value}“ ist kein Zugangspunktname (Buchstaben, Ziffern, „.“, „-“, „_“; höchstens 64).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: a SIM PIN is 4 to 8 digits.</source>
        <translation>Verbindung „{id}“: Eine SIM-PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &quot;{id}&quot;: {field} holds a line break or another control character.</source>
        <translation>Verbindung „{id}“: {field} enthält einen Zeilenumbruch oder ein anderes Steuerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the manual method needs at least one address with its prefix, like 192.168.1.50/24.</source>
        <translation>Verbindung „{id}“: Die Methode manual braucht mindestens eine Adresse mit Präfix, etwa 192.168.1.50/24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the method {method} takes no addresses, gateway or DNS settings.</source>
        <translation>Verbindung „{id}“: Die Methode {method} nimmt keine Adressen, kein Gateway und keine DNS-Einstellungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Verbindung „{id}“: „{value}“ ist keine Adresse dieser IP-Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; needs a prefix length of 1 to 32 (IPv4) or 1 to 128 (IPv6), like /24 or /64.</source>
        <translation>Verbindung „{id}“: „{value}“ braucht eine Präfixlänge von 1 bis 32 (IPv4) oder 1 bis 128 (IPv6), etwa /24 oder /64.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the gateway &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Verbindung „{id}“: Das Gateway „{value}“ ist keine Adresse dieser IP-Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the gateway {value} lies outside every address&apos;s network, so the device could not reach it.</source>
        <translation>Verbindung „{id}“: Das Gateway {value} liegt außerhalb des Netzes jeder Adresse, das Gerät könnte es also nicht erreichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the DNS server &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Verbindung „{id}“: Der DNS-Server „{value}“ ist keine Adresse dieser IP-Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a domain name.</source>
        <translation>Verbindung „{id}“: „{value}“ ist kein Domainname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &quot;{id}&quot;: the route metric {value} is out of range (0 to 65535).</source>
        <translation>Verbindung „{id}“: Die Routenmetrik {value} liegt außerhalb des Bereichs (0 bis 65535).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy host &quot;{value}&quot; is neither an IP address nor a host name.</source>
        <translation>Der Proxy-Host „{value}“ ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy port {value} is out of range (1 to 65535).</source>
        <translation>Der Proxy-Port {value} liegt außerhalb des Bereichs (1 bis 65535).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy login holds a quote, a backslash, a &apos;;&apos; or a control character, which redsocks cannot read.</source>
        <translation>Der Proxy-Benutzername enthält ein Anführungszeichen, einen Backslash, ein „;“ oder ein Steuerzeichen, das redsocks nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy password holds a quote, a backslash, a &apos;;&apos; or a control character, which redsocks cannot read.</source>
        <translation>Das Proxy-Passwort enthält ein Anführungszeichen, einen Backslash, ein „;“ oder ein Steuerzeichen, das redsocks nicht lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy has a password but no login.</source>
        <translation>Der Proxy hat ein Passwort, aber keinen Benutzernamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not an IPv4 address or network (like 10.0.0.0/8) for the proxy&apos;s exceptions.</source>
        <translation>„{value}“ ist keine IPv4-Adresse und kein IPv4-Netz (etwa 10.0.0.0/8) für die Ausnahmen des Proxys.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>{file} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than {limit}; a NetworkManager keyfile is a few hundred bytes.</source>
        <translation>{file} ist größer als {limit}; eine NetworkManager-Schlüsseldatei hat wenige hundert Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a NetworkManager keyfile: it holds bytes that are not UTF-8 text.</source>
        <translation>{file} ist keine NetworkManager-Schlüsseldatei: Sie enthält Bytes, die kein UTF-8-Text sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, [{group}] {key}: this key is missing.</source>
        <translation>{file}, [{group}] {key}: Dieser Schlüssel fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: &quot;{value}&quot; is not one of: {allowed}.</source>
        <translation>{file}, [{group}] {key}: „{value}“ ist keiner der Werte {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: {detail}</source>
        <translation>{file}, [{group}] {key}: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: the file {path} it names was not imported with it.</source>
        <translation>{file}, [{group}] {key}: Die dort genannte Datei {path} wurde nicht mit importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, [{group}] {key}: cannot read {path}: {reason}</source>
        <translation>{file}, [{group}] {key}: {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two connections are named &quot;{id}&quot;; each needs its own name.</source>
        <translation>Zwei Verbindungen heißen „{id}“; jede braucht ihren eigenen Namen.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+38"/>
        <source>Flash and configure balenaOS images.</source>
        <translation>balenaOS-Abbilder schreiben und konfigurieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to open.</source>
        <translation>Das zu öffnende Abbild.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a profile (a file or a saved name) once the image is open.</source>
        <translation>Ein Profil (eine Datei oder einen gespeicherten Namen) anwenden, sobald das Abbild geöffnet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at a step: image, configure, plan or write.</source>
        <translation>Bei einem Schritt beginnen: image, configure, plan oder write.</translation>
    </message>
    <message>
        <location filename="../app/gui/textformat.cpp" line="+9"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/drivetargets.cpp" line="+31"/>
        <source>system drive: never written</source>
        <translation>Systemlaufwerk: wird nie beschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/errorlabel.cpp" line="+23"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON pointer: %1</source>
        <translation>JSON-Pointer: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte offset: %1</source>
        <translation>Byte-Offset: %1</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../app/common/sizetext.cpp" line="+10"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
</context>
<context>
    <name>Write</name>
    <message>
        <location filename="../app/common/write/writeoutcome.cpp" line="+38"/>
        <source>written and verified</source>
        <translation>geschrieben und geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written (not verified)</source>
        <translation>geschrieben (nicht geprüft)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n boot file(s) configured</source>
        <translation>
            <numerusform>%1, %n Bootdatei eingerichtet</numerusform>
            <numerusform>%1, %n Bootdateien eingerichtet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of data (from %2)</source>
        <translation>%1 Daten (aus %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of data (found in the image)</source>
        <translation>%1 Daten (im Abbild gefunden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole image (%1)</source>
        <translation>das ganze Abbild (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole image</source>
        <translation>das ganze Abbild</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n boot file(s) change</source>
        <translation>
            <numerusform>%n Bootdatei ändert sich</numerusform>
            <numerusform>%n Bootdateien ändern sich</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not configured</source>
        <translation>nicht eingerichtet</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Writes %1; %2.</source>
        <translation>Schreibt %1; %2.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the boot files are configured on the way</source>
        <translation>die Boot-Dateien werden unterwegs konfiguriert</translation>
    </message>
</context>
<context>
    <name>imprint::app</name>
    <message>
        <location filename="../app/common/config/configtext.cpp" line="+42"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(already there before this change)</source>
        <translation>(war schon vor dieser Änderung vorhanden)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No changes: the boot partition already holds all of this.</source>
        <translation>Keine Änderungen: Die Boot-Partition enthält all das bereits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create  %1 (%2 bytes)</source>
        <translation>erstellen  %1 (%2 Byte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace %1 (%2 -&gt; %3 bytes)</source>
        <translation>ersetzen   %1 (%2 -&gt; %3 Byte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove  %1 (%2 bytes)</source>
        <translation>entfernen  %1 (%2 Byte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json:</source>
        <translation>config.json:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files replaced or removed are saved first to %1</source>
        <translation>Die ersetzten oder entfernten Dateien werden zuerst gesichert in %1</translation>
    </message>
    <message>
        <location filename="../app/common/config/connectionlist.cpp" line="+31"/>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>[ignored by NetworkManager]</source>
        <translation>[von NetworkManager ignoriert]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
</context>
<context>
    <name>imprint::cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="-126"/>
        <source>&apos;version compare&apos; takes exactly two versions.</source>
        <translation>&apos;version compare&apos; nimmt genau zwei Versionen an.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;version parse&apos; takes exactly one version.</source>
        <translation>&apos;version parse&apos; nimmt genau eine Version an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare, sort and parse balenaOS versions (X.Y.Z[-label][+revN]).

  compare A B         print &lt;, = or &gt; 
  sort [VERSION...]   print the versions (or stdin&apos;s lines) in ascending order
  parse VERSION       print the version in canonical form</source>
        <translation>balenaOS-Versionen vergleichen, sortieren und zerlegen (X.Y.Z[-label][+revN]).

  compare A B         gibt &lt;, = oder &gt; aus 
  sort [VERSION...]   gibt die Versionen (oder die Zeilen der Standardeingabe) aufsteigend sortiert aus
  parse VERSION       gibt die Version in kanonischer Form aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the result as JSON (see the README).</source>
        <translation>Das Ergebnis als JSON ausgeben (siehe README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare, sort or parse</source>
        <translation>compare, sort oder parse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the versions</source>
        <translation>die Versionen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;version&apos; needs an action: compare, sort or parse.</source>
        <translation>&apos;version&apos; braucht eine Aktion: compare, sort oder parse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use compare, sort or parse.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;: Verwenden Sie compare, sort oder parse.</translation>
    </message>
    <message>
        <location filename="../app/cli/configdocument.cpp" line="+88"/>
        <source>Nothing was written: the change has errors.</source>
        <translation>Es wurde nichts geschrieben: Die Änderung enthält Fehler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change: config.json already holds this.</source>
        <translation>Keine Änderung: config.json enthält das bereits.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the old file to %1</source>
        <translation>Alte Datei gesichert in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="-196"/>
        <source>set: VALUE is JSON. get/show/validate: print JSON (see app/cli/json/config.md).</source>
        <translation>set: VALUE ist JSON. get/show/validate: JSON ausgeben (siehe app/cli/json/config.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set: VALUE is a string, whatever the key.</source>
        <translation>set: VALUE ist eine Zeichenkette, unabhängig vom Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print apiKey and other secrets as they are.</source>
        <translation>apiKey und andere Geheimnisse unverändert ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inject: replace config.json instead of merging.</source>
        <translation>inject: config.json ersetzen statt zusammenführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the change, write nothing.</source>
        <translation>Die Änderung ausgeben, nichts schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save replaced files to DIR.</source>
        <translation>Ersetzte Dateien in DIR sichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not ask (this command never asks).</source>
        <translation>Nicht nachfragen (dieser Befehl fragt nie).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get, set, unset, validate, show or inject</source>
        <translation>get, set, unset, validate, show oder inject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config.json, image, drive or directory</source>
        <translation>config.json, Abbild, Laufwerk oder Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY [VALUE] or FILE</source>
        <translation>KEY [VALUE] oder FILE</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&apos;config&apos; needs an action: get, set, unset, validate, show or inject.</source>
        <translation>&apos;config&apos; braucht eine Aktion: get, set, unset, validate, show oder inject.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use get, set, unset, validate, show or inject.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;: Verwenden Sie get, set, unset, validate, show oder inject.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&apos;config %1&apos; takes %n argument(s); see &apos;imprint config --help&apos;.</source>
        <translation>
            <numerusform>&apos;config %1&apos; nimmt %n Argument an; siehe &apos;imprint config --help&apos;.</numerusform>
            <numerusform>&apos;config %1&apos; nimmt %n Argumente an; siehe &apos;imprint config --help&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Read and edit config.json in a config.json file, an image file, a drive or a mounted boot directory.

  get TARGET KEY          print a value (strings raw, the rest as JSON)
  set TARGET KEY VALUE    set a value (typed as the schema says)
  unset TARGET KEY        remove a key
  validate TARGET         check against the schema and the semantic rules
  show TARGET             print the whole file
  inject TARGET FILE      deep-merge FILE into config.json (--replace: replace it)
  list-connections TARGET the connections in system-connections/ (see &apos;imprint config list-connections --help&apos;)

KEY is a dotted path (os.network.connectivity.uri) or a JSON pointer (/os/udevRules/99).</source>
        <translation>config.json in einer config.json-Datei, einer Abbilddatei, auf einem Laufwerk oder in einem eingehängten Boot-Verzeichnis lesen und bearbeiten.

  get TARGET KEY          einen Wert ausgeben (Zeichenketten roh, alles andere als JSON)
  set TARGET KEY VALUE    einen Wert setzen (mit dem Typ, den das Schema vorgibt)
  unset TARGET KEY        einen Schlüssel entfernen
  validate TARGET         gegen das Schema und die inhaltlichen Regeln prüfen
  show TARGET             die ganze Datei ausgeben
  inject TARGET FILE      FILE tief in config.json einmischen (--replace: sie ersetzen)
  list-connections TARGET die Verbindungen in system-connections/ (siehe &apos;imprint config list-connections --help&apos;)

KEY ist ein Pfad mit Punkten (os.network.connectivity.uri) oder ein JSON-Pointer (/os/udevRules/99).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--json and --string exclude each other.</source>
        <translation>--json und --string schließen einander aus.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht gesetzt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not set; nothing to remove.</source>
        <translation>%1 ist nicht gesetzt; es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="-334"/>
        <location filename="../app/cli/cmd_profile.cpp" line="-144"/>
        <source>Each --wifi-psk must follow its own --wifi SSID.</source>
        <translation>Jedes --wifi-psk muss auf sein eigenes --wifi SSID folgen.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>image file, drive or mounted boot directory</source>
        <translation>Abbilddatei, Laufwerk oder eingehängtes Boot-Verzeichnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;configure&apos; takes exactly one TARGET; see &apos;imprint configure --help&apos;.</source>
        <translation>&apos;configure&apos; nimmt genau ein TARGET an; siehe &apos;imprint configure --help&apos;.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--dev and --no-dev exclude each other.</source>
        <translation>--dev und --no-dev schließen einander aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--persistent-logging and --no-persistent-logging exclude each other.</source>
        <translation>--persistent-logging und --no-persistent-logging schließen einander aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--random-mac-scan takes true or false.</source>
        <translation>--random-mac-scan nimmt true oder false an.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>--udev-rule takes NAME=FILE, not &apos;%1&apos;.</source>
        <translation>--udev-rule nimmt NAME=FILE an, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>%1 must follow the connection it belongs to (--wifi, --ethernet or --gsm; --no-proxy: --proxy).</source>
        <translation>%1 muss nach der Verbindung stehen, zu der es gehört (--wifi, --ethernet oder --gsm; --no-proxy: --proxy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not take &apos;%2&apos;; see &apos;imprint configure --help&apos;.</source>
        <translation>%1 nimmt „%2“ nicht an; siehe „imprint configure --help“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1 (%2): %3</source>
        <translation>%1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Configure the boot partition of an image file, a drive or a mounted boot directory: config.json, WiFi networks, SSH keys, udev rules, splash logo and development mode. Network options (--wifi-security, --eap-*, --mac, --gsm-*, --ipv4, --ipv6, --gateway, --dns-*, --route-metric, --priority) belong to the --wifi, --ethernet or --gsm before them. Prints the plan, saves the files it replaces, writes, and reads everything back.</source>
        <translation>Die Boot-Partition einer Abbilddatei, eines Laufwerks oder eines eingehängten Boot-Verzeichnisses konfigurieren: config.json, WLAN-Netzwerke, SSH-Schlüssel, udev-Regeln, Startlogo und Entwicklungsmodus. Netzwerkoptionen (--wifi-security, --eap-*, --mac, --gsm-*, --ipv4, --ipv6, --gateway, --dns-*, --route-metric, --priority) gehören zum --wifi, --ethernet oder --gsm davor. Gibt den Plan aus, sichert die Dateien, die ersetzt werden, schreibt und liest alles zurück.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Nothing was written: fix the errors above.</source>
        <translation>Es wurde nichts geschrieben: Beheben Sie die obigen Fehler.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write these changes to %1?</source>
        <translation>Diese Änderungen in %1 schreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Done: %n file(s) written and read back.</source>
        <translation>
            <numerusform>Fertig: %n Datei geschrieben und zurückgelesen.</numerusform>
            <numerusform>Fertig: %n Dateien geschrieben und zurückgelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="-67"/>
        <source>Download an image over http(s) with progress, resume and a checksum. Without -o the file goes to the download cache and its path is printed; a second run reuses it.</source>
        <translation>Ein Abbild über http(s) herunterladen, mit Fortschritt, Fortsetzen und Prüfsumme. Ohne -o landet die Datei im Download-Cache und ihr Pfad wird ausgegeben; ein zweiter Aufruf verwendet sie wieder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to FILE instead of the cache.</source>
        <translation>In FILE statt im Cache speichern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the file unless its SHA-256 is HEX.</source>
        <translation>Die Datei ablehnen, wenn ihr SHA-256 nicht HEX ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download again even when the cache has the file.</source>
        <translation>Erneut herunterladen, auch wenn die Datei im Cache liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON (see app/cli/json/download.md).</source>
        <translation>Das Ergebnis als JSON ausgeben (siehe app/cli/json/download.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The http:// or https:// address.</source>
        <translation>Die http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;download&apos; takes exactly one URL.</source>
        <translation>&apos;download&apos; nimmt genau eine URL an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/cmd_flash.cpp" line="-282"/>
        <source>--sha256 needs 64 hexadecimal digits.</source>
        <translation>--sha256 braucht 64 Hexadezimalziffern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="-57"/>
        <source>List the drives that can be written, with Imprint&apos;s safety verdict.
The drive holding the running system is hidden unless --all is given.</source>
        <translation>Die beschreibbaren Laufwerke mit dem Sicherheitsurteil von Imprint auflisten.
Das Laufwerk mit dem laufenden System ist ausgeblendet, außer wenn --all angegeben ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the list as JSON (see app/cli/json/drives.md).</source>
        <translation>Die Liste als JSON ausgeben (siehe app/cli/json/drives.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the system drive, loop devices and empty readers.</source>
        <translation>Auch das Systemlaufwerk, Loop-Geräte und leere Lesegeräte auflisten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;drives&apos; takes no arguments.</source>
        <translation>&apos;drives&apos; nimmt keine Argumente an.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No drives found.</source>
        <translation>Keine Laufwerke gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drives found (use --all to include the system drive and loop devices).</source>
        <translation>Keine Laufwerke gefunden (mit --all werden auch das Systemlaufwerk und Loop-Geräte aufgeführt).</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashtargets.cpp" line="+42"/>
        <source>%1 exists and will be overwritten. Continue?</source>
        <translation>%1 existiert und wird überschrieben. Fortfahren?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 exists: not overwritten (use --yes to overwrite).</source>
        <translation>%1 existiert: nicht überschrieben (mit --yes überschreiben).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Everything on %1 (%2 %3) will be erased. Continue?</source>
        <translation>Alles auf %1 (%2 %3) wird gelöscht. Fortfahren?</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_batch.cpp" line="-256"/>
        <source>Configure many devices from one base image and a manifest (CSV with a header row, or a JSON array of objects; one row per device; columns hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode and config.&lt;key&gt;; values may use {index}, {index:03}, {uuid} and {row.&lt;column&gt;}). Every row is checked before anything is written. With --out, one sparse image per device (&lt;hostname&gt;.img); with --to, the given drives or files, flashed in parallel, one device each, set after set.</source>
        <translation>Viele Geräte aus einem Basisabbild und einem Manifest konfigurieren (CSV mit Kopfzeile oder ein JSON-Array von Objekten; eine Zeile pro Gerät; Spalten hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode und config.&lt;key&gt;; Werte dürfen {index}, {index:03}, {uuid} und {row.&lt;column&gt;} verwenden). Jede Zeile wird geprüft, bevor irgendetwas geschrieben wird. Mit --out ein Sparse-Abbild pro Gerät (&lt;hostname&gt;.img); mit --to die angegebenen Laufwerke oder Dateien, parallel beschrieben, ein Gerät pro Ziel, Satz für Satz.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSV or JSON, one row per device</source>
        <translation>CSV oder JSON, eine Zeile pro Gerät</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;batch&apos; needs a MANIFEST, --image BASE and either --out DIR or --to TARGET; see &apos;imprint batch --help&apos;.</source>
        <translation>&apos;batch&apos; braucht ein MANIFEST, --image BASE und entweder --out DIR oder --to TARGET; siehe &apos;imprint batch --help&apos;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--compress takes xz or zst.</source>
        <translation>--compress nimmt xz oder zst an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compress only goes with --out.</source>
        <translation>--compress geht nur zusammen mit --out.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--resume with --to needs the --report FILE of the earlier run.</source>
        <translation>--resume mit --to braucht die --report FILE des vorherigen Laufs.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Row %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written: fix the rows above.</source>
        <translation>Es wurde nichts geschrieben: Beheben Sie die obigen Zeilen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 exists: nothing was written (use --yes to overwrite, or --resume to go on from an earlier run).</source>
        <translation>%1 existiert: Es wurde nichts geschrieben (mit --yes überschreiben oder mit --resume einen früheren Lauf fortsetzen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/support/flashtargets.cpp" line="+5"/>
        <source>%1 not written: confirm with --yes.</source>
        <translation>%1 nicht beschrieben: Bestätigen Sie mit --yes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/support/batchsets.cpp" line="+51"/>
        <source>%n device(s) left: put in the next set and run again with --resume --report %1.</source>
        <translation>
            <numerusform>Noch %n Gerät: Legen Sie den nächsten Satz ein und starten Sie erneut mit --resume --report %1.</numerusform>
            <numerusform>Noch %n Geräte: Legen Sie den nächsten Satz ein und starten Sie erneut mit --resume --report %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_batch.cpp" line="+42"/>
        <source>%n device(s) done.</source>
        <translation>
            <numerusform>%n Gerät fertig.</numerusform>
            <numerusform>%n Geräte fertig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/support/batchsets.cpp" line="+8"/>
        <source>Rows %1-%2 go to %3: everything on them is erased. Press Enter to write, q to stop. </source>
        <translation>Die Zeilen %1-%2 gehen auf %3: Alles darauf wird gelöscht. Enter drücken zum Schreiben, q zum Abbrechen. </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Writing rows %1-%2 of %3...</source>
        <translation>Zeilen %1-%2 von %3 werden geschrieben …</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>row %1: %2 %3 (uuid %4)</source>
        <translation>Zeile %1: %2 %3 (UUID %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written and verified</source>
        <translation>geschrieben und geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashprogress.cpp" line="+79"/>
        <source>download %1%</source>
        <translation>Download %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> %1 left</source>
        <translation> noch %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="-52"/>
        <source>Write an image (raw, .gz, .xz, .zst, .bz2 or a .zip holding one image) to drives or image files, all at once from one decompression, verified.
A TARGET under /dev is a drive (checked for safety: never the system drive); any other path is an image file. A .bmap beside the image is used when present.</source>
        <translation>Ein Abbild (roh, .gz, .xz, .zst, .bz2 oder eine .zip mit einem Abbild) auf Laufwerke oder in Abbilddateien schreiben, alle gleichzeitig aus einer einzigen Dekompression, mit Prüfung.
Ein TARGET unter /dev ist ein Laufwerk (auf Sicherheit geprüft: niemals das Systemlaufwerk); jeder andere Pfad ist eine Abbilddatei. Eine .bmap neben dem Abbild wird verwendet, wenn vorhanden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The image to write.</source>
        <translation>Das zu schreibende Abbild.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;flash&apos; needs one SOURCE and at least one --to TARGET.</source>
        <translation>&apos;flash&apos; braucht eine SOURCE und mindestens ein --to TARGET.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A .zip keeps its directory at its end: it is downloaded whole before writing starts.</source>
        <translation>Ein .zip hat sein Verzeichnis am Ende: es wird vollständig heruntergeladen, bevor das Schreiben beginnt.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Using the block map %1 (%2 of %3 hold data).</source>
        <translation>Blockkarte %1 wird verwendet (%2 von %3 enthalten Daten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing only the %1 of %2 that hold data (found in the image).</source>
        <translation>Es werden nur die %1 von %2 geschrieben, die Daten enthalten (im Abbild ermittelt).</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Downloading the whole raw image before planning its configuration.</source>
        <translation>Das ganze unkomprimierte Abbild wird heruntergeladen, bevor seine Konfiguration geplant wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashtargets.cpp" line="-21"/>
        <source>Nothing was written: fix the profile errors above.</source>
        <translation>Es wurde nichts geschrieben: Beheben Sie die obigen Profilfehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="+78"/>
        <source>The download is kept in %1.</source>
        <translation>Der Download bleibt in %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="-141"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
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
        <translation>Dateien auf einer Boot-Partition lesen und ändern, ohne sie einzuhängen.

  ls TARGET [PATH]          ein Verzeichnis auflisten (Standard: das Stammverzeichnis)
  cat TARGET PATH           eine Datei auf die Standardausgabe schreiben
  put TARGET PATH [LOCAL|-] eine Datei aus LOCAL oder der Standardeingabe anlegen oder ersetzen (absturzsicher)
  rm TARGET PATH            eine Datei oder ein leeres Verzeichnis entfernen
  mkdir TARGET PATH         ein Verzeichnis anlegen (samt fehlender übergeordneter Verzeichnisse)

TARGET ist eine Abbilddatei, ein Laufwerk (/dev/sdX) oder ein eingehängtes Boot-Verzeichnis. Die Boot-Partition wird an ihrer Bezeichnung oder an /device-type.json erkannt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use partition N instead of the boot partition.</source>
        <translation>Partition N statt der Boot-Partition verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls: print the listing as JSON (see app/cli/json/fs.md).</source>
        <translation>ls: die Auflistung als JSON ausgeben (siehe app/cli/json/fs.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls, cat, put, rm or mkdir</source>
        <translation>ls, cat, put, rm oder mkdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/listconnections.cpp" line="+31"/>
        <source>image, drive or directory</source>
        <translation>Abbild, Laufwerk oder Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path on the partition</source>
        <translation>Pfad auf der Partition</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;fs&apos; needs an action: ls, cat, put, rm or mkdir.</source>
        <translation>&apos;fs&apos; braucht eine Aktion: ls, cat, put, rm oder mkdir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use ls, cat, put, rm or mkdir.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;: Verwenden Sie ls, cat, put, rm oder mkdir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong number of arguments for &apos;fs %1&apos;; see &apos;imprint fs --help&apos;.</source>
        <translation>Falsche Anzahl von Argumenten für &apos;fs %1&apos;; siehe &apos;imprint fs --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="-81"/>
        <location filename="../app/cli/cmd_fs.cpp" line="+8"/>
        <source>--partition takes a partition number (1 or more).</source>
        <translation>--partition nimmt eine Partitionsnummer an (1 oder höher).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="+16"/>
        <source>&apos;fs put&apos; reads the content from stdin, which is a terminal; give a LOCAL file or pipe the content in.</source>
        <translation>&apos;fs put&apos; liest den Inhalt von der Standardeingabe, und die ist ein Terminal; geben Sie eine LOCAL-Datei an oder leiten Sie den Inhalt per Pipe hinein.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="+17"/>
        <location filename="../app/cli/cmd_fs.cpp" line="+15"/>
        <source>No partition is labelled as the boot partition and none holds device-type.json; using partition 1.</source>
        <translation>Keine Partition ist als Boot-Partition bezeichnet und keine enthält device-type.json; Partition 1 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="-151"/>
        <source>Target: %1 (%2, %3 bytes)</source>
        <translation>Ziel: %1 (%2, %3 Byte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format: %1, %2 bytes as stored</source>
        <translation>Format: %1, %2 Byte gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data: unknown (no .bmap, and a compressed image is not read whole)</source>
        <translation>Daten: unbekannt (keine .bmap, und ein komprimiertes Abbild wird nicht ganz gelesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: %1 hold data (%2)</source>
        <translation>Daten: %1 enthalten Daten (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the .bmap</source>
        <translation>laut .bmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found in the image</source>
        <translation>im Abbild ermittelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partition table: %1, %2-byte sectors, id %3</source>
        <translation>Partitionstabelle: %1, %2-Byte-Sektoren, ID %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filesystem</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label/name</source>
        <translation>Bezeichnung/Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(extended)</source>
        <translation>(erweitert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>[PAST THE END OF THE DEVICE]</source>
        <translation>[HINTER DEM ENDE DES GERÄTS]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boot partition: not found</source>
        <translation>Boot-Partition: nicht gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boot partition: %1 (%2), because of %3</source>
        <translation>Boot-Partition: %1 (%2), Grund: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Boot files: %1</source>
        <translation>Boot-Dateien: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version: %1</source>
        <translation>OS-Version: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Device type: %1</source>
        <translation>Gerätetyp: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development mode: on</source>
        <translation>Entwicklungsmodus: an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development mode: off</source>
        <translation>Entwicklungsmodus: aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json: none</source>
        <translation>config.json: keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json: not a JSON object</source>
        <translation>config.json: kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json: %1</source>
        <translation>config.json: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connections: none</source>
        <translation>Verbindungen: keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connections:</source>
        <translation>Verbindungen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the partitions of an image file or drive, which one is the boot partition and why, and the balenaOS version and device type on it. TARGET may be compressed (.xz, .gz, .zst, .bz2, .zip), an http(s) URL (only its head is read, while it downloads) or a mounted boot directory.</source>
        <translation>Die Partitionen einer Abbilddatei oder eines Laufwerks anzeigen, welche davon die Boot-Partition ist und warum, sowie die balenaOS-Version und den Gerätetyp darauf. TARGET darf komprimiert sein (.xz, .gz, .zst, .bz2, .zip), eine http(s)-URL (nur ihr Anfang wird gelesen, während sie herunterlädt) oder ein eingehängtes Boot-Verzeichnis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>image file or URL, drive or directory</source>
        <translation>Abbilddatei oder URL, Laufwerk oder Verzeichnis</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print the result as JSON (see app/cli/json/inspect.md).</source>
        <translation>Das Ergebnis als JSON ausgeben (siehe app/cli/json/inspect.md).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;inspect&apos; takes exactly one TARGET.</source>
        <translation>&apos;inspect&apos; nimmt genau ein TARGET an.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_profile.cpp" line="-62"/>
        <source>Save a profile under NAME: the file given with --from, and/or the settings given as options (they go over the file&apos;s). A profile of that name is replaced.</source>
        <translation>Ein Profil unter NAME speichern: die mit --from angegebene Datei und/oder die als Optionen angegebenen Einstellungen (diese haben Vorrang vor denen der Datei). Ein Profil mit diesem Namen wird ersetzt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the profile&apos;s name</source>
        <translation>der Name des Profils</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;profile save&apos; takes one NAME.</source>
        <translation>&apos;profile save&apos; nimmt genau einen NAME an.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--dev/--no-dev and --persistent-logging/--no-persistent-logging each take one side.</source>
        <translation>--dev/--no-dev und --persistent-logging/--no-persistent-logging nehmen jeweils nur eine Seite an.</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Saved profiles, shared with the desktop app and taken by --profile NAME anywhere:
  save NAME [--from FILE] [settings]   save (see &apos;imprint profile save --help&apos;)
  show P                               print a profile (P: a saved NAME or a file)
  list                                 the saved names
  rm NAME                              delete a saved profile
  export NAME FILE                     copy a saved profile to FILE
  import FILE [NAME]                   save FILE under NAME (default: its base name)</source>
        <translation>Gespeicherte Profile, gemeinsam mit der Desktop-Anwendung genutzt und überall mit --profile NAME verwendbar:
  save NAME [--from FILE] [settings]   speichern (siehe &apos;imprint profile save --help&apos;)
  show P                               ein Profil ausgeben (P: ein gespeicherter NAME oder eine Datei)
  list                                 die gespeicherten Namen
  rm NAME                              ein gespeichertes Profil löschen
  export NAME FILE                     ein gespeichertes Profil nach FILE kopieren
  import FILE [NAME]                   FILE unter NAME speichern (Standard: ihr Basisname)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JSON output (see app/cli/json/profile.md).</source>
        <translation>JSON-Ausgabe (siehe app/cli/json/profile.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show WiFi pass phrases instead of ********.</source>
        <translation>WLAN-Passphrasen statt ******** anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: replace a saved profile of the same name.</source>
        <translation>import: ein gespeichertes Profil gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Wrong number of arguments; see &apos;imprint profile --help&apos;.</source>
        <translation>Falsche Anzahl von Argumenten; siehe &apos;imprint profile --help&apos;.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&apos;profile&apos; needs one of save, show, list, rm, export, import; see &apos;imprint profile --help&apos;.</source>
        <translation>&apos;profile&apos; braucht eine dieser Aktionen: save, show, list, rm, export, import; siehe &apos;imprint profile --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/common/arguments/connectionoptions.cpp" line="+232"/>
        <source>Add a WiFi network (repeatable).</source>
        <translation>Ein WLAN-Netzwerk hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass phrase of the --wifi before it (none: open network).</source>
        <translation>Passphrase des --wifi davor (keine: offenes Netzwerk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security of the --wifi before it: open, wpa-psk, sae (WPA3 only), wpa-psk-sae (WPA2 and WPA3) or enterprise.</source>
        <translation>Sicherheit des --wifi davor: open, wpa-psk, sae (nur WPA3), wpa-psk-sae (WPA2 und WPA3) oder enterprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the 5 GHz (a) or 2.4 GHz (bg) band.</source>
        <translation>Nur das 5-GHz- (a) oder 2,4-GHz-Band (bg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the access point with this MAC address.</source>
        <translation>Nur der Zugangspunkt mit dieser MAC-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise WiFi (802.1X) with this EAP method.</source>
        <translation>Enterprise-WLAN (802.1X) mit dieser EAP-Methode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise WiFi identity.</source>
        <translation>Identität im Enterprise-WLAN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise WiFi password (PEAP, TTLS).</source>
        <translation>Passwort im Enterprise-WLAN (PEAP, TTLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inner authentication of PEAP or TTLS.</source>
        <translation>Innere Authentifizierung von PEAP oder TTLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate that signed the network&apos;s server.</source>
        <translation>CA-Zertifikat, das den Server des Netzwerks signiert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate (TLS).</source>
        <translation>Client-Zertifikat (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key of the client certificate (TLS).</source>
        <translation>Privater Schlüssel des Client-Zertifikats (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of an encrypted private key.</source>
        <translation>Passwort eines verschlüsselten privaten Schlüssels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a wired connection named NAME (repeatable).</source>
        <translation>Eine kabelgebundene Verbindung namens NAME hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the network interface with this MAC address.</source>
        <translation>Nur die Netzwerkschnittstelle mit dieser MAC-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cellular (GSM/LTE) connection named NAME.</source>
        <translation>Eine Mobilfunkverbindung (GSM/LTE) namens NAME hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access point name of the cellular connection.</source>
        <translation>Zugangspunktname (APN) der Mobilfunkverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name of the cellular connection.</source>
        <translation>Benutzername der Mobilfunkverbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the cellular connection.</source>
        <translation>Passwort der Mobilfunkverbindung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIM PIN (4 to 8 digits).</source>
        <translation>SIM-PIN (4 bis 8 Ziffern).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 method of the connection before it (auto, manual, disabled, link-local), or a static address (repeatable).</source>
        <translation>IPv4-Methode der Verbindung davor (auto, manual, disabled, link-local) oder eine statische Adresse (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPv6 method (auto, manual, disabled, link-local), or a static address (repeatable).</source>
        <translation>IPv6-Methode (auto, manual, disabled, link-local) oder eine statische Adresse (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway (IPv4 or IPv6) of the connection.</source>
        <translation>Gateway (IPv4 oder IPv6) der Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS server of the connection (repeatable).</source>
        <translation>DNS-Server der Verbindung (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS search domain of the connection (repeatable).</source>
        <translation>DNS-Suchdomain der Verbindung (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route metric of the connection.</source>
        <translation>Routenmetrik der Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority of the connection (-999 to 999; higher wins).</source>
        <translation>Priorität der Verbindung (-999 bis 999; höher gewinnt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a NetworkManager keyfile (.nmconnection) as it is, checked, with the certificates it names (repeatable).</source>
        <translation>Eine NetworkManager-Schlüsseldatei (.nmconnection) unverändert hinzufügen, geprüft, mit den Zertifikaten, die sie nennt (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the device&apos;s traffic through this proxy: socks4://, socks5:// or http://[USER:PASSWORD@]HOST:PORT.</source>
        <translation>Den Datenverkehr des Geräts über diesen Proxy leiten: socks4://, socks5:// oder http://[USER:PASSWORD@]HOST:PORT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IPv4 address or network reached without the proxy (repeatable).</source>
        <translation>Eine IPv4-Adresse oder ein IPv4-Netz, das ohne Proxy erreicht wird (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/listconnections.cpp" line="-9"/>
        <source>List the connections in the boot partition&apos;s system-connections/ folder of an image file, a drive or a mounted boot directory: id, type, IPv4 and IPv6 method and addresses, SSID and security. Secrets are masked unless --show-secrets.</source>
        <translation>Die Verbindungen im Ordner system-connections/ der Boot-Partition einer Abbilddatei, eines Laufwerks oder eines eingehängten Boot-Verzeichnisses auflisten: ID, Typ, IPv4- und IPv6-Methode und -Adressen, SSID und Sicherheit. Geheimnisse werden maskiert, außer mit --show-secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON (see app/cli/json/config.md).</source>
        <translation>JSON ausgeben (siehe app/cli/json/config.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pass phrases, passwords and PINs as they are.</source>
        <translation>Passphrasen, Passwörter und PINs im Klartext ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the action</source>
        <translation>die Aktion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;config list-connections&apos; takes one TARGET.</source>
        <translation>&apos;config list-connections&apos; erwartet genau ein TARGET.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No connections in system-connections/.</source>
        <translation>Keine Verbindungen in system-connections/.</translation>
    </message>
</context>
<context>
    <name>imprint::gui::CertificateField</name>
    <message>
        <location filename="../app/gui/certificatefield.cpp" line="+23"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen file</source>
        <translation>Gewählte Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(stored with the connection)</source>
        <translation>(mit der Verbindung gespeichert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large for a certificate or key</source>
        <translation>%1 ist zu groß für ein Zertifikat oder einen Schlüssel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a certificate or key</source>
        <translation>Zertifikat oder Schlüssel wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ConfigurePage</name>
    <message>
        <location filename="../app/gui/configureextras.cpp" line="+45"/>
        <source>udev rules</source>
        <translation>udev-Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove rule</source>
        <translation>Regel entfe&amp;rnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 64-usb-serial (becomes /etc/udev/rules.d/&lt;name&gt;.rules)</source>
        <translation>z. B. 64-usb-serial (wird zu /etc/udev/rules.d/&lt;Name&gt;.rules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule text</source>
        <translation>Regeltext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set rule</source>
        <translation>Regel &amp;übernehmen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Current logo:</source>
        <translation>Aktuelles Logo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current logo</source>
        <translation>Aktuelles Logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New logo:</source>
        <translation>Neues Logo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New logo</source>
        <translation>Neues Logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose a PNG…</source>
        <translation>PNG &amp;auswählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the current logo</source>
        <translation>Aktuelles &amp;Logo behalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the boot logo</source>
        <translation>Startlogo auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PNG image. The boot splash shows PNG files only: convert it first.</source>
        <translation>%1 ist kein PNG-Bild. Der Startbildschirm zeigt nur PNG-Dateien: Wandeln Sie die Datei zuerst um.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation>„%1“ geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a profile</source>
        <translation>Ein Profil importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Imprint profiles (*.json)</source>
        <translation>Imprint-Profile (*.json)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> (imported)</source>
        <translation> (importiert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1 as &quot;%2&quot;.</source>
        <translation>%1 als „%2“ importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the profile</source>
        <translation>Das Profil exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../app/gui/configureforms.cpp" line="+42"/>
        <source>Host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the first 7 characters of the device&apos;s UUID</source>
        <translation>Standard: die ersten 7 Zeichen der UUID des Geräts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device answers to &lt;name&gt;.local on your network.</source>
        <translation>Das Gerät ist in Ihrem Netzwerk unter &lt;Name&gt;.local erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Development mode</source>
        <translation>Entwicklungs&amp;modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For work on your desk only: anyone on the network can log in as root without a password and control the container engine. With SSH keys set, only the keys work. Leave it off for devices in the field.</source>
        <translation>Nur für die Arbeit am Schreibtisch: Jeder im Netzwerk kann sich ohne Passwort als root anmelden und die Container-Engine steuern. Sind SSH-Schlüssel gesetzt, funktionieren nur diese Schlüssel. Lassen Sie ihn bei Geräten im Einsatz ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep logs across reboots (persistent logging)</source>
        <translation>Protokolle über Neustarts hinweg &amp;aufbewahren (dauerhafte Protokollierung)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WiFi networks</source>
        <translation>WLAN-Netzwerke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a WiFi network</source>
        <translation>Ein WLAN-Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Be&amp;arbeiten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected WiFi network</source>
        <translation>Das ausgewählte WLAN-Netzwerk bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected WiFi network</source>
        <translation>Das ausgewählte WLAN-Netzwerk entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WiFi networks:</source>
        <translation>WLAN-Netzwerke:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (open)</source>
        <translation> (offen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (WPA, pass phrase set)</source>
        <translation> (WPA, Passphrase gesetzt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, hidden</source>
        <translation>, versteckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, priority %1</source>
        <translation>, Priorität %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, static %1</source>
        <translation>, statisch %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WiFi country</source>
        <translation>WLAN-Land</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi rules of the country the device is in (channels and power).</source>
        <translation>Die WLAN-Regeln des Landes, in dem das Gerät steht (Kanäle und Sendeleistung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1.1.1.1 9.9.9.9</source>
        <translation>z. B. 1.1.1.1 9.9.9.9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;NS servers:</source>
        <translation>DNS-Serve&amp;r:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your network&apos;s servers plus 8.8.8.8. The word null: only your network&apos;s servers. Addresses separated by spaces: those instead of 8.8.8.8.</source>
        <translation>Leer: die Server Ihres Netzwerks plus 8.8.8.8. Das Wort null: nur die Server Ihres Netzwerks. Durch Leerzeichen getrennte Adressen: diese statt 8.8.8.8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NTP servers</source>
        <translation>NTP-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra time servers, separated by spaces</source>
        <translation>zusätzliche Zeitserver, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;TP servers:</source>
        <translation>Ze&amp;itserver (NTP):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;random MAC address while scanning for WiFi</source>
        <translation>Bei der WLAN-Suche eine zufällige &amp;MAC-Adresse verwenden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The device checks now and then that it really reaches the internet. Leave these empty for balena&apos;s own check.</source>
        <translation>Das Gerät prüft ab und zu, ob es das Internet wirklich erreicht. Lassen Sie diese Felder leer, um die Prüfung von balena zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check address</source>
        <translation>Prüfadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.org/check</source>
        <translation>https://example.org/check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check interval in seconds</source>
        <translation>Prüfintervall in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3600; 0 turns the check off</source>
        <translation>3600; 0 schaltet die Prüfung aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval (seconds):</source>
        <translation>&amp;Intervall (Sekunden):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected response</source>
        <translation>Erwartete Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: HTTP 204 or an empty page</source>
        <translation>leer: HTTP 204 oder eine leere Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;response:</source>
        <translation>Erwartete An&amp;twort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test now</source>
        <translation>&amp;Jetzt testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the connectivity check now</source>
        <translation>Die Verbindungsprüfung jetzt testen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an http:// or https:// address first.</source>
        <translation>Geben Sie zuerst eine http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1…</source>
        <translation>%1 wird gefragt …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Good: HTTP %1, the answer the device expects.</source>
        <translation>Gut: HTTP %1, die Antwort, die das Gerät erwartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, but not the expected answer: the device would think it is behind a login page.</source>
        <translation>HTTP %1, aber nicht die erwartete Antwort: Das Gerät würde annehmen, dass es hinter einer Anmeldeseite steckt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSH public keys that may log in (port 22222), one per line. Paste them or import yours.</source>
        <translation>Öffentliche SSH-Schlüssel, die sich anmelden dürfen (Port 22222), einer pro Zeile. Fügen Sie sie ein oder importieren Sie Ihre eigenen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH public keys, one per line</source>
        <translation>Öffentliche SSH-Schlüssel, einer pro Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from ~/.ssh…</source>
        <translation>Aus ~/.ssh &amp;importieren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validity of each key</source>
        <translation>Gültigkeit jedes Schlüssels</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Valid: %1, %2 bits, %3</source>
        <translation>Gültig: %1, %2 Bit, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import SSH public keys</source>
        <translation>Öffentliche SSH-Schlüssel importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pub)</source>
        <translation>Öffentliche Schlüssel (*.pub)</translation>
    </message>
    <message>
        <location filename="../app/gui/configurepage.cpp" line="+30"/>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity c&amp;heck</source>
        <translation>&amp;Verbindungsprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access</source>
        <translation>&amp;Zugang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;udev rules</source>
        <translation>&amp;udev-Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Splash</source>
        <translation>Startl&amp;ogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Write</source>
        <translation>&amp;Weiter: Schreiben</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Advanced: %1</source>
        <translation>Erweitert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resulting config.json. Edit it directly: every change is checked as you type, and the forms follow.</source>
        <translation>Die resultierende config.json. Bearbeiten Sie sie direkt: Jede Änderung wird bei der Eingabe geprüft, und die Formulare werden angepasst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json text</source>
        <translation>Text der config.json</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These files of the boot partition change when you write. Nothing else on the image is touched.</source>
        <translation>Diese Dateien der Boot-Partition ändern sich beim Schreiben. Sonst wird nichts am Abbild angetastet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files that change</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New content of the selected file</source>
        <translation>Neuer Inhalt der ausgewählten Datei</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no plan)</source>
        <translation>(kein Plan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new PNG image of %1.</source>
        <translation>Ein neues PNG-Bild mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is removed (a copy is saved first).</source>
        <translation>Diese Datei wird entfernt (vorher wird eine Kopie gesichert).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(note)</source>
        <translation>(Hinweis)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(problem)</source>
        <translation>(Problem)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nothing changes yet)</source>
        <translation>(noch ändert sich nichts)</translation>
    </message>
    <message>
        <location filename="../app/gui/configurenetwork.cpp" line="+37"/>
        <source>Other connections</source>
        <translation>Weitere Verbindungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a connection</source>
        <translation>Eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected connection</source>
        <translation>Die gewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected connection</source>
        <translation>Die gewählte Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import NetworkManager connection files</source>
        <translation>NetworkManager-Verbindungsdateien importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other connections:</source>
        <translation>Weitere Verbindungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WPA3 or enterprise WiFi, wired Ethernet, cellular modems, and .nmconnection files you already have.</source>
        <translation>WPA3- oder Enterprise-WLAN, kabelgebundenes Ethernet, Mobilfunkmodems und .nmconnection-Dateien, die Sie schon haben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import connections</source>
        <translation>Verbindungen importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NetworkManager connections (*.nmconnection);;All files (*)</source>
        <translation>NetworkManager-Verbindungen (*.nmconnection);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>WiFi &quot;%1&quot;, %2</source>
        <translation>WLAN „%1“, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cellular</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2; IPv4 %3; IPv6 %4</source>
        <translation>%1: %2; IPv4 %3; IPv6 %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not complete (see the problems below)</source>
        <translation>%1: unvollständig (siehe die Probleme unten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (imported from %2)</source>
        <translation>%1 (importiert aus %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the device&apos;s traffic through a &amp;proxy</source>
        <translation>Datenverkehr des Geräts über einen &amp;Proxy leiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOCKS4</source>
        <translation>SOCKS4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP (CONNECT)</source>
        <translation>HTTP (CONNECT)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10.0.0.0/8 192.168.0.0/16</source>
        <translation>z. B. 10.0.0.0/8 192.168.0.0/16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy type</source>
        <translation>Proxy-Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Proxy login</source>
        <translation>Proxy-Anmeldename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses reached directly</source>
        <translation>Direkt erreichte Adressen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hos&amp;t:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direct to:</source>
        <translation>&amp;Direkt zu:</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ConnectionDialog</name>
    <message>
        <location filename="../app/gui/connectiondialog.cpp" line="+28"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WiFi</source>
        <translation>WLAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethernet (wired)</source>
        <translation>Ethernet (kabelgebunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellular (mobile broadband)</source>
        <translation>Mobilfunk (mobiles Breitband)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how pass phrases and passwords</source>
        <translation>Passphrasen und Passwörter an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/connectionforms.cpp" line="+59"/>
        <source>Network name (&amp;SSID):</source>
        <translation>Netzwerkname (&amp;SSID):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WPA3 personal (SAE)</source>
        <translation>WPA3 Personal (SAE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WPA2/WPA3 personal (transition)</source>
        <translation>WPA2/WPA3 Personal (Übergangsmodus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WPA/WPA2 personal</source>
        <translation>WPA/WPA2 Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise (802.1X)</source>
        <translation>Enterprise (802.1X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (no security)</source>
        <translation>Offen (keine Sicherheit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>Sich&amp;erheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass phrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enterprise sign-in</source>
        <translation>Enterprise-Anmeldung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEAP</source>
        <translation>PEAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTLS</source>
        <translation>TTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS (client certificate)</source>
        <translation>TLS (Client-Zertifikat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>MSCHAPv2</source>
        <translation>MSCHAPv2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAP</source>
        <translation>PAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nner authentication:</source>
        <translation>I&amp;nnere Authentifizierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lient certificate:</source>
        <translation>C&amp;lient-Zertifikat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key pass&amp;word:</source>
        <translation>Pass&amp;wort des privaten Schlüssels:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a CA certificate the device does not check the network&apos;s server.</source>
        <translation>Ohne CA-Zertifikat prüft das Gerät den Server des Netzwerks nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any wired interface, its address from DHCP. A static address and a MAC address to match are under Advanced.</source>
        <translation>Jede kabelgebundene Schnittstelle, ihre Adresse per DHCP. Eine statische Adresse und eine passende MAC-Adresse stehen unter „Erweitert“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;APN:</source>
        <translation>&amp;APN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: looked up from the SIM&apos;s provider</source>
        <translation>leer: beim Anbieter der SIM nachgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIM &amp;PIN:</source>
        <translation>SIM-&amp;PIN:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hidden network (does not broadcast its name)</source>
        <translation>&amp;Verstecktes Netzwerk (sendet seinen Namen nicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 GHz only</source>
        <translation>nur 5 GHz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.4 GHz only</source>
        <translation>nur 2,4 GHz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Band:</source>
        <translation>&amp;Band:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access point (&amp;BSSID):</source>
        <translation>Zugangspunkt (&amp;BSSID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: any access point</source>
        <translation>leer: jeder Zugangspunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;MAC address:</source>
        <translation>&amp;MAC-Adresse der Schnittstelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: any interface</source>
        <translation>leer: jede Schnittstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An&amp;onymous identity:</source>
        <translation>An&amp;onyme Identität:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
</context>
<context>
    <name>imprint::gui::DriveTargets</name>
    <message>
        <location filename="../app/gui/drivetargets.cpp" line="+11"/>
        <source>Drives</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all drives, including system drives</source>
        <translation>&amp;Alle Laufwerke anzeigen, auch Systemlaufwerke</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show system drives</source>
        <translation>Systemlaufwerke anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System drives hold this computer&apos;s own files; writing one destroys them. Type SHOW to list them anyway:</source>
        <translation>Systemlaufwerke enthalten die Dateien dieses Computers; wer eines beschreibt, zerstört sie. Geben Sie SHOW ein, um sie trotzdem aufzulisten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHOW</source>
        <translation>SHOW</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n system drive(s) hidden.</source>
        <translation>
            <numerusform>%n Systemlaufwerk ausgeblendet.</numerusform>
            <numerusform>%n Systemlaufwerke ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write %1?</source>
        <translation>%1 beschreiben?</translation>
    </message>
</context>
<context>
    <name>imprint::gui::FileTargets</name>
    <message>
        <location filename="../app/gui/targetchoice.cpp" line="+25"/>
        <source>Profile for this target</source>
        <translation>Profil für dieses Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile being edited</source>
        <translation>Bearbeitetes Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image files to write</source>
        <translation>Zu schreibende Abbilddateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output image file</source>
        <translation>Ausgabe-Abbilddatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add image file</source>
        <translation>Abbilddatei &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write to an image file</source>
        <translation>In eine Abbilddatei schreiben</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ImagePage</name>
    <message>
        <location filename="../app/gui/imagepage.cpp" line="+41"/>
        <source>Choose an image</source>
        <translation>Abbild auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open image file…</source>
        <translation>Abbilddatei &amp;öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open image file</source>
        <translation>Abbilddatei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;demo image</source>
        <translation>De&amp;mo-Abbild verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the demo image</source>
        <translation>Demo-Abbild verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo image is not built. Build it with: cmake --build build --target demo_image</source>
        <translation>Das Demo-Abbild ist nicht gebaut. Bauen Sie es mit: cmake --build build --target demo_image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configure a &amp;mounted boot folder…</source>
        <translation>&amp;Eingehängten Boot-Ordner konfigurieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure a mounted boot folder</source>
        <translation>Eingehängten Boot-Ordner konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the boot partition of a card your desktop has mounted, without flashing (Configure only).</source>
        <translation>Die Boot-Partition einer Karte bearbeiten, die Ihr Desktop eingehängt hat, ohne zu schreiben (nur konfigurieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or drop an image file on this window.</source>
        <translation>Oder ziehen Sie eine Abbilddatei auf dieses Fenster.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… image URL</source>
        <translation>https://… Abbild-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image URL</source>
        <translation>Abbild-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Do&amp;wnload</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Download the image URL</source>
        <translation>Das Abbild von der URL herunterladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent images:</source>
        <translation>&amp;Zuletzt verwendete Abbilder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent images</source>
        <translation>Zuletzt verwendete Abbilder</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This image</source>
        <translation>Dieses Abbild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image chosen yet.</source>
        <translation>Noch kein Abbild ausgewählt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Current logo</source>
        <translation>Aktuelles Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device type:</source>
        <translation>Gerätetyp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version:</source>
        <translation>OS-Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build:</source>
        <translation>Build:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:</source>
        <translation>Konfiguration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partitions</source>
        <translation>Partitionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Configure</source>
        <translation>&amp;Weiter: Konfigurieren</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Open a balenaOS image</source>
        <translation>Ein balenaOS-Abbild öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;All files (*)</source>
        <translation>Datenträgerabbilder (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the mounted boot partition</source>
        <translation>Die eingehängte Boot-Partition auswählen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development: open SSH and console login without a password, for work on your desk.</source>
        <translation>Entwicklung: offene Anmeldung über SSH und Konsole ohne Passwort, für die Arbeit am Schreibtisch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production: no login without an SSH key.</source>
        <translation>Produktion: keine Anmeldung ohne SSH-Schlüssel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no config.json</source>
        <translation>keine config.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <comment>keys; network files</comment>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s): %1</source>
        <translation>
            <numerusform>%n Schlüssel: %1</numerusform>
            <numerusform>%n Schlüssel: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n network file(s)</source>
        <translation>
            <numerusform>%n Netzwerkdatei</numerusform>
            <numerusform>%n Netzwerkdateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(extended)</source>
        <translation>(erweitert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, boot</source>
        <translation>%1, Boot</translation>
    </message>
</context>
<context>
    <name>imprint::gui::IpSettingsForm</name>
    <message>
        <location filename="../app/gui/ipsettingsform.cpp" line="+41"/>
        <source>Automatic (DHCP)</source>
        <translation>Automatisch (DHCP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automatic (SLAAC or DHCPv6)</source>
        <translation>Automatisch (SLAAC oder DHCPv6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual (static addresses)</source>
        <translation>Manuell (statische Adressen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link-local only</source>
        <translation>Nur Link-local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 192.168.1.50/24</source>
        <translation>z. B. 192.168.1.50/24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. fd00::50/64</source>
        <translation>z. B. fd00::50/64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 192.168.1.1</source>
        <translation>z. B. 192.168.1.1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. fd00::1</source>
        <translation>z. B. fd00::1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>addresses separated by spaces</source>
        <translation>durch Leerzeichen getrennte Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. example.com</source>
        <translation>z. B. example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;resses:</source>
        <translation>Ad&amp;ressen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search domains:</source>
        <translation>&amp;Suchdomänen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;metric:</source>
        <translation>Routen&amp;metrik:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 (IPv4)</source>
        <translation>%1 (IPv4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (IPv6)</source>
        <translation>%1 (IPv6)</translation>
    </message>
</context>
<context>
    <name>imprint::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+32"/>
        <source>Imprint</source>
        <translation>Imprint</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;1. Image</source>
        <translation>&amp;1. Abbild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2. Configure</source>
        <translation>&amp;2. Konfigurieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3. Write</source>
        <translation>&amp;3. Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: Image</source>
        <translation>Schritt 1: Abbild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step 2: Configure</source>
        <translation>Schritt 2: Konfigurieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3: Write</source>
        <translation>Schritt 3: Schreiben</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is ready to configure.</source>
        <translation>%1 ist bereit zum Konfigurieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is ready to configure. Imprint cannot remember it or your choices: %2</source>
        <translation>%1 ist bereit zum Konfigurieren. Imprint kann sich weder die Datei noch Ihre Einstellungen merken: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>&amp;Abbild öffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a balenaOS image</source>
        <translation>Ein balenaOS-Abbild öffnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language changes when Imprint starts the next time.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Imprint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
</context>
<context>
    <name>imprint::gui::WifiDialog</name>
    <message>
        <location filename="../app/gui/wifidialog.cpp" line="+17"/>
        <source>WiFi network</source>
        <translation>WLAN-Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name (SSID)</source>
        <translation>Netzwerkname (SSID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass phrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty for an open network</source>
        <translation>leer bei einem offenen Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show pass phrase</source>
        <translation>Passphrase an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hidden network (does not broadcast its name)</source>
        <translation>&amp;Verstecktes Netzwerk (sendet seinen Namen nicht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When several known networks are in reach, the one with the higher priority is joined first.</source>
        <translation>Sind mehrere bekannte Netzwerke in Reichweite, wird zuerst das mit der höheren Priorität verbunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static IPv4 address</source>
        <translation>Statische IPv4-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: automatic (DHCP); e.g. 192.168.1.50/24</source>
        <translation>leer: automatisch (DHCP); z. B. 192.168.1.50/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.1</source>
        <translation>z. B. 192.168.1.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNS servers for this network</source>
        <translation>DNS-Server für dieses Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.1 1.1.1.1</source>
        <translation>z. B. 192.168.1.1 1.1.1.1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (SSID):</source>
        <translation>&amp;Name (SSID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass phrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static &amp;address:</source>
        <translation>Statische &amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
</context>
<context>
    <name>imprint::gui::WritePage</name>
    <message>
        <location filename="../app/gui/writepage.cpp" line="+43"/>
        <source>Configure only</source>
        <translation>Nur konfigurieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;changes in place</source>
        <translation>Änderungen direkt spei&amp;chern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes into the opened image itself</source>
        <translation>Die Änderungen direkt im geöffneten Abbild speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write to</source>
        <translation>Schreiben auf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Verify after writing</source>
        <translation>Nach dem Schreiben &amp;prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write</source>
        <translation>Sch&amp;reiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the changes straight into %1 without flashing anything.</source>
        <translation>Die Änderungen direkt in %1 schreiben, ohne ein Laufwerk zu beschreiben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fix the problems listed in Configure first.</source>
        <translation>Beheben Sie zuerst die unter „Konfigurieren“ aufgeführten Probleme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a drive or an image file to write to.</source>
        <translation>Wählen Sie ein Laufwerk oder eine Abbilddatei als Ziel.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overwrite %1?</source>
        <translation>%1 überschreiben?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists and will be overwritten.</source>
        <translation>%1 existiert und wird überschrieben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of data written.</source>
        <translation>%1 Daten geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n boot file(s) configured.</source>
        <translation>
            <numerusform>%n Bootdatei eingerichtet.</numerusform>
            <numerusform>%n Bootdateien eingerichtet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not configured.</source>
        <translation>Nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verifying</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %p% at %2/s, %3 left</source>
        <translation>%1 %p% mit %2/s, noch %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %p%</source>
        <translation>%1 %p %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Written and verified.</source>
        <translation>Geschrieben und geprüft.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written.</source>
        <translation>Geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Saved %n file(s) into the image.</source>
        <translation>
            <numerusform>%n Datei im Abbild gespeichert.</numerusform>
            <numerusform>%n Dateien im Abbild gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n file(s) into the image; the old ones are in %1.</source>
        <translation>
            <numerusform>%n Datei im Abbild gespeichert; die alte liegt in %1.</numerusform>
            <numerusform>%n Dateien im Abbild gespeichert; die alten liegen in %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
