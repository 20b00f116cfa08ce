<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Meetings per month</source>
        <translation>Rencontres par mois</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This database has no batch yet: create one on the Batches page.</source>
        <translation>Cette base n&apos;a encore aucune promo&#xa0;: créez-en une dans la page Promos.</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 · figures as of %4</source>
        <translation>du %1 au %2 · %3 · chiffres au %4</translation>
    </message>
    <message>
        <source>no duo formed yet</source>
        <translation>aucun duo formé pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n duo(s)</source>
        <translation>
            <numerusform>%1 duo sur %n</numerusform>
            <numerusform>%1 duos sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Duos formed</source>
        <translation>Duos formés</translation>
    </message>
    <message>
        <source>confirmed, including those that ended</source>
        <translation>confirmés, y compris ceux qui sont terminés</translation>
    </message>
    <message>
        <source>Met at least once</source>
        <translation>Se sont vus au moins une fois</translation>
    </message>
    <message>
        <source>Met at least three times</source>
        <translation>Se sont vus au moins trois fois</translation>
    </message>
    <message>
        <source>Meetings logged</source>
        <translation>Rencontres enregistrées</translation>
    </message>
    <message>
        <source>two meetings on the same day count as two</source>
        <translation>deux rencontres le même jour comptent pour deux</translation>
    </message>
    <message>
        <source>Duos at risk</source>
        <translation>Duos à relancer</translation>
    </message>
    <message numerus="yes">
        <source>no meeting for %n week(s) or more: see Duos to nudge</source>
        <translation>
            <numerusform>aucune rencontre depuis %n semaine ou plus&#xa0;: voir Duos à relancer</numerusform>
            <numerusform>aucune rencontre depuis %n semaines ou plus&#xa0;: voir Duos à relancer</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated above 8/10</source>
        <translation>Note supérieure à 8/10</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>no end-of-batch answer yet</source>
        <translation>aucune réponse au questionnaire de fin pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>DraftPreview</name>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation>&amp;Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the recipients, the subject and the message, to paste them anywhere</source>
        <translation>Copier les destinataires, l&apos;objet et le message, pour les coller où vous voulez</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2</source>
        <translation>À&#xa0;: %1
Objet&#xa0;: %2</translation>
    </message>
    <message>
        <source>A long message: some mail programs cut it short. If yours does, use Copy and paste it.</source>
        <translation>Message long&#xa0;: certaines messageries le coupent. Si c&apos;est le cas de la vôtre, utilisez Copier puis collez-le.</translation>
    </message>
    <message>
        <source>Copied: paste it in a new message.</source>
        <translation>Copié&#xa0;: collez-le dans un nouveau message.</translation>
    </message>
</context>
<context>
    <name>IntroductionsPanel</name>
    <message>
        <source>&amp;Save All as E-mail Files…</source>
        <translation>&amp;Enregistrer tout en fichiers e-mail…</translation>
    </message>
    <message>
        <source>One .eml file per duo, which your mail program opens as a draft</source>
        <translation>Un fichier .eml par duo, que votre messagerie ouvre comme un brouillon</translation>
    </message>
    <message>
        <source>Edit the &amp;Messages…</source>
        <translation>Modifier les &amp;messages…</translation>
    </message>
    <message>
        <source>No duo to introduce: introductions go to the confirmed duos that are still running. Duos are confirmed on the Duos page.</source>
        <translation>Aucun duo à présenter&#xa0;: les présentations vont aux duos confirmés encore en cours. Les duos se confirment dans la page Duos.</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed duo(s). Select one to read its introduction; double-click to open it in your mail program.</source>
        <translation>
            <numerusform>%n duo confirmé. Sélectionnez-le pour lire sa présentation&#xa0;; double-cliquez pour l&apos;ouvrir dans votre messagerie.</numerusform>
            <numerusform>%n duos confirmés. Sélectionnez-en un pour lire sa présentation&#xa0;; double-cliquez pour l&apos;ouvrir dans votre messagerie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the Introductions In</source>
        <translation>Enregistrer les présentations dans</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Présentations</translation>
    </message>
    <message numerus="yes">
        <source>%n introduction(s) saved in %1.</source>
        <translation>
            <numerusform>%n présentation enregistrée dans %1.</numerusform>
            <numerusform>%n présentations enregistrées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open each file with your mail program, check it, and send it.</source>
        <translation>Ouvrez chaque fichier avec votre messagerie, relisez-le, puis envoyez-le.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit Meeting</source>
        <translation>Modifier la rencontre</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>duration?</source>
        <translation>durée&#xa0;?</translation>
    </message>
    <message>
        <source>0 when you don&apos;t know how long it lasted</source>
        <translation>0 si vous ne savez pas combien de temps elle a duré</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MeetingLogPanel</name>
    <message>
        <source>Search a mentor or a mentee</source>
        <translation>Chercher un mentor ou un mentoré</translation>
    </message>
    <message>
        <source>Import a Spreadsheet…</source>
        <translation>Importer un tableur…</translation>
    </message>
    <message>
        <source>One row per meeting: the mentor&apos;s and the mentee&apos;s e-mails, the date, and optionally the duration, the mode and notes (.xlsx, .ods or .csv)</source>
        <translation>Une ligne par rencontre&#xa0;: les e-mails du mentor et du mentoré, la date, et si vous voulez la durée, le format et des notes (.xlsx, .ods ou .csv)</translation>
    </message>
    <message>
        <source>&amp;Log Meeting</source>
        <translation>&amp;Enregistrer la rencontre</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>New meeting (Enter to log it)</source>
        <translation>Nouvelle rencontre (Entrée pour l&apos;enregistrer)</translation>
    </message>
    <message>
        <source>Meetings of this duo</source>
        <translation>Rencontres de ce duo</translation>
    </message>
    <message numerus="yes">
        <source>%n duo(s) formed</source>
        <translation>
            <numerusform>%n duo formé</numerusform>
            <numerusform>%n duos formés</numerusform>
        </translation>
    </message>
    <message>
        <source>No duo formed in this batch yet.</source>
        <translation>Aucun duo formé dans cette promo pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No duo selected</source>
        <translation>Aucun duo sélectionné</translation>
    </message>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mentee: %1</source>
        <translation>Mentoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · no meeting yet</source>
        <translation>%1 · aucune rencontre pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n meeting(s), last on %2</source>
        <translation>
            <numerusform>%1 · %n rencontre, la dernière le %2</numerusform>
            <numerusform>%1 · %n rencontres, la dernière le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged: %1, %2.</source>
        <translation>Enregistrée&#xa0;: %1, %2.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Meeting Log</source>
        <translation>Journal des rencontres</translation>
    </message>
    <message>
        <source>Duos to Nudge</source>
        <translation>Duos à relancer</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>This database has no batch yet: create one on the Batches page.</source>
        <translation>Cette base n&apos;a encore aucune promo&#xa0;: créez-en une dans la page Promos.</translation>
    </message>
    <message>
        <source>Duos to Nudge (%1)</source>
        <translation>Duos à relancer (%1)</translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <source>Leave empty for the usual name</source>
        <translation>Laissez vide pour le nom habituel</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NudgesPanel</name>
    <message>
        <source>&amp;Flag a duo after</source>
        <translation>&amp;Signaler un duo après</translation>
    </message>
    <message>
        <source>week(s) without a meeting</source>
        <translation>semaine(s) sans rencontre</translation>
    </message>
    <message numerus="yes">
        <source>%n duo(s) to nudge. Select one to read its nudge message; double-click to open it in your mail program, addressed to both.</source>
        <translation>
            <numerusform>%n duo à relancer. Sélectionnez-le pour lire le message de relance&#xa0;; double-cliquez pour l&apos;ouvrir dans votre messagerie, adressé aux deux.</numerusform>
            <numerusform>%n duos à relancer. Sélectionnez-en un pour lire son message de relance&#xa0;; double-cliquez pour l&apos;ouvrir dans votre messagerie, adressé aux deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch is closed: no duo to nudge.</source>
        <translation>La promo est clôturée&#xa0;: aucun duo à relancer.</translation>
    </message>
    <message numerus="yes">
        <source>No duo to nudge today: every running duo has met in the last %n week(s).</source>
        <translation>
            <numerusform>Aucun duo à relancer aujourd&apos;hui&#xa0;: tous les duos en cours se sont vus ces %n dernière semaine.</numerusform>
            <numerusform>Aucun duo à relancer aujourd&apos;hui&#xa0;: tous les duos en cours se sont vus ces %n dernières semaines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Messages to Duos</source>
        <translation>Messages aux duos</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Champs (double-cliquez pour insérer)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Restore the Original Text</source>
        <translation>&amp;Rétablir le texte d&apos;origine</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>(original)</source>
        <translation>(d&apos;origine)</translation>
    </message>
    <message>
        <source>(saved)</source>
        <translation>(enregistré)</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>start on %1</source>
        <translation>début le %1</translation>
    </message>
    <message>
        <source>end on %1</source>
        <translation>fin le %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>duos at risk after %n week(s) without a meeting</source>
        <translation>
            <numerusform>duos à relancer après %n semaine sans rencontre</numerusform>
            <numerusform>duos à relancer après %n semaines sans rencontre</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Modifié&#xa0;: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the changes</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>changing the timeline of %1</source>
        <comment>undo</comment>
        <translation>la modification du calendrier de %1</translation>
    </message>
    <message>
        <source>Undone. %1</source>
        <translation>Annulé. %1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source> week(s) without a meeting</source>
        <translation> semaine(s) sans rencontre</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;At risk after:</source>
        <translation>À &amp;relancer après&#xa0;:</translation>
    </message>
    <message>
        <source>Milestones on their usual dates (kick-off on the first day, check-in halfway, closing on the last day) follow the batch when its dates change; the ones you moved stay where you put them.</source>
        <translation>Les étapes à leur date habituelle (lancement le premier jour, point d&apos;étape à mi-parcours, clôture le dernier jour) suivent la promo quand ses dates changent&#xa0;; celles que vous avez déplacées restent où vous les avez mises.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Add a &amp;Check-in…</source>
        <translation>Ajouter un &amp;point d&apos;étape…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Export the &amp;Calendar (.ics)…</source>
        <translation>Exporter le &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>The milestones, and a reminder to check the quiet duos every few weeks, for Outlook, Google Calendar or Apple Calendar</source>
        <translation>Les étapes, et un rappel pour repérer les duos en sommeil toutes les quelques semaines, pour Outlook, Google Agenda ou Calendrier d&apos;Apple</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à changer.</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add a Check-in</source>
        <translation>Ajouter un point d&apos;étape</translation>
    </message>
    <message>
        <source>Export the Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The calendar was saved in %1.</source>
        <translation>Le calendrier a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>Import it in your calendar program; importing it again updates it.</source>
        <translation>Importez-le dans votre agenda&#xa0;; l&apos;importer de nouveau le met à jour.</translation>
    </message>
</context>
<context>
    <name>Tracking</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copiée</translation>
    </message>
    <message>
        <source>mail program</source>
        <translation>messagerie</translation>
    </message>
    <message>
        <source>.eml file</source>
        <translation>fichier .eml</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not yet copied, opened or saved from MentorDesk</source>
        <translation>Pas encore copiée, ouverte ni enregistrée depuis MentorDesk</translation>
    </message>
    <message>
        <source>Copied on %1</source>
        <translation>Copiée le %1</translation>
    </message>
    <message>
        <source>Opened in the mail program on %1</source>
        <translation>Ouverte dans la messagerie le %1</translation>
    </message>
    <message>
        <source>Saved as an e-mail file on %1</source>
        <translation>Enregistrée comme fichier e-mail le %1</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>Jamais rencontrés</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) without meeting</source>
        <translation>
            <numerusform>%n jour sans rencontre</numerusform>
            <numerusform>%n jours sans rencontre</numerusform>
        </translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>To nudge: %1</source>
        <translation>À relancer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Last nudge</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Each duo&apos;s language</source>
        <translation>La langue de chaque duo</translation>
    </message>
    <message>
        <source>Message in:</source>
        <translation>Message en&#xa0;:</translation>
    </message>
    <message>
        <source>logging the %2 meeting of %1</source>
        <comment>undo</comment>
        <translation>l’enregistrement de la rencontre du %2 de %1</translation>
    </message>
    <message>
        <source>deleting the %2 meeting of %1</source>
        <comment>undo</comment>
        <translation>la suppression de la rencontre du %2 de %1</translation>
    </message>
    <message>
        <source>changing the %2 meeting of %1</source>
        <comment>undo</comment>
        <translation>la modification de la rencontre du %2 de %1</translation>
    </message>
</context>
</TS>
