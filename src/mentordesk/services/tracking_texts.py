"""What the timeline, the meeting log and the reminders tell the coordinator, in both languages."""

from __future__ import annotations

from datetime import date

from mentordesk.domain.timeline import short_date
from mentordesk.i18n import Text


def day_text(day: date, language: str | None = None) -> str:
    return short_date(day, language)


# Timeline
BAD_WEEKS = Text(
    en="the at-risk delay must be between {low} and {high} weeks, not {weeks}",
    fr="le délai avant relance doit être compris entre {low} et {high} semaines, pas {weeks}",
)
MEETINGS_BEFORE_START = Text(
    en="{count} logged meeting(s) are dated before {start} (the first on {first}): move or"
    " delete them before moving the batch's start",
    fr="{count} rencontre(s) enregistrée(s) précèdent le {start} (la première le {first}) :"
    " déplacez-les ou supprimez-les avant de déplacer le début de la promo",
)
MILESTONE_OUTSIDE = Text(
    en="a milestone must fall within the batch ({start} to {end}), not on {day}",
    fr="une étape doit tomber pendant la promo (du {start} au {end}), pas le {day}",
)
MILESTONE_NOT_FOUND = Text(
    en="no milestone number {id}: it may have been deleted meanwhile",
    fr="aucune étape numéro {id} : elle a peut-être été supprimée entre-temps",
)
MILESTONE_KEPT = Text(
    en="the {title} can be moved but not deleted",
    fr="l'étape « {title} » peut être déplacée mais pas supprimée",
)
MILESTONE_KIND_FIXED = Text(
    en="a batch has one {kind}: move it rather than adding another",
    fr="une promo a une seule étape « {kind} » : déplacez-la plutôt que d'en ajouter une",
)

# Meeting log
PERSON_NOT_IN_BATCH = Text(
    en="{email} is not a volunteer of the batch {batch!r}",
    fr="{email} n'est pas volontaire de la promo « {batch} »",
)
NO_SUCH_DUO = Text(
    en="{mentor} and {mentee} are not a duo of the batch {batch!r}",
    fr="{mentor} et {mentee} ne forment pas un duo de la promo « {batch} »",
)
DUO_NOT_FOUND = Text(
    en="no duo number {id}: it may have been deleted meanwhile",
    fr="aucun duo numéro {id} : il a peut-être été supprimé entre-temps",
)
MEETING_NOT_FOUND = Text(
    en="no meeting number {id}: it may have been deleted meanwhile",
    fr="aucune rencontre numéro {id} : elle a peut-être été supprimée entre-temps",
)
DUO_ONLY_PROPOSED = Text(
    en="{mentor} and {mentee} are only a proposed duo: confirm it before logging meetings",
    fr="{mentor} et {mentee} ne sont qu'un duo proposé : confirmez-le avant d'y enregistrer"
    " des rencontres",
)
BEFORE_BATCH = Text(
    en="the meeting date {day} is before the batch starts ({start})",
    fr="la date de la rencontre, le {day}, précède le début de la promo (le {start})",
)
IN_FUTURE = Text(
    en="the meeting date {day} is in the future (today is {today}): log meetings once they"
    " have happened",
    fr="la date de la rencontre, le {day}, est dans le futur (nous sommes le {today}) :"
    " enregistrez les rencontres une fois qu'elles ont eu lieu",
)
AFTER_CLOSED_BATCH = Text(
    en="the meeting date {day} is after the end of the batch ({end}), which is closed: only"
    " meetings held during the batch can be logged",
    fr="la date de la rencontre, le {day}, est postérieure à la fin de la promo (le {end}),"
    " qui est close : seules les rencontres tenues pendant la promo peuvent être enregistrées",
)
AFTER_DUO_ENDED = Text(
    en="the meeting date {day} is after the duo ended ({ended})",
    fr="la date de la rencontre, le {day}, est postérieure à la fin du duo (le {ended})",
)
AFTER_WITHDRAWAL = Text(
    en="the meeting date {day} is after {name} withdrew ({withdrawn})",
    fr="la date de la rencontre, le {day}, est postérieure au retrait de {name} (le {withdrawn})",
)
DUPLICATE_MEETING = Text(
    en="this meeting is already logged: {mentor} and {mentee} on {day}, {mode}, {minutes}",
    fr="cette rencontre est déjà enregistrée : {mentor} et {mentee} le {day}, {mode}, {minutes}",
)
BAD_MINUTES = Text(
    en="a meeting lasts between {low} and {high} minutes, not {minutes}",
    fr="une rencontre dure entre {low} et {high} minutes, pas {minutes}",
)
NO_DURATION = Text(en="duration not given", fr="durée non précisée")
MINUTES = Text(en="{minutes} min", fr="{minutes} min")
MODE_NAMES = {
    "in_person": Text(en="in person", fr="en personne"),
    "video": Text(en="video", fr="visio"),
    "phone": Text(en="phone", fr="téléphone"),
}

# Messages
UNKNOWN_TEMPLATE = Text(
    en="no message called {key!r}; the messages are: {keys}",
    fr="aucun message nommé « {key} » ; les messages sont : {keys}",
)
UNKNOWN_PLACEHOLDERS = Text(
    en="unknown placeholder(s) {names}: the ones you may use are {allowed}",
    fr="champ(s) inconnu(s) {names} : ceux que vous pouvez utiliser sont {allowed}",
)
NO_CONFIRMED_DUO = Text(
    en="the batch {batch!r} has no confirmed duo to introduce",
    fr="la promo « {batch} » n'a aucun duo confirmé à présenter",
)
IS_A_DIRECTORY = Text(
    en="{path} is a folder: give a file name ending in .ics",
    fr="{path} est un dossier : indiquez un nom de fichier en .ics",
)

# Reminders
RISK_REASONS = {
    "never_met": Text(
        en="no meeting since the kick-off on {since} ({days} days)",
        fr="aucune rencontre depuis le lancement du {since} ({days} jours)",
    ),
    "never_met_late": Text(
        en="no meeting since the duo was formed on {since} ({days} days)",
        fr="aucune rencontre depuis la formation du duo le {since} ({days} jours)",
    ),
    "quiet": Text(
        en="last met on {since}, {days} days ago",
        fr="dernière rencontre le {since}, il y a {days} jours",
    ),
}
NUDGE_SITUATIONS = {
    "never_met": Text(
        en="If I am not mistaken, you have not met yet since the kick-off on {since}.",
        fr="Sauf erreur de ma part, vous ne vous êtes pas encore rencontrés depuis le lancement"
        " du {since}.",
    ),
    "never_met_late": Text(
        en="If I am not mistaken, you have not met yet since I introduced you on {since}.",
        fr="Sauf erreur de ma part, vous ne vous êtes pas encore rencontrés depuis que je vous"
        " ai présentés le {since}.",
    ),
    "quiet": Text(
        en="Your last meeting was on {since}, {weeks} weeks ago.",
        fr="Votre dernier échange date du {since}, il y a {weeks} semaines.",
    ),
}
