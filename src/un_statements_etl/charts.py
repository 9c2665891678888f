"""Charts of the run report: Altair specs rendered offline to SVG with vl-convert.

The report must open anywhere, offline, with nothing to load and no JavaScript, so each
chart is rendered here to an SVG string and inlined in the page (vega-embed would need
scripts from a CDN). Functions take plain rows, as DuckDB returns them, so the report's
queries and the chart layout can be tested separately.
"""

from __future__ import annotations

import re

import altair as alt
import pandas as pd
import vl_convert

# Stance colours carry meaning across charts: the same three everywhere.
STANCE_COLOURS = {"positive": "#1b9e77", "negative": "#d95f02", "neutral": "#9e9e9e"}
_WIDTH = 560
_LABEL_LIMIT = 200  # px: long entity names are cut with an ellipsis, the tooltip has them whole
_FONT = "Liberation Sans, Arial, Helvetica, sans-serif"  # metric twins: labels measure the same everywhere


def statements_over_time(rows: list[tuple[str, int]], unit: str = "month") -> alt.Chart:
    """Bars of statements per period; `rows` are (period label like '2022-05', statements) in order."""
    data = pd.DataFrame(rows, columns=["period", "statements"])
    return alt.Chart(data, title=f"Statements per {unit}").mark_bar(color="#4c78a8").encode(
        x=alt.X("period:O", title=None, sort=None, axis=alt.Axis(labelAngle=-45)),
        y=alt.Y("statements:Q", title="statements", axis=_count_axis(data["statements"].max())),
        tooltip=["period", "statements"],
    ).properties(width=min(_WIDTH, 40 * max(len(data), 4)), height=200)  # a few bars stay slim


def top_entities(rows: list[tuple[str, str, int, int]]) -> alt.Chart:
    """Horizontal bars of the entities named in most statements; rows are (name, label, statements, mentions)."""
    data = pd.DataFrame(rows, columns=["name", "label", "statements", "mentions"])
    return alt.Chart(data, title="Most mentioned entities").mark_bar().encode(
        y=alt.Y("name:N", title=None, sort=None, axis=alt.Axis(labelLimit=_LABEL_LIMIT)),
        x=alt.X("mentions:Q", title="mentions", axis=_count_axis(data["mentions"].max())),
        color=alt.Color("label:N", title="type", scale=alt.Scale(scheme="tableau10")),
        tooltip=["name", "label", "statements", "mentions"],
    ).properties(width=_WIDTH - 160, height=alt.Step(16))


def claims_by_act(rows: list[tuple[str, str, int]]) -> alt.Chart:
    """Stacked bars of claims per predicate, split by stance; rows are (predicate, stance, claims)."""
    data = pd.DataFrame(rows, columns=["predicate", "stance", "claims"])
    order = data.groupby("predicate")["claims"].sum().sort_values(ascending=False).index.tolist()
    return alt.Chart(data, title="Claims by act and stance").mark_bar().encode(
        y=alt.Y("predicate:N", title=None, sort=order),
        x=alt.X("claims:Q", title="claims", axis=_count_axis(data.groupby("predicate")["claims"].sum().max())),
        color=alt.Color("stance:N", title="stance",
                        scale=alt.Scale(domain=list(STANCE_COLOURS), range=list(STANCE_COLOURS.values()))),
        tooltip=["predicate", "stance", "claims"],
    ).properties(width=_WIDTH - 160, height=alt.Step(16))


def _count_axis(largest: float) -> alt.Axis:
    """An axis of counts: whole-number ticks only (vega would label 0.5 statements on small data)."""
    top = int(largest) if largest == largest else 1  # NaN when there is no data
    return alt.Axis(format="d", tickCount=max(1, min(top, 5)))


def to_svg(chart: alt.Chart) -> str:
    """Render a chart to a standalone SVG string (no network, no JavaScript engine of the browser)."""
    themed = chart.configure(font=_FONT).configure_view(stroke=None)
    svg = vl_convert.vegalite_to_svg(themed.to_dict())
    return _strip_prolog(svg)


def _strip_prolog(svg: str) -> str:
    """Drop any XML declaration so the SVG can sit inline in HTML.

    >>> _strip_prolog('<?xml version="1.0"?>\\n<svg></svg>')
    '<svg></svg>'
    """
    return re.sub(r"^\s*<\?xml[^>]*\?>\s*", "", svg)
