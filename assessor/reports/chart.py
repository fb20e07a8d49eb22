"""The pillar chart as a picture, for reports that cannot hold a native chart (the Word report).

Drawn offline with matplotlib's Agg canvas straight onto a `Figure` (no pyplot: no global state
shared between the app's sessions, no display, no network), as PNG bytes. Text comes from the
label table and from numbers only, never from law text or notes.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from assessor.labels import PILLAR_LABELS
from assessor.scoring import PillarLine

__all__ = ["chart_description", "pillar_chart_png"]

# Dark blue bars on white, values in black beside them: legible in greyscale and on paper.
BAR = "#1F4E79"
EMPTY = "#BFBFBF"
DPI = 150  # sharp enough to print at the width used in the report (about 16 cm)


def _value(line: PillarLine) -> str:
    text = "not scored" if line.score.score is None else f"{line.score.score:.0%}"
    if line.grade is not None:
        text += f"  (grade {line.grade})"
    return text


def chart_description(lines: Sequence[PillarLine]) -> str:
    """The chart in words (the picture's alternative text): each pillar with its score and grade."""
    return "Score by pillar: " + "; ".join(f"{PILLAR_LABELS[x.pillar]} {_value(x).replace('  ', ' ')}"
                                           for x in lines) + "."


def pillar_chart_png(lines: Sequence[PillarLine]) -> bytes:
    """A horizontal bar chart of the pillar scores (0-100%), each bar's score and grade written beside it."""
    height = 0.8 + 0.4 * len(lines)
    figure = Figure(figsize=(7.0, height), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    names = [PILLAR_LABELS[x.pillar] for x in lines][::-1]  # the first pillar on top
    values = [(x.score.score or 0.0) * 100 for x in lines][::-1]
    colours = [EMPTY if x.score.score is None else BAR for x in lines][::-1]
    bars = axes.barh(names, values, color=colours, height=0.6)
    for bar, line in zip(bars, lines[::-1], strict=True):
        axes.text(bar.get_width() + 1.5, bar.get_y() + bar.get_height() / 2, _value(line), va="center", fontsize=8)
    axes.set_xlim(0, 125)  # room for the values written right of a full bar
    axes.set_xticks([0, 20, 40, 60, 80, 100], ["0%", "20%", "40%", "60%", "80%", "100%"])
    axes.tick_params(labelsize=8)
    axes.set_title("Score by pillar", fontsize=10, loc="left")
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.grid(axis="x", color="#E0E0E0", linewidth=0.6)
    axes.set_axisbelow(True)
    # Fixed margins (the longest pillar name fits at this size): tight_layout would draw the figure twice.
    figure.subplots_adjust(left=0.38, right=0.98, top=1 - 0.35 / height, bottom=0.3 / height)
    buffer = io.BytesIO()
    # No timestamp or software name in the file: the same scores give the same bytes.
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()
