"""One self-contained HTML page over corpus events: a map, a timeline and a filterable table.

The page must open on an analyst's laptop without a network (field work, air-gapped review), so
everything is inline: plotly.js (``include_plotlyjs=True``), the world outline plotly would
otherwise fetch from its CDN (``world_110m.json``, handed to plotly through
``window.PlotlyGeoAssets``), the events as JSON, and a few lines of JavaScript for the filter.
plotly is an optional dependency (the ``report`` extra); only this module needs it.
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .export import as_events
from .merge import CorpusEvent, fmt_consensus, fmt_quantity, fmt_time

_COLORS = {"deployment": "#1f77b4", "supply": "#2ca02c", "training": "#9467bd", "attack": "#d62728",
           "casualties": "#000000", "withdrawal": "#ff7f0e"}
_WORLD = Path(__file__).with_name("world_110m.json")


def _claim_lines(ev: CorpusEvent, limit: int = 8) -> str:
    lines = [f"{html.escape(fmt_quantity(c.quantity))}, {html.escape(fmt_time(c.time))} — "
             f"{html.escape(c.source or 'unattributed')} ({html.escape(c.record_id or c.key)})"
             for c in ev.claims[:limit]]
    if len(ev.claims) > limit:
        lines.append(f"… and {len(ev.claims) - limit} more")
    return "<br>".join(lines)


def _size(ev: CorpusEvent) -> float:
    """Marker size grows with the log of the consensus number, so 10 and 10,000 both stay visible."""
    q = ev.quantity
    figure = (q.value if q.value is not None else q.high or q.low) if q else None
    return 8 + 4 * math.log10(1 + abs(figure)) if figure else 8


def map_figure(events: list[CorpusEvent]) -> Any:
    """Scattergeo markers by type, sized by quantity, with the claims and sources in the popup."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for etype in sorted({e.type for e in events}):
        placed = [e for e in events if e.type == etype and e.location and e.location.lat is not None
                  and e.location.lon is not None]
        if not placed:
            continue
        places = [e.location for e in placed if e.location is not None]  # all of them: see the filter
        fig.add_trace(go.Scattergeo(
            name=etype, lat=[p.lat for p in places], lon=[p.lon for p in places],
            marker={"size": [_size(e) for e in placed], "color": _COLORS.get(etype), "opacity": 0.7},
            text=[f"<b>{html.escape(e.summary)}</b><br>{_claim_lines(e)}" for e in placed],
            hoverinfo="text", customdata=[e.id for e in placed],
        ))
    fig.update_geos(showcountries=True, showland=True, landcolor="#f2f2f2", fitbounds="locations")
    fig.update_layout(title="Where", height=520, margin={"l": 0, "r": 0, "t": 40, "b": 0})
    return fig


def timeline_figure(events: list[CorpusEvent]) -> Any:
    """One bar per event from its start to its end, on a row per type and actor."""
    import plotly.graph_objects as go

    fig = go.Figure()
    for etype in sorted({e.type for e in events}):
        xs: list[Any] = []
        ys: list[Any] = []
        texts: list[Any] = []
        for e in events:
            if e.type != etype or e.time is None or (e.time.start is None and e.time.end is None):
                continue
            row = f"{etype} · {e.actor.name if e.actor and e.actor.name else 'unknown'}"
            xs += [str(e.time.start or e.time.end), str(e.time.end or e.time.start), None]
            ys += [row, row, None]
            texts += [e.summary, e.summary, None]
        fig.add_trace(go.Scatter(x=xs, y=ys, text=texts, mode="lines+markers", name=etype, hoverinfo="text",
                                 line={"width": 8, "color": _COLORS.get(etype)}))
    fig.update_layout(title="When", height=max(300, 40 * len({t for tr in fig.data for t in tr.y if t}) + 120),
                      margin={"l": 10, "r": 10, "t": 40, "b": 30}, xaxis={"type": "date"})
    return fig


def _table(events: list[CorpusEvent]) -> str:
    head = "".join(f"<th>{h}</th>" for h in ("date", "type", "actor", "recipient", "place", "number",
                                             "claims", "sources", "disagreements", "summary"))
    rows = []
    for e in events:
        cells = [fmt_time(e.time), e.type + (f" ({e.outcome})" if e.outcome else ""),
                 e.actor.name if e.actor else "", e.recipient.name if e.recipient else "",
                 e.location.name if e.location else "", fmt_consensus(e.quantity) if e.quantity else "",
                 str(len(e.claims)), "; ".join(e.sources), " | ".join(e.disagreements), e.summary]
        tds = "".join(f"<td>{html.escape(str(c or ''))}</td>" for c in cells)
        rows.append(f'<tr data-type="{html.escape(e.type)}" id="{html.escape(e.id)}">{tds}</tr>')
    return f'<table id="events"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


_FILTER_JS = """
function filterRows() {
  var q = document.getElementById('q').value.toLowerCase();
  var t = document.getElementById('t').value;
  var shown = 0;
  document.querySelectorAll('#events tbody tr').forEach(function (tr) {
    var ok = (!t || tr.dataset.type === t) && tr.textContent.toLowerCase().indexOf(q) !== -1;
    tr.style.display = ok ? '' : 'none';
    if (ok) { shown += 1; }
  });
  document.getElementById('n').textContent = shown;
}
"""

_CSS = """body{font-family:system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}th{background:#eee;position:sticky;top:0}
.controls{margin:1em 0}"""


def _data_json(events: list[CorpusEvent]) -> str:
    """The events as JSON inside a <script> block; '</' is escaped so the text cannot close the tag."""
    payload = [e.model_dump(mode="json") for e in events]
    return json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")


def _geo_assets() -> str:
    if not _WORLD.exists():
        return ""
    return f"<script>window.PlotlyGeoAssets={{topojson:{{world_110m:{_WORLD.read_text(encoding='utf-8')}}}}};</script>"


def render(events: Iterable[CorpusEvent | dict[str, Any]], title: str = "Corpus events") -> str:
    """The whole page as a string."""
    evs = as_events(events)
    options = "".join(f'<option value="{t}">{t}</option>' for t in sorted({e.type for e in evs}))
    unplaced = sum(1 for e in evs if not (e.location and e.location.lat is not None))
    map_html = map_figure(evs).to_html(full_html=False, include_plotlyjs=True)
    timeline_html = timeline_figure(evs).to_html(full_html=False, include_plotlyjs=False)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title><style>{_CSS}</style>
{_geo_assets()}</head><body>
<h1>{html.escape(title)}</h1>
<p>{len(evs)} events from {sum(len(e.claims) for e in evs)} claims; {unplaced} without coordinates are not on the map.</p>
{map_html}
{timeline_html}
<div class="controls"><input id="q" placeholder="filter…" oninput="filterRows()">
<select id="t" onchange="filterRows()"><option value="">all types</option>{options}</select>
<span id="n">{len(evs)}</span> shown</div>
{_table(evs)}
<script type="application/json" id="corpus-events">{_data_json(evs)}</script>
<script>{_FILTER_JS}</script>
</body></html>
"""


def write_report(events: Iterable[CorpusEvent | dict[str, Any]], path: str | Path,
                 title: str = "Corpus events") -> None:
    """Write the offline HTML report to ``path``."""
    Path(path).write_text(render(events, title), encoding="utf-8")
