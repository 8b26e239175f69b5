"""Charts of store queries: time series and a map of event places, drawn with matplotlib's Agg canvas.

We build ``Figure`` objects directly (not pyplot), so drawing needs no display, sets no global
backend and leaves no figures behind; the map is plain lon/lat axes, with no tile downloads.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

QUAD_COLOURS = {1: "#4c9f70", 2: "#2b6cb0", 3: "#d69e2e", 4: "#c53030"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
_METRICS = ("n_events", "mean_goldstein", "mean_plover_score", "articles", "events_per_article")
#: Columns that count things: their axis gets whole-number ticks from zero (never "2.5 events").
_COUNTS = ("n_events", "articles")
_PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}


def _save(figure: Figure, path: str | Path) -> Path:
    path = Path(path)
    FigureCanvasAgg(figure)
    figure.savefig(path, dpi=110, bbox_inches="tight")
    return path


def _titles(axes, title: str, subtitle: str | None) -> None:
    """A title, and under it a smaller line saying which events the chart holds (its filters)."""
    if subtitle:
        axes.set_title(subtitle, fontsize="small", color="#444444", loc="left")
        axes.figure.suptitle(title, x=axes.get_position().x0, ha="left")
    else:
        axes.set_title(title)


def plot_series(frame: pd.DataFrame, path: str | Path, value: str | None = None, title: str | None = None,
                subtitle: str | None = None, freq: str | None = None, unit: str = "events") -> Path:
    """Line chart of a ``series`` table; one line per group when it was grouped with ``by``.

    ``value`` picks the column to draw (default: ``events_per_article`` when normalised, else
    ``n_events``). ``subtitle``: which events the chart holds (``eventcoder plot`` gives its filters);
    ``freq`` and ``unit`` word the default title ("events per month"). Counts get whole-number ticks.
    The file type follows the suffix of ``path`` (.png, .svg, .pdf).
    """
    if value is None:
        value = "events_per_article" if "events_per_article" in frame.columns else "n_events"
    label = {"n_events": unit, "events_per_article": f"{unit} per article"}.get(value, value.replace("_", " "))
    figure = Figure(figsize=(9, 4.5))
    axes = figure.add_subplot()
    groups = [c for c in frame.columns if c not in _METRICS and c != "period"]
    if frame.empty:
        axes.text(0.5, 0.5, "no events match", ha="center", va="center", transform=axes.transAxes)
    elif groups:
        group = groups[0]
        for key, part in frame.groupby(group, dropna=False):
            name = QUAD_NAMES.get(key, str(key)) if group == "quad_class" else str(key)
            colour = QUAD_COLOURS.get(key) if group == "quad_class" else None
            axes.plot(pd.to_datetime(part["period"]), part[value], marker="o", label=name, color=colour)
        axes.legend(fontsize="small", title=group.replace("_", " "), title_fontsize="small")
    else:
        axes.plot(pd.to_datetime(frame["period"]), frame[value], marker="o")
    periods = pd.to_datetime(frame["period"]).unique() if not frame.empty else []
    if len(periods) == 1:
        # One period alone: matplotlib would spread its date axis over years around it.
        half = pd.Timedelta(days=_PERIOD_DAYS.get(freq or "month", 30))
        axes.set_xlim(periods[0] - half, periods[0] + half)
    if value in _COUNTS:
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_ylim(bottom=0)
    axes.set_ylabel(label)
    axes.set_xlabel(freq or "period")
    axes.grid(alpha=0.3)
    _titles(axes, title or f"{label} per {freq or 'period'}".capitalize(), subtitle)
    figure.autofmt_xdate()
    return _save(figure, path)


def plot_map(frame: pd.DataFrame, path: str | Path, title: str | None = None, subtitle: str | None = None) -> Path:
    """Scatter of events with coordinates on lon/lat axes, coloured by quad class, sized by reports.

    ``subtitle``: which events the map holds (``eventcoder plot --map`` gives its filters).
    """
    figure = Figure(figsize=(10, 5.5))
    axes = figure.add_subplot()
    placed = frame.dropna(subset=["lat", "lon"]) if not frame.empty else frame
    if placed.empty:
        axes.text(0.5, 0.5, "no events with coordinates", ha="center", va="center", transform=axes.transAxes)
        axes.set_xlim(-180, 180)
        axes.set_ylim(-90, 90)
    else:
        sizes = 12 + 6 * placed["n_mentions"].clip(upper=30) if "n_mentions" in placed.columns else 20
        colours = [QUAD_COLOURS.get(q, "#555555") for q in placed["quad_class"]]
        axes.scatter(placed["lon"], placed["lat"], s=sizes, c=colours, alpha=0.7, edgecolors="black", linewidths=0.3)
        margin = 5.0
        axes.set_xlim(max(-180, placed["lon"].min() - margin), min(180, placed["lon"].max() + margin))
        axes.set_ylim(max(-90, placed["lat"].min() - margin), min(90, placed["lat"].max() + margin))
        for quad, colour in QUAD_COLOURS.items():
            if (placed["quad_class"] == quad).any():
                axes.scatter([], [], c=colour, label=QUAD_NAMES[quad])
        axes.legend(fontsize="small", loc="lower left")
    axes.set_xlabel("longitude")
    axes.set_ylabel("latitude")
    axes.set_aspect("equal", adjustable="box")
    axes.grid(alpha=0.3)
    _titles(axes, title or f"{len(placed)} events with coordinates", subtitle)
    return _save(figure, path)
