<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FeedbackPage</name>
    <message numerus="yes">
        <source>%1 of %n participant(s) answered</source>
        <translation>
            <numerusform>%1 of %n participant answered</numerusform>
            <numerusform>%1 of %n participants answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n page(s), ready to save.</source>
        <translation>
            <numerusform>%n page, ready to save.</numerusform>
            <numerusform>%n pages, ready to save.</numerusform>
        </translation>
    </message>
</context>
</TS>
