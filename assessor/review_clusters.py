"""The review clusters of the UNTOC review mechanism: which articles each cluster's self-assessment covers.

The clusters are data, in `checklists/review/clusters.yaml` (read with `yaml.safe_load`): each
has an id (`first`), a title and the articles it covers per instrument. The file is checked when
it is loaded, strictly: an unknown key, an instrument other than TIP, SOM or UNTOC, an article that
is not a whole number within its treaty (TIP 1-20, SOM 1-25, UNTOC 1-41), an article listed twice
or two clusters with one id is a `ChecklistError` naming the place (`clusters[0] (first).articles.
UNTOC[3]: ...`), so a typo fails loudly instead of silently narrowing a report.

A requirement belongs to a cluster when its instrument and article (`TIP-5-2-a` is TIP art. 5,
`SOM-6-1-b-ii` SOM art. 6, `UNTOC-10` UNTOC art. 10: the catalog's `Requirement.article`) are
listed. `cluster_catalog` keeps only those requirements, so the Review page, the reports and
their scores speak for the cluster; `ALL` (or None) keeps everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from assessor.catalog import BUILTIN_DIR, Catalog, Requirement
from assessor.errors import AssessorError, ChecklistError, ChecklistProblem, ExitCode

__all__ = ["ALL", "CLUSTERS_FILE", "TREATY_ARTICLES", "ReviewCluster", "UnknownCluster", "cluster_catalog",
           "cluster_json", "cluster_note", "find_cluster", "load_clusters", "uncovered_articles"]

CLUSTERS_FILE = BUILTIN_DIR / "review" / "clusters.yaml"
ALL = "all"  # no cluster: every requirement in scope
# The number of articles of each treaty: an article outside is a typo.
TREATY_ARTICLES = {"TIP": 20, "SOM": 25, "UNTOC": 41}
ORDER = ("TIP", "SOM", "UNTOC")


class UnknownCluster(AssessorError):
    """A review cluster id the clusters file does not define."""

    exit_code = ExitCode.USAGE


@dataclass(frozen=True, slots=True)
class ReviewCluster:
    """One cluster of the review mechanism: the articles its self-assessment covers, per instrument."""

    id: str
    title: str
    description: str
    articles: dict[str, tuple[str, ...]] = field(hash=False)  # instrument -> article numbers, as text

    def covers(self, requirement: Requirement) -> bool:
        """True when the requirement's article is one of the cluster's."""
        return requirement.article in self.articles.get(requirement.instrument, ())

    @property
    def summary(self) -> str:
        """"TIP arts 3, 5; SOM arts 3, 5, 6; UNTOC arts 2, 5, ..." (one article: "art")."""
        return "; ".join(f"{instrument} {'art' if len(numbers) == 1 else 'arts'} {', '.join(numbers)}"
                         for instrument, numbers in self.articles.items())


# --------------------------------------------------------------------------- the file's strict shape

class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _ClusterModel(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    title: str = Field(min_length=1)
    description: str = ""
    articles: dict[Literal["TIP", "SOM", "UNTOC"], list[int]] = Field(min_length=1)

    @model_validator(mode="after")
    def _articles_exist(self) -> _ClusterModel:
        if self.id == ALL:
            raise ValueError(f"id: {ALL!r} is reserved (it means every requirement)")
        for instrument, numbers in self.articles.items():
            last = TREATY_ARTICLES[instrument]
            if not numbers:
                raise ValueError(f"articles.{instrument}: no article listed")
            for i, number in enumerate(numbers):
                if not 1 <= number <= last:
                    raise ValueError(f"articles.{instrument}[{i}]: {instrument} has articles 1 to {last}, "
                                     f"not {number}")
                if number in numbers[:i]:
                    raise ValueError(f"articles.{instrument}[{i}]: article {number} is listed twice")
        return self


class _FileModel(_Strict):
    clusters: list[_ClusterModel] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> _FileModel:
        seen: set[str] = set()
        for i, cluster in enumerate(self.clusters):
            if cluster.id in seen:
                raise ValueError(f"clusters[{i}].id: {cluster.id!r} is defined twice")
            seen.add(cluster.id)
        return self


def _place(loc: tuple[Any, ...], data: Any) -> str:
    """`clusters[0] (first).articles.UNTOC[3]` from pydantic's location."""
    out = ""
    node = data
    for key in loc:
        if isinstance(key, int):
            out += f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str) and out.startswith("clusters[") \
                    and out.count("[") == 1:
                out += f" ({node['id']})"
        else:
            if str(key).startswith("function-") or key in ("literal['TIP','SOM','UNTOC']",):
                continue
            out += ("." if out else "") + str(key)
            node = node.get(key) if isinstance(node, dict) else None
    return out


def _problems(path: Path, data: Any, exc: ValidationError) -> list[ChecklistProblem]:
    problems = []
    for error in exc.errors():
        loc = tuple(k for k in error["loc"] if not (isinstance(k, str) and k.startswith("function-")))
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            problems.append(ChecklistProblem(str(path), _place(loc[:-1], data), f"unknown key {loc[-1]!r}"))
        elif loc and loc[-1] == "[key]":
            problems.append(ChecklistProblem(str(path), _place(loc[:-2], data),
                                             f"{loc[-2]!r} is not an instrument of the review ({', '.join(ORDER)})"))
        else:
            problems.append(ChecklistProblem(str(path), _place(loc, data), message))
    return problems


_CACHE: dict[tuple[str, str], dict[str, ReviewCluster]] = {}


def load_clusters(path: str | Path | None = None) -> dict[str, ReviewCluster]:
    """The review clusters by id, in file order; ChecklistError naming every problem of the file."""
    path = Path(path) if path is not None else CLUSTERS_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ChecklistError([ChecklistProblem(str(path), "", f"cannot read the review clusters ({exc.strerror})")]) \
            from None
    cached = _CACHE.get((str(path), text))
    if cached is not None:
        return cached
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ChecklistError([ChecklistProblem(str(path), "", f"not valid YAML ({getattr(exc, 'problem', exc)})",
                                               mark.line + 1 if mark is not None else None)]) from None
    try:
        model = _FileModel.model_validate(data)
    except ValidationError as exc:
        raise ChecklistError(_problems(path, data, exc)) from None
    clusters = {
        c.id: ReviewCluster(c.id, c.title, " ".join(c.description.split()),
                            {i: tuple(str(n) for n in c.articles[i]) for i in ORDER if i in c.articles})
        for c in model.clusters
    }
    _CACHE[(str(path), text)] = clusters
    return clusters


def find_cluster(cluster_id: str | None, path: str | Path | None = None) -> ReviewCluster | None:
    """The cluster with this id; None for None, "" or `ALL`; UnknownCluster naming the ids there are."""
    if not cluster_id or cluster_id == ALL:
        return None
    clusters = load_clusters(path)
    if cluster_id not in clusters:
        raise UnknownCluster(f"unknown review cluster {cluster_id!r} (choose from {', '.join([ALL, *clusters])})")
    return clusters[cluster_id]


def cluster_catalog(catalog: Catalog, cluster: ReviewCluster | None) -> Catalog:
    """The catalog with only the cluster's requirements (and the red flags against them); all when None.

    The instruments are kept, so a report still names every instrument of the assessment.
    """
    if cluster is None:
        return catalog
    requirements = tuple(r for r in catalog.requirements if cluster.covers(r))
    kept = {r.id for r in requirements}
    return Catalog(catalog.instruments, requirements,
                   tuple(f for f in catalog.red_flags if kept & set(f.contrary_to)))


def uncovered_articles(cluster: ReviewCluster, requirements: Iterable[Requirement]) -> list[str]:
    """The cluster's articles no requirement covers yet ("UNTOC art. 2"), in the cluster's order."""
    present = {(r.instrument, r.article) for r in requirements}
    return [f"{instrument} art. {number}" for instrument, numbers in cluster.articles.items() for number in numbers
            if (instrument, number) not in present]


def cluster_note(cluster: ReviewCluster, catalog: Catalog) -> str:
    """The sentence a report opens with when it is limited to a cluster (articles without a requirement named)."""
    note = (f"Limited to the {cluster.title} ({cluster.summary}): only its requirements are reported and scored.")
    missing = uncovered_articles(cluster, catalog.requirements)
    if missing:
        note += f" No requirement of the checklists covers {', '.join(missing)} yet."
    return note


def cluster_json(cluster: ReviewCluster | None, catalog: Catalog) -> dict[str, Any] | None:
    """The cluster as a report's JSON gives it (None: every requirement)."""
    if cluster is None:
        return None
    return {"id": cluster.id, "title": cluster.title,
            "articles": {instrument: list(numbers) for instrument, numbers in cluster.articles.items()},
            "uncovered": uncovered_articles(cluster, catalog.requirements)}
