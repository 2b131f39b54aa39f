"""Pictures of what was found: displaCy's span view of the tags, with the events listed below."""

from __future__ import annotations

import html
from typing import Any

from spacy import displacy
from spacy.tokens import Doc

from .components.base import SPAN_KEY

COLORS = {
    "MIL_UNIT": "#7aecec",
    "RANK": "#bfeeb7",
    "QUANTITY": "#feca74",
    "DATE_RANGE": "#ff9561",
    "LOCATION": "#aa9cfc",
    "ACTOR": "#c887fb",
}


def render(doc: Doc, *, page: bool = True, jupyter: bool = False) -> str:
    options: dict[str, Any] = {"spans_key": SPAN_KEY, "colors": COLORS}
    markup = displacy.render(doc, style="span", options=options, page=False, jupyter=False)
    rows = "".join(
        f"<li><b>{html.escape(ev['type'])}</b>: {html.escape(ev.get('summary') or '')}"
        f"{' <i>(possible)</i>' if ev.get('modality') == 'possible' else ''}</li>"
        for ev in (doc._.events or [])
    )
    body = f"{markup}<h3>Events</h3><ul>{rows or '<li>none</li>'}</ul>"
    if page:
        body = f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>conflict_ie</title></head><body>{body}</body></html>"
    if jupyter:  # pragma: no cover - needs a notebook
        # IPython re-exports these without __all__ and leaves them unannotated
        from IPython.display import HTML, display  # type: ignore[attr-defined]

        display(HTML(body))  # type: ignore[no-untyped-call]
    return body
