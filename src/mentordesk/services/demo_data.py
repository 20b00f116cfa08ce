"""The demo's raw material: French cities, topics, names, comments, and one volunteer.

Both demo batches (modules ``demo_finished`` and ``demo_current``) draw their people from
here, with the random generator they are given, so that each stays the same from one run to
the next.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from mentordesk.domain.dates import add_months
from mentordesk.domain.emails import normalise_email
from mentordesk.domain.enums import FormatPreference, MilestoneKind, Role
from mentordesk.domain.timeline import MILESTONE_NAMES
from mentordesk.storage.models import (
    Batch,
    Milestone,
    Participation,
    ParticipationTopic,
    Person,
    Programme,
    Topic,
)
from mentordesk.storage.queries import ensure_topics, find_person


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


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().replace(" ", "")


def demo_topics(session: Session, programme: Programme) -> list[Topic]:
    """The programme's topics with their aliases, created when missing."""
    index: dict[str, Topic] = {}
    topics = ensure_topics(session, programme.id, (label for label, _ in TOPICS), index)
    for topic, (_, aliases) in zip(topics, TOPICS, strict=True):
        topic.aliases = list(aliases)
    return topics


def add_milestones(batch: Batch, language: str) -> None:
    """Kick-off, check-in two months in and closing, named in ``language``."""
    dates = {
        MilestoneKind.KICKOFF: batch.start_date,
        MilestoneKind.CHECKIN: add_months(batch.start_date, 2),
        MilestoneKind.CLOSING: batch.end_date,
    }
    batch.milestones.extend(
        Milestone(kind=kind, label=MILESTONE_NAMES[kind](language), date=day)
        for kind, day in dates.items()
    )


def demo_person(session: Session, name: tuple[str, str], index: int) -> Person:
    """The person called ``name``, with an address made from it (the same person when known)."""
    first, last = name
    email = normalise_email(f"{_ascii(first)}.{_ascii(last)}@{DOMAINS[index % len(DOMAINS)]}")
    return find_person(session, email) or Person(email=email, first_name=first, last_name=last)


def participant(
    session: Session,
    rng: random.Random,
    batch: Batch,
    person: Person,
    role: Role,
    topics: list[Topic],
    capacity: int | None = None,
    applied_before: date | None = None,
) -> Participation:
    """``person``'s application to ``batch``: city, topics, format and languages drawn at random;
    answered 8 to 30 days before ``applied_before`` (the batch's start by default)."""
    city = rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
    if role is Role.MENTOR:
        chosen = _distinct(rng, topics, NEED_WEIGHTS, rng.randint(3, 5))
        experience = rng.randint(6, 20)
    else:
        chosen = _distinct(rng, topics, NEED_WEIGHTS, rng.randint(1, 3))
        capacity = None
        experience = rng.randint(0, 2)
    preference = rng.choices(list(FormatPreference), weights=(2, 5, 5))[0]
    languages = ["fr", "en"] if rng.random() < 0.6 else ["fr"]
    base = applied_before or batch.start_date
    answered = datetime.combine(base - timedelta(days=rng.randint(8, 30)), datetime.min.time())
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
        raw_answers=_raw_answers(person, role, city.name, chosen, answered),
    )
    participation.topic_links = [
        ParticipationTopic(topic_id=topic.id, position=position)
        for position, topic in enumerate(chosen)
    ]
    session.add(participation)
    return participation


def _raw_answers(
    person: Person, role: Role, city: str, topics: list[Topic], answered: datetime
) -> dict[str, object]:
    """The questionnaire's row as the spreadsheet had it."""
    return {
        "Horodateur": answered.strftime("%d/%m/%Y %H:%M:%S"),
        "Adresse e-mail": person.email,
        "Prénom": person.first_name,
        "Nom": person.last_name,
        "Rôle": "Mentor" if role is Role.MENTOR else "Mentoré(e)",
        "Ville": city,
        "Thématiques": ", ".join(topic.label for topic in topics),
    }


def _distinct(
    rng: random.Random, topics: list[Topic], weights: tuple[int, ...], count: int
) -> list[Topic]:
    chosen: list[Topic] = []
    while len(chosen) < count:
        topic = rng.choices(topics, weights=weights)[0]
        if topic not in chosen:
            chosen.append(topic)
    return chosen
