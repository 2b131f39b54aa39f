"""An aside between two commas that says who commands or where a force was drawn from keeps the
subject with its verb: "350 soldiers of the 5th Infantry Brigade, under the command of Colonel
Andrés Villacís, were deployed to Guayaquil" (d226, written blind) and "The next rotation of about
90 ADF trainers, drawn from ..., departed" (d132).  Asides opened by "led by" already did so."""

from __future__ import annotations

from functools import partial

import pytest

from tests.helpers import events_of

deployments = partial(events_of, etype="deployment")


@pytest.mark.parametrize("text", [
    "On 3 April, 350 soldiers, under the command of Colonel Andrés Villacís, were deployed to Guayaquil.",
    "About 90 trainers, drawn from the 7th Brigade and the 1st Regiment, were deployed to Guayaquil.",
    "Some 200 police officers, under the orders of the interior minister, were sent to Guayaquil.",
])
def test_an_aside_keeps_the_count_with_its_verb(nlp, text):
    found = deployments(nlp, text)
    assert [((e.get("location") or {}).get("name"), (e.get("quantity") or {}).get("value")) for e in found][:1] \
        in ([("Guayaquil", 350)], [("Guayaquil", 90)], [("Guayaquil", 200)]), [e["summary"] for e in found]
