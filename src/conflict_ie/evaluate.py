"""``python -m conflict_ie.evaluate``: the scorer's command line (the code is in ``scoring``).

The module is not imported by the package: a submodule named ``evaluate`` would replace the
public function ``conflict_ie.evaluate`` on the package the first time it was imported.
"""

from __future__ import annotations

import sys

from conflict_ie.scoring import main

if __name__ == "__main__":
    sys.exit(main())
