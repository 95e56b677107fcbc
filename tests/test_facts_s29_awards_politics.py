"""Prizes, works and elections (session 29: wins, nominations, releases and elections across all the development
articles), each rule pinned by invented sentences through the real pipeline."""

from __future__ import annotations

from dateline.model import Analysis
from handmade import analyzed as run
from handmade import facts_by_pair, typed


def _named(a: Analysis, kind: str, role: str) -> list[set[str]]:
    """For each event of a type, the entity names (or, unnamed, the texts) in a role."""
    out = []
    for e in typed(a, kind):
        out.append({(a.entity(g.entity).name if a.entity(g.entity) else g.text) for g in e.args if g.role == role})
    return out


# ---------------------------------------------------------------- the seat an election is won in


def test_a_seat_named_by_a_bare_name_is_the_elections_place_not_a_body_joined() -> None:
    # "her Brackley seat": a constituency the recognizer takes for an organisation is where, and no party joined
    a = run("Maria Olsen, a retired nurse, won her Brackley seat at a by-election last November.", "2024-05-08")
    assert _named(a, "politics.elect", "place") == [{"Brackley"}]
    assert not _named(a, "politics.elect", "organization")[0]
    assert ("Maria Olsen", "Brackley") not in facts_by_pair(a, "member")
    b = run("Kaija Lund kept her seat in Tormund, where she was first elected in 2013.", "2024-05-08")
    assert {"Tormund"} in _named(b, "politics.elect", "place")


def test_a_constituency_after_elected_for_or_in_is_the_place() -> None:
    a = run("Petra Quist, elected for Ollerby only in 2019, said she would sit as an independent.", "2024-05-08")
    assert _named(a, "politics.elect", "place") == [{"Ollerby"}]
    b = run("Ivo Marsh was comfortably re-elected in Ward 3 on Monday.", "2024-05-08")
    assert _named(b, "politics.elect", "place") == [{"Ward 3"}]
    c = run("Sanne Ruud, who was re-elected in Tolvik North on Sunday, thanked her volunteers.", "2024-05-08")
    assert {"Tolvik North"} in _named(c, "politics.elect", "place")


def test_a_party_after_elected_for_stays_the_organisation() -> None:
    a = run("Jon Berg was elected for the Green Alliance in 2019.", "2024-05-08")
    assert _named(a, "politics.elect", "organization") == [{"Green Alliance"}]
    assert not _named(a, "politics.elect", "place")[0]
    b = run("Jon Berg was elected for Labour in 2019.", "2024-05-08")
    assert _named(b, "politics.elect", "organization") == [{"Labour"}]
    c = run("Anna Berg held the Liberal seat with an increased majority.", "2024-05-08")
    assert not any(_named(c, "politics.elect", "place"))


# ---------------------------------------------------------------- a work told again as "it" or "the record"


def test_it_that_wins_or_comes_out_after_a_work_is_named_is_that_work() -> None:
    a = run("Tessa Morn published her first novel, Blue Hours, in 2012. It won the Harland Prize for Fiction in 2013.",
            "2024-05-08")
    wins = typed(a, "career.win")
    assert [e.time for e in wins] == ["2013"]
    assert _named(a, "career.win", "work") == [{"Blue Hours"}]
    assert "Tessa Morn" in _named(a, "career.win", "agent")[0]
    b = run('The band recorded "Low Static" in a barn in Devon. It came out on Kelp Records in 2019.', "2024-05-08")
    assert _named(b, "career.release", "work") == [{"Low Static"}]
    c = run('Ines Dorr directed "Salt Lanes" in 2015. It was nominated for the Golden Reed at the Varna festival.', "2024-05-08")
    assert {"Salt Lanes"} in _named(c, "career.nominate", "work")


def test_it_after_a_company_is_no_work() -> None:
    a = run("Acme launched the app Zed in 2019. It won a design award in 2020.", "2024-05-08")
    assert not any(w & {"Zed"} for w in _named(a, "career.win", "work"))


# ---------------------------------------------------------------- a prize or a nomination told again for another work


def test_a_second_time_for_another_work_names_that_work() -> None:
    a = run('Tomas Vik was nominated for the Nordic Film Award in 2004 for his debut, "Cold Bus", and again in 2009 for '
            '"Still Ones".', "2024-05-08")
    by_time = {e.time: {a.entity(g.entity).name for g in e.args if g.role == "work" and a.entity(g.entity)}
               for e in typed(a, "career.nominate")}
    assert by_time == {"2004": {"Cold Bus"}, "2009": {"Still Ones"}}
    # the parser hangs the second time on the main clause: read past the first time's own phrase to "and again"
    b = run('It is the first major prize for the Lisbon-based director, who was nominated for the Golden Reed in 2004 for her '
            'debut, "Winter Bus", and again in 2008 for "Quiet Ones".', "2024-05-08")
    assert ("2008", {"Quiet Ones"}) in [(e.time, {b.entity(g.entity).name for g in e.args if g.role == "work" and b.entity(g.entity)})
                                        for e in typed(b, "career.nominate")]
    c = run('Ana Reis won the Tarrow Prize in 2011 for her novel "Glass Fields", and again in 2015 for "Tin Roads".', "2024-05-08")
    assert ("2015", {"Tin Roads"}) in [(e.time, {c.entity(g.entity).name for g in e.args if g.role == "work" and c.entity(g.entity)})
                                       for e in typed(c, "career.win")]


def test_a_second_time_without_again_or_a_work_is_no_second_event() -> None:
    a = run('Ana Reis won the Tarrow Prize in 2011 for her novel "Glass Fields", and her publisher sold the rights in 2015.',
            "2024-05-08")
    assert [e.time for e in typed(a, "career.win")] == ["2011"]


# ---------------------------------------------------------------- who put out a work the article says someone won for


def test_a_release_naming_no_one_is_the_prize_winners_work() -> None:
    a = run("Tom Reyes grew up in Leeds. The album Iron Hymns, released in 1987, earned him the Corvan Prize the following year.",
            "2024-05-08")
    assert _named(a, "career.release", "agent") == [{"Tom Reyes"}]
    c = run('Nadia Sol was shortlisted for the Ferrand Prize for "The Salt Year" in 2011. "The Salt Year" appeared in 2010.',
            "2024-05-08")
    assert {"Nadia Sol"} in _named(c, "report.publish", "agent") + _named(c, "career.release", "agent")


# ---------------------------------------------------------------- a seat or an office lost to someone


def test_a_seat_lost_to_someone_is_their_election_and_the_losers_defeat() -> None:
    a = run("Ruth Amos lost her seat to the Liberal candidate, Ian Pole, in 2019.", "2024-05-08")
    by_person = {next(a.entity(g.entity).name for g in e.args if g.role == "patient"): (e.polarity, e.time)
                 for e in typed(a, "politics.elect")}
    assert by_person == {"Ruth Amos": ("NEG", "2019"), "Ian Pole": ("POS", "2019")}
    assert not _named(a, "politics.elect", "organization")[0]  # the winner is no body joined
    b = run("Green Future's Tamsin Egg lost her seat in Norrick to the Civic Forum candidate Bap Vane.", "2024-05-08")
    won = [e for e in typed(b, "politics.elect") if e.polarity == "POS"]
    assert [({b.entity(g.entity).name for g in e.args if g.role == "patient"}, {g.text for g in e.args if g.role == "place"})
            for e in won] == [({"Bap Vane"}, {"Norrick"})]


def test_an_office_lost_to_someone_is_their_election_there() -> None:
    a = run("The governing alliance lost the Eskerby mayoralty in May to the Rural Alliance candidate, Tor Holm.", "2024-05-08")
    assert _named(a, "politics.elect", "patient") == [{"Tor Holm"}]
    assert _named(a, "politics.elect", "place") == [{"Eskerby"}]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05"]


def test_a_seat_lost_to_no_one_named_and_seats_counted_stay_as_they_were() -> None:
    a = run("Ruth Amos lost her seat in 2019.", "2024-05-08")
    assert [(e.polarity, e.time) for e in typed(a, "politics.elect")] == [("NEG", "2019")]
    b = run("The two parties together lost seven seats to the Greens.", "2024-05-08")
    assert not typed(b, "politics.elect")


# ---------------------------------------------------------------- prizes named like prizes, and wins told with "took"


def test_a_golden_or_silver_name_is_a_prize_given_received_or_gone_to_someone() -> None:
    a = run("The Golden Lantern went to Nina Pohl on Friday.", "2024-05-08")
    assert _named(a, "career.win", "agent") == [{"Nina Pohl"}]
    b = run("Nina Pohl received the Golden Lantern for best film on Friday.", "2024-05-08")
    assert [e.time for e in typed(b, "career.win")] == ["2024-05-03"]
    c = run("The jury awarded the Golden Reed to Nina Pohl on Friday.", "2024-05-08")
    assert _named(c, "career.win", "agent") == [{"Nina Pohl"}]
    d = run("Nina Pohl collected her second Silver Bear in Berlin on Friday.", "2024-05-08")
    assert _named(d, "career.win", "agent") == [{"Nina Pohl"}]
    # a golden thing that is no named prize is no win
    e = run("Nina Pohl received a golden handshake when she left the bank.", "2024-05-08")
    assert not typed(e, "career.win")


def test_took_the_trophy_the_crown_or_the_award_is_a_win() -> None:
    for text in ("Nina Pohl took the best actress award on Friday.", "Nina Pohl took the crown on Friday.",
                 "Nina Pohl took the championship on Friday.", "Nina Pohl took victory in the final on Friday."):
        a = run(text, "2024-05-08")
        assert [(e.time, {g.text for g in e.args if g.role == "agent"}) for e in typed(a, "career.win")] == [("2024-05-03", {"Nina Pohl"})], text
    b = run("Nina Pohl took a cup of tea to her mother on Friday.", "2024-05-08")
    assert not typed(b, "career.win")


# ---------------------------------------------------------------- "among the novels shortlisted"


def test_one_among_those_shortlisted_is_the_nominee_not_the_ones_counted() -> None:
    a = run("Nina Pohl is one of five writers nominated for the Tarrow Prize.", "2024-05-08")
    assert _named(a, "career.nominate", "patient") == [{"Nina Pohl"}]
    b = run("Salt Hours, by Nina Pohl, is among six novels shortlisted for the Tarrow Prize.", "2024-05-08")
    assert _named(b, "career.nominate", "work") == [{"Salt Hours"}]
    assert _named(b, "career.nominate", "patient") == [{"Nina Pohl"}]
    c = run("Her novel Salt Hours was among the books longlisted for the Tarrow Prize in July.", "2024-05-08")
    assert {"Salt Hours"} in _named(c, "career.nominate", "work")
    assert not any("the books" in w for w in _named(c, "career.nominate", "work"))


# ---------------------------------------------------------------- a prize for a part is for the work it was played in


def test_a_prize_for_a_part_names_the_work_it_was_played_in() -> None:
    a = run("The best actress award went to Sol Hart for her role as a grieving lighthouse keeper in Ninefold Harbour, "
            "which opened the festival.", "2024-05-08")
    assert {"Ninefold Harbour"} <= set().union(*_named(a, "career.win", "work"))
    b = run('The jury handed its best actress prize to Nkechi Vale for her performance as a hospice nurse in "Quiet Hours", '
            "the debut feature of Joss Mbe.", "2024-05-08")
    assert {"Quiet Hours"} <= set().union(*_named(b, "career.win", "work"))
    assert not any("Quiet Hours" in p for p in _named(b, "career.win", "place"))  # the work, not where
    c = run("Tom Reyes was nominated for best actor for his turn in Cold Harbour.", "2024-05-08")
    assert _named(c, "career.nominate", "work") == [{"Cold Harbour"}]


def test_a_part_played_in_no_named_work_names_none() -> None:
    a = run("Ana Lind won best actress for her role in the play.", "2024-05-08")
    assert not any(w - {"her role"} for w in _named(a, "career.win", "work"))


# ---------------------------------------------------------------- "lost out to"


def test_losing_out_to_someone_in_a_sentence_of_a_prize_is_their_win_and_no_win_of_ones_own() -> None:
    a = run("Piet Vandermeer was himself nominated for producer of the year but lost out to Sunniva Holmberg.", "2024-05-08")
    wins = {(next(iter(names)), e.polarity) for e, names in zip(typed(a, "career.win"), _named(a, "career.win", "agent"), strict=True)}
    assert wins == {("Sunniva Holmberg", "POS"), ("Piet Vandermeer", "NEG")}
    b = run("Dario Scalzi, tipped by many critics to win best actor for the boxing drama Glass Knuckles, lost out to the "
            "newcomer Yevgenia Ostrova.", "2024-05-08")
    assert ("Yevgenia Ostrova", "POS") in {(next(iter(n)), e.polarity) for e, n in zip(typed(b, "career.win"), _named(b, "career.win", "agent"), strict=True)}


def test_losing_out_with_no_prize_told_is_no_win() -> None:
    a = run("Acme lost out to a rival bidder, Globex, in the auction.", "2024-05-08")
    assert not typed(a, "career.win")
    b = run("Marta Quist lost out to Ivo Lund in the race for the flat.", "2024-05-08")
    assert not typed(b, "career.win")
