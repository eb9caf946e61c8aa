<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+9"/>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/common/errortext.cpp" line="+31"/>
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
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+19"/>
        <source>Flash and configure balenaOS images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/mainwindow.cpp" line="+13"/>
        <source>Imprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Configure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3. Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a balenaOS image to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Configuration comes after an image is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing comes after the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imprint::cli</name>
    <message>
        <location filename="../app/cli/cmd_version.cpp" line="+33"/>
        <source>&apos;version compare&apos; takes exactly two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location line="+18"/>
        <source>&apos;version&apos; needs an action: compare, sort or parse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown action &apos;%1&apos;: use compare, sort or parse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
