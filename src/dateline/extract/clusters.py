"""Entity clusters under construction: a token-indexed table, and the grouping of proper names.

Names are grouped one cluster per real-world entity: a full person name with its surname-only
and first-name-only mentions (the surname goes to the bearer named most, then first; a first
name only when one person in the document bears it), other names by their normalized text, a
short organisation name with its longer form ("Acme" / "Acme Corp") and an acronym with the name
it abbreviates.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from ..nlp import strings
from .entity_lexicon import CLOSING_QUOTES, OPENING_QUOTES, lexicon
from .first_names import first_name_gender, is_first_name
from .gazetteer import places
from .name_repairs import CLUB_INITIALS, PEOPLE_POSSESSORS
from .name_spans import NAME_PARTICLES, in_headline
from .names import NameSpan, middle_surname

KIND_RANK = {"name": 0, "title": 1, "nominal": 2, "pronoun": 3}
ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "&", "de", "du", "la"})


@dataclass(slots=True)
class MentionRef:
    start: int  # token offsets, end exclusive
    end: int
    kind: str  # name | nominal | pronoun | title


@dataclass(slots=True)
class Cluster:
    label: str
    mentions: list[MentionRef] = field(default_factory=list)
    names: list[tuple[str, ...]] = field(default_factory=list)  # proper names, as word tuples
    labels: Counter[str] = field(default_factory=Counter)
    gender: str | None = None
    gender_votes: Counter[str] = field(default_factory=Counter)  # from nouns, titles, first names
    pronoun_votes: Counter[str] = field(default_factory=Counter)  # weaker: used only without the above
    members: tuple[int, ...] = ()  # for a group: indices of its member clusters
    attrs: dict[str, Any] = field(default_factory=dict)

    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 1 << 30

    def first_in(self, start: int, end: int) -> int:
        """The first mention's start within tokens [start, end) (past `end` if none)."""
        return min((m.start for m in self.mentions if start <= m.start < end), default=end)

    def last_before(self, token: int) -> int:
        return max((m.start for m in self.mentions if m.start < token), default=-1)


class ClusterTable:
    """Clusters plus, for every token, the cluster whose mention covers it (-1: none)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[Cluster] = []
        self.owner: list[int] = [-1] * len(doc)

    def new(self, label: str, **kw: Any) -> int:
        self.clusters.append(Cluster(label, **kw))
        return len(self.clusters) - 1

    def add(self, ci: int, start: int, end: int, kind: str) -> bool:
        if start >= end or any(self.owner[i] != -1 for i in range(start, end)):
            return False
        self.clusters[ci].mentions.append(MentionRef(start, end, kind))
        for i in range(start, end):
            self.owner[i] = ci
        return True

    def merge(self, keep: int, drop: int) -> None:
        a, b = self.clusters[keep], self.clusters[drop]
        a.mentions += b.mentions
        a.names += b.names
        a.labels.update(b.labels)
        for m in b.mentions:
            for i in range(m.start, m.end):
                self.owner[i] = keep
        b.mentions, b.names = [], []


def _words(doc: Doc, span: NameSpan) -> tuple[str, ...]:
    words = tuple(strings(doc, "text")[span.start : span.end])
    quoted = [k for k, w in enumerate(words) if w in OPENING_QUOTES or w in CLOSING_QUOTES]
    if len(quoted) == 2 and quoted[0] > 0 and quoted[1] < len(words) - 1:
        return words[quoted[0] + 1 : quoted[1]] + words[quoted[1] + 1 :]  # 'Wilhelmina "Billie" Trevannion': known as
        # Billie Trevannion, the name the person goes by elsewhere
    return words



@lru_cache(maxsize=4096)
def fold(words: tuple[str, ...]) -> tuple[str, ...]:
    """Name words compared with their particles in lower case: "De Vries" is "de Vries"."""
    return tuple(w.lower() if w.lower() in NAME_PARTICLES else w for w in words)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    a, b = fold(a), fold(b)
    if len(a) > len(b):
        a, b = b, a
    # ("Agnieszka Tarnowicz" beside "Agnieszka Tarnowicz-Hale": the first part of a double surname, a name before marriage)
    return a == b or (a[0] == b[0] and (a[-1] == b[-1] or (len(b) > len(a) and b[: len(a)] == a and b[len(a)] == "-"))) \
        or (len(a) == len(b) == 2 and a[-1] == b[-1] and _short_form_of_given(a[0], b[0]))


def _short_form_of_given(one: str, other: str) -> bool:
    """"Ros" and "Rosalind", "Alex" and "Alexander": a given name's short form made by cutting it (three letters or more),
    of no other sex ("Dan" is no "Daniela")."""
    short, full = sorted((one, other), key=len)
    if len(short) < 3 or short == full or not full.startswith(short) or not short.isalpha():
        return False
    genders = {first_name_gender(short), first_name_gender(full)} - {None}
    return len(genders) <= 1


def _pick_bearer(table: ClusterTable, candidates: list[int], token: int, surname: str) -> int:
    """Of several people sharing a surname, the one named most so far by that surname (then the
    one the running text named first): a son called by his first name alone ("their children, Torstein and Thyra") does not
    become the "Nettigrew" of the next sentence."""
    text = strings(table.doc, "text")

    def rank(ci: int) -> tuple[int, bool, int, int]:
        bearing = [m.start for m in table.clusters[ci].mentions if m.start < token and surname in text[m.start : m.end]]
        body = [start for start in bearing if not in_headline(table.doc[start])]  # (a headline's use aside)
        return len(bearing), not _introduced_as_kin(table, min(bearing, default=-1)), -min(body, default=token), -ci

    # (as often named, the one not introduced as someone's relative: "Araminta Almond ... her husband, Rupert Almond ...
    # Almond was elected" is Araminta; then the one the story named first: "X Sequeira announced his retirement ... Y
    # Sequeira, 45, was appointed ... Sequeira told the paper" is X, a second bearer told apart by a full name)

    return max(candidates, key=rank)


def _introduced_as_kin(table: ClusterTable, start: int) -> bool:
    """The name at `start` follows a kin noun ("her husband, Rupert Almond", "his son Tom Reed"): a relative of the
    one the story is about."""
    if start < 1:
        return False
    before = start - 1 - (strings(table.doc, "text")[start - 1] == ",")
    return before >= 0 and strings(table.doc, "lemma_lower")[before] in lexicon().relation_of


def _place_person(table: ClusterTable, words: tuple[str, ...], token: int, full: list[int],
                  singles: dict[str, int]) -> int:
    words = fold(words)
    last = [ci for ci in full if any(fold(n)[-len(words):] == words for n in table.clusters[ci].names if len(n) > len(words))]
    if not last and len(words) == 1:  # "Moravec" of "Gustavo Moravec Rivas"
        last = [ci for ci in full if any(len(n) == 3 and n[1] == words[0] and middle_surname(n) for n in table.clusters[ci].names)]
    if len(last) > 1 and len(words) == 1 and not (token > 0 and table.doc[token - 1].text == "-"):
        # "Osei" of "Kwesi Osei", not of "Freya Stannerwick-Osei" (a double surname's bearer goes by both parts; unless the
        # name found is the end of such a surname: "Pemberly-Agyei", the recognizer's name only its "Agyei")
        last = [ci for ci in last if any(len(n) > 1 and n[-2] != "-" for n in table.clusters[ci].names
                                         if fold(n)[-1:] == words)] or last
    title = lexicon().titles.get(table.doc[token - 1].lower_) if token > 0 else None
    if title and len(last) > 1:  # "Mr Frindall" of "Geoff Frindall" and "Maureen Frindall"
        last = [ci for ci in last if _gender_fits(table.clusters[ci].names, title)] or last
        if len(last) > 1:  # ... and of first names that tell no gender, not one the text has titled the other way
            # ("Mr Thornhill worked ... Mrs Thornhill returned": Everton and Assumpta Thornhill)
            last = [ci for ci in last if _titled(table, ci, token) in (None, title)] or last
    if last:
        return _pick_bearer(table, last, token, words[-1])
    first = [ci for ci in full if any(n[: len(words)] == words for n in table.clusters[ci].names if len(n) > len(words))]
    if len(first) == 1:
        return first[0]
    key = " ".join(words).casefold()
    if key not in singles:
        singles[key] = table.new("PERSON")
    return singles[key]


# the first word of a firm's officer's title, or a thing only a firm has, right after the firm's short name ("Tharwick chief
# executive X", "the Tharwick brand")
FIRM_WORDS = frozenset({"chief", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "president", "spokesman", "spokeswoman",
                        "spokesperson", "boss", "brand", "shares", "shareholders", "headquarters", "workforce", "employees"})
STAFF_NOUNS = frozenset({"job", "jobs", "staff", "worker", "workers", "employee", "employees", "post", "posts", "workforce"})


def _firm_cue(doc: Doc, token: int, end: int) -> bool:
    """A short name told as a firm by the word after it ("Ostermalz Chief Executive X", "the Ostermalz brand") or by cutting
    jobs ("Ostermalz cut around 300 jobs")."""
    if end < len(doc) and doc[end].lower_ in FIRM_WORDS:
        return True
    tok = doc[end - 1]
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("cut", "shed", "axe") \
        and any(c.dep_ == "dobj" and c.lower_ in STAFF_NOUNS for c in tok.head.children)


def _named_organisation(table: ClusterTable, words: tuple[str, ...], token: int, person: int, end: int) -> int:
    """"Tharwick cut 220 jobs" after "Tharwick Foods", before any Tharwick was named (or named less
    often than the company so far): the short form of the organisation, not the person (but "Tharwick, 49,
    set up the fund": an age after the name says a person)."""
    doc = table.doc
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text.isdigit() and doc[end + 2].text in (",", ")"):
        return person
    longer = [ci for ci, c in enumerate(table.clusters) if c.label == "ORG" and c.mentions
              and any(len(n) > len(words) and n[: len(words)] == words for n in c.names)]
    if len(longer) == 1 and _firm_cue(doc, token, end):
        return longer[0]  # "Ostermalz Chief Executive X" after "Ostermalz Pumpen", whoever of that name the story tells: the firm's
    orgs = [ci for ci, c in enumerate(table.clusters) if c.label != "PERSON" and c.mentions
            and any(len(n) > len(words) and n[: len(words)] == words and _org_suffixed(n) for n in c.names)]
    if len(orgs) != 1:
        return person
    surname = fold(words)[-1]
    bearers = [c for c in table.clusters if c.label == "PERSON" and any(len(n) > 1 and fold(n)[-1] == surname for n in c.names)]
    people = bearers or [table.clusters[person]]  # (all who bear the name as a surname: "Aurélio Sequeira ... Catarina
    # Sequeira ... Sequeira told the paper" after "Sequeira Coachworks" twice is one of them)
    named_before = sum(m.start < token and m.kind == "name" for c in people for m in c.mentions)
    org_before = sum(m.start < token and m.kind == "name" for m in table.clusters[orgs[0]].mentions)
    if named_before == org_before == 0:  # a headline's "Ibbotsley", before either is named: the one the story names first
        first_org = min((m.start for m in table.clusters[orgs[0]].mentions if m.kind == "name"), default=len(doc))
        first_person = min((m.start for c in people for m in c.mentions if m.kind == "name"), default=len(doc))
        return orgs[0] if first_org < first_person else person
    return orgs[0] if org_before > named_before else person


def _titled(table: ClusterTable, ci: int, before: int) -> str | None:
    """The gender a title gave an earlier mention of the cluster ("Mr Thornhill"), if any."""
    lowers, titles = strings(table.doc, "lower"), lexicon().titles
    said = {titles.get(lowers[m.start - 1]) for m in table.clusters[ci].mentions if 0 < m.start < before}
    said.discard(None)
    return said.pop() if len(said) == 1 else None


def _gender_fits(names: list[tuple[str, ...]], gender: str) -> bool:
    """Does a person's first name allow the gender a title says ("Mr", "Mrs")?"""
    usual = first_name_gender(max(names, key=len)[0]).removeprefix("mostly_")
    return usual not in ("male", "female") or usual == gender


def _merge_short_forms(table: ClusterTable) -> None:
    """"Acme" with "Acme Corp"; "NASA" with "National Aeronautics and Space Administration"."""
    named = [ci for ci, c in enumerate(table.clusters) if c.names and c.label != "PERSON"]
    # each cluster's label by most mentions and its longest name, once (kept up to date as clusters merge)
    majority = {ci: _majority(table.clusters[ci]) for ci in named}
    longest_of = {ci: max(table.clusters[ci].names, key=len) for ci in named}
    grown: set[int] = set()  # a cluster that took in a short form is no short form itself
    parties: set[int] = set()  # a party that took in its short form: a body, however its short form was read
    for ci in named:
        c = table.clusters[ci]
        if not c.names or ci in grown:
            continue
        short = min(c.names, key=len)
        label = majority[ci]
        if len(short) == 1 and short[0].lower() in CLUB_SHORT_WORDS and _club_word_of_one(table, named, majority, short[0]):
            continue  # "City's previous record signing" beside "Brackensby City" and "City TV": the club (`_club_short_forms`)
        hits = []
        placed = label in PLACE_LABELS and len(short) == 1 and _firm_word(table, c, short[0])
        for cj in named:
            d = table.clusters[cj]
            if cj == ci or not d.names:
                continue
            longest = longest_of[cj]
            if _party_short_form(short, longest, majority[cj]):
                hits.append(cj)  # "New Shires" (read as a place) or "the Union Progressives" with "the Union Progressive Party"
                parties.add(cj)
                continue
            if majority[cj] != label:  # (by most mentions: "Skunmere" a club in 4 of 5)
                if placed and majority[cj] == "ORG" and len(longest) > 1 and longest[0] == short[0] and _org_suffixed(longest):
                    hits.append(cj)  # "Mérida" after "Mérida Films", the word read as a place but never told as one
                continue
            if len(longest) <= len(short):
                continue
            if len(short) > 1 and _org_suffixed(short) and longest[: len(short)] == short \
                    and any(w.endswith(("'", "’", "'s", "’s")) for w in longest[len(short):]):
                continue  # "Castlebridge Rovers", whole with its club word, is not "the Castlebridge Rovers Supporters' Trust"
                # (the body of the club's supporters: a possessive names another head)
            if longest[: len(short)] == short or (len(short) == 1 and short[0].isupper() and short[0] == _initials(longest)) \
                    or (longest[1:] == short and longest[0].isupper() and longest[0].lower() in CLUB_INITIALS) \
                    or (longest[1:] == short and (longest[0] in TEAM_PREFIXES or longest[0].lower() in CLUB_PREFIX_WORDS)) \
                    or (longest[:2] == ("University", "of") and longest[2:] == short and _named_first(table, cj, ci)) \
                    or (len(short) == 1 and len(longest) > 1 and longest[-1] == short[0] and short[0].lower() in PAPER_WORDS) \
                    or (len(short) == 1 and len(longest) == 2 and longest[1] == short[0] and longest[0].lower() in ISSUE_WORDS) \
                    or (len(short) == 1 and len(longest) == 3 and longest[-1] == short[0] and longest[1] in POSSESSIVE_MARKS
                        and longest[0].lower() in PEOPLE_POSSESSORS):
                hits.append(cj)  # ... or "Térac" with "AS Térac", "Halvor" with "Team Halvor" (or "Sporting Halvor"), "Drendmoor" with "University of Drendmoor",
                # "the Chronicle" with "the Harbour Chronicle" (a newspaper goes by its last word), "the Wayfarer" with "the
                # Sunday Wayfarer" (and without the day it comes out), "the Accord" with "the People's Accord"
        if len(hits) > 1:  # "joined Drendmoor" after "the University of Drendmoor", the "Drendmoor Gazette" named only later:
            # the one named before the short form is used in the running text (a headline's use aside)
            first = _first_in_text(table, ci)
            before = [cj for cj in hits if min(m.start for m in table.clusters[cj].mentions) < first]
            hits = before if len(before) == 1 else hits
            if not before and len(c.mentions) == 1 and table.doc[first].sent.start == 0:
                # "Rackenford sack manager" in the headline only, then "Rackenford Town" and later "the Rackenford
                # Echo": the headline's subject is the one the story names first
                hits = [min(hits, key=lambda cj: min(m.start for m in table.clusters[cj].mentions))]
        if len(hits) > 1:  # "Acme" with "Acme Devices" rather than with its product "Acme Wicker"
            hits = [cj for cj in hits if _org_suffixed(max(table.clusters[cj].names, key=len))] or hits
        if len(hits) > 1:  # "Skunmere" with "Skunmere Athletic" named three times, not the supporters' trust named once
            ranked = sorted(hits, key=lambda cj: -len(table.clusters[cj].mentions))
            if len(table.clusters[ranked[0]].mentions) >= 2 * len(table.clusters[ranked[1]].mentions):
                hits = ranked[:1]
        if len(hits) == 1:
            table.merge(hits[0], ci)
            grown.add(hits[0])
            if hits[0] in parties:
                table.clusters[hits[0]].labels = Counter({"ORG": sum(table.clusters[hits[0]].labels.values())})
            majority[hits[0]] = _majority(table.clusters[hits[0]])
            longest_of[hits[0]] = max(table.clusters[hits[0]].names, key=len)


def _club_word_of_one(table: ClusterTable, named: list[int], majority: dict[int, str], word: str) -> bool:
    """One organisation only has `word` (a club's word: "City", "United") after the first word of its name."""
    return sum(majority[cj] == "ORG" and bool(table.clusters[cj].names) and word in [
        w for w in max(table.clusters[cj].names, key=len) if w.lower() not in CLUB_ENDINGS][1:] for cj in named) == 1


def _party_short_form(short: tuple[str, ...], longest: tuple[str, ...], label: str) -> bool:
    """A party goes by its name without "Party" ("New Shires" for "the New Shires Party", whatever the recognizer read it
    as, unless it is a known place's name: "Yorkshire" is no "Yorkshire Party"), or by its members' plural ("the Union
    Progressives" for "the Union Progressive Party")."""
    if label != "ORG" or len(longest) < 3 or longest[-1] != "Party" or not short:
        return False
    if longest[:-1] == short:
        return " ".join(short) not in places()
    return short[:-1] == longest[:-2] and short[-1] == longest[-2] + "s"


def _named_first(table: ClusterTable, full: int, short: int) -> bool:
    """The body named in full before its short form's first use in the running text (a headline's aside): "the University
    of Drendmoor ... joined Drendmoor"; not "elected the first mayor of Throxton ... a political scientist at the University of
    Throxton", where the place gave the university its name and is told long before it."""
    return min(m.start for m in table.clusters[full].mentions) < _first_in_text(table, short)


def _first_in_text(table: ClusterTable, ci: int) -> int:
    """Where a cluster is first named in the running text: its second mention when the first is in the headline."""
    starts = sorted(m.start for m in table.clusters[ci].mentions)
    return starts[1] if len(starts) > 1 and table.doc[starts[0]].sent.start == 0 else starts[0]


def _model_short_forms(table: ClusterTable) -> None:
    """"the Dial" after "the Halbeck Dial", "the Kuill" with "the Tolvane Kuill": a model goes by its own name without its
    maker's, the maker named in the text as a firm ("Halbeck Cycles", "Tolvane Devices"). One product, once either form is
    told as one (NER reads the bare model name as a firm as often as not)."""
    named = [ci for ci, c in enumerate(table.clusters) if c.names and c.label != "PERSON"]
    firms = {ci: {n[0] for n in table.clusters[ci].names} for ci in named if _majority(table.clusters[ci]) == "ORG"}
    bare = {table.clusters[ci].names[0][0]: ci for ci in named if all(len(n) == 1 for n in table.clusters[ci].names)}
    for ci in named:
        full = table.clusters[ci]
        model = next((n for n in full.names if len(n) == 2 and all(w.isalpha() and w.istitle() for w in n)
                      and not _org_suffixed(n)), None)
        cj = bare.get(model[1]) if model else None
        if model is None or cj is None or cj == ci or not table.clusters[cj].names:
            continue
        short = table.clusters[cj]
        if "PRODUCT" not in (_majority(full), _majority(short)) or model[1].lower() in CLUB_SHORT_WORDS | PAPER_WORDS:
            continue  # (not "a former Town defender" NER read as a product: a club's short form)
        if not any(model[0] in words for ck, words in firms.items() if ck not in (ci, cj)):
            continue  # no firm of that name: "Grace Wicker" is no model
        table.merge(ci, cj)
        full.labels = Counter({"PRODUCT": sum(full.labels.values())})


PLACE_LABELS = frozenset({"GPE", "LOC"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "around", "across", "throughout", "into", "to", "towards", "toward"})
FIRM_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})


def _firm_word(table: ClusterTable, cluster: Any, word: str) -> bool:
    """A one-word name read as a place may be a firm's short form when it only acts or is acted on, as a firm does: every
    mention a subject, an object or a possessor ("when Mérida ran out of money", "acquired Mérida"), none after "in",
    "at", "to" ("a studio in Mérida" tells a place)."""
    if word in places():
        return False  # a known place as written ("London" beside "London Films"; not "Mérida", the gazetteer's "Merida")
    doc = table.doc
    return all(doc[m.start].dep_ in FIRM_DEPS and (m.start == 0 or doc[m.start - 1].lower_ not in LOCATIVE_PREPS)
               for m in cluster.mentions if m.end - m.start == 1)


# the last word a newspaper is called by alone once named in full ("the Harbour Chronicle", then "the Chronicle")
PAPER_WORDS = frozenset({"chronicle", "herald", "gazette", "courier", "tribune", "telegraph", "observer", "echo", "mirror", "argus",
                         "advertiser", "examiner", "sentinel", "bulletin", "dispatch", "clarion", "beacon", "standard", "recorder",
                         "ledger", "post", "times", "journal", "inquirer"})

# the word for when a newspaper comes out, left off once it is named in full ("the Sunday Wayfarer", then "the Wayfarer")
ISSUE_WORDS = frozenset({"sunday", "daily", "evening", "morning", "weekly", "saturday"})


POSSESSIVE_MARKS = frozenset({"'s", "'", "’s", "’"})


def _initials(words: tuple[str, ...]) -> str:
    """"NASA" of "National Aeronautics and Space Administration"."""
    return "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIP and w[:1].isupper())


def _majority(cluster: Any) -> str:
    return cluster.labels.most_common(1)[0][0] if cluster.labels else cluster.label


# the word before a cycling or racing team's name, left out after it is introduced ("Team Halvor", then "Halvor")
TEAM_PREFIXES = frozenset({"Team"})

# the word a club is called by alone in sports reporting ("Town" for Fackwater Town FC, "Albion")
CLUB_SHORT_WORDS = frozenset({"town", "city", "united", "rovers", "athletic", "wanderers", "albion", "county", "rangers", "villa",
                              "hotspur", "argyle", "orient", "borough", "harriers", "dynamo", "sporting", "olympic", "olympique"})
CLUB_ENDINGS = frozenset({"fc", "afc", "cf", "sc", "rfc", "rufc", "rlfc", "ccc", "hc", "bc"})


def team_nicknamed(cluster: Cluster) -> bool:
    """A body whose full name closes with a team's plural nickname ("the Harborview Comets")."""
    suffixes = lexicon().org_suffixes
    return any(len(name) == 2 and _nickname(list(name), name[1], suffixes) for name in cluster.names)


def _nickname(words: list[str], word: str, suffixes: frozenset[str]) -> bool:
    """"Comets" of "the Harborview Comets", "Foxes" of "the Cascade Foxes": a team's plural nickname closing a two-word
    name (not a trade word a firm's name ends with, "Holdings", "Biscuits"; nor a place, "Wales" of "BBC Wales")."""
    return len(words) == 2 and word == words[1] and word[:1].isupper() and word[1:].islower() and word.endswith("s") \
        and not word.endswith("ss") and word.lower() not in suffixes and not is_first_name(words[0]) and word not in places()


def _club_short_forms(table: ClusterTable) -> None:
    """"Town" with "Fackwater Town FC", "Albion" with "Morthwick Albion": a club's distinctive
    second word alone names it, when one club only has it (whatever label the NER gave the word)."""
    clubs: dict[str, list[int]] = {}
    suffixes = lexicon().org_suffixes
    for ci, c in enumerate(table.clusters):
        if c.label not in ("ORG", "PERSON") or not c.names:
            continue
        words = [w for w in max(c.names, key=len) if w.lower() not in CLUB_ENDINGS]
        for w in words[1:]:
            if (c.label == "ORG" and w.lower() in CLUB_SHORT_WORDS) or _nickname(words, w, suffixes):
                clubs.setdefault(w.lower(), []).append(ci)  # (a team's full name the recognizer took for a person's too)
    for ci, c in enumerate(table.clusters):
        if not c.names or c.label == "PERSON" or any(len(n) > 1 for n in c.names):
            continue
        owners = clubs.get(c.names[0][0].lower(), [])
        if len(owners) == 1 and owners[0] != ci and (table.clusters[owners[0]].label != "PERSON" or c.label == "ORG") \
                and not _reports(table, c):
            was_person = table.clusters[owners[0]].label == "PERSON"
            club = _fold_into_club(table, owners[0], ci)  # "Town" read as a product or a place: its words are the club's name
            if was_person:  # "The Brackley Falcons" read as a person's name: no one goes by a team's plural nickname
                club.labels["ORG"] += club.labels.pop("PERSON", 0)
            club.labels = +club.labels


REPORTING_LEMMAS = frozenset({"report", "publish", "reveal", "print", "break", "cite", "quote"})


# the word before a club's own name in its full name ("Sporting Vallmora", "Real Castrejón"), which the club goes without
CLUB_PREFIX_WORDS = frozenset({"sporting", "real", "racing", "atletico", "atlético", "dynamo", "dinamo", "olympique", "deportivo",
                               "inter", "union", "vitória", "vitoria"})


def _clubs_read_as_people(table: ClusterTable) -> None:
    """"joining Vallmora in 2020" after "Sporting Vallmora": a one-word name the recognizer read as a person's, never told
    with a given name, that is a club's name without its prefix ("Sporting", "Real", "FC") is that club, when one club
    only has it."""
    clubs: dict[str, list[int]] = {}
    for ci, c in enumerate(table.clusters):
        if c.label == "ORG":
            for name in c.names:
                if len(name) == 2 and (name[0].lower() in CLUB_PREFIX_WORDS or (name[0].isupper() and name[0].lower() in CLUB_INITIALS)):
                    clubs.setdefault(name[1], []).append(ci)
    if not clubs:
        return
    for ci, c in enumerate(table.clusters):
        if c.label != "PERSON" or not c.names or any(len(n) > 1 for n in c.names) or is_first_name(c.names[0][0]):
            continue
        owners = sorted(set(clubs.get(c.names[0][0], [])))
        if len(owners) == 1:
            club = _fold_into_club(table, owners[0], ci)
            club.labels = +club.labels


def _fold_into_club(table: ClusterTable, club_ci: int, ci: int) -> Cluster:
    """Cluster `ci`, a short form of the club `club_ci`, merged into it: its mentions count as the club's, an organisation's,
    whatever label the recognizer gave them (the caller drops the counts left at zero)."""
    short = table.clusters[ci]
    told = sum(short.labels.values())
    table.merge(club_ci, ci)
    club = table.clusters[club_ci]
    club.labels.subtract(short.labels)
    club.labels["ORG"] += told
    return club


def _reports(table: ClusterTable, cluster: Cluster) -> bool:
    """"The Athletic reported on Monday that ...": a word every mention of which reports news is an outlet's name, not a
    club's short form (a club announces, it does not report)."""
    doc = table.doc
    return all(doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.lemma_.lower() in REPORTING_LEMMAS for m in cluster.mentions)


def _move_mention(table: ClusterTable, mention: MentionRef, source: Cluster, target: int) -> None:
    """One name mention taken from `source` and given to cluster `target`, its tokens and its label's count with it."""
    into = table.clusters[target]
    source.mentions.remove(mention)
    into.mentions.append(mention)
    into.mentions.sort(key=lambda m: m.start)
    for i in range(mention.start, mention.end):
        table.owner[i] = target
    source.labels[source.label] -= 1
    into.labels[into.label] += 1


def _early_short_forms(table: ClusterTable) -> None:
    """"Rorvallo hires ..." in a headline, "Rorvallo's board" after "Rorvallo Group", all before
    "Aldo Rorvallo" is named in full: a bare name told before the person is introduced is the
    short form of the one organisation named so (and named before the person)."""
    text = strings(table.doc, "text")
    for person in table.clusters:
        given = {n[0] for n in person.names if len(n) > 1}  # ("Walter and Edith Ibbotsley": "Walter" is Walter Ibbotsley in full)
        full = [m.start for m in person.mentions if m.kind == "name" and (m.end - m.start > 1 or text[m.start] in given)]
        if person.label != "PERSON" or not full:
            continue
        first_full = min(full)
        for mention in [m for m in person.mentions if m.kind == "name" and m.end - m.start == 1 and m.start < first_full]:
            word = text[mention.start]
            orgs = [ci for ci, c in enumerate(table.clusters) if c.label != "PERSON" and c.mentions
                    and min(m.start for m in c.mentions) < first_full
                    and any(len(n) > 1 and n[0] == word for n in c.names)]
            if len(orgs) != 1:
                continue
            _move_mention(table, mention, person, orgs[0])


# what a club does (not a town): "Wickhampton sack manager X", "Wickhampton have won only two of 15"
CLUB_ACTS = frozenset({"sack", "fire", "dismiss", "appoint", "hire", "sign", "release", "confirm", "complete", "agree", "win", "lose",
                       "beat", "draw", "play", "face", "host", "finish", "score", "reach", "exit", "concede", "announce", "part",
                       "name", "loan", "bid", "offer", "promote", "relegate"})
CLUB_STINT_NOUNS = frozenset({"season", "seasons", "spell", "spells", "stint", "stints", "year", "years"})


def _acts_as_club(doc: Doc, start: int, end: int) -> bool:
    """A town's name told as what its club does ("Wickhampton sack X", "Wickhampton have won"), or where a player spent
    seasons ("had spent six seasons at Wickhampton as a midfielder")."""
    tok = doc[end - 1]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in CLUB_ACTS:
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return False
    held = tok.head.head  # ("spent six seasons at X": the parser may hang "at" on the verb)
    return held.lower_ in CLUB_STINT_NOUNS or any(c.dep_ == "dobj" and c.lower_ in CLUB_STINT_NOUNS for c in held.children)


def _club_told_by_its_place(table: ClusterTable) -> None:
    """A town's name that is also the first word of the one club the story names ("Wickhampton" and "Wickhampton
    Athletic"), where a mention tells what the club does: that mention is the club's (the town stays a place elsewhere:
    "lives in Wickhampton")."""
    doc = table.doc
    for ci, place in enumerate(table.clusters):
        if place.label not in PLACE_LABELS or not place.names or any(len(n) > 1 for n in place.names):
            continue
        word = place.names[0][0]
        clubs = [cj for cj, c in enumerate(table.clusters) if cj != ci and c.label == "ORG" and any(
            len(n) > 1 and n[0] == word and n[-1].lower() in CLUB_SHORT_WORDS | CLUB_ENDINGS for n in c.names)]
        if len(clubs) != 1:
            continue
        for mention in [m for m in place.mentions if m.kind == "name" and _acts_as_club(doc, m.start, m.end)]:
            _move_mention(table, mention, place, clubs[0])
        place.labels = +place.labels


PERSON_ACTS = frozenset({"retire", "die", "marry", "wed", "divorce", "resign", "quit", "bear", "graduate", "study"})


def _founder_told_by_firm_name(table: ClusterTable) -> None:
    """"Pellowby Freight was founded in 1987 by Hal Pellowby ... Pellowby retired as chairman in 2015": a firm's short
    form that is also the surname of the one person of that surname, told as the subject of what only a person does
    (retiring, dying, marrying, resigning), is that person."""
    doc = table.doc
    for firm in table.clusters:
        if firm.label != "ORG":
            continue
        for mention in [m for m in firm.mentions if m.kind == "name" and m.end - m.start == 1]:
            word = doc[mention.start].text
            people = [cj for cj, c in enumerate(table.clusters) if c.label == "PERSON" and any(len(n) > 1 and n[-1] == word for n in c.names)]
            tok = doc[mention.start]
            if len(people) != 1 or tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in PERSON_ACTS:
                continue
            _move_mention(table, mention, firm, people[0])
        firm.labels = +firm.labels


def _org_suffixed(words: tuple[str, ...]) -> bool:
    return words[-1].lower() in lexicon().org_suffixes


def _shared_surname(doc: Doc, span: NameSpan, after: NameSpan) -> tuple[str, ...] | None:
    """"Everton and Assumpta Thornhill": a first name alone, "and", then a person's first name and surname -- the two share
    the surname (not "Everton and Assumpta Thornhill's friend Ann Lee": the next name must follow the "and" at once)."""
    texts = strings(doc, "text")
    following = _words(doc, after)
    if after.label != "PERSON" or after.start != span.end + 1 or texts[span.end].lower() != "and" or len(following) < 2 \
            or not is_first_name(following[0]) or not texts[span.start].isalpha():
        return None
    word = texts[span.start]
    if any(texts[i] == word and texts[i - 1][:1].isupper() for i in range(1, len(texts))):
        return None  # (a word that ends a full name elsewhere is a surname: "Smith and Anna Jones" after "John Smith")
    return (word, *following[1:])


def cluster_names(doc: Doc, spans: list[NameSpan]) -> ClusterTable:
    table = ClusterTable(doc)
    full: list[int] = []
    span_cluster: dict[int, int] = {}
    for idx, span in enumerate(spans):
        words = _words(doc, span)
        if span.label == "PERSON" and len(words) == 1 and idx + 1 < len(spans):
            words = _shared_surname(doc, span, spans[idx + 1]) or words  # "Everton and Assumpta Thornhill": Everton Thornhill
        if span.label != "PERSON" or len(words) < 2 or words[0].lower() in NAME_PARTICLES \
                or (" " not in span.text(doc) and len(words) == len(_words(doc, span))):
            continue  # "De Vries", "Shaddad-Poy" alone are surnames
        match = next((ci for ci in full if any(_same_person(words, n) for n in table.clusters[ci].names)), None)
        if match is None:
            match = table.new("PERSON")
            full.append(match)
        if words not in table.clusters[match].names:
            table.clusters[match].names.append(words)
        span_cluster[idx] = match
    singles: dict[str, int] = {}
    others: dict[str, int] = {}
    for idx, span in enumerate(spans):
        words = _words(doc, span)
        if idx in span_cluster:
            ci = span_cluster[idx]
        elif span.label == "PERSON":
            ci = _place_person(table, words, span.start, full, singles)
            ci = _named_organisation(table, words, span.start, ci, span.end)
        else:
            key = span.key(doc)
            if key not in others:
                others[key] = table.new(span.label)
            ci = others[key]
        cluster = table.clusters[ci]
        if table.add(ci, span.start, span.end, "name"):
            if words not in cluster.names:
                cluster.names.append(words)
            redirected = span.label == "PERSON" and cluster.label != "PERSON"  # a short form counts as its organisation
            cluster.labels[cluster.label if redirected else span.label] += 1
    _merge_short_forms(table)
    _model_short_forms(table)
    _club_short_forms(table)
    _clubs_read_as_people(table)
    _early_short_forms(table)
    _club_told_by_its_place(table)
    _founder_told_by_firm_name(table)
    for cluster in table.clusters:
        if cluster.labels:
            cluster.label = cluster.labels.most_common(1)[0][0]
    return table
