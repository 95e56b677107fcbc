"""Session 33: elections and offices in phrasings no fixture had (by-elections, landslide idioms, an election's
seat named before its noun, "the election of X as mayor", inaugurations, an office assumed), as invented
sentences through the real pipeline."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import assert_no_event, event_names, role_texts, typed


def test_a_by_election_is_one_noun_and_an_election() -> None:
    # "by-election" was split into the preposition "by" and "election": the election noun and its seat were lost
    a = run("Nils Aberg won the by-election in Dunmore on Thursday.")
    assert event_names(a, "politics.elect", "patient") == ["Nils Aberg"]
    assert event_names(a, "politics.elect", "place") == ["Dunmore"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-02"]
    b = run("Her win in the Dunmore by-election was a surprise.")
    assert event_names(b, "politics.elect", "place") == ["Dunmore"]
    # a phrase with "by" in it stays words
    c = run("Tom Hale did it by-the-book, step-by-step.")
    assert typed(c, "politics.elect") == []


def test_the_name_before_an_election_noun_is_its_place() -> None:
    # "won the Dunmore by-election / election": the seat named before the noun, as "won her Dunmore seat" (README: an
    # election's seat as its place), not a body joined
    a = run("Nils Aberg won the Dunmore by-election on Thursday.")
    assert event_names(a, "politics.elect", "place") == ["Dunmore"]
    assert event_names(a, "politics.elect", "organization") in ([], [None])
    b = run("Nils Aberg won the Dunmore election on Thursday.")
    assert event_names(b, "politics.elect", "place") == ["Dunmore"]
    # a party's contest names no place
    c = run("Nils Aberg won the Labour leadership election on Thursday.")
    assert event_names(c, "politics.elect", "place") in ([], [None])


def test_sweeping_or_romping_to_victory_in_an_election_is_an_election() -> None:
    # "swept to victory / romped home / cruised to victory in the X by-election": elected, the seat as the place
    a = run("The Liberal candidate, Priya Nair, swept to victory in the Dunmore by-election on Thursday.")
    assert event_names(a, "politics.elect", "patient") == ["Priya Nair"]
    assert event_names(a, "politics.elect", "place") == ["Dunmore"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-05-02"]
    b = run("Greens candidate Lola Dunn romped home in the Wexley by-election.")
    assert event_names(b, "politics.elect", "patient") == ["Lola Dunn"]
    assert role_texts(b, "politics.elect", "place") == [["Wexley"]]
    c = run("Tom Hale cruised to victory in the mayoral race on Tuesday.")
    assert event_names(c, "politics.elect", "patient") == ["Tom Hale"]
    d = run("Ana Ruiz swept to victory at the polls in March.")
    assert event_names(d, "politics.elect", "patient") == ["Ana Ruiz"]
    # a game won is no election, nor a prize (README: tallies of games won no prize)
    e = run("Chelsea cruised to victory in the derby on Sunday. Tom Hale romped home in the 400 metres.")
    assert typed(e, "politics.elect") == typed(e, "career.win") == []


def test_a_victory_in_a_race_of_votes_is_an_election() -> None:
    # "X's victory in the mayoral race": an election won (the contest a race of votes), not a prize
    a = run("Kofi Mensah's victory in the mayoral race was a surprise.")
    assert event_names(a, "politics.elect", "patient") == ["Kofi Mensah"]
    assert typed(a, "career.win") == []
    b = run("Kofi Mensah's win in the presidential runoff was a surprise.")
    assert event_names(b, "politics.elect", "patient") == ["Kofi Mensah"]
    # a victory in a final stays a win
    c = run("Kofi Mensah's victory in the final was a surprise.")
    assert typed(c, "politics.elect") == []


def test_the_election_of_someone_names_who_is_elected() -> None:
    # "the election of X as mayor": X elected, the post after "as"
    a = run("The election of Maya Stone as mayor was confirmed on Friday.")
    assert event_names(a, "politics.elect", "patient") == ["Maya Stone"]
    assert role_texts(a, "politics.elect", "role") == [["mayor"]]
    b = run("Critics condemned the election of Tom Hale as party leader in 2019.")
    assert event_names(b, "politics.elect", "patient") == ["Tom Hale"]
    assert [e.time for e in typed(b, "politics.elect")] == ["2019"]
    # an election of a year or of no one named elects no one
    c = run("The election of 2019 was close. The election of a new mayor is due in May.")
    assert typed(c, "politics.elect") == []


def test_an_inauguration_is_taking_office() -> None:
    # "was inaugurated as president", "her inauguration as governor": the post taken (as "was sworn in as")
    a = run("Carla Mendes was inaugurated as president on Sunday.")
    assert event_names(a, "career.appoint", "patient") == ["Carla Mendes"]
    assert role_texts(a, "career.appoint", "role") == [["president"]]
    assert [e.time for e in typed(a, "career.appoint")] == ["2024-05-05"]
    b = run("Tom Hale's inauguration as governor took place on Monday.")
    assert event_names(b, "career.appoint", "patient") == ["Tom Hale"]
    assert role_texts(b, "career.appoint", "role") == [["governor"]]
    # a bridge or a stadium inaugurated takes no office
    assert_no_event(run("The new bridge was inaugurated by Carla Mendes on Sunday."), "career.appoint")
    assert_no_event(run("The inauguration of the new stadium by Carla Mendes drew crowds."), "career.appoint")


def test_assuming_an_office_is_taking_it() -> None:
    # "assumed the presidency / the leadership of the party": an office taken (as "assumed office")
    a = run("Daniel Kovac assumed the presidency in 2019.")
    assert event_names(a, "career.appoint", "patient") == ["Daniel Kovac"]
    assert [e.time for e in typed(a, "career.appoint")] == ["2019"]
    b = run("Ann Lee assumed the premiership in March after Tom Hale resigned.")
    assert event_names(b, "career.appoint", "patient") == ["Ann Lee"]
    # responsibilities assumed are no office
    assert_no_event(run("Ann Lee assumed leadership responsibilities in March."), "career.appoint")


def test_the_post_after_an_adjunct_of_the_verb() -> None:
    # "was elected unopposed as mayor": the parser hangs "as mayor" on "unopposed"; the post is still the election's
    a = run("Sven Dahl was elected unopposed as mayor of Lindby on Monday.")
    assert role_texts(a, "politics.elect", "role") == [["mayor"]]
    assert event_names(a, "politics.elect", "place") == ["Lindby"]
    b = run("Tom Hale was re-elected comfortably as party leader on Monday.")
    assert role_texts(b, "politics.elect", "role") == [["party leader"]]


def test_voters_choosing_someone_elect_them() -> None:
    # "Redbay voters chose X as mayor": chosen by a vote, an election (not an appointment)
    a = run("Redbay voters chose Maria Costa as mayor on Thursday.")
    assert event_names(a, "politics.elect", "patient") == ["Maria Costa"]
    assert role_texts(a, "politics.elect", "role") == [["mayor"]]
    assert typed(a, "career.appoint") == []
    b = run("On Sunday the electorate picked Jon Amis as president.")
    assert event_names(b, "politics.elect", "patient") == ["Jon Amis"]
    # a board's choice is an appointment
    c = run("The board chose Maria Costa as chair on Thursday.")
    assert event_names(c, "career.appoint", "patient") == ["Maria Costa"]
    assert typed(c, "politics.elect") == []


def _won(a) -> list[str]:
    """The ones elected (not the rivals beaten, told negated)."""
    return [a.entity(g.entity).name for e in typed(a, "politics.elect") if e.polarity == "POS" for g in e.args
            if g.role == "patient" and g.entity]


def test_defeating_a_rival_in_a_race_of_votes_is_an_election() -> None:
    # "defeated X in the mayoral race": the winner elected, the contest a race (as "in the mayoral election")
    # (the rival beaten is told too, negated: session 35)
    a = run("Dan Holt defeated Rosa Vance in the mayoral race on Tuesday.")
    assert _won(a) == ["Dan Holt"]
    assert [e.time for e in typed(a, "politics.elect")] == ["2024-04-30", "2024-04-30"]
    b = run("Rosa Vance was defeated by Dan Holt in the mayoral race on Tuesday.")
    assert _won(b) == ["Dan Holt"]
    # a running race won is a win, no election
    c = run("Tom Hale defeated Ana Ruiz in the 200m race on Sunday.")
    assert typed(c, "politics.elect") == []
    assert event_names(c, "career.win", "agent") == ["Tom Hale"]


def test_promoted_to_an_office_the_parser_reads_as_a_verb() -> None:
    # "was promoted to chancellor / to ambassador": "to chancellor" parsed as an infinitive; the post still
    a = run("Sofia Lind was promoted to chancellor in a reshuffle on Friday.")
    assert role_texts(a, "career.appoint", "role") == [["chancellor"]]
    b = run("Ina Holm was promoted to ambassador in 2019.")
    assert role_texts(b, "career.appoint", "role") == [["ambassador"]]


def test_a_post_newly_won_names_the_one_elected() -> None:
    # "Sara Quist, the newly elected mayor of Tarn,", "Newly elected mayor X": X elected, the post told (as "the newly
    # appointed head of Y" is an appointment of the name)
    a = run("Sara Quist, the newly elected mayor of Tarn, spoke on Tuesday.")
    assert event_names(a, "politics.elect", "patient") == ["Sara Quist"]
    assert role_texts(a, "politics.elect", "role") == [["mayor"]]
    b = run("Newly elected mayor Sara Quist spoke on Tuesday.")
    assert event_names(b, "politics.elect", "patient") == ["Sara Quist"]
    # a newly elected body elects no one named
    c = run("The newly elected council met on Tuesday.")
    assert typed(c, "politics.elect") == [] or event_names(c, "politics.elect", "patient") == [None]


def test_a_swearing_in_is_taking_office() -> None:
    # "her swearing-in on Monday": one noun (not "swearing" with a particle), the office taken (as "was sworn in")
    a = run("Ruth Ade was elected mayor of Tarn in April. Her swearing-in took place on Monday.")
    assert event_names(a, "career.appoint", "patient") == ["Ruth Ade"]
    assert [e.time for e in typed(a, "career.appoint")] == ["2024-05-06"]
    b = run("Ines Voss attended the swearing-in of the new mayor, Tom Hale, on Monday.")
    assert event_names(b, "career.appoint", "patient") == ["Tom Hale"]
    # a witness's swearing-in takes no office
    assert_no_event(run("The swearing-in of witnesses began on Monday."), "career.appoint")


def test_a_participle_opening_an_apposition_tells_the_election_or_appointment() -> None:
    # "X, elected mayor in 2019, resigned": the parser makes "elected" a modifier of "mayor"; X elected mayor in 2019
    a = run("Kim Ode, elected mayor in 2019, resigned on Friday.")
    assert event_names(a, "politics.elect", "patient") == ["Kim Ode"]
    assert role_texts(a, "politics.elect", "role") == [["mayor"]]
    assert [e.time for e in typed(a, "politics.elect")] == ["2019"]
    b = run("Abby Lowe, elected senator for Calder last November, gave her first speech on Monday.")
    assert event_names(b, "politics.elect", "patient") == ["Abby Lowe"]
    assert [e.time for e in typed(b, "politics.elect")] == ["2023-11"]
    # an elected official described ("a respected elected official") was elected at no time told
    c = run("Kim Ode, a respected elected official, resigned on Friday.")
    assert typed(c, "politics.elect") == []


def test_toppled_or_deposed_from_an_office_is_a_dismissal() -> None:
    # "was toppled as leader", "rebels deposed President X": removed from the post
    a = run("Leader Mark Hale was toppled in a party-room vote on Monday.")
    assert event_names(a, "career.fire", "patient") == ["Mark Hale"]
    assert [e.time for e in typed(a, "career.fire")] == ["2024-05-06"]
    b = run("Ali Garang was deposed as president in a coup in 2019.")
    assert event_names(b, "career.fire", "patient") == ["Ali Garang"]
    assert role_texts(b, "career.fire", "role") == [["president"]]
    # a statue, a government or a ranking toppled: no one dismissed
    c = run("Protesters toppled the statue on Monday. The defeat toppled Mark Hale from first place in the rankings.")
    assert typed(c, "career.fire") == []


def test_unseating_a_member_is_being_elected() -> None:
    # "X was unseated by Y": Y elected (as "X lost her seat to Y", README)
    # (the member unseated is told too, negated: session 35)
    a = run("Councillor Jim Pratt was unseated by the Greens' Ada Lowe on Thursday.")
    assert _won(a) == ["Ada Lowe"]
    assert {e.time for e in typed(a, "politics.elect")} == {"2024-05-02"}
    b = run("Ada Lowe unseated the sitting MP, Jim Pratt, in 2019.")
    assert _won(b) == ["Ada Lowe"]
    # a rider unseated or a champion beaten: no election
    c = run("Jim Pratt was unseated at the first fence. Ada Lowe unseated the world champion in the semi-final.")
    assert typed(c, "politics.elect") == []


def test_losing_an_election_to_a_rival_elects_only_the_rival() -> None:
    # "X lost the election to Y": Y elected; X's election told as not won (negated), never a second election won by X
    a = run("Tom Hale lost the election to Ana Ruiz in 2019.")
    won = [e for e in typed(a, "politics.elect") if e.polarity == "POS"]
    assert [[a.entity(g.entity).name for g in e.args if g.role == "patient"] for e in won] == [["Ana Ruiz"]]
    assert [e.time for e in won] == ["2019"]
    b = run("Tom Hale lost the mayoral by-election to Ana Ruiz on Thursday.")
    won = [e for e in typed(b, "politics.elect") if e.polarity == "POS"]
    assert [[b.entity(g.entity).name for g in e.args if g.role == "patient"] for e in won] == [["Ana Ruiz"]]
    # a win told with the noun is still one election
    c = run("Tom Hale won the election in 2019.")
    assert event_names(c, "politics.elect", "patient") == ["Tom Hale"]


def test_signing_a_letter_or_a_petition_signs_no_law() -> None:
    # politics.sign is a law, treaty or decree signed (README types); an open letter or a petition is none
    a = run("Ana Ruiz signed a letter to the minister on Monday. Tom Hale signed an open letter calling for a ceasefire.")
    assert typed(a, "politics.sign") == []
    b = run("Ana Ruiz signed the petition on Monday.")
    assert typed(b, "politics.sign") == []
    c = run("Governor Ana Ruiz signed the housing bill into law on Friday.")
    assert event_names(c, "politics.sign", "agent") == ["Ana Ruiz"]
