<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DuoBoard</name>
    <message>
        <source>Mentee</source>
        <translation>Mentoré(e)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation>
            <numerusform>%n place libre</numerusform>
            <numerusform>%n places libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 place(s) free</source>
        <translation>
            <numerusform>%n place libre sur %1</numerusform>
            <numerusform>%n places libres sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>%1 too many</source>
        <translation>%1 de trop</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Places libres</translation>
    </message>
    <message>
        <source>%1 place(s) left out of %2</source>
        <translation>%1 place(s) libre(s) sur %2</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Épinglé</translation>
    </message>
    <message>
        <source>Pinned: every proposal keeps this duo</source>
        <translation>Épinglé&#xa0;: toute proposition garde ce duo</translation>
    </message>
    <message>
        <source>Not pinned: a proposal may replace this duo</source>
        <translation>Non épinglé&#xa0;: une proposition peut remplacer ce duo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>%1: counted among the duos formed, no longer running</source>
        <translation>%1&#xa0;: compté parmi les duos formés, n&apos;est plus en cours</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminé plus tôt</translation>
    </message>
    <message>
        <source>ended early, on %1</source>
        <translation>terminé plus tôt, le %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>DuosPage</name>
    <message>
        <source>Propose for the rest</source>
        <translation>Proposer pour le reste</translation>
    </message>
    <message>
        <source>Fill every place that is not pinned with the best duos: as many mentees as possible, then the highest total score. Pinned duos and duos that already met are kept.</source>
        <translation>Remplit toutes les places non épinglées avec les meilleurs duos&#xa0;: le plus de mentoré(e)s possible, puis le meilleur score total. Les duos épinglés et ceux qui se sont déjà rencontrés sont gardés.</translation>
    </message>
    <message>
        <source>Weights and rules…</source>
        <translation>Poids et règles…</translation>
    </message>
    <message>
        <source>Excluded pairs…</source>
        <translation>Paires exclues…</translation>
    </message>
    <message>
        <source>Show full mentors too</source>
        <translation>Afficher aussi les mentors complets</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <source>Swap mentees</source>
        <translation>Échanger les mentoré(e)s</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Défaire le duo</translation>
    </message>
    <message>
        <source>Unpair and exclude</source>
        <translation>Défaire et exclure</translation>
    </message>
    <message>
        <source>Include full mentors and paired mentees</source>
        <translation>Inclure les mentors complets et les mentoré(e)s déjà en duo</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>Never pair these two</source>
        <translation>Ne jamais associer ces deux-là</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No batch yet</source>
        <translation>Aucune promo pour l&apos;instant</translation>
    </message>
    <message>
        <source>Create a batch on the Batches page, then import its volunteers.</source>
        <translation>Créez une promo dans la page Promos, puis importez ses volontaires.</translation>
    </message>
    <message>
        <source>No volunteer in this batch yet</source>
        <translation>Aucun volontaire dans cette promo pour l&apos;instant</translation>
    </message>
    <message>
        <source>Import the questionnaires first; the duos are formed here afterwards.</source>
        <translation>Importez d&apos;abord les questionnaires&#xa0;; les duos se forment ici ensuite.</translation>
    </message>
    <message>
        <source>Duos of %1</source>
        <translation>Duos de %1</translation>
    </message>
    <message numerus="yes">
        <source>Mentees without a mentor (%n)</source>
        <translation>
            <numerusform>Mentoré(e)s sans mentor (%n)</numerusform>
            <numerusform>Mentoré(e)s sans mentor (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mentors with room left (%n)</source>
        <translation>
            <numerusform>Mentors avec de la place (%n)</numerusform>
            <numerusform>Mentors avec de la place (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Current duos (%n)</source>
        <translation>
            <numerusform>Duos en cours (%n)</numerusform>
            <numerusform>Duos en cours (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duo(s)</source>
        <translation>
            <numerusform>%n duo</numerusform>
            <numerusform>%n duos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mentee has a mentor: nobody to propose a duo for.</source>
        <translation>Tous les mentoré(e)s ont un mentor&#xa0;: personne à qui proposer un duo.</translation>
    </message>
    <message>
        <source>Mark as withdrawn…</source>
        <translation>Marquer comme retiré(e)…</translation>
    </message>
    <message>
        <source>This batch is closed: its duos no longer change. Reopen it on the Batches page to change them.</source>
        <translation>Cette promo est close&#xa0;: ses duos ne changent plus. Rouvrez-la dans la page Promos pour les modifier.</translation>
    </message>
    <message>
        <source>Search a mentee, a city or a need</source>
        <translation>Chercher un(e) mentoré(e), une ville, un besoin</translation>
    </message>
    <message>
        <source>Every mentee has a mentor.</source>
        <translation>Tous les mentoré(e)s ont un mentor.</translation>
    </message>
    <message>
        <source>Search a mentor, a city or a topic</source>
        <translation>Chercher un mentor, une ville, un sujet</translation>
    </message>
    <message>
        <source>No mentor has room left.</source>
        <translation>Aucun mentor n&apos;a de place libre.</translation>
    </message>
    <message>
        <source>Search a name or a warning</source>
        <translation>Chercher un nom ou un avertissement</translation>
    </message>
    <message>
        <source>No duo yet: accept a suggestion, or drag a mentee onto a mentor.</source>
        <translation>Aucun duo pour l&apos;instant&#xa0;: acceptez une suggestion, ou glissez un(e) mentoré(e) sur un mentor.</translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) waiting</source>
        <translation>
            <numerusform>%n mentoré(e) en attente</numerusform>
            <numerusform>%n mentoré(e)s en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n place libre</numerusform>
            <numerusform>%n places libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duo(s) with a warning</source>
        <translation>
            <numerusform>%n duo avec une alerte</numerusform>
            <numerusform>%n duos avec une alerte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retrait</numerusform>
            <numerusform>%n retraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended early</source>
        <translation>
            <numerusform>%n terminé plus tôt</numerusform>
            <numerusform>%n terminés plus tôt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duos formed (%n)</source>
        <translation>
            <numerusform>Duos formés (%n)</numerusform>
            <numerusform>Duos formés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Duos formed (%1: %2)</source>
        <translation>Duos formés (%1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Duos (%1: %2, %3)</source>
        <translation>Duos (%1&#xa0;: %2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n current</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>The duos could not be read</source>
        <translation>Impossible de lire les duos</translation>
    </message>
    <message>
        <source>Mentors for %1 — needs: %2</source>
        <translation>Mentors pour %1 — besoins&#xa0;: %2</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <source>Mentees for %1 — expertise: %2</source>
        <translation>Mentoré(e)s pour %1 — expertise&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 and %2 (%3): %4. Other mentors for %2:</source>
        <translation>%1 et %2 (%3)&#xa0;: %4. Autres mentors pour %2&#xa0;:</translation>
    </message>
    <message>
        <source>Select a mentee, a mentor or a duo to see suggestions. Drag a mentee onto a mentor to pair them, or back to the waiting list to unpair.</source>
        <translation>Sélectionnez un(e) mentoré(e), un mentor ou un duo pour voir des suggestions. Glissez un(e) mentoré(e) sur un mentor pour former un duo, ou dans la liste d&apos;attente pour le défaire.</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>The selected person leaves the batch; their duo ends (%1)</source>
        <translation>La personne sélectionnée quitte la promo ; son duo prend fin (%1)</translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3</source>
        <translation>Déplacer %1 de %2 vers %3</translation>
    </message>
    <message>
        <source>Saving the last change…</source>
        <translation>Enregistrement de la dernière modification…</translation>
    </message>
    <message>
        <source>Drop to unpair %1 from %2</source>
        <translation>Déposez pour séparer %1 de %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drop to pair %1 with %2 (score %3)</source>
        <translation>Déposez pour associer %1 à %2 (score %3)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done, with a warning: %1</source>
        <translation>Fait, avec une alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>pairing %1 with %2</source>
        <comment>undo</comment>
        <translation>l’association de %1 à %2</translation>
    </message>
    <message>
        <source>unpairing %1 and %2</source>
        <comment>undo</comment>
        <translation>la séparation de %1 et de %2</translation>
    </message>
    <message>
        <source>pinning %1 and %2</source>
        <comment>undo</comment>
        <translation>l’épinglage du duo %1 et %2</translation>
    </message>
    <message>
        <source>unpinning %1 and %2</source>
        <comment>undo</comment>
        <translation>le désépinglage du duo %1 et %2</translation>
    </message>
    <message>
        <source>swapping the mentees of %1 and %2</source>
        <comment>undo</comment>
        <translation>l’échange des mentoré(e)s de %1 et de %2</translation>
    </message>
    <message>
        <source>unpairing %1 and %2 for good</source>
        <comment>undo</comment>
        <translation>la séparation définitive de %1 et de %2</translation>
    </message>
    <message>
        <source>excluding the pair %1 and %2</source>
        <comment>undo</comment>
        <translation>l’exclusion du duo %1 et %2</translation>
    </message>
    <message>
        <source>%1&apos;s withdrawal</source>
        <comment>undo</comment>
        <translation>le retrait de %1</translation>
    </message>
    <message>
        <source>%1 withdrew. Fresh suggestions for their partner are shown below: people still free first, then those already paired.</source>
        <translation>%1 s&apos;est retiré(e). De nouvelles suggestions pour son binôme sont affichées ci-dessous&#xa0;: d&apos;abord les personnes encore libres, puis celles déjà en duo.</translation>
    </message>
    <message>
        <source>%1 withdraws from the batch</source>
        <translation>%1 se retire de la promo</translation>
    </message>
    <message>
        <source>Looking for the best duos…</source>
        <translation>Recherche des meilleurs duos…</translation>
    </message>
    <message>
        <source>proposing duos for the rest</source>
        <comment>undo</comment>
        <translation>la proposition de duos pour le reste</translation>
    </message>
    <message>
        <source>Saving the proposed duos…</source>
        <translation>Enregistrement des duos proposés…</translation>
    </message>
    <message>
        <source>No new duo: every mentee has a mentor.</source>
        <translation>Aucun nouveau duo&#xa0;: tous les mentoré(e)s ont un mentor.</translation>
    </message>
    <message numerus="yes">
        <source>%n new duo(s)</source>
        <translation>
            <numerusform>%n nouveau duo</numerusform>
            <numerusform>%n nouveaux duos</numerusform>
        </translation>
    </message>
    <message>
        <source>No new duo</source>
        <translation>Aucun nouveau duo</translation>
    </message>
    <message numerus="yes">
        <source>%n unpinned duo(s) replaced</source>
        <translation>
            <numerusform>%n duo non épinglé remplacé</numerusform>
            <numerusform>%n duos non épinglés remplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) still without a mentor</source>
        <translation>
            <numerusform>%n mentoré(e) encore sans mentor</numerusform>
            <numerusform>%n mentoré(e)s encore sans mentor</numerusform>
        </translation>
    </message>
    <message>
        <source>every mentee has a mentor</source>
        <translation>tous les mentoré(e)s ont un mentor</translation>
    </message>
    <message>
        <source>changing the weights and rules</source>
        <comment>undo</comment>
        <translation>la modification des poids et des règles</translation>
    </message>
    <message>
        <source>lifting the exclusion of %1</source>
        <comment>undo</comment>
        <translation>la levée de l’exclusion de %1</translation>
    </message>
    <message numerus="yes">
        <source>excluding %n pair(s)</source>
        <comment>undo</comment>
        <translation>
            <numerusform>l’exclusion de %n paire</numerusform>
            <numerusform>l’exclusion de %n paires</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody here matches this search.</source>
        <translation>Personne ici ne correspond à cette recherche.</translation>
    </message>
</context>
<context>
    <name>ExcludedPairsDialog</name>
    <message>
        <source>Excluded pairs</source>
        <translation>Paires exclues</translation>
    </message>
    <message>
        <source>Uncheck a pair to lift its exclusion.</source>
        <translation>Décochez une paire pour lever son exclusion.</translation>
    </message>
    <message>
        <source>People of the same company, and duos already formed in an earlier batch. Check a pair to exclude it.</source>
        <translation>Personnes de la même entreprise, et duos déjà formés dans une promo précédente. Cochez une paire pour l&apos;exclure.</translation>
    </message>
    <message>
        <source>Excluded in this batch</source>
        <translation>Exclues dans cette promo</translation>
    </message>
    <message>
        <source>Worth excluding</source>
        <translation>À exclure peut-être</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>MatchingSettingsDialog</name>
    <message>
        <source>Weights and rules</source>
        <translation>Poids et règles</translation>
    </message>
    <message>
        <source>Needs covered by the mentor&apos;s expertise</source>
        <translation>Besoins couverts par l&apos;expertise du mentor</translation>
    </message>
    <message>
        <source>Living close (for those who meet in person)</source>
        <translation>Habiter près (pour qui se rencontre en personne)</translation>
    </message>
    <message>
        <source>A language in common</source>
        <translation>Une langue en commun</translation>
    </message>
    <message>
        <source>In-person or remote preferences that agree</source>
        <translation>Préférences en personne ou à distance compatibles</translation>
    </message>
    <message>
        <source>The mentor&apos;s lead in experience</source>
        <translation>L&apos;avance d&apos;expérience du mentor</translation>
    </message>
    <message>
        <source>They must share a language</source>
        <translation>Ils doivent parler une langue commune</translation>
    </message>
    <message>
        <source>Same city required when one of them wants to meet in person</source>
        <translation>Même ville exigée quand l&apos;un veut se voir en personne</translation>
    </message>
    <message>
        <source>Never pair in-person-only with remote-only</source>
        <translation>Ne jamais associer «&#xa0;en personne seulement&#xa0;» et «&#xa0;à distance seulement&#xa0;»</translation>
    </message>
    <message>
        <source>The mentor must cover at least one need</source>
        <translation>Le mentor doit couvrir au moins un besoin</translation>
    </message>
    <message>
        <source>How much each criterion counts (0 = ignored)</source>
        <translation>Le poids de chaque critère (0 = ignoré)</translation>
    </message>
    <message>
        <source> km</source>
        <translation>&#xa0;km</translation>
    </message>
    <message>
        <source>Cities count as nearby within</source>
        <translation>Villes considérées proches à moins de</translation>
    </message>
    <message>
        <source>Hard rules: pairs breaking them are never proposed</source>
        <translation>Règles strictes&#xa0;: les paires qui les enfreignent ne sont jamais proposées</translation>
    </message>
</context>
</TS>
