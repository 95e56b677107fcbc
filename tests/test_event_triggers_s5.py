"""Typed events that used to be missed altogether: common news phrasings of moves between employers,
interviews, wins, investments and foundings, on invented sentences, and the other senses of the same
triggers, which must give no event of the type.  Entities are marked by hand (tests/handmade.py) so
that these tests pin the events stage alone."""

from __future__ import annotations

from typing import Any

import pytest

import handmade
from dateline import nlp
from dateline.extract import events
from dateline.model import Analysis

DCT = "2024-03-14"
NAMES = {
    "PERSON": {
        "Mara Lind": ["Lind"], "Piet Vos": ["Vos"], "Anouk Brel": ["Brel"], "Ilse Maren": ["Maren"],
        "Teo Sandu": ["Sandu"], "Rufus Crane": ["Crane"],
        "Vireo": [],  # a company the recognizer took for a person
    },
    "ORG": {
        "Harrowgate Rovers": ["Harrowgate"], "Velmont SC": ["Velmont"], "Quellcorp": [], "Tarnwell Labs": ["Tarnwell"],
        "Civic Renewal Party": [], "Lumen Alliance": [], "Oakfield Trust": [], "Borrow Bank": [], "Fair Rents Act": [],
        "Borrow Bank Gazette": [], "Oakfield Prize": [], "Vellum": [],
    },
    "WORK": {"Glass Hours": [], "Oakfield Show": []},
    "GPE": {"Lisbon": [], "Oslo": []},
}

# (sentence, type, expected args: role -> entity name, or the words as written)
CASES: list[tuple[str, str, dict[str, str]]] = [
    # a move between employers: "left for Y", "defected from X", a purpose infinitive, a relative clause
    ("Their captain, Piet Vos, left for the Dutch side Velmont SC on Friday.", "career.hire",
     {"patient": "Piet Vos", "agent": "Velmont SC"}),
    ("Mara Lind quit in May to join Quellcorp, a chip maker.", "career.hire", {"patient": "Mara Lind", "agent": "Quellcorp"}),
    ("Anouk Brel, who moved to Oslo in 2001 and was hired as the paper's editor two years later, retired.", "career.hire",
     {"patient": "Anouk Brel"}),
    ("Teo Sandu defected from the Civic Renewal Party to the Lumen Alliance in June.", "career.resign",
     {"agent": "Teo Sandu", "organization": "Civic Renewal Party"}),
    ("The resignation of the finance minister, Ilse Maren, forced an early vote.", "career.resign",
     {"agent": "Ilse Maren"}),
    # an outlet named after the noun that says what it is
    ("Rufus Crane told the radio station 4KQ on Sunday that he would stand again.", "report.interview",
     {"agent": "Rufus Crane", "outlet": "4KQ"}),

    # a leader who takes a side to a title wins it with the side
    ("Rufus Crane returned to Velmont SC in 2015 and led the club to the league title the following spring.", "career.win",
     {"agent": "Rufus Crane"}),
    ("Ilse Maren captained Harrowgate Rovers to the cup in 1983.", "career.win", {"agent": "Harrowgate Rovers"}),
    # money raised, pledged or given to a body; a body funded
    ("Quellcorp raised £3 million from a group of angel investors in 2017.", "business.invest", {"target": "Quellcorp"}),
    ("Tarnwell Labs raised $6 million in 2017 from a group led by the Oakfield Trust.", "business.invest",
     {"target": "Tarnwell Labs", "agent": "Oakfield Trust"}),
    ("The Borrow Bank pledged £12 million to Tarnwell Labs last month.", "business.invest",
     {"agent": "Borrow Bank", "target": "Tarnwell Labs"}),
    ("The Oakfield Trust funded Quellcorp for three years.", "business.invest", {"agent": "Oakfield Trust", "target": "Quellcorp"}),
    # a deal with a body named by its kind; a law signed
    ("Piet Vos signed a deal with the streaming service Vireo in 2022.", "career.hire", {"patient": "Piet Vos", "agent": "Vireo"}),
    ("On Friday, Ilse Maren signed the Fair Rents Act into law.", "politics.sign", {"agent": "Ilse Maren", "work": "Fair Rents Act"}),
    ("Mara Lind dropped her new single, Glass Hours, on Friday.", "career.release", {"agent": "Mara Lind", "work": "Glass Hours"}),
    ("Acme's takeover of Quellcorp followed the release of Glass Hours in May.", "career.release", {"work": "Glass Hours"}),
    # a nomination earned; a nominee; a work's own release
    ("Mara Lind wrote the novel Glass Hours, which earned her an Academy Award nomination in 1975.", "career.nominate",
     {"patient": "Mara Lind"}),
    ("Ilse Maren, a nominee for best female vocalist, lost to Mara Lind.", "career.nominate", {"patient": "Ilse Maren"}),
    ("Glass Hours's release last April was delayed by a strike.", "career.release", {"work": "Glass Hours"}),
    # a prize that went to someone, lost to someone; a vote for a post or a prize
    ("The lifetime achievement award went to Ilse Maren, the singer.", "career.win", {"agent": "Ilse Maren"}),
    ("Mara Lind lost the best video award to the band Harrowgate Rovers.", "career.win", {"agent": "Harrowgate Rovers"}),
    ("Piet Vos was voted player of the year in May.", "career.win", {"agent": "Piet Vos"}),
    ("Ilse Maren was voted chairman of the board in May.", "career.appoint", {"patient": "Ilse Maren", "role": "chairman"}),
    # a statement made to an outlet
    ("It was a decision Teo Sandu described to the Borrow Bank Gazette as the worst of his life.", "report.interview",
     {"agent": "Teo Sandu"}),
    # money raised by a body told by its kind; a business bought whose name was taken for a person's
    ("The start-up raised $12 million from the fund Oakfield Trust last spring.", "business.invest", {"agent": "Oakfield Trust"}),
    ("Under her leadership Quellcorp bought the container line Vireo in 2008.", "business.acquire",
     {"agent": "Quellcorp", "patient": "Vireo"}),
    # a post become, a person turned to; honours; a winner; co-stars; funding from an investor
    ("Ilse Maren became chief executive of Quellcorp in 2019.", "career.appoint", {"patient": "Ilse Maren", "role": "chief executive"}),
    ("Harrowgate Rovers have turned to Rufus Crane as their new manager.", "career.appoint",
     {"agent": "Harrowgate Rovers", "patient": "Rufus Crane", "role": "manager"}),
    ("Mara Lind was honoured with a lifetime achievement award in 2019.", "career.win", {"agent": "Mara Lind"}),
    ("Teo Sandu received an honorary doctorate from Tarnwell Labs in 2019.", "career.win", {"agent": "Teo Sandu"}),
    ("Anouk Brel was the winner of the Oakfield Prize in 2019.", "career.win", {"agent": "Anouk Brel"}),
    ("Mara Lind starred alongside Piet Vos in Glass Hours.", "career.collaborate", {"agent": "Mara Lind", "partner": "Piet Vos"}),
    ("Tarnwell Labs secured £3 million in funding from the Oakfield Trust.", "business.invest",
     {"target": "Tarnwell Labs", "agent": "Oakfield Trust"}),
    # parting ways: a body with its employee, an employee with a body; an outlet spoken on or appeared on
    ("Quellcorp has parted ways with its chief executive, Ilse Maren.", "career.fire", {"agent": "Quellcorp", "patient": "Ilse Maren"}),
    ("Rufus Crane parted ways with Harrowgate Rovers in May.", "career.resign", {"agent": "Rufus Crane", "organization": "Harrowgate Rovers"}),
    ("Mara Lind, speaking on the Borrow Bank Gazette podcast, said she was happy.", "report.interview", {"agent": "Mara Lind"}),
    ("Teo Sandu appeared on the Oakfield Show in 2019.", "report.interview", {"agent": "Teo Sandu", "outlet": "Oakfield Show"}),
    # back at a body in a top post; joining a body's staff in a junior post
    ("Rufus Crane returned to Harrowgate Rovers as manager in 2015.", "career.appoint", {"patient": "Rufus Crane", "role": "manager"}),
    ("Teo Sandu joined the council as a junior surveyor in 1987.", "career.hire", {"patient": "Teo Sandu", "role": "junior surveyor"}),
    # a race finished first; a prize awarded to someone
    ("Anouk Brel finished first in the Oslo marathon in 2019.", "career.win", {"agent": "Anouk Brel", "award": "Oslo marathon"}),
    ("The Oakfield Prize was awarded to Mara Lind for Glass Hours.", "career.win", {"agent": "Mara Lind", "award": "Oakfield Prize"}),
    # a work made together
    ("Mara Lind recorded the album Glass Hours with Piet Vos in 2010.", "career.collaborate",
     {"agent": "Mara Lind", "partner": "Piet Vos", "work": "Glass Hours"}),
    ("Mara Lind reunited with Piet Vos on the film Glass Hours.", "career.collaborate", {"partner": "Piet Vos", "work": "Glass Hours"}),
    # a product on sale, a market entered; a chief forced out or removed
    ("Glass Hours went on sale in May.", "business.launch", {"work": "Glass Hours"}),
    ("Quellcorp expanded into Oslo in 2019.", "business.launch", {"agent": "Quellcorp", "place": "Oslo"}),
    ("Ilse Maren was forced out as chief executive in 2019.", "career.fire", {"patient": "Ilse Maren", "role": "chief executive"}),
    ("Ilse Maren was removed as chief executive of Quellcorp in 2019.", "career.fire", {"patient": "Ilse Maren", "role": "chief executive"}),
    ("Quellcorp bought a majority stake in Tarnwell Labs in 2019.", "business.invest", {"agent": "Quellcorp", "target": "Tarnwell Labs"}),
    # loans, switches, captures of players; a job taken; a chief chosen
    ("Piet Vos was loaned to Harrowgate Rovers in 2019.", "career.hire", {"patient": "Piet Vos", "agent": "Harrowgate Rovers"}),
    ("Piet Vos completed his switch to Harrowgate Rovers on Friday.", "career.hire", {"patient": "Piet Vos", "agent": "Harrowgate Rovers"}),
    ("Velmont SC have landed the striker Piet Vos from Oslo.", "career.hire", {"agent": "Velmont SC", "patient": "Piet Vos"}),
    ("Mara Lind took a job at Quellcorp in 2019.", "career.hire", {"patient": "Mara Lind", "agent": "Quellcorp"}),
    ("Quellcorp has chosen Ilse Maren as its next chief executive.", "career.appoint",
     {"agent": "Quellcorp", "patient": "Ilse Maren", "role": "chief executive"}),
    ("Ilse Maren was selected as chief executive of Quellcorp in 2019.", "career.appoint", {"patient": "Ilse Maren", "role": "chief executive"}),
    ("Ilse Maren takes the top job at Quellcorp.", "career.appoint", {"patient": "Ilse Maren"}),
    # redundancies announced; a paper that appeared in a journal
    ("Quellcorp announced 300 redundancies in May.", "business.layoff", {"agent": "Quellcorp"}),
    ("Anouk Brel's paper appeared in the journal Vellum in 2019.", "report.publish",
     {"agent": "Anouk Brel"}),
    # dating
    ("Mara Lind has been going out with Piet Vos since May.", "life.date", {"agent": "Mara Lind", "partner": "Piet Vos"}),
    ("Mara Lind's new flame, Piet Vos, is an actor.", "life.date", {"agent": "Mara Lind", "partner": "Piet Vos"}),
    # a company releasing a product launches it
    ("Quellcorp plans to release a new version of its app next year.", "business.launch", {"agent": "Quellcorp"}),
    ("Mara Lind wrote the novel Glass Hours in 2019.", "report.publish", {"agent": "Mara Lind", "work": "Glass Hours"}),
    ("Glass Hours earned Piet Vos an Academy Award nomination in 1975.", "career.nominate", {"patient": "Piet Vos"}),
    # a body or building that opened (no object) was founded then
    ("Tarnwell Labs, which first opened as a foundry in the 1920s, closed on Friday.", "business.found",
     {"organization": "Tarnwell Labs"}),
]

# The other senses of the same triggers: no event of the type
NEGATIVES: list[tuple[str, str]] = [
    ("Rufus Crane led the club to the final in May.", "career.win"),
    ("Ilse Maren led Quellcorp to record profits.", "career.win"),
    ("Ilse Maren captained Harrowgate Rovers to two league titles.", "career.win"),  # several wins summed up
    ("Piet Vos raised concerns about Quellcorp.", "business.invest"),
    ("Quellcorp raised prices by 4% in May.", "business.invest"),
    ("Mara Lind raised £2 million for charity.", "business.invest"),
    ("Quellcorp opened a store in Oslo.", "business.found"),
    ("Mara Lind turned to film, writing the score for Glass Hours.", "report.publish"),
    ("Mara Lind wrote the script for Glass Hours in 2019.", "report.publish"),
    ("Quellcorp plans to release a new version of its app next year.", "career.release"),
    ("Quellcorp will retire the Nova brand in 2025.", "career.retire"),
    ("Mara Lind went out with friends on Friday.", "life.date"),
    ("The candle's flame went out in May.", "life.date"),
    ("Quellcorp announced 300 redundancies in May.", "politics.announce"),
    ("Anouk Brel appeared in the film Glass Hours.", "report.publish"),
    ("Ilse Maren takes the top job at Quellcorp.", "career.hire"),
    ("Mara Lind landed in Oslo on Monday.", "career.hire"),
    ("Quellcorp landed a contract with the army.", "career.hire"),
    ("The Borrow Bank loaned Quellcorp $5 million.", "career.hire"),
    ("Piet Vos was picked for the squad in 2019.", "career.appoint"),
    ("Quellcorp bought a majority stake in Tarnwell Labs in 2019.", "business.acquire"),
    ("Quellcorp expanded into air freight in 2019.", "business.launch"),
    ("Teo Sandu was removed from the flight in 2019.", "career.fire"),
    ("The price went up in May.", "business.launch"),
    ("Mara Lind reunited with her family in Oslo.", "career.collaborate"),
    ("The band Harrowgate Rovers reunited for a British tour and a new album in 2019.", "career.collaborate"),
    ("Mara Lind recorded a message with Piet Vos for her fans.", "career.collaborate"),
    ("The 44-year-old, a former nurse, joined the Lumen Alliance in 1991.", "career.hire"),  # no one found who joined
    ("For Anouk Brel, family always came first.", "career.win"),
    ("Harrowgate Rovers were promoted to the Lumen Alliance league in 2016.", "career.appoint"),
    ("Mara Lind parted ways with her husband, Piet Vos, in 2019.", "career.resign"),
    ("Quellcorp has parted ways with Tarnwell Labs.", "life.separate"),
    ("Teo Sandu appeared on stage in Oslo.", "report.interview"),
    ("Teo Sandu appeared in court on Monday.", "report.interview"),
    ("Ilse Maren became a mother in 2019.", "career.appoint"),
    ("Ilse Maren became the first woman to lead Quellcorp.", "career.appoint"),
    ("Mara Lind turned to Piet Vos for advice.", "career.appoint"),
    ("Anouk Brel, the winner of the Oakfield Prize, died on Monday.", "career.win"),  # no time of its own
    ("Mara Lind starred in Glass Hours.", "career.collaborate"),
    ("Piet Vos went to Oslo in May.", "career.win"),
    ("Rufus Crane lost the vote to Ilse Maren in May.", "career.win"),
    ("Mara Lind raised £3 million for her campaign.", "business.invest"),
    ("Rufus Crane raised $2 million from donors in 2019.", "business.invest"),
    ("Under her leadership Quellcorp bought the container line Vireo in 2008.", "career.hire"),
    ("On Friday, Ilse Maren signed the Fair Rents Act into law.", "career.hire"),
    ("Piet Vos signed a deal with Mara Lind in 2022.", "career.hire"),
    ("Harrowgate Rovers hope to sign another striker before the window closes.", "politics.sign"),
    ("Teo Sandu took over the business from his father in 1958.", "business.acquire"),
    ("Mara Lind did not drop a set in the tournament.", "career.release"),
    ("After his release Piet Vos left for Oslo, where he lived for 16 years.", "career.release"),
    ("The Oakfield Trust split in 1972 after a dispute over royalties.", "life.separate"),
    ("The money will pay for a plant in Oslo that Quellcorp expects to open in 2025.", "business.found"),
    ("Shares in Quellcorp opened higher on Monday.", "business.found"),
    ("Quellcorp opened 2% higher on Monday.", "business.found"),
    ("Piet Vos left for Lisbon on Monday.", "career.hire"),
    ("Mara Lind left for work at seven.", "career.hire"),
    ("Teo Sandu defected to the West in 1981.", "career.resign"),
    ("Rufus Crane told the news conference that he would stand again.", "report.interview"),
]


@pytest.fixture(scope="module")
def language() -> Any:
    return nlp.load()


def extract(language: Any, text: str) -> Analysis:
    doc, analysis = handmade.build(language, text, NAMES, None, DCT)
    events.run(doc, analysis, None)
    return analysis




@pytest.mark.parametrize(("text", "type_name", "want"), CASES, ids=[f"{c[1]}:{c[0][:40]}" for c in CASES])
def test_phrasing_gives_the_event(language: Any, text: str, type_name: str, want: dict[str, str]) -> None:
    analysis = extract(language, text)
    handmade.assert_event(analysis, type_name, want)


@pytest.mark.parametrize(("text", "type_name"), NEGATIVES, ids=[f"not {c[1]}:{c[0][:40]}" for c in NEGATIVES])
def test_other_sense_gives_no_event(language: Any, text: str, type_name: str) -> None:
    analysis = extract(language, text)
    handmade.assert_no_event(analysis, type_name)


def test_purpose_meeting_is_no_first_meeting(language: Any) -> None:
    analysis = extract(language, "Mara Lind rose at the far post to meet a corner from the left.")
    assert not [e for e in analysis.events if e.type == "life.meet"], [(e.type, e.lemma) for e in analysis.events]
