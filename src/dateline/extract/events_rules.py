"""The schema's per-type conditions on arguments: `requires` (a role must be filled, by what) and
`rejects` (a role filled by a pronoun or a bare plural makes no event: "want to win them")."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from ..model import Argument, Entity
from ..nlp import char_span, children_of, sent_of, strings, tokens
from ..timex.filters import MEASURE_UNITS
from .entity_lexicon import lexicon, title_stem
from .events_args import Context
from .events_polarity import modality
from .events_schema import Schema, schema

RACE_UNITS = MEASURE_UNITS | {"miles", "mile"}  # "won the 400 metres", "the mile": a race (the timex filter's units, and miles)
LIMITERS = frozenset({"only", "just", "nearly", "almost", "barely", "over", "more", "fewer", "about"})
NUMBERS = {"all", "both", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple", "numerous"}
PRONOUNS = {"it", "them", "this", "that", "these", "those", "one", "ones", "something", "anything", "nothing", "everything"}


AMOUNT = re.compile(r"^[£$€¥]?\d[\d,.]*(?:m|bn|k)?$")
SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")  # a match score in a phrase: "a 2-1 win" (not "2001-2005")
# "won three of his five games", "won both of their matches": a count out of a team's results or a player's caps (a
# count of races or tournaments won is told as a win, as a title is)
TALLY_WORDS = frozenset(NUMBERS | {"one", "eleven", "twelve", "none", "each", "most", "half"})
TALLY_OF = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:games|matches|fixtures|ties|caps|seats|votes|starts|appearances)\b", re.I)


DESCRIBED_REACH = 80  # characters from a trigger to a name its descriptions may be read before
PARTNER_NOUNS = frozenset({"husband", "wife", "partner", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee", "fiancée", "spouse"})

def _roles(rule: dict[str, Any]) -> tuple[str, ...]:
    role = rule["role"]
    return (role,) if isinstance(role, str) else tuple(role)


RELATIVE_WORDS = frozenset({"which", "that", "who", "whom"})
ROUNDS = frozenset({"semi", "quarter", "eighth"})


def _contest_in_context(trigger: Token, words: frozenset[str] | list[str]) -> bool:
    """"beat X 6-4, 7-5 in the final" (the parser hanging "in the final" on something else), "who had beaten her
    in four meetings, including the final at Y", "reached the final in 2014, losing to X": the contest named
    after the verb in its own clause, or as the object of the "reach" the verb is told with."""
    head = trigger.head
    if trigger.dep_ in ("advcl", "conj", "xcomp") and head.lemma_.lower() in ("reach", "make") \
            and any(c.dep_ == "dobj" and c.lower_ in words for c in children_of(head)):
        return True
    for tok in tokens(trigger.doc)[trigger.i + 1 : sent_of(trigger).end]:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("prep", "amod", "aux", "auxpass", "pcomp"):
            return False  # another clause: its words are not this verb's
        if tok.lower_ in words and tok.dep_ == "pobj" and not (tok.i > 1 and tok.nbor(-1).text in ("-", "–") and tok.nbor(-2).lower_ in ROUNDS):
            return True  # ("the semi-final": a round, no title)
    return False


NAME_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})


def _named_by(text: str, first: frozenset[str] | list[str] | tuple[str, ...]) -> bool:
    """A name (capitalised, after a determiner or a possessive) that opens with one of `first`: "the Golden Reed",
    "her second Silver Bear" (not "a golden opportunity")."""
    words = text.split()
    while words and (words[0].lower() in NAME_DETERMINERS or words[0].lower() in NUMBER_WORDS):
        words = words[1:]
    return len(words) > 1 and words[0][:1].isupper() and words[0].lower() in first and words[1][:1].isupper()


NUMBER_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "another"})


def _apposed_noun(arg: Argument, trigger: Token | None, definite: bool = False, bare: bool = False) -> str | None:
    """"Iron Bridge, a film about a singer, opens on Friday": the noun in apposition after a name says what it is
    (with `definite`, only a noun with "the" or a possessor: "X, the club's owner", "Y, her lawyer", not "Z, a lawyer";
    with `bare`, only a noun with no determiner, an office's style: "Y, deputy prime minister of Z", not "Y, then a junior
    minister")."""
    if trigger is None or not arg.entity:
        return None
    span = char_span(trigger.doc, arg.start, arg.end)
    if span is None or not len(span):
        return None
    return next((c.lemma_.lower() for c in children_of(span.root) if c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ") and (
        not definite or any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ == "the") for d in children_of(c))) and (
        not bare or not any(d.dep_ in ("det", "poss", "advmod") for d in children_of(c)))), None)


def _relative_verb(arg: Argument, trigger: Token | None) -> str | None:
    """"X, who had coached her since she was 15": the verb of a relative clause on a name says who X is to the others."""
    if trigger is None or not arg.entity:
        return None
    span = char_span(trigger.doc, arg.start, arg.end)
    if span is None or not len(span):
        return None
    return next((c.lemma_.lower() for c in children_of(span.root) if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX")), None)


def _dated_past(trigger: Token | None) -> bool:
    """The verb is in the past tense and a date hangs on it ("had a son in 2012", "had twins last March")."""
    return trigger is not None and trigger.tag_ == "VBD" and _dated_here(trigger)


def _dated_from(trigger: Token | None) -> bool:
    """A date after "from" or "since" hangs on the trigger ("served as minister from 2019 until 2021", "had served as
    minister since January 2020")."""
    return trigger is not None and any(c.dep_ == "prep" and c.lower_ in ("from", "since") and any(
        p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in children_of(c)) for c in children_of(trigger))


def _dated_here(trigger: Token) -> bool:
    """A date hangs on the trigger, in a phrase or bare ("reported on Thursday", "reported last month")."""
    return any((c.dep_ == "prep" and any(p.dep_ == "pobj" and p.ent_type_ == "DATE" for p in children_of(c)))
               or (c.dep_ == "npadvmod" and c.ent_type_ == "DATE") for c in children_of(trigger))


SUM_START = frozenset("£$€¥0123456789")
SUM_CHARS = "£$€¥0123456789.,"  # a sum written in one word ("$2m", "£1.5bn"): what follows the figure is its unit


FOUNDER_NOUNS = frozenset({"founder", "co-founder", "cofounder"})  # a founding told, no post ("Its founder, X, left early")


def _post_holder_leaves(trigger: Token) -> bool:
    """"Its chief executive, X, will leave once the deal closes", "X, the club's captain, is to leave": the subject told
    as the holder of a body's post, leaving with nothing named -- the post and the body are left."""
    if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("for", "to")) for c in children_of(trigger)):
        return False  # ("left the meeting", "left for Paris": a place or a trip)
    subject = next((c for c in children_of(trigger) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    for noun in (subject, *[c for c in children_of(subject) if c.dep_ == "appos"]):
        lemma = noun.lemma_.lower()
        if noun.pos_ == "NOUN" and any(c.dep_ == "poss" for c in children_of(noun)) and lexicon().is_person_noun(lemma) \
                and lemma not in lexicon().relation_of and lemma not in FOUNDER_NOUNS:
            return True
    return False


def satisfied(rule: dict[str, Any], args: list[Argument], ctx: Context, sch: Schema, trigger: Token | None = None) -> bool:
    """A `requires` rule: one of its roles is filled (`filled`; or one of `filled_roles`), by an
    entity of `entity_types` (in one of `typed_roles`, when given; with `named`, an argument written as a name), or by a phrase ending in one of `words` (with `any_word`, holding one; of `proper_words`, capitalized); with `not_events`, never by an event noun
    ("announced their engagement" reports the engagement, it announces nothing else) but one of `but_events`, or of
    `own_events` when a person announces it ("X announced the move": her own move, as one's leaving)
    ("announced her retirement": the announcement is an act of its own, dated apart from the retirement)."""
    roles = _roles(rule)
    for arg in args:
        if arg.role not in roles:
            continue
        words = arg.text.lower().split()
        if rule.get("not_events") and words and words[-1] in sch.by_noun and words[-1] not in rule.get("but_events", ()) \
                and not _clause_of(arg, trigger) and not (words[-1] in rule.get("own_events", ()) and _person_told(args, ctx)):
            continue
        if rule.get("filled") or arg.role in rule.get("filled_roles", ()):
            return True
        entity = ctx.analysis.entity(arg.entity)
        if entity is not None and entity.type in rule.get("entity_types", ()) and arg.role in rule.get("typed_roles", roles) and not (
                rule.get("named") and not arg.text.split()[-1][:1].isupper()):
            return True  # (with `named`, written as a name: "the mother of the footballer X", not "of the bride" taken for her)
        if words and (words[-1] in rule.get("words", ()) or title_stem(words[-1]) in rule.get("words", ())
                      or (words[-1][:1] in SUM_START and words[-1].lstrip(SUM_CHARS) in rule.get("words", ()))  # "$2m", "£4bn": "m", "bn"
                      or words[0] in rule.get("first_words", ())  # ("vice-chancellor" as "chancellor")
                      or (len(words) > 1 and words[-2] in rule.get("modifier_words", ()))  # "its chief scientist"
                      or ("modifier_words" in rule and "of" in words[1:] and words[words.index("of", 1) - 1] in rule["words"]
                          and arg.text.partition(" of ")[2].islower())):
            # ("was made head of marketing": a post's field after "of", where the posts are listed; not a body named there)
            return True  # ("first_words": "best director went to X", a category named by its first word)
        if words and words[-1] in rule.get("from_dated_words", ()) and _dated_from(trigger) \
                and not any(w in rule.get("from_dated_unless", ()) for w in words):
            return True  # "served as housing minister from 2019": named to the post then
        if words and words[-1] in rule.get("dated_words", ()) and _dated_past(trigger):
            return True  # "had a son in 2012": a birth, where "have a son" is a state
        if rule.get("apposed") and _apposed_noun(arg, trigger) in rule["words"]:
            return True  # "Iron Bridge, a film about a singer, opens on Friday"
        if words and words[-1] in rule.get("proper_words", ()) and arg.text.split()[-1][:1].isupper():
            return True  # "told the Tharwick Evening Star", "the Rhein-Neckar Tagblatt": a paper's name the NER missed, by its last word
        if _named_by(arg.text, rule.get("title_words", ())):
            return True  # "the Golden Reed went to X", "received the Silver Bear": a prize named as prizes are
        if entity is not None and (_short_form(arg.text, entity.name) or (len(words) == 1 and words[0] in RELATIVE_WORDS)) \
                and entity.name.lower().split()[-1] in rule.get("words", ()):
            return True  # "X Capital, which backed the company in 2019": the relative word stands for the name (so does
            # the short form: "Marlow first backed it in 2021" after "Marlow Capital")
        if rule.get("any_word") and not arg.text.split()[-1].islower() and any(w in rule["words"] for w in words[:-1]):
            return True  # "told the radio station 2PCR": the noun before a name says what it is (not "the news conference")
        before = ctx.analysis.document.text[max(arg.start - 40, 0) : arg.start].split()
        if before and before[-1].lower().rstrip(",\"“‘'") in rule.get("words", ()) and rule.get("described", True):
            return True  # "told the Croatian daily Jutarnji Vjesnik", "her first single, X,": a name the noun before it describes
        if before and "proper_words" in rule and before[-1].endswith(("'s", "’s")) and _outlet_owner(before[-1][:-2], rule):
            return True  # "told CNN's Dana Ruiz", "an interview with TODAY's Hoda Kotb": a host named by the outlet she works for
    if rule.get("after_election") and trigger is not None and _elected_before(trigger, args, ctx):
        return True
    if rule.get("post_holder") and trigger is not None and _post_holder_leaves(trigger):
        return True
    return trigger is not None and trigger.lemma_.lower() in rule.get("context_lemmas", ()) \
        and _contest_in_context(trigger, rule["context_words"])


ELECTED_LEMMAS = frozenset({"elect", "re-elect"})


def _elected_before(trigger: Token, args: list[Argument], ctx: Context) -> bool:
    """The one the event is done to is a person the story told elected before the trigger ("X was elected mayor on
    Thursday ... She will be sworn in on Monday"): the subject of "elected" is that person."""
    people = {a.entity for a in args if a.role == "patient" and (e := ctx.analysis.entity(a.entity)) is not None and e.type == "PERSON"}
    lemmas = strings(trigger.doc, "lemma")
    dct = ctx.analysis.document.dct or ""
    for i in (i for i in range(trigger.i) if lemmas[i].lower() in ELECTED_LEMMAS):
        verb = trigger.doc[i]
        if any(t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4 and t.text < dct[:4] for t in verb.subtree):
            continue  # ("was elected mayor in 2019. She was sworn in on Friday after the court hearing": an election years ago)
        for subject in (c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")):
            entity = ctx.ents.of(subject)
            if entity is not None and entity.id in people:
                return True
    return False


def _person_told(args: list[Argument], ctx: Context) -> bool:
    """The event's agent is a person ("X announced the move": her own move; not "the bank announced the move", its news of
    a hiring)."""
    return any(arg.role == "agent" and (e := ctx.analysis.entity(arg.entity)) is not None and e.type == "PERSON" for arg in args)


def _short_form(text: str, name: str) -> bool:
    """`text` is a shorter form of the name `name`, written as a name: "Marlow" for "Marlow Capital"."""
    words, full = text.split(), name.split()
    return 0 < len(words) < len(full) and all(w[:1].isupper() for w in words) and all(w in full for w in words)


def _clause_of(arg: Argument, trigger: Token | None) -> bool:
    """The argument is the verb of a clause under the trigger ("announced that he would join X / that it would cut 200
    jobs"): something said to happen, not an event noun's mention ("announced their engagement")."""
    return trigger is not None and any(c.dep_ == "ccomp" and c.idx == arg.start and c.pos_ == "VERB" for c in children_of(trigger))


def _told_done(trigger: Token, kept: list[str]) -> bool:
    """A clause under the trigger tells something already done ("announced that it had hired X", "X have signed Y, the
    club announced", "the baby was born on Friday, the couple announced"): the telling is that deed's report, no
    announcement of its own -- unless the deed is one of `kept` (one's own leaving, a contest's outcome: "announced that
    he had resigned", "X has won the prize, the foundation announced").  What is still to come ("that he would retire",
    "that it is leaving") and a state ("that she was engaged") are not done."""
    for clause in children_of(trigger):
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB" or clause.lemma_.lower() in kept:
            continue
        auxes = [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" or a.tag_ == "TO" for a in auxes):
            continue  # "that it would cut 200 jobs", "that he is to step down"
        if clause.tag_ == "VBD" and not auxes:
            return True  # "that it raised $38m"
        if clause.tag_ == "VBN" and any(a.lemma_ == "have" or (a.dep_ == "auxpass" and a.tag_ == "VBD") for a in auxes):
            return True  # "that it had hired X", "has signed", "had been suspended", "was born"
    return False


def _outlet_owner(word: str, rule: dict[str, Any]) -> bool:
    """A possessor that names an outlet: a paper's or a programme's word, or a broadcaster's initials ("CNN", "TODAY")."""
    word = word.strip("\"“‘'")
    return word.lower() in rule.get("words", ()) or word.lower() in rule["proper_words"] or (len(word) >= 2 and word.isupper())


def _entity_of(arg: Argument, ctx: Context, trigger: Token | None) -> Entity | None:
    """The entity an argument stands for -- for a post, also the person its words name (a post keeps
    no person: "named locally as X" names X, no post)."""
    entity = ctx.analysis.entity(arg.entity)
    if entity is None and arg.role == "role" and trigger is not None:
        span = char_span(trigger.doc, arg.start, arg.end)
        # (a common noun is a title, even where coreference took it for the person: "was named the club's new head coach")
        entity = ctx.ents.of(span.root) if span is not None and span.root.pos_ != "NOUN" else None
    return entity


OTHER_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "conj", "parataxis", "acl"})


def _own_clause(trigger: Token) -> list[Token]:
    """The words of the trigger's own clause: its dependents, down to (not into) other finite clauses; a purpose
    infinitive ("met X to discuss the deal") is the clause's own."""
    out: list[Token] = []
    todo = list(children_of(trigger))
    while todo:
        tok = todo.pop()
        if tok.dep_ in OTHER_CLAUSES and not any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(tok)):
            continue
        out.append(tok)
        todo.extend(children_of(tok))
    return out


def _pronoun_for_words(trigger: Token, words: list[str] | frozenset[str]) -> bool:
    """The trigger's object is "them" ("it") and the nearest plural (singular) noun before it, in its sentence or the one
    before, is one of `words` ("fuelling rumours of a romance. His publicist dismissed them": the rumours)."""
    obj = next((c for c in children_of(trigger) if c.dep_ == "dobj" and c.lower_ in ("them", "it")), None)
    if obj is None:
        return False
    plural = obj.lower_ == "them"
    doc = trigger.doc
    start = doc[trigger.sent.start - 1].sent.start if trigger.sent.start > 0 else 0
    for tok in reversed(doc[start : trigger.i]):
        if tok.pos_ == "NOUN" and (tok.tag_ == "NNS") == plural:
            return tok.lemma_.lower() in words
        if tok.pos_ == "PROPN" and not plural:
            return False
    return False


def _antecedent_has(trigger: Token, words: Any) -> bool:
    """The trigger heads a relative clause whose subject is "which" / "that" and one of the nouns it may
    hang on -- the noun the parser chose or a noun above it through "by / about / of" or an apposition
    ("the play by the writer X, which opens", "a musical about the war that opened") -- is one of `words`."""
    if trigger.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in trigger.children):
        return False
    noun, steps = trigger.head, 0
    while noun is not None and steps < 4:
        if noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() in words:
            return True
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        elif noun.dep_ == "appos":
            noun = noun.head
        else:
            noun = None
        steps += 1
    return False


def _named_body(word: Token) -> bool:
    """"Hanrahan Media", "the Harbour Stage": the last word of a proper name of several words (a body, not the habit or place)."""
    return word.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(word))


def _named_company(arg: Argument, ctx: Context | None, trigger: Token | None) -> bool:
    """"bought Trestrel Homes": a company's name of several words ending in a word a rule with `named_kept` lists
    ("homes"), not the homes."""
    words = arg.text.split()
    return ctx is not None and len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].isupper() \
        and (e := _entity_of(arg, ctx, trigger)) is not None and e.type == "ORG"


def listed_among_people(arg: Argument, args: list[Argument], ctx: Context, trigger: Token | None) -> bool:
    """A name the recognizer took for a body's in a list of two or more people filling the same role ("hired A, B and
    C" with B typed an organisation): a list of one kind, so a person too, not a body that rules the event out."""
    entity = _entity_of(arg, ctx, trigger)
    if entity is None or entity.type == "PERSON":
        return False
    people = {e.id for b in args if b.role == arg.role and b is not arg and (e := _entity_of(b, ctx, trigger)) is not None
              and e.type == "PERSON"}
    return len(people) >= 2


def rejected(rule: dict[str, Any], args: list[Argument], ctx: Context | None = None, trigger: Token | None = None) -> bool:
    """A `rejects` rule (with `always`, every trigger it applies to; with `attributing`, a trigger told after the clause it
    reports, or passive with what is reported as its complement): one of its roles is filled (`filled`), filled by an entity of `entity_types`
    ("the band split"), by a counted plural (`counted`: "won two world titles" sums up several wins), or
    by a pronoun or a bare plural ("win trophies"), by a name right after one of `described_by` ("her coach X"); never when `unless_role` is filled by an entity. With
    `sentence_words` and no role, the trigger's sentence holds one of them ("was replaced by X in the 60th
    minute": a substitution, no appointment). With `head_lemmas`, the trigger is the subject or object of one of those
    verbs ("had his conviction quashed"); with `clause_of`, an adverbial clause of one of those verbs ("was elected mayor,
    beating X"). With `from_after`, the trigger is the object of "from" after one of those
    nouns ("a son from his previous relationship with Y"). With `object_antecedent_words`, the trigger heads a relative
    clause or participle whose noun -- the verb's object, not its subject -- is one of those words ("a claim X dismissed
    as nonsense", "a claim dismissed by X": a claim dismissed, no one). With `unnamed`, the role is filled by no entity while each role of `with_types`
    is filled by an entity of its types ("took over his family's dealership"), unless the role's last word is one of `unless_words`.
    With `several`, the role is filled more than once ("A and B called it a day").  With `object_infinitive`, the trigger's
    object is one of those nouns with an infinitive of its own ("won the race to sign X"). With `participle_on`, the trigger
    is a participle on a word of those parts of speech ("one of nine won by X"). With `next_words`, the word right after the
    trigger, hung on it, is one of them ("retired hurt").  With `gerund_after`, a gerund follows one of those prepositions
    on the trigger ("joined X in suspending trading").  With `score`, the role's words hold a match score ("a 2-1 victory").  With `plural`, the trigger is a plural noun.  With `prep_words`, the trigger has a preposition of those
    ("met with X").  With `for_number`, a "for" on the trigger takes a number or "a duck" ("dismissed for 14").  With
    `object_ent_types`, the trigger's direct object is a word of a
    recognizer span of those labels ("fired a 67").  With `after_number`, a number stands right before the trigger ("42.5
    billion won": a currency). With `words`, a role ending in one of
    `kept_phrases` (its last two words) is kept ("won first place": a ranking, not "won a place in the final").  With `planned`,
    the trigger is told as ahead (a plan, a modal, a future), unless its sentence holds one of `unless_sentence_words`."""
    if rule.get("always"):  # every trigger the rule applies to (its lemmas, and its `pos`, `deps` ...)
        return True
    if rule.get("planned"):  # "He will keep his seat", "not here to keep a seat warm": a seat kept ahead, with no election told
        return trigger is not None and modality(trigger, schema().cues) is not None \
            and not any(t.lower_ in rule.get("unless_sentence_words", ()) for t in trigger.sent)
    if "sentence_words" in rule:
        return trigger is not None and any(t.lower_ in rule["sentence_words"] for t in trigger.sent)
    if rule.get("score"):  # "earned China a 2-1 victory", "England's 3-2 victory over Argentina": a match's score, a game won
        return any(a.role in _roles(rule) and SCORE.search(a.text) for a in args) or (
            trigger is not None and trigger.pos_ == "NOUN" and SCORE.search(trigger.doc[trigger.left_edge.i : trigger.i].text) is not None)
    if rule.get("plural"):  # "her tax proposals": a plural trigger noun, several acts of another kind
        return trigger is not None and trigger.tag_ in ("NNS", "NNPS")
    if "prep_words" in rule:  # "met with the delegation", "met on Sunday with X": a meeting held, no two people getting acquainted
        return trigger is not None and any(c.dep_ == "prep" and c.lower_ in rule["prep_words"] and not any(
            g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in children_of(c)) for c in children_of(trigger))
        # (not a time: "was fired on Tuesday")
    if rule.get("for_number"):  # "was dismissed for 14", "dismissed Hayden for a duck": a batter out for a score
        return trigger is not None and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and (g.like_num or g.lower_ in ("duck", "nought")) for g in children_of(c)) for c in children_of(trigger))
    if "object_ent_types" in rule:  # "fired a 67 at the par-71 course": the verb's object a number to the recognizer, a score
        return trigger is not None and any(c.dep_ == "dobj" and c.ent_type_ in rule["object_ent_types"] for c in children_of(trigger))
    if rule.get("after_number"):  # "42.5 billion won": a currency's name after a number, no verb
        before = trigger.doc[trigger.i - 1] if trigger is not None and trigger.i > 0 else None
        return before is not None and (any(ch.isdigit() for ch in before.text) or before.lower_ in ("million", "billion", "trillion"))
    if "gerund_after" in rule:  # "joined X in suspending trading": a gerund after one of these prepositions tells an act shared
        return trigger is not None and any(c.dep_ == "prep" and c.lower_ in rule["gerund_after"] and any(
            g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in children_of(c)) for c in children_of(trigger))
    if "participle_on" in rule:  # "one of nine won by X": a participle on a number, a tally
        return trigger is not None and trigger.dep_ == "acl" and trigger.head.pos_ in rule["participle_on"]
    if "clause_of" in rule:  # "was elected mayor on Tuesday, beating X": a clause telling how the verb above it came about
        return trigger is not None and trigger.dep_ == "advcl" and trigger.head.lemma_.lower() in rule["clause_of"]
    if "head_lemmas" in rule:  # "had her conviction quashed": the noun is what the verb above it undoes
        # ... or the verb's infinitive ("asked her to marry him": the wedding only asked for)
        return trigger is not None and ((trigger.dep_ in ("dobj", "nsubjpass", "nsubj", "xcomp") and trigger.head.lemma_.lower() in rule["head_lemmas"])
                                        # ... or the participle on it ("had her conviction overturned", parsed as a modifier)
                                        or any(c.dep_ == "acl" and c.lemma_.lower() in rule["head_lemmas"] for c in children_of(trigger)))
    if "from_after" in rule:  # "has a son, X, from his relationship with Y": the child's origin, no romance told
        if trigger is None or trigger.dep_ != "pobj" or trigger.head.lower_ != "from":
            return False
        before = trigger.doc[max(trigger.sent.start, trigger.head.i - 8) : trigger.head.i]
        return any(t.pos_ == "NOUN" and t.lemma_.lower() in rule["from_after"] for t in before)
    if "antecedent_words" in rule:  # "the new play by X, which opens on June 19": the relative clause's noun
        return trigger is not None and _antecedent_has(trigger, rule["antecedent_words"])
    if "object_antecedent_words" in rule:  # "a claim the campaign manager, X, dismissed as 'wishful thinking'"
        if trigger is not None and _pronoun_for_words(trigger, rule["object_antecedent_words"]):
            return True  # "..., fuelling rumours of a romance. His publicist dismissed them on Tuesday"
        if trigger is None or trigger.dep_ not in ("relcl", "acl") or any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS
                                                                           for c in children_of(trigger)):
            return False  # (also "a claim dismissed by X"; not "a claim that ...": the noun as subject)
        noun = trigger.head  # (or the noun the parser hung the clause's subject on in apposition: "a story her lawyer, X, dismissed")
        for _ in range(3):
            if noun.lemma_.lower() in rule["object_antecedent_words"]:
                return True
            if noun.dep_ != "appos":
                return False
            noun = noun.head
        return False
    if "clause_words" in rule:
        return trigger is not None and any(t.lower_ in rule["clause_words"] for t in _own_clause(trigger))
    if "done_unless" in rule:  # "announced that it had hired X", "X has raised $38m, the company announced": news of a deed
        return trigger is not None and _told_done(trigger, rule["done_unless"])
    if "repeated" in rule:  # "have met six times", "met twice before": meetings counted, not the first one
        return trigger is not None and any(t.lower_ in ("twice", "thrice") or (t.lower_ in rule["repeated"] and any(
            c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in TALLY_WORDS | {"few", "countless", "numerous"})
            for c in children_of(t))) for t in _own_clause(trigger))
    if rule.get("infinitive"):  # "was born to run a business": an infinitive on the trigger, a calling, no birth told
        return trigger is not None and any(c.dep_ in ("advcl", "xcomp") and any(g.dep_ == "aux" and g.tag_ == "TO" for g in children_of(c))
                                           for c in children_of(trigger))
    if "object_infinitive" in rule:  # "won the race to sign X": a contest to do something, no prize
        objects = [c for c in children_of(trigger) if c.dep_ == "dobj" and c.lemma_.lower() in rule["object_infinitive"]]
        return any(g.dep_ in ("acl", "relcl", "advcl") and any(a.dep_ == "aux" and a.tag_ == "TO" for a in children_of(g))
                   for g in (*children_of(objects[0]), *children_of(trigger))) if objects and trigger is not None else False
        # (the parser hangs the infinitive on the object or on the verb)
    if "trigger_modifiers" in rule:  # "a cameo appearance on X": the kind of the act said by a word before it
        return trigger is not None and any(c.dep_ in ("amod", "compound") and c.lower_ in rule["trigger_modifiers"]
                                           for c in children_of(trigger))
    if "frame_words" in rule:  # "quit smoking", "stepped down from the stage", "retired from the race": what the words name
        return trigger is not None and any(w.lemma_.lower() in rule["frame_words"].get("object" if c.dep_ == "dobj" else c.lower_, ())
                                           and not _named_body(w)  # (not "quit Hanrahan Media", a body named with the word)
                                           for c in children_of(trigger) if c.dep_ in ("dobj", "prep")
                                           for w in ([c] if c.dep_ == "dobj" else [g for g in children_of(c) if g.dep_ == "pobj"]))
    if "next_words" in rule:  # "retired hurt": a word right after the verb saying how (parsed as a clause of its own)
        return trigger is not None and trigger.i + 1 < trigger.sent.end and trigger.nbor(1).lower_ in rule["next_words"] \
            and trigger.nbor(1).head.i == trigger.i
    if rule.get("attributing"):  # "... left a restaurant with Y on Sunday, the Evening Spark reported": the source a claim is
        # told from, after it (or "was reported by X to be ..."), no publication of its own
        # told with no time of its own ("..., the Westgate Post reported on Thursday": a report that day, which the fixtures list)
        return trigger is not None and not _dated_here(trigger) and (
            any(c.dep_ in ("ccomp", "parataxis") and c.i < trigger.i for c in children_of(trigger))
            or (any(c.dep_ == "auxpass" for c in children_of(trigger)) and any(c.dep_ == "xcomp" for c in children_of(trigger))))
    if rule.get("bare_participle"):  # "X, pictured, joined the firm": a participle on a noun with no word of its own
        return trigger is not None and trigger.dep_ == "acl" and all(c.dep_ == "punct" for c in children_of(trigger))
    if rule.get("ahead"):  # "will defend their title in June": a contest to come, no outcome told
        return trigger is not None and modality(trigger, schema().cues) is not None
    roles = _roles(rule)
    if "unless_role" in rule and any(a.role == rule["unless_role"] and a.entity for a in args):
        return False  # "signed a contract with X": a hiring, kept for the promotion
    if rule.get("unnamed"):  # "the coach X took over the programme": a role filled by no name, with the others' types
        named = ctx is not None and all(any(a.role == role and (e := _entity_of(a, ctx, trigger)) is not None and e.type in types
                                            for a in args) for role, types in rule.get("with_types", {}).items())
        kept = [a for a in args if a.role in roles and a.text.lower().split()[-1:] and a.text.lower().split()[-1] in rule.get("unless_words", ())]
        return named and not kept and any(a.role in roles for a in args) and not any(a.role in roles and a.entity for a in args)
    if rule.get("several"):  # "A and B called it a day": the role filled twice, a couple parting (no career ended)
        return sum(a.role in roles for a in args) > 1
    if "entity_types" in rule:
        others = {b.entity for b in args if b.role in rule.get("unless_same_as", ()) and b.entity}
        return ctx is not None and any(  # ("unless_same_as": not the one of that role, "X takes the helm" misread with X the post)
            a.role in roles and (e := _entity_of(a, ctx, trigger)) is not None and e.type in rule["entity_types"] and e.id not in others
            and not listed_among_people(a, args, ctx, trigger)
            for a in args
        )
    for arg in args:
        if arg.role in roles and rule.get("filled"):
            return True
        if arg.role in roles and rule.get("described_after") and _relative_verb(arg, trigger) in rule["described_after"]:
            return True  # "parted company with X, who had coached her since she was 15": a working tie, no couple
        if arg.role in roles and ctx is not None and rule.get("described_by"):
            before = ctx.analysis.document.text[max(arg.start - 40, 0) : arg.start].split()
            between = ctx.analysis.document.text[trigger.idx + len(trigger.text) : arg.start] \
                if 0 <= arg.start - trigger.idx <= DESCRIBED_REACH else ""
            told = {w.strip(",;").lower() for w in between.split()}
            if told & PARTNER_NOUNS:
                continue  # "split from her husband, the tennis coach X": a couple, whatever else X is
            if before and before[-1].lower().rstrip(",") in rule["described_by"]:
                return True  # "split from her coach X", "split with her mentor, X": the noun before the name says who X is
            if told & set(rule["described_by"]):
                return True  # "split from her longtime coach, her mother, X": the descriptions set before the name
        words = arg.text.lower().split()
        if arg.role in roles and words and words[-1] in rule.get("words", ()) \
                and not (rule.get("named_kept") and _named_company(arg, ctx, trigger)) \
                and " ".join(words[-2:]) not in rule.get("kept_phrases", ()):
            return True  # "unveiled a plan" launches no product ("kept_phrases": "won first place", a ranking, not "a place")
        if arg.role in roles and rule.get("apposed") and _apposed_noun(arg, trigger, rule.get("definite", False),
                                                                       rule.get("bare", False)) in rule["words"]:
            return True  # "Iron Bridge, a film about a singer, opens on Friday": a film, no business
        if arg.role in roles and not arg.entity and len(words) == 1 and words[0] in rule.get("bare_words", ()):
            return True  # "left school at 16": the word alone, no determiner (not "left the school last summer")
        if arg.role in roles and not arg.entity and len(words) > 1 and words[0] in rule.get("first_words", ()) \
                and words[-1] not in rule.get("except_words", ()):
            return True  # "seen leaving a theatre": a building left, not a job
        counted = words[2:] if len(words) > 2 and words[0] in LIMITERS and words[1] == "than" else words[1:]  # ("more than")
        if arg.role in roles and rule.get("counted") and len(words) > 1 and words[0] in LIMITERS and counted and (
                counted[0] in NUMBERS or counted[0].isdigit() or AMOUNT.match(counted[0])):
            return True  # "won only two of his last 14 matches": a tally; "earned more than £700,000": a sum
        if arg.role in roles and rule.get("counted") and (
                ((len(words) > 1 and (words[0] in NUMBERS or words[0].isdigit()) or (words and AMOUNT.match(words[0])))
                 and not (len(words) > 1 and words[1] in RACE_UNITS))
                or (len(words) == 1 and words[0] in TALLY_WORDS and ctx is not None  # "with Bellhouse winning four": a tally
                    and not ctx.analysis.document.text[arg.end : arg.end + 4].lstrip().startswith("of"))):
            return True  # ("took home £250,000": a sum, no prize; "won the 400 metres": a race)
        if arg.role in roles and rule.get("counted") and ctx is not None and (
                (len(words) == 1 and words[0] in TALLY_WORDS) or words in (["the", "last"], ["the", "first"])) \
                and TALLY_OF.match(ctx.analysis.document.text[arg.end : arg.end + 80]):
            return True  # "won three of his five games", "won the last of his 27 caps": a record of results, no prize
        if arg.role not in roles or arg.entity or rule.get("counted") or rule.get("words"):
            continue
        words = arg.text.split()
        if len(words) == 1 and (words[0].lower() in PRONOUNS or (words[0].islower() and words[0].endswith("s"))):
            return True
    return False
