"""Pictures of many assessments at once: a heat map of requirement status by country and a world map of a
pillar's scores, both Vega-Lite specs drawn by Streamlit's own front end (no map tiles, no CDN).

The country shapes ship with the package (`data/countries-110m.json`: Natural Earth 1:110m countries as
TopoJSON, from the npm package world-atlas 2.0.2; Natural Earth is public domain). Each shape's id is the
ISO 3166-1 numeric code; `data/country_codes.json` (made from Debian's iso-codes 4.15) gives each id its
names and alpha-2 / alpha-3 codes, so a jurisdiction recorded as "Viet Nam", "Vietnam", "VN" or "VNM"
finds its shape. A jurisdiction that matches no shape (an invented State, a region, a typo) is drawn
nowhere and listed under the map.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib import resources

import pandas as pd
import streamlit as st

from assessor.assessment import Assessment
from assessor.catalog import Catalog
from assessor.checklist_schema import PILLAR_LABELS, Pillar
from assessor.compare import Matrix, matrix
from assessor.labels import STATUS_LABELS
from assessor.preassessment import RequirementStatus
from assessor.ui.safe import plain

__all__ = ["ALIASES", "HEATMAP_COLUMNS", "STATUS_STYLE", "country_id", "latest_per_jurisdiction", "show_pictures",
           "status_heatmap", "world_map"]

# Names people write that neither ISO nor Natural Earth uses (keys already folded: see _fold).
ALIASES: dict[str, str] = {
    "usa": "840", "us": "840", "united states": "840", "america": "840",
    "uk": "826", "great britain": "826", "britain": "826", "england": "826",
    "russia": "643", "ivory coast": "384", "cote divoire": "384", "holland": "528", "burma": "104",
    "swaziland": "748", "macedonia": "807", "czech republic": "203", "drc": "180", "dr congo": "180",
    "democratic republic of the congo": "180", "republic of the congo": "178", "congo brazzaville": "178",
    "south korea": "410", "north korea": "408", "east timor": "626", "turkey": "792", "turkiye": "792",
    "laos": "418", "iran": "364", "syria": "760", "vietnam": "704", "bolivia": "068", "venezuela": "862",
    "tanzania": "834", "moldova": "498", "palestine": "275", "gambia": "270", "bahamas": "044",
}

# Requirement status in the heat map: a colour AND a shape, ordered in lightness, so it reads in greyscale.
STATUS_STYLE: dict[RequirementStatus | None, tuple[str, str]] = {
    RequirementStatus.MET: ("#1b7837", "✓"),
    RequirementStatus.PARTIALLY_MET: ("#f1b04c", "~"),
    RequirementStatus.NOT_MET: ("#b2182b", "✗"),
    RequirementStatus.NOT_APPLICABLE: ("#d9d9d9", "–"),
    RequirementStatus.NOT_ASSESSED: ("#ffffff", "?"),
    None: ("#f2f2f2", ""),  # outside the assessment's scope
}
OUT_OF_SCOPE = "Outside its scope"
HEATMAP_COLUMNS = 40  # assessments in the heat map (30 px each); the world map takes them all
_SHAPE_INK = {RequirementStatus.MET: "#ffffff", RequirementStatus.NOT_MET: "#ffffff"}  # light shapes on dark cells


def _fold(name: str) -> str:
    """Lower case, no accents, no punctuation, no leading "the": 'Côte d'Ivoire' -> 'cote divoire'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    text = "".join(c if c.isalnum() or c.isspace() else ("" if c in "'’" else " ") for c in text)
    words = text.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


@cache
def _data(name: str) -> dict:
    return json.loads(resources.files("assessor.ui").joinpath("data", name).read_text(encoding="utf-8"))


@cache
def _index() -> dict[str, str]:
    """Folded name or code -> ISO numeric id, from the shipped table and ALIASES."""
    index: dict[str, str] = {}
    for numeric, country in _data("country_codes.json").items():
        for name in (*country["names"], country["alpha_2"], country["alpha_3"], numeric):
            index[_fold(name)] = numeric
    index.update(ALIASES)
    return index


def country_id(jurisdiction: str) -> str | None:
    """The ISO 3166-1 numeric id of the country shape a jurisdiction names ("Viet Nam", "VNM", "704"), or None."""
    folded = _fold(jurisdiction or "")
    if not folded:
        return None
    index = _index()
    if folded in index:
        return index[folded]
    # "Republic of Albania" is in the table; "Kingdom of Norway" is not: try without a form-of-State prefix.
    for prefix in ("republic of ", "kingdom of ", "state of ", "commonwealth of "):
        if folded.startswith(prefix) and folded[len(prefix):] in index:
            return index[folded[len(prefix):]]
    return None


def country_name(numeric: str) -> str:
    """The country's short name for a numeric id."""
    return _data("country_codes.json")[numeric]["name"]


def latest_per_jurisdiction(assessments: list[Assessment]) -> list[Assessment]:
    """One assessment per jurisdiction (the most recently changed), in the order given."""
    kept: dict[str, Assessment] = {}
    for assessment in assessments:
        key = _fold(assessment.jurisdiction)
        if key not in kept or assessment.updated_at > kept[key].updated_at:
            kept[key] = assessment
    chosen = {id(a) for a in kept.values()}
    return [a for a in assessments if id(a) in chosen]


def status_heatmap(table: Matrix, catalog: Catalog, instrument: str) -> tuple[pd.DataFrame, dict]:
    """(data, Vega-Lite spec): requirements (rows) of one instrument by the assessments (columns) of a matrix
    (assessor.compare.matrix), each cell its status's colour and shape.

    A plain spec, not an Altair chart: Altair's validation of a chart this size costs more than drawing it.
    """
    rows = []
    for requirement_id, reference, cells in zip(table.requirement_ids, table.references, table.cells, strict=True):
        requirement = catalog.requirement(requirement_id)
        if requirement.instrument != instrument:
            continue
        for column, status in zip(table.columns, cells, strict=True):
            rows.append({"requirement": requirement_id, "reference": reference, "title": requirement.title,
                         "country": column, "status": STATUS_LABELS[status] if status else OUT_OF_SCOPE,
                         "shape": STATUS_STYLE[status][1], "ink": _SHAPE_INK.get(status, "#2f2d2b")})
    frame = pd.DataFrame(rows, columns=["requirement", "reference", "title", "country", "status", "shape", "ink"])
    order = list(dict.fromkeys(frame["requirement"]))
    tooltip = [{"field": f, "type": "nominal"} for f in ("country", "requirement", "reference", "title", "status")]
    encoding = {
        # Every label shown (no overlap thinning): a row or column without its name cannot be read.
        "x": {"field": "country", "type": "nominal", "title": None, "sort": list(table.columns),
              "axis": {"orient": "top", "labelAngle": -50, "labelLimit": 200, "labelOverlap": False,
                       "labelColor": "#2f2d2b"}},
        "y": {"field": "requirement", "type": "nominal", "title": None, "sort": order,
              "axis": {"labelOverlap": False, "labelColor": "#2f2d2b", "labelFontSize": 11}},
        "tooltip": tooltip,
    }
    spec = {
        "width": {"step": 30}, "height": {"step": 18},
        "encoding": encoding,
        "layer": [
            {"mark": {"type": "rect", "stroke": "#8c8c8c", "strokeWidth": 0.5},
             "encoding": {"color": {
                 "field": "status", "type": "nominal", "title": "Status",
                 "scale": {"domain": [*(STATUS_LABELS[s] for s in STATUS_STYLE if s is not None), OUT_OF_SCOPE],
                           "range": [colour for colour, _ in STATUS_STYLE.values()]},
                 "legend": {"orient": "bottom", "columns": 3, "labelColor": "#2f2d2b", "titleColor": "#2f2d2b"}}}},
            {"mark": {"type": "text", "fontSize": 11, "aria": False},
             "encoding": {"text": {"field": "shape", "type": "nominal"},
                          "color": {"field": "ink", "type": "nominal", "scale": None}}},
        ],
    }
    return frame, spec


def world_map(scores: dict[str, tuple[str, float | None]], pillar_label: str) -> dict:
    """A Vega-Lite spec of the countries shaded by a pillar's score (%); `scores` maps an ISO numeric id to
    (jurisdiction, score 0-1).

    The shapes are the shipped TopoJSON, inline in the spec, and so are the scores: nothing is fetched.
    """
    values = [{"id": numeric, "jurisdiction": name, "country": country_name(numeric),
               "score": None if value is None else round(100 * value, 1)} for numeric, (name, value) in scores.items()]
    shapes = {"values": _data("countries-110m.json"), "format": {"type": "topojson", "feature": "countries"}}
    return {
        "height": 420,
        "projection": {"type": "equalEarth"},
        "data": shapes,
        "layer": [
            # The grey land is decoration (aria off); the scored countries carry the accessible description.
            {"mark": {"type": "geoshape", "fill": "#f2f2f2", "stroke": "#8c8c8c", "strokeWidth": 0.4, "aria": False}},
            {"mark": {"type": "geoshape", "stroke": "#2f2d2b", "strokeWidth": 0.6,
                      "description": f"Countries shaded by their {pillar_label} score"},
             "transform": [{"lookup": "id", "from": {"data": {"values": values}, "key": "id",
                                                     "fields": ["jurisdiction", "country", "score"]}},
                           {"filter": "isValid(datum.jurisdiction)"}],
             "encoding": {
                 "color": {"field": "score", "type": "quantitative", "title": f"{pillar_label} (%)",
                           "scale": {"domain": [0, 100], "scheme": "blues"},
                           "legend": {"orient": "bottom", "gradientLength": 240, "labelColor": "#2f2d2b",
                                      "titleColor": "#2f2d2b"}},
                 "tooltip": [{"field": "country", "type": "nominal"}, {"field": "jurisdiction", "type": "nominal"},
                             {"field": "score", "type": "quantitative", "title": "score (%)"}]}},
        ],
    }


@st.cache_resource(show_spinner=False, max_entries=8)
def _matrix(keys: tuple[tuple[str, str, int, int], ...], _assessments: list[Assessment], _catalog: Catalog) -> Matrix:
    # Keyed by what each assessment's statuses depend on (`_state`); the Matrix is frozen, so it is shared, not copied.
    return matrix(_assessments, _catalog)


def _state(assessment: Assessment) -> tuple[str, str, int, int]:
    """What changes whenever a status in force can: the last change (to the second, so two changes in one second
    share it), and the findings' count and versions (every decision and every new proposal raises a version)."""
    findings = assessment.findings.values()
    return assessment.id, assessment.updated_at, len(findings), sum(f.version for f in findings)


def show_pictures(assessments: list[Assessment], catalog: Catalog, key: str) -> None:
    """The heat map and the world map for these assessments, with their choices (instrument, pillar)."""
    if len(assessments) < 2:
        st.caption("The pictures need two assessments or more.")
        return
    table = _matrix(tuple(map(_state, assessments)), assessments, catalog)
    st.markdown("**Requirement status by country**")
    instruments = [i for i in ("TIP", "SOM", "UNTOC", "GP") if any(i in a.instruments for a in assessments)]
    instrument = st.selectbox("Instrument", instruments, key=f"{key}_instrument",
                              help="One instrument at a time keeps the matrix readable.")
    shown = assessments[:HEATMAP_COLUMNS]
    heat = table if len(shown) == len(assessments) else \
        _matrix(tuple(map(_state, shown)), shown, catalog)
    frame, spec = status_heatmap(heat, catalog, instrument)
    st.vega_lite_chart(frame, spec, width="content",
                       alt=f"Heat map of the status of each {instrument} requirement in {len(shown)} assessments")
    st.caption("Each cell: the status in force (the assessor's decision, else the machine's proposal), as a "
               "colour and a shape: ✓ met, ~ partially met, ✗ not met, – not applicable, ? not assessed; "
               "blank: outside that assessment's scope."
               + (f" The first {HEATMAP_COLUMNS} of {len(assessments)} assessments: choose others on the Compare "
                  "page." if len(shown) < len(assessments) else ""))

    st.markdown("**Pillar scores on the map**")
    pillar = st.selectbox("Pillar", list(Pillar), format_func=PILLAR_LABELS.get, key=f"{key}_pillar")
    placed: dict[str, tuple[str, float | None]] = {}
    unknown: list[str] = []
    for assessment, value in zip(assessments, table.pillar_scores[pillar.value], strict=True):
        numeric = country_id(assessment.jurisdiction)
        if numeric is None:
            unknown.append(assessment.jurisdiction)
        elif numeric not in placed:  # the first (most recent) assessment of a country is drawn
            placed[numeric] = (assessment.jurisdiction, value)
    st.vega_lite_chart(None, world_map(placed, PILLAR_LABELS[pillar]), width="stretch",
                       alt=f"World map of {PILLAR_LABELS[pillar]} scores: "
                           + "; ".join(f"{country_name(n)} {'-' if v is None else f'{v:.0%}'}"
                                       for n, (_, v) in placed.items()))
    st.caption(f"Scores over the instruments every assessment shares ({', '.join(table.instruments)}). "
               "Grey: no assessment.")
    if unknown:
        st.write("Not on the map (no country of that name or code): "
                 + ", ".join(plain(name) for name in dict.fromkeys(unknown)) + ".")
