<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DuoBoard</name>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n place free</numerusform>
            <numerusform>%n places free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 place(s) free</source>
        <translation>
            <numerusform>%n of %1 places free</numerusform>
            <numerusform>%n of %1 places free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuosPage</name>
    <message numerus="yes">
        <source>Mentees without a mentor (%n)</source>
        <translation>
            <numerusform>Mentees without a mentor (%n)</numerusform>
            <numerusform>Mentees without a mentor (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentors with room left (%n)</source>
        <translation>
            <numerusform>Mentors with room left (%n)</numerusform>
            <numerusform>Mentors with room left (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current duos (%n)</source>
        <translation>
            <numerusform>Current duos (%n)</numerusform>
            <numerusform>Current duos (%n)</numerusform>
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
        <source>%n mentee(s) waiting</source>
        <translation>
            <numerusform>%n mentee waiting</numerusform>
            <numerusform>%n mentees waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place left</numerusform>
            <numerusform>%n places left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duo(s) with a warning</source>
        <translation>
            <numerusform>%n duo with a warning</numerusform>
            <numerusform>%n duos with a warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended early</source>
        <translation>
            <numerusform>%n ended early</numerusform>
            <numerusform>%n ended early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duos formed (%n)</source>
        <translation>
            <numerusform>Duos formed (%n)</numerusform>
            <numerusform>Duos formed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n current</source>
        <translation>
            <numerusform>%n current</numerusform>
            <numerusform>%n current</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new duo(s)</source>
        <translation>
            <numerusform>%n new duo</numerusform>
            <numerusform>%n new duos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpinned duo(s) replaced</source>
        <translation>
            <numerusform>%n unpinned duo replaced</numerusform>
            <numerusform>%n unpinned duos replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) still without a mentor</source>
        <translation>
            <numerusform>%n mentee still without a mentor</numerusform>
            <numerusform>%n mentees still without a mentor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>excluding %n pair(s)</source>
        <comment>undo</comment>
        <translation>
            <numerusform>excluding %n pair</numerusform>
            <numerusform>excluding %n pairs</numerusform>
        </translation>
    </message>
</context>
</TS>
