"""The corpus view: events of many records merged into happenings, exported and reported.

``merge`` groups the events that describe the same happening and keeps every claim;
``export_acled`` and the writers give ACLED-style or flat tables; ``write_report`` one offline
HTML page with a map, a timeline and a filterable table.  See docs/corpus.md.
"""

from __future__ import annotations

from .merge import Claim, CorpusEvent, merge, read_events

__all__ = ["Claim", "CorpusEvent", "merge", "read_events"]
