"""The report's plain-data model: the dashboard's figures, and only what may be printed."""

from __future__ import annotations

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import Role
from mentordesk.io.report_model import ReportOptions
from mentordesk.services.errors import NotFound
from tests.services import report_batch as crafted


def test_model_of_the_crafted_batch(any_context: AppContext) -> None:
    crafted.build(any_context)
    report = any_context.reports.build(
        any_context.batches.id_of(crafted.BATCH), ReportOptions(), crafted.TODAY
    )
    assert report.figures == any_context.stats.figures(
        any_context.batches.id_of(crafted.BATCH), crafted.TODAY
    )
    assert (report.mentors, report.mentees, report.cities) == (3, 5, 2)
    assert (report.mentors_in_duos, report.mentees_in_duos, report.participants) == (2, 4, 6)
    assert report.figures.met_at_least_once == 0.75
    assert report.response_rate == pytest.approx(5 / 6)
    assert report.respondents_by_role == {Role.MENTOR: 2, Role.MENTEE: 3}
    assert report.learned_from_partner == 0.5
    assert report.mentee_respondents == 4
    assert [(row.label, row.count) for row in report.progress] == [
        ("Améliorer son CV", 2),
        ("Fixer son TJM", 1),
        ("GitHub", 1),
    ]
    assert report.progress_other == 1
    assert {quote.text for quote in report.quotes} == {crafted.QUOTE_MENTOR, crafted.QUOTE_MENTEE}
    assert all(quote.author is None for quote in report.quotes)
    assert report.duos == () and report.certificates == ()


def test_names_and_duo_lines_only_when_asked(context: AppContext) -> None:
    crafted.build(context)
    hidden = context.reports.build(
        context.batches.id_of(crafted.BATCH), ReportOptions(duo_table=True), crafted.TODAY
    )
    assert [line.mentor for line in hidden.duos] == [None] * 4
    shown = context.reports.build(
        context.batches.id_of(crafted.BATCH),
        ReportOptions(duo_table=True, show_names=True),
        crafted.TODAY,
    )
    first = shown.duos[0]
    assert (first.mentor, first.mentee, first.meetings) == ("Alice Mentor", "Bruno Mentee", 3)
    assert (first.mentor_rating, first.mentee_rating) == (10, 9)
    assert {quote.author for quote in shown.quotes} == {"Alice Mentor", "Fanny Mentee"}


def test_quotes_alternate_roles_skip_repeats_and_stop_at_the_limit(context: AppContext) -> None:
    same = "Super programme, merci."
    answers = {
        name: crafted.Answer(
            rating=9, comment=f"{same} " if name == "carla" else same, may_quote=True
        )
        for name in ("bruno", "carla")
    }
    answers |= {
        "emil": crafted.Answer(rating=9, comment="Très utile.", may_quote=True),
        "fanny": crafted.Answer(rating=9, comment="Bien.", may_quote=True),
        "alice": crafted.Answer(rating=9, comment="Enrichissant.", may_quote=True),
    }
    crafted.build(context, answers)
    report = context.reports.build(
        context.batches.id_of(crafted.BATCH), ReportOptions(max_quotes=3), crafted.TODAY
    )
    assert report.quotable == 4
    assert [quote.role for quote in report.quotes] == [Role.MENTEE, Role.MENTOR, Role.MENTEE]
    assert len({quote.text.strip() for quote in report.quotes}) == 3


def test_certificates_for_the_volunteers_of_duos_formed(context: AppContext) -> None:
    crafted.build(context)
    report = context.reports.build(
        context.batches.id_of(crafted.BATCH), ReportOptions(certificates=True), crafted.TODAY
    )
    assert [(c.name, c.role, c.duos) for c in report.certificates] == [
        ("Bruno Mentee", Role.MENTEE, 1),
        ("Carla Mentee", Role.MENTEE, 1),
        ("Emil Mentee", Role.MENTEE, 1),
        ("Fanny Mentee", Role.MENTEE, 1),
        ("Alice Mentor", Role.MENTOR, 2),
        ("Dora Mentor", Role.MENTOR, 2),
    ]


def test_unknown_batch(context: AppContext) -> None:
    with pytest.raises(NotFound):
        context.reports.build(context.batches.id_of("nope"))
