"""The output contract of shared/spec/RECORDS.md as pydantic v2 models.

Components and the resolver work on plain dicts inside the spaCy ``Doc``; these models are
applied once, at the edge (``extract``, the CLI, the scorer), so a record that leaves the
library has always been validated.  Fields may be added here, never renamed or dropped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Label = Literal["MIL_UNIT", "RANK", "QUANTITY", "DATE_RANGE", "LOCATION", "ACTOR"]
LABELS: tuple[str, ...] = ("MIL_UNIT", "RANK", "QUANTITY", "DATE_RANGE", "LOCATION", "ACTOR")
EventType = Literal["deployment", "supply", "training", "attack", "casualties", "withdrawal"]
EVENT_TYPES: tuple[str, ...] = ("deployment", "supply", "training", "attack", "casualties", "withdrawal")
Qualifier = Literal["exact", "approx", "up_to", "less_than", "at_least", "more_than", "range", "vague"]


class _Model(BaseModel):
    # Fixtures and user files may carry extra keys (notes, annotator ids): keep them.
    model_config = ConfigDict(extra="allow")


class Quantity(_Model):
    value: int | float | None = None
    low: int | float | None = None
    high: int | float | None = None
    qualifier: Qualifier | None = None
    item: str | None = None
    unit: str | None = None

    @model_validator(mode="after")
    def _bounds_ordered(self) -> Quantity:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


class DateRange(_Model):
    start: dt.date | None = None
    end: dt.date | None = None
    granularity: Literal["day", "week", "month", "season", "quarter", "year", "decade", "century"] | None = None

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")
        return self


class Place(_Model):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Actor(_Model):
    name: str | None = None
    country: str | None = None


class UnitNorm(_Model):
    name: str | None = None
    country: str | None = None
    kind: Literal["national_force", "branch", "formation", "group"] | None = None
    echelon: str | None = None


class RankNorm(_Model):
    rank: str | None = None
    person: str | None = None
    grade: str | None = None


NORM_MODELS: dict[str, type[_Model]] = {
    "MIL_UNIT": UnitNorm,
    "RANK": RankNorm,
    "QUANTITY": Quantity,
    "DATE_RANGE": DateRange,
    "LOCATION": Place,
    "ACTOR": Actor,
}


class Tag(_Model):
    label: Label
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    norm: dict[str, Any] = Field(default_factory=dict)
    optional: bool = False

    @model_validator(mode="after")
    def _check(self) -> Tag:
        if self.end < self.start:
            raise ValueError(f"tag end {self.end} before start {self.start}")
        if self.norm:
            # Validate the norm against its label's model but keep it a plain dict, so that
            # JSON out is exactly the shape RECORDS.md shows.
            NORM_MODELS[self.label].model_validate(self.norm)
        return self


class ErrorInfo(_Model):
    type: str
    message: str


class Event(_Model):
    type: EventType
    trigger: str | None = None
    actor: Actor | None = None
    recipient: Actor | None = None
    quantity: Quantity | None = None
    location: Place | None = None
    origin: Place | None = None
    mode: Literal["air", "rail", "road", "sea"] | None = None
    time: DateRange | None = None
    source: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    summary: str | None = None
    outcome: Literal["killed", "wounded", "captured", "missing"] | None = Field(
        default=None, description="For casualties: what happened to the people counted (one event per outcome and group).")
    modality: Literal["asserted", "possible"] = "asserted"
    contradicted_by: list[int] = Field(
        default_factory=list,
        description="Indexes (in the same list) of events that make the same claim with other figures, "
        "usually from another source: both versions are kept.",
    )
    optional: bool = False


class Record(_Model):
    id: str | None = None
    published: dt.date | None = None
    text: str | None = None
    tags: list[Tag] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    possible_events: list[Event] = Field(
        default_factory=list,
        description="Hedged or hypothetical events ('could', 'might', 'plans to'), kept apart from "
        "the asserted ones in `events` so that a reader never mistakes a warning for a fact.",
    )
    error: ErrorInfo | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _date_only(cls, value: Any) -> Any:
        # Accept full timestamps ("2024-11-01T08:00:00Z") as their date: anchoring is per day.
        if isinstance(value, str) and len(value) > 10 and value[4:5] == "-" and value[10:11] in "T ":
            return value[:10]
        return value

    def to_json_dict(self, with_text: bool = True) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude_none=False)
        if not with_text:
            data.pop("text", None)
        return data


def record_json_schema() -> dict[str, Any]:
    """The published JSON Schema of ``Record`` (docs/schema/record.schema.json is generated from it)."""
    return Record.model_json_schema()
