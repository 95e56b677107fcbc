"""Players of a team are its members (used by `resolve`).

The fixtures read "sports players are members of their team or club; staff of a company or club
are employees".  `resolve._members` already makes a member of whoever has a player's title; this
module does it for anyone at an organisation the text shows to be a team ("the Dutch team X",
"his boyhood club X", "X FC", "the club" standing for it) who holds no staff post there
("coach", "manager", "chairman": `staff_titles` in data/facts_relations.toml).

Political parties are bodies of members too, leaders included: whoever works at an organisation
named like a party ("X Party", "the Liberal Alliance", "the Social Democratic Union") or that the
text calls a party or bloc ("his party", "the opposition X bloc") is its member."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from .extract.career_orgs import SHORT_TYPES, full_form
from .extract.entity_lexicon import title_head
from .extract.name_cues import BAND_PLAYER_NOUNS, SIGNED_FROM_VERBS, party_name
from .extract.name_missed import LEGISLATOR_NOUNS
from .model import OFFERED_MODALITY, Analysis
from .nlp import char_span, children_of
from .resolve_orgs import PROMOTING

TEAM_NAME_PREFIXES = frozenset({"FC", "AFC", "FK", "AS", "SC", "SK", "CD", "AC", "BK", "IF", "SV", "VfB", "VfL", "CF", "KV", "RC",
                                "NK", "HNK", "GNK", "KS", "US", "SS", "UD", "CA", "KRC", "RSC", "OGC", "HSV", "TSV", "SpVgg",
                                "Team",  # "Team Sky"
                                "Deportivo", "Dynamo", "Dinamo", "Olympique", "Atlético", "Atletico"})  # "Deportivo Aranza"


def team_ids(a: Analysis, doc: Doc, cfg: dict[str, Any]) -> set[str]:
    nouns, suffixes = set(cfg["team_nouns"]), set(cfg["team_name_words"])
    out: set[str] = set()
    for entity in a.entities:
        if entity.type != "ORG":
            continue
        words = entity.name.split()
        if _union(words, cfg):  # "the Harbour Workers' Union", "Union of Laboratory Staff": its members (staff aside)
            out.add(entity.id)
            continue
        if any(w in cfg["non_team_name_words"] for w in words):  # "Tollow Lake University": a team of researchers is no team
            continue
        if words[-1] in suffixes or (len(words) > 1 and words[0] in TEAM_NAME_PREFIXES):  # "Nordskar IF", "FK Vrba Lozna"
            out.add(entity.id)
            continue
        for mention in entity.mentions:
            words = mention.text.lower().split()
            if mention.kind != "name" and len(words) > 1 and words[0] not in ("a", "an") and words[-1] in nouns:
                # "the club", "their side" -- not a description ("the Flint Room, a Leeds club")
                out.add(entity.id)
                break
            span = char_span(doc, mention.start, mention.end)
            before = doc[span.start - 1] if span is not None and span.start > 0 and mention.kind == "name" else None
            if before is not None and before.lemma_.lower() in nouns:  # "the Dutch team X", "his boyhood club X" (not "a team at X")
                out.add(entity.id)
                break
            if span is not None and _apposed_noun(doc, span.end) in nouns:  # "X, the Manchester band whose ..."
                out.add(entity.id)
                break
            if span is not None and span.root.dep_ == "appos" and span.root.head.lemma_.lower() in nouns:  # "his team, X"
                out.add(entity.id)
                break
            if span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "of" \
                    and span.root.head.head.lower_ in BAND_PLAYER_NOUNS and span.root.head.head.pos_ == "NOUN":
                out.add(entity.id)  # "the lead singer of Glasswing", "the drummer of X": a band's player
                break
            if span is not None and span.root.dep_ == "compound" and span.root.head.lemma_.lower() in nouns \
                    and span.root.head.i == span.end and span.root.head.pos_ == "NOUN":  # "with the Salcyon team"
                out.add(entity.id)
                break
    return out | _sold_by_teams(a, doc, out) | _drafting_teams(a)


# moves only sport makes: a body that drafts a player ("was drafted by the X in 2021"), trades one or takes one on loan
TEAM_ONLY_MOVES = frozenset({"draft", "draft in", "trade", "loan"})


def _drafting_teams(a: Analysis) -> set[str]:
    """The body of a hiring told by a move only sport makes ("was drafted by X", "was traded to X", "joined X on loan"):
    a team, whatever its name says."""
    out: set[str] = set()
    for event in a.events:
        if event.type != "career.hire" or event.lemma not in TEAM_ONLY_MOVES:
            continue
        for arg in event.args:
            entity = a.entity(arg.entity) if arg.role in ("agent", "organization") and arg.entity else None
            if entity is not None and entity.type == "ORG":
                out.add(entity.id)
    return out


def team_name(name: str, cfg: dict[str, Any]) -> bool:
    """A name that says it is a team's ("Runmoral Rovers", "FK Prellvik", "Team Erdenvel")."""
    words = name.split()
    return words[-1] in cfg["team_name_words"] or (len(words) > 1 and words[0] in TEAM_NAME_PREFIXES)


def _union(words: list[str], cfg: dict[str, Any]) -> bool:
    """A trade union's or a guild's name: "X Workers' Union", "the Y Guild", "National Union of Z"."""
    unions = set(cfg["union_name_words"])
    named = len(words) > 1 and (words[-1] in unions or any(w in unions and nxt == "of" for w, nxt in zip(words, words[1:], strict=False)))
    return named and not any(w in cfg["not_union_name_words"] for w in words)


def _union_staff(b: Any, fact: Any, titles: set[str]) -> bool:
    """Someone with a union's post (of that union, or of none named): "its general secretary, X"; not "X, an engineer"."""
    entity = b.analysis.entity(fact.subject)  # ("a former trade union organiser, X": a title no role fact holds yet)
    told = [r for r in (entity.attrs.get("roles", []) if entity is not None else []) if r]
    return any(f.relation == "role" and f.subject == fact.subject and f.object in (None, fact.object) and f.value
               and (f.value in titles or title_head(f.value.split()) in titles) for f in b.facts.values()) \
        or any(r in titles or title_head(r.split()) in titles for r in told)


def _sold_by_teams(a: Analysis, doc: Doc, teams: set[str]) -> set[str]:
    """"Real Betis have signed Kofi Mensah from Lyon", "X joined Real Betis from Lyon": the body a team signs a player
    from, or a player joins a team from, is a team."""
    if not teams:
        return set()
    at = {m.start: e.id for e in a.entities for m in e.mentions}
    out: set[str] = set()
    for entity in a.entities:
        if entity.type != "ORG" or entity.id in teams:
            continue
        for mention in entity.mentions:
            span = char_span(doc, mention.start, mention.end) if mention.kind == "name" else None
            if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "from":
                continue
            verb = span.root.head.head
            lemma = verb.lemma_.lower() if verb.pos_ == "VERB" else ""
            joined = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("to", "for"))] \
                if lemma in JOINED_FROM_VERBS else []  # "X joined Y from Z", "moved to Y from Z", "signed for Y from Z"
            bodies = [c for c in verb.children if c.dep_ == "nsubj"] if lemma in SIGNED_FROM_VERBS else []
            bodies += [c for j in joined for c in ([j] if j.dep_ == "dobj" else [g for g in j.children if g.dep_ == "pobj"])]
            if any(at.get(doc[c.left_edge.i].idx) in teams or at.get(c.idx) in teams for c in bodies):
                out.add(entity.id)
                break
    return out


# a player one of these takes to a team from another ("joined Y from Z", "moved to Y from Z"): Z is a team too
JOINED_FROM_VERBS = frozenset({"join", "rejoin", "move", "sign", "switch", "transfer", "return"})


def _apposed_noun(doc: Doc, end: int) -> str | None:
    """The head noun of a definite apposition right after a name (", the Manchester band whose ...":
    "band"), the first noun not followed by another noun; not an indefinite one, which says what
    kind of place or body it is ("the Flint Room, a Leeds club": a nightclub)."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ != "the":
        return None
    for tok in doc[end + 2 : min(len(doc), end + 8)]:
        if tok.text == "-" and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:
            continue  # "the Leeds four-piece": a word joined by a hyphen
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "PRON"):
            return None
        if tok.pos_ == "NOUN" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
            if doc[tok.i - 1].text == "-" and tok.i - 2 > end:
                return f"{doc[tok.i - 2].lower_}-{tok.lemma_.lower()}"  # "four-piece"
            return tok.lemma_.lower()
    return None


QUALIFIED_PARTY_WORDS = frozenset({"union", "alliance", "front", "movement", "coalition"})  # "Transit Workers' Alliance" is a union
PARTY_NOUNS = frozenset({"party", "bloc", "caucus", "faction"})
# "the ruling X", "the governing X", "the opposition X": said of a party (or a coalition) in power or out of it
PARTY_ADJECTIVES = frozenset({"ruling", "governing", "opposition"})
PARTY_QUALIFIERS = frozenset({"democratic", "social", "national", "people's", "popular", "christian", "liberal", "conservative",
                              "labour", "labor", "socialist", "patriotic", "freedom", "civic", "progressive", "republican", "green"})
# "the far-right X", "the liberal X", "the centre-left X": a place on the political spectrum said of a body is said of a party
SPECTRUM_WORDS = frozenset({"liberal", "conservative", "socialist", "communist", "nationalist", "populist", "far-right", "far-left",
                            "centre-right", "centre-left", "center-right", "center-left", "right-wing", "left-wing", "hard-right",
                            "hard-left", "ultranationalist", "social-democratic", "christian-democratic", "eurosceptic", "centrist"})


def _party_ids(a: Analysis, doc: Doc) -> set[str]:
    """Organisations the text shows to be political parties."""
    out: set[str] = set()
    for entity in a.entities:
        if entity.type not in ("ORG", "NORP"):
            continue
        words = entity.name.lower().split()
        if party_name(entity.name) or (len(words) > 1 and words[-1] in QUALIFIED_PARTY_WORDS and PARTY_QUALIFIERS & set(words)):
            out.add(entity.id)
            continue
        for mention in entity.mentions:
            mwords = mention.text.lower().split()
            if mention.kind != "name" and len(mwords) > 1 and mwords[0] not in ("a", "an") and mwords[-1] in PARTY_NOUNS:
                out.add(entity.id)  # "his party", "the party"
                break
            span = char_span(doc, mention.start, mention.end) if mention.kind == "name" else None
            after = doc[span.end] if span is not None and span.end < len(doc) else None
            if after is not None and after.lemma_.lower() in PARTY_NOUNS and after.i == span.root.head.i:  # type: ignore[union-attr]
                out.add(entity.id)  # "the opposition X bloc"
                break
            if after is not None and after.lower_ in LEGISLATOR_NOUNS | CANDIDATE_NOUNS | LEADER_NOUNS | PARTY_RANK_NOUNS \
                    and (after.i == span.root.head.i or (after.dep_ == "compound" and after.head.i == span.root.head.i  # type: ignore[union-attr]
                                                         and after.head.pos_ == "PROPN")):  # ("Conservative MP Eliza Marsh": both on the name)
                out.add(entity.id)  # "the Green Alliance MP X", "a Green Alliance senator", "the Forum leader", "Civic League
                break  # deputy X", "a Forum backbencher": a party's legislator
            if span is not None and span.root.dep_ == "poss" and span.root.head.lower_ in LEADER_NOUNS | CANDIDATE_NOUNS:
                out.add(entity.id)  # "The Forum's leader, X", "the League's candidate"
                break
            if span is not None and _won_seats(span.root):
                out.add(entity.id)  # "The Forum won 38 seats", "the League, which lost eleven of its 27 seats"
                break
            if span is not None and span.start > 1 and doc[span.start - 1].lower_ in PARTY_ADJECTIVES and doc[span.start - 2].lower_ == "the":
                out.add(entity.id)  # "joined the ruling X in 1986"
                break
            if span is not None and on_the_spectrum(doc, span.start):
                out.add(entity.id)  # "the far-right X", "the liberal X"
                break
            if span is not None and _elected_of(span.root):
                out.add(entity.id)  # "Jane Doe of the X was elected mayor"
                break
    return out


CANDIDATE_NOUNS = frozenset({"candidate", "candidates"})  # "the X candidate Y": a party's candidate
PARTY_RANK_NOUNS = frozenset({"deputy", "deputies", "backbencher", "backbenchers", "whip", "peer", "peers"})  # "Civic League deputy X"
LEADER_NOUNS = frozenset({"leader"})  # "the X leader", "X's leader" (not "team leader": a compound noun, no name)
SEAT_VERBS = frozenset({"win", "take", "lose", "hold", "keep", "retain", "gain", "secure"})


def _won_seats(root: Token) -> bool:
    """The body a name stands for wins, holds or loses seats ("X won 38 seats", "X and Y together hold
    43 seats", "X, which ... lost eleven of its 27 seats"): a party."""
    while root.dep_ == "conj":
        root = root.head
    verb = root.head if root.dep_ == "nsubj" else next(
        (c for c in root.children if c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children)),
        None)
    if verb is None:
        return False
    for v in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]:
        if v.lemma_.lower() in SEAT_VERBS and any(
                t.lemma_.lower() == "seat" for c in v.children if c.dep_ in ("dobj", "attr") for t in c.subtree):
            return True
    return False
ELECT_LEMMAS = frozenset({"elect", "re-elect", "reelect"})


def _elected_of(root: Token) -> bool:
    """"Jane Doe of X was elected mayor", "Jane Doe of X, who was re-elected": X is the elected person's party."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "PROPN":
        return False
    person = prep.head
    if person.dep_ in ("nsubjpass", "nsubj") and person.head.lemma_.lower() in ELECT_LEMMAS:
        return True
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ELECT_LEMMAS for c in children_of(person))


def on_the_spectrum(doc: Doc, start: int) -> bool:
    """The words between "the" and a name (up to three tokens, "far - right") are a place on the political spectrum."""
    for first in range(start - 1, max(start - 5, -1), -1):
        if doc[first].lower_ == "the":
            return first < start - 1 and doc[first + 1 : start].text.lower().replace(" ", "") in SPECTRUM_WORDS
    return False


def _before(first: str, second: str) -> bool:
    """Is `first` surely earlier than `second` ("1999-10" and "1999-SP" are not ordered)?"""
    if first[:4] != second[:4]:
        return first[:4] < second[:4]
    return first.replace("-", "").isdigit() and second.replace("-", "").isdigit() and first < second


def _successive(b: Any, teams: set[str]) -> None:
    """"joined X in 2002 ... joined Y in 2011": a player's time at one team, or anyone's job got by
    a hiring, ends when the next one (begun by a dated event) starts."""
    by_person: dict[tuple[str, str], list[Any]] = {}
    founding = {e.id for e in b.analysis.events if e.type == "business.found"}
    for fact in b.facts.values():
        if fact.relation in ("member", "employee") and fact.object and fact.events and (fact.valid_from or "")[:4].isdigit() \
                and (fact.relation == "employee" or fact.object in teams):
            by_person.setdefault((fact.subject, fact.relation), []).append(fact)
    for facts in by_person.values():
        facts.sort(key=lambda f: f.valid_from[:4])
        for earlier, later in zip(facts, facts[1:], strict=False):
            if set(later.events) <= founding:
                continue  # "co-founded a drug developer in 1990" while still at the institute: a founding ends no job
            if earlier.object != later.object and _before(earlier.valid_from, later.valid_from) and earlier.valid_to in (None, "PAST_REF"):
                earlier.valid_to = later.valid_from


def _promotions(b: Any) -> None:
    """"joined as a consultant in 2011 and was promoted to medical director in 2019": the post a
    dated promotion leads out of (an earlier dated one at the same organisation) ends then."""
    a: Analysis = b.analysis
    promoted = {e.id for e in a.events if e.type == "career.appoint" and e.lemma in PROMOTING}
    roles = [f for f in b.facts.values() if f.relation == "role" and (f.valid_from or "")[:4].isdigit()]
    for later in (f for f in roles if promoted & set(f.events)):
        for earlier in roles:
            if earlier.subject == later.subject and earlier is not later and earlier.object in (None, later.object) \
                    and earlier.value != later.value and _before(earlier.valid_from, later.valid_from) \
                    and earlier.valid_to in (None, "PAST_REF"):
                earlier.valid_to = later.valid_from


def team_members(b: Any, doc: Doc, cfg: dict[str, Any], teams: set[str]) -> None:
    """Employment at a team (`teams`: `team_ids`) becomes membership, unless the person holds a staff
    post; then one job or team follows another (`_successive`), one post another (`_promotions`)."""
    a: Analysis = b.analysis
    parties = _party_ids(a, doc)
    _convert(b, teams, parties, cfg)
    _full_organisations(b)
    _successive(b, teams)
    _promotions(b)


def _full_organisations(b: Any) -> None:
    """"spent five seasons at Grolbrook" after "Grolbrook Town FC": a job or team named by a short
    form of one longer organisation name of the article is that organisation (as for events, in
    `extract.career_orgs`)."""
    a: Analysis = b.analysis
    orgs = [e for e in a.entities if e.type == "ORG" and len(e.name.split()) > 1]
    by_id = {e.id: e for e in a.entities}
    for key, fact in list(b.facts.items()):
        short = by_id.get(fact.object or "") if fact.relation in ("member", "employee", "role") else None
        full = full_form(short, orgs) if short is not None and short.type in SHORT_TYPES else None
        if full is None:
            continue
        del b.facts[key]
        merged = b.add(fact.relation, fact.subject, full.id, fact.value, valid_from=fact.valid_from, certainty=fact.certainty,
                       claim=fact.claim)
        merged.valid_to = merged.valid_to or fact.valid_to
        merged.evidence += [e for e in fact.evidence if e not in merged.evidence]
        merged.events += [e for e in fact.events if e not in merged.events]


def _appointed(a: Analysis, player_words: set[str]) -> set[str]:
    """People appointed to a post that is no player's ("appointed X as his replacement", "named X
    head coach"; not "appointed captain"): staff, whatever the text calls the post."""
    out: set[str] = set()
    for event in a.events:
        if event.type != "career.appoint" or event.certainty == "negated" or event.modality == OFFERED_MODALITY:  # (an offer: no post held)
            continue
        posts = [g.text.lower().split() for g in event.args if g.role == "role"]
        if any(words and (words[-1] in player_words or title_head(words) in player_words) for words in posts):
            continue
        out.update(g.entity for g in event.args if g.role == "patient" and g.entity)
    return out


def _convert(b: Any, teams: set[str], parties: set[str], cfg: dict[str, Any]) -> None:
    if not teams and not parties:
        return
    staff_words = set(cfg["staff_titles"])
    staff = {f.subject for f in b.facts.values() if f.relation == "role" and f.value
             and (f.value in staff_words or title_head(f.value.split()) in staff_words)}
    staff |= _appointed(b.analysis, set(cfg["member_titles"]))
    staff |= {e.id for e in b.analysis.entities  # "His assistant, X, left the club": a title no role fact holds yet
              if any(r in staff_words or title_head(r.split()) in staff_words for r in e.attrs.get("roles", []) if r)}
    unions = {e.id for e in b.analysis.entities if e.id in teams and _union(e.name.split(), cfg)}
    union_staff = set(cfg["union_staff_titles"])
    for key, fact in list(b.facts.items()):
        if fact.relation != "employee" or not (fact.object in parties or (fact.object in teams and fact.object not in unions
                                                                          and fact.subject not in staff)
                                               or (fact.object in unions and not _union_staff(b, fact, union_staff))):
            continue
        del b.facts[key]
        merged = b.add("member", fact.subject, fact.object, valid_from=fact.valid_from, certainty=fact.certainty, claim=fact.claim)
        merged.valid_to = merged.valid_to or fact.valid_to
        merged.evidence += [e for e in fact.evidence if e not in merged.evidence]
        merged.events += [e for e in fact.events if e not in merged.events]

