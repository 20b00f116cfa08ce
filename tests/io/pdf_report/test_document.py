"""The end-of-batch PDF read back as text: the crafted batch's figures, privacy, paper, fonts."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.app import AppContext
from mentordesk.domain.enums import BatchStatus
from mentordesk.io.report_model import Paper, ReportOptions
from mentordesk.io.report_texts import programme_phrase
from mentordesk.services.demo import DEMO_BATCH
from tests.io.pdf_text import pages_text, pdf_text, plain
from tests.services import report_batch as crafted

ALL_OPTIONS = [
    ReportOptions(language=language, show_names=names, duo_table=table, certificates=certificates)
    for language in ("fr", "en")
    for names in (False, True)
    for table in (False, True)
    for certificates in (False, True)
]


def render(context: AppContext, batch: str, options: ReportOptions) -> bytes:
    stream = io.BytesIO()
    context.reports.write_pdf(context.batches.id_of(batch), stream, options, today=crafted.TODAY)
    return stream.getvalue()


@pytest.fixture
def report_context(context: AppContext) -> AppContext:
    crafted.build(context)
    return context


def test_crafted_figures_in_french(report_context: AppContext) -> None:
    text = pdf_text(render(report_context, crafted.BATCH, ReportOptions(language="fr")))
    assert "Bilan de fin de promo" in text
    assert "8 rencontres ont été enregistrées. 75 % des duos se sont vus au moins une fois" in text
    assert "et 50 % au moins trois fois" in text
    assert "5 participants ont noté leurs échanges dans le questionnaire de fin de promo" in text
    assert "(83 % des mentors et mentorés des duos formés)" in text
    assert "60 % d'entre eux leur ont donné plus de 8/10 : 50 % des mentors et" in text
    assert "67 % des mentorés" in text
    assert "8 volontaires se sont inscrits à la promo : 3 mentors et 5 mentorés" in text
    assert "4 duos ont été formés, réunissant 2 mentors et 4 mentorés" in text
    assert "du 5 janvier au 5 mai 2026" in text
    assert "50 % des mentors qui ont répondu au questionnaire disent avoir appris" in text


def test_crafted_figures_in_english(report_context: AppContext) -> None:
    text = pdf_text(render(report_context, crafted.BATCH, ReportOptions(language="en")))
    assert "End-of-batch report" in text
    assert (
        "8 meetings were logged. 75% of the duos met at least once and 50% at least three" in text
    )
    assert "5 participants rated their exchanges in the end-of-batch survey (83% of the" in text
    assert "60% of them rated them above 8/10: 50% of the mentors and 67% of the mentees" in text
    assert "from 5 January to 5 May 2026" in text


def test_progress_merges_spellings_and_counts_mentees_who_answered(
    report_context: AppContext,
) -> None:
    text = pdf_text(render(report_context, crafted.BATCH, ReportOptions(language="en")))
    assert "Answers of the 4 mentees who replied" in text
    assert "Améliorer son CV 50% (2)" in text
    assert "Fixer son TJM 25% (1)" in text
    assert "GitHub 25% (1)" in text
    assert "Other 25% (1)" in text
    assert "Other: subjects named in the mentees' own words" in text
    french = pdf_text(render(report_context, crafted.BATCH, ReportOptions(language="fr")))
    assert "Autre 25 % (1)" in french


def test_definitions_note_in_both_languages(report_context: AppContext) -> None:
    french = pdf_text(render(report_context, crafted.BATCH, ReportOptions(language="fr")))
    english = pdf_text(render(report_context, crafted.BATCH, ReportOptions(language="en")))
    assert "Définition des chiffres" in french
    assert "Duos formés — les duos de la promo qui ont été confirmés" in french
    assert "Note supérieure à 8/10 — parmi les participants qui ont donné une note" in french
    assert "About these figures" in english
    assert (
        "Met at least once / three times — among the duos formed, the share with at least one"
        " (three) logged meetings." in english
    )
    assert "Rated above 8/10 — among the participants who gave a rating" in english


@pytest.mark.parametrize("options", ALL_OPTIONS, ids=repr)
def test_no_private_comment_ever(report_context: AppContext, options: ReportOptions) -> None:
    text = pdf_text(render(report_context, crafted.BATCH, options))
    for private in crafted.PRIVATE_COMMENTS:
        assert plain(private) not in text
        for word in ("Confidentiel", "zut", "annulait", "dernier moment", "burn-out", "dettes"):
            assert word not in text
    assert "j'ai appris autant que j'ai transmis" in text
    assert "décroché une mission <b>!</b>" in text


def test_names_hidden_by_default(report_context: AppContext) -> None:
    text = pdf_text(render(report_context, crafted.BATCH, ReportOptions(duo_table=True)))
    assert "Les noms des participants ne figurent pas dans ce bilan." in text
    for name in crafted.NAMES:
        assert name not in text
    assert "— un mentor" in text
    assert "N° Statut Rencontres" in text


def test_names_shown_in_quotes_and_duo_table(report_context: AppContext) -> None:
    options = ReportOptions(language="en", show_names=True, duo_table=True)
    text = pdf_text(render(report_context, crafted.BATCH, options))
    assert "— Alice Mentor, mentor" in text
    assert "— Fanny Mentee, mentee" in text
    assert "Alice Mentor Bruno Mentee ended 3" in text
    assert "Hana" not in text  # a proposed duo is not a duo


def test_anonymous_duo_table_rows(report_context: AppContext) -> None:
    options = ReportOptions(language="en", duo_table=True)
    text = pdf_text(render(report_context, crafted.BATCH, options))
    rows = [f"{n} ended" for n in range(1, 5)]
    assert all(row in text for row in rows)
    assert "5 ended" not in text
    assert "10/10 9/10" in text  # alice/bruno: both ratings on their duo's line


def test_certificates_one_page_per_participant(report_context: AppContext) -> None:
    plain_report = render(report_context, crafted.BATCH, ReportOptions(language="fr"))
    with_certificates = render(
        report_context, crafted.BATCH, ReportOptions(language="fr", certificates=True)
    )
    base_pages = len(PdfReader(io.BytesIO(plain_report)).pages)
    reader = PdfReader(io.BytesIO(with_certificates))
    assert len(reader.pages) == base_pages + 6
    last = plain(reader.pages[-1].extract_text())
    assert "Attestation de participation" in " ".join(last.split())
    names = [" ".join(plain(page.extract_text()).split()) for page in reader.pages[base_pages:]]
    assert [next(n for n in crafted.NAMES if n in page) for page in names] == [
        "Bruno Mentee",
        "Carla Mentee",
        "Emil Mentee",
        "Fanny Mentee",
        "Alice Mentor",
        "Dora Mentor",
    ]
    assert "et a accompagné 2 mentorés" in names[-1]
    assert f"{base_pages} / {base_pages}" in " ".join(
        plain(reader.pages[base_pages - 1].extract_text()).split()
    )


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_paper(report_context: AppContext, paper: Paper, size: tuple[int, int]) -> None:
    data = render(report_context, crafted.BATCH, ReportOptions(paper=paper, certificates=True))
    for page in PdfReader(io.BytesIO(data)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_page_numbers_count_report_pages(report_context: AppContext) -> None:
    data = render(report_context, crafted.BATCH, ReportOptions(duo_table=True))
    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"{number} / {total}" in plain(page.extract_text())


def test_french_typography(report_context: AppContext) -> None:
    data = render(report_context, crafted.BATCH, ReportOptions(language="fr"))
    raw = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "« Promo hiver 2026 »" in plain(raw)
    assert "s’est déroulée" in raw


def test_demo_report_shows_the_programme_figures(demo_context: AppContext) -> None:
    french = pdf_text(render(demo_context, DEMO_BATCH, ReportOptions(language="fr")))
    english = pdf_text(render(demo_context, DEMO_BATCH, ReportOptions(language="en")))
    assert "96 % des duos se sont vus au moins une fois" in french
    assert "89 % des participants ont noté leurs échanges au-dessus de 8/10" in french
    assert "96% of duos met at least once" in english
    assert "89% of participants rated their exchanges above 8/10" in english
    assert "50 % au moins trois fois" in french


def test_demo_private_comments_stay_out(demo_context: AppContext) -> None:
    from sqlalchemy import select

    from mentordesk.storage.models import Feedback

    with demo_context.unit_of_work() as uow:
        rows = uow.session.execute(select(Feedback.comment, Feedback.may_quote)).all()
    quotable = {comment for comment, may in rows if may and comment}
    private = {comment for comment, may in rows if not may and comment} - quotable
    assert private
    options = ReportOptions(language="fr", show_names=True, duo_table=True, certificates=True)
    text = pdf_text(render(demo_context, DEMO_BATCH, options))
    for comment in private:
        assert plain(comment) not in text


def test_hostile_text_is_printed_not_interpreted(context: AppContext, tmp_path: Path) -> None:
    hostile = {
        "fanny": crafted.Answer(
            rating=10,
            comment="<font size=80>Énorme</font> & <para> 🙂 Łódź Nguyễn\x07 ok",
            may_quote=True,
        )
    }
    crafted.build(context, hostile)
    target = tmp_path / "report.pdf"
    result = context.reports.write_pdf(
        context.batches.id_of(crafted.BATCH), target, ReportOptions(language="en")
    )
    assert result.pages >= 2 and result.path == target
    text = pdf_text(target)
    assert "<font size=80>Énorme</font> & <para> Łódź Nguyễn ok" in text


def test_progress_reaches_the_end(report_context: AppContext) -> None:
    seen: list[tuple[int, int]] = []
    context = report_context
    result = context.reports.write_pdf(
        report_context.batches.id_of(crafted.BATCH),
        io.BytesIO(),
        ReportOptions(certificates=True),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (result.pages, result.pages)
    assert all(done <= total for done, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_very_long_name_still_fits_its_certificate(context: AppContext) -> None:
    crafted.build(context)
    with context.unit_of_work() as uow:
        from mentordesk.storage.models import Person

        person = uow.session.query(Person).filter_by(email="bruno@example.org").one()
        person.first_name = "Marie-Charlotte Éléonore Anne-Sophie Bérénice"
        person.last_name = "de La Tour d'Auvergne-Lauraguais Montmorency"
        uow.commit()
    data = render(context, crafted.BATCH, ReportOptions(language="fr", certificates=True))
    text = pdf_text(data)
    assert "Marie-Charlotte Éléonore Anne-Sophie Bérénice de La Tour" in text
    assert "Auvergne-Lauraguais Montmorency" in text


def _set_batch(context: AppContext, batch: str, **changes: object) -> None:
    from mentordesk.storage.models import Batch

    with context.unit_of_work() as uow:
        row = uow.session.query(Batch).filter_by(name=batch).one()
        for key, value in changes.items():
            setattr(row, key, value)
        uow.commit()


def _add_batch(context: AppContext, name: str, start: date, status: BatchStatus) -> None:
    """A batch of the crafted programme without anyone in it, four months long."""
    from mentordesk.domain.dates import add_months
    from mentordesk.storage.models import Batch, Programme

    with context.unit_of_work() as uow:
        programme = uow.session.query(Programme).one()
        uow.session.add(
            Batch(
                programme_id=programme.id,
                name=name,
                start_date=start,
                end_date=add_months(start, 4),
                status=status,
            )
        )
        uow.commit()


def _render_on(context: AppContext, day: date, options: ReportOptions, batch: str = "") -> bytes:
    stream = io.BytesIO()
    context.reports.write_pdf(
        context.batches.id_of(batch or crafted.BATCH), stream, options, today=day
    )
    return stream.getvalue()


def test_a_running_batch_gets_an_interim_report(report_context: AppContext) -> None:
    _set_batch(report_context, crafted.BATCH, status=BatchStatus.RUNNING)
    day = date(2026, 3, 23)
    french = pdf_text(_render_on(report_context, day, ReportOptions(language="fr")))
    assert "Bilan intermédiaire au 23 mars 2026" in french
    assert "Bilan de fin de promo" not in french
    assert "qui se déroule du 5 janvier au 5 mai 2026 : la promo n'est pas terminée" in french
    assert "s'est déroulée" not in french
    assert "rencontres ont été enregistrées à ce jour" in french
    assert "Les mois à venir sont laissés en blanc." in french
    english = pdf_text(_render_on(report_context, day, ReportOptions(language="en")))
    assert "Interim report as of 23 Mar 2026" in english
    assert "which runs from 5 January to 5 May 2026: the batch is not over" in english
    assert "End-of-batch report" not in english
    # once its end date has passed, the same running batch gets the end-of-batch report
    after = pdf_text(_render_on(report_context, crafted.TODAY, ReportOptions(language="fr")))
    assert "Bilan de fin de promo" in after and "qui s'est déroulée" in after


def test_a_closed_batch_keeps_the_end_of_batch_report_before_its_end_date(
    report_context: AppContext,
) -> None:
    text = pdf_text(_render_on(report_context, date(2026, 3, 23), ReportOptions(language="fr")))
    assert "Bilan de fin de promo" in text and "qui s'est déroulée du 5 janvier" in text


def test_a_draft_batch_without_duos(report_context: AppContext) -> None:
    _add_batch(report_context, "Promo automne 2027", date(2027, 9, 6), BatchStatus.DRAFT)
    options = ReportOptions(language="fr", duo_table=True, certificates=True)
    data = _render_on(report_context, date(2026, 11, 23), options, "Promo automne 2027")
    text = pdf_text(data)
    assert "Bilan intermédiaire au 23 nov. 2026" in text
    assert "qui se déroulera du 6 septembre 2027 au 6 janvier 2028" in text
    assert "Aucun volontaire ne s'est encore inscrit à la promo." in text
    assert "Aucun duo n'a encore été formé." in text
    assert "duos ont été formés" not in text and "réunissant 0" not in text
    english = pdf_text(
        _render_on(
            report_context, date(2026, 11, 23), ReportOptions(language="en"), "Promo automne 2027"
        )
    )
    assert "No duo has been formed yet." in english
    # the short sections stay together on the first page: no page holds only a line or two
    first, *_ = pages_text(data)
    for title in ("Participation", "Satisfaction", "Sur quoi les mentorés ont progressé"):
        assert title in first


def test_the_closed_batch_without_duos_says_so_in_the_past(report_context: AppContext) -> None:
    _add_batch(report_context, "Promo annulée", date(2025, 9, 1), BatchStatus.CLOSED)
    text = pdf_text(_render_on(report_context, crafted.TODAY, ReportOptions(), "Promo annulée"))
    assert "Bilan de fin de promo" in text
    assert "Aucun duo n'a été formé dans cette promo." in text


LONG_MENTOR = "François-Xavier Bernardin de Montalembert"
LONG_MENTEE = "Alexandre Thomas-Delacroix Moussa Fournier"


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_duo_table_wraps_long_names_instead_of_cutting_them(
    report_context: AppContext, paper: Paper, language: str
) -> None:
    from mentordesk.storage.models import Person

    with report_context.unit_of_work() as uow:
        for email, full in (("alice@example.org", LONG_MENTOR), ("bruno@example.org", LONG_MENTEE)):
            person = uow.session.query(Person).filter_by(email=email).one()
            person.first_name, person.last_name = full.split(" ", 1)
        uow.commit()
    options = ReportOptions(language=language, paper=paper, show_names=True, duo_table=True)
    data = render(report_context, crafted.BATCH, options)
    end = "Définition des chiffres" if language == "fr" else "About these figures"
    table = pdf_text(data).split(end)[0].split("Les duos" if language == "fr" else "The duos")[-1]
    assert "…" not in table
    for word in (*LONG_MENTOR.split(), *LONG_MENTEE.split()):
        assert word in table.split()
    header = (
        "N° Mentor Mentoré(e) Statut Rencontres Première rencontre Dernière rencontre"
        if language == "fr"
        else "No. Mentor Mentee Status Meetings First meeting Last meeting"
    )
    assert header in table


def test_programme_named_once(report_context: AppContext) -> None:
    from mentordesk.storage.models import Programme

    with report_context.unit_of_work() as uow:
        uow.session.query(Programme).one().name = "Programme de mentorat"
        uow.commit()
    options = ReportOptions(language="fr", certificates=True)
    french = pdf_text(render(report_context, crafted.BATCH, options))
    assert "programme de mentorat « Programme de mentorat »" not in french.casefold().replace(
        "« programme", "« Programme"
    )
    assert "la promo « Promo hiver 2026 » de « Programme de mentorat », qui" in french
    assert "au programme de mentorat « Programme" not in french
    assert "en tant que mentor à « Programme de mentorat », promo" in french


@pytest.mark.parametrize(
    ("name", "language", "preposition", "phrase"),
    [
        ("Programme de mentorat", "fr", "de", "de «\u00a0Programme de mentorat\u00a0»"),
        ("Mentorat freelance", "fr", "de", "du programme «\u00a0Mentorat freelance\u00a0»"),
        ("Mentorat freelance", "fr", "à", "au programme «\u00a0Mentorat freelance\u00a0»"),
        ("Les Pionnières", "fr", "de", "du programme de mentorat «\u00a0Les Pionnières\u00a0»"),
        ("Mentoring programme", "en", "", "“Mentoring programme”"),
        ("Tech Mentoring", "en", "", "the programme “Tech Mentoring”"),
        ("Les Pionnières", "en", "", "the mentoring programme “Les Pionnières”"),
    ],
)
def test_programme_phrase(name: str, language: str, preposition: str, phrase: str) -> None:
    assert programme_phrase(name, language, preposition) == phrase


def test_certificates_thank_each_role_and_keep_dates_whole(report_context: AppContext) -> None:
    french = render(report_context, crafted.BATCH, ReportOptions(language="fr", certificates=True))
    pages = [" ".join(page.split()) for page in pages_text(french)]
    mentee = next(page for page in pages if "Bruno Mentee a participé" in page)
    mentor = next(page for page in pages if "Alice Mentor a participé" in page)
    assert "Merci pour votre engagement tout au long du programme." in mentee
    assert "Merci d'avoir donné de votre temps" not in mentee
    assert "Merci d'avoir donné de votre temps à la communauté." in mentor
    english = render(report_context, crafted.BATCH, ReportOptions(language="en", certificates=True))
    text = pdf_text(english)
    assert "Thank you for your commitment throughout the programme." in text
    assert "The programme coordinators" in text and "coordination" not in text
    raw = PdfReader(io.BytesIO(french)).pages[-1].extract_text()
    for line in raw.splitlines():
        assert not re.search(r"\b(du|au) \d+(er)?$", line.strip()), line


def test_duo_numbers_match_the_excel_export(report_context: AppContext, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    report = report_context.reports.build(
        report_context.batches.id_of(crafted.BATCH),
        ReportOptions(show_names=True, duo_table=True),
        crafted.TODAY,
    )
    target = tmp_path / "batch.xlsx"
    report_context.exports.export_xlsx(report_context.batches.id_of(crafted.BATCH), target, "fr")
    sheet = load_workbook(target)["Duos"]
    header = [cell.value for cell in sheet[1]]
    number, mentor, mentee = (header.index(h) for h in ("N° de duo", "Mentor", "Mentoré(e)"))
    in_excel = {
        (row[mentor], row[mentee]): row[number] for row in sheet.iter_rows(2, values_only=True)
    }
    assert [line.number for line in report.duos] == sorted(line.number for line in report.duos)
    for line in report.duos:
        assert in_excel[line.mentor, line.mentee] == line.number
