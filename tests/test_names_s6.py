"""Name repairs: a hyphenated first name the NER took for a title elsewhere stays part of the
full name, and a place written in capitals (a dateline) is still a known place."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.extract.gazetteer import place_label
from dateline.extract.name_spans import NameSpan
from dateline.extract.names import _fix_person_junk
from dateline.nlp import load


@pytest.fixture(scope="module")
def language() -> Any:
    return load()


def test_a_hyphenated_first_name_labelled_a_work_elsewhere_stays_in_the_full_name(language: Any) -> None:
    doc = language("Hans-Dieter Brauer announced it. Hans-Dieter was sad.")
    assert [t.text for t in doc[:4]] == ["Hans", "-", "Dieter", "Brauer"]
    full = NameSpan(0, 4, "PERSON", "PERSON", False)
    alone = NameSpan(7, 10, "WORK", "WORK", False)
    _fix_person_junk(doc, [full, alone])
    assert (full.start, full.end, full.label) == (0, 4, "PERSON")


def test_a_name_only_ever_an_organisation_is_cut_from_a_person_span(language: Any) -> None:
    doc = language("Vantor Holdings said so. Vantor Smith agreed.")
    org = NameSpan(0, 2, "ORG", "ORG", False)
    wrong = NameSpan(5, 7, "PERSON", "PERSON", False)
    org_alone = NameSpan(5, 6, "ORG", "ORG", False)
    _fix_person_junk(doc, [org, org_alone, wrong])
    assert (wrong.end, wrong.label) == (6, "ORG")


@pytest.mark.parametrize(("written", "label"), [("HAMBURG", "GPE"), ("Hamburg", "GPE"), ("GDAŃSK", "GPE"), ("ZZYZXQ", None)])
def test_a_place_in_capitals_is_known(written: str, label: str | None) -> None:
    assert place_label(written) == label
