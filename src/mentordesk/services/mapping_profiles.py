"""Mapping profiles: the columns of a form's export saved under a name or in a file, to reuse.

A profile is ``{"columns": {"Header": "field" | null}, "kind": "meetings"}``; ``kind`` says
which import it was made for (profiles that do not say are the questionnaire's, made before
the other imports existed).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select

from mentordesk.i18n import Text
from mentordesk.io.columns import FieldSet
from mentordesk.services.errors import InvalidInput, NotFound
from mentordesk.services.import_kinds import ImportKind
from mentordesk.services.questionnaire_fields import QUESTIONNAIRE_FIELDS
from mentordesk.storage.models import MappingProfile
from mentordesk.storage.unit_of_work import UnitOfWorkFactory

QUESTIONNAIRE = "questionnaire"
PROFILE_UNREADABLE = Text(
    en="{name}: not a mapping profile ({reason})",
    fr="{name} : ce n'est pas un profil de correspondance ({reason})",
)
PROFILE_NOT_FOUND = Text(
    en="no mapping profile named {name!r}", fr="aucun profil de correspondance « {name} »"
)
WRONG_PROFILE = Text(
    en="{name}: this mapping profile is for another import ({kind})",
    fr="{name} : ce profil de correspondance est celui d'un autre import ({kind})",
)


def read_profile_file(path: Path | str, fields: FieldSet = QUESTIONNAIRE_FIELDS) -> dict[str, Any]:
    """A mapping profile saved as JSON (``{"columns": {"Header": "field" | null}}``) naming
    only ``fields`` (the questionnaire's unless another import's are given)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(PROFILE_UNREADABLE(name=path.name, reason=str(error))) from error
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise InvalidInput(PROFILE_UNREADABLE(name=path.name, reason="no 'columns' object"))
    for key in data["columns"].values():
        if key is not None and key not in fields:
            raise InvalidInput(PROFILE_UNREADABLE(name=path.name, reason=f"unknown field {key!r}"))
    return data


def write_profile_file(path: Path | str, profile: Mapping[str, Any]) -> None:
    Path(path).write_text(json.dumps(profile, ensure_ascii=False, indent=2), encoding="utf-8")


def profile_kind(profile: Mapping[str, Any]) -> str | None:
    """The import a saved profile was made for; None for a profile that does not say."""
    kind = profile.get("kind")
    return kind if isinstance(kind, str) else None


def tagged(profile: Mapping[str, Any], kind: str) -> dict[str, Any]:
    """``profile`` marked as made for ``kind``, so that only that import offers it."""
    return {**profile, "kind": kind}


def read_profile(path: Path | str, kind: ImportKind) -> dict[str, Any]:
    """A mapping profile file for ``kind`` (or for no import in particular); refused when it
    names fields ``kind`` does not have or was made for another import."""
    try:
        profile = read_profile_file(path, kind.fields)
    except InvalidInput:
        profile = read_profile_file(path, _ANY_FIELDS)
        if profile_kind(profile) in (None, kind.key):
            raise
    made_for = profile_kind(profile)
    if made_for not in (None, kind.key):
        raise InvalidInput(WRONG_PROFILE(name=Path(path).name, kind=made_for))
    return profile


def profile_names(uow: UnitOfWorkFactory, kind: str) -> list[str]:
    """The saved mapping profiles made for ``kind``, by name."""
    with uow() as unit:
        rows = unit.session.execute(
            select(MappingProfile.name, MappingProfile.mapping).order_by(MappingProfile.name)
        )
        return [
            name for name, mapping in rows if (profile_kind(mapping or {}) or QUESTIONNAIRE) == kind
        ]


class _AnyFields(FieldSet):
    """Accepts every field name: to read which import a profile was made for."""

    def __contains__(self, key: object) -> bool:
        return True


_ANY_FIELDS = _AnyFields(())


class MappingProfiles:
    """The mapping profiles saved in the database, by name (for a service that has a
    unit of work)."""

    _uow: UnitOfWorkFactory

    def profiles(self) -> list[str]:
        with self._uow() as uow:
            return list(
                uow.session.scalars(select(MappingProfile.name).order_by(MappingProfile.name))
            )

    def profiles_for(self, kind: str) -> list[str]:
        """The saved profiles made for the import ``kind``, by name."""
        return profile_names(self._uow, kind)

    def profile(self, name: str) -> dict[str, Any]:
        with self._uow() as uow:
            found = uow.session.scalars(
                select(MappingProfile).where(MappingProfile.name == name)
            ).one_or_none()
            if found is None:
                raise NotFound(PROFILE_NOT_FOUND(name=name))
            return dict(found.mapping)

    def save_profile(self, name: str, profile: Mapping[str, Any]) -> None:
        """Save (or replace) a named mapping profile."""
        name = name.strip()
        if not name:
            raise InvalidInput("a mapping profile needs a name")
        with self._uow() as uow:
            found = uow.session.scalars(
                select(MappingProfile).where(MappingProfile.name == name)
            ).one_or_none()
            if found is None:
                uow.session.add(MappingProfile(name=name, mapping=dict(profile)))
            else:
                found.mapping = dict(profile)
            uow.commit()

    def delete_profile(self, name: str) -> None:
        with self._uow() as uow:
            uow.session.execute(delete(MappingProfile).where(MappingProfile.name == name))
            uow.commit()
