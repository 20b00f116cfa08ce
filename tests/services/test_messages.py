"""Introductions and nudges: templates in both languages, edits, resources, .eml and mailto."""

from __future__ import annotations

from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from mentordesk.app import AppContext
from mentordesk.domain.enums import DuoState, MilestoneKind
from mentordesk.domain.messages import DEFAULTS, TemplateKey
from mentordesk.services.errors import InvalidInput
from mentordesk.storage.models import MessageTemplate
from tests.services.running_batch import BATCH, PlannedDuo, build

TODAY = date(2026, 11, 2)
DUOS = [
    PlannedDuo(
        "anna.martin",
        "bob.durand",
        ("2026-09-15",),
        mentee_needs=("Fixer son TJM", "GitHub", "Améliorer son CV"),
    ),
    PlannedDuo(
        "léa.dubois", "chloé.petit", mentee_needs=("Soft skills",), mentee_languages=("en",)
    ),
    PlannedDuo("fred.simon", "dan.leroy", state=DuoState.ENDED, ended_on=date(2026, 10, 5)),
    PlannedDuo("fred.simon", "eve.roux", mentee_withdrawn_on=date(2026, 10, 10)),
    PlannedDuo("ines.lopez", "jade.faure", state=DuoState.PROPOSED),
]


def stored_templates(context: AppContext) -> int:
    with context.unit_of_work() as uow:
        return len(uow.session.query(MessageTemplate).all())


def test_one_introduction_per_running_confirmed_duo_in_the_duo_s_language(
    any_context: AppContext,
) -> None:
    build(any_context, DUOS)
    drafts = any_context.messages.introductions(any_context.batches.id_of(BATCH), today=TODAY)
    assert [(d.recipients[1][0], d.language) for d in drafts] == [
        ("Bob Durand", "fr"),
        ("Chloé Petit", "en"),
    ]
    french, english = drafts
    assert french.subject == "Promo automne 2026 : Anna, voici Bob"
    assert "qui souhaite avancer sur : Fixer son TJM, GitHub et Améliorer son CV." in french.body
    assert "Le point d'étape de la promo aura lieu le 7 novembre 2026." in french.body
    assert "visez au moins trois échanges" in french.body  # the guidance resource
    assert "1. Faire connaissance" in french.body  # the agenda resource
    assert "{" not in french.body + english.body
    assert english.subject == "Promo automne 2026: Léa, meet Chloé"
    assert "who would like to make progress on: Soft skills." in english.body


def test_the_language_can_be_forced(context: AppContext) -> None:
    build(context, DUOS[1:2])
    [draft] = context.messages.introductions(
        context.batches.id_of(BATCH), language="fr", today=TODAY
    )
    assert draft.language == "fr" and draft.body.startswith("Bonjour Léa, bonjour Chloé,")


def test_edited_templates_and_resources_are_used_then_forgotten_on_reset(
    any_context: AppContext,
) -> None:
    build(any_context, DUOS[:1])
    any_context.messages.save_template(
        any_context.batches.id_of(BATCH),
        TemplateKey.GUIDANCE,
        "fr",
        "",
        "Trois rencontres au moins, {mentee_first_name} !",
    )
    any_context.messages.save_template(
        any_context.batches.id_of(BATCH),
        TemplateKey.INTRO,
        "fr",
        "Bienvenue {mentee_first_name}",
        "{guidance}\n{ pas un champ",
    )
    [draft] = any_context.messages.introductions(any_context.batches.id_of(BATCH), today=TODAY)
    assert (draft.subject, draft.body) == (
        "Bienvenue Bob",
        "Trois rencontres au moins, Bob !\n{ pas un champ",
    )
    intro = any_context.messages.template(any_context.batches.id_of(BATCH), TemplateKey.INTRO, "fr")
    assert intro.customised
    assert not any_context.messages.template(
        any_context.batches.id_of(BATCH), TemplateKey.INTRO, "en"
    ).customised
    any_context.messages.reset_template(any_context.batches.id_of(BATCH), TemplateKey.INTRO, "fr")
    any_context.messages.reset_template(
        any_context.batches.id_of(BATCH), TemplateKey.GUIDANCE, "fr"
    )
    assert stored_templates(any_context) == 0
    [draft] = any_context.messages.introductions(any_context.batches.id_of(BATCH), today=TODAY)
    assert draft.body.startswith("Bonjour Anna, bonjour Bob,")


def test_an_unknown_placeholder_is_refused_and_nothing_is_stored(context: AppContext) -> None:
    build(context, DUOS[:1])
    with pytest.raises(InvalidInput) as raised:
        context.messages.save_template(
            context.batches.id_of(BATCH), TemplateKey.INTRO, "en", "Hi {mentee_nmae}", "x"
        )
    assert str(raised.value).startswith("unknown placeholder(s) {mentee_nmae}: the ones you may")
    assert "{mentee_name}" in str(raised.value)
    with pytest.raises(InvalidInput, match=r"\{guidance\}"):  # a resource cannot include one
        context.messages.save_template(
            context.batches.id_of(BATCH), TemplateKey.AGENDA, "en", "", "{guidance}"
        )
    assert stored_templates(context) == 0


def test_every_template_lists_both_languages_with_the_built_in_texts(context: AppContext) -> None:
    build(context, [])
    templates = context.messages.templates(context.batches.id_of(BATCH))
    assert len(templates) == len(TemplateKey) * 2
    for template in templates:
        assert (template.subject, template.body) == DEFAULTS[template.key].text(template.language)


def test_exported_introductions_parse_with_the_standard_library(
    any_context: AppContext, tmp_path: Path
) -> None:
    build(any_context, DUOS)
    paths = any_context.messages.export_introductions(
        any_context.batches.id_of(BATCH), tmp_path / "intros", today=TODAY
    )
    assert [p.name for p in paths] == [
        "1-anna-martin--bob-durand.eml",
        "2-lea-dubois--chloe-petit.eml",
    ]
    message = BytesParser(policy=policy.default).parsebytes(paths[1].read_bytes())
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ("Léa Dubois", "léa.dubois@example.org"),
        ("Chloé Petit", "chloé.petit@example.org"),
    ]
    assert message["Subject"] == "Promo automne 2026: Léa, meet Chloé"
    assert message["X-Unsent"] == "1"
    body = message.get_body(("plain",))
    assert body is not None
    assert "meet Léa Dubois (léa.dubois@example.org), who will be your mentor" in body.get_content()


def test_no_confirmed_duo_means_no_export(context: AppContext, tmp_path: Path) -> None:
    build(context, DUOS[4:])
    with pytest.raises(InvalidInput, match="no confirmed duo to introduce"):
        context.messages.export_introductions(
            context.batches.id_of(BATCH), tmp_path / "out", today=TODAY
        )
    assert not (tmp_path / "out").exists()


def test_a_mailto_link_carries_the_whole_message(context: AppContext) -> None:
    build(context, DUOS[:1])
    [draft] = context.messages.introductions(context.batches.id_of(BATCH), today=TODAY)
    parts = urlsplit(draft.mailto())
    assert parts.scheme == "mailto"
    assert unquote(parts.path).split(",") == ["anna.martin@example.org", "bob.durand@example.org"]
    query = parse_qs(parts.query)
    assert query["subject"] == [draft.subject]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]


@pytest.mark.parametrize(
    ("planned", "sentence"),
    [
        (
            PlannedDuo("anna.martin", "bob.durand", ("2026-09-15",)),
            "Votre dernier échange date du 15 septembre 2026, il y a 6 semaines.",
        ),
        (
            PlannedDuo("anna.martin", "bob.durand"),
            "vous ne vous êtes pas encore rencontrés depuis le lancement du 7 septembre 2026.",
        ),
        (
            PlannedDuo("anna.martin", "bob.durand", started_on=date(2026, 10, 1)),
            "pas encore rencontrés depuis que je vous ai présentés le 1er octobre 2026.",
        ),
    ],
)
def test_a_nudge_says_why(context: AppContext, planned: PlannedDuo, sentence: str) -> None:
    built = build(context, [planned])
    draft = context.messages.nudge(built.duo_ids["anna.martin/bob.durand"], today=TODAY)
    assert draft.subject == "Promo automne 2026 : des nouvelles de votre duo ?"
    assert sentence in draft.body
    assert draft.as_text().startswith(
        "To: Anna Martin <anna.martin@example.org>, Bob Durand <bob.durand@example.org>\n"
    )


def test_without_a_check_in_the_introduction_gives_the_halfway_date(context: AppContext) -> None:
    build(context, DUOS[:1], milestones=False)
    checkin = context.timeline.timeline(context.batches.id_of(BATCH)).first(MilestoneKind.CHECKIN)
    assert checkin is not None
    context.timeline.delete_milestone(context.batches.id_of(BATCH), checkin)
    [draft] = context.messages.introductions(context.batches.id_of(BATCH), today=TODAY)
    assert "Le point d'étape de la promo aura lieu le 7 novembre 2026." in draft.body
