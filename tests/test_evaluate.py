"""TempEval-3 timex scores on hand-made cases; the expected figures were worked out by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.model import Timex
from dateline.timex.evaluate import align, differences, evaluate_dirs, evaluate_docs, score_doc
from dateline.timex.timeml import read_tml, write_tml

DATA = Path(__file__).parent / "data" / "timeml"


def tx(start: int, end: int, type_: str = "DATE", value: str = "X") -> Timex:
    return Timex(start=start, end=end, text="", type=type_, value=value)


GOLD = [
    tx(0, 10, "DATE", "2020"),
    tx(20, 30, "DURATION", "P1D"),
    tx(40, 45, "DATE", "2021"),
    tx(60, 70, "TIME", "T1"),
]
SYSTEM = [
    tx(0, 10, "DATE", "2020"),  # strict, type and value right
    tx(22, 35, "DATE", "P1D"),  # relaxed, type wrong, value right
    tx(40, 45, "DATE", "2022"),  # strict, type right, value wrong
    tx(80, 85, "DATE", "2023"),  # false positive
    tx(61, 65, "TIME", "T2"),  # relaxed, type right, value wrong
]


def test_counts_and_figures_by_hand() -> None:
    s = evaluate_docs([GOLD], [SYSTEM])
    assert (s.gold, s.system, s.strict, s.relaxed, s.type_match, s.value_match) == (4, 5, 2, 4, 3, 2)
    assert s.strict_precision == pytest.approx(2 / 5)
    assert s.strict_recall == pytest.approx(2 / 4)
    assert s.strict_f1 == pytest.approx(4 / 9)  # 2 * .4 * .5 / .9
    assert s.relaxed_precision == pytest.approx(4 / 5)
    assert s.relaxed_recall == pytest.approx(1.0)
    assert s.relaxed_f1 == pytest.approx(8 / 9)  # 2 * .8 * 1 / 1.8
    assert s.type_accuracy == pytest.approx(3 / 4)
    assert s.value_accuracy == pytest.approx(2 / 4)
    assert s.type_f1 == pytest.approx(3 / 4 * 8 / 9)  # attribute F1 = accuracy x relaxed F1
    assert s.value_f1 == pytest.approx(1 / 2 * 8 / 9)


def test_alignment_is_one_to_one() -> None:
    gold = [tx(0, 20)]
    system = [tx(0, 5), tx(10, 20)]
    s = score_doc(gold, system)
    assert (s.relaxed, s.strict) == (1, 0)
    assert s.relaxed_precision == pytest.approx(0.5)
    assert s.relaxed_f1 == pytest.approx(2 / 3)
    assert align(gold, system) == [(gold[0], system[1])]  # the larger overlap wins


def test_exact_extent_is_preferred_over_overlap() -> None:
    gold = [tx(0, 10)]
    system = [tx(0, 4), tx(0, 10)]
    s = score_doc(gold, system)
    assert (s.strict, s.relaxed) == (1, 1)
    # and a partial overlap does not steal the exact partner of another gold timex
    gold2 = [tx(0, 10), tx(8, 20)]
    system2 = [tx(0, 10), tx(9, 15)]
    s2 = score_doc(gold2, system2)
    assert (s2.strict, s2.relaxed) == (1, 2)


def test_alignment_is_as_large_as_possible() -> None:
    # A overlaps X by 5 and Y by 1; B overlaps only X: pairing A-X greedily would lose B
    a, b = tx(0, 10), tx(12, 20)
    x, y = tx(5, 14), tx(9, 11)
    assert score_doc([a, b], [x, y]).relaxed == 2
    assert align([a, b], [x, y]) == [(a, y), (b, x)]


def test_touching_extents_do_not_match_and_empty_ones_do_not_count() -> None:
    s = score_doc([tx(0, 5), tx(7, 7)], [tx(5, 9), tx(3, 3)])
    assert (s.gold, s.system, s.relaxed) == (1, 1, 0)
    assert s.relaxed_f1 == 0.0 and s.value_f1 == 0.0


def test_micro_average_over_documents() -> None:
    s = evaluate_docs([[tx(0, 4)], [tx(0, 4), tx(5, 9), tx(10, 14)]], [[tx(0, 4)], []])
    assert s.relaxed_precision == pytest.approx(1.0)
    assert s.relaxed_recall == pytest.approx(1 / 4)
    assert s.relaxed_f1 == pytest.approx(0.4)  # macro-averaging would give (1 + 0) / 2


def test_nothing_to_find_and_nothing_found_is_perfect() -> None:
    s = evaluate_docs([[]], [[]])
    assert (s.strict_f1, s.relaxed_f1, s.type_f1, s.value_f1) == (1.0, 1.0, 1.0, 1.0)
    silent = evaluate_docs([[tx(0, 3)]], [[]])
    assert (silent.relaxed_f1, silent.value_f1, silent.relaxed_recall) == (0.0, 0.0, 0.0)


def test_document_count_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        evaluate_docs([[]], [])


def test_as_dict_and_format() -> None:
    s = evaluate_docs([GOLD], [SYSTEM])
    d = s.as_dict()
    assert d["relaxed_f1"] == pytest.approx(0.8889) and d["strict_matches"] == 2 and d["gold"] == 4
    text = s.format()
    assert "Strict Match" in text and "44.44" in text and "88.89" in text and "44.44\t66.67" in text


def test_differences_list_every_way_a_document_falls_short() -> None:
    found = differences(GOLD, SYSTEM)
    assert [d["kinds"] for d in found] == [["extent", "type"], ["value"], ["extent", "value"], ["spurious"]]
    assert found[-1]["gold"] is None and found[-1]["system"]["value"] == "2023"  # type: ignore[index]
    missed = differences([tx(0, 4, value="1999")], [])
    assert missed == [
        {
            "kinds": ["missed"],
            "gold": {"start": 0, "end": 4, "text": "", "type": "DATE", "value": "1999", "rule": ""},
            "system": None,
        }
    ]
    assert differences(GOLD, GOLD) == []


def test_evaluate_dirs_by_relative_path(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    shutil.copytree(DATA, gold_dir)
    system_dir = tmp_path / "system"
    simple = read_tml(gold_dir / "simple.tml")
    # system gets the first timex exactly, the second with a shorter extent and a wrong value
    second = simple.timexes[1]
    shorter = Timex(start=second.start + 6, end=second.end, text="", type=second.type, value="P2Y")
    write_tml(simple, [simple.timexes[0], shorter], system_dir / "simple.tml")
    # sub/compact.tml has no system file: scored as no output
    s = evaluate_dirs(gold_dir, system_dir)
    assert s.documents == 2 and s.missing == ["sub/compact.tml"]
    assert (s.gold, s.system, s.strict, s.relaxed, s.type_match, s.value_match) == (6, 2, 1, 2, 2, 1)
    assert s.strict_recall == pytest.approx(1 / 6) and s.relaxed_precision == 1.0


def test_evaluate_dirs_refuses_a_changed_text(tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    shutil.copytree(DATA, gold_dir)
    system_dir = tmp_path / "system"
    shutil.copytree(DATA, system_dir)
    compact = system_dir / "sub" / "compact.tml"
    compact.write_text(compact.read_text(encoding="utf-8").replace("Sales", "Prices"), encoding="utf-8")
    s = evaluate_dirs(gold_dir, system_dir)
    assert list(s.errors) == ["sub/compact.tml"]
    assert (s.gold, s.system, s.strict) == (6, 4, 4)  # gold against itself where the text is the same


def test_evaluate_dirs_lists_an_unreadable_gold_file(tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "gold")
    (tmp_path / "gold" / "broken.tml").write_text("<TimeML>no text element</TimeML>", encoding="utf-8")
    s = evaluate_dirs(tmp_path / "gold", tmp_path / "gold")
    assert list(s.errors) == ["broken.tml"] and s.documents == 2 and s.strict_f1 == 1.0


_spans = st.lists(
    st.tuples(st.integers(0, 40), st.integers(1, 6), st.sampled_from(["DATE", "TIME"])), max_size=6
)


def _timexes(raw: list[tuple[int, int, str]]) -> list[Timex]:
    return [tx(start, start + length, kind, f"v{start}") for start, length, kind in raw]


@settings(max_examples=80, deadline=None)
@given(_spans, _spans)
def test_scores_are_consistent_on_random_annotations(gold_raw: list, system_raw: list) -> None:
    gold, system = _timexes(gold_raw), _timexes(system_raw)
    s = score_doc(gold, system)
    assert s.value_match <= s.relaxed and s.type_match <= s.relaxed and s.strict <= s.relaxed
    assert s.relaxed <= min(s.gold, s.system)
    for figure in (s.strict_f1, s.relaxed_f1, s.type_f1, s.value_f1):
        assert 0.0 <= figure <= 1.0
    assert s.strict_f1 <= s.relaxed_f1 and s.value_f1 <= s.relaxed_f1
    assert score_doc(gold, gold).strict_f1 == 1.0  # a system equal to the gold is perfect
    swapped = score_doc(system, gold)  # swapping sides swaps precision and recall
    assert swapped.relaxed == s.relaxed and swapped.relaxed_precision == s.relaxed_recall
