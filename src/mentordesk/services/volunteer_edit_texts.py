"""What editing or removing a volunteer tells the coordinator, in English and French."""

from __future__ import annotations

from mentordesk.i18n import Text

NOT_IN_BATCH = Text(
    en="this volunteer is no longer in the batch {batch!r}; reload and try again",
    fr="ce ou cette volontaire ne fait plus partie de la promo « {batch} » ; rechargez puis "
    "réessayez",
)
EMAIL_NOT_IN_BATCH = Text(
    en="{email} is not a volunteer of the batch {batch!r}",
    fr="{email} ne fait pas partie de la promo « {batch} »",
)
CHANGED_MEANWHILE = Text(
    en="{name} was changed elsewhere since this was shown; reload and try again",
    fr="{name} a été modifié(e) ailleurs entre-temps ; rechargez puis réessayez",
)
NAME_MISSING = Text(
    en="a volunteer needs a first or a last name",
    fr="un ou une volontaire doit avoir un prénom ou un nom",
)
NAME_TOO_LONG = Text(
    en="a name has at most {limit} characters",
    fr="un nom compte au plus {limit} caractères",
)
EMAIL_INVALID = Text(
    en="{value!r} is not a valid e-mail address",
    fr="« {value} » n'est pas une adresse e-mail valide",
)
EMAIL_TAKEN = Text(
    en="{email} is already the address of {name}: two people cannot share an address",
    fr="{email} est déjà l'adresse de {name} : deux personnes ne peuvent pas partager une adresse",
)
CITY_TOO_LONG = Text(
    en="a city has at most {limit} characters", fr="une ville compte au plus {limit} caractères"
)
UNKNOWN_CITY = Text(
    en="city {value!r} not found in the offline gazetteer: kept as written, without coordinates",
    fr="ville « {value} » introuvable dans le répertoire hors ligne : gardée telle quelle, "
    "sans coordonnées",
)
UNKNOWN_TOPICS = Text(
    en="{topics}: not a topic of the programme (its topics: {known})",
    fr="{topics} : ne fait pas partie des thématiques du programme (ses thématiques : {known})",
)
CAPACITY_FOR_MENTORS = Text(
    en="only a mentor has a capacity; {name} is a mentee",
    fr="seul un mentor a une capacité ; {name} est mentoré(e)",
)
CAPACITY_RANGE = Text(
    en="a capacity is a number of mentees between 0 and {limit}",
    fr="la capacité est un nombre de mentorés entre 0 et {limit}",
)
ROLE_IN_DUO = Text(
    en="{name} is in a duo with {partner}: the role changes only for someone in no duo. "
    "Undo the duo on the Duos page first",
    fr="{name} est en duo avec {partner} : le rôle ne change que pour une personne sans duo. "
    "Défaites d'abord ce duo dans la page Duos",
)
ROLE_EXCLUDED = Text(
    en="{name} has an excluded pair with {partner}: remove the exclusion on the Duos page "
    "before changing the role",
    fr="{name} a une paire exclue avec {partner} : retirez l'exclusion dans la page Duos avant "
    "de changer le rôle",
)
UNKNOWN_FORMAT = Text(
    en="{value!r} is not a format: in person, remote or either",
    fr="« {value} » n'est pas un format : présentiel, à distance ou les deux",
)
REMOVAL_CHANGED = Text(
    en="what goes with {name} changed since it was counted; look again before removing",
    fr="ce qui part avec {name} a changé depuis le décompte ; vérifiez à nouveau avant de "
    "supprimer",
)
ALREADY_BACK = Text(
    en="{email} is in the batch {batch!r} again (imported meanwhile?): the removal cannot be "
    "undone",
    fr="{email} fait de nouveau partie de la promo « {batch} » (importé(e) entre-temps ?) : la "
    "suppression ne peut pas être annulée",
)
RESTORE_CLASH = Text(
    en="what was removed with {name} cannot come back: the batch changed meanwhile",
    fr="ce qui a été supprimé avec {name} ne peut pas revenir : la promo a changé entre-temps",
)
NOTHING_TO_CHANGE = Text(en="nothing to change", fr="rien à modifier")

DUOS = Text(en="{count} duo(s)", fr="{count} duo(s)")
MEETINGS = Text(en="{count} meeting(s)", fr="{count} rencontre(s)")
FEEDBACK = Text(en="{count} feedback answer(s)", fr="{count} retour(s)")
