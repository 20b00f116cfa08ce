"""The definitions of the figures, as printed for readers in English and in French.

The English wording of the shared figures is the one of :mod:`mentordesk.domain.figures`
(its docstring); a test keeps them identical. The feedback figures that only the
end-of-batch report prints are defined here, next to the functions that compute them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from mentordesk.domain.figures import share
from mentordesk.domain.topics import clean_label, topic_key
from mentordesk.i18n import Text


@dataclass(frozen=True)
class Definition:
    term: Text
    meaning: Text


DUOS_FORMED = Definition(
    Text(en="Duos formed", fr="Duos formés"),
    Text(
        en="the batch's duos that were confirmed, including those that have ended (early or"
        " at the close). Proposed duos are suggestions, not duos.",
        fr="les duos de la promo qui ont été confirmés, y compris ceux qui se sont terminés"
        " (plus tôt que prévu ou à la clôture). Les duos proposés sont des suggestions,"
        " pas des duos.",
    ),
)
MET_AT_LEAST = Definition(
    Text(en="Met at least once / three times", fr="Se sont vus au moins une fois / trois fois"),
    Text(
        en="among the duos formed, the share with at least one (three) logged meetings. Two"
        " meetings on the same day count as two.",
        fr="parmi les duos formés, la part de ceux qui ont au moins une (trois) rencontre(s)"
        " enregistrée(s). Deux rencontres le même jour comptent pour deux.",
    ),
)
MEETINGS_PER_MONTH = Definition(
    Text(en="Meetings per month", fr="Rencontres par mois"),
    Text(
        en="meetings of the duos formed, by calendar month of their date.",
        fr="les rencontres des duos formés, par mois civil de leur date.",
    ),
)
AT_RISK = Definition(
    Text(en="At risk", fr="À relancer"),
    Text(
        en="a duo still running (confirmed, not ended, batch started, not closed and not past"
        " its end date) that has had no meeting since the kick-off (or since the duo started,"
        " when it was formed later) for {weeks} weeks or more, or whose last meeting is"
        " {weeks} weeks old or more, on the day the figure is computed. A duo whose mentor or"
        " mentee withdrew has ended on that day; every duo ends with its batch at the latest.",
        fr="un duo en cours (confirmé, pas terminé, promo commencée, ni close ni échue) qui"
        " n'a eu aucune rencontre depuis le lancement (ou depuis sa formation, s'il a été"
        " formé plus tard) depuis {weeks} semaines ou plus, ou dont la dernière rencontre date de"
        " {weeks} semaines ou plus, au jour du calcul. Un duo dont le mentor ou le mentoré"
        " s'est retiré est terminé ce jour-là ; tout duo se termine au plus tard avec sa"
        " promo.",
    ),
)
RATED_ABOVE_8 = Definition(
    Text(en="Rated above 8/10", fr="Note supérieure à 8/10"),
    Text(
        en="among the participants who gave a rating, the share who gave 9 or 10 (strictly"
        " above 8).",
        fr="parmi les participants qui ont donné une note, la part de ceux qui ont donné 9"
        " ou 10 (strictement plus de 8).",
    ),
)

#: The shared figures, in the order of :mod:`mentordesk.domain.figures`.
SHARED = (DUOS_FORMED, MET_AT_LEAST, MEETINGS_PER_MONTH, AT_RISK, RATED_ABOVE_8)

VOLUNTEERS = Definition(
    Text(en="Volunteers", fr="Volontaires"),
    Text(
        en="everyone who applied to the batch as a mentor or a mentee, including those who"
        " withdrew before being paired.",
        fr="toutes les personnes inscrites à la promo comme mentor ou mentoré, y compris"
        " celles qui se sont retirées avant d'être mises en duo.",
    ),
)
RESPONSE_RATE = Definition(
    Text(en="Response rate", fr="Taux de réponse"),
    Text(
        en="among the mentors and mentees of the duos formed, the share who answered the"
        " end-of-batch survey with a rating.",
        fr="parmi les mentors et mentorés des duos formés, la part de ceux qui ont répondu"
        " au questionnaire de fin avec une note.",
    ),
)
PROGRESSED_ON = Definition(
    Text(en="Progressed on", fr="Progrès"),
    Text(
        en="among the mentees who answered the survey, the share who named each subject;"
        " several answers were possible. Only the programme's topics and the survey's own"
        " choices are named: any other answer, in the respondent's own words, is counted"
        " under Other and never printed.",
        fr="parmi les mentorés qui ont répondu au questionnaire, la part de ceux qui ont"
        " cité chaque sujet ; plusieurs réponses étaient possibles. Seuls les thèmes du"
        " programme et les choix proposés par le questionnaire sont nommés : toute autre"
        " réponse, dans les mots de son auteur, est comptée sous Autre et jamais imprimée.",
    ),
)
LEARNED_FROM_PARTNER = Definition(
    Text(en="Mentors who learned from their mentee", fr="Mentors qui ont appris de leur mentoré"),
    Text(
        en="among the mentors who answered the survey, the share who said they learned from"
        " their mentee; no answer counts as no.",
        fr="parmi les mentors qui ont répondu au questionnaire, la part de ceux qui disent"
        " avoir appris de leur mentoré ; l'absence de réponse compte comme un non.",
    ),
)
QUOTES = Definition(
    Text(en="Quotes", fr="Citations"),
    Text(
        en="only comments whose authors allowed them to be quoted are printed; the others"
        " stay private.",
        fr="seuls les commentaires dont l'auteur a autorisé la citation sont imprimés ; les"
        " autres restent privés.",
    ),
)


@dataclass(frozen=True)
class SubjectCount:
    label: str
    count: int


@dataclass(frozen=True)
class ProgressCounts:
    subjects: tuple[SubjectCount, ...]
    """The printable subjects named, most named first, then alphabetically."""
    other: int
    """The answers naming at least one subject that is not printable."""


def progress_counts(
    answers: Iterable[Sequence[str]], printable: Mapping[str, str]
) -> ProgressCounts:
    """How many answers name each subject that may be printed, and how many name another.

    ``printable`` maps a subject's :func:`topic_key` to the label to print: the programme's
    topics (under their label and each alias) and the survey's fixed choices. Anything else
    may be a respondent's own words (a form's "Other: …" answer), which can be private: it
    is only counted, under Other. One answer naming a subject twice, or under two of its
    spellings, counts once.
    """
    counts: Counter[str] = Counter()
    other = 0
    for answer in answers:
        labels: set[str] = set()
        unlisted = False
        for raw in answer:
            key = topic_key(clean_label(raw))
            if not key:
                continue
            label = printable.get(key)
            if label is None:
                unlisted = True
            else:
                labels.add(label)
        counts.update(labels)
        other += unlisted
    rows = sorted(counts.items(), key=lambda item: (-item[1], topic_key(item[0])))
    return ProgressCounts(
        subjects=tuple(SubjectCount(label=label, count=count) for label, count in rows),
        other=other,
    )


def share_said_yes(answers: Iterable[bool | None]) -> float | None:
    """The share of ``True`` among the answers; no answer (``None``) counts as not saying yes."""
    given = list(answers)
    return share(sum(answer is True for answer in given), len(given))
