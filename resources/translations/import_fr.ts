<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Apply a &amp;Profile</source>
        <translation>Appliquer un &amp;profil</translation>
    </message>
    <message>
        <source>&amp;Save as Profile…</source>
        <translation>&amp;Enregistrer comme profil…</translation>
    </message>
    <message>
        <source>&amp;Export Profile…</source>
        <translation>E&amp;xporter le profil…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Choose the column for %1 (sheet %2).</source>
        <translation>Choisissez la colonne pour %1 (feuille %2).</translation>
    </message>
    <message>
        <source>From a File…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>Apply a Mapping Profile</source>
        <translation>Appliquer un profil de correspondance</translation>
    </message>
    <message>
        <source>Mapping profiles</source>
        <translation>Profils de correspondance</translation>
    </message>
    <message>
        <source>This profile does not fit this file.</source>
        <translation>Ce profil ne correspond pas à ce fichier.</translation>
    </message>
    <message>
        <source>Save the Mapping Profile</source>
        <translation>Enregistrer le profil de correspondance</translation>
    </message>
    <message>
        <source>Name of the profile (for example « Google Forms 2026 »):</source>
        <translation>Nom du profil (par exemple «&#xa0;Google Forms 2026&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>Export the Mapping Profile</source>
        <translation>Exporter le profil de correspondance</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the File</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Type a new name to create a batch</source>
        <translation>Tapez un nouveau nom pour créer une promo</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Into the &amp;batch:</source>
        <translation>Dans la &amp;promo&#xa0;:</translation>
    </message>
    <message>
        <source>A new batch “%1” will be created.</source>
        <translation>Une nouvelle promo «&#xa0;%1&#xa0;» sera créée.</translation>
    </message>
    <message>
        <source>Spreadsheets and text exports</source>
        <translation>Classeurs et exports texte</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>the import of %1</source>
        <translation>l&apos;import de %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>&amp;Import Questionnaire…</source>
        <translation>&amp;Importer un questionnaire…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import the volunteers&apos; answers from a questionnaire export</source>
        <translation>Importer les réponses des volontaires depuis l&apos;export d&apos;un questionnaire</translation>
    </message>
</context>
<context>
    <name>KindTexts</name>
    <message>
        <source>Import a Questionnaire</source>
        <translation>Importer un questionnaire</translation>
    </message>
    <message>
        <source>Import Meetings</source>
        <translation>Importer des rencontres</translation>
    </message>
    <message>
        <source>Import the Survey&apos;s Answers</source>
        <translation>Importer les réponses au questionnaire de fin de promo</translation>
    </message>
    <message>
        <source>Choose the Questionnaire Export</source>
        <translation>Choisir l&apos;export du questionnaire</translation>
    </message>
    <message>
        <source>Choose the Meetings Spreadsheet</source>
        <translation>Choisir le tableau des rencontres</translation>
    </message>
    <message>
        <source>Choose the Survey&apos;s Export</source>
        <translation>Choisir l&apos;export du questionnaire de fin de promo</translation>
    </message>
    <message>
        <source>The file your form tool exported: Google Forms, Microsoft Forms, Typeform, or your own workbook (xlsx, ods, csv). It is only read, never changed.</source>
        <translation>Le fichier exporté par votre outil de formulaire&#xa0;: Google Forms, Microsoft Forms, Typeform, ou votre propre classeur (xlsx, ods, csv). Il est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>A spreadsheet with one row per meeting: the mentor&apos;s and the mentee&apos;s e-mails, the date, and if you have them the duration, the mode and notes (xlsx, ods, csv). It is only read, never changed.</source>
        <translation>Un tableau d&apos;une ligne par rencontre&#xa0;: les e-mails du mentor et du mentoré, la date et, si vous les avez, la durée, le format et des notes (xlsx, ods, csv). Il est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>The export of the end-of-batch survey, one row per respondent: their e-mail, their rating out of 10, and any other answers (xlsx, ods, csv). It is only read, never changed.</source>
        <translation>L&apos;export du questionnaire de fin de promo, une ligne par personne&#xa0;: son e-mail, sa note sur 10 et ses autres réponses (xlsx, ods, csv). Il est seulement lu, jamais modifié.</translation>
    </message>
    <message>
        <source>MentorDesk recognised these columns. Change any of them; columns left out are still kept with each person&apos;s answers.</source>
        <translation>MentorDesk a reconnu ces colonnes. Modifiez-en autant que nécessaire&#xa0;; les colonnes non retenues restent conservées avec les réponses de chaque personne.</translation>
    </message>
    <message>
        <source>MentorDesk recognised these columns. Change any of them; columns left out are not imported.</source>
        <translation>MentorDesk a reconnu ces colonnes. Modifiez-en autant que nécessaire&#xa0;; les colonnes non retenues ne sont pas importées.</translation>
    </message>
    <message>
        <source>MentorDesk recognised these columns. Change any of them; columns left out are still kept with each respondent&apos;s answers.</source>
        <translation>MentorDesk a reconnu ces colonnes. Modifiez-en autant que nécessaire&#xa0;; les colonnes non retenues restent conservées avec les réponses de chaque personne.</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>— kept with the answers —</source>
        <translation>— gardée avec les réponses —</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) ready to import</source>
        <translation>
            <numerusform>%n personne prête à importer</numerusform>
            <numerusform>%n personnes prêtes à importer</numerusform>
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
            <numerusform>%n mentoré(e)</numerusform>
            <numerusform>%n mentoré(e)s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) to import</source>
        <translation>
            <numerusform>%n rencontre à importer</numerusform>
            <numerusform>%n rencontres à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already logged</source>
        <translation>
            <numerusform>%n déjà enregistrée</numerusform>
            <numerusform>%n déjà enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new answer(s)</source>
        <translation>
            <numerusform>%n nouvelle réponse</numerusform>
            <numerusform>%n nouvelles réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) to update</source>
        <translation>
            <numerusform>%n réponse à mettre à jour</numerusform>
            <numerusform>%n réponses à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n meeting(s) into %1</source>
        <translation>
            <numerusform>Importer %n rencontre dans %1</numerusform>
            <numerusform>Importer %n rencontres dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s) into %1</source>
        <translation>
            <numerusform>Importer %n retour dans %1</numerusform>
            <numerusform>Importer %n retours dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create the batch “%1” and import %n person(s) into it</source>
        <translation>
            <numerusform>Créer la promo «&#xa0;%1&#xa0;» et y importer %n personne</numerusform>
            <numerusform>Créer la promo «&#xa0;%1&#xa0;» et y importer %n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n person(s) into %1</source>
        <translation>
            <numerusform>Importer %n personne dans %1</numerusform>
            <numerusform>Importer %n personnes dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) added</source>
        <translation>
            <numerusform>%n rencontre ajoutée</numerusform>
            <numerusform>%n rencontres ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) already logged</source>
        <translation>
            <numerusform>%n rencontre déjà enregistrée</numerusform>
            <numerusform>%n rencontres déjà enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) added</source>
        <translation>
            <numerusform>%n réponse ajoutée</numerusform>
            <numerusform>%n réponses ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) updated</source>
        <translation>
            <numerusform>%n réponse mise à jour</numerusform>
            <numerusform>%n réponses mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) unchanged</source>
        <translation>
            <numerusform>%n réponse inchangée</numerusform>
            <numerusform>%n réponses inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n personne ajoutée</numerusform>
            <numerusform>%n personnes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) updated</source>
        <translation>
            <numerusform>%n personne mise à jour</numerusform>
            <numerusform>%n personnes mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) unchanged</source>
        <translation>
            <numerusform>%n personne inchangée</numerusform>
            <numerusform>%n personnes inchangées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Rows in red have an error and will be skipped; rows in amber have a warning. Click a problem to see its row.</source>
        <translation>Les lignes en rouge ont une erreur et seront ignorées&#xa0;; les lignes en orange ont un avertissement. Cliquez sur un problème pour voir sa ligne.</translation>
    </message>
    <message>
        <source>The sheet shown above</source>
        <translation>La feuille affichée ci-dessus</translation>
    </message>
    <message>
        <source>Refuse the whole file if any row has an error</source>
        <translation>Refuser tout le fichier si une ligne a une erreur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>nothing to import</source>
        <translation>rien à importer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors, skipped</source>
        <translation>
            <numerusform>%n ligne en erreur, ignorée</numerusform>
            <numerusform>%n lignes en erreur, ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Batch: %1</source>
        <translation>Promo&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Cancel the Import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Stop now: nothing of this file is saved</source>
        <translation>Arrêter maintenant&#xa0;: rien de ce fichier n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Writing everything in one go: nothing is saved until the end.</source>
        <translation>Tout est écrit d&apos;un seul coup&#xa0;: rien n&apos;est enregistré avant la fin.</translation>
    </message>
    <message>
        <source>Done: the import is saved.</source>
        <translation>Terminé&#xa0;: l&apos;import est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows to look at in your file:</source>
        <translation>Les lignes à revoir dans votre fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing was imported; the database is as it was.</source>
        <translation>Rien n&apos;a été importé&#xa0;; la base est restée telle quelle.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;import a été annulé.</translation>
    </message>
</context>
<context>
    <name>RevertPanel</name>
    <message>
        <source>&amp;Revert This Import</source>
        <translation>&amp;Annuler cet import</translation>
    </message>
    <message>
        <source>Remove the people, meetings and answers this import added and give what it updated its previous values back (Edit ▸ Undo does the same)</source>
        <translation>Retirer les personnes, rencontres et réponses ajoutées par cet import et rendre leurs valeurs précédentes à celles qu&apos;il a modifiées (Édition ▸ Annuler fait de même)</translation>
    </message>
    <message>
        <source>Changed your mind? The import can be taken back whole.</source>
        <translation>Vous changez d&apos;avis&#xa0;? L&apos;import peut être annulé en entier.</translation>
    </message>
    <message>
        <source>Reverting the import…</source>
        <translation>Annulation de l&apos;import…</translation>
    </message>
    <message>
        <source>The import was reverted: what it added is removed, what it updated has its previous values back.</source>
        <translation>L&apos;import est annulé&#xa0;: ce qu&apos;il avait ajouté est retiré, ce qu&apos;il avait modifié a retrouvé ses valeurs précédentes.</translation>
    </message>
    <message>
        <source>The file was imported again.</source>
        <translation>Le fichier a été importé de nouveau.</translation>
    </message>
    <message>
        <source>The import cannot be reverted: %1</source>
        <translation>L&apos;import ne peut pas être annulé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SameEmailQuestions</name>
    <message>
        <source>Same e-mail, different names</source>
        <translation>Même e-mail, noms différents</translation>
    </message>
    <message>
        <source>These rows give an e-mail address already held under another name. Say for each whether it is the same person (the latest answer is kept) or a different person (the row is set aside). Unanswered rows are set aside.</source>
        <translation>Ces lignes donnent une adresse e-mail déjà connue sous un autre nom. Dites pour chacune s&apos;il s&apos;agit de la même personne (la réponse la plus récente est gardée) ou d&apos;une personne différente (la ligne est mise de côté). Les lignes sans réponse sont mises de côté.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3 gives %4, already the address of %5</source>
        <translation>Ligne %1 (%2) : %3 donne %4, déjà l&apos;adresse de %5</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Même personne</translation>
    </message>
    <message>
        <source>Different person</source>
        <translation>Personne différente</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>Tick the sheets to import.</source>
        <translation>Cochez les feuilles à importer.</translation>
    </message>
    <message>
        <source>Sheets and Roles</source>
        <translation>Feuilles et rôles</translation>
    </message>
    <message>
        <source>Tick the sheets to import, and say where each person&apos;s role comes from.</source>
        <translation>Cochez les feuilles à importer et indiquez d&apos;où vient le rôle de chaque personne.</translation>
    </message>
    <message>
        <source>Read it from the file (a role column, or the sheet&apos;s name)</source>
        <translation>Le lire dans le fichier (une colonne de rôle, ou le nom de la feuille)</translation>
    </message>
    <message>
        <source>Everyone in this file is a mentor</source>
        <translation>Tout le monde dans ce fichier est mentor</translation>
    </message>
    <message>
        <source>Everyone in this file is a mentee</source>
        <translation>Tout le monde dans ce fichier est mentoré(e)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), no column for %2</source>
        <translation>
            <numerusform>%1 — %n ligne, pas de colonne pour %2</numerusform>
            <numerusform>%1 — %n lignes, pas de colonne pour %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheets:</source>
        <translation>Feuilles&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), mentors according to its name</source>
        <translation>
            <numerusform>%1 — %n ligne, des mentors d&apos;après son nom</numerusform>
            <numerusform>%1 — %n lignes, des mentors d&apos;après son nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), mentees according to its name</source>
        <translation>
            <numerusform>%1 — %n ligne, des mentoré(e)s d&apos;après son nom</numerusform>
            <numerusform>%1 — %n lignes, des mentoré(e)s d&apos;après son nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n ligne</numerusform>
            <numerusform>%1 — %n lignes</numerusform>
        </translation>
    </message>
</context>
</TS>
