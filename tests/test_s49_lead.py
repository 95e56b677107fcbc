"""Session 49: an event told several times takes the certainty of its most certain mention (the fixtures' convention: "a
rumour later confirmed is asserted"), unless it was first told as a plan or a denial."""

from __future__ import annotations

from handmade import analyzed as run
from handmade import named_args, typed

DCT = "2025-03-14"


def test_a_headline_asserting_what_the_body_attributes_is_asserted() -> None:
    text = ("Orlen Daskby charged over warehouse fire\n\n"
            "Orlen Daskby, 41, has been charged with arson after a fire destroyed a warehouse in Pellham, police said on Thursday.")
    charges = typed(run(text, DCT), "legal.charge")
    assert [(e.certainty, e.claim) for e in charges] == [("asserted", None)]


def test_an_event_told_only_by_a_source_stays_attributed() -> None:
    text = "Orlen Daskby, 41, has been charged with arson after a fire destroyed a warehouse in Pellham, police said on Thursday."
    charges = typed(run(text, DCT), "legal.charge")
    assert [e.certainty for e in charges] == ["attributed"]
    assert charges[0].claim is not None


def test_a_plan_told_first_stays_a_plan_when_a_source_tells_it_again() -> None:
    text = ("Harrowgate Mills will buy Tenbury Looms, the company said on Monday. "
            "Harrowgate Mills agreed to buy Tenbury Looms after months of talks, a person familiar with the deal said.")
    buys = typed(run(text, DCT), "business.acquire")
    assert buys and all(e.certainty == "speculative" for e in buys)


def test_a_headline_naming_one_person_charged_is_that_persons_charge() -> None:
    a = run("Orlen Daskby charged with arson\n\nThe fire destroyed a warehouse in Pellham on Thursday.", DCT)
    assert [(e.args[0].text, e.args[0].role) for e in typed(a, "legal.charge")] == [("Orlen Daskby", "patient")]


def test_a_headline_with_an_object_charged_is_no_charge_of_its_subject() -> None:
    a = run("Pellham council charged residents twice for parking\n\nThe error was found on Thursday.", DCT)
    assert not [e for e in typed(a, "legal.charge") if any(g.role == "patient" and g.text == "Pellham council" for g in e.args)]


def _entity_names(a: object) -> dict[str, str]:
    return {e.name: e.type for e in a.entities}


def test_a_firm_named_in_the_possessive_twice_is_one_name() -> None:
    text = ("Harwell Foods has agreed to buy Okafor's Pantry for £40 million. Okafor's Pantry was founded in 1990 by "
            "Ngozi Okafor, who began selling pepper sauce at a market stall.")
    a = run(text, DCT)
    assert _entity_names(a).get("Okafor's Pantry") == "ORG"
    assert "Ngozi Okafor" in _entity_names(a)


def test_a_possessive_told_once_is_left_alone() -> None:
    a = run("Harwell Foods has agreed to buy a sauce maker. Ngozi Okafor's Pantry brand sold well in 1990.", DCT)
    assert "Ngozi Okafor's Pantry" not in _entity_names(a) and "Okafor's Pantry" not in _entity_names(a)


def test_made_her_son_named_in_apposition_a_director() -> None:
    a = run("Ngozi Okafor founded Okafor Sauces in 1990. She made her son, Chidi Okafor, managing director in 2008 and "
            "stepped down as chair in 2016.", DCT)
    posts = [(named.get("patient"), named.get("role"), e.time) for named, e in zip(named_args(a, "career.appoint"),
                                                                                  typed(a, "career.appoint"), strict=True)]
    assert ("Chidi Okafor", "managing director", "2008") in posts


def test_a_gerund_after_a_preposition_under_a_coordinated_verb_takes_the_first_subject() -> None:
    a = run("Ivo Sallenby won 31 caps for Tonga and spent eight seasons with Corvenna before retiring in 2012.", DCT)
    assert [(e.args[0].text, e.time) for e in typed(a, "career.retire")] == [("Ivo Sallenby", "2012")]


def test_a_time_in_a_coordinated_verbs_clause_does_not_date_the_first_verb() -> None:
    a = run("Ivo Sallenby joined Corvenna and spent eight seasons there before retiring in 2012.", DCT)
    assert [e.time for e in typed(a, "career.hire")] == [None]
    b = run("Corvenna sacked Ivo Sallenby and appointed Tam Orrell on Wednesday.", DCT)
    assert [e.time for e in typed(b, "career.fire")] == ["2025-03-12"]


def test_buying_a_lease_buys_no_company() -> None:
    a = run("Ivo Sallenby worked nights at the sorting office before buying the lease on the empty shop in 1988.", DCT)
    assert not typed(a, "business.acquire")


def test_a_coach_unveiled_to_supporters_is_no_launch_and_no_post() -> None:
    a = run("Glenmarsh Rovers have appointed Ivo Sallenby as head coach. Sallenby, 44, was unveiled to supporters at Orrell Park on Wednesday.", DCT)
    assert not typed(a, "business.launch")
    assert [named.get("role") for named in named_args(a, "career.appoint")] == ["head coach"]


def test_a_pair_who_worked_together_on_a_remix_collaborated() -> None:
    a = run("Amihan Sarwell and Kojo Reddan first worked together on a remix in 2021.", DCT)
    pairs = [({named.get("agent"), named.get("partner")}, e.time) for named, e in zip(named_args(a, "career.collaborate"),
                                                                                      typed(a, "career.collaborate"), strict=True)]
    assert pairs == [({"Amihan Sarwell", "Kojo Reddan"}, "2021")]


def test_working_together_at_a_firm_is_no_collaboration() -> None:
    a = run("Amihan Sarwell and Kojo Reddan worked together at Dunmore Bank in 2021.", DCT)
    assert not typed(a, "career.collaborate")


def test_winning_a_post_by_a_vote_is_no_prize() -> None:
    a = run("Rosalind Greer, a former forklift driver, won the post with 58 per cent of the vote, unseating Terence Bulloch.", DCT)
    assert not typed(a, "career.win")


def _pronoun_owner(a: object, pronoun: str) -> str | None:
    at = a.document.text.index(pronoun)
    return next((e.name for e in a.entities for m in e.mentions if m.start == at), None)


def test_he_after_a_woman_dismissed_a_man_is_that_man() -> None:
    text = ("Orvan Tessaly quit as finance minister on Sunday. \"I am leaving so that the government can work,\" he said. "
            "Prime Minister Ilse Marrow also dismissed the interior minister, Cato Bellweather, on Monday. "
            "He was replaced by Dunstan Ekwueme.")
    a = run(text, DCT)
    assert _pronoun_owner(a, "He was") == "Cato Bellweather"


def test_he_after_someone_who_may_be_he_dismissed_a_man_is_not_taken_for_the_man() -> None:
    text = ("Orvan Tessaly quit as finance minister on Sunday. "
            "Prime Minister Aldo Marrow also dismissed the interior minister, Cato Bellweather, on Monday. "
            "He said the cabinet needed fresh faces.")
    assert _pronoun_owner(run(text, DCT), "He said") != "Cato Bellweather"  # (Aldo Marrow may be "he": the rule stands aside)


def test_things_declared_to_a_register_or_bought_for_a_friend_are_no_events() -> None:
    a = run("The newspaper reported that Orvan Tessaly had failed to declare shares in a fishing company. "
            "\"She would cross out half your drawing and then buy you lunch,\" said Cato Bellweather. "
            "Ilse Marrow won a scholarship to the Kronborg School of Architecture in 1958.", DCT)
    assert not typed(a, "politics.announce") and not typed(a, "business.acquire") and not typed(a, "career.win")


def test_a_candidacy_declared_is_still_announced() -> None:
    a = run("Orvan Tessaly declared his candidacy for the party leadership on Monday.", DCT)
    assert [e.time for e in typed(a, "politics.announce")] == ["2025-03-10"]


def test_verdicts_told_together_share_the_day_of_the_first() -> None:
    text = ("A jury at Harlbury Crown Court on Thursday convicted Ilse Marrow of eleven counts of fraud. "
            "She was acquitted of three further counts. Her husband, Cato Marrow, was found not guilty of money laundering.")
    a = run(text, DCT)
    assert [e.time for e in typed(a, "legal.acquit")] == ["2025-03-13", "2025-03-13"]


def test_a_verdict_told_far_after_is_not_dated_by_the_first() -> None:
    text = ("A jury at Harlbury Crown Court on Thursday convicted Ilse Marrow of eleven counts of fraud. "
            "The court heard that she had moved money from the accounts of 19 clients. "
            "The prosecutor said she had treated their savings as her own. "
            "The fraud came to light when a client noticed a string of transfers. "
            "Her husband, Cato Marrow, was acquitted of a similar charge at another trial.")
    a = run(text, DCT)
    assert [e.time for e in typed(a, "legal.acquit")] == [None]


def _pair(a: object, e: object) -> set[str]:
    return {a.entity(g.entity).name for g in e.args if g.role in ("agent", "partner") and g.entity}


def test_they_in_a_clause_on_a_marriage_are_the_two_it_joined() -> None:
    text = ("The singer Orla Kennaway and the actor Tomas Arrabeli are divorcing, the couple said on Monday. "
            "It will be the second divorce for Arrabeli, who was married to the actress Candela Urquiza for four years "
            "before they split in 2010.")
    a = run(text, DCT)
    splits = [e for e in a.events if e.type in ("life.separate", "life.divorce") and e.time == "2010"]
    assert [_pair(a, e) for e in splits] == [{"Tomas Arrabeli", "Candela Urquiza"}]


def test_they_after_a_clause_of_work_stay_the_couple_in_view() -> None:
    text = ("The singer Orla Kennaway and the actor Tomas Arrabeli met in 2012. "
            "Arrabeli, who worked with the director Candela Urquiza for four years before they married in 2015, lives in Tandil.")
    a = run(text, DCT)
    marriages = [e for e in a.events if e.type == "life.marry"]
    assert [_pair(a, e) for e in marriages] == [{"Orla Kennaway", "Tomas Arrabeli"}]


def test_a_title_after_a_prize_its_place_and_its_year_is_the_work() -> None:
    a = run("Tomas Arrabeli won the best actor prize at the Alondra Film Festival in 2018 for El Silencio.", DCT)
    assert _entity_names(a).get("El Silencio") == "WORK"
    assert [n.get("work") for n in named_args(a, "career.win")] == ["El Silencio"]


def test_a_country_after_a_medal_and_its_place_is_no_work() -> None:
    a = run("Ines Moll won a gold medal at the Games in Paris for Ghana.", DCT)
    assert _entity_names(a).get("Ghana") != "WORK"


def test_the_field_after_of_in_a_bodys_name_is_not_what_the_body_is() -> None:
    text = ("Ilse Marrow completed a doctorate at the Halstow Institute of Technology in 2001. "
            "The technology is being developed by Brinwell Cells, a spin-out company Marrow founded in 2018. "
            "The company raised £12 million from the venture firm Withy Ventures last year.")
    a = run(text, DCT)
    assert [n.get("target") for n in named_args(a, "business.invest")] == ["Brinwell Cells"]
    institute = next(e for e in a.entities if e.name == "Halstow Institute of Technology")
    assert [m.text for m in institute.mentions] == ["Halstow Institute of Technology"]


def test_moving_with_ones_team_to_the_short_name_of_a_university_joins_it() -> None:
    a = run("Esklund University named Ilse Marrow as its president. She moved to Esklund in 2014, bringing most of her team "
            "with her.", DCT)
    assert [(n.get("patient"), n.get("organization"), e.time) for n, e in zip(named_args(a, "career.hire"),
                                                                                typed(a, "career.hire"), strict=True)] \
        == [("Ilse Marrow", "Esklund University", "2014")]


def test_moving_to_a_university_town_with_ones_husband_joins_nothing() -> None:
    a = run("Ilse Marrow studied at Esklund University. She moved to Esklund in 2014 with her husband.", DCT)
    assert not typed(a, "career.hire")


def test_the_aged_nationality_is_a_description_not_a_name() -> None:
    a = run("Matias Ezquerra won the Valbrenna Indoor Open on Sunday. The 34-year-old Argentine beat Norway's Henrik "
            "Tveit-Moen in a final that lasted almost three hours.", DCT)
    assert "Argentine" not in _entity_names(a)
    b = run("Matias Ezquerra won the Valbrenna Indoor Open on Sunday. Argentine fans sang in the final.", DCT)
    assert _entity_names(b).get("Argentine") == "NORP"  # (no age before it: a people named)


def test_a_headline_announcement_and_the_bodys_are_one() -> None:
    a = run("Ezquerra wins in Valbrenna and announces retirement\n\nMatias Ezquerra won the Valbrenna Indoor Open on Sunday "
            "and announced that he will retire from tennis next month.", DCT)
    assert len(typed(a, "politics.announce")) == 1


def test_also_harks_back_to_the_news_not_to_a_backers_past_round() -> None:
    text = ("Trelane Robotics has raised €42 million in a Series B round led by Ravel Capital, the company said on Tuesday. "
            "Its existing backer Sundby Ventures, which led a €6 million Series A in 2021, and the Vistra Growth Fund also "
            "put money into the round.")
    a = run(text, DCT)
    puts = [(n.get("agent"), e.time) for n, e in zip(named_args(a, "business.invest"), typed(a, "business.invest"), strict=True)
            if e.lemma == "put"]
    assert sorted(puts) == [("Sundby Ventures", "2025-03-11"), ("Vistra Growth Fund", "2025-03-11")]
    assert ("Sundby Ventures", "2021") in [(n.get("agent"), e.time) for n, e in zip(
        named_args(a, "business.invest"), typed(a, "business.invest"), strict=True)]


def _launch(start: int, sentence: int, args: list[tuple[str, str, str | None]], modality: str | None = None) -> object:
    from dateline.model import Argument, Event
    return Event("", "business.launch", "launch", start, start + 6, "launch", sentence,
                 [Argument(role, start + 10 + n, start + 12 + n, text, entity) for n, (role, text, entity) in enumerate(args)],
                 modality=modality)


def test_a_plan_for_a_new_office_is_not_the_launch_the_headline_told() -> None:
    from dateline.extract.events_merge import merge_mentions
    headline = _launch(0, 0, [("agent", "Brisklane", "E1"), ("work", "layout tool", None)])
    body = _launch(100, 2, [("agent", "Brisklane", "E1"), ("work", "Atlas", "E2")])
    plan = _launch(300, 3, [("agent", "It", "E1"), ("work", "an office", None)], modality="planned")
    kept = merge_mentions([headline, body, plan], set(), headline=0)
    assert [(e.start, e.modality) for e in kept] == [(0, None), (300, "planned")]
    again = merge_mentions([_launch(0, 0, [("agent", "Brisklane", "E1"), ("work", "layout tool", None)]),
                            _launch(100, 2, [("agent", "Brisklane", "E1"), ("work", "the tool", None)], modality="planned")],
                           set(), headline=0)
    assert len(again) == 1  # (a headline's present tells what the body plans: "X buys Y" / "has agreed to buy Y")


def test_a_headlines_described_work_is_the_bodys_named_one() -> None:
    text = ("Ilse Marrow wins Ashby Prize for a novel few people read\n\n"
            "Ilse Marrow won the Ashby Prize for Fiction on Tuesday for her novel The Salt Road.")
    assert len(typed(run(text, DCT), "career.win")) == 1


def test_a_club_called_by_its_plural_with_the_is_a_body() -> None:
    text = ("Glenmarsh Ravens have appointed Tevita Mahe as head coach. The defeat left the Ravens bottom of the league.")
    assert _entity_names(run(text, DCT)).get("Glenmarsh Ravens") == "ORG"


def test_an_interview_hung_on_the_object_of_the_verb_is_the_subjects() -> None:
    a = run("Matias Ezquerra hinted at the decision in an interview with the newspaper El Centinela in August.", DCT)
    assert [(n.get("agent"), n.get("outlet")) for n in named_args(a, "report.interview")] == [("Matias Ezquerra", "El Centinela")]
    b = run("The club's decision in an interview season surprised no one.", DCT)
    assert not typed(b, "report.interview")


def test_the_largest_employer_is_no_ones_post() -> None:
    a = run("\"It was the oldest plant,\" said Hana Sedlarova of the research firm Brookvale Partners. In Tollbridge, where "
            "Castlebury was for decades the largest employer, the mood was bleak.", DCT)
    assert not [f for f in a.facts if f.relation == "role" and f.value and "employer" in f.value]
    assert [f.relation for f in a.facts if f.relation == "employee"] == ["employee"]
