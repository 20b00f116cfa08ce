<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%1 of %n duo(s)</source>
        <translation>
            <numerusform>%1 of %n duo</numerusform>
            <numerusform>%1 of %n duos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no meeting for %n week(s) or more: see Duos to nudge</source>
        <translation>
            <numerusform>no meeting for %n week or more: see Duos to nudge</numerusform>
            <numerusform>no meeting for %n weeks or more: see Duos to nudge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntroductionsPanel</name>
    <message numerus="yes">
        <source>%n confirmed duo(s). Select one to read its introduction; double-click to open it in your mail program.</source>
        <translation>
            <numerusform>%n confirmed duo. Select one to read its introduction; double-click to open it in your mail program.</numerusform>
            <numerusform>%n confirmed duos. Select one to read its introduction; double-click to open it in your mail program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s) saved in %1.</source>
        <translation>
            <numerusform>%n introduction saved in %1.</numerusform>
            <numerusform>%n introductions saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingLogPanel</name>
    <message numerus="yes">
        <source>%n duo(s) formed</source>
        <translation>
            <numerusform>%n duo formed</numerusform>
            <numerusform>%n duos formed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n meeting(s), last on %2</source>
        <translation>
            <numerusform>%1 · %n meeting, last on %2</numerusform>
            <numerusform>%1 · %n meetings, last on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NudgesPanel</name>
    <message numerus="yes">
        <source>%n duo(s) to nudge. Select one to read its nudge message; double-click to open it in your mail program, addressed to both.</source>
        <translation>
            <numerusform>%n duo to nudge. Select one to read its nudge message; double-click to open it in your mail program, addressed to both.</numerusform>
            <numerusform>%n duos to nudge. Select one to read its nudge message; double-click to open it in your mail program, addressed to both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No duo to nudge today: every running duo has met in the last %n week(s).</source>
        <translation>
            <numerusform>No duo to nudge today: every running duo has met in the last %n week.</numerusform>
            <numerusform>No duo to nudge today: every running duo has met in the last %n weeks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <source>duos at risk after %n week(s) without a meeting</source>
        <translation>
            <numerusform>duos at risk after %n week without a meeting</numerusform>
            <numerusform>duos at risk after %n weeks without a meeting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message numerus="yes">
        <source>%n day(s) without meeting</source>
        <translation>
            <numerusform>%n day without meeting</numerusform>
            <numerusform>%n days without meeting</numerusform>
        </translation>
    </message>
</context>
</TS>
