<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/support/flashtargets.cpp" line="+39"/>
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
    <name>Write</name>
    <message numerus="yes">
        <location filename="../app/common/write/writeoutcome.cpp" line="+44"/>
        <source>%1, %n boot file(s) configured</source>
        <translation>
            <numerusform>%1, %n boot file configured</numerusform>
            <numerusform>%1, %n boot files configured</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n boot file(s) change</source>
        <translation>
            <numerusform>%n boot file changes</numerusform>
            <numerusform>%n boot files change</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/support/batchsets.cpp" line="+51"/>
        <source>%n device(s) left: put in the next set and run again with --resume --report %1.</source>
        <translation>
            <numerusform>%n device left: put in the next set and run again with --resume --report %1.</numerusform>
            <numerusform>%n devices left: put in the next set and run again with --resume --report %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_batch.cpp" line="+302"/>
        <source>%n device(s) done.</source>
        <translation>
            <numerusform>%n device done.</numerusform>
            <numerusform>%n devices done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_config.cpp" line="+108"/>
        <source>&apos;config %1&apos; takes %n argument(s); see &apos;imprint config --help&apos;.</source>
        <translation>
            <numerusform>&apos;config %1&apos; takes %n argument; see &apos;imprint config --help&apos;.</numerusform>
            <numerusform>&apos;config %1&apos; takes %n arguments; see &apos;imprint config --help&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/cmd_configure.cpp" line="+354"/>
        <source>Done: %n file(s) written and read back.</source>
        <translation>
            <numerusform>Done: %n file written and read back.</numerusform>
            <numerusform>Done: %n files written and read back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::gui::DriveTargets</name>
    <message numerus="yes">
        <location filename="../app/gui/drivetargets.cpp" line="+177"/>
        <source>%n system drive(s) hidden.</source>
        <translation>
            <numerusform>%n system drive hidden.</numerusform>
            <numerusform>%n system drives hidden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>imprint::gui::ImagePage</name>
    <message numerus="yes">
        <location filename="../app/gui/imagepage.cpp" line="+256"/>
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
        <location filename="../app/gui/writepage.cpp" line="+200"/>
        <source>%n boot file(s) configured.</source>
        <translation>
            <numerusform>%n boot file configured.</numerusform>
            <numerusform>%n boot files configured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
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
