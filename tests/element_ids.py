"""Element ids of the trafficking definition's acts, means and purposes, for the table-driven tests."""

from __future__ import annotations

ACTS = ("recruitment", "transportation", "transfer", "harbouring", "receipt")
MEANS = ("force", "coercion", "abduction", "fraud", "deception", "abuse_of_power", "abuse_of_vulnerability",
         "payments")
PURPOSES = ("sexual_exploitation", "forced_labour", "slavery", "servitude", "organ_removal")


def acts(*names: str) -> tuple[str, ...]:
    """Element ids of the acts named (all five when none is named)."""
    assert set(names) <= set(ACTS)  # noqa: S101 - a typo in a test table fails loudly
    return tuple(f"TIP-3-a.act.{n}" for n in (names or ACTS))


def means(*names: str) -> tuple[str, ...]:
    """Element ids of the means named (all eight when none is named)."""
    assert set(names) <= set(MEANS)  # noqa: S101 - a typo in a test table fails loudly
    return tuple(f"TIP-3-a.means.{n}" for n in (names or MEANS))


def purposes(*names: str) -> tuple[str, ...]:
    """Element ids of the purposes named (all five when none is named)."""
    assert set(names) <= set(PURPOSES)  # noqa: S101 - a typo in a test table fails loudly
    return tuple(f"TIP-3-a.purpose.{n}" for n in (names or PURPOSES))


def other_means(*names: str) -> tuple[str, ...]:
    """Element ids of the means not named."""
    return means(*(n for n in MEANS if n not in names))
