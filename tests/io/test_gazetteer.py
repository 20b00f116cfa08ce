"""Offline places: names, arrondissements and postcodes to one canonical city."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from mentordesk.io import gazetteer
from mentordesk.io.gazetteer import DEPARTMENTS, department_of, distance_km, find_place


@pytest.mark.parametrize(
    "text", ["Paris", "PARIS", "paris 11e", "Paris 11ème", "75011", "75011 Paris", "Paris (75)"]
)
def test_paris_spellings(text: str) -> None:
    place = find_place(text)
    assert place is not None
    assert (place.name, place.region, place.country) == ("Paris", "Île-de-France", "FR")
    assert place.latitude == pytest.approx(48.85, abs=0.05)


def test_accents_abbreviations_and_homonyms() -> None:
    assert find_place("St Etienne").name == "Saint-Étienne"  # type: ignore[union-attr]
    metropolitan = find_place("Saint-Denis")
    reunion = find_place("Saint-Denis", postcode="97400")
    assert metropolitan is not None and metropolitan.region == "Île-de-France"
    assert reunion is not None and reunion.region == "La Réunion"
    assert find_place("Lyon 3e", "69003").postcode == "69003"  # type: ignore[union-attr]


def test_postcode_alone_gives_the_departments_main_city() -> None:
    place = find_place("92100")
    assert place is not None and place.name == "Nanterre" and place.approximate
    assert department_of("20090") == "2A"
    assert department_of("97411") == "974"
    assert department_of("abc") is None


def test_every_department_has_its_main_city() -> None:
    for code in DEPARTMENTS:
        assert gazetteer._main_city(code) is not None, code


def test_abroad() -> None:
    geneva = find_place("Genève")
    assert geneva is not None and geneva.country == "CH"
    assert find_place("Montréal").country == "CA"  # type: ignore[union-attr]
    assert find_place("Valence").country == "FR"  # type: ignore[union-attr]
    assert find_place("Genève", abroad=False) is None
    assert find_place("Qwxz") is None


def test_distance() -> None:
    paris, lyon = find_place("Paris"), find_place("Lyon")
    assert paris is not None and lyon is not None
    assert distance_km(paris, lyon) == pytest.approx(392, abs=5)
    assert distance_km(paris, paris) == 0


@pytest.mark.slow
def test_shipped_table_matches_its_builder(tmp_path: Path) -> None:
    rebuilt = tmp_path / "places.tsv.gz"
    count = gazetteer.write_french_table(rebuilt)
    assert count > 15_000
    world = tmp_path / "world.tsv.gz"
    assert gazetteer.write_world_table(world) > 30_000
    for built, shipped in ((rebuilt, gazetteer.DATA), (world, gazetteer.WORLD_DATA)):
        assert gzip.decompress(built.read_bytes()) == gzip.decompress(shipped.read_bytes())
        # The same blocks (their offsets depend on the zlib that compressed them).
        assert gazetteer._blocks(built)[0] == gazetteer._blocks(shipped)[0]


def test_shipped_tables_are_sorted_for_their_look_ups() -> None:
    for table in (gazetteer.DATA, gazetteer.WORLD_DATA):
        lines = gzip.decompress(table.read_bytes()).decode("utf-8").splitlines()
        assert lines == sorted(lines)
        keys = [line.split("\t", 1)[0] for line in lines]
        if table == gazetteer.WORLD_DATA:
            assert len(keys) == len(set(keys))
        # Around every block boundary, and beyond both ends, a key finds all its lines.
        firsts, _ = gazetteer._blocks(table)
        assert len(firsts) > 3
        for first in firsts:
            at = keys.index(first)
            for key in {first, keys[at - 1] if at else first}:
                expected = [line for line, k in zip(lines, keys, strict=True) if k == key]
                assert gazetteer._lines_of(table, key) == expected
        assert gazetteer._lines_of(table, "0") == gazetteer._lines_of(table, "zzzzzz") == []


def test_a_french_village_yields_to_a_big_world_city_only() -> None:
    assert find_place("Montréal").country == "CA"  # type: ignore[union-attr]
    assert find_place("Abbaretz").country == "FR"  # type: ignore[union-attr]
    assert find_place("Londres").country == "GB"  # type: ignore[union-attr]
