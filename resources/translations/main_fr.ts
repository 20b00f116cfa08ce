<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchDates</name>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin précède le début.</translation>
    </message>
</context>
<context>
    <name>BatchDeletion</name>
    <message>
        <source>Delete a Batch</source>
        <translation>Supprimer une promo</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette suppression ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>A copy of the database is made first.</source>
        <translation>Une copie de la base est faite avant.</translation>
    </message>
    <message>
        <source>A shared database is not copied: ask whoever runs it for a backup first.</source>
        <translation>Une base partagée n&apos;est pas copiée&#xa0;: demandez d&apos;abord une sauvegarde à qui la gère.</translation>
    </message>
    <message>
        <source>Delete the Batch</source>
        <translation>Supprimer la promo</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volontaire</numerusform>
            <numerusform>%n volontaires</numerusform>
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
            <numerusform>%n rencontre</numerusform>
            <numerusform>%n rencontres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback answer(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch “%1”, which is empty, will be deleted.</source>
        <translation>La promo «&#xa0;%1&#xa0;», qui est vide, sera supprimée.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>The batch “%1” and its %2 will be deleted.</source>
        <translation>La promo «&#xa0;%1&#xa0;» et ses %2 seront supprimés.</translation>
    </message>
    <message>
        <source>Batch Deleted</source>
        <translation>Promo supprimée</translation>
    </message>
    <message>
        <source>The batch “%1” was deleted.</source>
        <translation>La promo «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in %1</source>
        <translation>La base telle qu&apos;elle était avant est gardée dans %1</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>The current batch, shown by every page</source>
        <translation>La promo choisie, affichée par toutes les pages</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentoré(e)s</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duos</translation>
    </message>
    <message>
        <source>Duos confirmed or ended (proposals not counted)</source>
        <translation>Duos confirmés ou terminés (les propositions ne comptent pas)</translation>
    </message>
</context>
<context>
    <name>BatchesPage</name>
    <message>
        <source>New Batch…</source>
        <translation>Nouvelle promo…</translation>
    </message>
    <message>
        <source>Make Current</source>
        <translation>Choisir cette promo</translation>
    </message>
    <message>
        <source>Show this batch on every page</source>
        <translation>Afficher cette promo dans toutes les pages</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Rename the batch, change its dates or status, or rename its programme</source>
        <translation>Renommer la promo, changer ses dates ou son statut, ou renommer son programme</translation>
    </message>
    <message>
        <source>Imports…</source>
        <translation>Imports…</translation>
    </message>
    <message>
        <source>The files imported into this batch; revert one</source>
        <translation>Les fichiers importés dans cette promo&#xa0;; en annuler un</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the batch with its volunteers, duos, meetings and feedback (Delete)</source>
        <translation>Supprimer la promo avec ses volontaires, duos, rencontres et retours (Suppr)</translation>
    </message>
    <message>
        <source>Double-click a batch to edit it.</source>
        <translation>Double-cliquez sur une promo pour la modifier.</translation>
    </message>
    <message>
        <source>No batch yet. Create the first one with “New Batch…”.</source>
        <translation>Aucune promo pour l&apos;instant. Créez la première avec «&#xa0;Nouvelle promo…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>EditBatchDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Promo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
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
        <source>The programme&apos;s name signs the introduction and nudge e-mails and heads the PDF report.</source>
        <translation>Le nom du programme signe les e-mails de mise en relation et de relance, et figure en tête du bilan PDF.</translation>
    </message>
    <message>
        <source>The programme has %1 batches: a new name shows in all of them.</source>
        <translation>Le programme compte %1&#xa0;promos&#xa0;: un nouveau nom vaut pour toutes.</translation>
    </message>
    <message>
        <source>Milestones on their usual dates follow the batch&apos;s dates. The start cannot move after meetings already logged.</source>
        <translation>Les étapes restées à leur date habituelle suivent les dates de la promo. Le début ne peut pas passer après des rencontres déjà enregistrées.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>The batch needs a name.</source>
        <translation>La promo doit avoir un nom.</translation>
    </message>
    <message>
        <source>The programme needs a name.</source>
        <translation>Le programme doit avoir un nom.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>MentorDesk met an unexpected problem. The details below help to fix it.</source>
        <translation>MentorDesk a rencontré un problème inattendu. Les détails ci-dessous aident à le corriger.</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports of %1</source>
        <translation>Imports de %1</translation>
    </message>
    <message>
        <source>&amp;Revert the Import…</source>
        <translation>&amp;Annuler l&apos;import…</translation>
    </message>
    <message>
        <source>Choose an import to revert it.</source>
        <translation>Choisissez un import pour l&apos;annuler.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing was imported into this batch yet.</source>
        <translation>Rien n&apos;a encore été importé dans cette promo.</translation>
    </message>
    <message>
        <source>This import was reverted on %1.</source>
        <translation>Cet import a été annulé le %1.</translation>
    </message>
    <message>
        <source>Checking whether this import can be reverted…</source>
        <translation>On vérifie si cet import peut être annulé…</translation>
    </message>
    <message>
        <source>It cannot be reverted: %1</source>
        <translation>Il ne peut pas être annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove what this import added and give what it updated its previous values back</source>
        <translation>Retirer ce que cet import a ajouté et rendre leurs valeurs précédentes à ce qu&apos;il a modifié</translation>
    </message>
    <message>
        <source>Revert the Import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Revert the import of %1?</source>
        <translation>Annuler l&apos;import de %1&#xa0;?</translation>
    </message>
    <message>
        <source>What it added is removed (%1) and what it updated gets its previous values back (%2). Nothing else changes.</source>
        <translation>Ce qu&apos;il a ajouté est retiré (%1) et ce qu&apos;il a modifié retrouve ses valeurs précédentes (%2). Rien d&apos;autre ne change.</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Reverting the import…</source>
        <translation>Annulation de l&apos;import…</translation>
    </message>
    <message>
        <source>The import cannot be reverted.</source>
        <translation>L&apos;import ne peut pas être annulé.</translation>
    </message>
</context>
<context>
    <name>ImportsModel</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Questionnaire de fin</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Reverted</source>
        <translation>Annulé le</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré(e)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <source>Either</source>
        <translation>Indifférent</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open a MentorDesk database file</source>
        <translation>Ouvrir un fichier de base de données MentorDesk</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Connect to a Shared Database…</source>
        <translation>Se &amp;connecter à une base partagée…</translation>
    </message>
    <message>
        <source>Open a Fresh &amp;Demo Database</source>
        <translation>Ouvrir une base de &amp;démonstration neuve</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the database again</source>
        <translation>Relire la base de données</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la &amp;barre d&apos;outils</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>À &amp;propos de MentorDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Promo&#xa0;:</translation>
    </message>
    <message>
        <source>No batch yet</source>
        <translation>Aucune promo</translation>
    </message>
    <message>
        <source>The batch every page shows</source>
        <translation>La promo que toutes les pages affichent</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>the demo database</source>
        <translation>la base de démonstration</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Création de la base de démonstration…</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of MentorDesk; a copy of the previous one was kept: %1</source>
        <translation>La base de données a été mise à jour pour cette version de MentorDesk&#xa0;; une copie de l&apos;ancienne a été conservée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of MentorDesk.</source>
        <translation>La base de données a été mise à jour pour cette version de MentorDesk.</translation>
    </message>
    <message>
        <source>Database opened: %1</source>
        <translation>Base ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>MentorDesk could not open %1.</source>
        <translation>MentorDesk n&apos;a pas pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Check that this is a MentorDesk database and that you may open it; for a shared database, check its address and that its server can be reached.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien d&apos;une base MentorDesk et que vous avez le droit de l&apos;ouvrir&#xa0;; pour une base partagée, vérifiez son adresse et que son serveur est joignable.</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (démo)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a MentorDesk Database</source>
        <translation>Ouvrir une base MentorDesk</translation>
    </message>
    <message>
        <source>MentorDesk databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Bases MentorDesk (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New MentorDesk Database</source>
        <translation>Nouvelle base MentorDesk</translation>
    </message>
    <message>
        <source>mentoring.db</source>
        <translation>mentorat.db</translation>
    </message>
    <message>
        <source>MentorDesk databases (*.db)</source>
        <translation>Bases MentorDesk (*.db)</translation>
    </message>
    <message>
        <source>Connect to a Shared Database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>Address of the shared database, as given by whoever set it up
(for example postgresql+psycopg://name@server/mentoring):</source>
        <translation>Adresse de la base partagée, telle que donnée par la personne qui l&apos;a installée
(par exemple postgresql+psycopg://nom@serveur/mentorat)&#xa0;:</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>%1 – %2 · %3</source>
        <translation>%1 – %2 · %3</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>À propos de MentorDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;The desktop application of a mentoring programme&apos;s coordinator: volunteers, duos, meetings and the end-of-batch summary.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;L&apos;application de bureau de la coordination d&apos;un programme de mentorat&#xa0;: volontaires, duos, rencontres et bilan de fin de promo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <source>New Batch</source>
        <translation>Nouvelle promo</translation>
    </message>
    <message>
        <source>for example: Autumn 2026 batch</source>
        <translation>par exemple&#xa0;: Promo automne 2026</translation>
    </message>
    <message>
        <source>A batch lasts four months unless you choose another end.</source>
        <translation>Une promo dure quatre mois, sauf si vous choisissez une autre fin.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
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
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Batches</source>
        <translation>Promos</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volontaires</translation>
    </message>
    <message>
        <source>Duos</source>
        <translation>Duos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Bilans</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>The window changes language as soon as you confirm.</source>
        <translation>La fenêtre change de langue dès que vous validez.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Open a database…</source>
        <translation>Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Ouvrir la démo</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>Création de la base de démonstration…</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Aucune base de données n&apos;est ouverte</translation>
    </message>
    <message>
        <source>Open your programme&apos;s database, or try MentorDesk on a demo database: the mentoring programme of a French freelance community.</source>
        <translation>Ouvrez la base de données de votre programme, ou essayez MentorDesk sur une base de démonstration&#xa0;: le programme de mentorat d’une communauté de freelances.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Placed on the map with the offline list of places, as on import</source>
        <translation>Placée sur la carte avec la liste hors ligne des lieux, comme à l&apos;import</translation>
    </message>
    <message>
        <source>How many mentees this mentor can take</source>
        <translation>Combien de mentorés ce mentor peut suivre</translation>
    </message>
    <message>
        <source>Language codes, for example: fr, en</source>
        <translation>Codes de langue, par exemple : fr, en</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>Lan&amp;gues :</translation>
    </message>
    <message>
        <source>&amp;Topics:</source>
        <translation>&amp;Thématiques :</translation>
    </message>
</context>
<context>
    <name>VolunteersModel</name>
    <message>
        <source>Withdrew on %1</source>
        <translation>A quitté la promo le %1</translation>
    </message>
    <message>
        <source>How many mentees a mentor can take</source>
        <translation>Combien de mentoré(e)s un mentor peut accompagner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Search a name, an e-mail, a city or a topic</source>
        <translation>Chercher un nom, un e-mail, une ville ou une thématique</translation>
    </message>
    <message>
        <source>Mentors and mentees</source>
        <translation>Mentors et mentoré(e)s</translation>
    </message>
    <message>
        <source>Mentors only</source>
        <translation>Mentors seulement</translation>
    </message>
    <message>
        <source>Mentees only</source>
        <translation>Mentoré(e)s seulement</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected volunteer (Enter)</source>
        <translation>Modifier la personne sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>The selected volunteer leaves the batch: their duos end today</source>
        <translation>La personne sélectionnée quitte la promo : ses duos prennent fin aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Remove from the batch…</source>
        <translation>&amp;Supprimer de la promo…</translation>
    </message>
    <message>
        <source>Delete the selected volunteer from this batch, with their duos and meetings</source>
        <translation>Supprimer la personne sélectionnée de cette promo, avec ses duos et ses rencontres</translation>
    </message>
    <message>
        <source>This database has no batch yet: create one on the Batches page.</source>
        <translation>Cette base n&apos;a pas encore de promo&#xa0;: créez-en une dans la page Promos.</translation>
    </message>
    <message>
        <source>No volunteer in this batch yet.</source>
        <translation>Aucun volontaire dans cette promo pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volontaire</numerusform>
            <numerusform>%n volontaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n volunteer(s)</source>
        <translation>
            <numerusform>%1 sur %n volontaire</numerusform>
            <numerusform>%1 sur %n volontaires</numerusform>
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
            <numerusform>%n rencontre</numerusform>
            <numerusform>%n rencontres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feedback answer(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <source>They have no duo, meeting or feedback in this batch.</source>
        <translation>Cette personne n&apos;a ni duo, ni rencontre, ni retour dans cette promo.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 will be deleted with them.</source>
        <translation>
            <numerusform>%1 sera supprimé avec cette personne.</numerusform>
            <numerusform>%1 seront supprimés avec cette personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove from the batch…</source>
        <translation>Supprimer de la promo…</translation>
    </message>
    <message>
        <source>Mark %1 as withdrawn from the batch?</source>
        <translation>Marquer %1 comme retiré(e) de la promo ?</translation>
    </message>
    <message>
        <source>Their current duos end today and their partners become free. Undo takes it back.</source>
        <translation>Ses duos en cours prennent fin aujourd&apos;hui et ses partenaires redeviennent libres. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove %1 from the batch?</source>
        <translation>Supprimer %1 de la promo ?</translation>
    </message>
    <message>
        <source>Edit ▸ Undo puts everything back.</source>
        <translation>Édition ▸ Annuler remet tout en place.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>changes to %1</source>
        <translation>la modification de %1</translation>
    </message>
    <message>
        <source>the withdrawal of %1</source>
        <translation>le retrait de %1</translation>
    </message>
    <message>
        <source>the removal of %1</source>
        <translation>la suppression de %1</translation>
    </message>
</context>
</TS>
