<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PreviewPage</name>
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
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n row skipped</numerusform>
            <numerusform>%n rows skipped</numerusform>
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
</context>
<context>
    <name>SheetsPage</name>
    <message numerus="yes">
        <source>%1 — %n row(s), no column of e-mail addresses</source>
        <translation>
            <numerusform>%1 — %n row, no column of e-mail addresses</numerusform>
            <numerusform>%1 — %n rows, no column of e-mail addresses</numerusform>
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
