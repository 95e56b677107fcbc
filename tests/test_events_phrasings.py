"""A challenge set of common news phrasings per event type (synonyms, idioms, nominal forms,
passives), written before the schema was extended for them, and the other senses of the risky
triggers, which must give no event of that type.  Entities are marked by hand (tests/handmade.py)
so that these tests pin the events stage alone."""

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
        "Jane Doe": ["Doe"], "Tom Baker": ["Baker"], "Omar Reyes": ["Reyes"], "Lena Park": ["Park"],
        "Ava Doe": ["Ava"], "Raj Patel": ["Patel"], "Nina Vance": ["Vance"], "Carl Ruiz": ["Ruiz"],
    },
    "ORG": {
        "Acme Corp": ["Acme"], "Kestrel Labs": ["Kestrel"], "Norvale Bank": ["Norvale"], "Halden United": ["Halden"],
        "Daily Ledger": [], "Brightline": [], "Orbit Ventures": [], "Westport Police": [], "Greenway Party": [],
    },
    "GPE": {"Lyon": [], "Denver": [], "Porto": []},
    "WORK": {"Silver Lines": [], "The Long Road": [], "Nova X": [], "Quiet Rivers": []},
}

# (sentence, dct, type, expected args: role -> entity name, or for "role" the words as written)
CASES: list[tuple[str, str, str, dict[str, str]]] = [
    # life.born
    ("Born in Lyon in 1962, Omar Reyes trained as a chef.", DCT, "life.born", {"patient": "Omar Reyes"}),
    ("Lena Park, born in Denver, has painted for forty years.", DCT, "life.born", {"patient": "Lena Park"}),
    ("Omar Reyes came into the world in Lyon in 1962.", DCT, "life.born", {"patient": "Omar Reyes"}),
    ("The birth of Ava Doe was announced on Monday.", DCT, "life.born", {"patient": "Ava Doe"}),
    # life.die
    ("Omar Reyes passed away on Sunday at the age of 81.", DCT, "life.die", {"agent": "Omar Reyes"}),
    ("Lena Park has died aged 67.", DCT, "life.die", {"agent": "Lena Park"}),
    ("Omar Reyes was found dead at his home in Lyon.", DCT, "life.die", {"agent": "Omar Reyes"}),
    ("Lena Park lost her battle with cancer on Friday.", DCT, "life.die", {"agent": "Lena Park"}),
    ("Omar Reyes was killed in a car crash in Denver.", DCT, "life.die", {"agent": "Omar Reyes"}),
    ("Tributes poured in after the passing of Lena Park.", DCT, "life.die", {"agent": "Lena Park"}),
    # life.marry
    ("Jane Doe tied the knot with Tom Baker in Lyon.", DCT, "life.marry", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe got hitched to Tom Baker last summer.", DCT, "life.marry", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe walked down the aisle with Tom Baker in June.", DCT, "life.marry", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe's nuptials to Tom Baker were held in Porto.", DCT, "life.marry", {"partner": "Tom Baker"}),
    ("Jane Doe wed Tom Baker at a private ceremony.", DCT, "life.marry", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    # life.meet
    ("Jane Doe first crossed paths with Tom Baker in 2010.", DCT, "life.meet", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe was introduced to Tom Baker by friends in 2010.", DCT, "life.meet", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe bumped into Tom Baker at a party in Lyon.", DCT, "life.meet", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe ran into Tom Baker at a gallery in 2015.", DCT, "life.meet", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe and Tom Baker met on the set of The Long Road.", DCT, "life.meet", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    # life.divorce
    ("Jane Doe filed for divorce from Tom Baker on Monday.", DCT, "life.divorce", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe and Tom Baker finalised their divorce in May.", DCT, "life.divorce", {"agent": "Jane Doe"}),
    ("Jane Doe's divorce from Tom Baker was finalized in May.", DCT, "life.divorce", {"partner": "Tom Baker"}),
    ("Jane Doe was divorced from Tom Baker in 2015.", DCT, "life.divorce", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    # life.separate
    ("Jane Doe and Tom Baker have called it quits after six years.", DCT, "life.separate", {"agent": "Jane Doe"}),
    ("Jane Doe and Tom Baker went their separate ways in 2021.", DCT, "life.separate", {"agent": "Jane Doe"}),
    ("Jane Doe has parted ways with Tom Baker.", DCT, "life.separate", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe broke up with Tom Baker in May.", DCT, "life.separate", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe and Tom Baker announced their split on Monday.", DCT, "life.separate", {"agent": "Jane Doe"}),
    # life.engage
    ("Jane Doe got engaged to Tom Baker in Porto.", DCT, "life.engage", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Tom Baker popped the question to Jane Doe in Lyon.", DCT, "life.engage", {"agent": "Tom Baker", "partner": "Jane Doe"}),
    ("Tom Baker proposed to Jane Doe on a beach.", DCT, "life.engage", {"agent": "Tom Baker", "partner": "Jane Doe"}),
    ("Jane Doe announced her engagement to Tom Baker.", DCT, "life.engage", {"partner": "Tom Baker"}),
    # life.date
    ("Jane Doe has been dating Tom Baker since 2019.", DCT, "life.date", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe is seeing Tom Baker, friends say.", DCT, "life.date", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe has been romantically linked to Tom Baker.", DCT, "life.date", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe's relationship with Tom Baker became public in May.", DCT, "life.date", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe began a relationship with Tom Baker in 2019.", DCT, "life.date", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    # family.child
    ("Jane Doe welcomed a daughter, Ava Doe, in March.", DCT, "family.child", {"parent": "Jane Doe", "child": "Ava Doe"}),
    ("Jane Doe gave birth to a son, Raj Patel, on Monday.", DCT, "family.child", {"parent": "Jane Doe", "child": "Raj Patel"}),
    ("Jane Doe and Tom Baker became parents to a daughter, Ava Doe, in May.", DCT, "family.child", {"parent": "Jane Doe", "child": "Ava Doe"}),
    ("Jane Doe had a baby girl, Ava Doe, in 2020.", DCT, "family.child", {"parent": "Jane Doe", "child": "Ava Doe"}),
    # career.appoint
    ("Lena Park was tapped to lead Kestrel Labs in January.", DCT, "career.appoint", {"patient": "Lena Park"}),
    ("Lena Park was named chief executive of Kestrel Labs.", DCT, "career.appoint", {"patient": "Lena Park"}),
    ("Kestrel Labs installed Lena Park as chair on Monday.", DCT, "career.appoint", {"patient": "Lena Park", "role": "chair"}),
    ("Lena Park took the helm at Kestrel Labs in 2022.", DCT, "career.appoint", {"patient": "Lena Park", "organization": "Kestrel Labs"}),
    ("Lena Park will succeed Omar Reyes as chief executive of Kestrel Labs.", DCT, "career.appoint", {"patient": "Lena Park"}),
    ("Lena Park was promoted to finance director in 2021.", DCT, "career.appoint", {"patient": "Lena Park"}),
    # career.hire
    ("Kestrel Labs poached Raj Patel from Acme Corp.", DCT, "career.hire", {"agent": "Kestrel Labs", "patient": "Raj Patel"}),
    ("Raj Patel was hired by Kestrel Labs in 2019.", DCT, "career.hire", {"agent": "Kestrel Labs", "patient": "Raj Patel"}),
    ("Kestrel Labs brought in Raj Patel as head of research.", DCT, "career.hire", {"agent": "Kestrel Labs", "patient": "Raj Patel"}),
    ("Raj Patel joined Kestrel Labs in 2019.", DCT, "career.hire", {"patient": "Raj Patel", "organization": "Kestrel Labs"}),
    ("Halden United signed Carl Ruiz on a three-year deal.", DCT, "career.hire", {"agent": "Halden United", "patient": "Carl Ruiz"}),
    # career.resign
    ("Omar Reyes stepped down as chief executive of Acme Corp.", DCT, "career.resign", {"agent": "Omar Reyes"}),
    ("Omar Reyes quit Acme Corp in May.", DCT, "career.resign", {"agent": "Omar Reyes"}),
    # ("will bow out" is a leaving: a retirement only when the text says retired or retirement, the fixtures' README;
    # session 32 moved it to career.resign, as the development fixtures annotate "founder bows out")
    ("Lena Park will bow out at the end of the season.", DCT, "career.resign", {"agent": "Lena Park"}),
    ("Omar Reyes announced his exit from Acme Corp.", DCT, "career.resign", {"agent": "Omar Reyes"}),
    ("Omar Reyes is leaving Acme Corp after ten years.", DCT, "career.resign", {"agent": "Omar Reyes"}),
    ("Omar Reyes tendered his resignation on Friday.", DCT, "career.resign", {"agent": "Omar Reyes"}),
    # career.fire
    ("Halden United sacked Carl Ruiz on Sunday.", DCT, "career.fire", {"agent": "Halden United", "patient": "Carl Ruiz"}),
    ("Carl Ruiz was axed by Halden United after a poor run.", DCT, "career.fire", {"agent": "Halden United", "patient": "Carl Ruiz"}),
    ("Carl Ruiz was ousted as manager in May.", DCT, "career.fire", {"patient": "Carl Ruiz"}),
    ("Halden United confirmed the sacking of Carl Ruiz.", DCT, "career.fire", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was relieved of his duties by Halden United.", DCT, "career.fire", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was shown the door by Halden United.", DCT, "career.fire", {"patient": "Carl Ruiz"}),
    # career.retire
    ("Omar Reyes retired from Acme Corp in 2020.", DCT, "career.retire", {"agent": "Omar Reyes"}),
    ("Carl Ruiz hung up his boots in 2019.", DCT, "career.retire", {"agent": "Carl Ruiz"}),
    ("Omar Reyes announced his retirement on Monday.", DCT, "career.retire", {"agent": "Omar Reyes"}),
    # career.release
    ("Nina Vance dropped her album Silver Lines on Friday.", DCT, "career.release", {"agent": "Nina Vance", "work": "Silver Lines"}),
    ("Nina Vance released Silver Lines in May.", DCT, "career.release", {"agent": "Nina Vance", "work": "Silver Lines"}),
    ("Nina Vance put out Silver Lines in 2019.", DCT, "career.release", {"agent": "Nina Vance", "work": "Silver Lines"}),
    ("Silver Lines hit shelves on Friday.", DCT, "career.release", {"work": "Silver Lines"}),
    ("The release of Silver Lines was delayed.", DCT, "career.release", {"work": "Silver Lines"}),
    # career.premiere
    ("The Long Road premiered at the Porto festival in May.", DCT, "career.premiere", {"work": "The Long Road"}),
    ("The Long Road debuted in Lyon on Friday.", DCT, "career.premiere", {"work": "The Long Road"}),
    ("The premiere of The Long Road took place in Porto.", DCT, "career.premiere", {"work": "The Long Road"}),
    ("The Long Road opened in cinemas on Friday.", DCT, "career.release", {"work": "The Long Road"}),
    # career.win
    ("Nina Vance scooped the top prize for Silver Lines.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("Nina Vance bagged an award for Silver Lines.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("Halden United clinched the title on Saturday.", DCT, "career.win", {"agent": "Halden United"}),
    ("Nina Vance took home the award for best album.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("Nina Vance was awarded the Golden Pen in 2020.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("Nina Vance picked up the prize for best album.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("Nina Vance took silver in the road race in Lyon.", DCT, "career.win", {"agent": "Nina Vance"}),
    # career.nominate
    ("Nina Vance was shortlisted for the Golden Pen.", DCT, "career.nominate", {"patient": "Nina Vance"}),
    ("Nina Vance landed a nomination for best album.", DCT, "career.nominate", {"patient": "Nina Vance"}),
    ("Nina Vance earned a nomination for Silver Lines.", DCT, "career.nominate", {"patient": "Nina Vance"}),
    ("Nina Vance is up for best album.", DCT, "career.nominate", {"patient": "Nina Vance"}),
    ("Nina Vance received a nod for best actress.", DCT, "career.nominate", {"patient": "Nina Vance"}),
    # career.collaborate
    ("Nina Vance teamed up with Raj Patel on Silver Lines.", DCT, "career.collaborate", {"agent": "Nina Vance", "partner": "Raj Patel"}),
    ("Nina Vance worked with Raj Patel on Silver Lines.", DCT, "career.collaborate", {"agent": "Nina Vance", "partner": "Raj Patel"}),
    ("Nina Vance joined forces with Raj Patel for Silver Lines.", DCT, "career.collaborate", {"agent": "Nina Vance", "partner": "Raj Patel"}),
    ("Nina Vance co-starred with Raj Patel in The Long Road.", DCT, "career.collaborate", {"agent": "Nina Vance", "partner": "Raj Patel"}),
    # legal.arrest
    ("Carl Ruiz was taken into custody in Denver on Friday.", DCT, "legal.arrest", {"patient": "Carl Ruiz"}),
    ("Westport Police detained Carl Ruiz on Monday.", DCT, "legal.arrest", {"agent": "Westport Police", "patient": "Carl Ruiz"}),
    ("Carl Ruiz was held by Westport Police on Monday.", DCT, "legal.arrest", {"patient": "Carl Ruiz"}),
    ("Westport Police confirmed the arrest of Carl Ruiz.", DCT, "legal.arrest", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was picked up by Westport Police in Denver.", DCT, "legal.arrest", {"patient": "Carl Ruiz"}),
    # legal.charge
    ("Carl Ruiz was charged with fraud on Tuesday.", DCT, "legal.charge", {"patient": "Carl Ruiz"}),
    ("Prosecutors filed charges against Carl Ruiz in May.", DCT, "legal.charge", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz faces charges of fraud.", DCT, "legal.charge", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was indicted on fraud charges.", DCT, "legal.charge", {"patient": "Carl Ruiz"}),
    # legal.sue
    ("Acme Corp sued Kestrel Labs over a patent.", DCT, "legal.sue", {"agent": "Acme Corp", "target": "Kestrel Labs"}),
    ("Acme Corp filed a lawsuit against Kestrel Labs.", DCT, "legal.sue", {"agent": "Acme Corp", "target": "Kestrel Labs"}),
    ("Acme Corp took Kestrel Labs to court in May.", DCT, "legal.sue", {"agent": "Acme Corp", "target": "Kestrel Labs"}),
    ("Acme Corp is suing Kestrel Labs for $2 million.", DCT, "legal.sue", {"agent": "Acme Corp", "target": "Kestrel Labs"}),
    ("Acme Corp brought a case against Kestrel Labs.", DCT, "legal.sue", {"agent": "Acme Corp", "target": "Kestrel Labs"}),
    # legal.convict
    ("Carl Ruiz was found guilty of fraud on Monday.", DCT, "legal.convict", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was convicted of fraud in Denver.", DCT, "legal.convict", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz pleaded guilty to fraud.", DCT, "legal.convict", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz admitted fraud at Denver Crown Court.", DCT, "legal.convict", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz's conviction for fraud was upheld.", DCT, "legal.convict", {"patient": "Carl Ruiz"}),
    # legal.sentence
    ("Carl Ruiz was jailed for six years on Friday.", DCT, "legal.sentence", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was handed a five-year sentence.", DCT, "legal.sentence", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was sentenced to ten years in prison.", DCT, "legal.sentence", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was locked up for three years.", DCT, "legal.sentence", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz received a suspended sentence in May.", DCT, "legal.sentence", {"patient": "Carl Ruiz"}),
    # legal.acquit
    ("Carl Ruiz was cleared of fraud on Monday.", DCT, "legal.acquit", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was found not guilty of fraud.", DCT, "legal.acquit", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was acquitted of all charges.", DCT, "legal.acquit", {"patient": "Carl Ruiz"}),
    # business.found
    ("Lena Park launched Kestrel Labs in 2015.", DCT, "business.found", {"agent": "Lena Park", "organization": "Kestrel Labs"}),
    ("Lena Park co-founded Kestrel Labs in 2015.", DCT, "business.found", {"agent": "Lena Park", "organization": "Kestrel Labs"}),
    ("Kestrel Labs was set up by Lena Park in 2015.", DCT, "business.found", {"agent": "Lena Park", "organization": "Kestrel Labs"}),
    ("Kestrel Labs was started by Lena Park in a garage.", DCT, "business.found", {"agent": "Lena Park", "organization": "Kestrel Labs"}),
    ("Lena Park created Kestrel Labs in 2015.", DCT, "business.found", {"agent": "Lena Park", "organization": "Kestrel Labs"}),
    # business.acquire
    ("Acme Corp snapped up Kestrel Labs for $40 million.", DCT, "business.acquire", {"agent": "Acme Corp", "patient": "Kestrel Labs"}),
    ("Acme Corp completed the takeover of Kestrel Labs.", DCT, "business.acquire", {"agent": "Acme Corp", "patient": "Kestrel Labs"}),
    ("Kestrel Labs was bought by Acme Corp in May.", DCT, "business.acquire", {"agent": "Acme Corp", "patient": "Kestrel Labs"}),
    ("Acme Corp agreed a deal to buy Kestrel Labs.", DCT, "business.acquire", {"agent": "Acme Corp", "patient": "Kestrel Labs"}),
    ("Acme Corp took over Kestrel Labs in 2020.", DCT, "business.acquire", {"agent": "Acme Corp", "patient": "Kestrel Labs"}),
    # business.merge
    ("Acme Corp merged with Kestrel Labs in 2020.", DCT, "business.merge", {"agent": "Acme Corp", "partner": "Kestrel Labs"}),
    ("Acme Corp will combine with Kestrel Labs in an all-share deal.", DCT, "business.merge", {"agent": "Acme Corp", "partner": "Kestrel Labs"}),
    ("The merger of Acme Corp and Kestrel Labs was approved.", DCT, "business.merge", {"agent": "Acme Corp", "partner": "Kestrel Labs"}),
    ("Acme Corp and Kestrel Labs agreed to merge.", DCT, "business.merge", {"agent": "Acme Corp"}),
    # business.invest
    ("Orbit Ventures took a stake in Kestrel Labs.", DCT, "business.invest", {"agent": "Orbit Ventures", "target": "Kestrel Labs"}),
    ("Orbit Ventures led a $5 million round in Kestrel Labs.", DCT, "business.invest", {"agent": "Orbit Ventures", "target": "Kestrel Labs"}),
    ("Orbit Ventures invested $5 million in Kestrel Labs.", DCT, "business.invest", {"agent": "Orbit Ventures", "target": "Kestrel Labs"}),
    ("Orbit Ventures backed Kestrel Labs with $5 million.", DCT, "business.invest", {"agent": "Orbit Ventures", "target": "Kestrel Labs"}),
    ("Orbit Ventures poured $5 million into Kestrel Labs.", DCT, "business.invest", {"agent": "Orbit Ventures", "target": "Kestrel Labs"}),
    # business.launch
    ("Acme Corp unveiled Nova X on Tuesday.", DCT, "business.launch", {"agent": "Acme Corp", "work": "Nova X"}),
    ("Acme Corp rolled out Nova X in May.", DCT, "business.launch", {"agent": "Acme Corp", "work": "Nova X"}),
    ("Acme Corp debuted Nova X at a trade show.", DCT, "business.launch", {"agent": "Acme Corp", "work": "Nova X"}),
    ("Acme Corp showcased Nova X in Denver.", DCT, "business.launch", {"agent": "Acme Corp", "work": "Nova X"}),
    ("The launch of Nova X was delayed by Acme Corp.", DCT, "business.launch", {"work": "Nova X"}),
    # business.layoff
    ("Acme Corp axed 300 jobs on Monday.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Acme Corp shed 300 jobs in May.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Acme Corp will slash 300 jobs.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Acme Corp announced layoffs on Monday.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Acme Corp is laying off 300 workers.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Acme Corp will eliminate 300 jobs by June.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    # politics.elect
    ("Lena Park was voted in as mayor in May.", DCT, "politics.elect", {"patient": "Lena Park"}),
    ("Lena Park won the seat in 2019.", DCT, "politics.elect", {"patient": "Lena Park"}),
    ("Lena Park was elected mayor of Denver in 2019.", DCT, "politics.elect", {"patient": "Lena Park"}),
    ("Lena Park was re-elected in 2023.", DCT, "politics.elect", {"patient": "Lena Park"}),
    # politics.sign
    ("Lena Park signed the housing bill into law on Monday.", DCT, "politics.sign", {"agent": "Lena Park"}),
    ("Acme Corp inked a deal with Brightline in May.", DCT, "politics.sign", {"agent": "Acme Corp"}),
    ("Lena Park vetoed the housing bill.", DCT, "politics.sign", {"agent": "Lena Park"}),
    ("Acme Corp signed an agreement with Brightline.", DCT, "politics.sign", {"agent": "Acme Corp", "partner": "Brightline"}),
    # politics.announce
    ("Lena Park announced a review of the police.", DCT, "politics.announce", {"agent": "Lena Park"}),
    ("Lena Park declared her candidacy on Monday.", DCT, "politics.announce", {"agent": "Lena Park"}),
    ("Lena Park unveiled a plan to cut taxes.", DCT, "politics.announce", {"agent": "Lena Park"}),
    ("Lena Park set out a plan to cut taxes.", DCT, "politics.announce", {"agent": "Lena Park"}),
    # report.publish
    ("Raj Patel penned an essay for the Daily Ledger.", DCT, "report.publish", {"agent": "Raj Patel"}),
    ("Raj Patel published Quiet Rivers in 2018.", DCT, "report.publish", {"agent": "Raj Patel", "work": "Quiet Rivers"}),
    ("Raj Patel wrote Quiet Rivers in 2018.", DCT, "report.publish", {"agent": "Raj Patel", "work": "Quiet Rivers"}),
    ("Raj Patel posted a video on Monday.", DCT, "report.publish", {"agent": "Raj Patel"}),
    ("Raj Patel authored Quiet Rivers in 2018.", DCT, "report.publish", {"agent": "Raj Patel", "work": "Quiet Rivers"}),
    # report.interview
    ("Jane Doe told the Daily Ledger that she was happy.", DCT, "report.interview", {"agent": "Jane Doe"}),
    ("Speaking to the Daily Ledger, Jane Doe said she was happy.", DCT, "report.interview", {"agent": "Jane Doe"}),
    ("In an interview with the Daily Ledger, Jane Doe said she was happy.", DCT, "report.interview", {"agent": "Jane Doe"}),
    ("Jane Doe sat down with the Daily Ledger last week.", DCT, "report.interview", {"agent": "Jane Doe"}),
    ("Jane Doe said in an interview that she was happy.", DCT, "report.interview", {"agent": "Jane Doe"}),
    # report.seen
    ("Jane Doe was spotted in Lyon on Friday.", DCT, "report.seen", {"patient": "Jane Doe"}),
    ("Jane Doe was pictured leaving a restaurant in Lyon.", DCT, "report.seen", {"patient": "Jane Doe"}),
    ("Jane Doe was seen with Tom Baker in Lyon.", DCT, "report.seen", {"patient": "Jane Doe"}),
    ("Jane Doe was photographed in Porto on Friday.", DCT, "report.seen", {"patient": "Jane Doe"}),
    ("Jane Doe stepped out in Lyon on Friday.", DCT, "report.seen", {"patient": "Jane Doe"}),
    # a second round, written after the first round's fixes
    ("Omar Reyes was shot dead in Denver on Friday.", DCT, "life.die", {"agent": "Omar Reyes"}),
    ("Omar Reyes drowned off the coast of Porto.", DCT, "life.die", {"agent": "Omar Reyes"}),
    ("Omar Reyes died of a heart attack in 2019.", DCT, "life.die", {"agent": "Omar Reyes"}),
    ("Jane Doe and Tom Baker exchanged vows in Lyon.", DCT, "life.marry", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe is engaged to Tom Baker.", DCT, "life.engage", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Lena Park was elevated to chief executive in May.", DCT, "career.appoint", {"patient": "Lena Park"}),
    ("Lena Park will take over as chief executive of Acme Corp.", DCT, "career.appoint", {"patient": "Lena Park"}),
    ("Carl Ruiz completed his move to Halden United on Friday.", DCT, "career.hire", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz moved to Halden United in 2019.", DCT, "career.hire", {"patient": "Carl Ruiz", "agent": "Halden United"}),
    ("Omar Reyes handed in his notice at Acme Corp.", DCT, "career.resign", {"agent": "Omar Reyes"}),
    ("Omar Reyes lost his job at Acme Corp in May.", DCT, "career.fire", {"patient": "Omar Reyes"}),
    ("Carl Ruiz called time on his career in 2019.", DCT, "career.retire", {"agent": "Carl Ruiz"}),
    ("Nina Vance was crowned champion in Lyon.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("Nina Vance triumphed at the Golden Pen awards.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("Carl Ruiz was given a life sentence in May.", DCT, "legal.sentence", {"patient": "Carl Ruiz"}),
    ("Carl Ruiz was sent to prison for six years.", DCT, "legal.sentence", {"patient": "Carl Ruiz"}),
    ("Kestrel Labs was sold to Acme Corp in May.", DCT, "business.acquire", {"agent": "Acme Corp", "patient": "Kestrel Labs"}),
    ("Kestrel Labs secured $5 million from Orbit Ventures.", DCT, "business.invest", {"agent": "Orbit Ventures", "target": "Kestrel Labs"}),
    ("Acme Corp made 300 staff redundant in May.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Lena Park won a second term in 2023.", DCT, "politics.elect", {"patient": "Lena Park"}),
    ("Jane Doe gave an interview to the Daily Ledger.", DCT, "report.interview", {"agent": "Jane Doe"}),
    ("Jane Doe opened up to the Daily Ledger about her divorce.", DCT, "report.interview", {"agent": "Jane Doe"}),
    ("Jane Doe was snapped leaving a club in Lyon.", DCT, "report.seen", {"patient": "Jane Doe"}),
    ("Jane Doe was caught on camera in Lyon.", DCT, "report.seen", {"patient": "Jane Doe"}),
    # a third round
    ("Jane Doe and Tom Baker are divorcing after ten years of marriage.", DCT, "life.divorce", {"agent": "Jane Doe"}),
    ("Jane Doe and Tom Baker have separated, their publicist said.", DCT, "life.separate", {"agent": "Jane Doe"}),
    ("Jane Doe's split from Tom Baker was confirmed in May.", DCT, "life.separate", {"agent": "Jane Doe", "partner": "Tom Baker"}),
    ("Jane Doe gave birth to Ava Doe in 2019.", DCT, "family.child", {"parent": "Jane Doe", "child": "Ava Doe"}),
    ("Jane Doe and Tom Baker welcomed their first child, Ava Doe, on Monday.", DCT, "family.child", {"parent": "Jane Doe", "child": "Ava Doe"}),
    ("Tom Baker and Jane Doe began dating in 2015.", DCT, "life.date", {"agent": "Tom Baker", "partner": "Jane Doe"}),
    ("Omar Reyes, the founder of Acme Corp, died on Sunday.", DCT, "life.die", {"agent": "Omar Reyes"}),
    ("Lena Park has been named as the new head of Kestrel Labs.", DCT, "career.appoint", {"patient": "Lena Park"}),
    ("Kestrel Labs has hired Raj Patel as its finance chief.", DCT, "career.hire", {"agent": "Kestrel Labs", "patient": "Raj Patel"}),
    ("Omar Reyes announced his resignation as chair of Acme Corp.", DCT, "career.resign", {"agent": "Omar Reyes"}),
    ("Nina Vance won best actress at the Golden Pen awards.", DCT, "career.win", {"agent": "Nina Vance"}),
    ("The Long Road will premiere on Netflix in May.", DCT, "career.premiere", {"work": "The Long Road"}),
    ("Police arrested Carl Ruiz at his home in Denver.", DCT, "legal.arrest", {"patient": "Carl Ruiz"}),
    ("Acme Corp is being sued by Kestrel Labs.", DCT, "legal.sue", {"agent": "Kestrel Labs", "target": "Acme Corp"}),
    ("Lena Park founded Kestrel Labs with Raj Patel in 2015.", DCT, "business.found", {"agent": "Lena Park", "organization": "Kestrel Labs"}),
    ("Acme Corp has agreed to acquire Kestrel Labs for $2 billion.", DCT, "business.acquire", {"agent": "Acme Corp", "patient": "Kestrel Labs"}),
    ("Acme Corp plans to cut 300 jobs.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Acme Corp is shedding 5% of its staff.", DCT, "business.layoff", {"agent": "Acme Corp"}),
    ("Lena Park was re-elected as mayor of Denver.", DCT, "politics.elect", {"patient": "Lena Park"}),
    ("Lena Park won the mayoral race in Denver.", DCT, "politics.elect", {"patient": "Lena Park"}),
    ("Raj Patel's memoir Quiet Rivers was published in 2018.", DCT, "report.publish", {"agent": "Raj Patel", "work": "Quiet Rivers"}),
    ("Jane Doe was photographed holding hands with Tom Baker.", DCT, "report.seen", {"patient": "Jane Doe"}),
    # a fourth round
    ("Acme Corp has brought on Raj Patel as its first technology chief.", DCT, "career.hire", {"agent": "Acme Corp", "patient": "Raj Patel"}),
    ("Carl Ruiz was drafted by Halden United in 2015.", DCT, "career.hire", {"agent": "Halden United", "patient": "Carl Ruiz"}),
    ("Lena Park was made chief executive of Acme Corp in 2019.", DCT, "career.appoint", {"patient": "Lena Park"}),
    ("Carl Ruiz was made captain in May.", DCT, "career.appoint", {"patient": "Carl Ruiz"}),
    ("Jane Doe revealed in an interview with the Daily Ledger that she had remarried.", DCT, "report.interview", {"agent": "Jane Doe"}),
    # a fifth round (found through the whole pipeline: tests/test_pipeline_phrasings.py)
    ("Carl Ruiz lifted the trophy in Porto on Sunday.", DCT, "career.win", {"agent": "Carl Ruiz"}),
    ("Lena Park was sworn in as mayor of Denver on Monday.", DCT, "career.appoint", {"patient": "Lena Park", "role": "mayor"}),
    ("Raj Patel stepped into the role of chief executive at Acme Corp in May.", DCT, "career.appoint", {"patient": "Raj Patel", "role": "chief executive"}),
    ("Nina Vance assumed the post of editor in 2019.", DCT, "career.appoint", {"patient": "Nina Vance", "role": "editor"}),
    ("Omar Reyes joined Kestrel Labs as a consultant in 2011.", DCT, "career.hire", {"patient": "Omar Reyes", "organization": "Kestrel Labs"}),
    ("Omar Reyes joined Kestrel Labs as chief executive in 2011.", DCT, "career.hire", {"patient": "Omar Reyes", "organization": "Kestrel Labs", "role": "chief executive"}),
    ("Carl Ruiz joined the police force in 1990.", DCT, "career.hire", {"patient": "Carl Ruiz"}),
    ("Tom Baker became a father in May.", DCT, "family.child", {"parent": "Tom Baker"}),
    ("Lena Park took office in May after winning the election.", DCT, "politics.elect", {"patient": "Lena Park"}),
    ("Acme Corp named Raj Patel its chief executive, effective in May.", DCT, "career.appoint", {"patient": "Raj Patel", "role": "chief executive"}),
    ("Nina Vance was promoted to chief operating officer at Acme Corp in May.", DCT, "career.appoint", {"patient": "Nina Vance", "organization": "Acme Corp"}),
    ("Carl Ruiz was crowned champion in Porto on Sunday.", DCT, "career.win", {"agent": "Carl Ruiz", "place": "Porto"}),
    ("Nina Vance turned professional with Halden United in 2015.", DCT, "career.hire", {"patient": "Nina Vance", "agent": "Halden United"}),
    ("Raj Patel was appointed chief executive of Kestrel Labs in May.", DCT, "career.appoint", {"patient": "Raj Patel", "agent": "Kestrel Labs"}),
    ("The board of Acme Corp chose Lena Park to succeed Omar Reyes.", DCT, "career.appoint", {"patient": "Lena Park", "predecessor": "Omar Reyes"}),
    ("Nina Vance's album Quiet Rivers won the Meridian Prize in May.", DCT, "career.win", {"agent": "Nina Vance", "work": "Quiet Rivers"}),
]

# Phrasings the schema does not read yet, and why (strict: a fix shows up as XPASS)
KNOWN_MISSES: dict[str, str] = {}  # ("went their separate ways": read since session 34, the written plural "ways" in the idiom)

# The other senses of risky triggers: no event of the type
NEGATIVES: list[tuple[str, str]] = [
    ("Lena Park won approval from the council to build 40 homes.", "career.win"),
    ("Acme Corp earned praise for its response.", "career.win"),
    ("The group claimed responsibility for the attack.", "career.win"),
    ("Jane Doe won the case against Acme Corp in May.", "career.win"),
    ("Omar Reyes joined thousands of protesters in Lyon.", "career.hire"),
    ("Tom Baker joined Jane Doe on stage in Denver.", "career.hire"),
    ("Carl Ruiz joined the police force in 1990.", "career.collaborate"),
    ("Raj Patel was sworn in on Tuesday.", "career.appoint"),
    ("Lena Park stepped into the street.", "career.appoint"),
    ("Carl Ruiz signed a new four-year contract in May.", "politics.sign"),
    ("The report shed light on the deal between Acme Corp and Brightline.", "business.layoff"),
    ("The ruling cleared the way for Acme Corp to expand.", "legal.acquit"),
    ("Lena Park dropped out of the race in May.", "career.release"),
    ("Jane Doe landed in Lyon on Friday.", "career.nominate"),
    ("Acme Corp cut prices in May.", "business.layoff"),
    ("Acme Corp cut 5% of its budget.", "business.layoff"),
    ("Carl Ruiz was made redundant in May.", "career.appoint"),
    ("Lena Park was made an offer by Acme Corp.", "career.appoint"),
    ("The salad was brought on a tray.", "career.hire"),
    ("Nina Vance opened up about her childhood.", "business.launch"),
    ("Carl Ruiz held a press conference on Monday.", "legal.arrest"),
    ("Omar Reyes found Lena Park's letter in a drawer.", "life.die"),
    ("Jane Doe is seeing a therapist.", "life.date"),
    ("Acme Corp took a stake worth a third of its value.", "business.acquire"),
    ("Acme Corp took Kestrel Labs to the finals.", "legal.sue"),
    ("Lena Park worked with children for years.", "career.collaborate"),
    ("Jane Doe stepped out of the car.", "report.seen"),
    ("Halden United picked up three points on Saturday.", "career.win"),
    ("Acme Corp created 300 jobs in Denver.", "business.found"),
    ("Lena Park was held up in traffic.", "legal.arrest"),
    ("Nina Vance put out a statement on Monday.", "career.release"),
    ("Jane Doe told reporters she was happy.", "report.interview"),
    ("Jane Doe ran with Tom Baker in the Lyon marathon.", "life.meet"),
    ("Acme Corp ran into trouble with Kestrel Labs.", "life.meet"),
    ("The show opened up a debate.", "business.launch"),
    ("Omar Reyes was cleared to play on Saturday.", "legal.acquit"),
    ("Acme Corp launched Nova X in May.", "business.found"),
    ("Acme Corp sold 3 million copies of Silver Lines.", "business.acquire"),
    ("Acme Corp moved to Denver in 2019.", "career.hire"),
    ("Acme Corp lost the job of rebuilding the bridge.", "career.fire"),
    ("Omar Reyes called time at the bar.", "career.retire"),
    ("Nina Vance opened up the shop at nine.", "report.interview"),
    ("Lena Park was sworn in as mayor of Denver.", "politics.elect"),
    ("Ava Doe, who works with Tom Baker, declined to comment.", "career.collaborate"),
    ("Omar Reyes did not take part in the vote.", "life.separate"),
]


@pytest.fixture(scope="module")
def language() -> Any:
    return nlp.load()


def extract(language: Any, text: str, dct: str = DCT) -> Analysis:
    doc, analysis = handmade.build(language, text, NAMES, None, dct)
    events.run(doc, analysis, None)
    return analysis




PARAMS = [
    pytest.param(*case, id=f"{case[2]}:{case[0][:40]}",
                 marks=[pytest.mark.xfail(reason=KNOWN_MISSES[case[0]], strict=True)] if case[0] in KNOWN_MISSES else [])
    for case in CASES
]


def test_known_misses_are_in_the_table() -> None:
    assert set(KNOWN_MISSES) <= {case[0] for case in CASES}


@pytest.mark.parametrize(("text", "dct", "type_name", "want"), PARAMS)
def test_phrasing_gives_the_event(language: Any, text: str, dct: str, type_name: str, want: dict[str, str]) -> None:
    analysis = extract(language, text, dct)
    handmade.assert_event(analysis, type_name, want)


@pytest.mark.parametrize(("text", "type_name"), NEGATIVES, ids=[f"not {c[1]}:{c[0][:40]}" for c in NEGATIVES])
def test_other_sense_gives_no_event(language: Any, text: str, type_name: str) -> None:
    analysis = extract(language, text)
    handmade.assert_no_event(analysis, type_name)
