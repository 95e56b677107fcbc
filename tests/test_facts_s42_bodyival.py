"""Session 42: the intervals of party memberships and of jobs told over -- a party membership begins when the party
is joined, not when a post in it or a seat won for it began; a job the text tells over ("who ran X for six years") is
not the one a later undated-post appointment begins; a player sold to a team leaves the one team he was at; a post held "until he left" ends the time at its body too; "joined as a graduate" names a time of life, not a post -- as small invented articles through the real pipeline, with
the near misses they must keep."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import facts_by_pair

WHIP_SINCE = ("Reshuffle in Norvale\n\n"
              "Marta Oskeby, the Civic Lantern Party's chief whip since 2018, kept her job on Monday.")

ELECTED_FOR = ("Committee chairs removed in Velmark\n\n"
               "Two committee chairs were removed on Tuesday. Jonas Frettby, who was elected for the Civic Lantern "
               "Party in the northern district of Osterholm in 2014, said he would think about his future.")

JOINED = ("Councillor defects in Ambleford\n\n"
          "Rhea Tanworth, a councillor in Ambleford, joined the Civic Lantern Party in 2011. "
          "She said on Monday that she would stand again next year.")

YEARS_AS_MEMBER = ("Senior MP walks out\n\n"
                   "In a second blow to the government, the deputy speaker of parliament, Jonas Frettby, announced on "
                   "Wednesday that he was leaving the Civic Lantern Party after 12 years as a member. Frettby said he would "
                   "sit as an independent.")

SOLD = ("Harrow Vale striker retires\n\n"
        "Piet Oldenkamp, the Harrow Vale striker, will retire at the end of the season. Oldenkamp came through the "
        "academy at Marbeck Rovers, for whom he made his debut in 2006. He was sold to the Danish side Aalborg Fremad in "
        "2009 for a fee of €2m.")

SOLD_BEFORE_JOINING = ("Kestle United striker retires\n\n"
                       "Piet Oldenkamp will retire at the end of the season, Kestle United said on Monday. Oldenkamp "
                       "joined Kestle United in 2015. He was sold to the Danish side Aalborg Fremad in 2009 for a fee of €2m.")

HELD_UNTIL_LEFT = ("Veteran defender retires\n\n"
                   "Lena Varga, the veteran defender, will retire in May. She spent three seasons at Orsel Town before "
                   "moving to the Dutch club Kampen Vooruit in 2014. She was named Kampen's captain in 2016, a post she "
                   "held until she left for a club in Norway two years later.")

HELD_UNTIL_A_YEAR = HELD_UNTIL_LEFT.replace("until she left for a club in Norway two years later", "until 2018")

AS_A_GRADUATE = ("Data firm reshuffles\n\n"
                 "This summer Tallis Metrics promoted Nora Quellwood, 31, who joined as a graduate in 2016, to head its "
                 "pricing team.")

RAN_BEFORE = ("New chief for Hollins Hospital\n\n"
              "A new chief executive, Petra Ingoldby, who ran the Westmere Care Trust for six years, was appointed in "
              "February. She said the hospital had \"a great deal to rebuild\".")


def test_a_post_in_a_party_held_since_a_year_is_no_membership_since_then() -> None:
    # "the Civic Lantern Party's chief whip since 2018": the post's start, the membership's start unsaid
    members = facts_by_pair(run(WHIP_SINCE, "2025-09-20"), "member")
    assert members.get(("Marta Oskeby", "Civic Lantern Party")) == (None, None)


def test_a_seat_won_for_a_party_dates_no_membership() -> None:
    # "elected for the Civic Lantern Party ... in 2014": a seat won then, a member before, since when not said
    members = facts_by_pair(run(ELECTED_FOR, "2025-06-11"), "member")
    assert members.get(("Jonas Frettby", "Civic Lantern Party")) == (None, None)


def test_joining_a_party_dates_the_membership() -> None:
    # near miss: "joined the Civic Lantern Party in 2011" is the membership's start
    members = facts_by_pair(run(JOINED, "2025-06-11"), "member")
    assert members.get(("Rhea Tanworth", "Civic Lantern Party")) == ("2011", None)


def test_years_as_a_member_before_leaving_date_the_membership() -> None:
    # near miss: "leaving the Civic Lantern Party after 12 years as a member" (announced on Wednesday, 2025-10-08): there
    # since 2013, though the sentence names a post too (not one in the party)
    members = facts_by_pair(run(YEARS_AS_MEMBER, "2025-10-10"), "member")
    assert members.get(("Jonas Frettby", "Civic Lantern Party")) == ("2013", "2025-10-08")


def test_a_job_told_over_is_not_begun_by_a_later_appointment() -> None:
    # "who ran the Westmere Care Trust for six years, was appointed in February": the trust job is over, since when not
    # said; February dates the new post
    a = run(RAN_BEFORE, "2025-03-20")
    jobs = facts_by_pair(a, "employee")
    assert jobs.get(("Petra Ingoldby", "Westmere Care Trust")) == (None, "PAST_REF")
    assert facts_by_pair(a, "role").get(("Petra Ingoldby", "chief executive")) == ("2025-02", None)


def test_a_player_sold_leaves_the_one_team_he_was_at() -> None:
    # "was sold to ... Aalborg Fremad in 2009": bought by Aalborg then, from Marbeck Rovers (the one other team told)
    members = facts_by_pair(run(SOLD, "2025-02-06"), "member")
    assert members.get(("Piet Oldenkamp", "Marbeck Rovers")) == (None, "2009")
    assert members.get(("Piet Oldenkamp", "Aalborg Fremad")) == ("2009", None)


def test_a_sale_does_not_end_a_team_joined_after_it() -> None:
    # near miss: "joined Kestle United in 2015 ... was sold to Aalborg Fremad in 2009": Kestle is no seller
    members = facts_by_pair(run(SOLD_BEFORE_JOINING, "2025-02-06"), "member")
    assert members.get(("Piet Oldenkamp", "Kestle United")) == ("2015", None)


def test_a_post_held_until_the_holder_left_ends_the_membership_too() -> None:
    # "captain in 2016, a post she held until she left for a club in Norway two years later": out of Kampen in 2018
    a = run(HELD_UNTIL_LEFT, "2025-02-06")
    assert facts_by_pair(a, "member").get(("Lena Varga", "Kampen Vooruit")) == ("2014", "2018")
    assert facts_by_pair(a, "role").get(("Lena Varga", "Kampen Vooruit")) == ("2016", "2018")


def test_a_post_held_until_a_year_leaves_the_membership_open() -> None:
    # near miss: "a post she held until 2018": the captaincy over then, her time at the club not said to be
    a = run(HELD_UNTIL_A_YEAR, "2025-02-06")
    assert facts_by_pair(a, "member").get(("Lena Varga", "Kampen Vooruit")) == ("2014", None)


def test_joining_as_a_graduate_makes_no_post() -> None:
    # "who joined as a graduate in 2016": when in her life she joined, no post called "graduate"
    roles = facts_by_pair(run(AS_A_GRADUATE, "2025-10-06"), "role")
    assert ("Nora Quellwood", "graduate") not in roles
    assert roles.get(("Nora Quellwood", "head")) == ("2025-SU", None)


def test_joining_as_a_graduate_trainee_is_a_post() -> None:
    # near miss: "a graduate trainee" is a post (its last word no time of life)
    text = AS_A_GRADUATE.replace("as a graduate in", "as a graduate trainee in")
    roles = facts_by_pair(run(text, "2025-10-06"), "role")
    assert roles.get(("Nora Quellwood", "graduate trainee")) == ("2016", "PAST_REF")  # (a traineeship nine years on is
    # over, its end untold -- not the promotion's date: session 52)
