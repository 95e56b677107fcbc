"""The grammar engine: rules are data, applied bottom-up over a chart of tokens.

A rule is a name, a pattern (a list of pieces) and a production.  A piece is written as
- `word|other` : one token whose lower-cased text is one of these words;
- `#kind|kind2` : an item already recognized (a lexicon entry such as `#month`, or the output
  of another rule such as `#date`, `#duration`, `#num`);
- `/regex/` : one token whose lower-cased text matches the regex;
a trailing `?` makes a piece optional, and a leading `^` demands no space before the token
("30th", "1990s", "p.m.").  `period|#unit` mixes words and kinds.  The production receives the
matched items (None for a skipped optional piece) and returns an underspecified meaning (a dict),
or None to reject the match.
Composition comes from rules taking recognized items as pieces, as in Duckling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .tokens import Token

Meaning = dict[str, Any]


@dataclass(slots=True)
class Item:
    kind: str  # "tok" for a raw token, else a lexicon category or a rule's output kind
    start: int  # first token index
    end: int  # token index after the last
    value: Any  # lower-cased text for tokens, the meaning for everything else
    rule: str = ""
    parts: tuple[Item | None, ...] = ()
    cap: bool = False  # first token capitalized
    key: str = ""  # index key: "w:<word>" for a token, else the kind


@dataclass(slots=True)
class Piece:
    words: frozenset[str] | None = None
    kinds: frozenset[str] | None = None
    regex: re.Pattern[str] | None = None
    optional: bool = False
    tight: bool = False  # no whitespace allowed before it
    keys: frozenset[str] = frozenset()  # chart index keys this piece can match ("w:word" or a kind)

    def __post_init__(self) -> None:
        self.keys = frozenset({f"w:{w}" for w in self.words or ()} | set(self.kinds or ()))

    def accepts(self, item: Item, tokens: Sequence[Token]) -> bool:
        if self.tight and tokens[item.start].space_before:
            return False
        if item.kind != "tok":
            return self.kinds is not None and item.kind in self.kinds
        if self.words is not None:
            return item.value in self.words
        return self.regex is not None and self.regex.fullmatch(item.value) is not None


def parse_piece(spec: str) -> Piece:
    optional = spec.endswith("?") and len(spec) > 1
    spec = spec[:-1] if optional else spec
    tight = spec.startswith("^") and len(spec) > 1
    spec = spec[1:] if tight else spec
    if len(spec) > 2 and spec.startswith("/") and spec.endswith("/"):
        return Piece(regex=re.compile(spec[1:-1]), optional=optional, tight=tight)
    alts = spec.split("|")
    all_kinds = spec.startswith("#") and len(spec) > 1  # "#num|art": every alternative is a kind
    kinds = frozenset(a.lstrip("#") for a in alts if all_kinds or (a.startswith("#") and len(a) > 1))
    words = frozenset(a for a in alts if not all_kinds and not (a.startswith("#") and len(a) > 1))
    return Piece(words=words or None, kinds=kinds or None, optional=optional, tight=tight)


@dataclass(slots=True)
class Rule:
    name: str
    kind: str  # kind of the item it produces
    pattern: list[Piece]
    produce: Callable[..., Meaning | None]
    pieces: str = ""  # the pattern as written, for explanations
    firsts: list[Piece] = field(default_factory=list)  # pieces that can start a match
    uses: frozenset[str] = frozenset()  # every index key any piece can match (regex: "*")
    head: tuple[frozenset[str], frozenset[str]] | None = None  # keys of two required leading pieces
    rank: int = 0  # position in the grammar: earlier rules win ties


def rule(name: str, kind: str, pattern: str, produce: Callable[..., Meaning | None]) -> Rule:
    pieces = [parse_piece(p) for p in pattern.split()]
    firsts = []
    for p in pieces:
        firsts.append(p)
        if not p.optional:
            break
    uses: set[str] = set()
    for p in pieces:
        uses |= p.keys
        if p.regex is not None:
            uses.add("*")
    head = None  # (keys of a required first piece, keys that can follow it up to the next required piece)
    if pieces and not pieces[0].optional and pieces[0].regex is None:
        follow: set[str] = set()
        for p in pieces[1:]:
            if p.regex is not None:
                follow = set()
                break
            follow |= p.keys
            if not p.optional:
                head = (pieces[0].keys, frozenset(follow))
                break
    return Rule(name, kind, pieces, produce, pattern, firsts, frozenset(uses), head)


class Grammar:
    """Rules indexed by what can start them, so each position only tries rules that may fit."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        for i, r in enumerate(rules):
            r.rank = i
        self.by_word: dict[str, list[Rule]] = {}
        self.by_kind: dict[str, list[Rule]] = {}
        self.by_regex: list[Rule] = []
        self._memo: dict[tuple[str, ...], list[Rule]] = {}
        for r in rules:
            seen: set[int] = set()
            for p in r.firsts:
                for w in p.words or ():
                    self._add(self.by_word, w, r, seen)
                for k in p.kinds or ():
                    self._add(self.by_kind, k, r, seen)
                if p.regex is not None and id(r) not in seen:
                    seen.add(id(r))
                    self.by_regex.append(r)

    @staticmethod
    def _add(index: dict[str, list[Rule]], key: str, r: Rule, seen: set[int]) -> None:
        bucket = index.setdefault(key, [])
        if not bucket or bucket[-1] is not r:
            bucket.append(r)

    def candidates(self, items: list[Item], signature: tuple[str, ...]) -> list[Rule]:
        """Rules that may start at a position holding these items (keys `signature`), in grammar order."""
        found = self._memo.get(signature)
        if found is None:
            out: dict[int, Rule] = {}
            for it in items:
                bucket = self.by_word.get(it.value) if it.kind == "tok" else self.by_kind.get(it.kind)
                for r in bucket or ():
                    out[r.rank] = r
            for r in self.by_regex:
                out[r.rank] = r
            found = [out[k] for k in sorted(out)]
            if len(self._memo) < 50_000:
                self._memo[signature] = found
        return found


class Chart:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.at: list[list[Item]] = [[] for _ in range(len(tokens) + 1)]
        self.keys: set[tuple[Any, ...]] = set()
        self.keys_at: list[set[str]] = [set() for _ in range(len(tokens) + 1)]  # keys of the items at each position
        self.sig: list[tuple[str, ...]] = [() for _ in range(len(tokens) + 1)]  # the same, in order
        for i, tok in enumerate(tokens):
            key = "w:" + tok.low
            self.at[i].append(Item("tok", i, i + 1, tok.low, cap=tok.text[:1].isupper(), key=key))
            self.keys_at[i].add(key)
            self.sig[i] = (key,)

    def seed(self, item: Item) -> None:
        """Add a lexicon item (never a duplicate, so no check)."""
        item.key = item.kind
        self._index(item)

    def add(self, item: Item) -> bool:
        # a rule over the same parts always produces the same meaning: the derivation is the identity
        key = (item.rule, item.start, item.end, tuple(id(p) for p in item.parts))
        if key in self.keys:
            return False
        self.keys.add(key)
        item.key = f"w:{item.value}" if item.kind == "tok" else item.kind
        self._index(item)
        return True

    def _index(self, item: Item) -> None:
        self.at[item.start].append(item)
        self.keys_at[item.start].add(item.key)
        self.sig[item.start] += (item.key,)

    def matches(self, r: Rule, start: int) -> list[tuple[Item | None, ...]]:
        """Every way the rule's pattern matches from token `start` (depth-first, iterative)."""
        out: list[tuple[Item | None, ...]] = []
        at, tokens, pattern = self.at, self.tokens, r.pattern
        n, size = len(tokens), len(pattern)
        stack: list[tuple[int, int, tuple[Item | None, ...]]] = [(0, start, ())]
        while stack:
            k, pos, acc = stack.pop()
            if k == size:
                if any(a is not None for a in acc):
                    out.append(acc)
                continue
            piece = pattern[k]
            if piece.optional:
                stack.append((k + 1, pos, acc + (None,)))
            if pos >= n or (piece.tight and tokens[pos].space_before):
                continue
            if piece.regex is None:
                keys = piece.keys
                for item in at[pos]:
                    if item.key in keys:
                        stack.append((k + 1, item.end, acc + (item,)))
            else:
                for item in at[pos]:
                    if piece.accepts(item, tokens):
                        stack.append((k + 1, item.end, acc + (item,)))
        return out

    def saturate(self, grammar: Grammar, max_rounds: int = 6, reach: int = 8) -> None:
        """Apply rules until nothing new appears (bounded): compositions build on earlier items."""
        at, tokens, keys_at = self.at, self.tokens, self.keys_at
        n = len(tokens)
        dirty = set(range(n))
        new_keys: set[str] | None = None  # kinds made in the last round (None: first round)
        for _ in range(max_rounds):
            added = False
            fresh: set[int] = set()
            made: set[str] = set()
            for pos in sorted(dirty):
                here = at[pos]
                for r in grammar.candidates(here, self.sig[pos]):
                    if new_keys is not None and r.uses.isdisjoint(new_keys):
                        continue
                    head = r.head
                    if head is not None:  # quick test of the first two required pieces
                        first, follow = head
                        for it in here:
                            if it.key in first and it.end < n and not follow.isdisjoint(keys_at[it.end]):
                                break
                        else:
                            continue
                    for parts in self.matches(r, pos):
                        meaning = r.produce(*parts)
                        if meaning is None:
                            continue
                        first_item = next(p for p in parts if p is not None)
                        last_item = next(p for p in reversed(parts) if p is not None)
                        item = Item(r.kind, first_item.start, last_item.end, meaning, r.name, tuple(parts),
                                    tokens[first_item.start].text[:1].isupper())
                        if self.add(item):
                            added = True
                            made.add(item.kind)
                            fresh.update(range(max(0, item.start - reach), item.start + 1))
            if not added:
                return
            dirty = fresh
            new_keys = made
