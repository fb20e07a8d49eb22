"""Pictures of many assessments: jurisdictions placed on the shipped country shapes, the status heat map and the
world map (offline: the shapes inline, nothing fetched), on the Dashboard and Compare pages."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from assessor.assessment import Decision, new_assessment
from assessor.catalog import load_catalog
from assessor.preassessment import RequirementStatus


@pytest.fixture
def database(tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixture
    path = tmp_path / "app.sqlite3"
    monkeypatch.setenv("ASSESSOR_DATABASE", str(path))
    return path


@pytest.mark.parametrize(("jurisdiction", "numeric"), [
    ("Brazil", "076"),  # a short name
    ("Viet Nam", "704"),  # the ISO name ...
    ("Vietnam", "704"),  # ... and Natural Earth's
    ("VNM", "704"),  # an alpha-3 code
    ("de", "276"),  # an alpha-2 code, any case
    ("276", "276"),  # the numeric code itself
    ("Côte d'Ivoire", "384"),  # accents and apostrophe folded
    ("Ivory Coast", "384"),  # a name from the alias table
    ("the Netherlands", "528"),  # a leading "the"
    ("Republic of Kenya", "404"),  # ISO's official name
    ("Kingdom of Norway", "578"),  # a form-of-State prefix before a known name
    ("United States", "840"),  # common usage
    ("Republic of Arcadia", None),  # an invented State: not on the map
    ("", None),  # nothing recorded
])
def test_country_id(jurisdiction: str, numeric: str | None) -> None:
    from assessor.ui.pictures import country_id

    assert country_id(jurisdiction) == numeric


def test_every_code_has_a_shape() -> None:
    # The codes table and the shipped geometry agree: each id of the table is a shape's id.
    from importlib import resources

    data = resources.files("assessor.ui").joinpath("data")
    shapes = json.loads(data.joinpath("countries-110m.json").read_text(encoding="utf-8"))
    codes = json.loads(data.joinpath("country_codes.json").read_text(encoding="utf-8"))
    ids = {g.get("id") for g in shapes["objects"]["countries"]["geometries"]}
    assert set(codes) <= ids and len(codes) >= 170


def _record(store, jurisdictions: list[str]):  # noqa: ANN001, ANN202
    """TIP-only assessments, one per jurisdiction, each with TIP-5-1 decided differently."""
    statuses = [RequirementStatus.MET, RequirementStatus.NOT_MET, RequirementStatus.PARTIALLY_MET]
    made = []
    for number, jurisdiction in enumerate(jurisdictions):
        assessment = store.create(new_assessment(jurisdiction, "Act", instruments=["TIP"]))
        store.decide(assessment.id, "TIP-5-1", Decision(statuses[number % 3], "x", by="ana"),
                     expected_version=0, by="ana")
        made.append(store.get(assessment.id))
    return made


def _rows(arrow: bytes) -> list[dict]:
    """The rows of a chart's dataset (Streamlit sends it as Arrow)."""
    import pyarrow as pa

    return pa.ipc.open_stream(arrow).read_all().to_pylist()


def _specs(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("vega_lite_chart")]


def test_heatmap_cells_carry_colour_and_shape(database) -> None:  # noqa: ANN001
    # One cell per requirement and assessment; each status a colour and a shape; labels, never codes.
    from assessor.compare import matrix
    from assessor.store import Store
    from assessor.ui.pictures import status_heatmap

    made = _record(Store(database), ["Brazil", "Kenya"])
    frame, _ = status_heatmap(matrix(made, load_catalog()), load_catalog(), "TIP")
    rows = frame.to_dict("records")
    tip = [r for r in load_catalog().requirements if r.instrument == "TIP"]
    assert len(rows) == 2 * len(tip)
    cell = {(r["country"], r["requirement"]): r for r in rows}
    assert (cell[("Brazil: Act", "TIP-5-1")]["status"], cell[("Brazil: Act", "TIP-5-1")]["shape"]) == ("Met", "✓")
    assert (cell[("Kenya: Act", "TIP-5-1")]["status"], cell[("Kenya: Act", "TIP-5-1")]["shape"]) == ("Not met", "✗")
    assert not any("_" in r["status"] for r in rows)


def test_world_map_is_drawn_offline(database) -> None:  # noqa: ANN001
    # The shapes are inline TopoJSON: the chart names no URL, so nothing is fetched.
    from assessor.ui.pictures import world_map

    spec = json.dumps(world_map({"076": ("Brazil", 0.5)}, "Prosecution"))
    assert '"url"' not in spec and "topojson" in spec and "Brazil" in spec


def dashboard() -> None:
    from assessor.ui import dashboard_page

    dashboard_page.render()


def compare() -> None:
    from assessor.ui import compare_page

    compare_page.render()


def test_dashboard_draws_every_country_and_lists_the_unknown(database) -> None:  # noqa: ANN001
    # The open assessment's Dashboard ends with the record's countries: heat map, world map, and the
    # jurisdictions with no country shape listed under the map (escaped as text).
    from assessor.store import Store

    made = _record(Store(database), ["Brazil", "Kenya", "Republic of <b>Arcadia</b>"])
    app = AppTest.from_function(dashboard, default_timeout=60)
    app.query_params["assessment"] = made[0].id
    app.run()
    assert not app.exception
    marks = [json.dumps(spec) for spec in _specs(app)]
    assert any('"rect"' in m for m in marks) and any('"geoshape"' in m for m in marks)
    unknown = [m.value for m in app.markdown if m.value.startswith("Not on the map")]
    assert unknown == ["Not on the map (no country of that name or code): Republic of \\<b\\>Arcadia\\</b\\>."]


def test_dashboard_keeps_one_assessment_per_jurisdiction(database) -> None:  # noqa: ANN001
    # Two drafts of one country: the heat map has one column for it, the most recently changed (TIP-5-1
    # partially met in the second Brazil, met in the first).
    from assessor.store import Store

    store = Store(database)
    made = _record(store, ["Brazil", "Kenya", "Brazil"])
    app = AppTest.from_function(dashboard, default_timeout=60)
    app.query_params["assessment"] = made[0].id
    app.run()
    heat = next(s for s in _specs(app) if '"rect"' in json.dumps(s))
    assert heat["encoding"]["x"]["sort"] == ["Brazil: Act", "Kenya: Act"]
    chart = next(c for c in app.get("vega_lite_chart") if '"rect"' in c.proto.spec)
    rows = _rows(chart.proto.data.data)
    assert {"country": "Brazil: Act", "requirement": "TIP-5-1", "status": "Partially met"}.items() <= next(
        row for row in rows if row["country"] == "Brazil: Act" and row["requirement"] == "TIP-5-1").items()


def test_compare_draws_the_chosen_assessments(database) -> None:  # noqa: ANN001
    # Choosing assessments for the many-countries view draws the heat map and the map for them.
    from assessor.store import Store

    made = _record(Store(database), ["Brazil", "Kenya", "Peru"])
    app = AppTest.from_function(compare, default_timeout=60).run()
    charts = len(_specs(app))
    app.multiselect(key="matrix_ids").set_value([a.id for a in made]).run()
    assert not app.exception
    assert len(_specs(app)) == charts + 2
    app.selectbox(key="compare_pillar").set_value("protection").run()
    assert not app.exception


def test_heatmap_is_capped_and_says_so(database, monkeypatch) -> None:  # noqa: ANN001
    # More assessments than the heat map holds: the first ones (most recent), a caption naming the cap; the world
    # map still takes every one.
    from assessor.store import Store
    from assessor.ui import pictures

    monkeypatch.setattr(pictures, "HEATMAP_COLUMNS", 2)
    made = _record(Store(database), ["Brazil", "Kenya", "Peru"])
    app = AppTest.from_function(dashboard, default_timeout=60)
    app.query_params["assessment"] = made[0].id
    app.run()
    assert not app.exception
    heat = next(s for s in _specs(app) if '"rect"' in json.dumps(s))
    assert heat["encoding"]["x"]["sort"] == ["Peru: Act", "Kenya: Act"]
    assert any("The first 2 of 3 assessments" in c.value for c in app.caption)
    world = next(s for s in _specs(app) if '"geoshape"' in json.dumps(s))
    assert {v["country"] for v in world["layer"][1]["transform"][0]["from"]["data"]["values"]} == {
        "Brazil", "Kenya", "Peru"}
