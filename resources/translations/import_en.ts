<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KindTexts</name>
    <message numerus="yes">
        <source>%n person(s) ready to import</source>
        <translation>
            <numerusform>%n person ready to import</numerusform>
            <numerusform>%n people ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s)</source>
        <translation>
            <numerusform>%n mentor</numerusform>
            <numerusform>%n mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s)</source>
        <translation>
            <numerusform>%n mentee</numerusform>
            <numerusform>%n mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) to import</source>
        <translation>
            <numerusform>%n meeting to import</numerusform>
            <numerusform>%n meetings to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already logged</source>
        <translation>
            <numerusform>%n already logged</numerusform>
            <numerusform>%n already logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n new answer</numerusform>
            <numerusform>%n new answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to update</source>
        <translation>
            <numerusform>%n answer to update</numerusform>
            <numerusform>%n answers to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n meeting(s) into %1</source>
        <translation>
            <numerusform>Import %n meeting into %1</numerusform>
            <numerusform>Import %n meetings into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s) into %1</source>
        <translation>
            <numerusform>Import %n answer into %1</numerusform>
            <numerusform>Import %n answers into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the batch “%1” and import %n person(s) into it</source>
        <translation>
            <numerusform>Create the batch “%1” and import %n person into it</numerusform>
            <numerusform>Create the batch “%1” and import %n people into it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s) into %1</source>
        <translation>
            <numerusform>Import %n person into %1</numerusform>
            <numerusform>Import %n people into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) added</source>
        <translation>
            <numerusform>%n meeting added</numerusform>
            <numerusform>%n meetings added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) already logged</source>
        <translation>
            <numerusform>%n meeting already logged</numerusform>
            <numerusform>%n meetings already logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) added</source>
        <translation>
            <numerusform>%n answer added</numerusform>
            <numerusform>%n answers added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) updated</source>
        <translation>
            <numerusform>%n answer updated</numerusform>
            <numerusform>%n answers updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) unchanged</source>
        <translation>
            <numerusform>%n answer unchanged</numerusform>
            <numerusform>%n answers unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) updated</source>
        <translation>
            <numerusform>%n person updated</numerusform>
            <numerusform>%n people updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) unchanged</source>
        <translation>
            <numerusform>%n person unchanged</numerusform>
            <numerusform>%n people unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) with errors, skipped</source>
        <translation>
            <numerusform>%n row with errors, skipped</numerusform>
            <numerusform>%n rows with errors, skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message numerus="yes">
        <source>%1 — %n row(s), no column for %2</source>
        <translation>
            <numerusform>%1 — %n row, no column for %2</numerusform>
            <numerusform>%1 — %n rows, no column for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), mentors according to its name</source>
        <translation>
            <numerusform>%1 — %n row, mentors according to its name</numerusform>
            <numerusform>%1 — %n rows, mentors according to its name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), mentees according to its name</source>
        <translation>
            <numerusform>%1 — %n row, mentees according to its name</numerusform>
            <numerusform>%1 — %n rows, mentees according to its name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n row</numerusform>
            <numerusform>%1 — %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
