<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Feedback</name>
    <message>
        <source>%1&apos;s feedback</source>
        <comment>undo</comment>
        <translation>la saisie du retour de %1</translation>
    </message>
    <message>
        <source>correcting %1&apos;s feedback</source>
        <comment>undo</comment>
        <translation>la correction du retour de %1</translation>
    </message>
    <message>
        <source>deleting %1&apos;s feedback</source>
        <comment>undo</comment>
        <translation>la suppression du retour de %1</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback of %1</source>
        <translation>Retour de %1</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>All their duos</source>
        <translation>Tous ses duos</translation>
    </message>
    <message>
        <source>The duo with %1</source>
        <translation>Le duo avec %1</translation>
    </message>
    <message>
        <source>Another subject</source>
        <translation>Un autre sujet</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>The PDF report names only the programme&apos;s topics and the survey&apos;s choices; any other subject is counted under Other, never printed.</source>
        <translation>Le bilan PDF ne nomme que les thèmes du programme et les choix du questionnaire&#xa0;; tout autre sujet est compté sous Autre, jamais imprimé.</translation>
    </message>
    <message>
        <source>Yes, from their mentee</source>
        <translation>Oui, de son mentoré(e)</translation>
    </message>
    <message>
        <source>&amp;Learned from their partner:</source>
        <translation>A a&amp;ppris de son binôme&#xa0;:</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The author allows this comment to be quoted</source>
        <translation>L’auteur accepte que ce commentaire soit cité</translation>
    </message>
    <message>
        <source>&amp;Rating:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Concerne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Progressed on:</source>
        <translation>&amp;Progrès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2, in a duo with %3</source>
        <translation>%1, %2, en duo avec %3</translation>
    </message>
    <message>
        <source>%1, %2, in no duo</source>
        <translation>%1, %2, dans aucun duo</translation>
    </message>
    <message>
        <source>This comment may be quoted in the PDF report.</source>
        <translation>Ce commentaire pourra être cité dans le bilan PDF.</translation>
    </message>
    <message>
        <source>This comment is private: it never appears in the PDF report, only in your Excel export.</source>
        <translation>Ce commentaire est privé&#xa0;: il n’apparaît jamais dans le bilan PDF, seulement dans votre export Excel.</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>May be quoted</source>
        <translation>Citable</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Never printed in the report; only in your Excel export.</source>
        <translation>Jamais imprimé dans le bilan&#xa0;; seulement dans votre export Excel.</translation>
    </message>
    <message>
        <source>Imported from the survey</source>
        <translation>Importé du questionnaire</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>Asked of mentors only: did they learn from their mentee?</source>
        <translation>Question posée aux mentors seulement&#xa0;: ont-ils appris de leur mentoré(e)&#xa0;?</translation>
    </message>
    <message>
        <source>Learned from their partner</source>
        <translation>A appris de son binôme</translation>
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
        <source>Duo with</source>
        <translation>En duo avec</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Progressed on</source>
        <translation>Progrès</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>Search a name, a subject or a comment</source>
        <translation>Chercher un nom, un sujet ou un commentaire</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Pas encore répondu</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import the survey…</source>
        <translation>&amp;Importer le questionnaire…</translation>
    </message>
    <message>
        <source>&amp;Enter or correct…</source>
        <translation>&amp;Saisir ou corriger…</translation>
    </message>
    <message>
        <source>&amp;Delete the answer</source>
        <translation>Supprimer la &amp;réponse</translation>
    </message>
    <message>
        <source>A comment marked Private never appears in the PDF report; it stays in MentorDesk and in your own Excel export.</source>
        <translation>Un commentaire marqué Privé n’apparaît jamais dans le bilan PDF&#xa0;; il reste dans MentorDesk et dans votre propre export Excel.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This database has no batch yet: create one on the Batches page.</source>
        <translation>Cette base ne contient encore aucune promo&#xa0;: créez-en une sur la page Promos.</translation>
    </message>
    <message>
        <source>No duo has been formed in this batch yet: feedback comes from the mentors and mentees of its duos.</source>
        <translation>Aucun duo n’a encore été formé dans cette promo&#xa0;: les retours viennent des mentors et mentorés de ses duos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) answered</source>
        <translation>
            <numerusform>Réponses&#xa0;: %1 sur %n participant</numerusform>
            <numerusform>Réponses&#xa0;: %1 sur %n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% rated above 8/10</source>
        <translation>%1&#xa0;% ont noté plus de 8/10</translation>
    </message>
    <message>
        <source>Delete the answer</source>
        <translation>Supprimer la réponse</translation>
    </message>
    <message>
        <source>Delete %1&apos;s answer? Edit ▸ Undo brings it back.</source>
        <translation>Supprimer la réponse de %1&#xa0;? Édition ▸ Annuler la rétablit.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Hidden (for sponsors)</source>
        <translation>Masqués (pour les financeurs)</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affichés</translation>
    </message>
    <message>
        <source>A table of every duo</source>
        <translation>Un tableau de tous les duos</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>Les attestations de participation</translation>
    </message>
    <message>
        <source>One page per volunteer of a duo, with their name, even when names are hidden.</source>
        <translation>Une page par volontaire d’un duo, avec son nom, même quand les noms sont masqués.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Noms&#xa0;:</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Only the comments whose authors allowed it are quoted; the others never appear in the PDF.</source>
        <translation>Seuls les commentaires dont l’auteur l’a permis sont cités&#xa0;; les autres n’apparaissent jamais dans le PDF.</translation>
    </message>
    <message>
        <source>&amp;Preview the report</source>
        <translation>&amp;Prévisualiser le bilan</translation>
    </message>
    <message>
        <source>&amp;Save the PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>End-of-batch report (PDF)</source>
        <translation>Bilan de fin de promo (PDF)</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>Whole batch (Excel)</source>
        <translation>Toute la promo (Excel)</translation>
    </message>
    <message>
        <source>Volunteers, duos, meetings and feedback on separate sheets, with e-mail addresses and every comment, private ones included. This file is for you: do not send it to sponsors.</source>
        <translation>Volontaires, duos, rencontres et retours sur des feuilles séparées, avec les adresses e-mail et tous les commentaires, y compris les privés. Ce fichier est pour vous&#xa0;: ne l’envoyez pas aux financeurs.</translation>
    </message>
    <message>
        <source>The batch&apos;s data changed since this preview.</source>
        <translation>Les données de la promo ont changé depuis cet aperçu.</translation>
    </message>
    <message>
        <source>No batch</source>
        <translation>Aucune promo</translation>
    </message>
    <message>
        <source>Create or import a batch first: its report will be made here.</source>
        <translation>Créez ou importez d’abord une promo&#xa0;: son bilan se fera ici.</translation>
    </message>
    <message>
        <source>End-of-batch report</source>
        <translation>Bilan de fin de promo</translation>
    </message>
    <message>
        <source>Choose the report&apos;s options, then preview it. Nothing is saved until you choose where.</source>
        <translation>Choisissez les options du bilan, puis prévisualisez-le. Rien n’est enregistré tant que vous n’avez pas choisi où.</translation>
    </message>
    <message>
        <source>The options changed since this preview.</source>
        <translation>Les options ont changé depuis cet aperçu.</translation>
    </message>
    <message>
        <source>Preview the report again to save it.</source>
        <translation>Prévisualisez à nouveau le bilan pour l’enregistrer.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Préparation du bilan…</translation>
    </message>
    <message>
        <source>The options changed while the report was made.</source>
        <translation>Les options ont changé pendant la préparation du bilan.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), ready to save.</source>
        <translation>
            <numerusform>%n page, prête à être enregistrée.</numerusform>
            <numerusform>%n pages, prêtes à être enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made.</source>
        <translation>Le bilan n’a pas pu être préparé.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. &lt;a href=&quot;%2&quot;&gt;Open it&lt;/a&gt;</source>
        <translation>Enregistré sous %1. &lt;a href=&quot;%2&quot;&gt;L’ouvrir&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Export the batch to Excel</source>
        <translation>Exporter la promo vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
</TS>
