"""Generation: KV cache, sampling, and the ABC constraint that makes every piece valid.

A reply has the shape  <|action|>plan<|/action|> prose [<|abc|> ABC <|/abc|>] <|end|>, where the plan
is the turn's reading (`reading.plan`), written in its grammar.
Inside the ABC span each sampled token is offered to an incremental `music.abc.Scanner`; a
token that would break the grammar or overfill a bar is struck out and the step samples
again, so only the few tokens actually drawn are checked. `<|/abc|>` is allowed only where
the tune may end, and after it only `<|end|>`. Given the piece a reply revises, the ABC may
also be a patch of it (`music.patch`), which the scanner holds to the piece's bars.
"""
from __future__ import annotations

import bisect
import codecs
import itertools
import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np
import torch

from music.abc import STILL_OPEN, AbcError, Scanner
from music.form import Form, fits_title
from music.tune import Tune
from reading.plan import PLAN, may_become_plan
from tokenizer import Tokenizer

from . import checkpoint
from .decode import decoder_for
from .lstm import LSTM
from .model import Transformer

PROSE = 80  # tokens of words before a piece that is due (the sentence before a tune is about 25)
TRIES = 24  # draws per step before the constraint walks down the whole ranked vocabulary
RETRIES = 12  # times a candidate may go back to an earlier bar line from a dead end
HOTTER = 0.25  # the temperature rises by this share of itself at each return to a bar line
WENT_BACK = -2  # what `stream` yields for a candidate that went back
WALK = 200  # tokens tried in a new piece, most likely first, before a place is taken for a dead end
TITLE = 72  # characters of a T: line written, "T:" included; the corpus's longest title has 70
# one to three characters four times over ("Arworworworwor"): a model stuck, not a title
STUTTER = re.compile(r"(.{1,3}?)\1{3}")


@dataclass
class Sampling:
    temperature: float = 0.8
    top_k: int = 40
    top_p: float = 0.95
    repetition_penalty: float = 1.0
    max_tokens: int = 1200
    deadline: float | None = None  # seconds of wall clock for the whole reply
    seed: int | None = None
    constrain: bool = True
    piece: bool = False  # the reply must hold a piece: no end before it, and prose gives way to it
    bars: int | None = None  # a piece ends at the first point it may after this many bars of its first voice


@dataclass
class Mark:
    """A candidate's state right after a bar line: where it may go back to."""
    place: tuple[int, int]  # voices, and bars of the last voice
    length: int  # tokens of the reply
    scanner: Scanner
    last_end: int | None
    closing: bool
    failures: int = 0


class Row:
    """One candidate's progress through the reply grammar."""

    def __init__(self, tok: Tokenizer, header: dict[str, set[str]] | None = None, piece: bool = False,
                 bars: int | None = None, base: Tune | None = None, form: Form | None = None, style: str | None = None,
                 start: str | None = None):
        self.tok = tok
        self.piece = piece  # a piece is due: see Sampling.piece
        self.bars = bars  # see Sampling.bars
        self.closing = False  # the piece is long enough and may end here: it must
        self.header = header  # values header fields must take (Scanner's `require`)
        self.base = base  # the piece being revised, which the ABC may patch instead of writing anew
        self.form = form  # the shape a new piece's melody must take (music.form)
        self.style = style  # the type of piece asked for: its title may not name another
        self.ids: list[int] = []
        self.scanner: Scanner | None = None  # set while inside the ABC span
        self.trial: tuple[int, Scanner] | None = None  # the last token allowed, and the scanner after it
        self.partial = b""  # bytes of a character not yet whole
        self.last_end: int | None = None  # length of ids at the last point the tune could end
        self.closed_abc = False
        self.action: str | None = None  # the text of a plan being written
        self.planned = False  # the prompt ends with the plan: the reply is its words and music
        self.plan_doubt = 0.0  # -log p of the least likely token of the plan written
        self.done = False
        # the state at each bar line of the ABC, to go back to from a dead end (see `go_back`)
        self.marks: list[Mark] = []
        self.retries = 0
        self.log_likelihood, self.scored = 0.0, 0  # of the tokens of the ABC, for the critic
        # a piece written on from `start` (its opening, written before, ends the prompt after
        # <|abc|>): the reply's tokens are the rest of its ABC
        self.start = start
        if start is not None:
            self.scanner = Scanner.continuing(start, form)
            self.mark()  # a dead end in the first new bar goes back to where the piece was left

    @property
    def likelihood(self) -> float:
        """Mean log-probability of the ABC's tokens under the model (0 before any)."""
        return self.log_likelihood / self.scored if self.scored else 0.0

    def allows(self, token: int) -> bool:
        """Whether the token keeps the reply well formed, and the ABC valid, so far."""
        s = self.tok.special
        if self.closed_abc:
            return token == s["<|end|>"]
        if self.action is not None:
            return self.allows_in_action(token)
        if self.scanner is None:  # prose: the only control tokens are the plan first, the ABC, the end
            if token == s["<|action|>"]:
                return not self.ids and not self.planned
            if self.piece and s["<|abc|>"] not in self.ids:
                return token == s["<|abc|>"] or len(self.ids) < PROSE and not self.tok.is_special(token)
            return not self.tok.is_special(token) or token in (s["<|abc|>"], s["<|end|>"])
        if token == s["<|/abc|>"]:
            return not self.partial and self.scanner.can_end()
        if self.tok.is_special(token) or self.closing:
            return False
        try:
            text, partial = split_utf8(self.partial + self.tok.piece_bytes[token])
            # half a character is fine where a whole non-ASCII one would be (a title), not elsewhere
            text += "é" if partial else ""
            title = self.scanner.pending + text.split("\n")[0]
            if title.startswith("T:") and (len(title) > TITLE or STUTTER.search(title) or self.form is not None
                                           and not fits_title(title[2:], self.style, "\n" in text)):
                return False
            trial = self.scanner.copy().feed(text).settle()
        except (AbcError, UnicodeDecodeError):
            return False
        self.trial = None if partial else (token, trial)  # `take` uses it rather than feeding again
        return True

    def allows_in_action(self, token: int) -> bool:
        """Inside <|action|> ... <|/action|>: a plan in its grammar, nothing else."""
        if token == self.tok.special["<|/action|>"]:
            return PLAN.fullmatch(self.action) is not None
        if self.tok.is_special(token):
            return False
        return may_become_plan(self.action + self.tok.piece_bytes[token].decode("utf-8", errors="replace"))

    def take(self, token: int, constrain: bool):
        s = self.tok.special
        self.ids.append(token)
        if token == s["<|end|>"]:
            self.done = True
        elif token == s["<|action|>"] and constrain:
            self.action = ""
        elif token == s["<|/action|>"]:
            self.action = None
        elif self.action is not None:
            self.action += self.tok.piece_bytes[token].decode("utf-8", errors="replace")
        elif token == s["<|abc|>"] and constrain:
            self.scanner, self.partial = self.new_scanner(), b""
        elif token == s["<|/abc|>"]:
            self.scanner, self.closed_abc = None, constrain
        elif self.scanner is not None:
            text, self.partial = split_utf8(self.partial + self.tok.piece_bytes[token])
            if self.trial is not None and self.trial[0] == token:
                self.scanner = self.trial[1]
            else:
                self.scanner.feed(text)
            self.trial = None
            if any(c in text for c in "|]\n") and self.scanner.can_end():
                self.last_end = len(self.ids)
                self.closing = self.bars is not None and self.bars_written() >= self.bars
            elif self.runs_on():
                self.done = True  # `reply` closes the repeat at the bar line that made the length
            self.mark()

    def mark(self):
        """Keep the state after each bar line that completes a bar, to write on from there."""
        voices, pending = self.scanner.voices, self.scanner.pending.strip()  # a line break may wait after a bar line
        if not voices or self.partial or voices[-1].open:
            return
        on_bar_line = set(pending) <= set("|:]") if pending else not voices[-1].items  # "|" may grow to "||"
        if not on_bar_line:
            return
        place = (len(voices), len(voices[-1].lengths) + bool(pending))
        if not self.marks or self.marks[-1].place != place:
            self.marks.append(Mark(place, len(self.ids), self.scanner.copy(), self.last_end, self.closing))

    def go_back(self) -> bool:
        """From a dead end (no token the constraint allows: a tie or a broken rhythm that led to
        a note the form refuses), go back to the last bar line, or to the one before it when
        the bar after it keeps failing, and write on from there with new draws. False when
        the retries are spent."""
        if self.retries >= RETRIES or not self.marks:
            return False
        self.retries += 1
        if self.marks[-1].failures >= 2 and len(self.marks) > 1:
            self.marks.pop()
        mark = self.marks[-1]
        mark.failures += 1
        del self.ids[mark.length:]
        self.scanner, self.trial, self.partial = mark.scanner.copy(), None, b""
        self.last_end, self.closing = mark.last_end, mark.closing
        return True

    def new_scanner(self) -> Scanner:
        return Scanner(build=False, require=self.header, base=self.base, form=self.form)

    def runs_on(self) -> bool:
        """The first voice has its bars but a repeat it opened is still open: the tune cannot
        end at any bar line the model may write next, and could run on to the token cap.
        (A piece with a form ends where its form does.)"""
        voices = self.scanner.voices
        return (self.bars is not None and self.form is None and len(voices) == 1 and voices[0].repeat in STILL_OPEN
                and self.bars_written() >= self.bars)

    def bars_written(self) -> int:
        """Bars of the first voice so far (0 before it starts)."""
        voices = self.scanner.voices if self.scanner is not None else []
        return len(voices[0].lengths) if voices else 0

    def reply(self) -> list[int]:
        """The reply's tokens, closed properly even where the token cap, the deadline or a dead
        end cut it short: an unfinished tune is cut back to its last point where it could end;
        one that never reached such a point (a repeat opened and never closed) is closed at one
        of its last bar lines (see `closed`), or dropped if none will do."""
        s = self.tok.special
        if self.action is not None:  # a plan cut short is no plan
            return [s["<|end|>"]]
        if self.done and self.scanner is None:
            return self.ids
        ids = self.ids[:-1] if self.ids and self.ids[-1] == s["<|end|>"] else self.ids
        if self.start is not None:  # the rest of a piece begun in the prompt, to where it may end
            return ids[:self.last_end] + [s["<|/abc|>"], s["<|end|>"]] if self.last_end else [s["<|end|>"]]
        if self.scanner is None:  # cut in the prose, or in a tune that was not checked
            return ids + [s["<|end|>"]]
        start = ids.index(s["<|abc|>"])
        if self.last_end is None:
            closed = self.closed(self.tok.decode(ids[start + 1:]))
            return ids[:start + 1] + closed + [s["<|/abc|>"], s["<|end|>"]] if closed else ids[:start] + [s["<|end|>"]]
        return ids[:self.last_end] + [s["<|/abc|>"], s["<|end|>"]]

    def closed(self, abc: str, tries: int = 16) -> list[int] | None:
        """The tokens of `abc` cut at one of its last bar lines, that bar line made `:|` or
        `|]` so that the tune may end there; None if no cut among the last `tries` will do."""
        cuts = [i for i, c in enumerate(abc) if c == "|"][::-1][:tries]
        for cut in cuts:
            for end in (":|", "|]"):
                text = abc[:cut].rstrip(":|[") + end + "\n"
                try:
                    if self.new_scanner().feed(text).can_end():
                        return self.tok.encode(text)
                except AbcError:
                    continue
        return None


def split_utf8(data: bytes) -> tuple[str, bytes]:
    """The whole characters that `data` starts with, and the first bytes of one still to come
    (a byte token may carry part of a character). Raises UnicodeDecodeError on invalid bytes."""
    try:
        return data.decode(), b""  # almost always whole characters: no decoder to make
    except UnicodeDecodeError:
        decoder = codecs.getincrementaldecoder("utf-8")()
        return decoder.decode(data), decoder.getstate()[0]


class Draws:
    """Uniform draws in [0, 1) from a request's own seeded `torch.Generator`, made 256 at a time:
    one call to torch costs as much as a whole step of the sampler."""

    def __init__(self, seed: int):
        self.gen = torch.Generator().manual_seed(seed)
        self.ready: list[float] = []

    def next(self) -> float:
        if not self.ready:
            self.ready = torch.rand(256, generator=self.gen, dtype=torch.float64).tolist()[::-1]
        return self.ready.pop()


class Generator:
    def __init__(self, model: Transformer | LSTM, tok: Tokenizer):
        self.model = model.eval()
        self.decoder = decoder_for(model)
        self.tok = tok
        self.lock = threading.Lock()  # the decoder holds one KV cache: one reply at a time
        # tokens of bar-line characters alone: what completes a bar line the form asks for
        # (`]` after a final `|`), which the model may rank below the walk
        self.bar_lines = [i for i, piece in enumerate(tok.piece_bytes)
                          if piece and not tok.is_special(i) and set(piece) <= set(b"|:]\n")]

    @classmethod
    def load(cls, folder: str | Path | None = None) -> "Generator":
        model, tok, _ = checkpoint.load(folder)
        return cls(model, tok)

    @staticmethod
    def candidates(logits: np.ndarray, row: Row, s: Sampling) -> tuple[list[int], list[float]]:
        """The tokens one row may draw, most likely first, and their weights (not normalised):
        top-k, then top-p. Only the k best are worked on, as plain numbers: at this size a step
        of the model costs little more than a few array operations."""
        if s.repetition_penalty != 1.0 and row.ids:
            logits = logits.copy()
            seen = np.unique(row.ids[-256:])
            vals = logits[seen]
            logits[seen] = np.where(vals > 0, vals / s.repetition_penalty, vals * s.repetition_penalty)
        k = min(s.top_k or len(logits), len(logits))
        tokens = np.argpartition(-logits, k - 1)[:k] if k < len(logits) else np.arange(len(logits))
        tokens = tokens[np.argsort(-logits[tokens], kind="stable")]
        values = logits[tokens]
        temperature = s.temperature * (1 + HOTTER * row.retries)  # each return from a dead end draws more freely
        weights = np.exp((values - values[0]) / max(temperature, 1e-5)).tolist()
        if s.top_p < 1.0:  # the smallest head whose mass reaches top_p
            reach, head = s.top_p * sum(weights), 0
            for before in itertools.accumulate(weights, initial=0.0):
                if before > reach or head == len(weights):
                    break
                head += 1
            weights = weights[:head]
        return tokens.tolist()[:len(weights)], weights

    def choose(self, logits: np.ndarray, row: Row, s: Sampling, gen: Draws) -> int | None:
        """Sample a token the row allows: draw, strike out what the constraint refuses, draw
        again. None at a dead end inside the ABC, where no token will do."""
        tokens, weights = self.candidates(logits, row, s)
        for _ in range(TRIES):
            cumulative = list(itertools.accumulate(weights))
            if not cumulative[-1] > 0:  # all struck out, or not a number
                break
            u = gen.next() * cumulative[-1]
            i = bisect.bisect_right(cumulative, u)
            i = i if i < len(tokens) else max(j for j, w in enumerate(weights) if w > 0)  # u rounded up to the total
            if not s.constrain or row.allows(tokens[i]):
                return tokens[i]
            weights[i] = 0.0
        ranked = np.argsort(-logits, kind="stable").tolist()
        if row.form is not None and row.scanner is not None:
            ranked = ranked[:WALK]  # a new piece's form refuses much: beyond these, go back instead
        for token in ranked + self.bar_lines:  # rare: walk down the ranking, then try what closes a bar
            if row.allows(token):
                return token
        return None if row.scanner is not None else self.tok.end

    def step(self, logits: np.ndarray, rows: list[Row], s: Sampling, gen: Draws) -> list[int]:
        """Each unfinished row takes one token; a finished row idles on the end token (-1 here);
        a row at a dead end goes back to an earlier bar line (WENT_BACK), or ends if it cannot."""
        taken = []
        for i, row in enumerate(rows):
            if row.done:
                taken.append(-1)
                continue
            token = self.choose(logits[i], row, s, gen)
            if token is None and row.go_back():
                taken.append(WENT_BACK)
                continue
            token = self.tok.end if token is None else token
            if row.scanner is not None or row.action is not None:
                x = logits[i]
                top = x.max()
                log_p = float(x[token] - top - np.log(np.exp(x - top).sum()))
                if row.scanner is not None:
                    row.log_likelihood += log_p
                    row.scored += 1
                else:
                    row.plan_doubt = max(row.plan_doubt, -log_p)
            row.take(token, s.constrain)
            taken.append(token)
        return taken

    def stream(self, prompt: list[int], s: Sampling = Sampling(), candidates: int = 1) -> Iterator[list[int]]:
        """Yield, after each step, the token each candidate took (or -1 once it has finished)."""
        return self.run(prompt, s, [Row(self.tok, None, s.piece, s.bars) for _ in range(candidates)])

    def run(self, prompt: list[int], s: Sampling, rows: list[Row]) -> Iterator[list[int]]:
        """The decoding loop behind every way of sampling. Closing the iterator (a stopped
        reply) ends it at once and frees the model for the next one."""
        for row in rows:
            row.planned = prompt[-1] == self.tok.special["<|/action|>"]
        with self.lock:
            yield from self.decode(prompt, s, rows)

    def decode(self, prompt: list[int], s: Sampling, rows: list[Row]) -> Iterator[list[int]]:
        candidates = len(rows)
        started = time.monotonic()
        gen = Draws(s.seed if s.seed is not None else torch.seed())
        limit = min(self.model.config.max_seq, len(prompt) + s.max_tokens)
        if len(prompt) >= limit:
            raise ValueError(f"the prompt has {len(prompt)} tokens; the model reads at most {limit}")
        self.decoder.setup_cache(1, limit)
        try:
            last = self.decoder(np.array([prompt]), 0)[:, -1]  # one pass over the prompt serves every candidate
            self.decoder.widen(candidates)
            pending = self.step(np.repeat(last, candidates, 0), rows, s, gen)
            yield pending
            while not all(r.done for r in rows):
                # each row feeds its last token at its own position: one that went back writes
                # over what it had written after that point
                starts = np.array([len(prompt) + len(r.ids) - 1 for r in rows])
                if starts.max() + 1 >= limit:
                    break
                if s.deadline is not None and time.monotonic() - started > s.deadline:
                    break
                # a row gone back to its first token feeds the prompt's last one again
                feed = [[self.tok.end if r.done else r.ids[-1] if r.ids else prompt[-1]] for r in rows]
                yield self.step(self.decoder(np.array(feed), starts)[:, -1], rows, s, gen)
        finally:
            self.decoder.drop_cache()

    def generate(self, prompt: list[int], s: Sampling = Sampling(), candidates: int = 1,
                 header: dict[str, set[str]] | None = None, base: Tune | None = None,
                 form: Form | None = None, style: str | None = None) -> list[list[int]]:
        """Each candidate's reply tokens, ending with the end token (see Row.reply). `header`
        holds the values header fields must take, as in "K" -> {"D", "Dm"}; `base` is the
        piece a reply revises, which its ABC may patch (`music.patch`)."""
        rows = []
        for rows in self.sample(prompt, s, candidates, header, base, form, style):
            pass
        return [row.reply() for row in rows]

    def plan(self, prompt: list[int], tokens: int = 48) -> tuple[str, float] | None:
        """The plan the model writes of its turn, most likely token first, in the plan's grammar,
        and how sure it is of it: the probability of its least likely token. None if it writes
        none in `tokens` tokens. `prompt` ends with the assistant's role."""
        row = Row(self.tok)
        row.action = ""
        for _ in self.run(prompt + [self.tok.special["<|action|>"]], Sampling(top_k=1, max_tokens=tokens), [row]):
            if row.action is None:  # <|/action|> written
                return self.tok.decode(row.ids[:-1]).strip(), float(np.exp(-row.plan_doubt))
        return None

    def sample(self, prompt: list[int], s: Sampling = Sampling(), candidates: int = 1,
               header: dict[str, set[str]] | None = None, base: Tune | None = None,
               form: Form | None = None, style: str | None = None, start: str | None = None) -> Iterator[list[Row]]:
        """The candidates' rows after each step, to watch a reply being written; each row's
        `reply()` is its finished reply once the iterator is spent. `form` and `style` shape a
        new piece (music.form); with `start`, the opening of a piece that the prompt ends with
        (after <|abc|>), each candidate writes the rest of it, held to `form`."""
        rows = [Row(self.tok, header, s.piece, s.bars, base, form, style, start) for _ in range(candidates)]
        for _ in self.run(prompt, s, rows):
            yield rows
