<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="+161"/>
        <source>Compare and sort balenaOS versions</source>
        <translation>Comparar y ordenar versiones de balenaOS</translation>
    </message>
    <message>
        <location filename="../app/cli/output.cpp" line="+36"/>
        <source> [y/N] </source>
        <translation> [s/N] </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>y</source>
        <extracomment>The first letter of the word for &quot;yes&quot;, as typed at a [y/N] question.</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <translation>Pruebe &apos;%1 --help&apos; para más información.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="+332"/>
        <source>Read, edit and validate config.json</source>
        <translation>Leer, editar y validar config.json</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="+386"/>
        <source>Configure a boot partition: config.json, WiFi, SSH keys, logo...</source>
        <translation>Configurar una partición de arranque: config.json, wifi, claves SSH, logotipo…</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="+89"/>
        <source>Download an image (resume, checksum, cache)</source>
        <translation>Descargar una imagen (reanudación, suma de comprobación, caché)</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="+78"/>
        <source>List the drives that can be written</source>
        <translation>Listar las unidades en las que se puede grabar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/support/flashtargets.cpp" line="+39"/>
        <source>%1: %n boot file(s) change:</source>
        <translation>
            <numerusform>%1: cambia %n archivo de arranque:</numerusform>
            <numerusform>%1: cambian %n archivos de arranque:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="+393"/>
        <source>Write an image to drives or image files, verified</source>
        <translation>Grabar una imagen en unidades o archivos de imagen, con verificación</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="+185"/>
        <source>List, read and change files on a boot partition</source>
        <translation>Listar, leer y modificar archivos de una partición de arranque</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="+89"/>
        <source>its GPT name</source>
        <translation>su nombre GPT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its filesystem label</source>
        <translation>su etiqueta de sistema de archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds device-type.json</source>
        <translation>contiene device-type.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing better: partition 1 is a guess</source>
        <translation>nada mejor: la partición 1 es una suposición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole device is one FAT filesystem</source>
        <translation>todo el dispositivo es un único sistema de archivos FAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is the directory given</source>
        <translation>es el directorio indicado</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show partitions, the boot partition and the OS of an image</source>
        <translation>Mostrar las particiones, la partición de arranque y el sistema de una imagen</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_schema.cpp" line="+17"/>
        <source>Print the JSON Schema (draft 7) of config.json to standard output.</source>
        <translation>Escribir el esquema JSON (draft 7) de config.json en la salida estándar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;schema&apos; takes no arguments.</source>
        <translation>&apos;schema&apos; no admite argumentos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the JSON Schema of config.json</source>
        <translation>Mostrar el esquema JSON de config.json</translation>
    </message>
    <message>
        <location filename="../app/cli/support/progressline.cpp" line="+29"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1:%2 left</source>
        <translation>, quedan %1:%2</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_batch.cpp" line="+333"/>
        <source>Configure many devices from one image and a manifest</source>
        <translation>Configurar muchos dispositivos a partir de una imagen y un manifiesto</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+26"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;imprint COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute &apos;imprint COMMAND --help&apos; para ver las opciones de una orden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imprint flashes balenaOS images to SD cards, USB drives and image files, and edits their boot partition (config.json, WiFi, SSH keys, logo) without root.</source>
        <translation>Imprint graba imágenes de balenaOS en tarjetas SD, unidades USB y archivos de imagen, y edita su partición de arranque (config.json, wifi, claves SSH, logotipo) sin root.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The command to run.</source>
        <translation>La orden que se ejecutará.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No command given.</source>
        <translation>No se ha indicado ninguna orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Orden &apos;%1&apos; desconocida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &apos;imprint --help&apos; for the list of commands.</source>
        <translation>Ejecute &apos;imprint --help&apos; para ver la lista de órdenes.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_profile.cpp" line="+292"/>
        <source>Save, show, list, remove, export and import profiles</source>
        <translation>Guardar, mostrar, listar, quitar, exportar e importar perfiles</translation>
    </message>
</context>
<context>
    <name>ErrorValues</name>
    <message>
        <location filename="../app/common/errortext.cpp" line="+49"/>
        <source>No such file or directory</source>
        <translation>No existe el archivo o el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation not permitted</source>
        <translation>Operación no permitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device or resource busy</source>
        <translation>Dispositivo o recurso ocupado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No space left on device</source>
        <translation>No queda espacio en el dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only file system</source>
        <translation>Sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input/output error</source>
        <translation>Error de entrada/salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>Es un directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a directory</source>
        <translation>No es un directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File exists</source>
        <translation>El archivo ya existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such device or address</source>
        <translation>No existe el dispositivo o la dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such device</source>
        <translation>No existe el dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No medium found</source>
        <translation>No se encontró ningún medio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid argument</source>
        <translation>Argumento no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot allocate memory</source>
        <translation>No se puede asignar memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File too large</source>
        <translation>Archivo demasiado grande</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location line="+31"/>
        <source>Unexpected error (%1).</source>
        <translation>Error inesperado (%1).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(at byte %1)</source>
        <translation>(en el byte %1)</translation>
    </message>
    <message>
        <location filename="../app/common/messages/version.cpp" line="+10"/>
        <source>The version is empty.</source>
        <translation>La versión está vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{input}&quot; is not a version: the {part} number is missing at character {position} (expected X.Y.Z, for example 2.0.0 or 2.0.0+rev1).</source>
        <translation>«{input}» no es una versión: falta el número «{part}» en el carácter {position} (se espera X.Y.Z, por ejemplo 2.0.0 o 2.0.0+rev1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is negative.</source>
        <translation>«{input}» no es una versión: el número «{part}» en el carácter {position} es negativo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} part &quot;{text}&quot; at character {position} is not a number.</source>
        <translation>«{input}» no es una versión: la parte «{part}» («{text}») en el carácter {position} no es un número.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the {part} number at character {position} is too large.</source>
        <translation>«{input}» no es una versión: el número «{part}» en el carácter {position} es demasiado grande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: it has more than three numbers (character {position}).</source>
        <translation>«{input}» no es una versión: tiene más de tres números (carácter {position}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label after &quot;-&quot; is empty (character {position}).</source>
        <translation>«{input}» no es una versión: la etiqueta de versión preliminar tras «-» está vacía (carácter {position}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: the pre-release label &quot;{text}&quot; at character {position} must be letters followed by an optional number, such as beta1 or rc2.</source>
        <translation>«{input}» no es una versión: la etiqueta de versión preliminar «{text}» en el carácter {position} debe ser letras seguidas opcionalmente de un número, como beta1 o rc2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{input}&quot; is not a version: &quot;+{text}&quot; at character {position} must be a board revision such as +rev1.</source>
        <translation>«{input}» no es una versión: «+{text}» en el carácter {position} debe ser una revisión de placa como +rev1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{input}&quot; is not a version: unexpected &quot;{text}&quot; at character {position}.</source>
        <translation>«{input}» no es una versión: «{text}» inesperado en el carácter {position}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>major</source>
        <translation>mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor</source>
        <translation>menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch</source>
        <translation>parche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pre-release</source>
        <translation>preliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revision</source>
        <translation>revisión</translation>
    </message>
    <message>
        <location filename="../app/common/messages/config.cpp" line="+12"/>
        <source>The file is {size} bytes; config.json may be at most {limit} bytes. Check that you chose the right file.</source>
        <translation>El archivo tiene {size} bytes; config.json puede tener como máximo {limit} bytes. Compruebe que ha elegido el archivo correcto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file starts with a byte order mark (line 1, column 1), which the device cannot read. Save it as UTF-8 without BOM.</source>
        <translation>El archivo empieza con una marca de orden de bytes (BOM, línea 1, columna 1) que el dispositivo no puede leer. Guárdelo como UTF-8 sin BOM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid JSON at line {line}, column {column} (near &quot;{token}&quot;). Fix the text there; a JSON checker such as &apos;jq .&apos; shows the same place.</source>
        <translation>JSON no válido en la línea {line}, columna {column} (cerca de «{token}»). Corrija el texto ahí; un comprobador de JSON como &apos;jq .&apos; señala el mismo sitio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON ends too early (line {line}, column {column}): a bracket, brace or quote is not closed. The file may be cut short; restore it from a good copy.</source>
        <translation>El JSON termina antes de tiempo (línea {line}, columna {column}): falta cerrar un corchete, una llave o unas comillas. Puede que el archivo esté cortado; restáurelo desde una copia buena.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key &quot;{key}&quot; appears twice in the same object (second time at line {line}, column {column}). Keep only one.</source>
        <translation>La clave «{key}» aparece dos veces en el mismo objeto (la segunda vez en la línea {line}, columna {column}). Deje solo una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is not a key: use a dotted path such as os.network.connectivity.uri or a JSON pointer such as /os/udevRules/99.</source>
        <translation>«{key}» no es una clave: use una ruta con puntos como os.network.connectivity.uri o un puntero JSON como /os/udevRules/99.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{key}&quot; is not a JSON object, so nothing can be set inside it. Fix or remove that value first.</source>
        <translation>«{key}» no es un objeto JSON, así que no se puede establecer nada dentro. Corrija o quite primero ese valor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{key}&quot; is past the end of the list. Use an existing index, or &quot;-&quot; to append.</source>
        <translation>«{key}» está más allá del final de la lista. Use un índice existente, o «-» para añadir al final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a JSON {expected}, not a {actual} ({value}). Write it without quotes for numbers and booleans, with quotes for text.</source>
        <translation>debe ser un JSON de tipo {expected}, no {actual} ({value}). Escriba los números y los booleanos sin comillas, y el texto con comillas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{value}&quot; is not a {expected}, which {key} must be. Use --string or --json to force the type of a value.</source>
        <translation>«{value}» no es de tipo {expected}, que es lo que exige {key}. Use --string o --json para forzar el tipo de un valor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The required key &quot;{key}&quot; is missing. Start from the config.json of the image, which has it.</source>
        <translation>Falta la clave obligatoria «{key}». Parta del config.json de la imagen, que la contiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>does not match the config.json schema ({detail}). See &apos;imprint schema&apos; for what this key accepts.</source>
        <translation>no se ajusta al esquema de config.json ({detail}). Consulte &apos;imprint schema&apos; para ver qué acepta esta clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; is not an ISO 3166-1 alpha-2 country code. Use two capital letters such as GB, US or DE (the United Kingdom is GB).</source>
        <translation>«{value}» no es un código de país ISO 3166-1 alfa-2. Use dos letras mayúsculas como GB, US o ES (el Reino Unido es GB).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; must be in capital letters: use &quot;{suggestion}&quot;.</source>
        <translation>«{value}» debe ir en mayúsculas: use «{suggestion}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The NTP server list is empty. Give at least one host name or address, or remove the key to use only the defaults.</source>
        <translation>La lista de servidores NTP está vacía. Indique al menos un nombre de host o una dirección, o quite la clave para usar solo los predeterminados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is neither a host name nor an IP address. Separate several servers with spaces.</source>
        <translation>«{server}» no es ni un nombre de host ni una dirección IP. Separe varios servidores con espacios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The DNS server list is empty. Give IP addresses separated by spaces, the word null for none, or remove the key.</source>
        <translation>La lista de servidores DNS está vacía. Indique direcciones IP separadas por espacios, la palabra null para ninguno, o quite la clave.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{server}&quot; is not an IPv4 or IPv6 address. DNS servers must be addresses (not names), separated by spaces, or the single word null.</source>
        <translation>«{server}» no es una dirección IPv4 ni IPv6. Los servidores DNS deben ser direcciones (no nombres) separadas por espacios, o la palabra null sola.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not a number of seconds. Use digits only, such as &quot;3600&quot;; &quot;0&quot; turns the check off.</source>
        <translation>«{value}» no es un número de segundos. Use solo dígitos, como «3600»; «0» desactiva la comprobación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH key {index} is the same key as key {first} ({fingerprint}). Remove one of them.</source>
        <translation>La clave SSH {index} es la misma que la clave {first} ({fingerprint}). Quite una de ellas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule name &quot;{name}&quot; ends in .rules; the device adds .rules itself, so the file would be &quot;{name}.rules&quot;. Drop the suffix.</source>
        <translation>El nombre de regla «{name}» termina en .rules; el dispositivo añade .rules por su cuenta, así que el archivo sería «{name}.rules». Quite el sufijo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on in a fleet configuration without SSH keys: anyone on the network gets root without a password. Turn it off, or add an SSH key.</source>
        <translation>El modo de desarrollo está activado en una configuración de flota sin claves SSH: cualquiera en la red obtiene root sin contraseña. Desactívelo o añada una clave SSH.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Development mode is on and SSH keys are set: password-less login is refused, only these keys work. The engine API on port 2375 is still open.</source>
        <translation>El modo de desarrollo está activado y hay claves SSH: se rechaza el inicio de sesión sin contraseña y solo funcionan esas claves. La API del motor en el puerto 2375 sigue abierta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WiFi networks: {networks}, but no country: the WiFi driver&apos;s default may not allow your channels. Set the country (for example --country GB).</source>
        <translation>Redes wifi: {networks}, pero ningún país: puede que la configuración predeterminada del controlador wifi no permita sus canales. Indique el país (por ejemplo --country ES).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; is generic and will clash on the network. Choose a name for this device.</source>
        <translation>El nombre de host «{value}» es genérico y chocará con otros en la red. Elija un nombre para este dispositivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connectivity check URL is set but the interval &quot;0&quot; turns the check off. Set an interval to use the URL.</source>
        <translation>La URL de la comprobación de conexión está definida, pero el intervalo «0» desactiva la comprobación. Indique un intervalo para usar la URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dnsServers &quot;null&quot; adds no DNS server: the device relies on DHCP or its connection profiles alone for name resolution.</source>
        <translation>dnsServers «null» no añade ningún servidor DNS: el dispositivo depende solo de DHCP o de sus perfiles de conexión para resolver nombres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name is empty. Give 1 to 63 letters, digits or hyphens.</source>
        <translation>El nombre de host está vacío. Indique de 1 a 63 letras, dígitos o guiones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has {length} characters; at most 63 are allowed.</source>
        <translation>El nombre de host «{value}» tiene {length} caracteres; se permiten 63 como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name &quot;{value}&quot; has &quot;{character}&quot; at position {position}: only letters, digits and hyphens are allowed (no dots, spaces or underscores).</source>
        <translation>El nombre de host «{value}» tiene «{character}» en la posición {position}: solo se permiten letras, dígitos y guiones (ni puntos, ni espacios, ni guiones bajos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host name &quot;{value}&quot; starts or ends with a hyphen, which is not allowed.</source>
        <translation>El nombre de host «{value}» empieza o termina con un guion, lo que no está permitido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; is not an http or https URL. Write it as https://host/path.</source>
        <translation>«{value}» no es una URL http ni https. Escríbala como https://host/ruta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; has no valid host name. Write it as https://host/path.</source>
        <translation>«{value}» no tiene un nombre de host válido. Escríbala como https://host/ruta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; contains spaces or control characters. Encode them (a space is %20).</source>
        <translation>«{value}» contiene espacios o caracteres de control. Codifíquelos (un espacio es %20).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SSH key is empty. Paste the contents of your .pub file.</source>
        <translation>La clave SSH está vacía. Pegue el contenido de su archivo .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The SSH key spans several lines. Give one key per entry, on one line.</source>
        <translation>La clave SSH ocupa varias líneas. Indique una clave por entrada, en una sola línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{type}&quot; is not a known SSH public key type. Use the .pub file (never the private key) of an ssh-ed25519, ssh-rsa or ecdsa-sha2-nistp256/384/521 key.</source>
        <translation>«{type}» no es un tipo de clave SSH pública conocido. Use el archivo .pub (nunca la clave privada) de una clave ssh-ed25519, ssh-rsa o ecdsa-sha2-nistp256/384/521.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {type} key has no key data after its type. Copy the whole line of the .pub file.</source>
        <translation>La clave {type} no tiene datos después de su tipo. Copie la línea entera del archivo .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data of the {type} key is not valid base64: it was probably cut or altered while copying. Copy the whole line again.</source>
        <translation>Los datos de la clave {type} no son base64 válido: probablemente se cortaron o alteraron al copiarlos. Vuelva a copiar la línea entera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data of the {type} key is incomplete or damaged. Copy the whole line of the .pub file again.</source>
        <translation>Los datos de la clave {type} están incompletos o dañados. Vuelva a copiar la línea entera del archivo .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key says it is {type} but its data is a &quot;{inner}&quot; key. Copy the line of the .pub file unchanged.</source>
        <translation>La clave dice ser {type} pero sus datos son de una clave «{inner}». Copie la línea del archivo .pub sin cambiarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This RSA key has {bits} bits; at least {minimum} are needed. Make a new key, for example with &apos;ssh-keygen -t ed25519&apos;.</source>
        <translation>Esta clave RSA tiene {bits} bits; se necesitan al menos {minimum}. Cree una clave nueva, por ejemplo con &apos;ssh-keygen -t ed25519&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {type} key uses the curve {curve}, which does not match its type. Copy the line of the .pub file unchanged.</source>
        <translation>La clave {type} usa la curva {curve}, que no corresponde a su tipo. Copie la línea del archivo .pub sin cambiarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{key}&quot; is not a udev key (such as KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, RUN, SYMLINK). Check the spelling.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: «{key}» no es una clave de udev (como KERNEL, SUBSYSTEM, ATTRS{...}, ENV{...}, RUN, SYMLINK). Revise cómo está escrita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} needs a name in braces, such as {key}{idVendor}.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: {key} necesita un nombre entre llaves, como {key}{idVendor}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: {key} takes no name in braces. Remove the braces.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: {key} no admite un nombre entre llaves. Quite las llaves.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the braces after {key} are empty or not closed.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: las llaves después de {key} están vacías o sin cerrar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: &quot;{text}&quot; is not a udev operator. Use ==, !=, =, +=, -= or :=.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: «{text}» no es un operador de udev. Use ==, !=, =, +=, -= o :=.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the value of {key} must be in double quotes.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: el valor de {key} debe ir entre comillas dobles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: the quoted value of {key} is not closed. Add the closing &quot;.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: el valor entre comillas de {key} no está cerrado. Añada las &quot; de cierre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot;, line {line}, column {column}: separate the key-value pairs with commas.</source>
        <translation>Regla «{name}», línea {line}, columna {column}: separe los pares clave-valor con comas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule &quot;{name}&quot; holds no rule, only comments or blank lines. Add a rule or remove the entry.</source>
        <translation>La regla «{name}» no contiene ninguna regla, solo comentarios o líneas en blanco. Añada una regla o quite la entrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{name}&quot; cannot be a rule file name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, not starting with a dot (for example 64-usb-serial).</source>
        <translation>«{name}» no puede ser un nombre de archivo de reglas: use solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, sin empezar por un punto (por ejemplo 64-usb-serial).</translation>
    </message>
    <message>
        <location filename="../app/common/messages/disk.cpp" line="+12"/>
        <source>Cannot open {path}: {reason}. Check the path and that you may read (and, to change it, write) it.</source>
        <translation>No se puede abrir {path}: {reason}. Compruebe la ruta y que tiene permiso para leerlo (y, para cambiarlo, para escribirlo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {path} failed: {reason}. The file or drive may be damaged or was removed; try again or use another copy.</source>
        <translation>Falló la lectura de {path}: {reason}. Puede que el archivo o la unidad esté dañado o se haya retirado; inténtelo de nuevo o use otra copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {path} failed: {reason}. Check that the drive is still connected and not write-protected, then try again.</source>
        <translation>Falló la escritura de {path}: {reason}. Compruebe que la unidad sigue conectada y no está protegida contra escritura, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is open read-only, so nothing was changed. Check the write-protect switch and your permissions.</source>
        <translation>{path} está abierto en solo lectura, así que no se ha cambiado nada. Compruebe el interruptor de protección contra escritura y sus permisos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A read or write of {length} bytes at byte {offset} falls outside the device ({size} bytes): the data on it is inconsistent. Use a complete, undamaged image.</source>
        <translation>Una lectura o escritura de {length} bytes en el byte {offset} cae fuera del dispositivo ({size} bytes): sus datos son incoherentes. Use una imagen completa y sin daños.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table cannot be read: {reason}.</source>
        <translation>No se puede leer la tabla de particiones: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No partition table (MBR or GPT) was found. Is this a balenaOS image? Compressed images must be decompressed first.</source>
        <translation>No se encontró ninguna tabla de particiones (MBR o GPT). ¿Es una imagen de balenaOS? Las imágenes comprimidas deben descomprimirse primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The partition table type &quot;{kind}&quot; is not supported; only MBR and GPT are.</source>
        <translation>El tipo de tabla de particiones «{kind}» no es compatible; solo lo son MBR y GPT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} ends at byte {end}, past the end of the device ({size} bytes): the image is truncated or the table is damaged, so nothing on it will be changed. Use a complete image.</source>
        <translation>La partición {number} termina en el byte {end}, más allá del final del dispositivo ({size} bytes): la imagen está cortada o la tabla dañada, así que no se cambiará nada en ella. Use una imagen completa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a FAT filesystem.</source>
        <translation>No es un sistema de archivos FAT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The FAT boot sector is damaged: {field} is {value}. Check the volume with fsck.fat or use a fresh image.</source>
        <translation>El sector de arranque FAT está dañado: {field} vale {value}. Compruebe el volumen con fsck.fat o use una imagen nueva.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT filesystem claims {volume} bytes but its partition has only {range}: the image is damaged or truncated.</source>
        <translation>El sistema de archivos FAT declara {volume} bytes, pero su partición solo tiene {range}: la imagen está dañada o cortada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: cluster {cluster} links to {value}, outside the volume. Repair it with fsck.fat.</source>
        <translation>La FAT está dañada: el clúster {cluster} apunta a {value}, fuera del volumen. Repárela con fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} ends in a free cluster. Repair it with fsck.fat.</source>
        <translation>La FAT está dañada: la cadena que pasa por el clúster {cluster} termina en un clúster libre. Repárela con fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain through cluster {cluster} runs into a cluster marked bad. Repair it with fsck.fat.</source>
        <translation>La FAT está dañada: la cadena que pasa por el clúster {cluster} llega a un clúster marcado como defectuoso. Repárela con fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The FAT is damaged: the chain starting at cluster {cluster} loops. Repair it with fsck.fat.</source>
        <translation>La FAT está dañada: la cadena que empieza en el clúster {cluster} forma un bucle. Repárela con fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} claims {size} bytes but its clusters hold less: the volume is damaged. Repair it with fsck.fat.</source>
        <translation>{path} declara {size} bytes, pero sus clústeres contienen menos: el volumen está dañado. Repárelo con fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory entry &quot;{name}&quot; points to cluster {cluster}, outside the volume. Repair it with fsck.fat.</source>
        <translation>La entrada de directorio «{name}» apunta al clúster {cluster}, fuera del volumen. Repárelo con fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A directory (cluster {cluster}) is larger than FAT allows: the volume is damaged. Repair it with fsck.fat.</source>
        <translation>Un directorio (clúster {cluster}) es más grande de lo que permite FAT: el volumen está dañado. Repárelo con fsck.fat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The directory is full (65536 entries). Remove some files from it first.</source>
        <translation>El directorio está lleno (65536 entradas). Quite primero algunos archivos de él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The root directory of this FAT12/FAT16 volume has no free entry left. Remove files from it or use a subdirectory.</source>
        <translation>El directorio raíz de este volumen FAT12/FAT16 no tiene ninguna entrada libre. Quite archivos de él o use un subdirectorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not enough space for {path}: {needed} bytes needed, {free} free. Remove files from the partition first.</source>
        <translation>No hay espacio suficiente para {path}: se necesitan {needed} bytes y hay {free} libres. Quite primero archivos de la partición.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too large for FAT (4 GiB at most).</source>
        <translation>{path} es demasiado grande para FAT (4 GiB como máximo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} does not exist.</source>
        <translation>{path} no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a directory.</source>
        <translation>{path} no es un directorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a directory; give the path of a file.</source>
        <translation>{path} es un directorio; indique la ruta de un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} already exists; remove it first or choose another name.</source>
        <translation>{path} ya existe; quítelo primero o elija otro nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not empty; remove what is inside first.</source>
        <translation>{path} no está vacío; quite primero lo que contiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{name}&quot; cannot be a FAT file name ({reason}): names have 1 to 255 characters, none of &quot; * / : &lt; &gt; ? \ | or control characters, and do not end in a dot or space.</source>
        <translation>«{name}» no puede ser un nombre de archivo FAT ({reason}): los nombres tienen de 1 a 255 caracteres, ninguno de ellos &quot; * / : &lt; &gt; ? \ | ni de control, y no terminan en punto ni en espacio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No short name is left for this file in its directory; use a more distinct name.</source>
        <translation>No queda ningún nombre corto para este archivo en su directorio; use un nombre más distinto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root directory cannot be removed or moved.</source>
        <translation>El directorio raíz no se puede quitar ni mover.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be moved into itself.</source>
        <translation>{path} no se puede mover dentro de sí mismo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No boot partition was found (no resin-boot, flash-boot or balena-boot partition, no FAT partition with device-type.json, no partition 1). Name one with --partition.</source>
        <translation>No se encontró ninguna partición de arranque (ninguna partición resin-boot, flash-boot o balena-boot, ninguna partición FAT con device-type.json, ninguna partición 1). Indique una con --partition.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no partition {number} holding a filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation>No hay ninguna partición {number} con un sistema de archivos; consulte la lista con &apos;imprint inspect&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partition {number} is not a FAT filesystem; see &apos;imprint inspect&apos; for the list.</source>
        <translation>La partición {number} no es un sistema de archivos FAT; consulte la lista con &apos;imprint inspect&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a file or a device</source>
        <translation>ni un archivo ni un dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected end of file</source>
        <translation>fin de archivo inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such file or folder</source>
        <translation>no existe ese archivo ni esa carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the MBR announces a GPT, but neither its primary nor its backup header is valid (the image is damaged or cut short)</source>
        <translation>el MBR anuncia una GPT, pero ni su cabecera principal ni su cabecera de respaldo son válidas (la imagen está dañada o cortada)</translation>
    </message>
    <message>
        <location filename="../app/common/messages/flasher.cpp" line="+214"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <location filename="../app/common/messages/disk.cpp" line="+4"/>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reserved name</source>
        <translation>un nombre reservado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a character FAT does not allow</source>
        <translation>un carácter que FAT no admite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with a dot or a space</source>
        <translation>termina en punto o espacio</translation>
    </message>
    <message>
        <location filename="../app/common/messages/download.cpp" line="+11"/>
        <source>&quot;{url}&quot; is not an http:// or https:// address.</source>
        <translation>«{url}» no es una dirección http:// ni https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered {status} {reason} for {url}. Check the address; nothing was saved.</source>
        <translation>El servidor respondió {status} {reason} para {url}. Compruebe la dirección; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection to {url} failed: {detail}. Check the address, the computer&apos;s clock and its trusted certificates.</source>
        <translation>Falló la conexión segura con {url}: {detail}. Compruebe la dirección, el reloj del ordenador y sus certificados de confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not download {url}: {detail}.</source>
        <translation>No se pudo descargar {url}: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The download of {url} stopped at byte {received} of {total} after {attempts} attempts. Run the same command again to resume it.</source>
        <translation>La descarga de {url} se detuvo en el byte {received} de {total} tras {attempts} intentos. Vuelva a ejecutar la misma orden para reanudarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file downloaded from {url} has SHA-256 {actual}, not the expected {expected}: it was deleted. Check the checksum or the address.</source>
        <translation>El archivo descargado de {url} tiene SHA-256 {actual}, no el esperado {expected}: se ha eliminado. Compruebe la suma de comprobación o la dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write {path}: {detail}.</source>
        <translation>No se puede escribir {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The download of {url} was cancelled.</source>
        <translation>Se canceló la descarga de {url}.</translation>
    </message>
    <message>
        <location filename="../app/common/messages/flasher.cpp" line="-201"/>
        <source>lsblk printed something that is not JSON: check that util-linux 2.33 or newer is installed.</source>
        <translation>lsblk mostró algo que no es JSON: compruebe que está instalado util-linux 2.33 o posterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lsblk&apos;s JSON has no &quot;{missing}&quot;: check that util-linux 2.33 or newer is installed.</source>
        <translation>Al JSON de lsblk le falta «{missing}»: compruebe que está instalado util-linux 2.33 o posterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the drives with lsblk ({detail}): install util-linux, or name the device directly.</source>
        <translation>No se pudieron listar las unidades con lsblk ({detail}): instale util-linux o indique el dispositivo directamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a drive on this computer: run &apos;imprint drives --all&apos; to see the drives.</source>
        <translation>{path} no es una unidad de este ordenador: ejecute &apos;imprint drives --all&apos; para ver las unidades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a partition of {drive}: name the whole drive ({drive}) instead.</source>
        <translation>{path} es una partición de {drive}: indique en su lugar la unidad entera ({drive}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds the running system ({mountpoint} is on it): it is never written. Choose another drive.</source>
        <translation>{path} contiene el sistema en ejecución ({mountpoint} está en ella): nunca se graba. Elija otra unidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} holds {source}, which is being read: copy the file to another drive first, or choose another drive.</source>
        <translation>{path} contiene {source}, que se está leyendo: copie antes el archivo a otra unidad o elija otra unidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only: slide the card&apos;s write-protect switch to unlocked and insert it again.</source>
        <translation>{path} es de solo lectura: mueva el interruptor de protección contra escritura de la tarjeta a desbloqueado y vuelva a insertarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} has no medium (its size is 0): insert a card into the reader.</source>
        <translation>{path} no tiene soporte (su tamaño es 0): inserte una tarjeta en el lector.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is too small: it holds {size} but the image needs {needed}. Use a larger drive.</source>
        <translation>{path} es demasiado pequeña: tiene {size}, pero la imagen necesita {needed}. Use una unidad más grande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is unusually large ({size}) for a device card: make sure it is not a backup or data disk.</source>
        <translation>{path} es inusualmente grande ({size}) para una tarjeta de dispositivo: asegúrese de que no es un disco de copias de seguridad o de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is in use: {mountpoints} mounted from it. Unmount it (or close what uses it) and try again.</source>
        <translation>{path} está en uso: {mountpoints} está montado desde ella. Desmóntela (o cierre lo que la usa) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not list the drives ({detail}). Try again; if it keeps failing, write an image file instead.</source>
        <translation>No se pudieron listar las unidades ({detail}). Inténtelo de nuevo; si sigue fallando, escriba un archivo de imagen en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not tell which drive holds {folder}, so no drive is offered: one of them might hold the running system.</source>
        <translation>No se pudo saber qué unidad contiene {folder}, así que no se ofrece ninguna unidad: una de ellas podría contener el sistema en ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a device of the system Wine runs on, which Wine cannot describe: it is never written. Link the drive to an image file instead.</source>
        <translation>{path} es un dispositivo del sistema en el que se ejecuta Wine, que Wine no sabe describir: nunca se escribe. Enlace la unidad a un archivo de imagen en su lugar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows described a drive in a way that does not hold together ({structure}, byte {offset}): it is left out.</source>
        <translation>Windows describió una unidad de forma incoherente ({structure}, byte {offset}): se deja fuera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} stays in use: {mountpoint} could not be unmounted ({detail}). Close what uses it and try again.</source>
        <translation>{path} sigue en uso: no se pudo desmontar {mountpoint} ({detail}). Cierre lo que lo usa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the image {path}: {detail}.</source>
        <translation>No se puede abrir la imagen {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image {path} is empty: download it again.</source>
        <translation>La imagen {path} está vacía: descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image {path} has SHA-256 {actual}, not the expected {expected}: nothing was written. Check the checksum, or whether this is the image you meant.</source>
        <translation>La imagen {path} tiene el SHA-256 {actual}, no el esperado {expected}: no se ha escrito nada. Compruebe la suma de verificación, o si es la imagen que quería.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image {path} failed: {detail}. Check the drive it is on, or copy it elsewhere and try again.</source>
        <translation>Falló la lectura de la imagen {path}: {detail}. Compruebe la unidad en la que está, o cópiela a otro sitio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {format} image {path} ends too early, at byte {offset} (after {output_offset} bytes of image): the download is incomplete. Download it again.</source>
        <translation>La imagen {format} {path} termina antes de tiempo, en el byte {offset} (tras {output_offset} bytes de imagen): la descarga está incompleta. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {format} image {path} is damaged at byte {offset} (after {output_offset} bytes of image): {detail}. Download it again.</source>
        <translation>La imagen {format} {path} está dañada en el byte {offset} (tras {output_offset} bytes de imagen): {detail}. Descárguela de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image in {path} should hold {expected} bytes but holds {actual}: the archive is damaged. Download it again.</source>
        <translation>La imagen de {path} debería tener {expected} bytes pero tiene {actual}: el archivo comprimido está dañado. Descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a readable zip file ({detail}, at byte {offset}): the download may be incomplete.</source>
        <translation>{path} no es un archivo zip legible ({detail}, en el byte {offset}): puede que la descarga esté incompleta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds no file: choose the image itself.</source>
        <translation>El archivo zip {path} no contiene ningún archivo: elija la imagen en sí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The zip file {path} holds several files ({names}): unpack it and choose the image.</source>
        <translation>El archivo zip {path} contiene varios archivos ({names}): descomprímalo y elija la imagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is encrypted: unpack it with its password first.</source>
        <translation>{name} en {path} está cifrado: descomprímalo primero con su contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} in {path} is compressed with zip method {method}, which Imprint cannot read: unpack it first, or use a .zip made with deflate.</source>
        <translation>{name} en {path} está comprimido con el método zip {method}, que Imprint no sabe leer: descomprímalo primero o use un .zip creado con deflate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the block map {path}: {detail}.</source>
        <translation>No se puede abrir el mapa de bloques {path}: {detail}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block map {path} is not a valid .bmap file ({detail}): make it again with &apos;bmaptool create&apos;, or flash without it.</source>
        <translation>El mapa de bloques {path} no es un archivo .bmap válido ({detail}): vuelva a crearlo con &apos;bmaptool create&apos; o grabe sin él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} has format version {version}, which Imprint does not know: flash without --bmap.</source>
        <translation>El mapa de bloques {path} tiene la versión de formato {version}, que Imprint no conoce: grabe sin --bmap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The block map {path} was changed after it was made (its own checksum does not match): download it again.</source>
        <translation>El mapa de bloques {path} se modificó después de crearse (su propia suma de comprobación no coincide): descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image does not match its block map: the {length} bytes at byte {offset} have another checksum. The image or the .bmap file is damaged or they do not belong together.</source>
        <translation>La imagen no coincide con su mapa de bloques: los {length} bytes en el byte {offset} tienen otra suma de comprobación. La imagen o el archivo .bmap están dañados, o no se corresponden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The block map is for an image of {expected} bytes, but the image holds {actual}: use the .bmap made for this image.</source>
        <translation>El mapa de bloques es para una imagen de {expected} bytes, pero la imagen tiene {actual}: use el .bmap creado para esta imagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image has a damaged superblock ({field} is {value}): its whole partition is written.</source>
        <translation>El sistema de archivos ext2/3/4 en el byte {offset} de la imagen tiene un superbloque dañado ({field} vale {value}): se escribe toda su partición.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image uses {feature}, which Imprint does not map: its whole partition is written.</source>
        <translation>El sistema de archivos ext2/3/4 en el byte {offset} de la imagen usa {feature}, que Imprint no sabe mapear: se escribe toda su partición.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image points at block {block}, outside itself: its whole partition is written. Check it with e2fsck.</source>
        <translation>El sistema de archivos ext2/3/4 en el byte {offset} de la imagen apunta al bloque {block}, que está fuera de él: se escribe toda su partición. Compruébelo con e2fsck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Block {block} of the ext2/3/4 filesystem at byte {offset} of the image does not match its checksum: its whole partition is written. Check it with e2fsck.</source>
        <translation>El bloque {block} del sistema de archivos ext2/3/4 en el byte {offset} de la imagen no coincide con su suma de comprobación: se escribe toda su partición. Compruébelo con e2fsck.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image is too large for Imprint to map: its whole partition is written.</source>
        <translation>El sistema de archivos ext2/3/4 en el byte {offset} de la imagen es demasiado grande para que Imprint lo mapee: se escribe toda su partición.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ext2/3/4 filesystem at byte {offset} of the image has its blocks in use spread over more than {runs} runs: its whole partition is written.</source>
        <translation>Los bloques en uso del sistema de archivos ext2/3/4 en el byte {offset} de la imagen están repartidos en más de {runs} tramos: se escribe toda su partición.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open {name} for writing: {detail}. If it is a drive, check that nothing uses it and that you may write it.</source>
        <translation>No se puede abrir {name} para escritura: {detail}. Si es una unidad, compruebe que nada la está usando y que tiene permiso para escribir en ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} holds {size} bytes but the image needs {needed}: use a larger drive.</source>
        <translation>{name} tiene {size} bytes, pero la imagen necesita {needed}: use una unidad más grande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing {name} failed at byte {offset}: {detail}. The drive may be failing or was removed; try another one.</source>
        <translation>Falló la grabación en {name} en el byte {offset}: {detail}. Puede que la unidad esté fallando o se haya retirado; pruebe con otra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading back {name} failed at byte {offset}: {detail}. The drive may be failing or was removed.</source>
        <translation>Falló la relectura de {name} en el byte {offset}: {detail}. Puede que la unidad esté fallando o se haya retirado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flushing {name} failed: {detail}. The data may not all be on the drive; try again or use another drive.</source>
        <translation>Falló el vaciado de búferes de {name}: {detail}. Puede que no todos los datos estén en la unidad; vuelva a intentarlo o use otra unidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is {source}, which the write reads: choose another file to write to.</source>
        <translation>{path} es {source}, que la escritura lee: elija otro archivo en el que escribir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be written ({detail}): choose a folder you may write to.</source>
        <translation>{path} no se puede escribir ({detail}): elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} exists and will be overwritten.</source>
        <translation>{path} existe y se sobrescribirá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} was not written: erasing it was not confirmed.</source>
        <translation>{path} no se escribió: no se confirmó borrarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is named twice: give each target once.</source>
        <translation>{path} aparece dos veces: indique cada destino una sola vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not written: another target was refused, so nothing was written.</source>
        <translation>No se escribió: se rechazó otro destino, así que no se escribió nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification of {name} failed: the {length} bytes at byte {offset} read back differently from what was written. The drive is unreliable or fake; use another one.</source>
        <translation>Falló la verificación de {name}: los {length} bytes en el byte {offset} se releen distintos de lo que se grabó. La unidad no es fiable o es falsa; use otra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing {name} was cancelled; it is left unbootable (its first MiB is blank). Write it again to use it.</source>
        <translation>Se canceló la grabación en {name}; ha quedado sin poder arrancar (su primer MiB está en blanco). Vuelva a grabarla para usarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A configuration change for {name} at byte {offset} lies outside the image: the image and its configuration do not belong together.</source>
        <translation>Un cambio de configuración para {name} en el byte {offset} cae fuera de la imagen: la imagen y su configuración no se corresponden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} is not implemented yet: write an image file instead, or write the drive from Linux.</source>
        <translation>{what} aún no está implementado: grabe en un archivo de imagen o grabe la unidad desde Linux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be opened: this program is not root and no helper (UDisks2) is available. Run it as root, or start the udisks2 service.</source>
        <translation>No se puede abrir {name}: este programa no se ejecuta como root y no hay ningún asistente (UDisks2) disponible. Ejecútelo como root o inicie el servicio udisks2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive access on macOS (authopen)</source>
        <translation>El acceso a unidades en macOS (authopen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive access on Windows</source>
        <translation>El acceso a unidades en Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive access on this system</source>
        <translation>El acceso a unidades en este sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmounting on this system</source>
        <translation>El desmontaje en este sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit status {status}</source>
        <translation>código de salida {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading had already failed</source>
        <translation>la lectura ya había fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file became shorter</source>
        <translation>el archivo se ha acortado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stream cannot skip ahead</source>
        <translation>el flujo no puede saltar hacia adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an xz stream</source>
        <translation>no es un flujo xz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a bzip2 stream</source>
        <translation>no es un flujo bzip2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed with options Imprint cannot read</source>
        <translation>comprimido con opciones que Imprint no puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged data</source>
        <translation>datos dañados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected end of data</source>
        <translation>fin inesperado de los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the memory limit was reached</source>
        <translation>se alcanzó el límite de memoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the decoder failed</source>
        <translation>el descompresor falló</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its CRC-32 checksum does not match</source>
        <translation>su suma de verificación CRC-32 no coincide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>data after the end of the compressed stream</source>
        <translation>datos tras el final del flujo comprimido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the file cannot be read</source>
        <translation>no se puede leer el final del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no end of central directory: the file is truncated or not a zip file</source>
        <translation>no hay fin del directorio central: el archivo está truncado o no es un archivo zip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ZIP64 locator is missing</source>
        <translation>falta el localizador ZIP64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ZIP64 end record is missing</source>
        <translation>falta el registro final ZIP64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory lies outside the file</source>
        <translation>el directorio central está fuera del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory cannot be read</source>
        <translation>no se puede leer el directorio central</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the central directory is damaged</source>
        <translation>el directorio central está dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a local header is missing</source>
        <translation>falta una cabecera local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry&apos;s data lies outside the file</source>
        <translation>los datos de la entrada están fuera del archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no &lt;bmap&gt; element</source>
        <translation>ningún elemento &lt;bmap&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ImageSize or BlockSize missing or not a number</source>
        <translation>falta ImageSize o BlockSize, o no es un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unterminated &lt;Range&gt;</source>
        <translation>un &lt;Range&gt; sin cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown ChecksumType &quot;{type}&quot;</source>
        <translation>ChecksumType «{type}» desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad range &quot;{range}&quot;</source>
        <translation>rango «{range}» no válido</translation>
    </message>
    <message>
        <location filename="../app/common/messages/profiles.cpp" line="+12"/>
        <source>&quot;{name}&quot; cannot be a profile name. Use 1 to 64 characters without a slash, not starting with a dot or a space.</source>
        <translation>«{name}» no puede ser un nombre de perfil. Use de 1 a 64 caracteres sin barra, sin empezar por un punto ni un espacio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile called &quot;{name}&quot; exists already. Choose another name or delete that profile first.</source>
        <translation>Ya existe un perfil llamado «{name}». Elija otro nombre o elimine antes ese perfil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile file {path} cannot be read: {reason}. Check the path and that you may read the file.</source>
        <translation>No se puede leer el archivo de perfil {path}: {reason}. Compruebe la ruta y que tiene permiso para leer el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is far too large to be a profile. Choose a profile file saved by Imprint.</source>
        <translation>{path} es demasiado grande para ser un perfil. Elija un archivo de perfil guardado por Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder, not an image: it can be configured in place but not written to a drive. Open an image file.</source>
        <translation>{path} es una carpeta, no una imagen: se puede configurar en el sitio, pero no grabar en una unidad. Abra un archivo de imagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} stays as the image has it: a profile can add and change settings but not remove them. Give it a value, or remove it later with imprint config unset.</source>
        <translation>{key} se queda como está en la imagen: un perfil puede añadir y cambiar ajustes, pero no quitarlos. Dele un valor o quítelo después con imprint config unset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile cannot be saved to {path}: {reason}. Check that the folder is writable and the disk is not full.</source>
        <translation>No se puede guardar el perfil en {path}: {reason}. Compruebe que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location filename="../app/common/messages/provision.cpp" line="+11"/>
        <source>A WiFi network needs a name (SSID).</source>
        <translation>Una red wifi necesita un nombre (SSID).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi name &quot;{ssid}&quot; is {length} bytes long; an SSID has at most 32 bytes. Check the name on the access point.</source>
        <translation>El nombre wifi «{ssid}» tiene {length} bytes; un SSID tiene como máximo 32 bytes. Compruebe el nombre en el punto de acceso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA needs 8 to 63. Check it; leave it out for an open network.</source>
        <translation>La frase de contraseña de «{ssid}» tiene {length} caracteres; WPA necesita de 8 a 63. Compruébela; omítala si la red es abierta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has {length} characters; WPA takes 8 to 63, or a raw key of exactly 64 hex digits.</source>
        <translation>La frase de contraseña de «{ssid}» tiene {length} caracteres; WPA admite de 8 a 63, o una clave en bruto de exactamente 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pass phrase of &quot;{ssid}&quot; has a control character or broken text at character {position}. Type it again.</source>
        <translation>La frase de contraseña de «{ssid}» tiene un carácter de control o texto dañado en el carácter {position}. Vuelva a escribirla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IPv4 address with a prefix length; write it like 192.168.1.50/24.</source>
        <translation>«{value}» (red «{ssid}») no es una dirección IPv4 con longitud de prefijo; escríbala como 192.168.1.50/24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not a usable gateway: it must be an IPv4 address, set together with a static address.</source>
        <translation>«{value}» (red «{ssid}») no es una puerta de enlace válida: debe ser una dirección IPv4, indicada junto con una dirección estática.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{value}&quot; (network &quot;{ssid}&quot;) is not an IP address.</source>
        <translation>«{value}» (red «{ssid}») no es una dirección IP.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network &quot;{ssid}&quot; has DNS servers but no static address. Set the address too, or use the dnsServers setting.</source>
        <translation>La red «{ssid}» tiene servidores DNS pero no una dirección estática. Indique también la dirección o use el ajuste dnsServers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The priority {value} of network &quot;{ssid}&quot; is out of range (-999 to 999).</source>
        <translation>La prioridad {value} de la red «{ssid}» está fuera de rango (-999 a 999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is not a PNG file (its first bytes are not the PNG signature). Convert it to PNG first.</source>
        <translation>El logotipo no es un archivo PNG (sus primeros bytes no son la firma PNG). Conviértalo antes a PNG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is cut short. Export or download it again.</source>
        <translation>El logotipo PNG está cortado. Expórtelo o descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has no header chunk where it must be. Export it again from an image editor.</source>
        <translation>El logotipo PNG no tiene el bloque de cabecera donde debe estar. Expórtelo de nuevo desde un editor de imágenes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo is damaged (checksum of its {chunk} chunk is wrong). Export or download it again.</source>
        <translation>El logotipo PNG está dañado (la suma de comprobación de su bloque {chunk} es incorrecta). Expórtelo o descárguelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo&apos;s header names an impossible colour format. Export it again from an image editor.</source>
        <translation>La cabecera del logotipo PNG indica un formato de color imposible. Expórtelo de nuevo desde un editor de imágenes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo is {width}x{height} pixels; each side must be 1 to {max}. Scale it down.</source>
        <translation>El logotipo mide {width}x{height} píxeles; cada lado debe medir de 1 a {max}. Redúzcalo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PNG logo has no image data. Export it again.</source>
        <translation>El logotipo PNG no tiene datos de imagen. Expórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PNG logo has extra bytes after its end; it may be two files joined together. Export it again.</source>
        <translation>El logotipo PNG tiene bytes de más tras su final; puede que sean dos archivos unidos. Expórtelo de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo ({size} bytes) does not fit: the boot partition has room for {available} bytes, counting what the old logo frees. Use a smaller PNG.</source>
        <translation>El logotipo ({size} bytes) no cabe: la partición de arranque tiene sitio para {available} bytes, contando lo que libera el logotipo anterior. Use un PNG más pequeño.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo file &quot;{path}&quot; cannot be read ({reason}).</source>
        <translation>No se puede leer el archivo de logotipo «{path}» ({reason}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development mode opens the device: root login without a password over SSH (port 22222) and the serial console, and the container engine API on TCP port 2375. Use it only on a network you trust.</source>
        <translation>El modo de desarrollo abre el dispositivo: inicio de sesión como root sin contraseña por SSH (puerto 22222) y por la consola serie, y la API del motor de contenedores en el puerto TCP 2375. Úselo solo en una red de confianza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH keys are set, so password-less login is refused: only those keys log in.</source>
        <translation>Hay claves SSH, así que se rechaza el inicio de sesión sin contraseña: solo esas claves pueden iniciar sesión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Development mode off: SSH takes keys only, the engine API is closed.</source>
        <translation>Modo de desarrollo desactivado: SSH solo acepta claves y la API del motor está cerrada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This image is an old {variant} build: it stays open whatever config.json says. Use a production or unified image to close it.</source>
        <translation>Esta imagen es una compilación antigua {variant}: sigue abierta diga lo que diga config.json. Use una imagen de producción o unificada para cerrarla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This image is an old {variant}-only build: developmentMode has no effect on it. Use a development or unified image.</source>
        <translation>Esta imagen es una compilación antigua solo {variant}: developmentMode no tiene efecto en ella. Use una imagen de desarrollo o unificada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile must be a JSON object ({...}).</source>
        <translation>Un perfil debe ser un objeto JSON ({...}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} must be a JSON {expected} in a profile.</source>
        <translation>{key} debe ser un JSON de tipo {expected} en un perfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} is required in a profile.</source>
        <translation>{key} es obligatorio en un perfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} must be one of: {allowed}.</source>
        <translation>{key} debe ser uno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network &quot;{ssid}&quot; is listed twice; the device will have two connection files for it.</source>
        <translation>La red «{ssid}» aparece dos veces; el dispositivo tendrá dos archivos de conexión para ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No profile &quot;{name}&quot;: give a file path or the name of a saved profile ({folder}).</source>
        <translation>No hay ningún perfil «{name}»: indique una ruta de archivo o el nombre de un perfil guardado ({folder}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The boot partition has no {path}. Is this a balenaOS image? Write a config.json there first (imprint config inject).</source>
        <translation>La partición de arranque no tiene {path}. ¿Es una imagen de balenaOS? Escriba primero un config.json en ella (imprint config inject).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was written: the changes have errors. Fix them and try again.</source>
        <translation>No se ha grabado nada: los cambios tienen errores. Corríjalos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not save the old file to {path} ({reason}); nothing was changed. Choose another folder with --backup DIR.</source>
        <translation>No se pudo guardar el archivo anterior en {path} ({reason}); no se ha cambiado nada. Elija otra carpeta con --backup DIR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} changed on the boot partition after the plan was made; nothing was written. Run the command again.</source>
        <translation>{path} cambió en la partición de arranque después de crear el plan; no se ha grabado nada. Vuelva a ejecutar la orden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} does not read back as written. The medium may be failing; the old files are in the backup folder.</source>
        <translation>{path} no se relee tal como se escribió. Puede que el soporte esté fallando; los archivos anteriores están en la carpeta de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no folder for the old files</source>
        <translation>ninguna carpeta para los archivos antiguos</translation>
    </message>
    <message>
        <location filename="../app/common/messages/batch.cpp" line="+12"/>
        <source>Cannot read the manifest {path}: {reason}. Check the path and that the file is readable.</source>
        <translation>No se puede leer el manifiesto {path}: {reason}. Compruebe la ruta y que el archivo se puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest {path} lists no devices. Give a CSV file with a header row and one row per device, or a JSON array of objects.</source>
        <translation>El manifiesto {path} no incluye ningún dispositivo. Indique un archivo CSV con una fila de cabecera y una fila por dispositivo, o un array JSON de objetos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest has a quoted field that never ends, in the record starting on line {line}. Close the quote with &quot;.</source>
        <translation>El manifiesto tiene un campo entre comillas que nunca termina, en el registro que empieza en la línea {line}. Cierre las comillas con &quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} (line {line}) of the manifest has {actual} fields but the header has {expected}. Quote fields that contain commas.</source>
        <translation>La fila {row} (línea {line}) del manifiesto tiene {actual} campos, pero la cabecera tiene {expected}. Ponga entre comillas los campos que contengan comas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest has the column {column} twice. Keep one.</source>
        <translation>El manifiesto tiene dos veces la columna {column}. Deje solo una.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The manifest {path} is not valid JSON: {detail}. A JSON manifest is an array of objects, one per device.</source>
        <translation>El manifiesto {path} no es JSON válido: {detail}. Un manifiesto JSON es un array de objetos, uno por dispositivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} of the manifest is not a JSON object. Give each device as {&quot;hostname&quot;: ..., ...}.</source>
        <translation>La fila {row} del manifiesto no es un objeto JSON. Indique cada dispositivo como {&quot;hostname&quot;: ..., ...}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: the value is a JSON array or object. Give text, a number or true/false.</source>
        <translation>Fila {row}, columna {column}: el valor es un array o un objeto JSON. Indique texto, un número o true/false.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest has an unknown column {column}. Columns are hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode and config.&lt;key&gt; (for example config.persistentLogging).</source>
        <translation>El manifiesto tiene una columna desconocida {column}. Las columnas son hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode y config.&lt;key&gt; (por ejemplo config.persistentLogging).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row {row}, column {column}: &quot;{template}&quot; has a placeholder that is not known. Use {index}, {index:03}, {uuid} or {row.&lt;another column&gt;}.</source>
        <translation>Fila {row}, columna {column}: «{template}» tiene un marcador desconocido. Use {index}, {index:03}, {uuid} o {row.&lt;otra columna&gt;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is not true or false.</source>
        <translation>Fila {row}, columna {column}: «{value}» no es ni true ni false.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is not a device uuid (32 to 62 lower-case hex digits). Leave it empty to have one generated.</source>
        <translation>Fila {row}, columna {column}: «{value}» no es un uuid de dispositivo (de 32 a 62 dígitos hexadecimales en minúsculas). Déjelo vacío para que se genere uno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: give the device&apos;s address (ip_address, like 192.168.1.50/24) too, or leave it empty.</source>
        <translation>Fila {row}, columna {column}: indique también la dirección del dispositivo (ip_address, como 192.168.1.50/24), o deje la columna vacía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: the profile has no connection named &quot;{value}&quot;.</source>
        <translation>Fila {row}, columna {column}: el perfil no tiene ninguna conexión llamada «{value}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}: the profile has several wired connections; say which one takes the address in the ip_connection column.</source>
        <translation>Fila {row}: el perfil tiene varias conexiones por cable; indique en la columna ip_connection cuál recibe la dirección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row} has a wifi_psk but no wifi_ssid. Give the network&apos;s name too, or leave both empty.</source>
        <translation>La fila {row} tiene wifi_psk pero no wifi_ssid. Indique también el nombre de la red o deje ambos vacíos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row}, column {column}: {reason}. Give the key&apos;s text (&quot;ssh-ed25519 AAAA...&quot;) or the path of a .pub file.</source>
        <translation>Fila {row}, columna {column}: {reason}. Indique el texto de la clave («ssh-ed25519 AAAA...») o la ruta de un archivo .pub.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: the value cannot be set at that path of config.json (a parent key is not an object).</source>
        <translation>Fila {row}, columna {column}: el valor no se puede establecer en esa ruta de config.json (una clave superior no es un objeto).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row {row}, column {column}: &quot;{value}&quot; is already used by row {first_row}. Every device needs its own.</source>
        <translation>Fila {row}, columna {column}: «{value}» ya lo usa la fila {first_row}. Cada dispositivo necesita el suyo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot resume from {path}: {reason}. Run without --resume to start over.</source>
        <translation>No se puede reanudar desde {path}: {reason}. Ejecute sin --resume para empezar de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write to {path}: {reason}. Check the folder exists and is writable.</source>
        <translation>No se puede escribir en {path}: {reason}. Compruebe que la carpeta existe y se puede escribir en ella.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--target-profile {profile} must follow the --to it is for, one per --to. Use --profile for a profile every target gets.</source>
        <translation>--target-profile {profile} debe ir tras el --to al que corresponde, uno por cada --to. Use --profile para un perfil que reciban todos los destinos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressing {path} with {tool} failed: {detail}. Check that the disk has room and is writable.</source>
        <translation>Falló la compresión de {path} con {tool}: {detail}. Compruebe que el disco tiene espacio y admite escritura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>neither a public key nor a readable file</source>
        <translation>ni una clave pública ni un archivo legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an array of objects</source>
        <translation>no es una lista de objetos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>larger than 64 MiB</source>
        <translation>mayor de 64 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder cannot be created</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the encoder cannot start</source>
        <translation>el compresor no puede arrancar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoder failed (error {status})</source>
        <translation>el compresor falló (error {status})</translation>
    </message>
    <message>
        <location filename="../app/common/messages/udisks.cpp" line="+11"/>
        <source>The UDisks2 service is not reachable ({detail}): start it (systemctl start udisks2), or run as root to write drives directly.</source>
        <translation>No se puede contactar con el servicio UDisks2 ({detail}): inícielo (systemctl start udisks2) o ejecute el programa como root para grabar las unidades directamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UDisks2 does not know {name} ({detail}): check the device name with &apos;imprint drives&apos;.</source>
        <translation>UDisks2 no conoce {name} ({detail}): compruebe el nombre del dispositivo con &apos;imprint drives&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{mountpoint} on {name} could not be unmounted ({detail}): close the programs using it and try again.</source>
        <translation>No se pudo desmontar {mountpoint} de {name} ({detail}): cierre los programas que lo usan y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UDisks2 did not open {name} for writing ({detail}): allow it when asked for a password, and make sure nothing else uses the drive.</source>
        <translation>UDisks2 no abrió {name} para escritura ({detail}): permítalo cuando se le pida una contraseña y asegúrese de que nada más usa la unidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system&apos;s policy (polkit) does not allow you to write {name} ({detail}); nothing was written. Run Imprint in your desktop session and confirm with your password when asked, or run it as root (sudo).</source>
        <translation>La política del sistema (polkit) no le permite escribir en {name} ({detail}); no se ha escrito nada. Ejecute Imprint en su sesión de escritorio y confirme con su contraseña cuando se le pida, o ejecútelo como root (sudo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UDisks2 does not know this device</source>
        <translation>UDisks2 no conoce este dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file descriptor in the reply</source>
        <translation>ningún descriptor de archivo en la respuesta</translation>
    </message>
    <message>
        <location filename="../app/common/messages/folders.cpp" line="+11"/>
        <source>The folder {folder} cannot be created: {reason}. Nothing was written. Check that your home folder is writable and the disk is not full.</source>
        <translation>No se puede crear la carpeta {folder}: {reason}. No se ha escrito nada. Compruebe que se puede escribir en su carpeta personal y que el disco no está lleno.</translation>
    </message>
    <message>
        <location filename="../app/common/messages/writer.cpp" line="+11"/>
        <source>The writing helper {program} could not be started ({detail}); nothing was written. Allow it when the system asks for permission, or reinstall Imprint.</source>
        <translation>No se pudo iniciar el programa de escritura {program} ({detail}); no se escribió nada. Permítalo cuando el sistema pida permiso, o reinstale Imprint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper ended before it reported the result (exit status {status}). Check the drive and write it again.</source>
        <translation>El programa de escritura terminó antes de informar del resultado (estado de salida {status}). Compruebe la unidad y escríbala de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper said nothing for {seconds} seconds and was stopped. Write again, and allow it when the system asks for permission.</source>
        <translation>El programa de escritura no dijo nada durante {seconds} segundos y se detuvo. Escriba de nuevo y permítalo cuando el sistema pida permiso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the writing helper closed before the write ended. Check the drive and write it again.</source>
        <translation>La conexión con el programa de escritura se cerró antes de terminar la escritura. Compruebe la unidad y escríbala de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message from the writing helper was cut short. Check the drive and write it again.</source>
        <translation>Un mensaje del programa de escritura quedó cortado. Compruebe la unidad y escríbala de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private connection to the writing helper failed ({detail}). Write again.</source>
        <translation>La conexión privada con el programa de escritura falló ({detail}). Escriba de nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another program connected in place of the writing helper; it was given nothing and nothing was written. Check this computer for unwanted software, then write again.</source>
        <translation>Otro programa se conectó en lugar del programa de escritura; no recibió nada y no se escribió nada. Compruebe si este equipo tiene software no deseado y vuelva a escribir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The writing helper sent an empty message: it is not from this version of Imprint. Reinstall Imprint.</source>
        <translation>El programa de escritura envió un mensaje vacío: no es de esta versión de Imprint. Reinstale Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message of {size} to or from the writing helper is over the {limit} allowed. Reinstall Imprint if this was not a very large job.</source>
        <translation>Un mensaje de {size} hacia o desde el programa de escritura supera los {limit} permitidos. Reinstale Imprint si no era un trabajo muy grande.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message between Imprint and its writing helper is not valid JSON. Reinstall Imprint.</source>
        <translation>Un mensaje entre Imprint y su programa de escritura no es JSON válido. Reinstale Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The writing helper speaks protocol version {version}, this program version {expected}: reinstall Imprint so both come from the same release.</source>
        <translation>El programa de escritura habla la versión {version} del protocolo y este programa la versión {expected}: reinstale Imprint para que ambos sean de la misma versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message of unknown type &quot;{type}&quot; came from the other side of the writing helper&apos;s connection. Reinstall Imprint.</source>
        <translation>Llegó un mensaje de tipo desconocido «{type}» del otro lado de la conexión con el programa de escritura. Reinstale Imprint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value in a message between Imprint and its writing helper is of the wrong kind or out of range. Reinstall Imprint.</source>
        <translation>Un valor de un mensaje entre Imprint y su programa de escritura es del tipo equivocado o está fuera de rango. Reinstale Imprint.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message between Imprint and its writing helper lacks a value. Reinstall Imprint.</source>
        <translation>A un mensaje entre Imprint y su programa de escritura le falta un valor. Reinstale Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message between Imprint and its writing helper holds a value it does not know. Reinstall Imprint.</source>
        <translation>Un mensaje entre Imprint y su programa de escritura contiene un valor desconocido. Reinstale Imprint.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} cannot be handed to the writing helper; nothing was written.</source>
        <translation>{what} no se puede pasar al programa de escritura; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An image that is still downloading</source>
        <translation>Una imagen que aún se está descargando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A write through UDisks2</source>
        <translation>Una escritura a través de UDisks2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A configuration planned before the write</source>
        <translation>Una configuración planificada antes de la escritura</translation>
    </message>
    <message>
        <location filename="../app/common/messages/network.cpp" line="+12"/>
        <source>&quot;{value}&quot; cannot name a connection: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, not ending in a dot or .ignore.</source>
        <translation>«{value}» no sirve como nombre de conexión: use de 1 a 64 letras, dígitos, «-» o «_», sin terminar en punto ni en .ignore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the priority {value} is out of range (-999 to 999).</source>
        <translation>Conexión «{id}»: la prioridad {value} está fuera de rango (-999 a 999).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: this WiFi security needs a pass phrase.</source>
        <translation>Conexión «{id}»: esta seguridad wifi necesita una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: an open or enterprise network takes no pass phrase; choose WPA security or leave it out.</source>
        <translation>Conexión «{id}»: una red abierta o empresarial no lleva frase de contraseña; elija seguridad WPA o quítela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: WPA3 (SAE) takes a pass phrase, not a 64-digit raw key.</source>
        <translation>Conexión «{id}»: WPA3 (SAE) usa una frase de contraseña, no una clave en bruto de 64 dígitos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the band &quot;{value}&quot; is neither a (5 GHz) nor bg (2.4 GHz).</source>
        <translation>Conexión «{id}»: la banda «{value}» no es ni a (5 GHz) ni bg (2,4 GHz).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a MAC address (six pairs of hex digits, like 00:11:22:AA:BB:CC).</source>
        <translation>Conexión «{id}»: «{value}» no es una dirección MAC (seis pares de dígitos hexadecimales, como 00:11:22:AA:BB:CC).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a MAC address (six pairs of hex digits, like 52:54:00:12:34:56).</source>
        <translation>Conexión «{id}»: «{value}» no es una dirección MAC (seis pares de dígitos hexadecimales, como 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: an enterprise network needs an identity.</source>
        <translation>Conexión «{id}»: una red empresarial necesita una identidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: a password is missing (the network&apos;s, or the one of the encrypted private key).</source>
        <translation>Conexión «{id}»: falta una contraseña (la de la red o la de la clave privada cifrada).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: TLS needs a client certificate and its private key; {field} is missing.</source>
        <translation>Conexión «{id}»: TLS necesita un certificado de cliente y su clave privada; falta {field}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: {field} is not a PEM file of the right kind (-----BEGIN CERTIFICATE----- or PRIVATE KEY). Convert it with openssl.</source>
        <translation>Conexión «{id}»: {field} no es un archivo PEM del tipo correcto (-----BEGIN CERTIFICATE----- o PRIVATE KEY). Conviértalo con openssl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not an access point name (letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;; at most 64).</source>
        <translation>Conexión «{id}»: «{value}» no es un nombre de punto de acceso (letras, dígitos, «.», «-», «_»; 64 como máximo).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: a SIM PIN is 4 to 8 digits.</source>
        <translation>Conexión «{id}»: un PIN de SIM tiene de 4 a 8 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &quot;{id}&quot;: {field} holds a line break or another control character.</source>
        <translation>Conexión «{id}»: {field} contiene un salto de línea u otro carácter de control.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the manual method needs at least one address with its prefix, like 192.168.1.50/24.</source>
        <translation>Conexión «{id}»: el método manual necesita al menos una dirección con su prefijo, como 192.168.1.50/24.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the method {method} takes no addresses, gateway or DNS settings.</source>
        <translation>Conexión «{id}»: el método {method} no admite direcciones, puerta de enlace ni ajustes de DNS.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Conexión «{id}»: «{value}» no es una dirección de esta versión de IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; needs a prefix length of 1 to 32 (IPv4) or 1 to 128 (IPv6), like /24 or /64.</source>
        <translation>Conexión «{id}»: «{value}» necesita una longitud de prefijo de 1 a 32 (IPv4) o de 1 a 128 (IPv6), como /24 o /64.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the gateway &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Conexión «{id}»: la puerta de enlace «{value}» no es una dirección de esta versión de IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the gateway {value} lies outside every address&apos;s network, so the device could not reach it.</source>
        <translation>Conexión «{id}»: la puerta de enlace {value} está fuera de la red de todas las direcciones, así que el dispositivo no podría alcanzarla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: the DNS server &quot;{value}&quot; is not an address of this IP version.</source>
        <translation>Conexión «{id}»: el servidor DNS «{value}» no es una dirección de esta versión de IP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection &quot;{id}&quot;: &quot;{value}&quot; is not a domain name.</source>
        <translation>Conexión «{id}»: «{value}» no es un nombre de dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection &quot;{id}&quot;: the route metric {value} is out of range (0 to 65535).</source>
        <translation>Conexión «{id}»: la métrica de ruta {value} está fuera de rango (0 a 65535).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy host &quot;{value}&quot; is neither an IP address nor a host name.</source>
        <translation>El host del proxy «{value}» no es ni una dirección IP ni un nombre de host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy port {value} is out of range (1 to 65535).</source>
        <translation>El puerto del proxy {value} está fuera de rango (1 a 65535).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy login holds a quote, a backslash, a &apos;;&apos; or a control character, which redsocks cannot read.</source>
        <translation>El usuario del proxy contiene unas comillas, una barra invertida, un «;» o un carácter de control, que redsocks no puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy password holds a quote, a backslash, a &apos;;&apos; or a control character, which redsocks cannot read.</source>
        <translation>La contraseña del proxy contiene unas comillas, una barra invertida, un «;» o un carácter de control, que redsocks no puede leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy has a password but no login.</source>
        <translation>El proxy tiene contraseña pero no usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;{value}&quot; is not an IPv4 address or network (like 10.0.0.0/8) for the proxy&apos;s exceptions.</source>
        <translation>«{value}» no es una dirección ni una red IPv4 (como 10.0.0.0/8) para las excepciones del proxy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>No se puede leer {file}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than {limit}; a NetworkManager keyfile is a few hundred bytes.</source>
        <translation>{file} ocupa más de {limit}; un archivo de claves de NetworkManager ocupa unos cientos de bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a NetworkManager keyfile: it holds bytes that are not UTF-8 text.</source>
        <translation>{file} no es un archivo de claves de NetworkManager: contiene bytes que no son texto UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, [{group}] {key}: this key is missing.</source>
        <translation>{file}, [{group}] {key}: falta esta clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: &quot;{value}&quot; is not one of: {allowed}.</source>
        <translation>{file}, [{group}] {key}: «{value}» no es ninguno de estos valores: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: {detail}</source>
        <translation>{file}, [{group}] {key}: {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}, [{group}] {key}: the file {path} it names was not imported with it.</source>
        <translation>{file}, [{group}] {key}: el archivo {path} que nombra no se importó con él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}, [{group}] {key}: cannot read {path}: {reason}</source>
        <translation>{file}, [{group}] {key}: no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two connections are named &quot;{id}&quot;; each needs its own name.</source>
        <translation>Dos conexiones se llaman «{id}»; cada una necesita su propio nombre.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+38"/>
        <source>Flash and configure balenaOS images.</source>
        <translation>Grabar y configurar imágenes de balenaOS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to open.</source>
        <translation>La imagen que se abrirá.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apply a profile (a file or a saved name) once the image is open.</source>
        <translation>Aplicar un perfil (un archivo o un nombre guardado) una vez abierta la imagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start at a step: image, configure, plan or write.</source>
        <translation>Empezar en un paso: image, configure, plan o write.</translation>
    </message>
    <message>
        <location filename="../app/gui/textformat.cpp" line="+9"/>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <translation>unidad del sistema: nunca se graba</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <location filename="../app/gui/errorlabel.cpp" line="+23"/>
        <source>Hide details</source>
        <translation>Ocultar los detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>code: %1</source>
        <translation>código: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON pointer: %1</source>
        <translation>puntero JSON: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>byte offset: %1</source>
        <translation>posición en bytes: %1</translation>
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
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>Write</name>
    <message>
        <location filename="../app/common/write/writeoutcome.cpp" line="+38"/>
        <source>written and verified</source>
        <translation>escrito y verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written (not verified)</source>
        <translation>escrito (sin verificar)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n boot file(s) configured</source>
        <translation>
            <numerusform>%1, %n archivo de arranque configurado</numerusform>
            <numerusform>%1, %n archivos de arranque configurados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of data (from %2)</source>
        <translation>%1 de datos (según %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of data (found in the image)</source>
        <translation>%1 de datos (encontrados en la imagen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the whole image (%1)</source>
        <translation>la imagen entera (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the whole image</source>
        <translation>la imagen entera</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n boot file(s) change</source>
        <translation>
            <numerusform>cambia %n archivo de arranque</numerusform>
            <numerusform>cambian %n archivos de arranque</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>not configured</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Writes %1; %2.</source>
        <translation>Escribe %1; %2.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the boot files are configured on the way</source>
        <translation>los archivos de arranque se configuran por el camino</translation>
    </message>
</context>
<context>
    <name>imprint::app</name>
    <message>
        <location filename="../app/common/config/configtext.cpp" line="+42"/>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(already there before this change)</source>
        <translation>(ya estaba antes de este cambio)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No changes: the boot partition already holds all of this.</source>
        <translation>Sin cambios: la partición de arranque ya contiene todo esto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>create  %1 (%2 bytes)</source>
        <translation>crear      %1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace %1 (%2 -&gt; %3 bytes)</source>
        <translation>reemplazar %1 (%2 -&gt; %3 bytes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remove  %1 (%2 bytes)</source>
        <translation>eliminar   %1 (%2 bytes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>config.json:</source>
        <translation>config.json:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The files replaced or removed are saved first to %1</source>
        <translation>Los archivos reemplazados o eliminados se guardan primero en %1</translation>
    </message>
    <message>
        <location filename="../app/common/config/connectionlist.cpp" line="+31"/>
        <source>gateway %1</source>
        <translation>puerta de enlace %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>[ignored by NetworkManager]</source>
        <translation>[ignorado por NetworkManager]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
</context>
<context>
    <name>imprint::cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="-126"/>
        <source>&apos;version compare&apos; takes exactly two versions.</source>
        <translation>&apos;version compare&apos; admite exactamente dos versiones.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&apos;version parse&apos; takes exactly one version.</source>
        <translation>&apos;version parse&apos; admite exactamente una versión.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Compare, sort and parse balenaOS versions (X.Y.Z[-label][+revN]).

  compare A B         print &lt;, = or &gt; 
  sort [VERSION...]   print the versions (or stdin&apos;s lines) in ascending order
  parse VERSION       print the version in canonical form</source>
        <translation>Comparar, ordenar y analizar versiones de balenaOS (X.Y.Z[-label][+revN]).

  compare A B         muestra &lt;, = o &gt; 
  sort [VERSION...]   muestra las versiones (o las líneas de la entrada estándar) en orden ascendente
  parse VERSION       muestra la versión en forma canónica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the result as JSON (see the README).</source>
        <translation>Mostrar el resultado como JSON (consulte el README).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compare, sort or parse</source>
        <translation>compare, sort o parse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the versions</source>
        <translation>las versiones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&apos;version&apos; needs an action: compare, sort or parse.</source>
        <translation>&apos;version&apos; necesita una acción: compare, sort o parse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use compare, sort or parse.</source>
        <translation>Acción &apos;%1&apos; desconocida: use compare, sort o parse.</translation>
    </message>
    <message>
        <location filename="../app/cli/configdocument.cpp" line="+88"/>
        <source>Nothing was written: the change has errors.</source>
        <translation>No se ha escrito nada: el cambio tiene errores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No change: config.json already holds this.</source>
        <translation>Sin cambios: config.json ya contiene esto.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the old file to %1</source>
        <translation>Archivo anterior guardado en %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_config.cpp" line="-196"/>
        <source>set: VALUE is JSON. get/show/validate: print JSON (see app/cli/json/config.md).</source>
        <translation>set: VALUE es JSON. get/show/validate: salida en JSON (consulte app/cli/json/config.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set: VALUE is a string, whatever the key.</source>
        <translation>set: VALUE es una cadena, sea cual sea la clave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print apiKey and other secrets as they are.</source>
        <translation>Mostrar apiKey y otros secretos tal cual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inject: replace config.json instead of merging.</source>
        <translation>inject: reemplazar config.json en lugar de fusionar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the change, write nothing.</source>
        <translation>Mostrar el cambio sin escribir nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save replaced files to DIR.</source>
        <translation>Guardar los archivos reemplazados en DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not ask (this command never asks).</source>
        <translation>No preguntar (esta orden nunca pregunta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>get, set, unset, validate, show or inject</source>
        <translation>get, set, unset, validate, show o inject</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>config.json, image, drive or directory</source>
        <translation>config.json, imagen, unidad o directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY [VALUE] or FILE</source>
        <translation>KEY [VALUE] o FILE</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&apos;config&apos; needs an action: get, set, unset, validate, show or inject.</source>
        <translation>&apos;config&apos; necesita una acción: get, set, unset, validate, show o inject.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use get, set, unset, validate, show or inject.</source>
        <translation>Acción &apos;%1&apos; desconocida: use get, set, unset, validate, show o inject.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&apos;config %1&apos; takes %n argument(s); see &apos;imprint config --help&apos;.</source>
        <translation>
            <numerusform>&apos;config %1&apos; admite %n argumento; consulte &apos;imprint config --help&apos;.</numerusform>
            <numerusform>&apos;config %1&apos; admite %n argumentos; consulte &apos;imprint config --help&apos;.</numerusform>
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
        <translation>Leer y editar config.json en un archivo config.json, un archivo de imagen, una unidad o un directorio de arranque montado.

  get TARGET KEY          muestra un valor (las cadenas tal cual, el resto como JSON)
  set TARGET KEY VALUE    establece un valor (con el tipo que indica el esquema)
  unset TARGET KEY        quita una clave
  validate TARGET         comprueba frente al esquema y las reglas semánticas
  show TARGET             muestra el archivo entero
  inject TARGET FILE      fusiona en profundidad FILE en config.json (--replace: lo reemplaza)
  list-connections TARGET las conexiones de system-connections/ (véase &apos;imprint config list-connections --help&apos;)

KEY es una ruta con puntos (os.network.connectivity.uri) o un puntero JSON (/os/udevRules/99).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>--json and --string exclude each other.</source>
        <translation>--json y --string se excluyen mutuamente.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 is not set.</source>
        <translation>%1 no está definido.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is not set; nothing to remove.</source>
        <translation>%1 no está definido; no hay nada que quitar.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="-334"/>
        <location filename="../app/cli/cmd_profile.cpp" line="-144"/>
        <source>Each --wifi-psk must follow its own --wifi SSID.</source>
        <translation>Cada --wifi-psk debe ir tras su propio --wifi SSID.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>image file, drive or mounted boot directory</source>
        <translation>archivo de imagen, unidad o directorio de arranque montado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;configure&apos; takes exactly one TARGET; see &apos;imprint configure --help&apos;.</source>
        <translation>&apos;configure&apos; admite exactamente un TARGET; consulte &apos;imprint configure --help&apos;.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>--dev and --no-dev exclude each other.</source>
        <translation>--dev y --no-dev se excluyen mutuamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--persistent-logging and --no-persistent-logging exclude each other.</source>
        <translation>--persistent-logging y --no-persistent-logging se excluyen mutuamente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--random-mac-scan takes true or false.</source>
        <translation>--random-mac-scan admite true o false.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>--udev-rule takes NAME=FILE, not &apos;%1&apos;.</source>
        <translation>--udev-rule admite NAME=FILE, no &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>%1 must follow the connection it belongs to (--wifi, --ethernet or --gsm; --no-proxy: --proxy).</source>
        <translation>%1 debe ir tras la conexión a la que pertenece (--wifi, --ethernet o --gsm; --no-proxy: --proxy).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not take &apos;%2&apos;; see &apos;imprint configure --help&apos;.</source>
        <translation>%1 no admite «%2»; consulte «imprint configure --help».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1 (%2): %3</source>
        <translation>No se puede leer %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Configure the boot partition of an image file, a drive or a mounted boot directory: config.json, WiFi networks, SSH keys, udev rules, splash logo and development mode. Network options (--wifi-security, --eap-*, --mac, --gsm-*, --ipv4, --ipv6, --gateway, --dns-*, --route-metric, --priority) belong to the --wifi, --ethernet or --gsm before them. Prints the plan, saves the files it replaces, writes, and reads everything back.</source>
        <translation>Configurar la partición de arranque de un archivo de imagen, una unidad o un directorio de arranque montado: config.json, redes wifi, claves SSH, reglas udev, logotipo de arranque y modo de desarrollo. Las opciones de red (--wifi-security, --eap-*, --mac, --gsm-*, --ipv4, --ipv6, --gateway, --dns-*, --route-metric, --priority) pertenecen al --wifi, --ethernet o --gsm anterior. Muestra el plan, guarda los archivos que reemplaza, escribe y lo relee todo.</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Nothing was written: fix the errors above.</source>
        <translation>No se ha escrito nada: corrija los errores anteriores.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Write these changes to %1?</source>
        <translation>¿Escribir estos cambios en %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Done: %n file(s) written and read back.</source>
        <translation>
            <numerusform>Hecho: %n archivo escrito y releído.</numerusform>
            <numerusform>Hecho: %n archivos escritos y releídos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_download.cpp" line="-67"/>
        <source>Download an image over http(s) with progress, resume and a checksum. Without -o the file goes to the download cache and its path is printed; a second run reuses it.</source>
        <translation>Descargar una imagen por http(s) con progreso, reanudación y suma de comprobación. Sin -o, el archivo va a la caché de descargas y se muestra su ruta; una segunda ejecución lo reutiliza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save to FILE instead of the cache.</source>
        <translation>Guardar en FILE en lugar de en la caché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse the file unless its SHA-256 is HEX.</source>
        <translation>Rechazar el archivo si su SHA-256 no es HEX.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download again even when the cache has the file.</source>
        <translation>Descargar de nuevo aunque la caché tenga el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON (see app/cli/json/download.md).</source>
        <translation>Mostrar el resultado como JSON (consulte app/cli/json/download.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The http:// or https:// address.</source>
        <translation>La dirección http:// o https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;download&apos; takes exactly one URL.</source>
        <translation>&apos;download&apos; admite exactamente una URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/cmd_flash.cpp" line="-282"/>
        <source>--sha256 needs 64 hexadecimal digits.</source>
        <translation>--sha256 necesita 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Downloading</source>
        <translation>Descargando</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_drives.cpp" line="-57"/>
        <source>List the drives that can be written, with Imprint&apos;s safety verdict.
The drive holding the running system is hidden unless --all is given.</source>
        <translation>Listar las unidades en las que se puede grabar, con el veredicto de seguridad de Imprint.
La unidad que contiene el sistema en ejecución se oculta salvo que se indique --all.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the list as JSON (see app/cli/json/drives.md).</source>
        <translation>Mostrar la lista como JSON (consulte app/cli/json/drives.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the system drive, loop devices and empty readers.</source>
        <translation>Listar también la unidad del sistema, los dispositivos loop y los lectores vacíos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;drives&apos; takes no arguments.</source>
        <translation>&apos;drives&apos; no admite argumentos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No drives found.</source>
        <translation>No se encontró ninguna unidad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drives found (use --all to include the system drive and loop devices).</source>
        <translation>No se encontró ninguna unidad (use --all para incluir la unidad del sistema y los dispositivos loop).</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashtargets.cpp" line="+42"/>
        <source>%1 exists and will be overwritten. Continue?</source>
        <translation>%1 existe y se sobrescribirá. ¿Continuar?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 exists: not overwritten (use --yes to overwrite).</source>
        <translation>%1 existe: no se ha sobrescrito (use --yes para sobrescribirlo).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Everything on %1 (%2 %3) will be erased. Continue?</source>
        <translation>Se borrará todo lo que hay en %1 (%2 %3). ¿Continuar?</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_batch.cpp" line="-256"/>
        <source>Configure many devices from one base image and a manifest (CSV with a header row, or a JSON array of objects; one row per device; columns hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode and config.&lt;key&gt;; values may use {index}, {index:03}, {uuid} and {row.&lt;column&gt;}). Every row is checked before anything is written. With --out, one sparse image per device (&lt;hostname&gt;.img); with --to, the given drives or files, flashed in parallel, one device each, set after set.</source>
        <translation>Configurar muchos dispositivos a partir de una imagen base y un manifiesto (CSV con una fila de cabecera o un array JSON de objetos; una fila por dispositivo; columnas hostname, uuid, country, wifi_ssid, wifi_psk, ssh_key, dev_mode y config.&lt;key&gt;; los valores pueden usar {index}, {index:03}, {uuid} y {row.&lt;column&gt;}). Se comprueban todas las filas antes de escribir nada. Con --out, una imagen dispersa por dispositivo (&lt;hostname&gt;.img); con --to, las unidades o archivos indicados, grabados en paralelo, un dispositivo en cada uno, tanda tras tanda.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CSV or JSON, one row per device</source>
        <translation>CSV o JSON, una fila por dispositivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;batch&apos; needs a MANIFEST, --image BASE and either --out DIR or --to TARGET; see &apos;imprint batch --help&apos;.</source>
        <translation>&apos;batch&apos; necesita un MANIFEST, --image BASE y, o bien --out DIR, o bien --to TARGET; consulte &apos;imprint batch --help&apos;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--compress takes xz or zst.</source>
        <translation>--compress admite xz o zst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--compress only goes with --out.</source>
        <translation>--compress solo se puede usar con --out.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--resume with --to needs the --report FILE of the earlier run.</source>
        <translation>--resume con --to necesita el --report FILE de la ejecución anterior.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Row %1, column %2: %3</source>
        <translation>Fila %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was written: fix the rows above.</source>
        <translation>No se ha escrito nada: corrija las filas anteriores.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 exists: nothing was written (use --yes to overwrite, or --resume to go on from an earlier run).</source>
        <translation>%1 existe: no se ha escrito nada (use --yes para sobrescribir o --resume para continuar una ejecución anterior).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../app/cli/support/flashtargets.cpp" line="+5"/>
        <source>%1 not written: confirm with --yes.</source>
        <translation>%1 no se ha grabado: confirme con --yes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/support/batchsets.cpp" line="+51"/>
        <source>%n device(s) left: put in the next set and run again with --resume --report %1.</source>
        <translation>
            <numerusform>Queda %n dispositivo: inserte la siguiente tanda y vuelva a ejecutar con --resume --report %1.</numerusform>
            <numerusform>Quedan %n dispositivos: inserte la siguiente tanda y vuelva a ejecutar con --resume --report %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_batch.cpp" line="+42"/>
        <source>%n device(s) done.</source>
        <translation>
            <numerusform>%n dispositivo terminado.</numerusform>
            <numerusform>%n dispositivos terminados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/support/batchsets.cpp" line="+8"/>
        <source>Rows %1-%2 go to %3: everything on them is erased. Press Enter to write, q to stop. </source>
        <translation>Las filas %1-%2 van a %3: se borrará todo lo que contienen. Pulse Intro para grabar, q para parar. </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Writing rows %1-%2 of %3...</source>
        <translation>Grabando las filas %1-%2 de %3…</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>row %1: %2 %3 (uuid %4)</source>
        <translation>fila %1: %2 %3 (uuid %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written and verified</source>
        <translation>grabado y verificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>written</source>
        <translation>grabado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashprogress.cpp" line="+79"/>
        <source>download %1%</source>
        <translation>descarga %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>download %1</source>
        <translation>descarga %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> %1 left</source>
        <translation> quedan %1</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="-52"/>
        <source>Write an image (raw, .gz, .xz, .zst, .bz2 or a .zip holding one image) to drives or image files, all at once from one decompression, verified.
A TARGET under /dev is a drive (checked for safety: never the system drive); any other path is an image file. A .bmap beside the image is used when present.</source>
        <translation>Grabar una imagen (en bruto, .gz, .xz, .zst, .bz2 o un .zip que contenga una imagen) en unidades o archivos de imagen, todos a la vez desde una única descompresión, con verificación.
Un TARGET bajo /dev es una unidad (comprobada por seguridad: nunca la unidad del sistema); cualquier otra ruta es un archivo de imagen. Si hay un .bmap junto a la imagen, se usa.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The image to write.</source>
        <translation>La imagen que se grabará.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;flash&apos; needs one SOURCE and at least one --to TARGET.</source>
        <translation>&apos;flash&apos; necesita una SOURCE y al menos un --to TARGET.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A .zip keeps its directory at its end: it is downloaded whole before writing starts.</source>
        <translation>Un .zip guarda su directorio al final: se descarga entero antes de empezar a escribir.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Using the block map %1 (%2 of %3 hold data).</source>
        <translation>Usando el mapa de bloques %1 (%2 de %3 contienen datos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing only the %1 of %2 that hold data (found in the image).</source>
        <translation>Se graban solo los %1 de %2 que contienen datos (detectados en la imagen).</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Downloading the whole raw image before planning its configuration.</source>
        <translation>Descargando la imagen sin comprimir entera antes de planificar su configuración.</translation>
    </message>
    <message>
        <location filename="../app/cli/support/flashtargets.cpp" line="-21"/>
        <source>Nothing was written: fix the profile errors above.</source>
        <translation>No se ha escrito nada: corrija los errores de perfil anteriores.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_flash.cpp" line="+78"/>
        <source>The download is kept in %1.</source>
        <translation>La descarga se guarda en %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="-141"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
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
        <translation>Leer y modificar archivos de una partición de arranque sin montarla.

  ls TARGET [PATH]          lista un directorio (por defecto: la raíz)
  cat TARGET PATH           escribe un archivo en la salida estándar
  put TARGET PATH [LOCAL|-] crea o reemplaza un archivo desde LOCAL o la entrada estándar (a prueba de cortes)
  rm TARGET PATH            quita un archivo o un directorio vacío
  mkdir TARGET PATH         crea un directorio (y los padres que falten)

TARGET es un archivo de imagen, una unidad (/dev/sdX) o un directorio de arranque montado. La partición de arranque se encuentra por su etiqueta o por /device-type.json.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Use partition N instead of the boot partition.</source>
        <translation>Usar la partición N en lugar de la partición de arranque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls: print the listing as JSON (see app/cli/json/fs.md).</source>
        <translation>ls: mostrar el listado como JSON (consulte app/cli/json/fs.md).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ls, cat, put, rm or mkdir</source>
        <translation>ls, cat, put, rm o mkdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/listconnections.cpp" line="+31"/>
        <source>image, drive or directory</source>
        <translation>imagen, unidad o directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path on the partition</source>
        <translation>ruta en la partición</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;fs&apos; needs an action: ls, cat, put, rm or mkdir.</source>
        <translation>&apos;fs&apos; necesita una acción: ls, cat, put, rm o mkdir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use ls, cat, put, rm or mkdir.</source>
        <translation>Acción &apos;%1&apos; desconocida: use ls, cat, put, rm o mkdir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrong number of arguments for &apos;fs %1&apos;; see &apos;imprint fs --help&apos;.</source>
        <translation>Número de argumentos incorrecto para &apos;fs %1&apos;; consulte &apos;imprint fs --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="-81"/>
        <location filename="../app/cli/cmd_fs.cpp" line="+8"/>
        <source>--partition takes a partition number (1 or more).</source>
        <translation>--partition admite un número de partición (1 o más).</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_fs.cpp" line="+16"/>
        <source>&apos;fs put&apos; reads the content from stdin, which is a terminal; give a LOCAL file or pipe the content in.</source>
        <translation>&apos;fs put&apos; lee el contenido de la entrada estándar, que es un terminal; indique un archivo LOCAL o pase el contenido por una tubería.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_configure.cpp" line="+17"/>
        <location filename="../app/cli/cmd_fs.cpp" line="+15"/>
        <source>No partition is labelled as the boot partition and none holds device-type.json; using partition 1.</source>
        <translation>Ninguna partición tiene la etiqueta de partición de arranque y ninguna contiene device-type.json; se usa la partición 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_inspect.cpp" line="-151"/>
        <source>Target: %1 (%2, %3 bytes)</source>
        <translation>Destino: %1 (%2, %3 bytes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Format: %1, %2 bytes as stored</source>
        <translation>Formato: %1, %2 bytes almacenados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data: unknown (no .bmap, and a compressed image is not read whole)</source>
        <translation>Datos: desconocidos (sin .bmap, y una imagen comprimida no se lee entera)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data: %1 hold data (%2)</source>
        <translation>Datos: %1 contienen datos (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the .bmap</source>
        <translation>según el .bmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found in the image</source>
        <translation>hallado en la imagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Partition table: %1, %2-byte sectors, id %3</source>
        <translation>Tabla de particiones: %1, sectores de %2 bytes, id. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>filesystem</source>
        <translation>sistema de archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label/name</source>
        <translation>etiqueta/nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(extended)</source>
        <translation>(extendida)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>[PAST THE END OF THE DEVICE]</source>
        <translation>[MÁS ALLÁ DEL FINAL DEL DISPOSITIVO]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boot partition: not found</source>
        <translation>Partición de arranque: no encontrada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Boot partition: %1 (%2), because of %3</source>
        <translation>Partición de arranque: %1 (%2), motivo: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Boot files: %1</source>
        <translation>Archivos de arranque: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version: %1</source>
        <translation>Versión del SO: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Device type: %1</source>
        <translation>Tipo de dispositivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development mode: on</source>
        <translation>Modo de desarrollo: activado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development mode: off</source>
        <translation>Modo de desarrollo: desactivado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>config.json: none</source>
        <translation>config.json: ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json: not a JSON object</source>
        <translation>config.json: no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>config.json: %1</source>
        <translation>config.json: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connections: none</source>
        <translation>Conexiones: ninguna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connections:</source>
        <translation>Conexiones:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show the partitions of an image file or drive, which one is the boot partition and why, and the balenaOS version and device type on it. TARGET may be compressed (.xz, .gz, .zst, .bz2, .zip), an http(s) URL (only its head is read, while it downloads) or a mounted boot directory.</source>
        <translation>Mostrar las particiones de un archivo de imagen o de una unidad, cuál es la partición de arranque y por qué, y la versión de balenaOS y el tipo de dispositivo que contiene. TARGET puede estar comprimido (.xz, .gz, .zst, .bz2, .zip), ser una URL http(s) (solo se lee su comienzo, mientras se descarga) o un directorio de arranque montado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>image file or URL, drive or directory</source>
        <translation>archivo de imagen o URL, unidad o directorio</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Print the result as JSON (see app/cli/json/inspect.md).</source>
        <translation>Mostrar el resultado como JSON (consulte app/cli/json/inspect.md).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;inspect&apos; takes exactly one TARGET.</source>
        <translation>&apos;inspect&apos; admite exactamente un TARGET.</translation>
    </message>
    <message>
        <location filename="../app/cli/cmd_profile.cpp" line="-62"/>
        <source>Save a profile under NAME: the file given with --from, and/or the settings given as options (they go over the file&apos;s). A profile of that name is replaced.</source>
        <translation>Guardar un perfil como NAME: el archivo indicado con --from y/o los ajustes indicados como opciones (que prevalecen sobre los del archivo). Se reemplaza un perfil con ese nombre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the profile&apos;s name</source>
        <translation>el nombre del perfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;profile save&apos; takes one NAME.</source>
        <translation>&apos;profile save&apos; admite un solo NAME.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--dev/--no-dev and --persistent-logging/--no-persistent-logging each take one side.</source>
        <translation>--dev/--no-dev y --persistent-logging/--no-persistent-logging admiten cada uno solo una de las dos opciones.</translation>
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
        <translation>Perfiles guardados, compartidos con la aplicación de escritorio y aceptados en cualquier parte por --profile NAME:
  save NAME [--from FILE] [settings]   guarda (consulte &apos;imprint profile save --help&apos;)
  show P                               muestra un perfil (P: un NAME guardado o un archivo)
  list                                 los nombres guardados
  rm NAME                              elimina un perfil guardado
  export NAME FILE                     copia un perfil guardado a FILE
  import FILE [NAME]                   guarda FILE como NAME (por defecto: su nombre base)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JSON output (see app/cli/json/profile.md).</source>
        <translation>Salida JSON (consulte app/cli/json/profile.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show WiFi pass phrases instead of ********.</source>
        <translation>Mostrar las frases de contraseña wifi en lugar de ********.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: replace a saved profile of the same name.</source>
        <translation>import: reemplazar un perfil guardado con el mismo nombre.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Wrong number of arguments; see &apos;imprint profile --help&apos;.</source>
        <translation>Número de argumentos incorrecto; consulte &apos;imprint profile --help&apos;.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&apos;profile&apos; needs one of save, show, list, rm, export, import; see &apos;imprint profile --help&apos;.</source>
        <translation>&apos;profile&apos; necesita una de estas acciones: save, show, list, rm, export, import; consulte &apos;imprint profile --help&apos;.</translation>
    </message>
    <message>
        <location filename="../app/common/arguments/connectionoptions.cpp" line="+232"/>
        <source>Add a WiFi network (repeatable).</source>
        <translation>Añadir una red wifi (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass phrase of the --wifi before it (none: open network).</source>
        <translation>Frase de contraseña del --wifi anterior (ninguna: red abierta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security of the --wifi before it: open, wpa-psk, sae (WPA3 only), wpa-psk-sae (WPA2 and WPA3) or enterprise.</source>
        <translation>Seguridad del --wifi anterior: open, wpa-psk, sae (solo WPA3), wpa-psk-sae (WPA2 y WPA3) o enterprise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the 5 GHz (a) or 2.4 GHz (bg) band.</source>
        <translation>Solo la banda de 5 GHz (a) o de 2,4 GHz (bg).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the access point with this MAC address.</source>
        <translation>Solo el punto de acceso con esta dirección MAC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise WiFi (802.1X) with this EAP method.</source>
        <translation>Wifi empresarial (802.1X) con este método EAP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise WiFi identity.</source>
        <translation>Identidad de la wifi empresarial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enterprise WiFi password (PEAP, TTLS).</source>
        <translation>Contraseña de la wifi empresarial (PEAP, TTLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inner authentication of PEAP or TTLS.</source>
        <translation>Autenticación interna de PEAP o TTLS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate that signed the network&apos;s server.</source>
        <translation>Certificado de la CA que firmó el servidor de la red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate (TLS).</source>
        <translation>Certificado de cliente (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key of the client certificate (TLS).</source>
        <translation>Clave privada del certificado de cliente (TLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of an encrypted private key.</source>
        <translation>Contraseña de una clave privada cifrada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a wired connection named NAME (repeatable).</source>
        <translation>Añadir una conexión por cable llamada NAME (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the network interface with this MAC address.</source>
        <translation>Solo la interfaz de red con esta dirección MAC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a cellular (GSM/LTE) connection named NAME.</source>
        <translation>Añadir una conexión móvil (GSM/LTE) llamada NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access point name of the cellular connection.</source>
        <translation>Nombre del punto de acceso (APN) de la conexión móvil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name of the cellular connection.</source>
        <translation>Nombre de usuario de la conexión móvil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password of the cellular connection.</source>
        <translation>Contraseña de la conexión móvil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIM PIN (4 to 8 digits).</source>
        <translation>PIN de la SIM (de 4 a 8 dígitos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPv4 method of the connection before it (auto, manual, disabled, link-local), or a static address (repeatable).</source>
        <translation>Método IPv4 de la conexión anterior (auto, manual, disabled, link-local), o una dirección estática (repetible).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IPv6 method (auto, manual, disabled, link-local), or a static address (repeatable).</source>
        <translation>Método IPv6 (auto, manual, disabled, link-local), o una dirección estática (repetible).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway (IPv4 or IPv6) of the connection.</source>
        <translation>Puerta de enlace (IPv4 o IPv6) de la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS server of the connection (repeatable).</source>
        <translation>Servidor DNS de la conexión (repetible).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS search domain of the connection (repeatable).</source>
        <translation>Dominio de búsqueda DNS de la conexión (repetible).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route metric of the connection.</source>
        <translation>Métrica de ruta de la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority of the connection (-999 to 999; higher wins).</source>
        <translation>Prioridad de la conexión (-999 a 999; gana la más alta).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a NetworkManager keyfile (.nmconnection) as it is, checked, with the certificates it names (repeatable).</source>
        <translation>Añadir tal cual un archivo de claves de NetworkManager (.nmconnection), comprobado, con los certificados que nombra (repetible).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send the device&apos;s traffic through this proxy: socks4://, socks5:// or http://[USER:PASSWORD@]HOST:PORT.</source>
        <translation>Enviar el tráfico del dispositivo por este proxy: socks4://, socks5:// o http://[USER:PASSWORD@]HOST:PORT.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An IPv4 address or network reached without the proxy (repeatable).</source>
        <translation>Una dirección o red IPv4 a la que se llega sin el proxy (repetible).</translation>
    </message>
    <message>
        <location filename="../app/cli/listconnections.cpp" line="-9"/>
        <source>List the connections in the boot partition&apos;s system-connections/ folder of an image file, a drive or a mounted boot directory: id, type, IPv4 and IPv6 method and addresses, SSID and security. Secrets are masked unless --show-secrets.</source>
        <translation>Listar las conexiones de la carpeta system-connections/ de la partición de arranque de un archivo de imagen, una unidad o un directorio de arranque montado: id, tipo, método y direcciones IPv4 e IPv6, SSID y seguridad. Los secretos se ocultan salvo con --show-secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON (see app/cli/json/config.md).</source>
        <translation>Mostrar JSON (véase app/cli/json/config.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print pass phrases, passwords and PINs as they are.</source>
        <translation>Mostrar las frases de paso, contraseñas y PIN tal cual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the action</source>
        <translation>la acción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;config list-connections&apos; takes one TARGET.</source>
        <translation>&apos;config list-connections&apos; admite un solo TARGET.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No connections in system-connections/.</source>
        <translation>No hay conexiones en system-connections/.</translation>
    </message>
</context>
<context>
    <name>imprint::gui::CertificateField</name>
    <message>
        <location filename="../app/gui/certificatefield.cpp" line="+23"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(stored with the connection)</source>
        <translation>(guardado con la conexión)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large for a certificate or key</source>
        <translation>%1 es demasiado grande para un certificado o una clave</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a certificate or key</source>
        <translation>Elegir un certificado o una clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer *.key);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ConfigurePage</name>
    <message>
        <location filename="../app/gui/configureextras.cpp" line="+45"/>
        <source>udev rules</source>
        <translation>Reglas udev</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 64-usb-serial (becomes /etc/udev/rules.d/&lt;name&gt;.rules)</source>
        <translation>p. ej., 64-usb-serial (se convierte en /etc/udev/rules.d/&lt;nombre&gt;.rules)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule text</source>
        <translation>Texto de la regla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set rule</source>
        <translation>Es&amp;tablecer regla</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Current logo:</source>
        <translation>Logotipo actual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current logo</source>
        <translation>Logotipo actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New logo:</source>
        <translation>Logotipo nuevo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New logo</source>
        <translation>Logotipo nuevo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Choose a PNG…</source>
        <translation>Elegir un P&amp;NG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the current logo</source>
        <translation>&amp;Mantener el logotipo actual</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the boot logo</source>
        <translation>Elegir el logotipo de arranque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a PNG image. The boot splash shows PNG files only: convert it first.</source>
        <translation>%1 no es una imagen PNG. La pantalla de arranque solo muestra archivos PNG: conviértalo primero.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save profile</source>
        <translation>Guardar el perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation>«%1» cargado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename profile</source>
        <translation>Renombrar el perfil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renombrado a «%1».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil «%1»?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«%1» eliminado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Imprint profiles (*.json)</source>
        <translation>Perfiles de Imprint (*.json)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> (imported)</source>
        <translation> (importado)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Imported %1 as &quot;%2&quot;.</source>
        <translation>%1 importado como «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the profile</source>
        <translation>Exportar el perfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/configureforms.cpp" line="+42"/>
        <source>Host name</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the first 7 characters of the device&apos;s UUID</source>
        <translation>predeterminado: los 7 primeros caracteres del UUID del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host name:</source>
        <translation>Nombre de &amp;host:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device answers to &lt;name&gt;.local on your network.</source>
        <translation>El dispositivo responde a &lt;nombre&gt;.local en su red.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Development mode</source>
        <translation>&amp;Modo de desarrollo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For work on your desk only: anyone on the network can log in as root without a password and control the container engine. With SSH keys set, only the keys work. Leave it off for devices in the field.</source>
        <translation>Solo para trabajar en su mesa: cualquiera en la red puede iniciar sesión como root sin contraseña y controlar el motor de contenedores. Si hay claves SSH, solo funcionan esas claves. Déjelo desactivado en los dispositivos en producción.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keep logs across reboots (persistent logging)</source>
        <translation>Co&amp;nservar los registros entre reinicios (registro persistente)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WiFi networks</source>
        <translation>Redes wifi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation>A&amp;ñadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a WiFi network</source>
        <translation>Añadir una red wifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected WiFi network</source>
        <translation>Editar la red wifi seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected WiFi network</source>
        <translation>Quitar la red wifi seleccionada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WiFi networks:</source>
        <translation>Redes wifi:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source> (open)</source>
        <translation> (abierta)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (WPA, pass phrase set)</source>
        <translation> (WPA, con frase de contraseña)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, hidden</source>
        <translation>, oculta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, priority %1</source>
        <translation>, prioridad %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, static %1</source>
        <translation>, estática %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>WiFi country</source>
        <translation>País de la wifi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>two letters, e.g. DE</source>
        <translation>dos letras, p. ej., ES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The WiFi rules of the country the device is in (channels and power).</source>
        <translation>Las normas wifi del país en el que está el dispositivo (canales y potencia).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1.1.1.1 9.9.9.9</source>
        <translation>p. ej., 1.1.1.1 9.9.9.9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;NS servers:</source>
        <translation>Servidores D&amp;NS:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: your network&apos;s servers plus 8.8.8.8. The word null: only your network&apos;s servers. Addresses separated by spaces: those instead of 8.8.8.8.</source>
        <translation>Vacío: los servidores de su red más 8.8.8.8. La palabra null: solo los servidores de su red. Direcciones separadas por espacios: esas en lugar de 8.8.8.8.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NTP servers</source>
        <translation>Servidores NTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extra time servers, separated by spaces</source>
        <translation>servidores de hora adicionales, separados por espacios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;TP servers:</source>
        <translation>Servid&amp;ores NTP:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a &amp;random MAC address while scanning for WiFi</source>
        <translation>Usar una dirección &amp;MAC aleatoria al buscar redes wifi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The device checks now and then that it really reaches the internet. Leave these empty for balena&apos;s own check.</source>
        <translation>El dispositivo comprueba de vez en cuando que llega de verdad a internet. Deje estos campos vacíos para usar la comprobación de balena.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check address</source>
        <translation>Dirección de comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://example.org/check</source>
        <translation>https://example.org/check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>Dirección &amp;web:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check interval in seconds</source>
        <translation>Intervalo de comprobación en segundos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3600; 0 turns the check off</source>
        <translation>3600; 0 desactiva la comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval (seconds):</source>
        <translation>I&amp;ntervalo (segundos):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected response</source>
        <translation>Respuesta esperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: HTTP 204 or an empty page</source>
        <translation>vacío: HTTP 204 o una página vacía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;response:</source>
        <translation>Respues&amp;ta esperada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test now</source>
        <translation>Pr&amp;obar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test the connectivity check now</source>
        <translation>Probar ahora la comprobación de conexión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter an http:// or https:// address first.</source>
        <translation>Introduzca primero una dirección http:// o https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Good: HTTP %1, the answer the device expects.</source>
        <translation>Bien: HTTP %1, la respuesta que espera el dispositivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1, but not the expected answer: the device would think it is behind a login page.</source>
        <translation>HTTP %1, pero no la respuesta esperada: el dispositivo creería que está detrás de una página de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSH public keys that may log in (port 22222), one per line. Paste them or import yours.</source>
        <translation>Claves SSH públicas que pueden iniciar sesión (puerto 22222), una por línea. Péguelas o importe las suyas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SSH public keys, one per line</source>
        <translation>Claves SSH públicas, una por línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import from ~/.ssh…</source>
        <translation>I&amp;mportar desde ~/.ssh…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validity of each key</source>
        <translation>Validez de cada clave</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Valid: %1, %2 bits, %3</source>
        <translation>Válida: %1, %2 bits, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not valid: %1</source>
        <translation>No válida: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Import SSH public keys</source>
        <translation>Importar claves SSH públicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public keys (*.pub)</source>
        <translation>Claves públicas (*.pub)</translation>
    </message>
    <message>
        <location filename="../app/gui/configurepage.cpp" line="+30"/>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connectivity c&amp;heck</source>
        <translation>&amp;Comprobación de conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access</source>
        <translation>Acc&amp;eso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;udev rules</source>
        <translation>Reglas &amp;udev</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Splash</source>
        <translation>Lo&amp;gotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;vanced</source>
        <translation>A&amp;vanzado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Plan</source>
        <translation>P&amp;lan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Write</source>
        <translation>&amp;Siguiente: grabar</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Advanced: %1</source>
        <translation>Avanzado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resulting config.json. Edit it directly: every change is checked as you type, and the forms follow.</source>
        <translation>El config.json resultante. Edítelo directamente: cada cambio se comprueba mientras escribe y los formularios se actualizan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>config.json text</source>
        <translation>Texto de config.json</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These files of the boot partition change when you write. Nothing else on the image is touched.</source>
        <translation>Estos archivos de la partición de arranque cambian al grabar. No se toca nada más de la imagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files that change</source>
        <translation>Archivos que cambian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New content of the selected file</source>
        <translation>Contenido nuevo del archivo seleccionado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(no plan)</source>
        <translation>(sin plan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A new PNG image of %1.</source>
        <translation>Una imagen PNG nueva de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is removed (a copy is saved first).</source>
        <translation>Este archivo se elimina (antes se guarda una copia).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(note)</source>
        <translation>(nota)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(problem)</source>
        <translation>(problema)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(nothing changes yet)</source>
        <translation>(todavía no cambia nada)</translation>
    </message>
    <message>
        <location filename="../app/gui/configurenetwork.cpp" line="+37"/>
        <source>Other connections</source>
        <translation>Otras conexiones</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a connection</source>
        <translation>Añadir una conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected connection</source>
        <translation>Editar la conexión seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected connection</source>
        <translation>Quitar la conexión seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import NetworkManager connection files</source>
        <translation>Importar archivos de conexión de NetworkManager</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other connections:</source>
        <translation>Otras conexiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WPA3 or enterprise WiFi, wired Ethernet, cellular modems, and .nmconnection files you already have.</source>
        <translation>Wifi WPA3 o empresarial, Ethernet por cable, módems móviles y los archivos .nmconnection que ya tenga.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import connections</source>
        <translation>Importar conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NetworkManager connections (*.nmconnection);;All files (*)</source>
        <translation>Conexiones de NetworkManager (*.nmconnection);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>WiFi &quot;%1&quot;, %2</source>
        <translation>Wifi «%1», %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ethernet</source>
        <translation>Ethernet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cellular</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2; IPv4 %3; IPv6 %4</source>
        <translation>%1: %2; IPv4 %3; IPv6 %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not complete (see the problems below)</source>
        <translation>%1: incompleta (vea los problemas abajo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (imported from %2)</source>
        <translation>%1 (importada de %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the device&apos;s traffic through a &amp;proxy</source>
        <translation>Enviar el tráfico del dispositivo a través de un &amp;proxy</translation>
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
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 10.0.0.0/8 192.168.0.0/16</source>
        <translation>p. ej., 10.0.0.0/8 192.168.0.0/16</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy type</source>
        <translation>Tipo de proxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Proxy login</source>
        <translation>Usuario del proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses reached directly</source>
        <translation>Direcciones alcanzadas directamente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hos&amp;t:</source>
        <translation>Hos&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Direct to:</source>
        <translation>&amp;Directo a:</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ConnectionDialog</name>
    <message>
        <location filename="../app/gui/connectiondialog.cpp" line="+28"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WiFi</source>
        <translation>Wifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethernet (wired)</source>
        <translation>Ethernet (por cable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cellular (mobile broadband)</source>
        <translation>Móvil (banda ancha móvil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how pass phrases and passwords</source>
        <translation>&amp;Mostrar frases de contraseña y contraseñas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/connectionforms.cpp" line="+59"/>
        <source>Network name (&amp;SSID):</source>
        <translation>Nombre de la red (&amp;SSID):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WPA3 personal (SAE)</source>
        <translation>WPA3 personal (SAE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WPA2/WPA3 personal (transition)</source>
        <translation>WPA2/WPA3 personal (transición)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WPA/WPA2 personal</source>
        <translation>WPA/WPA2 personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise (802.1X)</source>
        <translation>Empresarial (802.1X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (no security)</source>
        <translation>Abierta (sin seguridad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enterprise sign-in</source>
        <translation>Inicio de sesión empresarial</translation>
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
        <translation>TLS (certificado de cliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identity:</source>
        <translation>&amp;Identidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+42"/>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
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
        <translation>Autenticació&amp;n interna:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de la &amp;CA:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lient certificate:</source>
        <translation>Certificado de c&amp;liente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private &amp;key:</source>
        <translation>&amp;Clave privada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key pass&amp;word:</source>
        <translation>Contraseña de la clave pri&amp;vada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without a CA certificate the device does not check the network&apos;s server.</source>
        <translation>Sin un certificado de la CA, el dispositivo no comprueba el servidor de la red.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any wired interface, its address from DHCP. A static address and a MAC address to match are under Advanced.</source>
        <translation>Cualquier interfaz por cable, con su dirección por DHCP. Una dirección estática y una dirección MAC que deba coincidir están en «Avanzado».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;APN:</source>
        <translation>&amp;APN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: looked up from the SIM&apos;s provider</source>
        <translation>vacío: se busca según el operador de la SIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIM &amp;PIN:</source>
        <translation>&amp;PIN de la SIM:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hidden network (does not broadcast its name)</source>
        <translation>Red &amp;oculta (no anuncia su nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 GHz only</source>
        <translation>solo 5 GHz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2.4 GHz only</source>
        <translation>solo 2,4 GHz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Band:</source>
        <translation>&amp;Banda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access point (&amp;BSSID):</source>
        <translation>Punto de acceso (&amp;BSSID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: any access point</source>
        <translation>vacío: cualquier punto de acceso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface &amp;MAC address:</source>
        <translation>Dirección &amp;MAC de la interfaz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: any interface</source>
        <translation>vacío: cualquier interfaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An&amp;onymous identity:</source>
        <translation>Identidad an&amp;ónima:</translation>
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
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all drives, including system drives</source>
        <translation>Mostrar &amp;todas las unidades, incluidas las del sistema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show system drives</source>
        <translation>Mostrar las unidades del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System drives hold this computer&apos;s own files; writing one destroys them. Type SHOW to list them anyway:</source>
        <translation>Las unidades del sistema contienen los archivos de este ordenador; grabar en una de ellas los destruye. Escriba SHOW para listarlas de todos modos:</translation>
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
            <numerusform>%n unidad del sistema oculta.</numerusform>
            <numerusform>%n unidades del sistema ocultas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write %1?</source>
        <translation>¿Grabar en %1?</translation>
    </message>
</context>
<context>
    <name>imprint::gui::FileTargets</name>
    <message>
        <location filename="../app/gui/targetchoice.cpp" line="+25"/>
        <source>Profile for this target</source>
        <translation>Perfil para este destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile being edited</source>
        <translation>Perfil en edición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not configured</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Image files to write</source>
        <translation>Archivos de imagen que escribir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output image file</source>
        <translation>Archivo de imagen de salida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add image file</source>
        <translation>&amp;Añadir archivo de imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write to an image file</source>
        <translation>Escribir en un archivo de imagen</translation>
    </message>
</context>
<context>
    <name>imprint::gui::ImagePage</name>
    <message>
        <location filename="../app/gui/imagepage.cpp" line="+41"/>
        <source>Choose an image</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open image file…</source>
        <translation>A&amp;brir un archivo de imagen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open image file</source>
        <translation>Abrir un archivo de imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;demo image</source>
        <translation>Usar la imagen de &amp;demostración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the demo image</source>
        <translation>Usar la imagen de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The demo image is not built. Build it with: cmake --build build --target demo_image</source>
        <translation>La imagen de demostración no está compilada. Compílela con: cmake --build build --target demo_image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configure a &amp;mounted boot folder…</source>
        <translation>Configurar una carpeta de arranque &amp;montada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure a mounted boot folder</source>
        <translation>Configurar una carpeta de arranque montada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the boot partition of a card your desktop has mounted, without flashing (Configure only).</source>
        <translation>Editar la partición de arranque de una tarjeta que su escritorio ha montado, sin grabar (solo configurar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or drop an image file on this window.</source>
        <translation>O arrastre un archivo de imagen a esta ventana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://… image URL</source>
        <translation>https://… URL de la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image URL</source>
        <translation>URL de la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>Do&amp;wnload</source>
        <translation>Descar&amp;gar</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Download the image URL</source>
        <translation>Descargar la imagen de la URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Download progress</source>
        <translation>Progreso de la descarga</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recent images:</source>
        <translation>Imágenes &amp;recientes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent images</source>
        <translation>Imágenes recientes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This image</source>
        <translation>Esta imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image chosen yet.</source>
        <translation>Todavía no se ha elegido ninguna imagen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Current logo</source>
        <translation>Logotipo actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device type:</source>
        <translation>Tipo de dispositivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS version:</source>
        <translation>Versión del SO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build:</source>
        <translation>Compilación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration:</source>
        <translation>Configuración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Partitions</source>
        <translation>Particiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File system</source>
        <translation>Sistema de archivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next: Configure</source>
        <translation>&amp;Siguiente: configurar</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Open a balenaOS image</source>
        <translation>Abrir una imagen de balenaOS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;All files (*)</source>
        <translation>Imágenes de disco (*.img *.raw *.balenaos-img *.gz *.xz *.zst *.bz2 *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the mounted boot partition</source>
        <translation>Elegir la partición de arranque montada</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>«%1» no es una dirección http:// ni https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be used: %2</source>
        <translation>No se puede usar %1: %2</translation>
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
        <translation>desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Development: open SSH and console login without a password, for work on your desk.</source>
        <translation>Desarrollo: inicio de sesión por SSH y consola abierto sin contraseña, para trabajar en su mesa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production: no login without an SSH key.</source>
        <translation>Producción: no se puede iniciar sesión sin una clave SSH.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no config.json</source>
        <translation>sin config.json</translation>
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
            <numerusform>%n clave: %1</numerusform>
            <numerusform>%n claves: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n network file(s)</source>
        <translation>
            <numerusform>%n archivo de red</numerusform>
            <numerusform>%n archivos de red</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(extended)</source>
        <translation>(extendida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, boot</source>
        <translation>%1, arranque</translation>
    </message>
</context>
<context>
    <name>imprint::gui::IpSettingsForm</name>
    <message>
        <location filename="../app/gui/ipsettingsform.cpp" line="+41"/>
        <source>Automatic (DHCP)</source>
        <translation>Automático (DHCP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automatic (SLAAC or DHCPv6)</source>
        <translation>Automático (SLAAC o DHCPv6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual (static addresses)</source>
        <translation>Manual (direcciones estáticas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link-local only</source>
        <translation>Solo enlace local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 192.168.1.50/24</source>
        <translation>p. ej., 192.168.1.50/24</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. fd00::50/64</source>
        <translation>p. ej., fd00::50/64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 192.168.1.1</source>
        <translation>p. ej., 192.168.1.1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. fd00::1</source>
        <translation>p. ej., fd00::1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>addresses separated by spaces</source>
        <translation>direcciones separadas por espacios</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. example.com</source>
        <translation>p. ej., example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add&amp;resses:</source>
        <translation>Di&amp;recciones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Puerta de enlace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>Servidores &amp;DNS:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search domains:</source>
        <translation>Dominios de &amp;búsqueda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;metric:</source>
        <translation>&amp;Métrica de ruta:</translation>
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
        <translation>&amp;1. Imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;2. Configure</source>
        <translation>&amp;2. Configurar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;3. Write</source>
        <translation>&amp;3. Grabar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 1: Image</source>
        <translation>Paso 1: imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step 2: Configure</source>
        <translation>Paso 2: configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step 3: Write</source>
        <translation>Paso 3: grabar</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 is ready to configure.</source>
        <translation>%1 está lista para configurarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is ready to configure. Imprint cannot remember it or your choices: %2</source>
        <translation>%1 está lista para configurarse. Imprint no puede recordarla ni recordar sus elecciones: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open image…</source>
        <translation>A&amp;brir una imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a balenaOS image</source>
        <translation>Abrir una imagen de balenaOS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language changes when Imprint starts the next time.</source>
        <translation>El idioma cambia la próxima vez que se inicie Imprint.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart now</source>
        <translation>Re&amp;iniciar ahora</translation>
    </message>
</context>
<context>
    <name>imprint::gui::WifiDialog</name>
    <message>
        <location filename="../app/gui/wifidialog.cpp" line="+17"/>
        <source>WiFi network</source>
        <translation>Red wifi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network name (SSID)</source>
        <translation>Nombre de la red (SSID)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass phrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty for an open network</source>
        <translation>vacía para una red abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show pass phrase</source>
        <translation>&amp;Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hidden network (does not broadcast its name)</source>
        <translation>Red &amp;oculta (no anuncia su nombre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When several known networks are in reach, the one with the higher priority is joined first.</source>
        <translation>Cuando hay varias redes conocidas al alcance, se conecta primero a la de mayor prioridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Static IPv4 address</source>
        <translation>Dirección IPv4 estática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: automatic (DHCP); e.g. 192.168.1.50/24</source>
        <translation>vacío: automática (DHCP); p. ej., 192.168.1.50/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway</source>
        <translation>Puerta de enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.1</source>
        <translation>p. ej., 192.168.1.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>DNS servers for this network</source>
        <translation>Servidores DNS para esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 192.168.1.1 1.1.1.1</source>
        <translation>p. ej., 192.168.1.1 1.1.1.1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name (SSID):</source>
        <translation>&amp;Nombre (SSID):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static &amp;address:</source>
        <translation>Dirección &amp;estática:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Puerta de enlace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;DNS servers:</source>
        <translation>Servidores &amp;DNS:</translation>
    </message>
</context>
<context>
    <name>imprint::gui::WritePage</name>
    <message>
        <location filename="../app/gui/writepage.cpp" line="+43"/>
        <source>Configure only</source>
        <translation>Solo configurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;changes in place</source>
        <translation>Guardar los &amp;cambios en el sitio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the changes into the opened image itself</source>
        <translation>Guardar los cambios en la propia imagen abierta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write to</source>
        <translation>Grabar en</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Verify after writing</source>
        <translation>&amp;Verificar tras grabar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Write</source>
        <translation>&amp;Grabar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Write the changes straight into %1 without flashing anything.</source>
        <translation>Escribir los cambios directamente en %1, sin grabar ninguna unidad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fix the problems listed in Configure first.</source>
        <translation>Corrija primero los problemas indicados en Configurar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a drive or an image file to write to.</source>
        <translation>Elija una unidad o un archivo de imagen en el que grabar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Overwrite %1?</source>
        <translation>¿Sobrescribir %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists and will be overwritten.</source>
        <translation>%1 existe y se sobrescribirá.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Progress of %1</source>
        <translation>Progreso de %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of data written.</source>
        <translation>%1 de datos escritos.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n boot file(s) configured.</source>
        <translation>
            <numerusform>%n archivo de arranque configurado.</numerusform>
            <numerusform>%n archivos de arranque configurados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not configured.</source>
        <translation>Sin configurar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>Grabando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preparing</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %p% at %2/s, %3 left</source>
        <translation>%1 %p% a %2/s, faltan %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %p%</source>
        <translation>%1 %p %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Written and verified.</source>
        <translation>Grabado y verificado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written.</source>
        <translation>Grabado.</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Saved %n file(s) into the image.</source>
        <translation>
            <numerusform>Se guardó %n archivo en la imagen.</numerusform>
            <numerusform>Se guardaron %n archivos en la imagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n file(s) into the image; the old ones are in %1.</source>
        <translation>
            <numerusform>Se guardó %n archivo en la imagen; el anterior está en %1.</numerusform>
            <numerusform>Se guardaron %n archivos en la imagen; los anteriores están en %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
