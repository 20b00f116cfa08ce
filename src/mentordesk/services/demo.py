"""A realistic, deterministic French demo batch: 93 volunteers, 50 duos, four months of meetings.

Its shape follows a real programme's last batch: 38 mentors and 55 mentees living in French
cities; 96 % of duos met at least once and half at least three times; 89 % of those who
answered the end-of-batch survey rated their exchanges above 8/10. The figures come out of
the generated rows, they are not written anywhere: change the recipe and they change.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from mentordesk.domain.dates import add_months, default_end
from mentordesk.domain.emails import normalise_email
from mentordesk.domain.enums import (
    BatchStatus,
    DuoState,
    FormatPreference,
    MeetingMode,
    MilestoneKind,
    Role,
)
from mentordesk.storage.models import (
    Batch,
    Duo,
    Feedback,
    Meeting,
    Milestone,
    Participation,
    ParticipationTopic,
    Person,
    Topic,
)
from mentordesk.storage.queries import (
    ensure_topics,
    find_batch,
    find_person,
    get_or_create_programme,
)
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

DEMO_PROGRAMME = "Mentorat freelance"
DEMO_BATCH = "Promo printemps 2026"
DEMO_START = date(2026, 3, 2)
SEED = 20260302

MENTORS = 38
MENTEES = 55
DUOS = 50
DUOS_NEVER_MET = 2
DUOS_MET_THREE_TIMES = 25
RESPONDENTS = 82
RATED_ABOVE_EIGHT = 73


@dataclass(frozen=True)
class City:
    name: str
    postcode: str
    region: str
    latitude: float
    longitude: float


CITIES = (
    City("Paris", "75011", "Île-de-France", 48.8566, 2.3522),
    City("Lyon", "69003", "Auvergne-Rhône-Alpes", 45.7640, 4.8357),
    City("Marseille", "13001", "Provence-Alpes-Côte d'Azur", 43.2965, 5.3698),
    City("Toulouse", "31000", "Occitanie", 43.6047, 1.4442),
    City("Bordeaux", "33000", "Nouvelle-Aquitaine", 44.8378, -0.5792),
    City("Lille", "59000", "Hauts-de-France", 50.6292, 3.0573),
    City("Nantes", "44000", "Pays de la Loire", 47.2184, -1.5536),
    City("Rennes", "35000", "Bretagne", 48.1173, -1.6778),
    City("Strasbourg", "67000", "Grand Est", 48.5734, 7.7521),
    City("Montpellier", "34000", "Occitanie", 43.6108, 3.8767),
    City("Grenoble", "38000", "Auvergne-Rhône-Alpes", 45.1885, 5.7245),
    City("Nice", "06000", "Provence-Alpes-Côte d'Azur", 43.7102, 7.2620),
    City("Boulogne-Billancourt", "92100", "Île-de-France", 48.8397, 2.2399),
    City("Aix-en-Provence", "13100", "Provence-Alpes-Côte d'Azur", 43.5297, 5.4474),
)
CITY_WEIGHTS = (30, 12, 6, 7, 7, 6, 6, 5, 4, 4, 3, 3, 4, 3)

TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Décrocher sa première mission", ("Première mission", "First mission")),
    ("Améliorer son CV", ("CV", "Améliorer mon CV / profil", "Resume")),
    ("Fixer son TJM", ("TJM", "Taux journalier", "Day rate")),
    ("Méthodes de travail", ("Organisation", "Working methods")),
    ("Se former à une nouvelle technologie", ("Nouvelles technologies", "New technologies")),
    ("GitHub", ("Git", "Portfolio GitHub")),
    ("Soft skills", ("Savoir-être", "Communication")),
    ("Trouver ses clients", ("Prospection", "Finding clients")),
    ("Portage salarial", ("Statut", "Umbrella company")),
)
NEED_WEIGHTS = (24, 18, 20, 10, 12, 8, 10, 9, 4)

FIRST_NAMES = (
    "Camille",
    "Léa",
    "Manon",
    "Chloé",
    "Inès",
    "Sarah",
    "Julie",
    "Emma",
    "Clara",
    "Anaïs",
    "Lucie",
    "Mathilde",
    "Pauline",
    "Élodie",
    "Aurélie",
    "Margaux",
    "Noémie",
    "Justine",
    "Hélène",
    "Sophie",
    "Thomas",
    "Nicolas",
    "Julien",
    "Maxime",
    "Antoine",
    "Hugo",
    "Lucas",
    "Alexandre",
    "Romain",
    "Kevin",
    "Mehdi",
    "Karim",
    "Yanis",
    "Théo",
    "Baptiste",
    "Quentin",
    "Guillaume",
    "Sébastien",
    "François",
    "Jérôme",
    "Amadou",
    "Moussa",
    "Nadia",
    "Fatou",
    "Yasmine",
    "Linh",
    "Bao",
    "Rémi",
    "Gaëlle",
    "Océane",
)
LAST_NAMES = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Legrand",
    "Garnier",
    "Faure",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Muller",
    "Henry",
    "Roussel",
    "Nicolas",
    "Perrin",
    "Morin",
    "Mathieu",
    "Clément",
    "Gauthier",
    "Dumont",
    "Lopez",
    "Fontaine",
    "Chevalier",
    "Robin",
    "Masson",
    "Diallo",
    "Nguyen",
    "Benali",
    "Traoré",
    "Haddad",
)
DOMAINS = ("gmail.com", "outlook.fr", "free.fr", "orange.fr", "proton.me", "yahoo.fr")

MENTOR_COMMENTS = (
    "Très riche : j'ai appris autant que ma mentorée, notamment sur les outils no-code.",
    "Mon mentoré m'a fait découvrir GitHub Copilot, échange dans les deux sens.",
    "Format léger et efficace, on a gardé le contact après la promo.",
    "J'aurais aimé un point d'étape plus tôt avec la coordination.",
    "Belle énergie, des questions qui m'ont obligé à revoir ma propre façon de fixer mon TJM.",
)
MENTEE_COMMENTS = (
    "J'ai décroché ma première mission au bout de deux mois, merci !",
    "Mon CV est enfin lisible, et j'ai osé augmenter mon TJM de 15 %.",
    "Des conseils très concrets sur la prospection et les plateformes.",
    "On s'est vus trois fois, c'était juste ce qu'il fallait.",
    "Difficile de trouver des créneaux, mais chaque échange valait le coup.",
    "Je me sens moins seule dans mon activité de freelance.",
)


@dataclass(frozen=True)
class DemoResult:
    batch_id: int
    batch: str
    created: bool
    volunteers: int
    duos: int
    meetings: int


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace(" ", "")


class DemoService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def create(self) -> DemoResult:
        """Create the demo batch; when it already exists, leave it as it is."""
        with self._uow() as uow:
            session = uow.session
            existing = find_batch(session, DEMO_BATCH)
            if existing is not None:
                return DemoResult(
                    batch_id=existing.id,
                    batch=existing.name,
                    created=False,
                    volunteers=len(existing.participations),
                    duos=len(existing.duos),
                    meetings=sum(len(duo.meetings) for duo in existing.duos),
                )
            result = _build(random.Random(SEED), session)
            uow.commit()
            return result


def _build(rng: random.Random, session: Session) -> DemoResult:
    programme = get_or_create_programme(session, DEMO_PROGRAMME)
    topic_index: dict[str, Topic] = {}
    topics = ensure_topics(session, programme.id, (label for label, _ in TOPICS), topic_index)
    for topic, (_, aliases) in zip(topics, TOPICS, strict=True):
        topic.aliases = list(aliases)
    end = default_end(DEMO_START)
    batch = Batch(
        programme_id=programme.id,
        name=DEMO_BATCH,
        start_date=DEMO_START,
        end_date=end,
        status=BatchStatus.CLOSED,
        settings={"at_risk_weeks": 3},
    )
    session.add(batch)
    session.flush()
    _add_milestones(batch)

    names = [(first, last) for last in LAST_NAMES for first in FIRST_NAMES]
    rng.shuffle(names)
    mentors = [
        _participant(session, rng, batch, names.pop(), Role.MENTOR, topics, index)
        for index in range(MENTORS)
    ]
    mentees = [
        _participant(session, rng, batch, names.pop(), Role.MENTEE, topics, index)
        for index in range(MENTEES)
    ]
    session.flush()

    duos = _pair(session, rng, batch, mentors, mentees)
    meetings = _meet(session, rng, batch, duos)
    _feedback(session, rng, duos)
    session.flush()
    return DemoResult(
        batch_id=batch.id,
        batch=batch.name,
        created=True,
        volunteers=MENTORS + MENTEES,
        duos=len(duos),
        meetings=meetings,
    )


def _add_milestones(batch: Batch) -> None:
    batch.milestones.extend(
        [
            Milestone(kind=MilestoneKind.KICKOFF, label="Lancement", date=batch.start_date),
            Milestone(
                kind=MilestoneKind.CHECKIN,
                label="Point d'étape",
                date=add_months(batch.start_date, 2),
            ),
            Milestone(kind=MilestoneKind.CLOSING, label="Clôture", date=batch.end_date),
        ]
    )


def _participant(
    session: Session,
    rng: random.Random,
    batch: Batch,
    name: tuple[str, str],
    role: Role,
    topics: list[Topic],
    index: int,
) -> Participation:
    first, last = name
    email = normalise_email(f"{_ascii(first)}.{_ascii(last)}@{DOMAINS[index % len(DOMAINS)]}")
    person = find_person(session, email) or Person(email=email, first_name=first, last_name=last)
    city = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
    if role is Role.MENTOR:
        chosen = _distinct(rng, topics, NEED_WEIGHTS, rng.randint(3, 5))
        capacity = 2 if index < 14 else 1
        experience = rng.randint(6, 20)
    else:
        chosen = _distinct(rng, topics, NEED_WEIGHTS, rng.randint(1, 3))
        capacity = None
        experience = rng.randint(0, 2)
    preference = rng.choices(list(FormatPreference), weights=(2, 5, 5))[0]
    languages = ["fr", "en"] if rng.random() < 0.6 else ["fr"]
    answered = datetime.combine(
        batch.start_date - timedelta(days=rng.randint(8, 30)), datetime.min.time()
    )
    answered += timedelta(minutes=rng.randint(8 * 60, 22 * 60))
    participation = Participation(
        batch=batch,
        person=person,
        role=role,
        capacity=capacity,
        city=city.name,
        postcode=city.postcode,
        region=city.region,
        country="FR",
        latitude=city.latitude,
        longitude=city.longitude,
        languages=languages,
        format_preference=preference,
        availability=rng.choice(("Soirs", "Midis", "Flexible", "Vendredis")),
        consent=True,
        experience_years=experience,
        answered_at=answered,
        raw_answers={
            "Horodateur": answered.strftime("%d/%m/%Y %H:%M:%S"),
            "Adresse e-mail": email,
            "Prénom": first,
            "Nom": last,
            "Rôle": "Mentor" if role is Role.MENTOR else "Mentoré(e)",
            "Ville": city.name,
            "Thématiques": ", ".join(topic.label for topic in chosen),
        },
    )
    participation.topic_links = [
        ParticipationTopic(topic_id=topic.id, position=position)
        for position, topic in enumerate(chosen)
    ]
    session.add(participation)
    return participation


def _distinct(
    rng: random.Random, topics: list[Topic], weights: tuple[int, ...], count: int
) -> list[Topic]:
    chosen: list[Topic] = []
    while len(chosen) < count:
        topic = rng.choices(topics, weights=weights)[0]
        if topic not in chosen:
            chosen.append(topic)
    return chosen


def _pair(
    session: Session,
    rng: random.Random,
    batch: Batch,
    mentors: list[Participation],
    mentees: list[Participation],
) -> list[Duo]:
    """Pair as a coordinator would by hand: shared needs first, then the same city."""
    room = {mentor.id: mentor.capacity or 0 for mentor in mentors}
    need_sets = {p.id: {link.topic_id for link in p.topic_links} for p in mentors + mentees}
    duos: list[Duo] = []
    for mentee in mentees[:DUOS]:

        def fit(mentor: Participation, mentee: Participation = mentee) -> tuple[int, int, float]:
            shared = len(need_sets[mentor.id] & need_sets[mentee.id])
            return (shared, int(mentor.city == mentee.city), rng.random())

        candidates = [mentor for mentor in mentors if room[mentor.id] > 0]
        mentor = max(candidates, key=fit)
        room[mentor.id] -= 1
        duo = Duo(
            batch_id=batch.id,
            mentor_id=mentor.id,
            mentee_id=mentee.id,
            state=DuoState.ENDED,
            started_on=batch.start_date,
            ended_on=batch.end_date,
        )
        duos.append(duo)
    for mentee in mentees[DUOS:]:
        mentee.withdrawn_on = batch.start_date - timedelta(days=rng.randint(1, 6))
    session.add_all(duos)
    session.flush()
    return duos


def _meet(session: Session, rng: random.Random, batch: Batch, duos: list[Duo]) -> int:
    order = list(range(len(duos)))
    rng.shuffle(order)
    never = set(order[:DUOS_NEVER_MET])
    three_or_more = set(order[DUOS_NEVER_MET : DUOS_NEVER_MET + DUOS_MET_THREE_TIMES])
    span = (batch.end_date - batch.start_date).days
    total = 0
    for position, duo in enumerate(duos):
        if position in never:
            duo.ended_on = batch.start_date + timedelta(days=rng.randint(30, 60))
            continue
        count = rng.randint(3, 6) if position in three_or_more else rng.randint(1, 2)
        days = sorted(rng.sample(range(5, span - 3), count))
        for day in days:
            mode = rng.choices(list(MeetingMode), weights=(3, 6, 1))[0]
            session.add(
                Meeting(
                    duo_id=duo.id,
                    date=batch.start_date + timedelta(days=day),
                    minutes=rng.choice((30, 45, 60, 60, 90)),
                    mode=mode,
                    notes="",
                )
            )
            total += 1
    return total


def _feedback(session: Session, rng: random.Random, duos: list[Duo]) -> None:
    respondents: list[tuple[int, Duo, Role]] = []
    seen: set[int] = set()
    for duo in duos:
        for participation_id, role in ((duo.mentee_id, Role.MENTEE), (duo.mentor_id, Role.MENTOR)):
            if participation_id not in seen:
                seen.add(participation_id)
                respondents.append((participation_id, duo, role))
    rng.shuffle(respondents)
    chosen = respondents[:RESPONDENTS]
    for position, (participation_id, duo, role) in enumerate(chosen):
        rating = rng.choice((9, 10, 10)) if position < RATED_ABOVE_EIGHT else rng.choice((6, 7, 8))
        comments = MENTOR_COMMENTS if role is Role.MENTOR else MENTEE_COMMENTS
        has_comment = rng.random() < 0.6
        progressed = []
        if role is Role.MENTEE:
            progressed = rng.sample(
                [
                    "Améliorer son CV",
                    "Fixer son TJM",
                    "Méthodes de travail",
                    "GitHub",
                    "Se former à une nouvelle technologie",
                    "Décrocher sa première mission",
                ],
                rng.randint(1, 3),
            )
        session.add(
            Feedback(
                participation_id=participation_id,
                duo_id=duo.id,
                rating=rating,
                progressed_on=progressed,
                learned_from_partner=(role is Role.MENTOR and rng.random() < 0.7) or None,
                comment=rng.choice(comments) if has_comment else "",
                may_quote=has_comment and rng.random() < 0.7,
                submitted_at=datetime.combine(duo.batch.end_date, datetime.min.time())
                + timedelta(days=rng.randint(1, 14), hours=rng.randint(8, 20)),
            )
        )
