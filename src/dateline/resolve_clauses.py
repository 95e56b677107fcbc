"""Validity intervals stated in a clause, and facts stated by verbs (used by `resolve`).

- `interval(...)`: "since 2019" -> (2019, None); "from 2009 until/to 2021", "between 2009 and 2021" -> (2009, 2021);
  "in 2011 ... since then" -> (2011, None);
  "until 2016" -> (None, 2016); "in 2016" -> the point, for the caller to read as start or end.
  Only the dated timexes of the clause itself count, not those of a clause inside it
  ("ran X from 2009 until 2021, when auditors found ..." keeps 2009 and 2021).
- `verb_facts(...)`: facts that no event type carries:
  "X ran / led / headed Y" -> employee(X, Y); "X served / worked as T of / at Y" -> role(X, T)
  and employee(X, Y); "X worked at / for Y" -> employee(X, Y); "X sat on the board of Y" /
  "X has sat on the city council" -> member(X, Y or the body as written); "X defected from A to B"
  -> member(X, A) ended and member(X, B) begun then;
  "X was married to Y" -> spouse(X, Y); "X has been with / at Y since 2015" -> employee(X, Y) from 2015 (at: since a year or a month); "X has hosted / coached ... since A" -> role(X, host / coach)
  from A.  Each with the clause's interval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from .extract.events_args import personal_antecedent
from .model import Analysis, Evidence
from .nlp import char_span, children_of, conjuncts_of, sent_of, strings, tokens
from .resolve_base import config
from .resolve_teams import PARTY_NOUNS, on_the_spectrum, party_name, team_name

CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "acl", "conj", "parataxis"})
START_PREPS = frozenset({"since", "from"})
END_PREPS = frozenset({"until", "till", "to", "through", "thru"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
EMPLOYERS = frozenset({"ORG", "FAC"})  # "a nurse at St Mary's Hospital", "the house band at the Wuebird Room"


tokens_of = tokens  # the doc's tokens, listed once for every stage (dateline.nlp.tokens)


@dataclass(slots=True)
class Interval:
    start: str | None = None
    end: str | None = None
    point: str | None = None  # "in 2016": a start or an end, as the verb says

    def empty(self) -> bool:
        return self.start is None and self.end is None and self.point is None


def _dated(value: str | None) -> bool:
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def _governs(verb: Token, tok: Token) -> bool:
    """`tok` hangs from `verb` without crossing into a clause of its own."""
    node = tok
    while node.i != node.head.i:
        if node.head.i == verb.i:
            if node.dep_ in ("nsubj", "nsubjpass") and node.i != tok.i:
                return False  # a time in the subject's phrase ("X, leader of the party since 2021, became prime minister")
            return node.dep_ not in CLAUSE_DEPS or node.pos_ not in ("VERB", "AUX")
        if (node.dep_ in CLAUSE_DEPS and node.pos_ in ("VERB", "AUX")) or node.dep_ == "appos":
            return False  # (nor from within an apposition: "X, the MP for Y since 2015, served as minister")
        node = node.head
    return False


def _preposition(tok: Token, root_of_verb: Token) -> str | None:
    """The preposition a time hangs from: "since 2019", "from 2009 until 2021"."""
    node = tok
    while node.i != node.head.i and node.i != root_of_verb.i:
        if node.dep_ in ("prep", "mark") or node.pos_ == "ADP":
            outer = node.head.head if node.head.dep_ == "pobj" else None  # "until his death in 2015"
            if node.lower_ in ("in", "on", "at") and outer is not None and outer.lower_ in START_PREPS | END_PREPS:
                return outer.lower_
            return node.lower_
        node = node.head
    return None


def _before_clause(tok: Token, verb: Token) -> bool:
    """"played for X for nine years before retiring in 2015": the time of a clause told "before" the
    verb's own (a gerund under "before") is when the verb's stretch ended, not when it was."""
    node = tok
    while node.i != node.head.i and node.head.i != verb.i:
        if node.dep_ == "pcomp" and node.pos_ == "VERB" and node.head.lower_ == "before" and node.head.head.i == verb.i:
            return True
        node = node.head
    return False


def interval(analysis: Analysis, doc: Doc, verb: Token) -> Interval:
    out = Interval()
    sent = sent_of(verb)
    for timex in analysis.timexes:
        if timex.start < sent.start_char or timex.start >= sent.end_char or not _dated(timex.value) \
                or timex.type not in ("DATE", "TIME"):
            continue
        span = char_span(doc, timex.start, timex.end)
        if span is None or not _governs(verb, span.root):
            continue
        prep = "until" if _before_clause(span.root, verb) else _preposition(span.root, verb)
        value = timex.value[:10]
        if prep in START_PREPS and out.start is None:
            out.start = value
        elif prep == "between" and out.start is None:  # "played for X between 2011 and 2014": the first year ...
            out.start = value
        elif prep == "between" and out.end is None:  # ... and the second
            out.end = value
        elif prep in END_PREPS and out.end is None:
            out.end = value
        elif prep in (None, "in", "on", "at", "during") and out.point is None:
            out.point = value
    if out.start is None:
        out.start = _since_then(analysis, verb)
    if out.start is None:
        out.start = _since_founding(analysis, verb)
    if out.start is None:  # "has been at X since joining from Y in 2016": the time of the joining
        for since in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "since"):
            for clause in (g for g in children_of(since) if g.dep_ == "pcomp" and g.pos_ == "VERB"):
                inner = interval(analysis, doc, clause)
                out.start = inner.point or inner.start
                if out.point == out.start:
                    out.point = None
    for clause in children_of(verb):  # "has been chairman since the club was bought in 1997": the time of that clause
        mark = next((m.lower_ for m in children_of(clause) if m.dep_ == "mark"), None) if clause.dep_ == "advcl" else None
        if mark not in ("since", "until", "till"):
            continue
        inner = interval(analysis, doc, clause)
        when = inner.point or inner.start
        for purpose in (c for c in children_of(clause) if when is None and c.dep_ in ("xcomp", "advcl")
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))):
            deeper = interval(analysis, doc, purpose)  # "since she came to study at X in 1978": the time hangs on "study"
            when = deeper.point or deeper.start
        if mark == "since" and out.start is None:
            out.start = when
        elif mark != "since" and out.end is None:
            out.end = when
    return out


def _verb_title(verb: Token) -> str | None:
    """"has been managing director since 2019": a title the parser read as a verb and its bare object."""
    if verb.tag_ != "VBG" or verb.i + 1 >= len(verb.doc):
        return None
    noun = verb.doc[verb.i + 1]
    if noun.head.i != verb.i or noun.dep_ != "dobj" or noun.tag_ != "NN" or any(c.i < noun.i for c in children_of(noun)):
        return None  # ("has been managing the team since 2019": the verb)
    return f"{verb.lower_} {noun.lower_}"


FOUNDING_NOUNS = frozenset({"founding", "foundation", "creation", "inception", "formation", "launch", "birth"})


def _since_founding(analysis: Analysis, verb: Token) -> str | None:
    """"who has been chief executive since the company's founding / since its creation": the date of the one dated
    founding the article tells (none when it dates several)."""
    if not any(g.dep_ == "pobj" and g.lemma_.lower() in FOUNDING_NOUNS
               for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "since" for g in children_of(p)):
        return None
    dated = {e.time for e in analysis.events if e.type == "business.found" and e.polarity == "POS" and e.modality is None
             and _dated(e.time)}
    return dated.pop() if len(dated) == 1 else None  # type: ignore[return-value]


def _since_then(analysis: Analysis, verb: Token) -> str | None:
    """"founded it in 2011 and has been its chief executive since then" (or "ever since"): the time said
    last before "since then" in the sentence (or, when it says none, in the sentence before)."""
    since = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "since"
                  and any(g.lower_ == "then" for g in children_of(c))), None)
    if since is None:  # "... in 1995 and has been its chairman ever since": the adverb, alone or under "ever"
        since = next((g for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ in ("since", "ever")
                      for g in (c, *children_of(c)) if g.dep_ == "advmod" and g.lower_ == "since"
                      and not any(x.dep_ in ("pobj", "pcomp") for x in children_of(g))), None)
    if since is None:
        return None
    before = [t for t in analysis.timexes if verb.sent.start_char <= t.start and t.end <= since.idx and _dated(t.value)
              and t.type in ("DATE", "TIME")]
    if not before and verb.sent.start > 0:  # "X retired in 2019. His daughter has been managing director ever since."
        last = verb.doc[verb.sent.start - 1].sent
        before = [t for t in analysis.timexes if last.start_char <= t.start and t.end <= last.end_char and _dated(t.value)
                  and t.type in ("DATE", "TIME")]
    return max(before, key=lambda t: t.start).value[:10] if before else None


def _participle_aside(verb: Token) -> bool:
    """A participle set after its clause with a comma and no subject of its own ("..., working instead as a translator",
    "..., serving as its chair"): it tells more of the clause's subject (not "saying ..." before a name: a verb of
    its own clause)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and verb.head.pos_ in ("VERB", "AUX")


def _told_by_age(token: Token) -> bool:
    """"The 44-year-old" (its head "old" over "year", with "the"): a person told by an age."""
    return token.lower_ == "old" and any(c.lower_ == "year" for c in children_of(token)) \
        and any(c.lower_ == "the" for c in children_of(token))


def subject_of(verb: Token) -> Token | None:
    """The clause's subject; for "X, who has led Y," the name the relative clause hangs from."""
    node = verb
    while (node.dep_ in ("conj", "acomp") or _participle_aside(node)) and not any(c.dep_ in SUBJECT_DEPS for c in children_of(node)):
        node = node.head  # "X ran Y and led Z"; "X, who was married to Y" (married: a complement of "was"); "she spent
        # nine years at Y, working as a buyer": the participle's subject is the clause's
    subject = next((c for c in children_of(node) if c.dep_ in SUBJECT_DEPS), None)
    if (named := _named_after_description(node, subject)) is not None:
        return named
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
        head = node.head  # "X, a former public defender who has sat on ...": the name the description is of
        if subject.lower_ == "who":
            head = personal_antecedent(head)  # "X, the MP for Eastfield, who defected": not Eastfield, X
        if (head.pos_ in ("NOUN", "PROPN") or head.lower_ == "old") and head.dep_ == "appos" and head.head.pos_ == "PROPN":
            return head.head  # (or "X, the 41-year-old who has been ...": "old" tagged an adjective)
        if head.pos_ == "NOUN" and head.dep_ == "appos" and _told_by_age(head.head):
            return head.head  # "The 44-year-old, a former nurse who worked at Y,": the person coreference names by the age
        named = next((c for c in children_of(head) if c.dep_ == "appos" and c.pos_ == "PROPN"), None) if head.pos_ == "NOUN" else None
        return named or head  # "the former leader X, who ran the party ...": the name the title stands before
    if subject is not None and subject.pos_ == "NOUN":  # "His grandson, Tom Reed, sat on the board"
        return next((c for c in children_of(subject) if c.dep_ == "appos" and c.pos_ == "PROPN"), subject)
    return subject


def _named_after_description(verb: Token, first: Token | None) -> Token | None:
    """"The daughter of a miner, X spent ten years at Y": a description set before the clause and closed by a comma,
    which the parser made a first subject of the verb beside the name after it -- the name (or he / she) is the
    subject, the description only tells of it."""
    if first is None or first.pos_ != "NOUN" or first.right_edge.i + 1 >= verb.i or verb.doc[first.right_edge.i + 1].text != ",":
        return None
    second = next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS and c.i > first.right_edge.i + 1 and c.i < verb.i), None)
    if second is None or not (second.pos_ == "PROPN" or second.lower_ in ("he", "she")) \
            or second.left_edge.i != first.right_edge.i + 2:
        return None
    return second


def objects_of(tok: Token, preps: set[str]) -> list[Token]:
    """The objects of the prepositions `preps` under `tok` (a "for" the parser called a dative too: "has played for X")."""
    return [p for c in children_of(tok) if c.dep_ in ("prep", "dative") and c.lower_ in preps for p in children_of(c) if p.dep_ == "pobj"]


def before_moving_on(verb: Token) -> bool:
    """"X worked at Y before starting / joining Z", "taught at Y before she was elected", "Before she entered politics,
    X worked as a solicitor": a past stint, ended by what came next."""
    return verb.tag_ == "VBD" and any((c.dep_ == "prep" and c.lower_ == "before" and any(g.dep_ == "pcomp" and g.tag_ == "VBG"
                                                                                     for g in children_of(c)))
                                      or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in children_of(c)))
                                      for c in children_of(verb))


def _past_aside(verb: Token, when: Interval) -> bool:
    """"X, who worked at Y, has died", "X, who served as Y's chief economist", "X, who was first elected in 2003 and served
    as chief whip": a simple past in a relative clause (or coordinated in one), with no time, tells a stint over (as "X,
    who was Y's head of treasury" tells a post)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause.dep_ == "relcl" and verb.tag_ == "VBD" and not (when.start or when.end or when.point)


STRETCH_NOUNS = frozenset({"year", "decade", "month"})


def _stretch_so_far(verb: Token) -> bool:
    """"has been with Y for ten years", "had been at Y for a decade": a perfect told with a stretch of years, a stint."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(verb)) and any(
        p.lemma_.lower() in STRETCH_NOUNS for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"
        for p in children_of(c) if p.dep_ == "pobj")


def _had_done(verb: Token) -> bool:
    """"X, who had worked at Y, ...", "had played for Y": the past perfect tells a stint over by the time told (its end
    `PAST_REF` once no leaving has dated it: "who had chaired the committee since 2019 and left parliament in April")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in children_of(verb))


def _past_for_a_while(analysis: Analysis, verb: Token) -> bool:
    """"X, who ran the division for six years", "worked there for a decade": the simple past with a stretch of time
    tells a stint done (not "has run it for six years")."""
    if verb.tag_ != "VBD":
        return False
    stretches = [t for t in analysis.timexes if t.type == "DURATION"]
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and any(t.start <= o.idx < t.end for t in stretches)
                                                              for o in children_of(p)) for p in children_of(verb))


def named_body(tok: Token, entity_of: Find) -> str | None:
    """The entity a noun phrase names: its own, or that of the name in apposition to its kind noun ("at the accounting
    firm X", "for the Thavenhurst firm X")."""
    if tok.pos_ == "NOUN":  # (the name first: the kind noun alone may stand for another body told before)
        named = next((e for e in (entity_of(c) for c in children_of(tok) if c.dep_ == "appos" and c.pos_ == "PROPN") if e), None)
        if named is not None:
            return named
    return entity_of(tok)


def body_text(tok: Token) -> str:
    left = min((c.i for c in tok.lefts if c.dep_ in ("compound", "amod")), default=tok.i)
    return tok.doc[left : tok.i + 1].text.lower()


Add = Callable[..., Any]
Find = Callable[[Token | None], str | None]


def main_organisation(analysis: Analysis) -> str | None:
    """The organisation an article is about: named at least twice as often as any other."""
    counts = sorted(((len(e.mentions), e.id) for e in analysis.entities if e.type == "ORG"), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return None
    return counts[0][1]


def verb_facts(analysis: Analysis, doc: Doc, cfg: dict[str, Any], add: Add, entity_of: Find, kind_of: Callable[[str | None], str | None],
               evidence: Callable[[Token, Token], Evidence], title_of: Callable[[Token], str | None],
               done: list[Any] | None = None) -> None:
    """The facts verbs state (see the module's note).  `done` gathers the stints a simple past with a stretch of time
    tells over ("X, who ran Y for six years"), to be ended at `PAST_REF` once no leaving has dated their end."""
    poses, lemmas = strings(doc, "pos"), strings(doc, "lemma_lower")
    all_verbs = frozenset(cfg["all_verbs"])  # (a set: tested for every verb of the doc)
    for verb in tokens_of(doc):
        lemma = lemmas[verb.i]
        if poses[verb.i] not in ("VERB", "AUX", "ADJ") or lemma not in all_verbs:
            continue
        if lemma in cfg["as_verbs"]:  # "will stay on as an adviser", "runs the laboratory as chief technology officer"
            _posts_as(analysis, doc, verb, lemma, cfg, add, entity_of, kind_of, evidence, title_of)
        if lemma in cfg["with_verbs"] and not any(c.dep_ == "prep" and c.lower_ in ("with", "at") for c in children_of(verb)):
            continue  # every other "be": nothing more to read (and no interval to work out)
        if any(c.dep_ == "neg" for c in children_of(verb)) or any(c.dep_ == "aux" and c.lemma_.lower() in cfg["unreal_aux"]
                                                             for c in children_of(verb)):
            continue  # "has not played for Nigeria", "could sign for Y": nothing to state
        if lemma in cfg["object_title_verbs"] and _passive(verb):
            _post_by(analysis, doc, verb, lemma, cfg, add, entity_of, kind_of, evidence)  # "she is coached by X"
            continue
        if lemma in cfg["run_verbs"] and verb.dep_ == "acl" and verb.tag_ == "VBN":
            _led_by(verb, add, entity_of, kind_of, evidence)  # "the far-right X, led by Y": Y works there
            continue
        subject = subject_of(verb)
        person = entity_of(subject)
        if lemma in cfg["employ_verbs"] and kind_of(person) in EMPLOYERS:
            _employs(analysis, doc, verb, person, add, entity_of, kind_of, evidence, title_of)  # type: ignore[arg-type]
            continue
        if person is None or kind_of(person) != "PERSON":
            continue
        when = interval(analysis, doc, verb.head if verb.dep_ == "acomp" else verb)
        if lemma in cfg["defect_verbs"]:
            _defection(verb, person, when, add, entity_of, kind_of, evidence(subject, verb))  # type: ignore[arg-type]
            continue
        if lemma in cfg["with_verbs"] and when.start is None and not _stretch_so_far(verb):
            continue  # "was with friends", "was with Ajax then": no stint told (but "has been with Y for ten years")
        if lemma in cfg["with_verbs"] and not any(c.dep_ == "prep" and c.lower_ == "with" for c in children_of(verb)) \
                and len(when.start or "") > 7:
            continue  # "has been at X since 2016" is a stint there; "has been at the hospital since Monday" none
        found = _facts_of(verb, lemma, cfg, entity_of, kind_of, title_of, lambda: main_organisation(analysis),
                          lambda org: party_name(analysis.entity(org).name),  # type: ignore[union-attr]
                          lambda org: len(analysis.entity(org).mentions) > 1  # type: ignore[union-attr]
                          and team_name(analysis.entity(org).name, config()["employment"]))  # type: ignore[union-attr]
        # (a team told more than once: not the one club a sentence names, "X, who captained Y, signed on Friday")
        if lemma == "represent" and any(t.lemma_.lower() in cfg["bodies"] for t in objects_of(verb, {"in", "on"})):
            found += [("member", org, None) for org in (entity_of(c) for c in children_of(verb) if c.dep_ == "dobj")
                      if org is not None and kind_of(org) == "ORG"]  # "represents the Civic League in parliament": its member
        if lemma in cfg["candidate_verbs"]:  # "stood / ran for the Green Party": a member of the party
            found += [("member", org, None) for org in (entity_of(t) for t in objects_of(verb, {"for"}))
                      if org is not None and kind_of(org) == "ORG" and party_name(analysis.entity(org).name)]  # type: ignore[union-attr]
        if lemma in cfg["title_verbs"] and when.start and not any(c.dep_ == "xcomp" for c in children_of(verb)):
            found.append(("role", None, _verb_title(verb) or cfg["title_verbs"][lemma]))  # "has co-hosted the show since 2019":
            # a post held since
        posted = _object_title(verb, lemma, cfg, found, entity_of, kind_of) if not any(f[0] == "role" for f in found) else None
        if posted is not None:
            found.append(posted)
        if not found:
            continue
        start, end = when.start, when.end
        if start is None and lemma in cfg["team_verbs"] and verb.lemma_.lower() in cfg["joining_verbs"]:
            start = when.point  # "signed for X in 2019": the membership began then
        over = end is None and (any(c.lower_ in cfg["ended_adverbs"] for c in children_of(verb) if c.dep_ == "advmod")
                                or before_moving_on(verb))
        over = over or (posted is not None and verb.tag_ == "VBD" and end is None and start is None)  # "X, who captained
        # Frestholm last season": over, its end not told
        stint_done = end is None and not over and (((lemma in cfg["run_verbs"] or lemma in cfg["serve_verbs"])
                                                     and (_past_for_a_while(analysis, verb) or _past_aside(verb, when)))
                                                    or _had_done(verb))
        if lemma in cfg["team_verbs"] and lemma not in cfg["joining_verbs"] and verb.tag_ == "VBD" and end is None and start is None:
            if when.point and lemma not in cfg["captain_verbs"]:  # "X, who played for Y in the 1990s": held then (not
                # "captained Y to the title in 2023": the title's year)
                start = end = when.point
            else:  # "X, who played for Y": over, since when and until when not said
                over = True
        ev = evidence(subject, verb)  # type: ignore[arg-type]
        for relation, obj, value in found:
            if relation == "party member":
                add("member", person, obj, value, valid_from=None, evidence=ev)
                continue
            fact = add(relation, person, obj, value, valid_from=start, evidence=ev)
            if over and fact.valid_to is None:
                fact.valid_to = "PAST_REF"  # "was previously married to Y", "previously worked at Y": over, date unknown
            elif stint_done and done is not None and relation in ("employee", "member", "role") and fact.valid_to is None:
                done.append(fact)
            elif end and (fact.valid_to is None or fact.valid_to == "PAST_REF"):
                fact.valid_to = end


def _passive(verb: Token) -> bool:
    """"is coached by X", "a board chaired by X", "the club, now coached by X": the verb in the passive, its doer after "by"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(verb)) \
        and (any(c.dep_ == "auxpass" for c in children_of(verb)) or verb.dep_ in ("acl", "relcl"))


ONE_SITTING_BODIES = frozenset({"jury", "panel", "inquiry", "review", "investigation", "commission", "tribunal"})


def _post_by(analysis: Analysis, doc: Doc, verb: Token, lemma: str, cfg: dict[str, Any], add: Add, entity_of: Find,
             kind_of: Callable[[str | None], str | None], evidence: Callable[[Token, Token], Evidence]) -> None:
    """"She has been coached by X since last summer", "the club, now coached by X", "a board chaired by X": a verb naming a
    post (`object_title_verbs`) in the passive -- the post is held by the one after "by" (not by the one coached), at the
    body that is coached or chaired when it is an organisation; not one sitting ("the hearing, chaired by X", "the jury,
    chaired by X"), nor a work edited ("a volume edited by X")."""
    if any(c.dep_ == "neg" for c in children_of(verb)) or any(c.dep_ == "aux" and c.lemma_.lower() in cfg["unreal_aux"]
                                                             for c in children_of(verb)):
        return
    doer = next((p for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"), None)
    holder = named_body(doer, entity_of) if doer is not None else None
    if holder is None and doer is not None:  # "by the former doubles specialist X": the name the parser hung on the noun
        holder = next((e for e in (entity_of(c) for c in children_of(doer) if c.dep_ == "compound" and c.pos_ == "PROPN") if e), None)
    if holder is None or kind_of(holder) != "PERSON":
        return
    done_to = verb.head if verb.dep_ in ("acl", "relcl") else next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if done_to is None or done_to.lemma_.lower() in cfg["one_off_nouns"] or done_to.lemma_.lower() in ONE_SITTING_BODIES:
        return
    if lemma == "edit" and done_to.lemma_.lower() not in cfg["edited_nouns"] and kind_of(entity_of(done_to)) != "ORG":
        return  # "a volume edited by X": a work, no post ("the paper, edited by X since 2019": its editor)
    body = named_body(done_to, entity_of)
    body = body if kind_of(body) == "ORG" else None
    when = interval(analysis, doc, verb)
    ev = evidence(doer, verb)  # type: ignore[arg-type]
    add("role", holder, body, cfg["object_title_verbs"][lemma], valid_from=when.start, evidence=ev)
    if body is not None:
        add("employee", holder, body, None, valid_from=when.start, evidence=ev)


def _object_title(verb: Token, lemma: str, cfg: dict[str, Any], found: list[tuple[str, str | None, str | None]],
                  entity_of: Find, kind_of: Callable[[str | None], str | None]) -> tuple[str, str | None, str | None] | None:
    """"X, who chairs the council", "who coaches Fenmoor Rangers", "edited the Post for eleven years": a verb naming a post
    (`object_title_verbs`) with what it is done to, in the active voice, is the post held there (the body `found` already
    read from the object, if any); not one sitting ("chaired the meeting") nor a work edited ("edited the anthology")."""
    if lemma not in cfg["object_title_verbs"] or any(c.dep_ in ("auxpass", "xcomp") for c in children_of(verb)):
        return None
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() in cfg["one_off_nouns"] or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if lemma == "edit" and obj.pos_ != "PROPN" and obj.lemma_.lower() not in cfg["edited_nouns"]:
        return None  # "edits the Courier", "edited the paper"; not "edited the footage"
    team = entity_of(obj)
    if (obj.pos_ == "PRON" and obj.lower_ not in ("it", "them")) or kind_of(team) == "PERSON":
        return None  # "who had coached her since she was 15", "first coached Ines Grarwood": one person's coach, no post
    body = next((org for relation, org, _ in found if relation == "employee"), None)
    if body is None and kind_of(team) == "ORG":
        body = team  # "who coaches Fenmoor Rangers": the team's
    return ("role", body, cfg["object_title_verbs"][lemma])


def _posts_as(analysis: Analysis, doc: Doc, verb: Token, lemma: str, cfg: dict[str, Any], add: Add, entity_of: Find,
              kind_of: Callable[[str | None], str | None], evidence: Callable[[Token, Token], Evidence],
              title_of: Callable[[Token], str | None]) -> None:
    """A post held as the verb tells it: "X stays on / remains (on the board) / continues as T", "X runs the
    laboratory as T", "X acted / stood in as T" -- role(X, T) (of the body named after T).  Told ahead ("will
    stay on as an adviser until March", "would stand in as acting director") it is a post held now or announced;
    a mere possibility ("could act as") is none."""
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ == "aux"]
    if any(c.dep_ == "neg" for c in children_of(verb)) or any(x in cfg["unreal_aux"] and x not in cfg["told_ahead_aux"] for x in auxes):
        return
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in children_of(c)) for c in children_of(verb)):
        return  # "would stay on as spokesman if she will have me": a condition, no post
    ahead = any(x in cfg["told_ahead_aux"] for x in auxes)
    if lemma in cfg["candidate_verbs"] and not any(c.dep_ == "dobj" or (c.dep_ == "prt" and c.lower_ == "in") for c in children_of(verb)):
        return  # "ran / stood as an independent": a candidacy, no post ("runs the lab as", "stood in as acting director": one)
    titles = objects_of(verb, {"as"}) + [t for c in children_of(verb) if c.dep_ == "acomp" for t in objects_of(c, {"as"})]
    # ... "will remain available to the company as an adviser"
    node = verb
    while node.dep_ == "xcomp" and node.head.pos_ in ("VERB", "AUX"):
        node = node.head  # "is expected to stay on as chairman"
    subject = subject_of(node)
    person = entity_of(subject)
    if not titles or person is None or kind_of(person) != "PERSON":
        return
    when = interval(analysis, doc, verb)
    for title in titles:
        value = title_of(title)
        if value is None:
            continue
        org = next((e for e in (named_body(t, entity_of) for t in objects_of(title, {"of", "at", "for"})) if kind_of(e) in EMPLOYERS), None)
        fact = add("role", person, org, value, valid_from=when.start, evidence=evidence(subject, verb))  # type: ignore[arg-type]
        if when.end and fact.valid_to is None and not ahead:  # (not "will stay on as an adviser until March": an end to
            fact.valid_to = when.end  # come leaves the post open, and hands it to no successor)
        elif fact.valid_to is None and not ahead and before_moving_on(verb):
            fact.valid_to = "PAST_REF"  # "worked as an accountant before he founded Y": over, end not given


def _employs(analysis: Analysis, doc: Doc, verb: Token, org: str, add: Add, entity_of: Find,
             kind_of: Callable[[str | None], str | None], evidence: Callable[[Token, Token], Evidence],
             title_of: Callable[[Token], str | None]) -> None:
    """"Y employs X as a welder", "Y, which has employed X since 2015,": the object works for the subject (and holds the
    post "as" names there)."""
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        person = entity_of(obj) or next((entity_of(c) for c in children_of(obj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if person is None or kind_of(person) != "PERSON":
            continue  # ("employs 300 people")
        when = interval(analysis, doc, verb)
        fact = add("employee", person, org, None, valid_from=when.start, evidence=evidence(obj, verb))
        if when.end and fact.valid_to is None:
            fact.valid_to = when.end
        for value in (title_of(t) for t in objects_of(verb, {"as"})):
            if value:
                add("role", person, org, value, valid_from=when.start, evidence=evidence(obj, verb))


def _led_by(verb: Token, add: Add, entity_of: Find, kind_of: Callable[[str | None], str | None],
            evidence: Callable[[Token, Token], Evidence]) -> None:
    """"The far-right Homeland Union, led by X, took 11 per cent", "X, the centre-right party led by Y": a
    party (named as one, called one in apposition, or placed on the political spectrum) that a person leads
    has that person on it (a member, as everyone at a party, in `resolve_teams`)."""
    named = verb.head
    org = entity_of(named)
    if org is None and named.dep_ == "appos" and named.lemma_.lower() in PARTY_NOUNS:
        org = entity_of(named.head)  # "X, the centre-right party led by Y"
    elif org is not None:
        start = named.i
        while start > 0 and named.doc[start - 1].dep_ == "compound" and named.doc[start - 1].pos_ == "PROPN":
            start -= 1
        if not (party_name(named.doc[start : named.i + 1].text) or on_the_spectrum(named.doc, start)):
            return  # ("the firm, led by X", "a consortium led by Y": no party)
    if org is None or kind_of(org) != "ORG":
        return
    for agent in (p for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"):
        named_too = next((c for c in children_of(agent) if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        person = entity_of(agent) or entity_of(named_too)  # "led by the former finance minister X"
        if person is not None and kind_of(person) == "PERSON":
            add("employee", person, org, None, valid_from=None, evidence=evidence(agent, verb))


def _defection(verb: Token, person: str, when: Interval, add: Add, entity_of: Find, kind_of: Callable[[str | None], str | None],
               ev: Evidence) -> None:
    """"X defected from A to B in June": X's membership of A ended then, of B began then."""
    point = when.point or when.start
    for prep, ended in (("from", True), ("to", False)):
        for body in objects_of(verb, {prep}):
            org = entity_of(body)
            if org is None or kind_of(org) != "ORG":
                continue
            fact = add("member", person, org, None, valid_from=None if ended else point, evidence=ev)
            if ended and fact.valid_to in (None, "PAST_REF"):
                fact.valid_to = point or "PAST_REF"


def _bodies_sat_on(verb: Token, cfg: dict[str, Any], entity_of: Find, kind_of: Callable[[str | None], str | None],
                   main_org: Callable[[], str | None]) -> list[tuple[str, str | None, str | None]]:
    """"sat on the board of Y", "serves on the city council": a member of the body (or of the board's
    organisation)."""
    out: list[tuple[str, str | None, str | None]] = []
    said = [c for c in children_of(verb) if c.dep_ == "dobj"]  # "represented the Oastgate ward on the council", "served two
    # terms on the council"; "has sat in the legislature since 1982", "represented the constituency in the regional assembly"
    inside = objects_of(verb, {"in"}) + [b for o in said for b in objects_of(o, {"in"})]
    for body in objects_of(verb, {"on"}) + [b for o in said for b in objects_of(o, {"on"})] + inside:
        if body.lemma_.lower() not in cfg["bodies"] or (body in inside and body.lemma_.lower() == "parliament"):
            continue  # ("has represented Dunford in parliament": the fixtures read that as the post "member of parliament")
        of = [e for e in (entity_of(t) for t in objects_of(body, {"of"})) if kind_of(e) == "ORG"]
        if not of and body in inside and body.pos_ == "PROPN" and kind_of(named := entity_of(body)) == "ORG":
            of = [named]  # "represents X in the National Assembly": the body named
        if not of and body.lemma_.lower() == "bench":  # "has sat on the Civic League benches since 2011": the party named before
            of = [e for e in (entity_of(c) for c in children_of(body) if c.dep_ == "compound" and c.pos_ == "PROPN")
                  if kind_of(e) == "ORG"][:1]
        owner_told = bool(objects_of(body, {"of"}))
        if not of and body.lemma_.lower() in cfg["company_bodies"] and not owner_told and (main := main_org()) is not None:
            of = [main]  # "sat on the board": the board of the organisation the article is about
        if not of and owner_told and body.lemma_.lower() in cfg["company_bodies"]:
            continue  # "the board of a local charity", "the boards of two shipping companies": another body, unnamed
        out.append(("member", of[0], None) if of else ("member", None, body_text(body)))
    return out


HELD_PREPS = START_PREPS | {"until", "till", "between", "for"}


def _held_told(verb: Token) -> bool:
    """A post told as held now, or over a stretch the clause gives ("coaches Y", "has coached Y since 2019", "coached Y
    from 2016 until 2020", "for six years"); not a bare simple past ("later coached Y to three titles"), told of a past
    the rest of the article dates better (and whose "over" would close a stay there begun otherwise)."""
    return verb.tag_ != "VBD" or any(c.dep_ == "prep" and c.lower_ in HELD_PREPS for c in children_of(verb))


SIGNED_PAPERS = frozenset({"contract", "deal", "extension", "terms", "agreement", "papers", "form", "forms", "pre-contract"})


def _post_of_body(place: Token, entity_of: Find, kind_of: Callable[[str | None], str | None]) -> Token | None:
    """The post noun a body hangs from by "of" or "at" ("head of recruitment at the club X", "deputy director of X"), or the
    post noun itself when "where" hangs on it, a body beside ("deputy director of X in Bath, where ...")."""
    if place.pos_ == "NOUN" and kind_of(entity_of(place)) not in EMPLOYERS \
            and any(kind_of(entity_of(t)) in EMPLOYERS for t in objects_of(place, {"of", "at"})):
        return place
    if kind_of(entity_of(place)) in EMPLOYERS and place.dep_ == "pobj" and place.head.lower_ in ("of", "at") \
            and place.head.head.pos_ == "NOUN":
        return place.head.head
    return None


def _facts_of(verb: Token, lemma: str, cfg: dict[str, Any], entity_of: Find, kind_of: Callable[[str | None], str | None],
              title_of: Callable[[Token], str | None], main_org: Callable[[], str | None],
              party_named: Callable[[str], bool] = lambda org: False,
              team_named: Callable[[str], bool] = lambda org: False) -> list[tuple[str, str | None, str | None]]:
    out: list[tuple[str, str | None, str | None]] = []
    orgs = [e for e in (named_body(t, entity_of) for t in objects_of(verb, {"at", "for", "with"})) if kind_of(e) in EMPLOYERS]
    if lemma in cfg["run_verbs"]:
        obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
        if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(verb)):
            obj = next((c for c in children_of(verb.head) if c.dep_ == "appos" and c.pos_ == "PROPN"), verb.head)
            # "the group Trorvik, where she has run the British business since 2014": the place named
        org = entity_of(obj)
        if org is None and obj is not None and obj.lemma_.lower() in cfg["branch_nouns"]:
            org = next((e for e in (named_body(t, entity_of) for t in objects_of(obj, {"of", "at"})) if e is not None), None)  # "runs the Leeds branch of X", "ran the hardware division at the maker X"
            org = org or next(iter(orgs), None)  # ... the "at" hung on the verb: "ran the division at X for six years"
        if org is None and obj is not None and obj.pos_ == "NOUN":  # "leads the university's energy materials group": a unit of X
            org = next((e for e in (entity_of(c) for c in children_of(obj) if c.dep_ == "poss" and c.pos_ != "PRON")
                        if kind_of(e) == "ORG"), None)
        held = {c.lower_ for c in children_of(verb) if c.dep_ == "prep"}
        if org is not None and kind_of(org) == "ORG" and lemma in cfg["party_lead_verbs"] and party_named(org) \
                and held & {"since", "from", "for", "between", "until"} and not held & {"to", "into", "in"}:
            out.append(("role", org, "leader"))  # "has led the Green Party since 2018": its leader since then, and a member
            # (a stretch told: "led the party to victory", "into the election" is no post)
            out.append(("party member", org, None))  # (of a membership the leading does not date)
        elif org is not None and kind_of(org) == "ORG":
            out.append(("employee", org, None))
            if lemma in cfg["staff_verbs"]:  # "previously managed Ushgrove Town": its manager, staff of a team, no player
                out.append(("role", org, cfg["title_verbs"][lemma]))
    elif lemma in cfg["employ_verbs"] and any(c.dep_ == "auxpass" for c in children_of(verb)):
        for agent in [p for c in children_of(verb) if c.dep_ == "agent" for p in children_of(c) if p.dep_ == "pobj"]:
            org = named_body(agent, entity_of)  # "was employed by X until 2019", "by the logistics firm X"
            if org is not None and kind_of(org) in EMPLOYERS:
                out.append(("employee", org, None))
                out += [("role", org, value) for value in (title_of(t) for t in objects_of(verb, {"as"})) if value]
                # ("is employed by X as a midwife": the post held there)
        titles = objects_of(verb, {"as"})
        orgs += [e for t in titles for e in (named_body(b, entity_of) for b in objects_of(t, {"at", "for", "with"}))
                 if kind_of(e) in EMPLOYERS]  # "was employed as a nurse at X"
        for org in orgs if not out else []:  # "was employed at X until 2020"
            out.append(("employee", org, None))
            out += [("role", org, value) for value in (title_of(t) for t in titles) if value]
    elif lemma in cfg["serve_verbs"]:
        if not orgs:  # "coaches the youth teams at X": the body hung on the object ("the under-21 side of X": a unit of X)
            orgs = [e for obj in children_of(verb) if obj.dep_ == "dobj"
                    for e in (entity_of(t) for t in objects_of(obj, {"at", "of"} if obj.lemma_.lower() in cfg["branch_nouns"] else {"at"}))
                    if kind_of(e) in EMPLOYERS]
        coached = [e for obj in children_of(verb) if obj.dep_ == "dobj" for e in [named_body(obj, entity_of)]
                   if kind_of(e) == "ORG"] if not orgs and lemma in cfg["object_title_verbs"] and _held_told(verb) else []
        # ... "coached Fenmoor Rangers from 2016": on the staff of the body the post is over (the post itself read by
        # `_object_title`; not "coached her since she was 15": one person's coach)
        if not orgs:  # "works in Y's legal department", "in the Leeds office of Y": a unit of Y
            orgs = [e for unit in objects_of(verb, {"in"}) if unit.lemma_.lower() in cfg["branch_nouns"]
                    for e in [*(entity_of(c) for c in children_of(unit) if c.dep_ == "poss"),
                              *(named_body(t, entity_of) for t in objects_of(unit, {"of", "at"}))] if kind_of(e) in EMPLOYERS]
        if not orgs and verb.dep_ == "relcl" and any(c.lower_ == "where" for c in children_of(verb)):
            place = next((c for c in children_of(verb.head) if c.dep_ == "appos" and c.pos_ == "PROPN"), verb.head)
            if kind_of(entity_of(place)) not in EMPLOYERS and place.dep_ == "pobj" and place.head.lower_ == "in":
                place = place.head.head  # "the X School in New Orleans, where she taught": the school, not the city
            post = _post_of_body(place, entity_of, kind_of)
            if post is not None and kind_of(entity_of(place)) not in EMPLOYERS:  # "deputy director of the X Collection in Bath,
                place = next(t for t in objects_of(post, {"of", "at"}) if kind_of(entity_of(t)) in EMPLOYERS)  # where ...": the
                # parser hung "in Bath" on the post
            orgs = [e for e in [entity_of(place)] if kind_of(e) in EMPLOYERS]  # "the X School, where she taught until 2004"
            title = title_of(post) if post is not None and orgs and any(c.dep_ == "prep" and c.lower_ == "since" for c in children_of(verb)) else None
            out += [("role", orgs[0], title)] if title else []  # "is deputy director of X, where she has worked since 2016": the
            # post held there, since then
        for title in objects_of(verb, {"as"}):
            value = title_of(title)
            if value is None:
                continue
            of = [e for e in (entity_of(t) for t in objects_of(title, {"of", "at", "for"})) if kind_of(e) in EMPLOYERS]
            org = (of or orgs or [None])[0]
            out.append(("role", org, value))
            if org is not None and org not in orgs:
                out.append(("employee", org, None))
        for org in orgs:
            out.append(("employee", org, None))
            if lemma in cfg["title_verbs"]:  # "coaches the youth teams at X": a coach there, staff and no player
                out.append(("role", org, cfg["title_verbs"][lemma]))
        out += [("employee", org, None) for org in coached]
        if lemma in cfg["sit_verbs"]:  # "serves on the city council"
            out += _bodies_sat_on(verb, cfg, entity_of, kind_of, main_org)
    elif lemma in cfg["academy_verbs"]:  # "came through the Kelso Rovers academy": a player of the club's youth teams
        for school in (t for t in objects_of(verb, {"through"}) if t.lemma_.lower() in cfg["academy_nouns"]):
            named = [c for c in children_of(school) if c.dep_ in ("compound", "poss")] + objects_of(school, {"at", "of"})
            for org in (entity_of(t) for t in named):
                if org is not None and kind_of(org) == "ORG":
                    out.append(("member", org, None))
    elif lemma in cfg["team_verbs"]:  # "X plays for Kelso Rovers", "X signed for Kelso Rovers in 2019"
        if lemma in cfg["joining_verbs"] and any(c.dep_ == "dobj" and c.lemma_.lower() not in SIGNED_PAPERS for c in children_of(verb)):
            return out  # "the striker Y, whom X signed for Z": X signed a player, X plays for no one ("signed a deal for Z" does)
        teams = objects_of(verb, {"for"}) + [t for where in objects_of(verb, {"at", "in", "as"}) for t in objects_of(where, {"for"})]
        # ... "played at centre-back for X", "played in midfield for X"; and a band or group played with
        teams += objects_of(verb, {"with", "in"}) if lemma in cfg["band_verbs"] else []  # "plays bass in the X Quartet"
        teams += [c for c in children_of(verb) if c.dep_ == "dobj"] if lemma in cfg["captain_verbs"] else []  # "captained Y"
        if not teams and lemma in cfg["arrival_verbs"] and not any(c.dep_ in ("dobj", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ in ("to", "at", "with", "in", "as")) for c in children_of(verb)) \
                and (main := main_org()) is not None and team_named(main):
            out.append(("employee", main, None))  # "X joined on a free transfer", "arrived from Y": at the article's team
            # (its player a member, its staff not: as at any team, `resolve_teams`)
        for team in [each for named in teams for each in (named, *conjuncts_of(named))]:  # "for X, Y and Z"
            org = entity_of(team) or next((entity_of(c) for c in children_of(team)  # "rode for the Dutch team X"
                                           if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
            if org is not None and kind_of(org) == "ORG":
                out.append(("member", org, None))
    elif lemma in cfg["with_verbs"]:  # "has been with Thitesse Arnhem / at Acme since 2015" (the caller wants a start)
        out += [("employee", org, None) for org in (named_body(t, entity_of) for t in objects_of(verb, {"with", "at"}))
                if kind_of(org) == "ORG"]  # ("has been with the broker X since 2015")
    elif lemma in cfg["sit_verbs"]:
        out += _bodies_sat_on(verb, cfg, entity_of, kind_of, main_org)
    elif lemma in cfg["married_words"] and verb.tag_ in ("VBN", "JJ") and any(c.dep_ == "auxpass" or c.lemma_ == "be" for c in
                                                                             [*children_of(verb), verb.head]):
        for other in objects_of(verb, {"to"}):
            spouse = entity_of(other) or next((entity_of(c) for c in children_of(other)  # "married to the producer X"
                                               if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
            if spouse is not None and kind_of(spouse) == "PERSON":
                out.append(("spouse", spouse, None))
        if not objects_of(verb, {"to"}):
            out += [("spouse", spouse, None) for spouse in _married_together(verb, entity_of, kind_of)]
    return out


def _married_together(verb: Token, entity_of: Find, kind_of: Callable[[str | None], str | None]) -> list[str]:
    """"X and Y have been married for 40 years", "X and Y, who have been married since 1990,": with no "to", the people
    coordinated with the subject are the spouses (the subject itself is the fact's own)."""
    subject = subject_of(verb)
    if subject is None:
        return []
    others = [entity_of(c) for c in conjuncts_of(subject)]
    people = [e for e in others if e is not None and kind_of(e) == "PERSON" and e != entity_of(subject)]
    return people if len(people) == 1 else []
