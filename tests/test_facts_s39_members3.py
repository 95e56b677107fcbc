"""Session 39: membership facts (`member`), third pass -- a band's singer told by "the lead singer of X", a player
of a band told by the verb ("drums for Y"), a team told by
"captained Y", and "a union member" / "a party member" of the article's one union or party -- as small invented
articles through the real pipeline, each with two wordings or more and the near misses they must not catch."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import entity_types, facts_by_pair


def test_the_singer_of_a_one_word_name_is_a_member_of_a_band() -> None:
    # "the lead singer of Glasswing": a singer's noun says the body is a band (not a place), and she is its member
    a = run("Glasswing singer leaves band\n\nMira Okonedo, the lead singer of Glasswing, has left the group after 12 years.\n"
            "Okonedo, 34, joined in 2012.")
    assert entity_types(a).get("Glasswing") == "ORG"
    assert ("Mira Okonedo", "Glasswing") in facts_by_pair(a, "member") and not facts_by_pair(a, "employee")
    b = run("Tom Reddle, the drummer of Halfmoon, said the tour would go ahead. \"We owe it to the fans,\" Reddle said.")
    assert ("Tom Reddle", "Halfmoon") in facts_by_pair(b, "member")
    # ... not a member of a place, nor a singer at a firm
    c = run("Mira Okonedo, a member of Leeds City Council, said the plan was wrong.")
    assert not any(o == "Leeds" for _, o in facts_by_pair(c, "member"))
    d = run("Mira Okonedo, a singer at Brightwave Records, said the deal was fair.")
    assert not facts_by_pair(d, "member")


def test_drumming_for_or_with_a_band_is_membership() -> None:
    # "who now drums for Y", "drums with Y": a player of the band
    a = run("Dan Olsen, who now drums for Copper Saints, teaches in Leeds.")
    assert ("Dan Olsen", "Copper Saints") in facts_by_pair(a, "member")
    b = run("Tom Reddle, who drums with the Velvet Harbours, teaches in Leeds.")
    assert ("Tom Reddle", "Velvet Harbours") in facts_by_pair(b, "member")
    # ... not a song sung with an orchestra (a soloist's, no post), nor a place drummed in
    c = run("Ruth Ambler, who sings with the Hallmere Philharmonic Orchestra, drummed in Vienna in 1980.")
    assert not facts_by_pair(c, "member")


def test_a_team_captained_is_a_team_played_for() -> None:
    # "captained Y": a player of Y (over when told in the past, the title's year no span of it)
    a = run("Kieran Abukaro, who captained Dunsbridge City to the title in 2023, signed on Friday.")
    assert facts_by_pair(a, "member").get(("Kieran Abukaro", "Dunsbridge City")) == (None, "PAST_REF")
    b = run("Former flanker dies at 81\n\nDewi Prydderch has died aged 81. Prydderch captained Llanelli in the 1970 season.")
    assert entity_types(b).get("Llanelli") == "ORG"
    assert ("Dewi Prydderch", "Llanelli") in facts_by_pair(b, "member")
    # ... a country captained stays a place, no club
    c = run("Tom Sayer captained Wales in 2019.")
    assert entity_types(c).get("Wales") == "GPE"


def test_a_union_or_party_member_is_of_the_articles_one_union_or_party() -> None:
    # "a union member since his retirement": of the one union the article names
    a = run("Workers at the Pellingford laboratory, members of the Federated Union of Laboratory Staff, voted to strike. "
            "Bernard Kidd, who has remained a union member since his retirement, welcomed the vote.")
    assert ("Bernard Kidd", "Federated Union of Laboratory Staff") in facts_by_pair(a, "member")
    b = run("Three Labour councillors have quit. Jim Hale, a party member for 30 years, said he was sad.")
    assert ("Jim Hale", "Labour") in facts_by_pair(b, "member")
    # ... none with two unions named, nor for a body of another kind
    c = run("The Rail Union and the Postal Workers Union met. Bernard Kidd, a union member, welcomed the vote.")
    assert not any(s == "Bernard Kidd" for s, _ in facts_by_pair(c, "member"))
    d = run("Jim Hale, a club member for 30 years, spoke at Harwick Golf Club.")
    assert not facts_by_pair(d, "member")


def test_a_team_mate_told_in_three_tokens_plays_for_the_team() -> None:
    # "team-mate" split by the tokenizer ("team", "-", "mate"), the parser's possessor hung on the name after it
    a = run("Jens Aaberg rides for Kestrel Cycling. His team-mate Paolo Ricci finished third.")
    assert ("Paolo Ricci", "Kestrel Cycling") in facts_by_pair(a, "member")
    b = run("Tom Hale plays for Carvell Town. Hale's club-mate Ryan Pell scored twice.")
    assert ("Ryan Pell", "Carvell Town") in facts_by_pair(b, "member")
    c = run("Lukas Brenner of Team Valmora won the stage. Brenner's Valmora team-mate Paolo Ricci finished third.")
    assert ("Paolo Ricci", "Team Valmora") in facts_by_pair(c, "member")
    # ... not a friend called a mate
    d = run("Tom Hale plays for Carvell Town. His old mate Ryan Pell watched from the stand.")
    assert ("Ryan Pell", "Carvell Town") not in facts_by_pair(d, "member")


def test_a_sinfonia_or_a_chorus_is_an_organisation() -> None:
    # "the Tyneside Sinfonia", "the Hallé Chorus": an orchestra's or a choir's name, no place
    a = run("Orchestra mourns its oboist\n\nThe Darnley Symphony Orchestra has paid tribute to Miriam Aske, its principal oboist, who died on Sunday. "
            "Aske joined the orchestra in 1991 after eight years with the Tyneside Sinfonia.")
    assert entity_types(a).get("Tyneside Sinfonia") == "ORG"
    assert ("Miriam Aske", "Tyneside Sinfonia") in facts_by_pair(a, "member")
    b = run("Lena Voss, a soprano, will join the Hallé Chorus in June.")
    assert entity_types(b).get("Hallé Chorus") == "ORG"


def test_a_player_who_joins_with_no_body_named_joins_the_articles_team() -> None:
    # "X joined from Y on July 20", "joined on a free transfer", "has signed on loan": the team the article is about
    a = run("Dunmoral Rovers summer window\n\nDunmoral Rovers have made four signings. "
            "The winger Fergal Ashe joined from Ostrowe Athletic on July 20. Sam Lowe, a striker, joined on a free transfer. "
            "Isak Moren has signed on a season-long loan.")
    members = facts_by_pair(a, "member")
    assert members.get(("Fergal Ashe", "Dunmoral Rovers")) == ("2023-07-20", None)
    assert ("Sam Lowe", "Dunmoral Rovers") in members and ("Isak Moren", "Dunmoral Rovers") in members
    # ... not the team's staff (its employee), nor a protest joined, nor an article about no team
    d = run("Dunmoral Rovers appoint coach\n\nDunmoral Rovers have a new coach. The head coach, Ruth Gale, arrived from "
            "Ostrowe Athletic on Monday. Dunmoral Rovers are bottom of the league.")
    assert not facts_by_pair(d, "member") and ("Ruth Gale", "Dunmoral Rovers") in facts_by_pair(d, "employee")
    b = run("Kelmford City beat Harwood Town\n\nKelmford City won 2-0 at home. Kelmford City scored twice. "
            "Jo Bell joined the protest outside.")
    assert not facts_by_pair(b, "member")
    c = run("Acme Holdings results\n\nAcme Holdings said profits rose. Jo Bell, who joined in 2019, said the firm was doing well. "
            "Acme Holdings shares rose.")
    assert not facts_by_pair(c, "member")
