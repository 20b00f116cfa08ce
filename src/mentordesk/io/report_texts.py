"""Every sentence of the end-of-batch PDF, in English and in French."""

from __future__ import annotations

from mentordesk.domain.enums import DuoState, Role
from mentordesk.i18n import Text, as_language
from mentordesk.io.formatting import quoted
from mentordesk.io.report_model import Phase

TITLE = Text(en="End-of-batch report", fr="Bilan de fin de promo")
INTERIM_TITLE = Text(en="Interim report as of {date}", fr="Bilan intermédiaire au {date}")
SUBTITLE = Text(en="{batch} · {dates}", fr="{batch} · {dates}")
GENERATED = Text(en="Report generated on {date}", fr="Bilan établi le {date}")
PAGE = Text(en="{page} / {total}", fr="{page} / {total}")
INTRO = {
    Phase.ENDED: Text(
        en="This report sums up the batch {batch} of {programme}, which ran {dates}. The"
        " figures are defined at the end of the report.",
        fr="Ce bilan résume la promo {batch} {of_programme}, qui s'est déroulée {dates}. Les"
        " chiffres sont définis à la fin du document.",
    ),
    Phase.RUNNING: Text(
        en="This report sums up, as of {today}, the batch {batch} of {programme}, which runs"
        " {dates}: the batch is not over and its figures will still change. The figures are"
        " defined at the end of the report.",
        fr="Ce bilan fait le point au {today} sur la promo {batch} {of_programme}, qui se"
        " déroule {dates} : la promo n'est pas terminée et ses chiffres évolueront encore. Les"
        " chiffres sont définis à la fin du document.",
    ),
    Phase.UPCOMING: Text(
        en="This report sums up, as of {today}, the batch {batch} of {programme}, which will"
        " run {dates}: the batch has not started yet. The figures are defined at the end of"
        " the report.",
        fr="Ce bilan fait le point au {today} sur la promo {batch} {of_programme}, qui se"
        " déroulera {dates} : la promo n'a pas encore commencé. Les chiffres sont définis à la"
        " fin du document.",
    ),
}
MENTORING_PROGRAMME = Text(en="the mentoring programme {name}", fr="programme de mentorat {name}")
PROGRAMME = Text(en="the programme {name}", fr="programme {name}")
NAMES_HIDDEN = Text(
    en="Names of participants are not shown in this report.",
    fr="Les noms des participants ne figurent pas dans ce bilan.",
)

KEY_FIGURES = Text(en="Key figures", fr="Les chiffres clés")
TILE_VOLUNTEERS = Text(en="volunteers", fr="volontaires")
TILE_DUOS = Text(en="duos formed", fr="duos formés")
TILE_MET_ONCE = Text(en="of duos met at least once", fr="des duos se sont vus au moins une fois")
TILE_RATED = Text(
    en="of participants rated their exchanges above 8/10",
    fr="des participants ont noté leurs échanges au-dessus de 8/10",
)

VOLUNTEERS_SECTION = Text(en="Volunteers and duos", fr="Volontaires et duos")
VOLUNTEERS_TEXT = Text(
    en="{volunteers} volunteers applied to the batch: {mentors} mentors and {mentees} mentees"
    "{cities}.",
    fr="{volunteers} volontaires se sont inscrits à la promo : {mentors} mentors et"
    " {mentees} mentorés{cities}.",
)
NO_VOLUNTEERS_YET = Text(
    en="No volunteer has applied to the batch yet.",
    fr="Aucun volontaire ne s'est encore inscrit à la promo.",
)
DUOS_FORMED_TEXT = Text(
    en="{duos} duos were formed, bringing together {mentors_in_duos} mentors and"
    " {mentees_in_duos} mentees.",
    fr="{duos} duos ont été formés, réunissant {mentors_in_duos} mentors et"
    " {mentees_in_duos} mentorés.",
)
ONE_DUO_FORMED_TEXT = Text(en="One duo was formed.", fr="Un duo a été formé.")
NO_DUO_YET = Text(en="No duo has been formed yet.", fr="Aucun duo n'a encore été formé.")
CITIES = Text(en=", living in {count} cities", fr=", venus de {count} villes")
ONE_CITY = Text(en=", all from one city", fr=", tous de la même ville")
TABLE_MENTORS = Text(en="Mentors", fr="Mentors")
TABLE_MENTEES = Text(en="Mentees", fr="Mentorés")
TABLE_TOTAL = Text(en="Total", fr="Total")
TABLE_APPLIED = Text(en="Applied", fr="Inscrits")
TABLE_IN_DUO = Text(en="In a duo", fr="En duo")
TABLE_ANSWERED = Text(en="Rated their exchanges", fr="Ont noté leurs échanges")

PARTICIPATION_SECTION = Text(en="Participation", fr="Participation")
PARTICIPATION_TEXT_SO_FAR = Text(
    en="{meetings} meetings have been logged so far. {met_once} of the duos have met at least"
    " once and {met_three} at least three times.",
    fr="{meetings} rencontres ont été enregistrées à ce jour. {met_once} des duos se sont vus"
    " au moins une fois et {met_three} au moins trois fois.",
)
CHART_MONTHS_AHEAD = Text(
    en="Months still to come are left blank.",
    fr="Les mois à venir sont laissés en blanc.",
)
PARTICIPATION_TEXT = Text(
    en="{meetings} meetings were logged. {met_once} of the duos met at least once and"
    " {met_three} at least three times.",
    fr="{meetings} rencontres ont été enregistrées. {met_once} des duos se sont vus au moins"
    " une fois et {met_three} au moins trois fois.",
)
NO_DUOS = Text(
    en="No duo was formed in this batch.", fr="Aucun duo n'a été formé dans cette promo."
)
TILE_MET_THREE = Text(
    en="of duos met at least three times", fr="des duos se sont vus au moins trois fois"
)
TILE_MEETINGS = Text(en="meetings logged", fr="rencontres enregistrées")
CHART_MEETINGS = Text(en="Meetings per month", fr="Rencontres par mois")

SATISFACTION_SECTION = Text(en="Satisfaction", fr="Satisfaction")
SATISFACTION_TEXT = Text(
    en="{respondents} participants rated their exchanges in the end-of-batch survey ({rate} of"
    " the mentors and mentees of the duos formed). {rated} of them rated them above 8/10:"
    " {rated_mentors} of the mentors and {rated_mentees} of the mentees.",
    fr="{respondents} participants ont noté leurs échanges dans le questionnaire de fin de"
    " promo ({rate} des mentors et mentorés des duos formés). {rated} d'entre eux leur ont"
    " donné plus de 8/10 : {rated_mentors} des mentors et {rated_mentees} des mentorés.",
)
NO_RATINGS = Text(
    en="No rating has been recorded for this batch yet.",
    fr="Aucune note n'a encore été enregistrée pour cette promo.",
)
LEARNED_TEXT = Text(
    en="Mentoring works both ways: {share} of the mentors who answered the survey said they"
    " learned from their mentee.",
    fr="Le mentorat fonctionne dans les deux sens : {share} des mentors qui ont répondu au"
    " questionnaire disent avoir appris de leur mentoré.",
)
CHART_RATINGS = Text(
    en="Ratings of the exchanges, out of 10 ({respondents} ratings)",
    fr="Notes données aux échanges, sur 10 ({respondents} notes)",
)
CHART_RATINGS_LEGEND = Text(en="9 or 10: above 8/10", fr="9 ou 10 : au-dessus de 8/10")
TILE_RESPONDENTS = Text(
    en="participants rated their exchanges ({rate} response rate)",
    fr="participants ont noté leurs échanges (taux de réponse : {rate})",
)
TILE_RATED_MENTORS = Text(en="of mentors rated above 8/10", fr="des mentors ont noté plus de 8/10")
TILE_RATED_MENTEES = Text(en="of mentees rated above 8/10", fr="des mentorés ont noté plus de 8/10")

PROGRESS_SECTION = Text(en="What mentees progressed on", fr="Sur quoi les mentorés ont progressé")
PROGRESS_TEXT = Text(
    en="Answers of the {count} mentees who replied; several answers were possible.",
    fr="Réponses des {count} mentorés qui ont répondu ; plusieurs réponses étaient possibles.",
)
PROGRESS_OTHERS = Text(
    en="{count} more topics, named less often, are left out of this table.",
    fr="{count} autres thèmes, moins cités, ne figurent pas dans ce tableau.",
)
PROGRESS_OTHER = Text(en="Other", fr="Autre")
PROGRESS_OTHER_NOTE = Text(
    en="Other: subjects named in the mentees' own words, which this report does not print.",
    fr="Autre : sujets cités dans les mots des mentorés, que ce bilan n'imprime pas.",
)
NO_PROGRESS = Text(
    en="No mentee has said yet what they progressed on.",
    fr="Aucun mentoré n'a encore indiqué sur quoi il a progressé.",
)

QUOTES_SECTION = Text(en="In their own words", fr="Dans leurs mots")
QUOTES_TEXT = Text(
    en="Printed with their authors' permission.",
    fr="Reproduits avec l'accord de leurs auteurs.",
)
QUOTES_SELECTION = Text(
    en="A selection of {shown} of the {total} comments that may be quoted.",
    fr="Une sélection de {shown} des {total} commentaires qui peuvent être cités.",
)
A_MENTOR = Text(en="a mentor", fr="un mentor")
A_MENTEE = Text(en="a mentee", fr="un(e) mentoré(e)")
AS_MENTOR = Text(en="{name}, mentor", fr="{name}, mentor")
AS_MENTEE = Text(en="{name}, mentee", fr="{name}, mentoré(e)")

DUOS_SECTION = Text(en="The duos", fr="Les duos")
DUOS_TEXT_NAMED = Text(
    en="Each duo formed, with its meetings and the ratings its mentor and mentee gave.",
    fr="Chaque duo formé, avec ses rencontres et les notes données par son mentor et son mentoré.",
)
DUOS_TEXT_ANONYMOUS = Text(
    en="Each duo formed, without names, with its meetings and the ratings its mentor and"
    " mentee gave.",
    fr="Chaque duo formé, sans les noms, avec ses rencontres et les notes données par son"
    " mentor et son mentoré.",
)
COL_DUO = Text(en="No.", fr="N°")
COL_MENTOR = Text(en="Mentor", fr="Mentor")
COL_MENTEE = Text(en="Mentee", fr="Mentoré(e)")
COL_STATE = Text(en="Status", fr="Statut")
COL_MEETINGS = Text(en="Meetings", fr="Rencontres")
COL_FIRST = Text(en="First meeting", fr="Première rencontre")
COL_LAST = Text(en="Last meeting", fr="Dernière rencontre")
COL_MENTOR_RATING = Text(en="Mentor's rating", fr="Note du mentor")
COL_MENTEE_RATING = Text(en="Mentee's rating", fr="Note du mentoré")
DUO_NUMBER = Text(en="Duo {number}", fr="Duo {number}")
STATES = {
    DuoState.PROPOSED: Text(en="proposed", fr="proposé"),
    DuoState.CONFIRMED: Text(en="running", fr="en cours"),
    DuoState.ENDED: Text(en="ended", fr="terminé"),
}

DEFINITIONS_SECTION = Text(en="About these figures", fr="Définition des chiffres")

CERTIFICATE_TITLE = Text(en="Certificate of participation", fr="Attestation de participation")
CERTIFICATE_INTRO = Text(en="This is to certify that", fr="Nous attestons que")
CERTIFICATE_BODY = {
    (Role.MENTOR, False): Text(
        en="took part as a mentor in {programme}, batch {batch}, {dates}, and accompanied {duos}.",
        fr="a participé en tant que mentor {to_programme}, promo {batch}, {dates}, et a"
        " accompagné {duos}.",
    ),
    (Role.MENTEE, False): Text(
        en="took part as a mentee in {programme}, batch {batch}, {dates}.",
        fr="a participé en tant que mentoré(e) {to_programme}, promo {batch}, {dates}.",
    ),
    (Role.MENTOR, True): Text(
        en="takes part as a mentor in {programme}, batch {batch}, {dates}, and accompanies {duos}.",
        fr="participe en tant que mentor {to_programme}, promo {batch}, {dates}, et"
        " accompagne {duos}.",
    ),
    (Role.MENTEE, True): Text(
        en="takes part as a mentee in {programme}, batch {batch}, {dates}.",
        fr="participe en tant que mentoré(e) {to_programme}, promo {batch}, {dates}.",
    ),
}
ONE_MENTEE = Text(en="one mentee", fr="un(e) mentoré(e)")
MANY_MENTEES = Text(en="{count} mentees", fr="{count} mentorés")
CERTIFICATE_THANKS = Text(
    en="Thank you for giving your time to the community.",
    fr="Merci d'avoir donné de votre temps à la communauté.",
)
CERTIFICATE_THANKS_MENTEE = Text(
    en="Thank you for your commitment throughout the programme.",
    fr="Merci pour votre engagement tout au long du programme.",
)
CERTIFICATE_ISSUED = Text(en="Issued on {date}", fr="Fait le {date}")
CERTIFICATE_SIGNATURE = Text(en="The programme coordinators", fr="La coordination du programme")


def _names_it(name: str, *words: str) -> bool:
    folded = name.casefold()
    return any(word in folded for word in words)


def programme_phrase(name: str, language: str, preposition: str = "") -> str:
    """The programme as a sentence names it, never « programme de mentorat « Programme de
    mentorat » »: a name that already says "programme" stands alone, one that says
    "mentoring" is introduced as a programme, any other as a mentoring programme.

    In French ``preposition`` ("de" or "à") is contracted with the article (« du
    programme … », « au programme … », « de « X » »); English needs none.
    """
    lang = as_language(language)
    name_quoted = quoted(name, lang)
    if _names_it(name, "programme", "program"):
        if lang == "fr" and preposition:
            return f"{preposition} {name_quoted}"
        return name_quoted
    template = MENTORING_PROGRAMME if not _names_it(name, "mentor") else PROGRAMME
    phrase = template(lang, name=name_quoted)
    if lang == "fr" and preposition:
        article = {"de": "du", "à": "au"}[preposition]
        return f"{article} {phrase}"
    return phrase
