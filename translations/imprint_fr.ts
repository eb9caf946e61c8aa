<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="+161"/>
        <source>Compare and sort balenaOS versions</source>
        <translation>Comparer et trier des versions de balenaOS</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+36"/>
        <source> [y/N] </source>
        <translation> [o/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <extracomment>The first letter of the word for &quot;yes&quot;, as typed at a [y/N] question.</extracomment>
        <translation>o</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Essayez &apos;%1 --help&apos; pour plus d&apos;informations.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="+332"/>
        <source>Read, edit and validate config.json</source>
        <translation>Lire, modifier et valider config.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="+386"/>
        <source>Configure a boot partition: config.json, WiFi, SSH keys, logo...</source>
        <translation>Configurer une partition de démarrage&#xa0;: config.json, Wi-Fi, clés SSH, logo…</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="+89"/>
        <source>Download an image (resume, checksum, cache)</source>
        <translation>Télécharger une image (reprise, somme de contrôle, cache)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="+78"/>
        <source>List the drives that can be written</source>
        <translation>Lister les lecteurs sur lesquels on peut écrire</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/support/flashtargets.cpp" line="+39"/>
        <source>%1: %n boot file(s) change:</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier de démarrage change&#xa0;:</numerusform>
            <numerusform>%1&#xa0;: %n fichiers de démarrage changent&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="+393"/>
        <source>Write an image to drives or image files, verified</source>
        <translation>Écrire une image sur des lecteurs ou dans des fichiers image, avec vérification</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="+185"/>
        <source>List, read and change files on a boot partition</source>
        <translation>Lister, lire et modifier les fichiers d&apos;une partition de démarrage</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="+89"/>
        <source>its GPT name</source>
        <translation>son nom GPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its filesystem label</source>
        <translation>son étiquette de système de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds device-type.json</source>
        <translation>elle contient device-type.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing better: partition 1 is a guess</source>
        <translation>rien de mieux&#xa0;: la partition 1 est une supposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole device is one FAT filesystem</source>
        <translation>tout le périphérique est un seul système de fichiers FAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is the directory given</source>
        <translation>c&apos;est le répertoire indiqué</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show partitions, the boot partition and the OS of an image</source>
        <translation>Afficher les partitions, la partition de démarrage et le système d&apos;une image</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_schema.cpp" line="+17"/>
        <source>Print the JSON Schema (draft 7) of config.json to standard output.</source>
        <translation>Écrire le schéma JSON (draft 7) de config.json sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;schema&apos; takes no arguments.</source>
        <translation>&apos;schema&apos; ne prend aucun argument.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the JSON Schema of config.json</source>
        <translation>Afficher le schéma JSON de config.json</translation>
    </message>
    <message>
        <location filename="../app/cli/support/progressline.cpp" line="+29"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1:%2 left</source>
        <translation>, reste %1:%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_batch.cpp" line="+333"/>
        <source>Configure many devices from one image and a manifest</source>
        <translation>Configurer de nombreux appareils à partir d&apos;une image et d&apos;un manifeste</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+26"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;imprint COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez &apos;imprint COMMAND --help&apos; pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imprint flashes balenaOS images to SD cards, USB drives and image files, and edits their boot partition (config.json, WiFi, SSH keys, logo) without root.</source>
        <translation>Imprint écrit des images balenaOS sur des cartes SD, des clés USB et dans des fichiers image, et modifie leur partition de démarrage (config.json, Wi-Fi, clés SSH, logo) sans root.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande &apos;%1&apos; inconnue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;imprint --help&apos; for the list of commands.</source>
        <translation>Lancez &apos;imprint --help&apos; pour la liste des commandes.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_profile.cpp" line="+292"/>
        <source>Save, show, list, remove, export and import profiles</source>
        <translation>Enregistrer, afficher, lister, supprimer, exporter et importer des profils</translation>
    </message>
</context>
<context>
    <name>ErrorValues</name>
    <message>
        <location filename="../app/common/errortext.cpp" line="+49"/>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Opération non permise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>Périphérique ou ressource occupé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>Plus de place sur le périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>Est un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>N&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>Le fichier existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such device or address</source>
        <translation>Aucun périphérique ou adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such device</source>
        <translation>Aucun périphérique de ce type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No medium found</source>
        <translation>Aucun support trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid argument</source>
        <translation>Argument invalide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot allocate memory</source>
        <translation>Impossible d&apos;allouer de la mémoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large</source>
        <translation>Fichier trop volumineux</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+31"/>
        <source>Unexpected error (%1).</source>
        <translation>Erreur inattendue (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(at byte %1)</source>
        <translation>(à l&apos;octet %1)</translation>
    </message>
    <message>
        <location filename="../app/common/messages/version.cpp" line="+10"/>
        <source>The version is empty.</source>
        <translation>La version est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{input}&quot; is not a version: the {part} number is missing at character {position} (expected X.Y.Z, for example 2.0.0 or 2.0.0+rev1).</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: le nombre «&#xa0;{part}&#xa0;» manque au caractère {position} (format attendu X.Y.Z, par exemple 2.0.0 ou 2.0.0+rev1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is negative.</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: le nombre «&#xa0;{part}&#xa0;» au caractère {position} est négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} part &quot;{text}&quot; at character {position} is not a number.</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: la partie «&#xa0;{part}&#xa0;» («&#xa0;{text}&#xa0;») au caractère {position} n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is too large.</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: le nombre «&#xa0;{part}&#xa0;» au caractère {position} est trop grand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: it has more than three numbers (character {position}).</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: elle a plus de trois nombres (caractère {position}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label after &quot;-&quot; is empty (character {position}).</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: l&apos;étiquette de préversion après «&#xa0;-&#xa0;» est vide (caractère {position}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label &quot;{text}&quot; at character {position} must be letters followed by an optional number, such as beta1 or rc2.</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: l&apos;étiquette de préversion «&#xa0;{text}&#xa0;» au caractère {position} doit être composée de lettres suivies éventuellement d&apos;un nombre, comme beta1 ou rc2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: &quot;+{text}&quot; at character {position} must be a board revision such as +rev1.</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: «&#xa0;+{text}&#xa0;» au caractère {position} doit être une révision de carte comme +rev1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: unexpected &quot;{text}&quot; at character {position}.</source>
        <translation>«&#xa0;{input}&#xa0;» n&apos;est pas une version&#xa0;: «&#xa0;{text}&#xa0;» inattendu au caractère {position}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>major</source>
        <translation>majeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>mineur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch</source>
        <translation>correctif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-release</source>
        <translation>préversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <location filename="../app/common/messages/config.cpp" line="+12"/>
        <source>The file is {size} bytes; config.json may be at most {limit} bytes. Check that you chose the right file.</source>
        <translation>Le fichier fait {size} octets&#xa0;; config.json ne peut pas dépasser {limit} octets. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file starts with a byte order mark (line 1, column 1), which the device cannot read. Save it as UTF-8 without BOM.</source>
        <translation>Le fichier commence par une marque d&apos;ordre des octets (BOM, ligne 1, colonne 1) que l&apos;appareil ne sait pas lire. Enregistrez-le en UTF-8 sans BOM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid JSON at line {line}, column {column} (near &quot;{token}&quot;). Fix the text there; a JSON checker such as &apos;jq .&apos; shows the same place.</source>
        <translation>JSON non valide à la ligne {line}, colonne {column} (près de «&#xa0;{token}&#xa0;»). Corrigez le texte à cet endroit&#xa0;; un vérificateur JSON comme &apos;jq .&apos; indique le même endroit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON ends too early (line {line}, column {column}): a bracket, brace or quote is not closed. The file may be cut short; restore it from a good copy.</source>
        <translation>Le JSON se termine trop tôt (ligne {line}, colonne {column})&#xa0;: un crochet, une accolade ou un guillemet n&apos;est pas fermé. Le fichier est peut-être tronqué&#xa0;; restaurez-le à partir d&apos;une copie saine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;{key}&quot; appears twice in the same object (second time at line {line}, column {column}). Keep only one.</source>
        <translation>La clé «&#xa0;{key}&#xa0;» apparaît deux fois dans le même objet (la seconde fois à la ligne {line}, colonne {column}). N&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is not a key: use a dotted path such as os.network.connectivity.uri or a JSON pointer such as /os/udevRules/99.</source>
        <translation>«&#xa0;{key}&#xa0;» n&apos;est pas une clé&#xa0;: utilisez un chemin à points comme os.network.connectivity.uri ou un pointeur JSON comme /os/udevRules/99.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{key}&quot; is not a JSON object, so nothing can be set inside it. Fix or remove that value first.</source>
        <translation>«&#xa0;{key}&#xa0;» n&apos;est pas un objet JSON, on ne peut donc rien y définir. Corrigez ou supprimez d&apos;abord cette valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is past the end of the list. Use an existing index, or &quot;-&quot; to append.</source>
        <translation>«&#xa0;{key}&#xa0;» est au-delà de la fin de la liste. Utilisez un indice existant, ou «&#xa0;-&#xa0;» pour ajouter à la fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON {expected}, not a {actual} ({value}). Write it without quotes for numbers and booleans, with quotes for text.</source>
        <translation>doit être un JSON de type {expected}, pas {actual} ({value}). Écrivez les nombres et les booléens sans guillemets, le texte avec.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{value}&quot; is not a {expected}, which {key} must be. Use --string or --json to force the type of a value.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas de type {expected}, ce qu&apos;exige {key}. Utilisez --string ou --json pour forcer le type d&apos;une valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The required key &quot;{key}&quot; is missing. Start from the config.json of the image, which has it.</source>
        <translation>La clé obligatoire «&#xa0;{key}&#xa0;» manque. Partez du config.json de l&apos;image, qui la contient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not match the config.json schema ({detail}). See &apos;imprint schema&apos; for what this key accepts.</source>
        <translation>ne correspond pas au schéma de config.json ({detail}). Voir &apos;imprint schema&apos; pour ce que cette clé accepte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; is not an ISO 3166-1 alpha-2 country code. Use two capital letters such as GB, US or DE (the United Kingdom is GB).</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de pays ISO 3166-1 alpha-2. Utilisez deux lettres majuscules comme GB, US ou FR (le Royaume-Uni est GB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; must be in capital letters: use &quot;{suggestion}&quot;.</source>
        <translation>«&#xa0;{value}&#xa0;» doit être en majuscules&#xa0;: utilisez «&#xa0;{suggestion}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NTP server list is empty. Give at least one host name or address, or remove the key to use only the defaults.</source>
        <translation>La liste des serveurs NTP est vide. Indiquez au moins un nom d&apos;hôte ou une adresse, ou supprimez la clé pour n&apos;utiliser que les serveurs par défaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is neither a host name nor an IP address. Separate several servers with spaces.</source>
        <translation>«&#xa0;{server}&#xa0;» n&apos;est ni un nom d&apos;hôte ni une adresse IP. Séparez plusieurs serveurs par des espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DNS server list is empty. Give IP addresses separated by spaces, the word null for none, or remove the key.</source>
        <translation>La liste des serveurs DNS est vide. Indiquez des adresses IP séparées par des espaces, le mot null pour aucun, ou supprimez la clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is not an IPv4 or IPv6 address. DNS servers must be addresses (not names), separated by spaces, or the single word null.</source>
        <translation>«&#xa0;{server}&#xa0;» n&apos;est pas une adresse IPv4 ou IPv6. Les serveurs DNS doivent être des adresses (pas des noms), séparées par des espaces, ou le seul mot null.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not a number of seconds. Use digits only, such as &quot;3600&quot;; &quot;0&quot; turns the check off.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un nombre de secondes. N&apos;utilisez que des chiffres, comme «&#xa0;3600&#xa0;»&#xa0;; «&#xa0;0&#xa0;» désactive le contrôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH key {index} is the same key as key {first} ({fingerprint}). Remove one of them.</source>
        <translation>La clé SSH {index} est la même que la clé {first} ({fingerprint}). Supprimez l&apos;une des deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule name &quot;{name}&quot; ends in .rules; the device adds .rules itself, so the file would be &quot;{name}.rules&quot;. Drop the suffix.</source>
        <translation>Le nom de règle «&#xa0;{name}&#xa0;» se termine par .rules&#xa0;; l&apos;appareil ajoute .rules lui-même, le fichier s&apos;appellerait donc «&#xa0;{name}.rules&#xa0;». Retirez le suffixe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on in a fleet configuration without SSH keys: anyone on the network gets root without a password. Turn it off, or add an SSH key.</source>
        <translation>Le mode développement est activé dans une configuration de flotte sans clé SSH&#xa0;: n&apos;importe qui sur le réseau obtient root sans mot de passe. Désactivez-le ou ajoutez une clé SSH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on and SSH keys are set: password-less login is refused, only these keys work. The engine API on port 2375 is still open.</source>
        <translation>Le mode développement est activé et des clés SSH sont définies&#xa0;: la connexion sans mot de passe est refusée, seules ces clés fonctionnent. L&apos;API du moteur sur le port 2375 reste ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WiFi networks: {networks}, but no country: the WiFi driver&apos;s default may not allow your channels. Set the country (for example --country GB).</source>
        <translation>Réseaux Wi-Fi&#xa0;: {networks}, mais aucun pays&#xa0;: le réglage par défaut du pilote Wi-Fi n&apos;autorise peut-être pas vos canaux. Indiquez le pays (par exemple --country FR).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; is generic and will clash on the network. Choose a name for this device.</source>
        <translation>Le nom d&apos;hôte «&#xa0;{value}&#xa0;» est générique et entrera en conflit sur le réseau. Choisissez un nom pour cet appareil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connectivity check URL is set but the interval &quot;0&quot; turns the check off. Set an interval to use the URL.</source>
        <translation>L&apos;URL du contrôle de connexion est définie, mais l&apos;intervalle «&#xa0;0&#xa0;» désactive le contrôle. Définissez un intervalle pour utiliser l&apos;URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dnsServers &quot;null&quot; adds no DNS server: the device relies on DHCP or its connection profiles alone for name resolution.</source>
        <translation>dnsServers «&#xa0;null&#xa0;» n&apos;ajoute aucun serveur DNS&#xa0;: l&apos;appareil ne compte que sur le DHCP ou ses profils de connexion pour la résolution de noms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name is empty. Give 1 to 63 letters, digits or hyphens.</source>
        <translation>Le nom d&apos;hôte est vide. Indiquez de 1 à 63 lettres, chiffres ou traits d&apos;union.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has {length} characters; at most 63 are allowed.</source>
        <translation>Le nom d&apos;hôte «&#xa0;{value}&#xa0;» a {length} caractères&#xa0;; 63 au plus sont autorisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has &quot;{character}&quot; at position {position}: only letters, digits and hyphens are allowed (no dots, spaces or underscores).</source>
        <translation>Le nom d&apos;hôte «&#xa0;{value}&#xa0;» contient «&#xa0;{character}&#xa0;» à la position {position}&#xa0;: seuls les lettres, les chiffres et les traits d&apos;union sont autorisés (pas de points, d&apos;espaces ni de tirets bas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; starts or ends with a hyphen, which is not allowed.</source>
        <translation>Le nom d&apos;hôte «&#xa0;{value}&#xa0;» commence ou se termine par un trait d&apos;union, ce qui n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not an http or https URL. Write it as https://host/path.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une URL http ou https. Écrivez-la sous la forme https://hote/chemin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; has no valid host name. Write it as https://host/path.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;a pas de nom d&apos;hôte valide. Écrivez-la sous la forme https://hote/chemin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; contains spaces or control characters. Encode them (a space is %20).</source>
        <translation>«&#xa0;{value}&#xa0;» contient des espaces ou des caractères de contrôle. Encodez-les (un espace s&apos;écrit %20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH key is empty. Paste the contents of your .pub file.</source>
        <translation>La clé SSH est vide. Collez le contenu de votre fichier .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH key spans several lines. Give one key per entry, on one line.</source>
        <translation>La clé SSH s&apos;étend sur plusieurs lignes. Donnez une clé par entrée, sur une seule ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{type}&quot; is not a known SSH public key type. Use the .pub file (never the private key) of an ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521 key.</source>
        <translation>«&#xa0;{type}&#xa0;» n&apos;est pas un type de clé SSH publique connu. Utilisez le fichier .pub (jamais la clé privée) d&apos;une clé ssh-ed25519, ssh-rsa ou ecdsa-sha2-nistp256/384/521.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {type} key has no key data after its type. Copy the whole line of the .pub file.</source>
        <translation>La clé {type} n&apos;a pas de données après son type. Copiez toute la ligne du fichier .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data of the {type} key is not valid base64: it was probably cut or altered while copying. Copy the whole line again.</source>
        <translation>Les données de la clé {type} ne sont pas du base64 valide&#xa0;: elles ont sans doute été coupées ou modifiées lors de la copie. Copiez de nouveau toute la ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data of the {type} key is incomplete or damaged. Copy the whole line of the .pub file again.</source>
        <translation>Les données de la clé {type} sont incomplètes ou endommagées. Copiez de nouveau toute la ligne du fichier .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says it is {type} but its data is a &quot;{inner}&quot; key. Copy the line of the .pub file unchanged.</source>
        <translation>La clé se déclare {type} mais ses données sont celles d&apos;une clé «&#xa0;{inner}&#xa0;». Copiez la ligne du fichier .pub sans la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This RSA key has {bits} bits; at least {minimum} are needed. Make a new key, for example with &apos;ssh-keygen -t ed25519&apos;.</source>
        <translation>Cette clé RSA a {bits} bits&#xa0;; il en faut au moins {minimum}. Créez une nouvelle clé, par exemple avec &apos;ssh-keygen -t ed25519&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {type} key uses the curve {curve}, which does not match its type. Copy the line of the .pub file unchanged.</source>
        <translation>La clé {type} utilise la courbe {curve}, qui ne correspond pas à son type. Copiez la ligne du fichier .pub sans la modifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{key}&quot; is not a udev key (such as KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, RUN, SYMLINK). Check the spelling.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: «&#xa0;{key}&#xa0;» n&apos;est pas une clé udev (comme KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, RUN, SYMLINK). Vérifiez l&apos;orthographe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} needs a name in braces, such as {key}{idVendor}.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: {key} a besoin d&apos;un nom entre accolades, comme {key}{idVendor}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} takes no name in braces. Remove the braces.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: {key} ne prend pas de nom entre accolades. Retirez les accolades.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the braces after {key} are empty or not closed.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: les accolades après {key} sont vides ou non fermées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{text}&quot; is not a udev operator. Use ==, !=, =, +=, -= or :=.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas un opérateur udev. Utilisez ==, !=, =, +=, -= ou :=.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the value of {key} must be in double quotes.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: la valeur de {key} doit être entre guillemets doubles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the quoted value of {key} is not closed. Add the closing &quot;.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: la valeur entre guillemets de {key} n&apos;est pas fermée. Ajoutez le &quot; fermant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: separate the key-value pairs with commas.</source>
        <translation>Règle «&#xa0;{name}&#xa0;», ligne {line}, colonne {column}&#xa0;: séparez les paires clé-valeur par des virgules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot; holds no rule, only comments or blank lines. Add a rule or remove the entry.</source>
        <translation>La règle «&#xa0;{name}&#xa0;» ne contient aucune règle, seulement des commentaires ou des lignes vides. Ajoutez une règle ou supprimez l&apos;entrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{name}&quot; cannot be a rule file name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, not starting with a dot (for example 64-usb-serial).</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être un nom de fichier de règles&#xa0;: n&apos;utilisez que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;, sans point au début (par exemple 64-usb-serial).</translation>
    </message>
    <message>
        <location filename="../app/common/messages/disk.cpp" line="+12"/>
        <source>Cannot open {path}: {reason}. Check the path and that you may read (and, to change it, write) it.</source>
        <translation>Impossible d&apos;ouvrir {path}&#xa0;: {reason}. Vérifiez le chemin et que vous avez le droit de le lire (et, pour le modifier, de l&apos;écrire).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {path} failed: {reason}. The file or drive may be damaged or was removed; try again or use another copy.</source>
        <translation>La lecture de {path} a échoué&#xa0;: {reason}. Le fichier ou le lecteur est peut-être endommagé ou a été retiré&#xa0;; réessayez ou utilisez une autre copie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {path} failed: {reason}. Check that the drive is still connected and not write-protected, then try again.</source>
        <translation>L&apos;écriture de {path} a échoué&#xa0;: {reason}. Vérifiez que le lecteur est toujours connecté et non protégé en écriture, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is open read-only, so nothing was changed. Check the write-protect switch and your permissions.</source>
        <translation>{path} est ouvert en lecture seule, rien n&apos;a donc été modifié. Vérifiez le commutateur de protection en écriture et vos droits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A read or write of {length} bytes at byte {offset} falls outside the device ({size} bytes): the data on it is inconsistent. Use a complete, undamaged image.</source>
        <translation>Une lecture ou écriture de {length} octets à l&apos;octet {offset} sort du périphérique ({size} octets)&#xa0;: ses données sont incohérentes. Utilisez une image complète et intacte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table cannot be read: {reason}.</source>
        <translation>Impossible de lire la table des partitions&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partition table (MBR or GPT) was found. Is this a balenaOS image? Compressed images must be decompressed first.</source>
        <translation>Aucune table des partitions (MBR ou GPT) trouvée. Est-ce bien une image balenaOS&#xa0;? Les images compressées doivent d&apos;abord être décompressées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table type &quot;{kind}&quot; is not supported; only MBR and GPT are.</source>
        <translation>Le type de table des partitions «&#xa0;{kind}&#xa0;» n&apos;est pas pris en charge&#xa0;; seuls MBR et GPT le sont.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} ends at byte {end}, past the end of the device ({size} bytes): the image is truncated or the table is damaged, so nothing on it will be changed. Use a complete image.</source>
        <translation>La partition {number} se termine à l&apos;octet {end}, au-delà de la fin du périphérique ({size} octets)&#xa0;: l&apos;image est tronquée ou la table endommagée, rien n&apos;y sera donc modifié. Utilisez une image complète.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a FAT filesystem.</source>
        <translation>Ce n&apos;est pas un système de fichiers FAT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The FAT boot sector is damaged: {field} is {value}. Check the volume with fsck.fat or use a fresh image.</source>
        <translation>Le secteur d&apos;amorçage FAT est endommagé&#xa0;: {field} vaut {value}. Vérifiez le volume avec fsck.fat ou utilisez une image neuve.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT filesystem claims {volume} bytes but its partition has only {range}: the image is damaged or truncated.</source>
        <translation>Le système de fichiers FAT annonce {volume} octets mais sa partition n&apos;en a que {range}&#xa0;: l&apos;image est endommagée ou tronquée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: cluster {cluster} links to {value}, outside the volume. Repair it with fsck.fat.</source>
        <translation>La FAT est endommagée&#xa0;: le cluster {cluster} pointe vers {value}, hors du volume. Réparez-la avec fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} ends in a free cluster. Repair it with fsck.fat.</source>
        <translation>La FAT est endommagée&#xa0;: la chaîne passant par le cluster {cluster} aboutit à un cluster libre. Réparez-la avec fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} runs into a cluster marked bad. Repair it with fsck.fat.</source>
        <translation>La FAT est endommagée&#xa0;: la chaîne passant par le cluster {cluster} aboutit à un cluster marqué défectueux. Réparez-la avec fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain starting at cluster {cluster} loops. Repair it with fsck.fat.</source>
        <translation>La FAT est endommagée&#xa0;: la chaîne qui commence au cluster {cluster} boucle. Réparez-la avec fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} claims {size} bytes but its clusters hold less: the volume is damaged. Repair it with fsck.fat.</source>
        <translation>{path} annonce {size} octets mais ses clusters en contiennent moins&#xa0;: le volume est endommagé. Réparez-le avec fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory entry &quot;{name}&quot; points to cluster {cluster}, outside the volume. Repair it with fsck.fat.</source>
        <translation>L&apos;entrée de répertoire «&#xa0;{name}&#xa0;» pointe vers le cluster {cluster}, hors du volume. Réparez-le avec fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A directory (cluster {cluster}) is larger than FAT allows: the volume is damaged. Repair it with fsck.fat.</source>
        <translation>Un répertoire (cluster {cluster}) est plus grand que ce que FAT permet&#xa0;: le volume est endommagé. Réparez-le avec fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory is full (65536 entries). Remove some files from it first.</source>
        <translation>Le répertoire est plein (65536 entrées). Supprimez-en d&apos;abord quelques fichiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root directory of this FAT12/FAT16 volume has no free entry left. Remove files from it or use a subdirectory.</source>
        <translation>Le répertoire racine de ce volume FAT12/FAT16 n&apos;a plus d&apos;entrée libre. Supprimez-en des fichiers ou utilisez un sous-répertoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough space for {path}: {needed} bytes needed, {free} free. Remove files from the partition first.</source>
        <translation>Pas assez de place pour {path}&#xa0;: {needed} octets nécessaires, {free} libres. Supprimez d&apos;abord des fichiers de la partition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large for FAT (4 GiB at most).</source>
        <translation>{path} est trop grand pour FAT (4 Gio au maximum).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a directory.</source>
        <translation>{path} n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a directory; give the path of a file.</source>
        <translation>{path} est un répertoire&#xa0;; indiquez le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists; remove it first or choose another name.</source>
        <translation>{path} existe déjà&#xa0;; supprimez-le d&apos;abord ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty; remove what is inside first.</source>
        <translation>{path} n&apos;est pas vide&#xa0;; supprimez d&apos;abord ce qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{name}&quot; cannot be a FAT file name ({reason}): names have 1 to 255 characters, none of &quot; * / : &lt; &gt; ? \ | or control characters, and do not end in a dot or space.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être un nom de fichier FAT ({reason})&#xa0;: les noms ont de 1 à 255 caractères, sans &quot; * /&#xa0;: &lt; &gt;&#xa0;? \ | ni caractère de contrôle, et ne se terminent pas par un point ou un espace.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No short name is left for this file in its directory; use a more distinct name.</source>
        <translation>Il ne reste aucun nom court pour ce fichier dans son répertoire&#xa0;; utilisez un nom plus distinctif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root directory cannot be removed or moved.</source>
        <translation>Le répertoire racine ne peut être ni supprimé ni déplacé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be moved into itself.</source>
        <translation>{path} ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No boot partition was found (no resin-boot, flash-boot or balena-boot partition, no FAT partition with device-type.json, no partition 1). Name one with --partition.</source>
        <translation>Aucune partition de démarrage trouvée (pas de partition resin-boot, flash-boot ou balena-boot, pas de partition FAT contenant device-type.json, pas de partition 1). Indiquez-en une avec --partition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no partition {number} holding a filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation>Il n&apos;y a pas de partition {number} contenant un système de fichiers&#xa0;; voir &apos;imprint inspect&apos; pour la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} is not a FAT filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation>La partition {number} n&apos;est pas un système de fichiers FAT&#xa0;; voir &apos;imprint inspect&apos; pour la liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file or a device</source>
        <translation>ni un fichier ni un périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected end of file</source>
        <translation>fin de fichier inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a folder</source>
        <translation>pas un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the MBR announces a GPT, but neither its primary nor its backup header is valid (the image is damaged or cut short)</source>
        <translation>le MBR annonce une GPT, mais ni son en-tête principal ni son en-tête de secours n&apos;est valide (l&apos;image est endommagée ou tronquée)</translation>
    </message>
    <message>
        <location filename="../app/common/messages/flasher.cpp" line="+214"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../app/common/messages/disk.cpp" line="+4"/>
        <source>not valid UTF-8</source>
        <translation>pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reserved name</source>
        <translation>un nom réservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character FAT does not allow</source>
        <translation>un caractère que FAT n&apos;autorise pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with a dot or a space</source>
        <translation>se termine par un point ou une espace</translation>
    </message>
    <message>
        <location filename="../app/common/messages/download.cpp" line="+11"/>
        <source>&quot;{url}&quot; is not an http:// or https:// address.</source>
        <translation>«&#xa0;{url}&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered {status} {reason} for {url}. Check the address; nothing was saved.</source>
        <translation>Le serveur a répondu {status} {reason} pour {url}. Vérifiez l&apos;adresse&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to {url} failed: {detail}. Check the address, the computer&apos;s clock and its trusted certificates.</source>
        <translation>La connexion sécurisée à {url} a échoué&#xa0;: {detail}. Vérifiez l&apos;adresse, l&apos;horloge de l&apos;ordinateur et ses certificats de confiance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not download {url}: {detail}.</source>
        <translation>Impossible de télécharger {url}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of {url} stopped at byte {received} of {total} after {attempts} attempts. Run the same command again to resume it.</source>
        <translation>Le téléchargement de {url} s&apos;est arrêté à l&apos;octet {received} sur {total} après {attempts} tentatives. Relancez la même commande pour le reprendre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file downloaded from {url} has SHA-256 {actual}, not the expected {expected}: it was deleted. Check the checksum or the address.</source>
        <translation>Le fichier téléchargé depuis {url} a pour SHA-256 {actual} et non {expected} comme attendu&#xa0;: il a été supprimé. Vérifiez la somme de contrôle ou l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {detail}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download of {url} was cancelled.</source>
        <translation>Le téléchargement de {url} a été annulé.</translation>
    </message>
    <message>
        <location filename="../app/common/messages/flasher.cpp" line="-201"/>
        <source>lsblk printed something that is not JSON: check that util-linux 2.33 or newer is installed.</source>
        <translation>lsblk a affiché quelque chose qui n&apos;est pas du JSON&#xa0;: vérifiez que util-linux 2.33 ou plus récent est installé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lsblk&apos;s JSON has no &quot;{missing}&quot;: check that util-linux 2.33 or newer is installed.</source>
        <translation>Le JSON de lsblk n&apos;a pas de «&#xa0;{missing}&#xa0;»&#xa0;: vérifiez que util-linux 2.33 ou plus récent est installé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the drives with lsblk ({detail}): install util-linux, or name the device directly.</source>
        <translation>Impossible de lister les lecteurs avec lsblk ({detail})&#xa0;: installez util-linux, ou indiquez directement le périphérique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a drive on this computer: run &apos;imprint drives --all&apos; to see the drives.</source>
        <translation>{path} n&apos;est pas un lecteur de cet ordinateur&#xa0;: lancez &apos;imprint drives --all&apos; pour voir les lecteurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a partition of {drive}: name the whole drive ({drive}) instead.</source>
        <translation>{path} est une partition de {drive}&#xa0;: indiquez plutôt le lecteur entier ({drive}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds the running system ({mountpoint} is on it): it is never written. Choose another drive.</source>
        <translation>{path} contient le système en cours d&apos;exécution ({mountpoint} s&apos;y trouve)&#xa0;: on n&apos;y écrit jamais. Choisissez un autre lecteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds {source}, which is being read: copy the file to another drive first, or choose another drive.</source>
        <translation>{path} contient {source}, qui est en cours de lecture&#xa0;: copiez d&apos;abord le fichier sur un autre lecteur, ou choisissez un autre lecteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only: slide the card&apos;s write-protect switch to unlocked and insert it again.</source>
        <translation>{path} est en lecture seule&#xa0;: mettez le commutateur de protection en écriture de la carte sur déverrouillé et réinsérez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} has no medium (its size is 0): insert a card into the reader.</source>
        <translation>{path} n&apos;a pas de support (sa taille est 0)&#xa0;: insérez une carte dans le lecteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too small: it holds {size} but the image needs {needed}. Use a larger drive.</source>
        <translation>{path} est trop petit&#xa0;: il contient {size} mais l&apos;image a besoin de {needed}. Utilisez un lecteur plus grand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is unusually large ({size}) for a device card: make sure it is not a backup or data disk.</source>
        <translation>{path} est inhabituellement grand ({size}) pour une carte d&apos;appareil&#xa0;: assurez-vous que ce n&apos;est pas un disque de sauvegarde ou de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is in use: {mountpoints} mounted from it. Unmount it (or close what uses it) and try again.</source>
        <translation>{path} est utilisé&#xa0;: {mountpoints} y est monté. Démontez-le (ou fermez ce qui l&apos;utilise) et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the drives ({detail}). Try again; if it keeps failing, write an image file instead.</source>
        <translation>Impossible de lister les lecteurs ({detail}). Réessayez&#xa0;; si l&apos;échec persiste, écrivez plutôt un fichier image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not tell which drive holds {folder}, so no drive is offered: one of them might hold the running system.</source>
        <translation>Impossible de savoir quel lecteur contient {folder}&#xa0;: aucun lecteur n&apos;est donc proposé, car l&apos;un d&apos;eux pourrait contenir le système en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a device of the system Wine runs on, which Wine cannot describe: it is never written. Link the drive to an image file instead.</source>
        <translation>{path} est un périphérique du système sur lequel tourne Wine, que Wine ne sait pas décrire : il n’est jamais écrit. Reliez plutôt le lecteur à un fichier image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows described a drive in a way that does not hold together ({structure}, byte {offset}): it is left out.</source>
        <translation>Windows a décrit un lecteur de façon incohérente ({structure}, octet {offset})&#xa0;: il est laissé de côté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} stays in use: {mountpoint} could not be unmounted ({detail}). Close what uses it and try again.</source>
        <translation>{path} reste utilisé : {mountpoint} n’a pas pu être démonté ({detail}). Fermez ce qui l’utilise et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the image {path}: {detail}.</source>
        <translation>Impossible d&apos;ouvrir l&apos;image {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image {path} is empty: download it again.</source>
        <translation>L&apos;image {path} est vide&#xa0;: téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image {path} has SHA-256 {actual}, not the expected {expected}: nothing was written. Check the checksum, or whether this is the image you meant.</source>
        <translation>L&apos;image {path} a pour SHA-256 {actual}, et non {expected} comme attendu&#xa0;: rien n&apos;a été écrit. Vérifiez la somme de contrôle, ou qu&apos;il s&apos;agit bien de l&apos;image voulue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image {path} failed: {detail}. Check the drive it is on, or copy it elsewhere and try again.</source>
        <translation>La lecture de l&apos;image {path} a échoué&#xa0;: {detail}. Vérifiez le lecteur qui la contient, ou copiez-la ailleurs et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {format} image {path} ends too early, at byte {offset} (after {output_offset} bytes of image): the download is incomplete. Download it again.</source>
        <translation>L&apos;image {format} {path} se termine trop tôt, à l&apos;octet {offset} (après {output_offset} octets d&apos;image)&#xa0;: le téléchargement est incomplet. Téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {format} image {path} is damaged at byte {offset} (after {output_offset} bytes of image): {detail}. Download it again.</source>
        <translation>L&apos;image {format} {path} est endommagée à l&apos;octet {offset} (après {output_offset} octets d&apos;image)&#xa0;: {detail}. Téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image in {path} should hold {expected} bytes but holds {actual}: the archive is damaged. Download it again.</source>
        <translation>L&apos;image contenue dans {path} devrait faire {expected} octets mais en fait {actual}&#xa0;: l&apos;archive est endommagée. Téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a readable zip file ({detail}, at byte {offset}): the download may be incomplete.</source>
        <translation>{path} n&apos;est pas un fichier zip lisible ({detail}, à l&apos;octet {offset})&#xa0;: le téléchargement est peut-être incomplet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds no file: choose the image itself.</source>
        <translation>Le fichier zip {path} ne contient aucun fichier&#xa0;: choisissez l&apos;image elle-même.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds several files ({names}): unpack it and choose the image.</source>
        <translation>Le fichier zip {path} contient plusieurs fichiers ({names})&#xa0;: décompressez-le et choisissez l&apos;image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is encrypted: unpack it with its password first.</source>
        <translation>{name} dans {path} est chiffré&#xa0;: décompressez-le d&apos;abord avec son mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is compressed with zip method {method}, which Imprint cannot read: unpack it first, or use a .zip made with deflate.</source>
        <translation>{name} dans {path} est compressé avec la méthode zip {method}, qu&apos;Imprint ne sait pas lire&#xa0;: décompressez-le d&apos;abord, ou utilisez un .zip créé avec deflate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the block map {path}: {detail}.</source>
        <translation>Impossible d&apos;ouvrir la carte des blocs {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block map {path} is not a valid .bmap file ({detail}): make it again with &apos;bmaptool create&apos;, or flash without it.</source>
        <translation>La carte des blocs {path} n&apos;est pas un fichier .bmap valide ({detail})&#xa0;: recréez-la avec &apos;bmaptool create&apos;, ou écrivez sans elle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} has format version {version}, which Imprint does not know: flash without --bmap.</source>
        <translation>La carte des blocs {path} est au format version {version}, qu&apos;Imprint ne connaît pas&#xa0;: écrivez sans --bmap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} was changed after it was made (its own checksum does not match): download it again.</source>
        <translation>La carte des blocs {path} a été modifiée après sa création (sa propre somme de contrôle ne correspond pas)&#xa0;: téléchargez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image does not match its block map: the {length} bytes at byte {offset} have another checksum. The image or the .bmap file is damaged or they do not belong together.</source>
        <translation>L&apos;image ne correspond pas à sa carte des blocs&#xa0;: les {length} octets à l&apos;octet {offset} ont une autre somme de contrôle. L&apos;image ou le fichier .bmap est endommagé, ou ils ne vont pas ensemble.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The block map is for an image of {expected} bytes, but the image holds {actual}: use the .bmap made for this image.</source>
        <translation>La carte des blocs est faite pour une image de {expected} octets, mais l&apos;image en contient {actual}&#xa0;: utilisez le .bmap créé pour cette image.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image has a damaged superblock ({field} is {value}): its whole partition is written.</source>
        <translation>Le système de fichiers ext2/3/4 à l&apos;octet {offset} de l&apos;image a un superbloc endommagé ({field} vaut {value})&#xa0;: sa partition est écrite en entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image uses {feature}, which Imprint does not map: its whole partition is written.</source>
        <translation>Le système de fichiers ext2/3/4 à l&apos;octet {offset} de l&apos;image utilise {feature}, qu&apos;Imprint ne sait pas cartographier&#xa0;: sa partition est écrite en entier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image points at block {block}, outside itself: its whole partition is written. Check it with e2fsck.</source>
        <translation>Le système de fichiers ext2/3/4 à l&apos;octet {offset} de l&apos;image désigne le bloc {block}, situé hors de lui&#xa0;: sa partition est écrite en entier. Vérifiez-le avec e2fsck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block} of the ext2/3/4 filesystem at byte {offset} of the image does not match its checksum: its whole partition is written. Check it with e2fsck.</source>
        <translation>Le bloc {block} du système de fichiers ext2/3/4 à l&apos;octet {offset} de l&apos;image ne correspond pas à sa somme de contrôle&#xa0;: sa partition est écrite en entier. Vérifiez-le avec e2fsck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image is too large for Imprint to map: its whole partition is written.</source>
        <translation>Le système de fichiers ext2/3/4 à l&apos;octet {offset} de l&apos;image est trop grand pour qu&apos;Imprint le cartographie&#xa0;: sa partition est écrite en entier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image has its blocks in use spread over more than {runs} runs: its whole partition is written.</source>
        <translation>Les blocs utilisés du système de fichiers ext2/3/4 à l&apos;octet {offset} de l&apos;image sont répartis sur plus de {runs} plages&#xa0;: sa partition est écrite en entier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open {name} for writing: {detail}. If it is a drive, check that nothing uses it and that you may write it.</source>
        <translation>Impossible d&apos;ouvrir {name} en écriture&#xa0;: {detail}. S&apos;il s&apos;agit d&apos;un lecteur, vérifiez que rien ne l&apos;utilise et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds {size} bytes but the image needs {needed}: use a larger drive.</source>
        <translation>{name} contient {size} octets mais l&apos;image a besoin de {needed}&#xa0;: utilisez un lecteur plus grand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name} failed at byte {offset}: {detail}. The drive may be failing or was removed; try another one.</source>
        <translation>L&apos;écriture sur {name} a échoué à l&apos;octet {offset}&#xa0;: {detail}. Le lecteur est peut-être défaillant ou a été retiré&#xa0;; essayez-en un autre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading back {name} failed at byte {offset}: {detail}. The drive may be failing or was removed.</source>
        <translation>La relecture de {name} a échoué à l&apos;octet {offset}&#xa0;: {detail}. Le lecteur est peut-être défaillant ou a été retiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flushing {name} failed: {detail}. The data may not all be on the drive; try again or use another drive.</source>
        <translation>La purge des tampons de {name} a échoué&#xa0;: {detail}. Les données ne sont peut-être pas toutes sur le lecteur&#xa0;; réessayez ou utilisez un autre lecteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is {source}, which the write reads: choose another file to write to.</source>
        <translation>{path} est {source}, que l’écriture lit : choisissez un autre fichier où écrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be written ({detail}): choose a folder you may write to.</source>
        <translation>{path} ne peut pas être écrit ({detail}) : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} exists and will be overwritten.</source>
        <translation>{path} existe et sera écrasé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was not written: erasing it was not confirmed.</source>
        <translation>{path} n’a pas été écrit : son effacement n’a pas été confirmé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is named twice: give each target once.</source>
        <translation>{path} est donné deux fois : indiquez chaque cible une seule fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not written: another target was refused, so nothing was written.</source>
        <translation>Non écrit : une autre cible a été refusée, donc rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification of {name} failed: the {length} bytes at byte {offset} read back differently from what was written. The drive is unreliable or fake; use another one.</source>
        <translation>La vérification de {name} a échoué&#xa0;: les {length} octets à l&apos;octet {offset} relus diffèrent de ce qui a été écrit. Le lecteur n&apos;est pas fiable ou est contrefait&#xa0;; utilisez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {name} was cancelled; it is left unbootable (its first MiB is blank). Write it again to use it.</source>
        <translation>L&apos;écriture sur {name} a été annulée&#xa0;; il n&apos;est plus amorçable (son premier Mio est vide). Écrivez-le de nouveau pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configuration change for {name} at byte {offset} lies outside the image: the image and its configuration do not belong together.</source>
        <translation>Une modification de configuration pour {name} à l&apos;octet {offset} se trouve hors de l&apos;image&#xa0;: l&apos;image et sa configuration ne vont pas ensemble.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is not implemented yet: write an image file instead, or write the drive from Linux.</source>
        <translation>{what} n&apos;est pas encore implémenté&#xa0;: écrivez plutôt dans un fichier image, ou écrivez sur le lecteur depuis Linux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be opened: this program is not root and no helper (UDisks2) is available. Run it as root, or start the udisks2 service.</source>
        <translation>Impossible d&apos;ouvrir {name}&#xa0;: ce programme ne tourne pas en root et aucun assistant (UDisks2) n&apos;est disponible. Lancez-le en root, ou démarrez le service udisks2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive access on macOS (authopen)</source>
        <translation>L&apos;accès aux disques sous macOS (authopen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive access on Windows</source>
        <translation>L&apos;accès aux disques sous Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive access on this system</source>
        <translation>L&apos;accès aux disques sur ce système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmounting on this system</source>
        <translation>Le démontage sur ce système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit status {status}</source>
        <translation>code de sortie {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading had already failed</source>
        <translation>la lecture avait déjà échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file became shorter</source>
        <translation>le fichier a raccourci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stream cannot skip ahead</source>
        <translation>le flux ne peut pas avancer sans lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an xz stream</source>
        <translation>pas un flux xz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a bzip2 stream</source>
        <translation>pas un flux bzip2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed with options Imprint cannot read</source>
        <translation>compressé avec des options qu’Imprint ne sait pas lire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged data</source>
        <translation>données endommagées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected end of data</source>
        <translation>fin inattendue des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the memory limit was reached</source>
        <translation>la limite de mémoire est atteinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the decoder failed</source>
        <translation>le décompresseur a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its CRC-32 checksum does not match</source>
        <translation>sa somme de contrôle CRC-32 ne correspond pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data after the end of the compressed stream</source>
        <translation>des données après la fin du flux compressé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the file cannot be read</source>
        <translation>la fin du fichier ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no end of central directory: the file is truncated or not a zip file</source>
        <translation>pas de fin de répertoire central : le fichier est tronqué ou n’est pas un fichier zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ZIP64 locator is missing</source>
        <translation>le localisateur ZIP64 manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ZIP64 end record is missing</source>
        <translation>l’enregistrement de fin ZIP64 manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory lies outside the file</source>
        <translation>le répertoire central est hors du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory cannot be read</source>
        <translation>le répertoire central ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory is damaged</source>
        <translation>le répertoire central est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a local header is missing</source>
        <translation>un en-tête local manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry&apos;s data lies outside the file</source>
        <translation>les données de l’entrée sont hors du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no &lt;bmap&gt; element</source>
        <translation>aucun élément &lt;bmap&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ImageSize or BlockSize missing or not a number</source>
        <translation>ImageSize ou BlockSize absent ou non numérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unterminated &lt;Range&gt;</source>
        <translation>un &lt;Range&gt; non terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown ChecksumType &quot;{type}&quot;</source>
        <translation>ChecksumType « {type} » inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad range &quot;{range}&quot;</source>
        <translation>plage « {range} » invalide</translation>
    </message>
    <message>
        <location filename="../app/common/messages/profiles.cpp" line="+12"/>
        <source>&quot;{name}&quot; cannot be a profile name. Use 1 to 64 characters without a slash, not starting with a dot or a space.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être un nom de profil. Utilisez de 1 à 64 caractères sans barre oblique, sans point ni espace au début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile called &quot;{name}&quot; exists already. Choose another name or delete that profile first.</source>
        <translation>Un profil nommé «&#xa0;{name}&#xa0;» existe déjà. Choisissez un autre nom ou supprimez d&apos;abord ce profil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile file {path} cannot be read: {reason}. Check the path and that you may read the file.</source>
        <translation>Impossible de lire le fichier de profil {path}&#xa0;: {reason}. Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is far too large to be a profile. Choose a profile file saved by Imprint.</source>
        <translation>{path} est bien trop grand pour être un profil. Choisissez un fichier de profil enregistré par Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder, not an image: it can be configured in place but not written to a drive. Open an image file.</source>
        <translation>{path} est un dossier, pas une image&#xa0;: on peut le configurer sur place, mais pas l&apos;écrire sur un lecteur. Ouvrez un fichier image.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} stays as the image has it: a profile can add and change settings but not remove them. Give it a value, or remove it later with imprint config unset.</source>
        <translation>{key} reste tel que dans l&apos;image&#xa0;: un profil peut ajouter et modifier des réglages, mais pas en supprimer. Donnez-lui une valeur, ou supprimez-le ensuite avec imprint config unset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile cannot be saved to {path}: {reason}. Check that the folder is writable and the disk is not full.</source>
        <translation>Impossible d&apos;enregistrer le profil dans {path}&#xa0;: {reason}. Vérifiez que le dossier est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../app/common/messages/provision.cpp" line="+11"/>
        <source>A WiFi network needs a name (SSID).</source>
        <translation>Un réseau Wi-Fi a besoin d&apos;un nom (SSID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi name &quot;{ssid}&quot; is {length} bytes long; an SSID has at most 32 bytes. Check the name on the access point.</source>
        <translation>Le nom Wi-Fi «&#xa0;{ssid}&#xa0;» fait {length} octets&#xa0;; un SSID a au plus 32 octets. Vérifiez le nom sur le point d&apos;accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA needs 8 to 63. Check it; leave it out for an open network.</source>
        <translation>La phrase secrète de «&#xa0;{ssid}&#xa0;» a {length} caractères&#xa0;; WPA en exige de 8 à 63. Vérifiez-la&#xa0;; omettez-la pour un réseau ouvert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA takes 8 to 63, or a raw key of exactly 64 hex digits.</source>
        <translation>La phrase secrète de «&#xa0;{ssid}&#xa0;» a {length} caractères&#xa0;; WPA accepte de 8 à 63 caractères, ou une clé brute d&apos;exactement 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has a control character or broken text at character {position}. Type it again.</source>
        <translation>La phrase secrète de «&#xa0;{ssid}&#xa0;» contient un caractère de contrôle ou du texte corrompu au caractère {position}. Saisissez-la de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IPv4 address with a prefix length; write it like 192.168.1.50/24.</source>
        <translation>«&#xa0;{value}&#xa0;» (réseau «&#xa0;{ssid}&#xa0;») n&apos;est pas une adresse IPv4 avec une longueur de préfixe&#xa0;; écrivez-la comme 192.168.1.50/24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not a usable gateway: it must be an IPv4 address, set together with a static address.</source>
        <translation>«&#xa0;{value}&#xa0;» (réseau «&#xa0;{ssid}&#xa0;») n&apos;est pas une passerelle utilisable&#xa0;: ce doit être une adresse IPv4, définie avec une adresse statique.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IP address.</source>
        <translation>«&#xa0;{value}&#xa0;» (réseau «&#xa0;{ssid}&#xa0;») n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network &quot;{ssid}&quot; has DNS servers but no static address. Set the address too, or use the dnsServers setting.</source>
        <translation>Le réseau «&#xa0;{ssid}&#xa0;» a des serveurs DNS mais pas d&apos;adresse statique. Définissez aussi l&apos;adresse, ou utilisez le réglage dnsServers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The priority {value} of network &quot;{ssid}&quot; is out of range (-999 to 999).</source>
        <translation>La priorité {value} du réseau «&#xa0;{ssid}&#xa0;» est hors limites (-999 à 999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is not a PNG file (its first bytes are not the PNG signature). Convert it to PNG first.</source>
        <translation>Le logo n&apos;est pas un fichier PNG (ses premiers octets ne sont pas la signature PNG). Convertissez-le d&apos;abord en PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is cut short. Export or download it again.</source>
        <translation>Le logo PNG est tronqué. Exportez-le ou téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has no header chunk where it must be. Export it again from an image editor.</source>
        <translation>Le logo PNG n&apos;a pas de bloc d&apos;en-tête là où il doit être. Exportez-le de nouveau depuis un éditeur d&apos;images.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is damaged (checksum of its {chunk} chunk is wrong). Export or download it again.</source>
        <translation>Le logo PNG est endommagé (la somme de contrôle de son bloc {chunk} est fausse). Exportez-le ou téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo&apos;s header names an impossible colour format. Export it again from an image editor.</source>
        <translation>L&apos;en-tête du logo PNG indique un format de couleur impossible. Exportez-le de nouveau depuis un éditeur d&apos;images.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is {width}x{height} pixels; each side must be 1 to {max}. Scale it down.</source>
        <translation>Le logo fait {width}x{height} pixels&#xa0;; chaque côté doit faire de 1 à {max}. Réduisez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo has no image data. Export it again.</source>
        <translation>Le logo PNG n&apos;a pas de données d&apos;image. Exportez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has extra bytes after its end; it may be two files joined together. Export it again.</source>
        <translation>Le logo PNG a des octets en trop après sa fin&#xa0;; il s&apos;agit peut-être de deux fichiers accolés. Exportez-le de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo ({size} bytes) does not fit: the boot partition has room for {available} bytes, counting what the old logo frees. Use a smaller PNG.</source>
        <translation>Le logo ({size} octets) ne tient pas&#xa0;: la partition de démarrage a de la place pour {available} octets, en comptant ce que libère l&apos;ancien logo. Utilisez un PNG plus petit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo file &quot;{path}&quot; cannot be read ({reason}).</source>
        <translation>Impossible de lire le fichier de logo «&#xa0;{path}&#xa0;» ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development mode opens the device: root login without a password over SSH (port 22222) and the serial console, and the container engine API on TCP port 2375. Use it only on a network you trust.</source>
        <translation>Le mode développement ouvre l&apos;appareil&#xa0;: connexion root sans mot de passe par SSH (port 22222) et par la console série, et API du moteur de conteneurs sur le port TCP 2375. Ne l&apos;utilisez que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH keys are set, so password-less login is refused: only those keys log in.</source>
        <translation>Des clés SSH sont définies, la connexion sans mot de passe est donc refusée&#xa0;: seules ces clés permettent de se connecter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Development mode off: SSH takes keys only, the engine API is closed.</source>
        <translation>Mode développement désactivé&#xa0;: SSH n&apos;accepte que des clés, l&apos;API du moteur est fermée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image is an old {variant} build: it stays open whatever config.json says. Use a production or unified image to close it.</source>
        <translation>Cette image est une ancienne version {variant}&#xa0;: elle reste ouverte quoi que dise config.json. Utilisez une image de production ou unifiée pour la fermer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is an old {variant}-only build: developmentMode has no effect on it. Use a development or unified image.</source>
        <translation>Cette image est une ancienne version uniquement {variant}&#xa0;: developmentMode n&apos;a aucun effet sur elle. Utilisez une image de développement ou unifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile must be a JSON object ({...}).</source>
        <translation>Un profil doit être un objet JSON ({...}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be a JSON {expected} in a profile.</source>
        <translation>{key} doit être un JSON de type {expected} dans un profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is required in a profile.</source>
        <translation>{key} est obligatoire dans un profil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be one of: {allowed}.</source>
        <translation>{key} doit valoir l&apos;une de ces valeurs&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network &quot;{ssid}&quot; is listed twice; the device will have two connection files for it.</source>
        <translation>Le réseau «&#xa0;{ssid}&#xa0;» figure deux fois&#xa0;; l&apos;appareil aura deux fichiers de connexion pour lui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profile &quot;{name}&quot;: give a file path or the name of a saved profile ({folder}).</source>
        <translation>Pas de profil «&#xa0;{name}&#xa0;»&#xa0;: indiquez un chemin de fichier ou le nom d&apos;un profil enregistré ({folder}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The boot partition has no {path}. Is this a balenaOS image? Write a config.json there first (imprint config inject).</source>
        <translation>La partition de démarrage n&apos;a pas de {path}. Est-ce bien une image balenaOS&#xa0;? Écrivez d&apos;abord un config.json à cet endroit (imprint config inject).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written: the changes have errors. Fix them and try again.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: les modifications contiennent des erreurs. Corrigez-les et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the old file to {path} ({reason}); nothing was changed. Choose another folder with --backup DIR.</source>
        <translation>Impossible de sauvegarder l&apos;ancien fichier dans {path} ({reason})&#xa0;; rien n&apos;a été modifié. Choisissez un autre dossier avec --backup DIR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} changed on the boot partition after the plan was made; nothing was written. Run the command again.</source>
        <translation>{path} a changé sur la partition de démarrage après la création du plan&#xa0;; rien n&apos;a été écrit. Relancez la commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} does not read back as written. The medium may be failing; the old files are in the backup folder.</source>
        <translation>{path} ne se relit pas tel qu&apos;il a été écrit. Le support est peut-être défaillant&#xa0;; les anciens fichiers sont dans le dossier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no folder for the old files</source>
        <translation>aucun dossier pour les anciens fichiers</translation>
    </message>
    <message>
        <location filename="../app/common/messages/batch.cpp" line="+12"/>
        <source>Cannot read the manifest {path}: {reason}. Check the path and that the file is readable.</source>
        <translation>Impossible de lire le manifeste {path}&#xa0;: {reason}. Vérifiez le chemin et que le fichier est lisible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest {path} lists no devices. Give a CSV file with a header row and one row per device, or a JSON array of objects.</source>
        <translation>Le manifeste {path} ne liste aucun appareil. Fournissez un fichier CSV avec une ligne d&apos;en-tête et une ligne par appareil, ou un tableau JSON d&apos;objets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest has a quoted field that never ends, in the record starting on line {line}. Close the quote with &quot;.</source>
        <translation>Le manifeste a un champ entre guillemets qui ne se termine jamais, dans l&apos;enregistrement commençant à la ligne {line}. Fermez le guillemet avec &quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} (line {line}) of the manifest has {actual} fields but the header has {expected}. Quote fields that contain commas.</source>
        <translation>La ligne {row} (ligne de texte {line}) du manifeste a {actual} champs mais l&apos;en-tête en a {expected}. Mettez entre guillemets les champs qui contiennent des virgules.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest has the column {column} twice. Keep one.</source>
        <translation>Le manifeste a deux fois la colonne {column}. N&apos;en gardez qu&apos;une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manifest {path} is not valid JSON: {detail}. A JSON manifest is an array of objects, one per device.</source>
        <translation>Le manifeste {path} n&apos;est pas du JSON valide&#xa0;: {detail}. Un manifeste JSON est un tableau d&apos;objets, un par appareil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of the manifest is not a JSON object. Give each device as {&quot;hostname&quot;: ..., ...}.</source>
        <translation>La ligne {row} du manifeste n&apos;est pas un objet JSON. Donnez chaque appareil sous la forme {&quot;hostname&quot;: ..., ...}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: the value is a JSON array or object. Give text, a number or true/false.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: la valeur est un tableau ou un objet JSON. Donnez du texte, un nombre ou true/false.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest has an unknown column {column}. Columns are hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode and config.&lt;key&gt; (for example config.persistentLogging).</source>
        <translation>Le manifeste a une colonne inconnue {column}. Les colonnes sont hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode et config.&lt;key&gt; (par exemple config.persistentLogging).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}, column {column}: &quot;{template}&quot; has a placeholder that is not known. Use {index}, {index:03}, {uuid} or {row.&lt;another column&gt;}.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: «&#xa0;{template}&#xa0;» contient un espace réservé inconnu. Utilisez {index}, {index:03}, {uuid} ou {row.&lt;autre colonne&gt;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is not true or false.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est ni true ni false.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is not a device uuid (32 to 62 lower-case hex digits). Leave it empty to have one generated.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un uuid d&apos;appareil (32 à 62 chiffres hexadécimaux en minuscules). Laissez le champ vide pour en générer un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: give the device&apos;s address (ip_address, like 192.168.1.50/24) too, or leave it empty.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: indiquez aussi l&apos;adresse de l&apos;appareil (ip_address, par exemple 192.168.1.50/24), ou laissez la colonne vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: the profile has no connection named &quot;{value}&quot;.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: le profil n&apos;a aucune connexion nommée «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: the profile has several wired connections; say which one takes the address in the ip_connection column.</source>
        <translation>Ligne {row}&#xa0;: le profil a plusieurs connexions filaires&#xa0;; indiquez dans la colonne ip_connection celle qui reçoit l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} has a wifi_psk but no wifi_ssid. Give the network&apos;s name too, or leave both empty.</source>
        <translation>La ligne {row} a un wifi_psk mais pas de wifi_ssid. Indiquez aussi le nom du réseau, ou laissez les deux vides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: {reason}. Give the key&apos;s text (&quot;ssh-ed25519 AAAA...&quot;) or the path of a .pub file.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: {reason}. Donnez le texte de la clé («&#xa0;ssh-ed25519 AAAA...&#xa0;») ou le chemin d&apos;un fichier .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: the value cannot be set at that path of config.json (a parent key is not an object).</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: la valeur ne peut pas être définie à cet emplacement de config.json (une clé parente n&apos;est pas un objet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is already used by row {first_row}. Every device needs its own.</source>
        <translation>Ligne {row}, colonne {column}&#xa0;: «&#xa0;{value}&#xa0;» est déjà utilisé par la ligne {first_row}. Chaque appareil doit avoir le sien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot resume from {path}: {reason}. Run without --resume to start over.</source>
        <translation>Impossible de reprendre à partir de {path}&#xa0;: {reason}. Relancez sans --resume pour recommencer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to {path}: {reason}. Check the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire dans {path}&#xa0;: {reason}. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target-profile {profile} must follow the --to it is for, one per --to. Use --profile for a profile every target gets.</source>
        <translation>--target-profile {profile} doit suivre le --to auquel il s&apos;applique, un par --to. Utilisez --profile pour un profil que reçoivent toutes les cibles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressing {path} with {tool} failed: {detail}. Check that the disk has room and is writable.</source>
        <translation>La compression de {path} avec {tool} a échoué : {detail}. Vérifiez que le disque a de la place et est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neither a public key nor a readable file</source>
        <translation>ni une clé publique ni un fichier lisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an array of objects</source>
        <translation>pas un tableau d’objets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than 64 MiB</source>
        <translation>plus grand que 64 Mio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encoder cannot start</source>
        <translation>le compresseur ne peut pas démarrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder failed (error {status})</source>
        <translation>le compresseur a échoué (erreur {status})</translation>
    </message>
    <message>
        <location filename="../app/common/messages/udisks.cpp" line="+11"/>
        <source>The UDisks2 service is not reachable ({detail}): start it (systemctl start udisks2), or run as root to write drives directly.</source>
        <translation>Le service UDisks2 est injoignable ({detail})&#xa0;: démarrez-le (systemctl start udisks2), ou lancez le programme en root pour écrire directement sur les lecteurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDisks2 does not know {name} ({detail}): check the device name with &apos;imprint drives&apos;.</source>
        <translation>UDisks2 ne connaît pas {name} ({detail})&#xa0;: vérifiez le nom du périphérique avec &apos;imprint drives&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mountpoint} on {name} could not be unmounted ({detail}): close the programs using it and try again.</source>
        <translation>Impossible de démonter {mountpoint} sur {name} ({detail})&#xa0;: fermez les programmes qui l&apos;utilisent et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDisks2 did not open {name} for writing ({detail}): allow it when asked for a password, and make sure nothing else uses the drive.</source>
        <translation>UDisks2 n&apos;a pas ouvert {name} en écriture ({detail})&#xa0;: autorisez-le quand un mot de passe est demandé, et vérifiez que rien d&apos;autre n&apos;utilise le lecteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system&apos;s policy (polkit) does not allow you to write {name} ({detail}); nothing was written. Run Imprint in your desktop session and confirm with your password when asked, or run it as root (sudo).</source>
        <translation>La politique du système (polkit) ne vous permet pas d&apos;écrire sur {name} ({detail})&#xa0;; rien n&apos;a été écrit. Lancez Imprint dans votre session de bureau et confirmez avec votre mot de passe quand il est demandé, ou lancez-le en tant que root (sudo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDisks2 does not know this device</source>
        <translation>UDisks2 ne connaît pas ce périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file descriptor in the reply</source>
        <translation>aucun descripteur de fichier dans la réponse</translation>
    </message>
    <message>
        <location filename="../app/common/messages/folders.cpp" line="+11"/>
        <source>The folder {folder} cannot be created: {reason}. Nothing was written. Check that your home folder is writable and the disk is not full.</source>
        <translation>Impossible de créer le dossier {folder}&#xa0;: {reason}. Rien n&apos;a été écrit. Vérifiez que votre dossier personnel est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <location filename="../app/common/messages/writer.cpp" line="+11"/>
        <source>The writing helper {program} could not be started ({detail}); nothing was written. Allow it when the system asks for permission, or reinstall Imprint.</source>
        <translation>Le programme d’écriture {program} n’a pas pu être lancé ({detail}) ; rien n’a été écrit. Autorisez-le quand le système demande la permission, ou réinstallez Imprint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper ended before it reported the result (exit status {status}). Check the drive and write it again.</source>
        <translation>Le programme d’écriture s’est arrêté avant d’annoncer le résultat (code de sortie {status}). Vérifiez le support et écrivez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper said nothing for {seconds} seconds and was stopped. Write again, and allow it when the system asks for permission.</source>
        <translation>Le programme d’écriture n’a rien dit pendant {seconds} secondes et a été arrêté. Écrivez à nouveau, et autorisez-le quand le système demande la permission.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the writing helper closed before the write ended. Check the drive and write it again.</source>
        <translation>La connexion au programme d’écriture s’est fermée avant la fin de l’écriture. Vérifiez le support et écrivez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message from the writing helper was cut short. Check the drive and write it again.</source>
        <translation>Un message du programme d’écriture a été interrompu. Vérifiez le support et écrivez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private connection to the writing helper failed ({detail}). Write again.</source>
        <translation>La connexion privée au programme d’écriture a échoué ({detail}). Écrivez à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program connected in place of the writing helper; it was given nothing and nothing was written. Check this computer for unwanted software, then write again.</source>
        <translation>Un autre programme s’est connecté à la place du programme d’écriture ; il n’a rien reçu et rien n’a été écrit. Vérifiez que cet ordinateur n’a pas de logiciel indésirable, puis écrivez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper sent an empty message: it is not from this version of Imprint. Reinstall Imprint.</source>
        <translation>Le programme d’écriture a envoyé un message vide : il ne vient pas de cette version d’Imprint. Réinstallez Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message of {size} to or from the writing helper is over the {limit} allowed. Reinstall Imprint if this was not a very large job.</source>
        <translation>Un message de {size} vers ou depuis le programme d’écriture dépasse les {limit} permis. Réinstallez Imprint si ce n’était pas une très grosse tâche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message between Imprint and its writing helper is not valid JSON. Reinstall Imprint.</source>
        <translation>Un message entre Imprint et son programme d’écriture n’est pas du JSON valide. Réinstallez Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The writing helper speaks protocol version {version}, this program version {expected}: reinstall Imprint so both come from the same release.</source>
        <translation>Le programme d’écriture parle la version {version} du protocole, ce programme la version {expected} : réinstallez Imprint pour que les deux viennent de la même version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message of unknown type &quot;{type}&quot; came from the other side of the writing helper&apos;s connection. Reinstall Imprint.</source>
        <translation>Un message de type inconnu « {type} » est venu de l’autre côté de la connexion au programme d’écriture. Réinstallez Imprint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value in a message between Imprint and its writing helper is of the wrong kind or out of range. Reinstall Imprint.</source>
        <translation>Une valeur d’un message entre Imprint et son programme d’écriture est du mauvais type ou hors limites. Réinstallez Imprint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message between Imprint and its writing helper lacks a value. Reinstall Imprint.</source>
        <translation>Il manque une valeur dans un message entre Imprint et son programme d’écriture. Réinstallez Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message between Imprint and its writing helper holds a value it does not know. Reinstall Imprint.</source>
        <translation>Un message entre Imprint et son programme d’écriture contient une valeur inconnue. Réinstallez Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} cannot be handed to the writing helper; nothing was written.</source>
        <translation>{what} ne peut pas être confié au programme d’écriture ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image that is still downloading</source>
        <translation>Une image encore en cours de téléchargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A write through UDisks2</source>
        <translation>Une écriture par UDisks2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configuration planned before the write</source>
        <translation>Une configuration planifiée avant l’écriture</translation>
    </message>
    <message>
        <location filename="../app/common/messages/network.cpp" line="+12"/>
        <source>&quot;{value}&quot; cannot name a connection: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, not ending in a dot or .ignore.</source>
        <translation>«&#xa0;{value}&#xa0;» ne peut pas nommer une connexion&#xa0;: de 1 à 64 lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;», sans point ni .ignore à la fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the priority {value} is out of range (-999 to 999).</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: la priorité {value} est hors limites (-999 à 999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: this WiFi security needs a pass phrase.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: cette sécurité Wi-Fi demande une phrase de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: an open or enterprise network takes no pass phrase; choose WPA security or leave it out.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: un réseau ouvert ou d&apos;entreprise ne prend pas de phrase de passe&#xa0;; choisissez une sécurité WPA ou retirez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: WPA3 (SAE) takes a pass phrase, not a 64-digit raw key.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: WPA3 (SAE) prend une phrase de passe, pas une clé brute de 64 chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the band &quot;{value}&quot; is neither a (5 GHz) nor bg (2.4 GHz).</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: la bande «&#xa0;{value}&#xa0;» n&apos;est ni a (5&#xa0;GHz) ni bg (2,4&#xa0;GHz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a MAC address (six pairs of hex digits, like 00:11:22:AA:BB:CC).</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas une adresse MAC (six paires de chiffres hexadécimaux, comme 00:11:22:AA:BB:CC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a MAC address (six pairs of hex digits, like 52:54:00:12:34:56).</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas une adresse MAC (six paires de chiffres hexadécimaux, comme 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: an enterprise network needs an identity.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: un réseau d&apos;entreprise demande une identité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: a password is missing (the network&apos;s, or the one of the encrypted private key).</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: il manque un mot de passe (celui du réseau, ou celui de la clé privée chiffrée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: TLS needs a client certificate and its private key; {field} is missing.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: TLS demande un certificat client et sa clé privée&#xa0;; {field} manque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: {field} is not a PEM file of the right kind (-----BEGIN CERTIFICATE----- or PRIVATE KEY). Convert it with openssl.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: {field} n&apos;est pas un fichier PEM du bon type (-----BEGIN CERTIFICATE----- ou PRIVATE KEY). Convertissez-le avec openssl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not an access point name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;; at most 64).</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un nom de point d&apos;accès (lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;-&#xa0;», «&#xa0;_&#xa0;»&#xa0;; 64 au plus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: a SIM PIN is 4 to 8 digits.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: un code PIN de carte SIM compte 4 à 8 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &quot;{id}&quot;: {field} holds a line break or another control character.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: {field} contient un saut de ligne ou un autre caractère de contrôle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the manual method needs at least one address with its prefix, like 192.168.1.50/24.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: la méthode manual demande au moins une adresse avec son préfixe, comme 192.168.1.50/24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the method {method} takes no addresses, gateway or DNS settings.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: la méthode {method} ne prend ni adresses, ni passerelle, ni réglages DNS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas une adresse de cette version d&apos;IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; needs a prefix length of 1 to 32 (IPv4) or 1 to 128 (IPv6), like /24 or /64.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;» demande une longueur de préfixe de 1 à 32 (IPv4) ou de 1 à 128 (IPv6), comme /24 ou /64.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the gateway &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: la passerelle «&#xa0;{value}&#xa0;» n&apos;est pas une adresse de cette version d&apos;IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the gateway {value} lies outside every address&apos;s network, so the device could not reach it.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: la passerelle {value} est hors du réseau de chaque adresse, l&apos;appareil ne pourrait donc pas l&apos;atteindre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the DNS server &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: le serveur DNS «&#xa0;{value}&#xa0;» n&apos;est pas une adresse de cette version d&apos;IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a domain name.</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &quot;{id}&quot;: the route metric {value} is out of range (0 to 65535).</source>
        <translation>Connexion «&#xa0;{id}&#xa0;»&#xa0;: la métrique de route {value} est hors limites (0 à 65535).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy host &quot;{value}&quot; is neither an IP address nor a host name.</source>
        <translation>L&apos;hôte du proxy «&#xa0;{value}&#xa0;» n&apos;est ni une adresse IP ni un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy port {value} is out of range (1 to 65535).</source>
        <translation>Le port du proxy {value} est hors limites (1 à 65535).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy login holds a quote, a backslash, a &apos;;&apos; or a control character, which redsocks cannot read.</source>
        <translation>L&apos;identifiant du proxy contient un guillemet, une barre oblique inverse, un «&#xa0;;&#xa0;» ou un caractère de contrôle, que redsocks ne sait pas lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy password holds a quote, a backslash, a &apos;;&apos; or a control character, which redsocks cannot read.</source>
        <translation>Le mot de passe du proxy contient un guillemet, une barre oblique inverse, un «&#xa0;;&#xa0;» ou un caractère de contrôle, que redsocks ne sait pas lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy has a password but no login.</source>
        <translation>Le proxy a un mot de passe mais pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not an IPv4 address or network (like 10.0.0.0/8) for the proxy&apos;s exceptions.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse ou un réseau IPv4 (comme 10.0.0.0/8) pour les exceptions du proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than {limit}; a NetworkManager keyfile is a few hundred bytes.</source>
        <translation>{file} dépasse {limit}&#xa0;; un fichier de clés NetworkManager fait quelques centaines d&apos;octets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a NetworkManager keyfile: it holds bytes that are not UTF-8 text.</source>
        <translation>{file} n&apos;est pas un fichier de clés NetworkManager&#xa0;: il contient des octets qui ne sont pas du texte UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, [{group}] {key}: this key is missing.</source>
        <translation>{file}, [{group}] {key}&#xa0;: cette clé manque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: &quot;{value}&quot; is not one of: {allowed}.</source>
        <translation>{file}, [{group}] {key}&#xa0;: «&#xa0;{value}&#xa0;» n&apos;est pas l&apos;une des valeurs {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: {detail}</source>
        <translation>{file}, [{group}] {key}&#xa0;: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: the file {path} it names was not imported with it.</source>
        <translation>{file}, [{group}] {key}&#xa0;: le fichier {path} qu&apos;il nomme n&apos;a pas été importé avec lui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, [{group}] {key}: cannot read {path}: {reason}</source>
        <translation>{file}, [{group}] {key}&#xa0;: impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two connections are named &quot;{id}&quot;; each needs its own name.</source>
        <translation>Deux connexions s&apos;appellent «&#xa0;{id}&#xa0;»&#xa0;; chacune demande son propre nom.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+38"/>
        <source>Flash and configure balenaOS images.</source>
        <translation>Écrire et configurer des images balenaOS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to open.</source>
        <translation>L&apos;image à ouvrir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a profile (a file or a saved name) once the image is open.</source>
        <translation>Appliquer un profil (un fichier ou un nom enregistré) une fois l&apos;image ouverte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at a step: image, configure, plan or write.</source>
        <translation>Commencer à une étape&#xa0;: image, configure, plan ou write.</translation>
    </message>
    <message>
        <location filename="../app/gui/textformat.cpp" line="+9"/>
        <source>unknown</source>
        <translation>inconnu</translation>
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
        <translation>lecteur système&#xa0;: jamais écrit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location filename="../app/gui/errorlabel.cpp" line="+23"/>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code: %1</source>
        <translation>code&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON pointer: %1</source>
        <translation>pointeur JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte offset: %1</source>
        <translation>position en octets&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message>
        <location filename="../app/common/sizetext.cpp" line="+10"/>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
</context>
<context>
    <name>Write</name>
    <message>
        <location filename="../app/common/write/writeoutcome.cpp" line="+38"/>
        <source>written and verified</source>
        <translation>écrit et vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written (not verified)</source>
        <translation>écrit (non vérifié)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n boot file(s) configured</source>
        <translation>
            <numerusform>%1, %n fichier de démarrage configuré</numerusform>
            <numerusform>%1, %n fichiers de démarrage configurés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of data (from %2)</source>
        <translation>%1 de données (d’après %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of data (found in the image)</source>
        <translation>%1 de données (trouvées dans l’image)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole image (%1)</source>
        <translation>l’image entière (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole image</source>
        <translation>l’image entière</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n boot file(s) change</source>
        <translation>
            <numerusform>%n fichier de démarrage change</numerusform>
            <numerusform>%n fichiers de démarrage changent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not configured</source>
        <translation>non configuré</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Writes %1; %2.</source>
        <translation>Écrit %1 ; %2.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the boot files are configured on the way</source>
        <translation>les fichiers de démarrage sont configurés au passage</translation>
    </message>
</context>
<context>
    <name>imprint::app</name>
    <message>
        <location filename="../app/common/config/configtext.cpp" line="+42"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(already there before this change)</source>
        <translation>(déjà présent avant cette modification)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No changes: the boot partition already holds all of this.</source>
        <translation>Aucune modification&#xa0;: la partition de démarrage contient déjà tout cela.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create  %1 (%2 bytes)</source>
        <translation>créer      %1 (%2 octets)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace %1 (%2 -&gt; %3 bytes)</source>
        <translation>remplacer  %1 (%2 -&gt; %3 octets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove  %1 (%2 bytes)</source>
        <translation>supprimer  %1 (%2 octets)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json:</source>
        <translation>config.json&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files replaced or removed are saved first to %1</source>
        <translation>Les fichiers remplacés ou supprimés sont d&apos;abord sauvegardés dans %1</translation>
    </message>
    <message>
        <location filename="../app/common/config/connectionlist.cpp" line="+31"/>
        <source>gateway %1</source>
        <translation>passerelle %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>[ignored by NetworkManager]</source>
        <translation>[ignoré par NetworkManager]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret</source>
        <translation>secret</translation>
    </message>
</context>
<context>
    <name>imprint::cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="-126"/>
        <source>&apos;version compare&apos; takes exactly two versions.</source>
        <translation>&apos;version compare&apos; prend exactement deux versions.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;version parse&apos; takes exactly one version.</source>
        <translation>&apos;version parse&apos; prend exactement une version.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare, sort and parse balenaOS versions (X.Y.Z[-label][+revN]).

  compare A B         print &lt;, = or &gt; 
  sort [VERSION...]   print the versions (or stdin&apos;s lines) in ascending order
  parse VERSION       print the version in canonical form</source>
        <translation>Comparer, trier et analyser des versions de balenaOS (X.Y.Z[-label][+revN]).

  compare A B         affiche &lt;, = ou &gt; 
  sort [VERSION...]   affiche les versions (ou les lignes de l&apos;entrée standard) par ordre croissant
  parse VERSION       affiche la version sous forme canonique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the result as JSON (see the README).</source>
        <translation>Afficher le résultat en JSON (voir le README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare, sort or parse</source>
        <translation>compare, sort ou parse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the versions</source>
        <translation>les versions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;version&apos; needs an action: compare, sort or parse.</source>
        <translation>&apos;version&apos; a besoin d&apos;une action&#xa0;: compare, sort ou parse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use compare, sort or parse.</source>
        <translation>Action &apos;%1&apos; inconnue&#xa0;: utilisez compare, sort ou parse.</translation>
    </message>
    <message>
        <location filename="../app/cli/configdocument.cpp" line="+88"/>
        <source>Nothing was written: the change has errors.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: la modification contient des erreurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change: config.json already holds this.</source>
        <translation>Aucune modification&#xa0;: config.json contient déjà cela.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the old file to %1</source>
        <translation>Ancien fichier sauvegardé dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="-196"/>
        <source>set: VALUE is JSON. get/show/validate: print JSON (see app/cli/json/config.md).</source>
        <translation>set&#xa0;: VALUE est du JSON. get/show/validate&#xa0;: sortie en JSON (voir app/cli/json/config.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set: VALUE is a string, whatever the key.</source>
        <translation>set&#xa0;: VALUE est une chaîne, quelle que soit la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print apiKey and other secrets as they are.</source>
        <translation>Afficher apiKey et les autres secrets en clair.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inject: replace config.json instead of merging.</source>
        <translation>inject&#xa0;: remplacer config.json au lieu de fusionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the change, write nothing.</source>
        <translation>Afficher la modification, ne rien écrire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save replaced files to DIR.</source>
        <translation>Sauvegarder les fichiers remplacés dans DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not ask (this command never asks).</source>
        <translation>Ne pas demander de confirmation (cette commande ne demande jamais).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get, set, unset, validate, show or inject</source>
        <translation>get, set, unset, validate, show ou inject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config.json, image, drive or directory</source>
        <translation>config.json, image, lecteur ou répertoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY [VALUE] or FILE</source>
        <translation>KEY [VALUE] ou FILE</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&apos;config&apos; needs an action: get, set, unset, validate, show or inject.</source>
        <translation>&apos;config&apos; a besoin d&apos;une action&#xa0;: get, set, unset, validate, show ou inject.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use get, set, unset, validate, show or inject.</source>
        <translation>Action &apos;%1&apos; inconnue&#xa0;: utilisez get, set, unset, validate, show ou inject.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&apos;config %1&apos; takes %n argument(s); see &apos;imprint config --help&apos;.</source>
        <translation>
            <numerusform>&apos;config %1&apos; prend %n argument&#xa0;; voir &apos;imprint config --help&apos;.</numerusform>
            <numerusform>&apos;config %1&apos; prend %n arguments&#xa0;; voir &apos;imprint config --help&apos;.</numerusform>
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
        <translation>Lire et modifier config.json dans un fichier config.json, un fichier image, un lecteur ou un répertoire de démarrage monté.

  get TARGET KEY          affiche une valeur (les chaînes brutes, le reste en JSON)
  set TARGET KEY VALUE    définit une valeur (typée selon le schéma)
  unset TARGET KEY        supprime une clé
  validate TARGET         vérifie par rapport au schéma et aux règles sémantiques
  show TARGET             affiche le fichier entier
  inject TARGET FILE      fusionne en profondeur FILE dans config.json (--replace&#xa0;: le remplace)
  list-connections TARGET les connexions de system-connections/ (voir &apos;imprint config list-connections --help&apos;)

KEY est un chemin à points (os.network.connectivity.uri) ou un pointeur JSON (/os/udevRules/99).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--json and --string exclude each other.</source>
        <translation>--json et --string s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not set.</source>
        <translation>%1 n&apos;est pas défini.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not set; nothing to remove.</source>
        <translation>%1 n&apos;est pas défini&#xa0;; rien à supprimer.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="-334"/>
        <location filename="../app/cli/cmd_profile.cpp" line="-144"/>
        <source>Each --wifi-psk must follow its own --wifi SSID.</source>
        <translation>Chaque --wifi-psk doit suivre son propre --wifi SSID.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>image file, drive or mounted boot directory</source>
        <translation>fichier image, lecteur ou répertoire de démarrage monté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;configure&apos; takes exactly one TARGET; see &apos;imprint configure --help&apos;.</source>
        <translation>&apos;configure&apos; prend exactement un TARGET&#xa0;; voir &apos;imprint configure --help&apos;.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--dev and --no-dev exclude each other.</source>
        <translation>--dev et --no-dev s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--persistent-logging and --no-persistent-logging exclude each other.</source>
        <translation>--persistent-logging et --no-persistent-logging s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--random-mac-scan takes true or false.</source>
        <translation>--random-mac-scan prend true ou false.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>--udev-rule takes NAME=FILE, not &apos;%1&apos;.</source>
        <translation>--udev-rule prend NAME=FILE, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>%1 must follow the connection it belongs to (--wifi, --ethernet or --gsm; --no-proxy: --proxy).</source>
        <translation>%1 doit suivre la connexion à laquelle il appartient (--wifi, --ethernet ou --gsm&#xa0;; --no-proxy&#xa0;: --proxy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not take &apos;%2&apos;; see &apos;imprint configure --help&apos;.</source>
        <translation>%1 n&apos;accepte pas «&#xa0;%2&#xa0;»&#xa0;; voir «&#xa0;imprint configure --help&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1 (%2): %3</source>
        <translation>Impossible de lire %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Configure the boot partition of an image file, a drive or a mounted boot directory: config.json, WiFi networks, SSH keys, udev rules, splash logo and development mode. Network options (--wifi-security, --eap-*, --mac, --gsm-*, --ipv4, --ipv6, --gateway, --dns-*, --route-metric, --priority) belong to the --wifi, --ethernet or --gsm before them. Prints the plan, saves the files it replaces, writes, and reads everything back.</source>
        <translation>Configurer la partition de démarrage d&apos;un fichier image, d&apos;un lecteur ou d&apos;un répertoire de démarrage monté&#xa0;: config.json, réseaux Wi-Fi, clés SSH, règles udev, logo de démarrage et mode développement. Les options réseau (--wifi-security, --eap-*, --mac, --gsm-*, --ipv4, --ipv6, --gateway, --dns-*, --route-metric, --priority) s&apos;appliquent au --wifi, --ethernet ou --gsm qui les précède. Affiche le plan, sauvegarde les fichiers qu&apos;il remplace, écrit, puis relit tout.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Nothing was written: fix the errors above.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: corrigez les erreurs ci-dessus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write these changes to %1?</source>
        <translation>Écrire ces modifications dans %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Done: %n file(s) written and read back.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n fichier écrit et relu.</numerusform>
            <numerusform>Terminé&#xa0;: %n fichiers écrits et relus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="-67"/>
        <source>Download an image over http(s) with progress, resume and a checksum. Without -o the file goes to the download cache and its path is printed; a second run reuses it.</source>
        <translation>Télécharger une image par http(s) avec progression, reprise et somme de contrôle. Sans -o, le fichier va dans le cache de téléchargement et son chemin est affiché&#xa0;; un second lancement le réutilise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to FILE instead of the cache.</source>
        <translation>Enregistrer dans FILE au lieu du cache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the file unless its SHA-256 is HEX.</source>
        <translation>Refuser le fichier si son SHA-256 n&apos;est pas HEX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download again even when the cache has the file.</source>
        <translation>Télécharger de nouveau même si le cache contient le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON (see app/cli/json/download.md).</source>
        <translation>Afficher le résultat en JSON (voir app/cli/json/download.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The http:// or https:// address.</source>
        <translation>L&apos;adresse http:// ou https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;download&apos; takes exactly one URL.</source>
        <translation>&apos;download&apos; prend exactement une URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/cmd_flash.cpp" line="-282"/>
        <source>--sha256 needs 64 hexadecimal digits.</source>
        <translation>--sha256 attend 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="-57"/>
        <source>List the drives that can be written, with Imprint&apos;s safety verdict.
The drive holding the running system is hidden unless --all is given.</source>
        <translation>Lister les lecteurs sur lesquels on peut écrire, avec le verdict de sécurité d&apos;Imprint.
Le lecteur qui contient le système en cours d&apos;exécution est masqué, sauf avec --all.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the list as JSON (see app/cli/json/drives.md).</source>
        <translation>Afficher la liste en JSON (voir app/cli/json/drives.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the system drive, loop devices and empty readers.</source>
        <translation>Lister aussi le lecteur système, les périphériques loop et les lecteurs vides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;drives&apos; takes no arguments.</source>
        <translation>&apos;drives&apos; ne prend aucun argument.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No drives found.</source>
        <translation>Aucun lecteur trouvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drives found (use --all to include the system drive and loop devices).</source>
        <translation>Aucun lecteur trouvé (utilisez --all pour inclure le lecteur système et les périphériques loop).</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashtargets.cpp" line="+42"/>
        <source>%1 exists and will be overwritten. Continue?</source>
        <translation>%1 existe et sera écrasé. Continuer&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 exists: not overwritten (use --yes to overwrite).</source>
        <translation>%1 existe&#xa0;: non écrasé (utilisez --yes pour l&apos;écraser).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Everything on %1 (%2 %3) will be erased. Continue?</source>
        <translation>Tout le contenu de %1 (%2 %3) sera effacé. Continuer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_batch.cpp" line="-256"/>
        <source>Configure many devices from one base image and a manifest (CSV with a header row, or a JSON array of objects; one row per device; columns hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode and config.&lt;key&gt;; values may use {index}, {index:03}, {uuid} and {row.&lt;column&gt;}). Every row is checked before anything is written. With --out, one sparse image per device (&lt;hostname&gt;.img); with --to, the given drives or files, flashed in parallel, one device each, set after set.</source>
        <translation>Configurer de nombreux appareils à partir d&apos;une image de base et d&apos;un manifeste (CSV avec une ligne d&apos;en-tête, ou tableau JSON d&apos;objets&#xa0;; une ligne par appareil&#xa0;; colonnes hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode et config.&lt;key&gt;&#xa0;; les valeurs peuvent utiliser {index}, {index:03}, {uuid} et {row.&lt;column&gt;}). Chaque ligne est vérifiée avant toute écriture. Avec --out, une image creuse par appareil (&lt;hostname&gt;.img)&#xa0;; avec --to, les lecteurs ou fichiers indiqués, écrits en parallèle, un appareil chacun, série après série.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSV or JSON, one row per device</source>
        <translation>CSV ou JSON, une ligne par appareil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;batch&apos; needs a MANIFEST, --image BASE and either --out DIR or --to TARGET; see &apos;imprint batch --help&apos;.</source>
        <translation>&apos;batch&apos; a besoin d&apos;un MANIFEST, de --image BASE et soit de --out DIR, soit de --to TARGET&#xa0;; voir &apos;imprint batch --help&apos;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--compress takes xz or zst.</source>
        <translation>--compress prend xz ou zst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compress only goes with --out.</source>
        <translation>--compress ne s&apos;utilise qu&apos;avec --out.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--resume with --to needs the --report FILE of the earlier run.</source>
        <translation>--resume avec --to a besoin du --report FILE de l&apos;exécution précédente.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Row %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written: fix the rows above.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: corrigez les lignes ci-dessus.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 exists: nothing was written (use --yes to overwrite, or --resume to go on from an earlier run).</source>
        <translation>%1 existe&#xa0;: rien n&apos;a été écrit (utilisez --yes pour écraser, ou --resume pour poursuivre une exécution précédente).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/support/flashtargets.cpp" line="+5"/>
        <source>%1 not written: confirm with --yes.</source>
        <translation>%1 non écrit&#xa0;: confirmez avec --yes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/support/batchsets.cpp" line="+51"/>
        <source>%n device(s) left: put in the next set and run again with --resume --report %1.</source>
        <translation>
            <numerusform>Il reste %n appareil&#xa0;: insérez la série suivante et relancez avec --resume --report %1.</numerusform>
            <numerusform>Il reste %n appareils&#xa0;: insérez la série suivante et relancez avec --resume --report %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_batch.cpp" line="+42"/>
        <source>%n device(s) done.</source>
        <translation>
            <numerusform>%n appareil terminé.</numerusform>
            <numerusform>%n appareils terminés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/support/batchsets.cpp" line="+8"/>
        <source>Rows %1-%2 go to %3: everything on them is erased. Press Enter to write, q to stop. </source>
        <translation>Les lignes %1-%2 vont sur %3&#xa0;: tout leur contenu sera effacé. Appuyez sur Entrée pour écrire, q pour arrêter. </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Writing rows %1-%2 of %3...</source>
        <translation>Écriture des lignes %1-%2 sur %3…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>row %1: %2 %3 (uuid %4)</source>
        <translation>ligne %1&#xa0;: %2 %3 (uuid %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written and verified</source>
        <translation>écrit et vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashprogress.cpp" line="+79"/>
        <source>download %1%</source>
        <translation>téléchargement %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download %1</source>
        <translation>téléchargement %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> %1 left</source>
        <translation> reste %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="-52"/>
        <source>Write an image (raw, .gz, .xz, .zst, .bz2 or a .zip holding one image) to drives or image files, all at once from one decompression, verified.
A TARGET under /dev is a drive (checked for safety: never the system drive); any other path is an image file. A .bmap beside the image is used when present.</source>
        <translation>Écrire une image (brute, .gz, .xz, .zst, .bz2 ou un .zip contenant une image) sur des lecteurs ou dans des fichiers image, tous à la fois à partir d&apos;une seule décompression, avec vérification.
Un TARGET sous /dev est un lecteur (contrôlé pour la sécurité&#xa0;: jamais le lecteur système)&#xa0;; tout autre chemin est un fichier image. Un .bmap à côté de l&apos;image est utilisé s&apos;il existe.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The image to write.</source>
        <translation>L&apos;image à écrire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;flash&apos; needs one SOURCE and at least one --to TARGET.</source>
        <translation>&apos;flash&apos; a besoin d&apos;une SOURCE et d&apos;au moins un --to TARGET.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A .zip keeps its directory at its end: it is downloaded whole before writing starts.</source>
        <translation>Un .zip garde son répertoire à la fin : il est téléchargé en entier avant que l&apos;écriture ne commence.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Using the block map %1 (%2 of %3 hold data).</source>
        <translation>Utilisation de la carte des blocs %1 (%2 sur %3 contiennent des données).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing only the %1 of %2 that hold data (found in the image).</source>
        <translation>Écriture des seuls %1 sur %2 qui contiennent des données (trouvés dans l&apos;image).</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Downloading the whole raw image before planning its configuration.</source>
        <translation>Téléchargement de toute l&apos;image brute avant de planifier sa configuration.</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashtargets.cpp" line="-21"/>
        <source>Nothing was written: fix the profile errors above.</source>
        <translation>Rien n&apos;a été écrit&#xa0;: corrigez les erreurs de profil ci-dessus.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="+78"/>
        <source>The download is kept in %1.</source>
        <translation>Le téléchargement est conservé dans %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="-141"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
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
        <translation>Lire et modifier les fichiers d&apos;une partition de démarrage sans la monter.

  ls TARGET [PATH]          liste un répertoire (par défaut&#xa0;: la racine)
  cat TARGET PATH           écrit un fichier sur la sortie standard
  put TARGET PATH [LOCAL|-] crée ou remplace un fichier depuis LOCAL ou l&apos;entrée standard (résiste aux coupures)
  rm TARGET PATH            supprime un fichier ou un répertoire vide
  mkdir TARGET PATH         crée un répertoire (et les parents manquants)

TARGET est un fichier image, un lecteur (/dev/sdX) ou un répertoire de démarrage monté. La partition de démarrage est trouvée par son étiquette, ou par /device-type.json.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use partition N instead of the boot partition.</source>
        <translation>Utiliser la partition N au lieu de la partition de démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls: print the listing as JSON (see app/cli/json/fs.md).</source>
        <translation>ls&#xa0;: afficher la liste en JSON (voir app/cli/json/fs.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls, cat, put, rm or mkdir</source>
        <translation>ls, cat, put, rm ou mkdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/listconnections.cpp" line="+31"/>
        <source>image, drive or directory</source>
        <translation>image, lecteur ou répertoire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path on the partition</source>
        <translation>chemin sur la partition</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;fs&apos; needs an action: ls, cat, put, rm or mkdir.</source>
        <translation>&apos;fs&apos; a besoin d&apos;une action&#xa0;: ls, cat, put, rm ou mkdir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use ls, cat, put, rm or mkdir.</source>
        <translation>Action &apos;%1&apos; inconnue&#xa0;: utilisez ls, cat, put, rm ou mkdir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong number of arguments for &apos;fs %1&apos;; see &apos;imprint fs --help&apos;.</source>
        <translation>Mauvais nombre d&apos;arguments pour &apos;fs %1&apos;&#xa0;; voir &apos;imprint fs --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="-81"/>
        <location filename="../app/cli/cmd_fs.cpp" line="+8"/>
        <source>--partition takes a partition number (1 or more).</source>
        <translation>--partition prend un numéro de partition (1 ou plus).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="+16"/>
        <source>&apos;fs put&apos; reads the content from stdin, which is a terminal; give a LOCAL file or pipe the content in.</source>
        <translation>&apos;fs put&apos; lit le contenu sur l&apos;entrée standard, qui est un terminal&#xa0;; indiquez un fichier LOCAL ou envoyez le contenu par un tube.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="+17"/>
        <location filename="../app/cli/cmd_fs.cpp" line="+15"/>
        <source>No partition is labelled as the boot partition and none holds device-type.json; using partition 1.</source>
        <translation>Aucune partition ne porte l&apos;étiquette de partition de démarrage et aucune ne contient device-type.json&#xa0;; utilisation de la partition 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="-151"/>
        <source>Target: %1 (%2, %3 bytes)</source>
        <translation>Cible&#xa0;: %1 (%2, %3 octets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format: %1, %2 bytes as stored</source>
        <translation>Format : %1, %2 octets stockés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data: unknown (no .bmap, and a compressed image is not read whole)</source>
        <translation>Données : inconnues (pas de .bmap, et une image compressée n&apos;est pas lue en entier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: %1 hold data (%2)</source>
        <translation>Données : %1 contiennent des données (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the .bmap</source>
        <translation>selon le .bmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found in the image</source>
        <translation>trouvé dans l&apos;image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partition table: %1, %2-byte sectors, id %3</source>
        <translation>Table des partitions&#xa0;: %1, secteurs de %2 octets, identifiant %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filesystem</source>
        <translation>système de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label/name</source>
        <translation>étiquette/nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(extended)</source>
        <translation>(étendue)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>[PAST THE END OF THE DEVICE]</source>
        <translation>[AU-DELÀ DE LA FIN DU PÉRIPHÉRIQUE]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boot partition: not found</source>
        <translation>Partition de démarrage&#xa0;: introuvable</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boot partition: %1 (%2), because of %3</source>
        <translation>Partition de démarrage&#xa0;: %1 (%2), raison&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Boot files: %1</source>
        <translation>Fichiers de démarrage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version: %1</source>
        <translation>Version de l&apos;OS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Device type: %1</source>
        <translation>Type d&apos;appareil&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development mode: on</source>
        <translation>Mode développement : activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development mode: off</source>
        <translation>Mode développement : désactivé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json: none</source>
        <translation>config.json : aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json: not a JSON object</source>
        <translation>config.json : pas un objet JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json: %1</source>
        <translation>config.json : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connections: none</source>
        <translation>Connexions&#xa0;: aucune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connections:</source>
        <translation>Connexions&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the partitions of an image file or drive, which one is the boot partition and why, and the balenaOS version and device type on it. TARGET may be compressed (.xz, .gz, .zst, .bz2, .zip), an http(s) URL (only its head is read, while it downloads) or a mounted boot directory.</source>
        <translation>Afficher les partitions d&apos;un fichier image ou d&apos;un lecteur, laquelle est la partition de démarrage et pourquoi, ainsi que la version de balenaOS et le type d&apos;appareil qu&apos;il contient. TARGET peut être compressée (.xz, .gz, .zst, .bz2, .zip), une URL http(s) (seul son début est lu, pendant le téléchargement) ou un répertoire de démarrage monté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>image file or URL, drive or directory</source>
        <translation>fichier image ou URL, lecteur ou répertoire</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print the result as JSON (see app/cli/json/inspect.md).</source>
        <translation>Afficher le résultat en JSON (voir app/cli/json/inspect.md).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;inspect&apos; takes exactly one TARGET.</source>
        <translation>&apos;inspect&apos; prend exactement un TARGET.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_profile.cpp" line="-62"/>
        <source>Save a profile under NAME: the file given with --from, and/or the settings given as options (they go over the file&apos;s). A profile of that name is replaced.</source>
        <translation>Enregistrer un profil sous NAME&#xa0;: le fichier indiqué avec --from et/ou les réglages donnés en options (ils l&apos;emportent sur ceux du fichier). Un profil du même nom est remplacé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the profile&apos;s name</source>
        <translation>le nom du profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;profile save&apos; takes one NAME.</source>
        <translation>&apos;profile save&apos; prend un seul NAME.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--dev/--no-dev and --persistent-logging/--no-persistent-logging each take one side.</source>
        <translation>--dev/--no-dev et --persistent-logging/--no-persistent-logging n&apos;acceptent chacun qu&apos;un seul des deux.</translation>
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
        <translation>Profils enregistrés, partagés avec l&apos;application de bureau et acceptés partout par --profile NAME&#xa0;:
  save NAME [--from FILE] [settings]   enregistre (voir &apos;imprint profile save --help&apos;)
  show P                               affiche un profil (P&#xa0;: un NAME enregistré ou un fichier)
  list                                 les noms enregistrés
  rm NAME                              supprime un profil enregistré
  export NAME FILE                     copie un profil enregistré vers FILE
  import FILE [NAME]                   enregistre FILE sous NAME (par défaut&#xa0;: son nom de base)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JSON output (see app/cli/json/profile.md).</source>
        <translation>Sortie JSON (voir app/cli/json/profile.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show WiFi pass phrases instead of ********.</source>
        <translation>Afficher les phrases secrètes Wi-Fi au lieu de ********.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: replace a saved profile of the same name.</source>
        <translation>import&#xa0;: remplacer un profil enregistré du même nom.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Wrong number of arguments; see &apos;imprint profile --help&apos;.</source>
        <translation>Mauvais nombre d&apos;arguments&#xa0;; voir &apos;imprint profile --help&apos;.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&apos;profile&apos; needs one of save, show, list, rm, export, import; see &apos;imprint profile --help&apos;.</source>
        <translation>&apos;profile&apos; a besoin de l&apos;une de ces actions&#xa0;: save, show, list, rm, export, import&#xa0;; voir &apos;imprint profile --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/common/arguments/connectionoptions.cpp" line="+232"/>
        <source>Add a WiFi network (repeatable).</source>
        <translation>Ajouter un réseau Wi-Fi (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass phrase of the --wifi before it (none: open network).</source>
        <translation>Phrase de passe du --wifi qui précède (aucune&#xa0;: réseau ouvert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security of the --wifi before it: open, wpa-psk, sae (WPA3 only), wpa-psk-sae (WPA2 and WPA3) or enterprise.</source>
        <translation>Sécurité du --wifi qui précède&#xa0;: open, wpa-psk, sae (WPA3 seul), wpa-psk-sae (WPA2 et WPA3) ou enterprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the 5 GHz (a) or 2.4 GHz (bg) band.</source>
        <translation>Seulement la bande 5&#xa0;GHz (a) ou 2,4&#xa0;GHz (bg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the access point with this MAC address.</source>
        <translation>Seulement le point d&apos;accès de cette adresse MAC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise WiFi (802.1X) with this EAP method.</source>
        <translation>Wi-Fi d&apos;entreprise (802.1X) avec cette méthode EAP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise WiFi identity.</source>
        <translation>Identité du Wi-Fi d&apos;entreprise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise WiFi password (PEAP, TTLS).</source>
        <translation>Mot de passe du Wi-Fi d&apos;entreprise (PEAP, TTLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inner authentication of PEAP or TTLS.</source>
        <translation>Authentification interne de PEAP ou TTLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate that signed the network&apos;s server.</source>
        <translation>Certificat de l&apos;autorité qui a signé le serveur du réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate (TLS).</source>
        <translation>Certificat client (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key of the client certificate (TLS).</source>
        <translation>Clé privée du certificat client (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of an encrypted private key.</source>
        <translation>Mot de passe d&apos;une clé privée chiffrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a wired connection named NAME (repeatable).</source>
        <translation>Ajouter une connexion filaire nommée NAME (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the network interface with this MAC address.</source>
        <translation>Seulement l&apos;interface réseau de cette adresse MAC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cellular (GSM/LTE) connection named NAME.</source>
        <translation>Ajouter une connexion cellulaire (GSM/LTE) nommée NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access point name of the cellular connection.</source>
        <translation>Nom du point d&apos;accès (APN) de la connexion cellulaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name of the cellular connection.</source>
        <translation>Nom d&apos;utilisateur de la connexion cellulaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the cellular connection.</source>
        <translation>Mot de passe de la connexion cellulaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIM PIN (4 to 8 digits).</source>
        <translation>Code PIN de la carte SIM (4 à 8 chiffres).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 method of the connection before it (auto, manual, disabled, link-local), or a static address (repeatable).</source>
        <translation>Méthode IPv4 de la connexion qui précède (auto, manual, disabled, link-local), ou une adresse statique (répétable).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPv6 method (auto, manual, disabled, link-local), or a static address (repeatable).</source>
        <translation>Méthode IPv6 (auto, manual, disabled, link-local), ou une adresse statique (répétable).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway (IPv4 or IPv6) of the connection.</source>
        <translation>Passerelle (IPv4 ou IPv6) de la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS server of the connection (repeatable).</source>
        <translation>Serveur DNS de la connexion (répétable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS search domain of the connection (repeatable).</source>
        <translation>Domaine de recherche DNS de la connexion (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route metric of the connection.</source>
        <translation>Métrique de route de la connexion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority of the connection (-999 to 999; higher wins).</source>
        <translation>Priorité de la connexion (-999 à 999&#xa0;; la plus haute l&apos;emporte).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a NetworkManager keyfile (.nmconnection) as it is, checked, with the certificates it names (repeatable).</source>
        <translation>Ajouter tel quel un fichier de clés NetworkManager (.nmconnection), vérifié, avec les certificats qu&apos;il nomme (répétable).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the device&apos;s traffic through this proxy: socks4://, socks5:// or http://[USER:PASSWORD@]HOST:PORT.</source>
        <translation>Faire passer le trafic de l&apos;appareil par ce proxy&#xa0;: socks4://, socks5:// ou http://[USER:PASSWORD@]HOST:PORT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IPv4 address or network reached without the proxy (repeatable).</source>
        <translation>Une adresse ou un réseau IPv4 atteint sans le proxy (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/listconnections.cpp" line="-9"/>
        <source>List the connections in the boot partition&apos;s system-connections/ folder of an image file, a drive or a mounted boot directory: id, type, IPv4 and IPv6 method and addresses, SSID and security. Secrets are masked unless --show-secrets.</source>
        <translation>Lister les connexions du dossier system-connections/ de la partition de démarrage d&apos;un fichier image, d&apos;un lecteur ou d&apos;un dossier de démarrage monté&#xa0;: identifiant, type, méthode et adresses IPv4 et IPv6, SSID et sécurité. Les secrets sont masqués sauf avec --show-secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON (see app/cli/json/config.md).</source>
        <translation>Afficher du JSON (voir app/cli/json/config.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pass phrases, passwords and PINs as they are.</source>
        <translation>Afficher les phrases secrètes, mots de passe et codes PIN tels quels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the action</source>
        <translation>l&apos;action</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;config list-connections&apos; takes one TARGET.</source>
        <translation>&apos;config list-connections&apos; prend un seul TARGET.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No connections in system-connections/.</source>
        <translation>Aucune connexion dans system-connections/.</translation>
    </message>
</context>
<context>
    <name>imprint::gui::CertificateField</name>
    <message>
        <location filename="../app/gui/certificatefield.cpp" line="+23"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen file</source>
        <translation>Fichier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(stored with the connection)</source>
        <translation>(enregistré avec la connexion)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large for a certificate or key</source>
        <translation>%1 est trop volumineux pour un certificat ou une clé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a certificate or key</source>
        <translation>Choisir un certificat ou une clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ConfigurePage</name>
    <message>
        <location filename="../app/gui/configureextras.cpp" line="+45"/>
        <source>udev rules</source>
        <translation>Règles udev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove rule</source>
        <translation>Supprim&amp;er la règle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 64-usb-serial (becomes /etc/udev/rules.d/&lt;name&gt;.rules)</source>
        <translation>p. ex. 64-usb-serial (devient /etc/udev/rules.d/&lt;nom&gt;.rules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule text</source>
        <translation>Texte de la règle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set rule</source>
        <translation>&amp;Définir la règle</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Current logo:</source>
        <translation>Logo actuel&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current logo</source>
        <translation>Logo actuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New logo:</source>
        <translation>Nouveau logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New logo</source>
        <translation>Nouveau logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose a PNG…</source>
        <translation>C&amp;hoisir un PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the current logo</source>
        <translation>Conserver le logo actu&amp;el</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the boot logo</source>
        <translation>Choisir le logo de démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PNG image. The boot splash shows PNG files only: convert it first.</source>
        <translation>%1 n&apos;est pas une image PNG. L&apos;écran de démarrage n&apos;affiche que des fichiers PNG&#xa0;: convertissez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pro&amp;file:</source>
        <translation>Pr&amp;ofil&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» chargé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renommé en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Imprint profiles (*.json)</source>
        <translation>Profils Imprint (*.json)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> (imported)</source>
        <translation> (importé)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1 as &quot;%2&quot;.</source>
        <translation>%1 importé sous le nom «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/configureforms.cpp" line="+42"/>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the first 7 characters of the device&apos;s UUID</source>
        <translation>par défaut&#xa0;: les 7 premiers caractères de l&apos;UUID de l&apos;appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host name:</source>
        <translation>&amp;Nom d&apos;hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device answers to &lt;name&gt;.local on your network.</source>
        <translation>L&apos;appareil répond au nom &lt;nom&gt;.local sur votre réseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Development mode</source>
        <translation>Mode &amp;développement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For work on your desk only: anyone on the network can log in as root without a password and control the container engine. With SSH keys set, only the keys work. Leave it off for devices in the field.</source>
        <translation>Pour le travail sur votre bureau uniquement&#xa0;: n&apos;importe qui sur le réseau peut se connecter en root sans mot de passe et piloter le moteur de conteneurs. Si des clés SSH sont définies, seules ces clés fonctionnent. Laissez-le désactivé pour les appareils sur le terrain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep logs across reboots (persistent logging)</source>
        <translation>Conserver les &amp;journaux après un redémarrage (journalisation persistante)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WiFi networks</source>
        <translation>Réseaux Wi-Fi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a WiFi network</source>
        <translation>Ajouter un réseau Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected WiFi network</source>
        <translation>Modifier le réseau Wi-Fi sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected WiFi network</source>
        <translation>Supprimer le réseau Wi-Fi sélectionné</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WiFi networks:</source>
        <translation>Réseaux Wi-Fi&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (open)</source>
        <translation> (ouvert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (WPA, pass phrase set)</source>
        <translation> (WPA, phrase secrète définie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, hidden</source>
        <translation>, masqué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, priority %1</source>
        <translation>, priorité %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, static %1</source>
        <translation>, statique %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WiFi country</source>
        <translation>Pays Wi-Fi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two letters, e.g. DE</source>
        <translation>deux lettres, p. ex. FR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi rules of the country the device is in (channels and power).</source>
        <translation>Les règles Wi-Fi du pays où se trouve l&apos;appareil (canaux et puissance).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS servers</source>
        <translation>Serveurs DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1.1.1.1 9.9.9.9</source>
        <translation>p. ex. 1.1.1.1 9.9.9.9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;NS servers:</source>
        <translation>Serveurs &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your network&apos;s servers plus 8.8.8.8. The word null: only your network&apos;s servers. Addresses separated by spaces: those instead of 8.8.8.8.</source>
        <translation>Vide&#xa0;: les serveurs de votre réseau plus 8.8.8.8. Le mot null&#xa0;: uniquement les serveurs de votre réseau. Des adresses séparées par des espaces&#xa0;: celles-ci à la place de 8.8.8.8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NTP servers</source>
        <translation>Serveurs NTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra time servers, separated by spaces</source>
        <translation>serveurs de temps supplémentaires, séparés par des espaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;TP servers:</source>
        <translation>Serveurs &amp;NTP&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;random MAC address while scanning for WiFi</source>
        <translation>Utiliser une adresse MAC aléato&amp;ire pendant la recherche Wi-Fi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The device checks now and then that it really reaches the internet. Leave these empty for balena&apos;s own check.</source>
        <translation>L&apos;appareil vérifie de temps en temps qu&apos;il atteint vraiment Internet. Laissez ces champs vides pour utiliser la vérification de balena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check address</source>
        <translation>Adresse de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.org/check</source>
        <translation>https://example.org/check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check interval in seconds</source>
        <translation>Intervalle de contrôle en secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3600; 0 turns the check off</source>
        <translation>3600&#xa0;; 0 désactive le contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval (seconds):</source>
        <translation>&amp;Intervalle (secondes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected response</source>
        <translation>Réponse attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: HTTP 204 or an empty page</source>
        <translation>vide&#xa0;: HTTP 204 ou une page vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;response:</source>
        <translation>Réponse atten&amp;due&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test now</source>
        <translation>Tester &amp;maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the connectivity check now</source>
        <translation>Tester le contrôle de connexion maintenant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an http:// or https:// address first.</source>
        <translation>Saisissez d&apos;abord une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer: %1</source>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Good: HTTP %1, the answer the device expects.</source>
        <translation>Bien&#xa0;: HTTP %1, la réponse que l&apos;appareil attend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, but not the expected answer: the device would think it is behind a login page.</source>
        <translation>HTTP %1, mais pas la réponse attendue&#xa0;: l&apos;appareil se croirait derrière une page de connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSH public keys that may log in (port 22222), one per line. Paste them or import yours.</source>
        <translation>Clés SSH publiques autorisées à se connecter (port 22222), une par ligne. Collez-les ou importez les vôtres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH public keys, one per line</source>
        <translation>Clés SSH publiques, une par ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from ~/.ssh…</source>
        <translation>&amp;Importer depuis ~/.ssh…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validity of each key</source>
        <translation>Validité de chaque clé</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Valid: %1, %2 bits, %3</source>
        <translation>Valide&#xa0;: %1, %2 bits, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import SSH public keys</source>
        <translation>Importer des clés SSH publiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pub)</source>
        <translation>Clés publiques (*.pub)</translation>
    </message>
    <message>
        <location filename="../app/gui/configurepage.cpp" line="+30"/>
        <source>&amp;Device</source>
        <translation>&amp;Appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity c&amp;heck</source>
        <translation>&amp;Contrôle de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access</source>
        <translation>Accè&amp;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;udev rules</source>
        <translation>Règles &amp;udev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Splash</source>
        <translation>Lo&amp;go de démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vancé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Write</source>
        <translation>Suivan&amp;t&#xa0;: écriture</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Advanced: %1</source>
        <translation>Avancé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resulting config.json. Edit it directly: every change is checked as you type, and the forms follow.</source>
        <translation>Le config.json résultant. Modifiez-le directement&#xa0;: chaque modification est vérifiée pendant la saisie, et les formulaires suivent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json text</source>
        <translation>Texte de config.json</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These files of the boot partition change when you write. Nothing else on the image is touched.</source>
        <translation>Ces fichiers de la partition de démarrage changent lors de l&apos;écriture. Rien d&apos;autre n&apos;est modifié dans l&apos;image.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files that change</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New content of the selected file</source>
        <translation>Nouveau contenu du fichier sélectionné</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no plan)</source>
        <translation>(aucun plan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new PNG image of %1.</source>
        <translation>Une nouvelle image PNG de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is removed (a copy is saved first).</source>
        <translation>Ce fichier est supprimé (une copie est d&apos;abord sauvegardée).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(note)</source>
        <translation>(remarque)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(problem)</source>
        <translation>(problème)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nothing changes yet)</source>
        <translation>(rien ne change pour l&apos;instant)</translation>
    </message>
    <message>
        <location filename="../app/gui/configurenetwork.cpp" line="+37"/>
        <source>Other connections</source>
        <translation>Autres connexions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected connection</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected connection</source>
        <translation>Supprimer la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import NetworkManager connection files</source>
        <translation>Importer des fichiers de connexion NetworkManager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other connections:</source>
        <translation>Autres connexions&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WPA3 or enterprise WiFi, wired Ethernet, cellular modems, and .nmconnection files you already have.</source>
        <translation>Wi-Fi WPA3 ou entreprise, Ethernet filaire, modems cellulaires et les fichiers .nmconnection que vous avez déjà.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import connections</source>
        <translation>Importer des connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NetworkManager connections (*.nmconnection);;All files (*)</source>
        <translation>Connexions NetworkManager (*.nmconnection);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>WiFi &quot;%1&quot;, %2</source>
        <translation>Wi-Fi «&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cellular</source>
        <translation>Cellulaire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2; IPv4 %3; IPv6 %4</source>
        <translation>%1&#xa0;: %2&#xa0;; IPv4 %3&#xa0;; IPv6 %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not complete (see the problems below)</source>
        <translation>%1&#xa0;: incomplète (voir les problèmes ci-dessous)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (imported from %2)</source>
        <translation>%1 (importée de %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the device&apos;s traffic through a &amp;proxy</source>
        <translation>Faire passer le trafic de l&apos;appareil par un &amp;proxy</translation>
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
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10.0.0.0/8 192.168.0.0/16</source>
        <translation>p. ex. 10.0.0.0/8 192.168.0.0/16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy type</source>
        <translation>Type de proxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Proxy login</source>
        <translation>Identifiant du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses reached directly</source>
        <translation>Adresses jointes directement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hos&amp;t:</source>
        <translation>Hô&amp;te&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direct to:</source>
        <translation>&amp;Direct vers&#xa0;:</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ConnectionDialog</name>
    <message>
        <location filename="../app/gui/connectiondialog.cpp" line="+28"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WiFi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethernet (wired)</source>
        <translation>Ethernet (filaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellular (mobile broadband)</source>
        <translation>Cellulaire (haut débit mobile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how pass phrases and passwords</source>
        <translation>Affic&amp;her les phrases secrètes et mots de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/connectionforms.cpp" line="+59"/>
        <source>Network name (&amp;SSID):</source>
        <translation>Nom du réseau (&amp;SSID)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WPA3 personal (SAE)</source>
        <translation>WPA3 personnel (SAE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WPA2/WPA3 personal (transition)</source>
        <translation>WPA2/WPA3 personnel (transition)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WPA/WPA2 personal</source>
        <translation>WPA/WPA2 personnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise (802.1X)</source>
        <translation>Entreprise (802.1X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (no security)</source>
        <translation>Ouvert (sans sécurité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>Sécurit&amp;é&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass phrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enterprise sign-in</source>
        <translation>Connexion entreprise</translation>
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
        <translation>TLS (certificat client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pass&amp;e&#xa0;:</translation>
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
        <translation>Authentificatio&amp;n interne&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificat de l&apos;&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lient certificate:</source>
        <translation>Certificat c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private &amp;key:</source>
        <translation>&amp;Clé privée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key pass&amp;word:</source>
        <translation>Mot de passe de la clé pri&amp;vée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a CA certificate the device does not check the network&apos;s server.</source>
        <translation>Sans certificat d&apos;AC, l&apos;appareil ne vérifie pas le serveur du réseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any wired interface, its address from DHCP. A static address and a MAC address to match are under Advanced.</source>
        <translation>N&apos;importe quelle interface filaire, son adresse par DHCP. Une adresse statique et une adresse MAC à faire correspondre se trouvent sous «&#xa0;Avancé&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;APN:</source>
        <translation>&amp;APN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: looked up from the SIM&apos;s provider</source>
        <translation>vide&#xa0;: déterminé d&apos;après l&apos;opérateur de la SIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIM &amp;PIN:</source>
        <translation>Code &amp;PIN de la SIM&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hidden network (does not broadcast its name)</source>
        <translation>Réseau &amp;masqué (ne diffuse pas son nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 GHz only</source>
        <translation>5 GHz uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.4 GHz only</source>
        <translation>2,4 GHz uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Band:</source>
        <translation>&amp;Bande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access point (&amp;BSSID):</source>
        <translation>Point d&apos;accès (&amp;BSSID)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: any access point</source>
        <translation>vide&#xa0;: n&apos;importe quel point d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;MAC address:</source>
        <translation>Adresse &amp;MAC de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: any interface</source>
        <translation>vide&#xa0;: n&apos;importe quelle interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An&amp;onymous identity:</source>
        <translation>Identité an&amp;onyme&#xa0;:</translation>
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
        <translation>Lecteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all drives, including system drives</source>
        <translation>&amp;Afficher tous les lecteurs, y compris les lecteurs système</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show system drives</source>
        <translation>Afficher les lecteurs système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System drives hold this computer&apos;s own files; writing one destroys them. Type SHOW to list them anyway:</source>
        <translation>Les lecteurs système contiennent les fichiers de cet ordinateur&#xa0;; écrire sur l&apos;un d&apos;eux les détruit. Tapez SHOW pour les lister quand même&#xa0;:</translation>
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
            <numerusform>%n lecteur système masqué.</numerusform>
            <numerusform>%n lecteurs système masqués.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write %1?</source>
        <translation>Écrire sur %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>imprint::gui::FileTargets</name>
    <message>
        <location filename="../app/gui/targetchoice.cpp" line="+25"/>
        <source>Profile for this target</source>
        <translation>Profil pour cette cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile being edited</source>
        <translation>Profil en cours de modification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image files to write</source>
        <translation>Fichiers image à écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output image file</source>
        <translation>Fichier image de sortie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add image file</source>
        <translation>&amp;Ajouter un fichier image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write to an image file</source>
        <translation>Écrire dans un fichier image</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ImagePage</name>
    <message>
        <location filename="../app/gui/imagepage.cpp" line="+41"/>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open image file…</source>
        <translation>&amp;Ouvrir un fichier image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open image file</source>
        <translation>Ouvrir un fichier image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;demo image</source>
        <translation>Utiliser l&apos;image de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the demo image</source>
        <translation>Utiliser l&apos;image de démonstration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo image is not built. Build it with: cmake --build build --target demo_image</source>
        <translation>L&apos;image de démonstration n&apos;est pas construite. Construisez-la avec&#xa0;: cmake --build build --target demo_image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configure a &amp;mounted boot folder…</source>
        <translation>Configurer un dossier de démarrage &amp;monté…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure a mounted boot folder</source>
        <translation>Configurer un dossier de démarrage monté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the boot partition of a card your desktop has mounted, without flashing (Configure only).</source>
        <translation>Modifier la partition de démarrage d&apos;une carte montée par votre bureau, sans écrire d&apos;image (configuration seule).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or drop an image file on this window.</source>
        <translation>Ou déposez un fichier image sur cette fenêtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… image URL</source>
        <translation>https://… URL de l&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image URL</source>
        <translation>URL de l&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Do&amp;wnload</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Download the image URL</source>
        <translation>Télécharger l&apos;image depuis l&apos;URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent images:</source>
        <translation>Images &amp;récentes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent images</source>
        <translation>Images récentes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This image</source>
        <translation>Cette image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image chosen yet.</source>
        <translation>Aucune image choisie pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Current logo</source>
        <translation>Logo actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device type:</source>
        <translation>Type d&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version:</source>
        <translation>Version de l&apos;OS&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build:</source>
        <translation>Variante&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:</source>
        <translation>Configuration&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partitions</source>
        <translation>Partitions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File system</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Configure</source>
        <translation>&amp;Suivant&#xa0;: configuration</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Open a balenaOS image</source>
        <translation>Ouvrir une image balenaOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;All files (*)</source>
        <translation>Images disque (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the mounted boot partition</source>
        <translation>Choisir la partition de démarrage montée</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 est inutilisable&#xa0;: %2</translation>
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
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development: open SSH and console login without a password, for work on your desk.</source>
        <translation>Développement&#xa0;: connexion SSH et console ouverte sans mot de passe, pour le travail sur votre bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production: no login without an SSH key.</source>
        <translation>Production&#xa0;: aucune connexion sans clé SSH.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no config.json</source>
        <translation>pas de config.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <comment>keys; network files</comment>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s): %1</source>
        <translation>
            <numerusform>%n clé&#xa0;: %1</numerusform>
            <numerusform>%n clés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n network file(s)</source>
        <translation>
            <numerusform>%n fichier réseau</numerusform>
            <numerusform>%n fichiers réseau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(extended)</source>
        <translation>(étendue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, boot</source>
        <translation>%1, démarrage</translation>
    </message>
</context>
<context>
    <name>imprint::gui::IpSettingsForm</name>
    <message>
        <location filename="../app/gui/ipsettingsform.cpp" line="+41"/>
        <source>Automatic (DHCP)</source>
        <translation>Automatique (DHCP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automatic (SLAAC or DHCPv6)</source>
        <translation>Automatique (SLAAC ou DHCPv6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual (static addresses)</source>
        <translation>Manuelle (adresses statiques)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link-local only</source>
        <translation>Lien local uniquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 192.168.1.50/24</source>
        <translation>p. ex. 192.168.1.50/24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. fd00::50/64</source>
        <translation>p. ex. fd00::50/64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 192.168.1.1</source>
        <translation>p. ex. 192.168.1.1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. fd00::1</source>
        <translation>p. ex. fd00::1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>addresses separated by spaces</source>
        <translation>adresses séparées par des espaces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. example.com</source>
        <translation>p. ex. example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;resses:</source>
        <translation>Ad&amp;resses&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>Pass&amp;erelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>Serveurs &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search domains:</source>
        <translation>Domaines de re&amp;cherche&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;metric:</source>
        <translation>&amp;Métrique de route&#xa0;:</translation>
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
        <translation>&amp;1. Image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2. Configure</source>
        <translation>&amp;2. Configuration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3. Write</source>
        <translation>&amp;3. Écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: Image</source>
        <translation>Étape 1&#xa0;: image</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step 2: Configure</source>
        <translation>Étape 2&#xa0;: configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3: Write</source>
        <translation>Étape 3&#xa0;: écriture</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is ready to configure.</source>
        <translation>%1 est prêt à être configuré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is ready to configure. Imprint cannot remember it or your choices: %2</source>
        <translation>%1 est prêt à être configuré. Imprint ne peut retenir ni ce fichier ni vos choix&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a balenaOS image</source>
        <translation>Ouvrir une image balenaOS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>Rég&amp;lages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language changes when Imprint starts the next time.</source>
        <translation>La langue change au prochain démarrage d&apos;Imprint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart now</source>
        <translation>Relancer &amp;maintenant</translation>
    </message>
</context>
<context>
    <name>imprint::gui::WifiDialog</name>
    <message>
        <location filename="../app/gui/wifidialog.cpp" line="+17"/>
        <source>WiFi network</source>
        <translation>Réseau Wi-Fi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name (SSID)</source>
        <translation>Nom du réseau (SSID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass phrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty for an open network</source>
        <translation>vide pour un réseau ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show pass phrase</source>
        <translation>Affic&amp;her la phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hidden network (does not broadcast its name)</source>
        <translation>Réseau &amp;masqué (ne diffuse pas son nom)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When several known networks are in reach, the one with the higher priority is joined first.</source>
        <translation>Quand plusieurs réseaux connus sont à portée, celui qui a la priorité la plus élevée est rejoint en premier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static IPv4 address</source>
        <translation>Adresse IPv4 statique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: automatic (DHCP); e.g. 192.168.1.50/24</source>
        <translation>vide&#xa0;: automatique (DHCP)&#xa0;; p. ex. 192.168.1.50/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.1</source>
        <translation>p. ex. 192.168.1.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNS servers for this network</source>
        <translation>Serveurs DNS pour ce réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.1 1.1.1.1</source>
        <translation>p. ex. 192.168.1.1 1.1.1.1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (SSID):</source>
        <translation>&amp;Nom (SSID)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass phrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static &amp;address:</source>
        <translation>&amp;Adresse statique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>Pass&amp;erelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>Serveurs &amp;DNS&#xa0;:</translation>
    </message>
</context>
<context>
    <name>imprint::gui::WritePage</name>
    <message>
        <location filename="../app/gui/writepage.cpp" line="+43"/>
        <source>Configure only</source>
        <translation>Configuration seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;changes in place</source>
        <translation>Enregistrer les modifications sur pla&amp;ce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes into the opened image itself</source>
        <translation>Enregistrer les modifications dans l&apos;image ouverte elle-même</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write to</source>
        <translation>Écrire sur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Verify after writing</source>
        <translation>&amp;Vérifier après l&apos;écriture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write</source>
        <translation>Éc&amp;rire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the changes straight into %1 without flashing anything.</source>
        <translation>Écrire les modifications directement dans %1, sans écrire sur un lecteur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fix the problems listed in Configure first.</source>
        <translation>Corrigez d&apos;abord les problèmes listés dans Configuration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a drive or an image file to write to.</source>
        <translation>Choisissez un lecteur ou un fichier image où écrire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overwrite %1?</source>
        <translation>Écraser %1 ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists and will be overwritten.</source>
        <translation>%1 existe et sera écrasé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of data written.</source>
        <translation>%1 de données écrites.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n boot file(s) configured.</source>
        <translation>
            <numerusform>%n fichier de démarrage configuré.</numerusform>
            <numerusform>%n fichiers de démarrage configurés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not configured.</source>
        <translation>Non configuré.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %p% at %2/s, %3 left</source>
        <translation>%1 %p% à %2/s, %3 restantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %p%</source>
        <translation>%1 %p %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Written and verified.</source>
        <translation>Écrit et vérifié.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written.</source>
        <translation>Écrit.</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Saved %n file(s) into the image.</source>
        <translation>
            <numerusform>%n fichier enregistré dans l&apos;image.</numerusform>
            <numerusform>%n fichiers enregistrés dans l&apos;image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n file(s) into the image; the old ones are in %1.</source>
        <translation>
            <numerusform>%n fichier enregistré dans l&apos;image&#xa0;; l&apos;ancien est dans %1.</numerusform>
            <numerusform>%n fichiers enregistrés dans l&apos;image&#xa0;; les anciens sont dans %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
