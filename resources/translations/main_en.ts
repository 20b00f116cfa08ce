<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>VolunteersPage</name>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n volunteer(s)</source>
        <translation>
            <numerusform>%1 of %n volunteer</numerusform>
            <numerusform>%1 of %n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duo(s)</source>
        <translation>
            <numerusform>%n duo</numerusform>
            <numerusform>%n duos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback answer(s)</source>
        <translation>
            <numerusform>%n feedback answer</numerusform>
            <numerusform>%n feedback answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted with them.</source>
        <translation>
            <numerusform>%1 will be deleted with them.</numerusform>
            <numerusform>%1 will be deleted with them.</numerusform>
        </translation>
    </message>
</context>
</TS>
