"""What a curation action changed: each row as it was before and as it is after.

Applying a change set's :meth:`~ChangeSet.inverse` undoes the action, and applying the
inverse of that redoes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from mentordesk.domain.enums import DuoState
from mentordesk.services.matching_snapshot import DuoRecord


@dataclass(frozen=True)
class DuoFacts:
    """What a duo row says, apart from its identity and version."""

    state: DuoState
    pinned: bool
    ended_on: date | None = None
    score: float | None = None

    def same_as(self, other: DuoFacts | None) -> bool:
        return other is not None and (self.state, self.pinned, self.ended_on) == (
            other.state,
            other.pinned,
            other.ended_on,
        )


@dataclass(frozen=True)
class PairChange:
    mentor_id: int
    mentee_id: int
    before: DuoFacts | None
    after: DuoFacts | None
    before_version: int | None = None
    after_version: int | None = None

    def inverse(self) -> PairChange:
        return PairChange(
            self.mentor_id, self.mentee_id, self.after, self.before, self.after_version
        )


@dataclass(frozen=True)
class ExclusionChange:
    mentor_id: int
    mentee_id: int
    before: str | None
    after: str | None

    def inverse(self) -> ExclusionChange:
        return ExclusionChange(self.mentor_id, self.mentee_id, self.after, self.before)


@dataclass(frozen=True)
class WithdrawalChange:
    participation_id: int
    before: date | None
    after: date | None

    def inverse(self) -> WithdrawalChange:
        return WithdrawalChange(self.participation_id, self.after, self.before)


@dataclass(frozen=True)
class SettingsChange:
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def inverse(self) -> SettingsChange:
        return SettingsChange(self.after, self.before)


@dataclass(frozen=True)
class ChangeSet:
    batch_id: int
    pairs: tuple[PairChange, ...] = ()
    exclusions: tuple[ExclusionChange, ...] = ()
    withdrawals: tuple[WithdrawalChange, ...] = ()
    settings: SettingsChange | None = None
    warnings: tuple[str, ...] = field(default=(), compare=False)

    @property
    def empty(self) -> bool:
        return not (self.pairs or self.exclusions or self.withdrawals or self.settings)

    def inverse(self) -> ChangeSet:
        return ChangeSet(
            batch_id=self.batch_id,
            pairs=tuple(change.inverse() for change in reversed(self.pairs)),
            exclusions=tuple(change.inverse() for change in reversed(self.exclusions)),
            withdrawals=tuple(change.inverse() for change in reversed(self.withdrawals)),
            settings=self.settings.inverse() if self.settings else None,
        )

    def added(self) -> list[tuple[int, int]]:
        """The pairs this change makes current duos (new or brought back)."""
        return [
            (c.mentor_id, c.mentee_id)
            for c in self.pairs
            if c.after is not None
            and c.after.state is not DuoState.ENDED
            and (c.before is None or c.before.state is DuoState.ENDED)
        ]


def facts_of(duo: DuoRecord) -> DuoFacts:
    return DuoFacts(duo.state, duo.pinned, duo.ended_on, duo.score)
