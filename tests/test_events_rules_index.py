"""The per-lemma index of an event type's `requires` and `rejects` rules gives, for every lemma, the rules a scan of
the lists would (in their order)."""

from dateline.extract.events_schema import rules_by_lemma, schema


def test_rules_by_lemma_keeps_order_and_duplicates_once():
    a = {"lemmas": ["win", "lose", "win"]}
    b = {"lemmas": ["lose"]}
    c = {"lemmas": ["win"]}
    index = rules_by_lemma([a, b], [c, a])
    assert index["win"] == ((a,), (c, a))
    assert index["lose"] == ((a, b), (a,))
    assert "draw" not in index


def test_schema_index_matches_a_scan():
    for etype in schema().types:
        lemmas = {lemma for rule in (*etype.requires, *etype.rejects) for lemma in rule["lemmas"]}
        for lemma in lemmas:
            requires, rejects = etype.rules_of[lemma]
            assert list(requires) == [r for r in etype.requires if lemma in r["lemmas"]]
            assert list(rejects) == [r for r in etype.rejects if lemma in r["lemmas"]]
