"""What the coordinator sets per batch: the weights of the criteria and the hard rules.

They are saved in ``Batch.settings["matching"]`` as plain JSON; reading tolerates missing or
damaged values (a default takes their place), so an old batch always opens.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

CRITERIA = ("topics", "place", "language", "format", "experience")
RULES = ("share_language", "in_person_same_city", "compatible_format", "cover_a_need")
MAX_WEIGHT = 10.0
SETTINGS_KEY = "matching"


@dataclass(frozen=True)
class Weights:
    """How much each criterion counts, from 0 (ignored) to 10."""

    topics: float = 6.0
    place: float = 2.0
    language: float = 1.0
    format: float = 1.0
    experience: float = 0.0

    def total(self) -> float:
        return float(sum(float(getattr(self, name)) for name in CRITERIA))


@dataclass(frozen=True)
class Rules:
    """Pairs that break an active rule are never proposed nor suggested."""

    share_language: bool = True
    in_person_same_city: bool = False
    compatible_format: bool = False
    cover_a_need: bool = False


@dataclass(frozen=True)
class MatchSettings:
    weights: Weights = field(default_factory=Weights)
    rules: Rules = field(default_factory=Rules)
    nearby_km: float = 50.0

    def as_json(self) -> dict[str, Any]:
        return {
            "weights": asdict(self.weights),
            "rules": asdict(self.rules),
            "nearby_km": self.nearby_km,
        }

    @classmethod
    def from_json(cls, data: object) -> MatchSettings:
        if not isinstance(data, Mapping):
            return cls()
        default = cls()
        weights = _read_weights(data.get("weights"), default.weights)
        rules = _read_rules(data.get("rules"), default.rules)
        nearby = _number(data.get("nearby_km"), default.nearby_km, low=0.0, high=1000.0)
        return cls(weights=weights, rules=rules, nearby_km=nearby)

    def with_weight(self, name: str, value: float) -> MatchSettings:
        if name not in CRITERIA:
            raise ValueError(f"unknown criterion {name!r}")
        clamped = min(max(float(value), 0.0), MAX_WEIGHT)
        return replace(self, weights=replace(self.weights, **{name: clamped}))

    def with_rule(self, name: str, active: bool) -> MatchSettings:
        if name not in RULES:
            raise ValueError(f"unknown rule {name!r}")
        return replace(self, rules=replace(self.rules, **{name: bool(active)}))


def _number(value: object, default: float, *, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return default
    return min(max(float(value), low), high)


def _read_weights(data: object, default: Weights) -> Weights:
    if not isinstance(data, Mapping):
        return default
    values = {
        f.name: _number(data.get(f.name), getattr(default, f.name), low=0.0, high=MAX_WEIGHT)
        for f in fields(Weights)
    }
    return Weights(**values)


def _read_rules(data: object, default: Rules) -> Rules:
    if not isinstance(data, Mapping):
        return default
    values = {
        f.name: data[f.name] if isinstance(data.get(f.name), bool) else getattr(default, f.name)
        for f in fields(Rules)
    }
    return Rules(**values)
