"""The messages a coordinator sends to duos, and the resources for mentors they can include.

Every message and resource has a built-in text in English and in French; the coordinator's
edited versions are stored per programme and language and win over the built-in ones.
Placeholders are written ``{name}``: ``{mentee_needs}`` becomes « Fixer son TJM et GitHub ».
The resources (guidance for mentors, a suggested first agenda) are included in a message by
their own placeholders, ``{guidance}`` and ``{agenda}``, and may hold duo placeholders too.
A brace that names no placeholder is left as it is, so a stray ``{`` never breaks a message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from mentordesk.i18n import Text, as_language

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class TemplateKey(StrEnum):
    INTRO = "intro"
    NUDGE = "nudge"
    GUIDANCE = "guidance"
    AGENDA = "agenda"


RESOURCES = (TemplateKey.GUIDANCE, TemplateKey.AGENDA)
"""Texts included in messages through their placeholder, never sent on their own."""

TEMPLATE_NAMES: dict[TemplateKey, Text] = {
    TemplateKey.INTRO: Text(en="Introduction of a duo", fr="Présentation d'un duo"),
    TemplateKey.NUDGE: Text(en="Nudge to a quiet duo", fr="Relance d'un duo en sommeil"),
    TemplateKey.GUIDANCE: Text(en="Guidance for mentors", fr="Repères pour les mentors"),
    TemplateKey.AGENDA: Text(en="Suggested first agenda", fr="Ordre du jour du premier échange"),
}

DUO_PLACEHOLDERS: dict[str, Text] = {
    "mentor_first_name": Text(en="the mentor's first name", fr="le prénom du mentor"),
    "mentor_name": Text(en="the mentor's full name", fr="le nom complet du mentor"),
    "mentor_email": Text(en="the mentor's e-mail", fr="l'e-mail du mentor"),
    "mentor_expertise": Text(en="what the mentor can help with", fr="les expertises du mentor"),
    "mentee_first_name": Text(en="the mentee's first name", fr="le prénom du mentoré"),
    "mentee_name": Text(en="the mentee's full name", fr="le nom complet du mentoré"),
    "mentee_email": Text(en="the mentee's e-mail", fr="l'e-mail du mentoré"),
    "mentee_needs": Text(en="what the mentee wants help with", fr="les besoins du mentoré"),
    "programme": Text(en="the programme's name", fr="le nom du programme"),
    "batch": Text(en="the batch's name", fr="le nom de la promo"),
    "batch_start": Text(en="the batch's first day", fr="le premier jour de la promo"),
    "batch_end": Text(en="the batch's last day", fr="le dernier jour de la promo"),
    "kickoff_date": Text(en="the kick-off's date", fr="la date du lancement"),
    "checkin_date": Text(en="the mid-batch check-in's date", fr="la date du point d'étape"),
    "closing_date": Text(en="the closing's date", fr="la date de clôture"),
}
RESOURCE_PLACEHOLDERS: dict[str, Text] = {
    TemplateKey.GUIDANCE.value: Text(
        en="the guidance for mentors (a resource)", fr="les repères pour les mentors (ressource)"
    ),
    TemplateKey.AGENDA.value: Text(
        en="the suggested first agenda (a resource)",
        fr="l'ordre du jour du premier échange (ressource)",
    ),
}
NUDGE_PLACEHOLDERS: dict[str, Text] = {
    "situation": Text(
        en="one sentence on why the duo is nudged", fr="une phrase sur la raison de la relance"
    ),
    "last_meeting": Text(
        en="the date of the duo's last meeting", fr="la date de la dernière rencontre du duo"
    ),
}


def allowed_placeholders(key: TemplateKey) -> dict[str, Text]:
    """The placeholders a template may use, with what each becomes."""
    allowed = dict(DUO_PLACEHOLDERS)
    if key not in RESOURCES:
        allowed.update(RESOURCE_PLACEHOLDERS)
    if key is TemplateKey.NUDGE:
        allowed.update(NUDGE_PLACEHOLDERS)
    return allowed


def placeholders_in(text: str) -> list[str]:
    """The placeholders a text uses, in order of first appearance."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(text)))


def unknown_placeholders(key: TemplateKey, *texts: str) -> list[str]:
    allowed = allowed_placeholders(key)
    return [name for text in texts for name in placeholders_in(text) if name not in allowed]


def render(text: str, values: Mapping[str, str]) -> str:
    """Replace the known ``{placeholders}``; leave anything else exactly as written."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text)


_AND = Text(en="and", fr="et")


def join_words(words: list[str] | tuple[str, ...], language: str) -> str:
    """« Fixer son TJM, GitHub et Améliorer son CV »."""
    items = [w for w in words if w]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {_AND(language)} {items[-1]}"


@dataclass(frozen=True)
class DefaultTemplate:
    subject: Text
    body: Text

    def text(self, language: str) -> tuple[str, str]:
        lang = as_language(language)
        return self.subject(lang), self.body(lang)


_INTRO_BODY_EN = """\
Hello {mentor_first_name}, hello {mentee_first_name},

I am delighted to introduce you to each other for the batch "{batch}", which runs from \
{batch_start} to {batch_end}.

{mentee_first_name}, meet {mentor_name} ({mentor_email}), who will be your mentor.
{mentor_first_name}, meet {mentee_name} ({mentee_email}), who would like to make progress on: \
{mentee_needs}.

{guidance}

For your first meeting, we suggest this agenda:
{agenda}

The batch's mid-batch check-in is on {checkin_date}. Until then, just reply to this e-mail \
if you have any question.

Enjoy meeting each other!
The {programme} team
"""

_INTRO_BODY_FR = """\
Bonjour {mentor_first_name}, bonjour {mentee_first_name},

J'ai le plaisir de vous présenter l'un à l'autre pour la promo « {batch} », qui court du \
{batch_start} au {batch_end}.

{mentee_first_name}, voici {mentor_name} ({mentor_email}), qui vous accompagnera comme mentor.
{mentor_first_name}, voici {mentee_name} ({mentee_email}), qui souhaite avancer sur : \
{mentee_needs}.

{guidance}

Pour votre premier échange, nous vous suggérons cet ordre du jour :
{agenda}

Le point d'étape de la promo aura lieu le {checkin_date}. D'ici là, répondez simplement à \
ce message si vous avez la moindre question.

Belle rencontre à tous les deux !
L'équipe {programme}
"""

_GUIDANCE_EN = """\
A few landmarks for the mentor:
- aim for at least three meetings during the batch, the first within two weeks;
- let {mentee_first_name} set the goals: your role is to ask questions and share your \
experience, not to do the work;
- useful questions: where are you today? what is holding you back? what would success look \
like in four months?
- before you part, agree on the date of your next meeting."""

_GUIDANCE_FR = """\
Quelques repères pour le mentor :
- visez au moins trois échanges pendant la promo, le premier dans les deux semaines ;
- laissez {mentee_first_name} fixer les objectifs : votre rôle est de questionner et de \
partager votre expérience, pas de faire à sa place ;
- des questions utiles : où en es-tu aujourd'hui ? qu'est-ce qui te bloque ? à quoi \
ressemblerait une réussite dans quatre mois ?
- avant de vous quitter, fixez ensemble la date de votre prochain échange."""

_AGENDA_EN = """\
1. Getting to know each other: your paths, your freelance work, what you each expect from \
the mentoring (15 min)
2. {mentee_first_name}'s needs ({mentee_needs}): choose one or two goals for the batch (20 min)
3. Agree on a rhythm (a meeting every two or three weeks), a format (video, phone or in \
person) and the date of the next meeting (10 min)"""

_AGENDA_FR = """\
1. Faire connaissance : vos parcours, votre activité de freelance, ce que chacun attend du \
mentorat (15 min)
2. Les besoins de {mentee_first_name} ({mentee_needs}) : choisir un ou deux objectifs pour \
la promo (20 min)
3. Convenir d'un rythme (un échange toutes les deux à trois semaines), d'un format (visio, \
téléphone ou en personne) et de la date du prochain échange (10 min)"""

_NUDGE_BODY_EN = """\
Hello {mentor_first_name}, hello {mentee_first_name},

{situation}

Is everything all right? Half an hour is enough to keep the thread going: could you set up \
your next meeting in the coming days?
If something is in the way, just reply to this e-mail and we will find a solution together.

Thank you, and see you soon,
The {programme} team
"""

_NUDGE_BODY_FR = """\
Bonjour {mentor_first_name}, bonjour {mentee_first_name},

{situation}

Tout va bien ? Une demi-heure suffit pour garder le fil : pourriez-vous caler votre \
prochain échange dans les jours qui viennent ?
Si quelque chose vous en empêche, répondez simplement à ce message : nous trouverons une \
solution ensemble.

Merci, et à bientôt,
L'équipe {programme}
"""

DEFAULTS: dict[TemplateKey, DefaultTemplate] = {
    TemplateKey.INTRO: DefaultTemplate(
        Text(
            en="{batch}: {mentor_first_name}, meet {mentee_first_name}",
            fr="{batch} : {mentor_first_name}, voici {mentee_first_name}",
        ),
        Text(en=_INTRO_BODY_EN, fr=_INTRO_BODY_FR),
    ),
    TemplateKey.NUDGE: DefaultTemplate(
        Text(en="{batch}: news from your duo?", fr="{batch} : des nouvelles de votre duo ?"),
        Text(en=_NUDGE_BODY_EN, fr=_NUDGE_BODY_FR),
    ),
    TemplateKey.GUIDANCE: DefaultTemplate(
        Text(en="", fr=""), Text(en=_GUIDANCE_EN, fr=_GUIDANCE_FR)
    ),
    TemplateKey.AGENDA: DefaultTemplate(Text(en="", fr=""), Text(en=_AGENDA_EN, fr=_AGENDA_FR)),
}
