"""Schemas of the lexicon files and of users' extra lexicons (issue 13).

One pydantic model per shipped file, checked once when the file is first loaded, and one per
section of a user's extra lexicon (``{"units": ..., "ranks": ..., "quantities": ..., "dates": ...,
"places": ..., "triggers": ...}``).  Every object model forbids unknown keys, so a misspelled key
is an error that names the file, the key path and the nearest known key::

    LexiconError: units.json: unknown key 'echelom' at groups[3] (did you mean 'echelon'?)

Keys starting with "_" are comments and are allowed in every object.  In the free-form maps
(phrase -> value) a "_" key is skipped only where the reader skips it (``dates.holidays``,
``qualifiers.vague.phrases``); elsewhere it would reach the vocabulary, so it is checked like any
other entry.  Scalars are strict (no "12" for 12, no 1 for true); numbers may be int or float
where the reader takes either.

Adding a key to a shipped file now needs the matching field here, in the same change.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

__all__ = ["EXTRA_SECTIONS", "FILE_SCHEMAS", "LexiconError", "validate_data", "validate_extra"]


class LexiconError(ValueError):
    """A lexicon file (shipped or a user's) that does not match its schema.

    ``source`` is the file name, ``path`` the key path of the first problem (``groups[3]``;
    "" for the top level) and ``problems`` every (path, message) found.
    """

    def __init__(self, source: str, problems: list[tuple[str, str, str]]) -> None:
        self.source = source
        self.problems = [(path, msg + hint) for path, msg, hint in problems]
        self.path = problems[0][0] if problems else ""
        lines = [f"{msg} at {path}{hint}" if path else msg + hint for path, msg, hint in problems[:10]]
        if len(problems) > 10:
            lines.append(f"... and {len(problems) - 10} more")
        super().__init__(f"{source}: " + "\n  ".join(lines))


# ----------------------------------------------------------------------------- building blocks


def _is_comment(key: Any) -> bool:
    return isinstance(key, str) and key.startswith("_")


def _did_you_mean(key: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class Strict(BaseModel):
    """An object of a lexicon file: known keys only, "_" keys are comments."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    @model_validator(mode="before")
    @classmethod
    def _known_keys(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data  # pydantic reports the type
        data = {k: v for k, v in data.items() if not _is_comment(k)}
        known = cls.model_fields
        unknown = [k for k in data if k not in known]
        if unknown:
            # one error per object; the key and the nearest known one are in the message
            key = str(unknown[0])
            msg = f"unknown key {key!r}"
            if len(unknown) > 1:
                msg += " (and " + ", ".join(repr(str(k)) for k in unknown[1:]) + ")"
            raise PydanticCustomError("unknown_key", "{msg}", {"msg": msg, "hint": _did_you_mean(key, known)})
        return data


def _drop_comments(value: Any) -> Any:
    return {k: v for k, v in value.items() if not _is_comment(k)} if isinstance(value, dict) else value


def _pair_ordered(value: list[Any]) -> list[Any]:
    if value[0] > value[1]:
        raise ValueError(f"low {value[0]} is above high {value[1]}")
    return value


Str = StrictStr
Int = StrictInt
Number = StrictFloat  # an int is a float here, a string or a bool is not
Words = list[StrictStr]
ISO3 = Annotated[StrictStr, Field(pattern=r"^[A-Z]{3}$")]
ISODate = Annotated[StrictStr, Field(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Month = Annotated[StrictInt, Field(ge=1, le=12)]
Weekday = Annotated[StrictInt, Field(ge=0, le=6)]
DayOfMonth = Annotated[StrictInt, Field(ge=1, le=31)]
MonthPair = Annotated[list[Month], Field(min_length=2, max_length=2)]
DayPair = Annotated[list[DayOfMonth], Field(min_length=2, max_length=2), AfterValidator(_pair_ordered)]
Span = Annotated[list[Number], Field(min_length=2, max_length=2), AfterValidator(_pair_ordered)]
Grade = Annotated[StrictStr, Field(pattern=r"^(?:OF|OR|WO)-\d{1,2}$|^OF\(D\)$")]
ItemClass = Literal["personnel", "civilians", "materiel", "objectives"]
UnitKind = Literal["national_force", "branch", "formation", "group"]  # models.UnitNorm.kind
Mode = Literal["air", "rail", "road", "sea"]  # models.Event.mode
Granularity = Literal["hour", "day", "week", "month", "year", "decade"]  # date_resolve.r_ago / r_past_n ("decade": ten years)
PeriodUnit = Literal["hour", "day", "week", "month", "year", "decade", "fortnight"]  # "fortnight": two weeks
PlaceKind = Literal["country", "capital", "metonym", "region", "city"]  # components.places._PRIORITY


# phrase -> value maps whose readers skip "_" keys (comments)
CommentedMapSpan = Annotated[dict[StrictStr, Span], BeforeValidator(_drop_comments)]
CommentedMapStr = Annotated[dict[StrictStr, Str], BeforeValidator(_drop_comments)]


# ----------------------------------------------------------------------------- units.json


class UnitEntry(Strict):
    """One of ``branches``, ``national_forces`` or ``groups`` (components/units.py)."""

    name: Str
    aliases: Words = []
    # aliases another force also goes by ("ADF"): this entry's reading only where the text names its country
    aliases_need_country: Words = []
    country: ISO3 | None = None
    kind: UnitKind | None = None
    echelon: Str | None = None


class UnitsFile(Strict):
    force_nouns: Words
    adjectival_force_nouns: Words | None = None
    bare_force_nouns: Words | None = None  # "gunmen attacked": a force named without a determiner
    gated_force_nouns: dict[Str, Words] = {}  # "moved reserves": a force only after the listed words or a trigger verb
    bare_force_phrases: Words = []  # "armed men attacked": the same, in several words
    branches: list[UnitEntry]
    national_forces: list[UnitEntry]
    groups: list[UnitEntry]
    echelons: dict[Str, Str]
    formation_modifiers: Words
    adjective_modifiers: Words
    modifier_heads: Words | None = None
    group_modifier_heads: Words = []
    group_words: Words = []  # resolve/slots: "the ISIL terrorist group" counts no terrorist
    groupings: Words = []  # "Group of Forces Centre", "the North group of forces", "Battlegroup West"
    name_echelons: Words = []  # echelon words that follow a title-case name ("Azov Brigade")
    name_echelon_phrases: Words = []  # two-word ones ("the Southern Military District")
    modifier_echelons: Words = []  # ... only when the name holds a formation modifier ("Marine Corps")
    named_group_nouns: Words = []  # "Dozo militiamen": capitalised unknown words + one of these
    place_prefixed: Words = []  # "the Vermont Air National Guard": a place before the name is part of it
    enemy_nouns: Words = []  # "the occupiers struck": the text's attacker
    operation_words: Words = []  # "Troops of Operation Hadin Kai": the force that serves in the operation
    operation_members: Words = []  # ... named after one of these nouns and "of"
    stateless_force_nouns: Words = []  # "Armed men attacked": the resolver's actor is the phrase
    acronym_force_heads: Words = []  # "the Arakan Army (AA)": a bracketed acronym of a force's full name
    headed_name_heads: Words = []  # "the Special Deterrence Force": capitalised words before a force head
    generic_force_words: Words = []  # ... not "Task Force", "Armed Forces"
    acronym_name_connectors: Words = []  # small words inside such a name ("Forces for the Liberation of")


# ----------------------------------------------------------------------------- ranks.jsonl


class RankEntry(Strict):
    """One line of ranks.jsonl. ``countries``, ``branch`` and ``grade_by_country`` document the rank;
    the RANK tagger reads only ``rank``, ``grade``, ``aliases`` and ``ambiguous``."""

    rank: Str
    grade: Grade | None = None
    aliases: Words = []
    countries: list[ISO3] = []
    ambiguous: StrictBool = False
    branch: Literal["army", "navy", "air", "marine", "any"] | None = None
    grade_by_country: dict[ISO3, Grade] = {}


# ----------------------------------------------------------------------------- rank_rules.json


class RatingGrade(Strict):
    """A class or a chief prefix of a navy rating: its spellings, canonical words and grade."""

    canonical: Str
    forms: Words
    grade: Grade


class RankRulesFile(Strict):
    civil_before: Words
    civil_before_exempt: dict[Str, Words]
    not_name: Words
    name_particles: Words
    max_name_tokens: Annotated[StrictInt, Field(ge=1)]
    always_accept_lowercase: Words
    name_suffixes: Words = []  # "Jr.", "III" after a holder's name
    title_abbreviations: Words = []  # pipeline: "Col." keeps its full stop, which ends no sentence
    lowercase_determiners: Words = []  # "a colonel"; country adjectives come from countries.csv
    lowercase_followers: Words = []  # "the general said", not "the general public"
    ratings: Words = []  # navy ratings, ranks with a class or a chief prefix
    rating_classes: list[RatingGrade] = []  # "1st Class" -> "First Class", OR-6
    rating_chiefs: list[RatingGrade] = []  # "Chief" -> OR-7


# ----------------------------------------------------------------------------- numbers.json


class NumbersFile(Strict):
    units: dict[Str, Int]
    tens: dict[Str, Int]
    scales: dict[Str, Int]
    scale_abbreviations_need_digits: Words
    scale_abbreviations_attached_only: Words = []  # "€3B" is 3 billion, "12 b" twelve barns
    scale_letters_after_money: dict[Str, Int] = {}  # "$2.174T": a trillion only after a currency
    collectives: dict[Str, Int]
    denominators: dict[Str, Annotated[StrictInt, Field(ge=2)]] = {}
    negative: Words = []

    @model_validator(mode="after")
    def _abbreviations_are_scales(self) -> NumbersFile:
        missing = [w for w in self.scale_abbreviations_need_digits if w not in self.scales]
        if missing:
            raise ValueError(f"scale_abbreviations_need_digits lists {missing} that are not in scales")
        return self


# ----------------------------------------------------------------------------- qualifiers.json


class QualifierPhrases(Strict):
    """Qualifier name -> phrases; the names are fixed by models.Qualifier."""

    approx: Words = []
    up_to: Words = []
    less_than: Words = []
    at_least: Words = []
    more_than: Words = []


class Vague(Strict):
    phrases: CommentedMapSpan
    need_item: Words


class QualifiersFile(Strict):
    before: QualifierPhrases
    after: QualifierPhrases
    range_connectors: dict[StrictStr, Words] = {}  # components/quantities: after "between", "from", else ""
    vague: Vague


# ----------------------------------------------------------------------------- items.json


class Multipliers(Strict):
    words: Words  # "times": multiplies the number before it
    numbers: dict[Str, Annotated[StrictInt, Field(ge=2, le=10)]]  # "twice": 2


class ItemsFile(Strict):
    personnel: Words = []
    civilians: Words = []
    materiel: Words = []
    objectives: Words = []
    plurals: dict[Str, Str]
    measures: Words
    currency_symbols: dict[Str, Str]
    time: Words
    age: Words
    clock: Words
    modifiers: Words
    unit_names: dict[Str, Str]
    unit_preferences: CommentedMapStr = {}
    weight_senses: CommentedMapStr = {}
    model_senses: dict[Str, Str] = {}  # "four F-35A fighters": the sense after a model designation
    period_splits: WordList | None = None  # pipeline: "320 km/h." -> "h" + "."
    unit_entity_order: Words = []
    not_measures: Words = []
    designations: Words = []
    system_names: Words = []  # components/quantities: "four HIMARS" counts HIMARS
    era: Words = []
    duration_suffixes: Words = []
    neutral_victims: Words = []  # "casualties", "victims": people of either side, no civilians of the place
    people_verbs: Words = []  # "kills nine": a bare number after these counts people
    platforms: Words = []  # materiel that moves itself: sent or detected somewhere, it is deployed
    civil_platforms: Words = []  # platforms that may be civilian: uncounted, no force moving
    ground_platforms: Words = []  # crewed ground equipment: spotted somewhere, a force is there
    munitions: Words = []  # resolve/slots: munitions moving alone are a strike ("15 projectiles crossing")
    subject_auxiliaries: Words = []  # "and one was wounded": a spelled number before these is a subject count
    gap_prepositions: Words = []  # "two battalions to Bakhmut and one to Siversk": a gapped count's preposition
    toll_heads: Words = []  # "put the death toll at seven": with "to"/"at", a bare number is the toll's figure
    age_glue: Words = []  # "aged between four and 70": words between an age word and its ages
    rate_words: Words = []  # "$4 a gallon": a unit per another
    multipliers: Multipliers | None = None  # "four times per week", "twice a week"
    unit_powers: dict[Str, Str] = {}  # "12 km²"


# ----------------------------------------------------------------------------- dates.json


class Holiday(Strict):
    """A fixed date (month, day), the nth or last weekday of a month, or Easter + offset
    (components/date_resolve.holiday_date)."""

    rule: Literal["fixed", "nth_weekday", "last_weekday", "weekday_on_or_after", "easter", "orthodox_easter"] = "fixed"
    month: Month | None = None
    day: DayOfMonth | None = None
    weekday: Weekday | None = None
    n: Annotated[StrictInt, Field(ge=1, le=5)] | None = None
    offset: Int = 0
    country: ISO3 | None = None  # not read by any component

    @model_validator(mode="after")
    def _rule_fields(self) -> Holiday:
        need = {"fixed": ("month", "day"), "nth_weekday": ("month", "weekday", "n"),
                "last_weekday": ("month", "weekday"), "weekday_on_or_after": ("month", "day", "weekday")}.get(self.rule, ())
        missing = [f for f in need if getattr(self, f) is None]
        if missing:
            raise ValueError(f"rule {self.rule!r} needs {', '.join(missing)}")
        return self


CommentedMapHoliday = Annotated[dict[StrictStr, Holiday], BeforeValidator(_drop_comments)]


RelativePeriod = tuple[Literal["days", "week", "weekend", "month", "quarter", "year", "decade"], StrictInt]


class DatesFile(Strict):
    months: dict[Str, Month]
    weekdays: dict[Str, Weekday]
    weekday_abbreviations_need_period_or_date: Words
    seasons: dict[Str, MonthPair]
    parts: dict[Str, DayPair]
    relative_days: dict[Str, Int | None]
    night_leads: Words = []  # components/dates: "overnight on April 29" is April 29, one range
    anaphoric_days: dict[Str, Int] = {}  # components/dates: "the following day", after the last date named
    anaphoric_periods: dict[Str, RelativePeriod] = {}  # "the previous year", "a week later"
    year_ago_periods: Words = []  # "the year-earlier period": the last date named, a year back
    relative_periods: dict[Str, RelativePeriod]
    period_units: dict[Str, PeriodUnit]
    eras: dict[Str, ISODate | None]
    era_contexts: dict[Str, Words]
    future_markers: Words
    past_markers: Words
    past_forms: Words = []  # irregular past tenses: "told", "met", "sent"
    clause_breaks: Words
    present_words: dict[Str, Int]
    generic_after_today: Words
    habitual_words: Words = []  # "every Monday": a habit, no date
    names_with_dates: Words = []  # "the Mail on Sunday": a name, no date
    name_heads: Words = []  # "6th of October City": a name, no date
    until_words: Words = []  # "until Friday": from published to that date
    until_negations: Words = []  # "would not reach it until March": March itself
    reporting_periods: Words = []  # "the reporting period": the last range named
    year_heads: Words = []  # "order 2022", "Ordered 2018": register words before a bare year
    onset_verbs: Words = []  # "since the war began on Oct. 7, 2023": the onset of a named event
    onset_gerunds: Words = []  # "since launching its offensive on November 13"
    holidays: CommentedMapHoliday
    ordinals: dict[Str, Annotated[StrictInt, Field(ge=1, le=31)]]
    fiscal_year_start_month: Month


# ----------------------------------------------------------------------------- triggers.json


class Seizures(Strict):
    """Seizure verbs and the goods whose seizure is no strike (triggers.json ``types.attack.seizures``)."""

    verbs: Words
    goods: Words
    measures: Words = []  # units of mass and volume: "1.2 tonnes of cocaine" is a haul


class TriggerType(Strict):
    verbs: Words
    forms: dict[Str, Words] = {}
    nouns: Words = []
    phrases: Words = []
    need_particle: dict[Str, Words] = {}  # resolve/frames: "pulled" counts only with "back"/"out"
    need_context: dict[Str, Words] = {}  # resolve/frames: "violated" counts only near "airspace"
    context_window: dict[Str, int] = {}  # resolve/frames: how far need_context looks each side (default 8 tokens)
    presence_nouns: Words = []  # deployment: presence with a place is a deployment
    presence_verbs: Words = []  # deployment: "overflew Lesvos", as presence nouns
    sortie_verbs: Words = []  # deployment: ships and aircraft that move themselves ("sailed", "scrambled")
    departure_verbs: Words = []  # deployment: the object is the place left ("departed Norfolk")
    detection_verbs: Words = []  # deployment: aircraft and ships "detected" around a place are there
    need_place: Words = []  # deployment: "serve" is presence only with a place ("serve in Haiti")
    course_verbs: Words = []  # deployment: munitions "crossing" or "flying" alone are a strike
    ground_course_verbs: Words = []  # deployment: armour "entering" or "rolling into" moves itself, no supply
    count_verbs: Words = []  # deployment: "has" is presence only with a count after it ("has 2,500 troops in Iraq")
    place_verbs: Words = []  # deployment: "hold" is presence only with a place as its object ("held Fallujah")
    place_objects: Words = []  # deployment: words between a place verb and its place ("parts of")
    place_counts: Words = []  # deployment: places counted after a place verb ("holds five positions")
    munition_verbs: Words = []  # attack: "fell" is a strike only with counted munitions before it
    vessel_verbs: Words = []  # attack: "sank" is a strike only with a vessel as its object ("sank two carriers")
    vessel_participles: Words = []  # attack: "sunk" also with the vessel before it ("4 ships sunk")
    vessels: Words = []  # attack: the vessels of vessel_verbs
    list_openers: Words = []  # supply: words that open a list of goods
    signed_nouns: Words = []  # supply: "signed a deal for 18 TB2s": the signer receives
    signing_verbs: Words = []  # supply: the verbs of signed_nouns ("signed", "inked")
    signed_only: Words = []  # supply: "deal" is a supply only when a state signs it
    business_sales: dict[Literal["words", "arms_words"], Words] = {}  # supply: "sales slipped 6.5 percent"
    force_only: Words = []  # withdrawal: "evacuated" needs a force, not people taken to safety
    struck_nouns: Words = []  # attack: "ISIL targets": what is struck, so the group named on it is hit
    ongoing_verbs: Words = []  # attack: "Fighting continued in Kursk Oblast": fighting goes on there
    seizures: Seizures | None = None  # attack: "40 firearms had been seized" is a haul, not a strike


class Outcomes(Strict):
    """Outcome (models.Event.outcome) -> cue words; the first list holding a word of the trigger wins."""

    killed: Words = []
    wounded: Words = []
    captured: Words = []
    missing: Words = []


class WordList(Strict):
    words: Words


class CasualtiesType(TriggerType):
    outcomes: Outcomes  # resolve/frames.build_lexicon
    retractions: Words  # resolve/frames.build_lexicon: a death taken back ("was later found alive")
    single_persons: Words = []  # resolve/slots
    np_adjectives: Words = []  # resolve/slots: "a former opposition commander"
    victim_subject: Words = []  # resolve/slots: "Russia had lost", "two soldiers died": the side hit
    toll_verbs: Words = []  # resolve/slots: "the death toll rose to 12"
    toll_verbs_direct: Words = []  # resolve/slots: "the number of dead has reached 1,847" (no "to")
    breakdown_openers: Words = []  # resolve/component: "29 people (8 civilians, ...)", ", including"
    not_victims: Words = []  # resolve/slots: "tens of thousands displaced" counts no casualties
    non_victim_objects: Words = []  # resolve/slots: "neutralize these threats" kills nobody
    captive_takers: Words = []  # resolve/slots: "killed 1,200 people and took 251 hostages": the 251 are captured
    captive_nouns: Words = []
    implies_attack: Words = []  # resolve/component: "gunmen shot dead three" is an attack too
    breakdown_stops: Words = []  # ... and the words that end the list of groups


class TriggerTypes(Strict):
    """Event types are fixed by models.EventType."""

    deployment: TriggerType | None = None
    supply: TriggerType | None = None
    training: TriggerType | None = None
    attack: TriggerType | None = None
    casualties: CasualtiesType
    withdrawal: TriggerType | None = None


class Sources(Strict):
    before: Words
    speech_verbs: Words
    org_nouns: Words = []  # resolve/sources: "the ministry said"
    org_modifiers: Words = []  # "the regional military administration"
    title_words: Words = []  # "Governor Oleh Syniehubov" -> the person
    pronouns: Words = []  # "he said": the last speaker
    first_person: Words = []  # resolve/slots: '"We destroyed ...," the General Staff said' -> the speaker acts
    third_person: Words = []  # resolve/slots: "AFRICOM said it carried out an airstrike" -> the speaker acts
    quote_marks: Words = []  # the marks that open and close a quotation
    verb_adverbs: Words = []  # "the army also said"


class Blockers(Strict):
    after: dict[Str, Words] = {}
    before: dict[Str, Words] = {}
    within: dict[Str, Words] = {}  # resolve/frames: "left four soldiers dead"
    remaining: dict[Str, Words] = {}  # resolve/frames: "has 40 members left" is what remains
    preceding: dict[Str, Words] = {}  # resolve/frames: "shot down a drone flying at 2,000 metres"
    objects: dict[Str, Words] = {}  # resolve/frames: "launched a joint exercise" is no strike
    causes: dict[Str, Words] = {}  # resolve/frames: "died ... of injuries sustained": no toll of wounded
    cause_links: Words = []


class ApprovedTerms(Strict):
    """Hedge words that are part of a term of art after an approval ("approved a possible sale")."""

    hedges: Words
    approvals: Words


class Exchanges(Strict):
    """resolve/component: prisoner exchanges and repatriations move no force and supply no arms."""

    cues: Words
    types: list[Literal["deployment", "supply", "training", "attack", "casualties", "withdrawal"]]
    remains: Words = []
    remains_types: list[Literal["deployment", "supply", "training", "attack", "casualties", "withdrawal"]] = []


class TriggersFile(Strict):
    types: TriggerTypes
    ambiguous_triggers: WordList
    modes: dict[Mode, Words]
    hedges: Words
    negations: Words
    cessations: Words = []  # "to halt its strikes": no attack in that clause
    not_conflict: dict[Literal["sport", "accident", "weapons"], Words] = {}  # sentences of other news
    exchanges: Exchanges | None = None  # resolve/component: "returned home 246 defenders in a prisoner exchange"
    requests: Words = []  # resolve/frames: "called on Ankara to withdraw" is a demand, no event
    participle_openers: Words = []  # resolve/component: "the wounded soldiers" (adjective) vs "Gunmen attacked soldiers"
    refers_back: dict[Literal["openers", "determiners", "superlatives", "continuations", "reactions", "aftermath"], Words] = {}  # "after the attack"
    sources: Sources
    blockers: Blockers | None = None
    reversed_supply: WordList | None = None
    interceptions: WordList | None = None  # resolve/slots: "shot down 23 Ukrainian drones" -> the attacker
    noun_adjectives: WordList | None = None  # resolve/frames: "a military bus" is no movement
    agent_participles: WordList | None = None  # resolve/frames: ", led by Col. X," is an aside
    aside_openers: WordList | None = None  # resolve/frames: ", under the command of X," is an aside
    comitatives: WordList | None = None  # resolve/frames: ", alongside 170 personnel" goes with the clause
    report_retractions: WordList | None = None  # resolve/component: "an earlier version of this article said"
    approved_terms: ApprovedTerms | None = None  # resolve/frames: "approved a possible sale" is no hedge


# ----------------------------------------------------------------------------- places.json


class PlaceContext(Strict):
    """Cues that make a capitalised name a place (``places.json`` ``context``)."""

    strong_before: Words
    weak_before: Words
    type_after: Words
    site_types: Words = []  # of the type words, man-made sites that keep their word in the name ("Tishreen Dam")
    named_features: Words = []  # "Kerio Valley", "Nuba Mountains": capitalised, part of the name
    feature_after: Words
    feature_before: Words
    type_before: Words = []  # "Barangay Caningay": a settlement word before the name
    feature_directions: Words
    compass_prefixes: Words = []  # "in North Waziristan": a district after a place cue
    compass_not_heads: Words = []  # "in Upper House votes": an institution, not a district
    list_openers: Words = []  # "14 settlements, including Kupiansk": a place after a plural place noun
    plural_place_nouns: Words = []
    apposition_nouns: Words = []  # "Kelvangal, a village about 20 km from Bama": the name is a place
    apposition_followers: Words = []  # ... when one of these ends the apposition ("a village elder" does not)
    comma_prepositions: Words = []  # "in Kelvoro, in central Mali": a name placed in a known area after a comma
    event_locatives: Words = []  # "struck hideouts in Solino": a name after these near an event word
    event_locative_blockers: Words = []  # "according to X", "told reporters at X": no place after these
    publication_verbs: Words = []  # ... unless published there ("reported in Haaretz")
    name_particles: Words
    hyphen_only_particles: Words = []  # English words among them ("at", "as"): they join a name only with a hyphen
    not_names: Words
    ship_prefixes: Words
    vessel_nouns: Words = []  # "the tanker Sea Amber": a ship's name, no place
    direction_adjectives: Words
    max_name_tokens: Annotated[StrictInt, Field(ge=1, le=8)]


class Subdivisions(Strict):
    """Which ISO 3166-2 first-level divisions join the gazetteer (``places.json`` ``subdivisions``)."""

    types: Words  # "State", "Province", "Governorate": not municipalities, parishes or rayons
    min_length: Annotated[StrictInt, Field(ge=1)]  # "Bay", "Mon", "Van" are words first
    generic: Words  # division names that are ordinary words or compass points ("Centre", "Lakes")
    aliases: dict[Str, Words] = {}  # ISO name -> the spellings news uses ("Michoacán de Ocampo" -> "Michoacán")
    parent_units: Words = []  # parents that are no level of government ("Geographical unit": Indonesia's islands)


class ArabicSpellings(Strict):
    """How a name of these countries is reduced to the skeleton its spellings share (places.json)."""

    countries: list[ISO3]
    articles: Words  # "al", "ash", "el": dropped at the start of a name, one mark inside it
    silent: Str  # letters dropped after a word's first letter (vowels, apostrophes for ayn)
    letters: dict[Annotated[Str, Field(min_length=1, max_length=1)], Str] = {}  # "q" -> "k"
    min_letters: Annotated[StrictInt, Field(ge=3)]
    max_tokens: Annotated[StrictInt, Field(ge=1)]
    min_population: Annotated[StrictInt, Field(ge=0)] = 0  # hamlets smaller than this are left out
    min_similarity: Annotated[float, Field(ge=0, le=1)] = 0.0  # difflib ratio of the two spellings
    one_word_after: Words = []  # a one-word name found by its skeleton needs one of these before it


class PlacesFile(Strict):
    city_min_population: Annotated[StrictInt, Field(ge=0)]
    world_village_min_population: Annotated[StrictInt, Field(ge=0)] | None = None  # context-only towns elsewhere
    town_prepositions: Words = []  # the cues such a town needs (see places.json)
    focus_countries: list[ISO3]
    focus_min_population: Annotated[StrictInt, Field(ge=0)]
    deny: Words
    deny_exempt_in_focus: Words
    subdivisions: Subdivisions | None = None
    locative_prepositions: Words
    actor_verbs: Words
    clause_openers: Words = []  # "and Russia captured": a state named after these opens its clause
    territory_nouns: Words
    government_nouns: Words = []
    leader_governments: dict[Str, Annotated[Str, Field(pattern=r"^[A-Z]{3}$")]] = {}
    region_words: Words
    context: PlaceContext
    party_before: Words = []  # "with Turkey", "our ally Turkey": a state as a party (ACTOR)
    transliterations: dict[Str, Str] = {}  # "Grafenwoehr" for Grafenwöhr: extra spellings of towns
    arabic_spellings: ArabicSpellings | None = None  # "Jisr al-Shughur" for Jisr ash Shughur
    anaphoric_place_nouns: Words = []  # resolve/slots: "bombed the village": the village named before
    division_nouns: Words = []  # resolve/slots: "in the state" is the last division named
    apposition_references: Words = []  # resolve/slots: "Singa, the capital of Sennar State": the state only locates Singa
    compass_points: Words = []  # resolve/slots: "20 km north of Oicha": a bearing from a reference point
    route_nouns: Words = []  # resolve/component: "the Monywa-Pale road" places nothing at Monywa
    island_states: list[ISO3] = []  # resolve/slots: "around the island" after Taiwan
    party_nouns: Words = []  # "a ceasefire between Israel and Hezbollah": the two are parties
    party_participles: Words = []  # "a US-brokered deal": the state acts
    possessive_place_nouns: Words = []  # "Ukraine's east" is a place, "Australia's efforts" a party
    state_nouns: Words = []  # "U.S. assistance": the state acts
    bare_governments: Words = []  # "the regime", "his government"
    origin_participles: Words = []  # "a US-made HIMARS": where a thing comes from, no place
    government_adjectives: Words = []  # "the federal government"
    actor_adverbs: Words = []  # "Israel still holds"


# ----------------------------------------------------------------------------- CSV files


class CountryRow(Strict):
    """A row of countries.csv; "|" separates the forms of a multi-valued column."""

    iso3: ISO3
    name: Annotated[StrictStr, Field(min_length=1)]
    alt_names: Str = ""
    adjectives: Str = ""
    people: Str = ""
    capital: Str = ""
    capital_alt: Str = ""
    metonyms: Str = ""


class RegionRow(Strict):
    """A row of regions.csv; seas and areas that span countries have no iso3."""

    iso3: ISO3 | Literal[""]
    name: Annotated[StrictStr, Field(min_length=1)]
    alt_names: Str = ""
    type: Literal["area", "county", "department", "governorate", "krai", "oblast", "province", "region",
                  "republic", "sea", "state", "territory", "island", ""] = ""  # not read by any component
    admin_center: Str = ""


# ----------------------------------------------------------------------------- registry


def _rows_of(model: type[BaseModel]) -> type[BaseModel]:
    return type(f"{model.__name__}s", (BaseModel,), {"__annotations__": {"rows": list[model]}})  # type: ignore[valid-type]


ROW_SCHEMAS: dict[str, type[Strict]] = {"ranks.jsonl": RankEntry, "countries.csv": CountryRow, "regions.csv": RegionRow}

FILE_SCHEMAS: dict[str, type[BaseModel]] = {
    "units.json": UnitsFile,
    "rank_rules.json": RankRulesFile,
    "numbers.json": NumbersFile,
    "qualifiers.json": QualifiersFile,
    "items.json": ItemsFile,
    "dates.json": DatesFile,
    "triggers.json": TriggersFile,
    "places.json": PlacesFile,
    "ranks.jsonl": _rows_of(RankEntry),
    "countries.csv": _rows_of(CountryRow),
    "regions.csv": _rows_of(RegionRow),
}


# ----------------------------------------------------------------------------- extra lexicons


class ExtraUnits(Strict):
    force_nouns: Words = []
    echelons: dict[Str, Str] = {}
    formation_modifiers: Words = []
    adjective_modifiers: Words = []
    national_forces: list[UnitEntry] = []
    groups: list[UnitEntry] = []
    branches: list[UnitEntry] = []
    demonyms: dict[Str, ISO3] = {}


class ExtraRanks(Strict):
    ranks: list[RankEntry] = []


class ExtraQuantities(Strict):
    items: dict[Str, ItemClass] = {}
    measures: Words = []
    before: QualifierPhrases = QualifierPhrases()
    vague: dict[Str, Span] = {}


class ExtraDates(Strict):
    eras: dict[Str, ISODate | None] = {}


class ExtraPlace(Strict):
    name: Str
    country: ISO3 | None = None
    lat: Annotated[Number, Field(ge=-90, le=90)] | None = None
    lon: Annotated[Number, Field(ge=-180, le=180)] | None = None
    kind: PlaceKind = "city"


class ExtraPlaces(Strict):
    places: dict[Str, ExtraPlace] = {}


class ExtraTriggerType(Strict):
    verbs: Words = []
    nouns: Words = []
    phrases: Words = []


class ExtraTriggerTypes(Strict):
    deployment: ExtraTriggerType | None = None
    supply: ExtraTriggerType | None = None
    training: ExtraTriggerType | None = None
    attack: ExtraTriggerType | None = None
    casualties: ExtraTriggerType | None = None
    withdrawal: ExtraTriggerType | None = None


class ExtraTriggers(Strict):
    types: ExtraTriggerTypes = ExtraTriggerTypes()


class ExtraLexicon(Strict):
    units: ExtraUnits | None = None
    ranks: ExtraRanks | None = None
    quantities: ExtraQuantities | None = None
    dates: ExtraDates | None = None
    places: ExtraPlaces | None = None
    triggers: ExtraTriggers | None = None


EXTRA_SECTIONS: dict[str, type[BaseModel]] = {
    "units": ExtraUnits,
    "ranks": ExtraRanks,
    "quantities": ExtraQuantities,
    "dates": ExtraDates,
    "places": ExtraPlaces,
    "triggers": ExtraTriggers,
}


# ----------------------------------------------------------------------------- checking


def _path(loc: tuple[Any, ...], data: Any, lines: list[int] | None) -> str:
    """``groups[3].kind`` for a pydantic location; the labels pydantic adds for union members and
    validators ("str", "function-after[...]") are skipped by walking the data itself."""
    out = ""
    node = data
    for part in loc:
        if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out += f"line {lines[part]}" if (node is data and lines is not None) else f"[{part}]"
            node = node[part]
        elif isinstance(node, dict) and part in node:
            key = str(part)
            if key.isidentifier():
                out += f".{key}" if out else key
            else:
                out += f"[{key!r}]"
            node = node[part]
        # else: a pydantic label, or a missing key (named in the message)
    return out


def _message(err: Any) -> tuple[str, str]:
    """The message of one pydantic error and the "did you mean" hint (or "")."""
    kind = err["type"]
    if kind == "unknown_key":
        return str(err["ctx"]["msg"]), str(err["ctx"]["hint"])
    if kind == "extra_forbidden":  # backstop: Strict._known_keys normally reports first
        return f"unknown key {err['loc'][-1]!r}", ""
    if kind == "missing":
        return f"missing key {err['loc'][-1]!r}", ""
    msg = re.sub(r" or instance of \w+", "", str(err["msg"]).removeprefix("Value error, "))
    value = err.get("input")
    shown = type(value).__name__ if isinstance(value, (dict, list)) else repr(value)
    return f"{msg} (got {shown[:60]})", ""


def _problems(exc: ValidationError, data: Any, lines: list[int] | None = None) -> list[tuple[str, str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        if lines is not None:
            loc = loc[1:]  # the "rows" wrapper
        # a value that fails every member of a union is reported once per member: keep the first
        found.setdefault(_path(loc, data, lines), _message(err))
    return [(path, msg, hint) for path, (msg, hint) in found.items()]


def _check_header(schema: str, columns: list[str], source: str) -> None:
    """A misspelled or missing CSV column, once for the header rather than once per row."""
    known = ROW_SCHEMAS[schema].model_fields
    unknown = [c for c in columns if c not in known and not _is_comment(c)]
    missing = [f for f, info in known.items() if info.is_required() and f not in columns]
    problems = [("line 1", f"unknown column {c!r}", _did_you_mean(str(c), known)) for c in unknown]
    problems += [("line 1", f"missing column {f!r}", "") for f in missing]
    if problems:
        raise LexiconError(source, problems)


def validate_data(schema: str, data: Any, source: str | None = None, lines: list[int] | None = None) -> Any:
    """Check ``data`` as read from the file ``schema`` names ("units.json", "ranks.jsonl", ...) and
    return it unchanged, or raise ``LexiconError`` naming ``source`` (default: ``schema``).

    For the row files (CSV, JSONL) ``data`` is the list of rows and ``lines`` the line number
    of each row in the file, used in the message.
    """
    model = FILE_SCHEMAS[schema]
    rows = schema.endswith((".csv", ".jsonl"))
    if schema.endswith(".csv") and data:
        _check_header(schema, list(data[0]), source or schema)
    try:
        model.model_validate({"rows": data} if rows else data)
    except ValidationError as exc:
        if rows and lines is None:
            lines = list(range(2 if schema.endswith(".csv") else 1, len(data) + 2))
        raise LexiconError(source or schema, _problems(exc, data, lines if rows else None)) from None
    return data


def validate_extra(data: dict[str, Any], source: str, section: str | None = None) -> dict[str, Any]:
    """Check a user's extra lexicon and return it unchanged.

    ``data`` is the whole file (``{"units": {...}, "triggers": {...}}``) or, with ``section``,
    the part of one tagger (what a standalone tagger's ``extra_lexicon`` holds).
    """
    model = EXTRA_SECTIONS[section] if section else ExtraLexicon
    try:
        model.model_validate(data)
    except ValidationError as exc:
        problems = _problems(exc, data)
        if section:
            problems = [(f"{section}.{p}" if p and not p.startswith("[") else f"{section}{p}", m, h)
                        for p, m, h in problems]
        raise LexiconError(source, problems) from None
    return data
