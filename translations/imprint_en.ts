<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/cmd_flash.cpp" line="+375"/>
        <source>%1: %n boot file(s) change:</source>
        <translation>
            <numerusform>%1: %n boot file changes:</numerusform>
            <numerusform>%1: %n boot files change:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message numerus="yes">
        <location filename="../app/gui/textformat.cpp" line="+13"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::gui::ImagePage</name>
    <message numerus="yes">
        <location filename="../app/gui/imagepage.cpp" line="+248"/>
        <source>%n key(s): %1</source>
        <translation>
            <numerusform>%n key: %1</numerusform>
            <numerusform>%n keys: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n network file(s)</source>
        <translation>
            <numerusform>%n network file</numerusform>
            <numerusform>%n network files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::gui::WritePage</name>
    <message numerus="yes">
        <location filename="../app/gui/writepage.cpp" line="+258"/>
        <source>%n system drive(s) hidden.</source>
        <translation>
            <numerusform>%n system drive hidden.</numerusform>
            <numerusform>%n system drives hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>Saved %n file(s) into the image.</source>
        <translation>
            <numerusform>Saved %n file into the image.</numerusform>
            <numerusform>Saved %n files into the image.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n file(s) into the image; the old ones are in %1.</source>
        <translation>
            <numerusform>Saved %n file into the image; the old one is in %1.</numerusform>
            <numerusform>Saved %n files into the image; the old ones are in %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
