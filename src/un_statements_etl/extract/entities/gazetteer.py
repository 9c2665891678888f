"""The gazetteer: canonical entities and the aliases that name them, read from data/.

Data files (YAML, written by this project):

    states.yaml         UN member states (193) and observer states (2): UN short name,
                        ISO names and variants, demonyms (NORP with the state as canonical)
    places.yaml         regions, territories, cities, geographic areas
    organisations.yaml  UN bodies, offices, agencies, mechanisms, other organisations
    treaties.yaml       treaties, declarations, agendas; ILO conventions by number
    groups.yaml         ethnic and religious groups (NORP) and named events (EVENT)
    people.yaml         people UN statements name often (PERSON)

Each state also yields a "Government of <state>" organisation (id ``gov:<ISO3>``).
Everything is loaded once per process (`load_gazetteer` is cached).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "EVENT")


@dataclass(frozen=True)
class Entity:
    """One canonical entity: an `entity_catalog` row."""

    canonical_id: str
    canonical_name: str
    label: str
    aliases: tuple[str, ...]
    wikidata_id: str | None = None
    iso3: str | None = None


@dataclass(frozen=True)
class Alias:
    """A name the matcher looks for; `label` may differ from the entity's (demonyms)."""

    text: str
    label: str
    canonical_id: str


@dataclass(frozen=True, eq=False)
class Gazetteer:
    entities: dict[str, Entity]
    aliases: tuple[Alias, ...]
    index: dict[str, Alias]  # alias_key(text) -> first alias defined with that text

    def lookup(self, text: str) -> Alias | None:
        """The alias spelled exactly `text` (after `alias_key`), if any."""
        return self.index.get(alias_key(text))


def alias_key(text: str) -> str:
    """Key under which aliases are compared: typographic apostrophes and runs of
    whitespace folded, surrounding space dropped.

    >>> alias_key("People’s  Republic\\nof China ")
    "People's Republic of China"
    """
    return " ".join(text.replace("’", "'").split())


def plural(word: str) -> str | None:
    """English plural of a demonym used as a noun, or None when the adjective is the noun.

    >>> plural("Afghan"), plural("Israeli"), plural("Chinese"), plural("Swiss")
    ('Afghans', 'Israelis', None, None)
    """
    if word.endswith(("ese", "sh", "ch", "ss", "y", "Lao", "Thai", "Kiribati", "Vanuatu")):
        return None
    return word + "s"


def read_data(name: str) -> Any:
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    # libyaml's loader when built in: the same data, read ~8x faster (start-up of every run)
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _state_entities(rows: list[dict]) -> list[tuple[Entity, list[Alias]]]:
    out = []
    for row in rows:
        iso3, name = row["iso3"], row["name"]
        names = list(dict.fromkeys([name, *row.get("aliases", [])]))
        demonyms = list(row.get("demonyms", []))
        demonyms += [p for p in map(plural, demonyms) if p and p not in names]
        aliases = [Alias(n, "GPE", iso3) for n in names] + [Alias(d, "NORP", iso3) for d in demonyms]
        out.append((Entity(iso3, name, "GPE", tuple(names + demonyms), row.get("wikidata"), iso3), aliases))
        gov_names = [f"Government of {n}" for n in names]
        gov_names += [f"Government of the {n}" for n in names if not n.startswith("the ")]
        gov_names = list(dict.fromkeys(gov_names))
        gov = Entity(f"gov:{iso3}", f"Government of {name}", "ORG", tuple(gov_names), None, iso3)
        out.append((gov, [Alias(n, "ORG", gov.canonical_id) for n in gov_names]))
    return out


def _plain_entities(rows: list[dict], label: str | None = None) -> list[tuple[Entity, list[Alias]]]:
    out = []
    for row in rows:
        lab = row.get("label", label)
        if lab not in LABELS:
            raise ValueError(f"gazetteer entry {row.get('id')!r} has label {lab!r}")
        names = [str(a) for a in row.get("aliases", [])]
        names = names if row["name"] in names else [row["name"], *names]
        entity = Entity(row["id"], row["name"], lab, tuple(names), row.get("wikidata"), row.get("iso3"))
        out.append((entity, [Alias(n, lab, entity.canonical_id) for n in names]))
    return out


def _ilo_entities(conventions: dict[int, str]) -> list[tuple[Entity, list[Alias]]]:
    out = []
    for number, name in sorted(conventions.items()):
        cid = ilo_convention_id(number)
        names = [name, f"ILO Convention No. {number}", f"ILO Convention {number}"]
        out.append((Entity(cid, f"{name} (ILO No. {number})", "LAW", tuple(names)),
                    [Alias(n, "LAW", cid) for n in names]))
    return out


def ilo_convention_id(number: int) -> str:
    """Project id of an ILO convention.

    >>> ilo_convention_id(29)
    'treaty:ilo-c029'
    """
    return f"treaty:ilo-c{number:03d}"


@cache
def load_gazetteer() -> Gazetteer:
    """Read every data file once per process."""
    treaties, groups = read_data("treaties.yaml"), read_data("groups.yaml")
    parts = (_state_entities(read_data("states.yaml")["states"])
             + _plain_entities(read_data("places.yaml")["entities"])
             + _plain_entities(read_data("organisations.yaml")["entities"], "ORG")
             + _plain_entities(treaties["entities"], "LAW")
             + _ilo_entities(treaties.get("ilo_conventions", {}))
             + _plain_entities(groups["norp"], "NORP")
             + _plain_entities(groups["events"], "EVENT")
             + _plain_entities(read_data("people.yaml")["entities"], "PERSON"))
    entities: dict[str, Entity] = {}
    aliases: list[Alias] = []
    for entity, names in parts:
        if entity.canonical_id in entities:
            raise ValueError(f"gazetteer id {entity.canonical_id!r} defined twice")
        entities[entity.canonical_id] = entity
        aliases.extend(names)
    index: dict[str, Alias] = {}
    for alias in aliases:
        index.setdefault(alias_key(alias.text), alias)  # first definition wins
    return Gazetteer(entities, tuple(aliases), index)


def entity_catalog_rows() -> list[dict[str, Any]]:
    """One `entity_catalog` row per canonical entity of the gazetteer."""
    return [{"canonical_id": e.canonical_id, "canonical_name": e.canonical_name, "label": e.label,
             "aliases": list(dict.fromkeys(e.aliases)), "wikidata_id": e.wikidata_id, "iso3": e.iso3}
            for e in load_gazetteer().entities.values()]
