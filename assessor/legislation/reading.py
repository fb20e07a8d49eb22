"""How well a file was read: parse coverage, units recognised, warnings for the user.

A reading that failed must say so: a law whose numbering was not recognised would otherwise
be reported as meeting nothing, in silence.
"""

from __future__ import annotations

from assessor.legislation.model import Block, Kind, Provision, Reading

# Below this share of the text in citable provisions, the structure was not recognised.
LOW_COVERAGE = 0.5


def assess_reading(blocks: list[Block], provisions: list[Provision]) -> Reading:
    """The coverage, units and warnings of one file's segmentation."""
    total = sum(len(b.text.strip()) for b in blocks if b.text.strip())
    cited = sum(len(p.text) for p in provisions if p.kind not in (Kind.PREAMBLE, Kind.DIVISION))
    coverage = min(1.0, cited / total) if total else 0.0
    units = sum(1 for p in provisions if p.kind is Kind.ARTICLE)
    warnings: list[str] = []
    if units == 0:
        warnings.append("no article or section numbering was recognised: provisions cannot be cited, "
                        "and findings may be missing; check the file's layout")
    elif coverage < LOW_COVERAGE:
        warnings.append(f"only {coverage:.0%} of the text was placed in numbered provisions: "
                        "the structure was not fully recognised, and findings may be missing")
    return Reading(round(coverage, 3), units, tuple(warnings))
