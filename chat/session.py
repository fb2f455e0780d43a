"""A conversation about one piece: the model proposes, the session checks, versions are kept.

Each message is rendered with the chat template (system line, recent turns, the current piece
in full, the message). What the message names about the header (key, meter, tempo, a dance's
meter) is held by the constraint as the model writes, and a new piece ends at the length asked
for (16 bars unless set). A revision's ABC is the whole piece or a patch of it (`music.patch`:
the header fields and voices that change), merged before it is checked. A new piece is
sampled as one candidate, then, if that fails, as two in one batch; a revision as one
candidate.
A candidate is taken only if its piece is valid, does what was asked, and its words are true
of it (see `verify`); a right piece told about in wrong words is taken at once, described from
its analysis instead. If no candidate does a revision that `music/` can make exactly (tempo,
key, mode, instrument, chords, bass), the library makes it; otherwise the piece stays as it was
and the reply says what could not be done. Reworkings the model was not taught (a harmony
line, ornaments, a simpler rhythm, a repeat, an accompaniment, an interval, a mood) the
library makes at once; edits that need new music (more bars, a B part, a new ending, chosen
bars, a variation) the model writes on from the bars kept (`write_on`). Every version is kept;
undo, redo and "go back to version 2" move between them without losing any.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator

from model.generate import Generator, Sampling
from music.abc import AbcError, Scanner, parse, serialise
from music.arrange import with_clefs
from music.analysis import analyse
from music import continuation, critic, harmony, safe, transform
from music.form import Form, form_for, octaves_down
from music.limits import InputError
from music.patch import is_patch, merge
from music.repeats import explicit_repeats
from music.tune import Tune, has_chords
from music.words import changes, instrument_of
from tokenizer import ModelReply, Turn, read_reply, render

from . import edits, questions
from reading.plan import plan_of, request_of
from reading.request import (Move, Request, asks_something, header_for, in_english, kind_of, names_the_music,
                             nothing_definite, read_request, says_yes)
from .verify import false_changes, false_claims, music_problems, off_course

log = logging.getLogger(__name__)
MAX_MESSAGE = 2000  # characters: a request is a sentence or two; ABC goes through upload
# Candidates per batch, batch after batch, before giving up on a new piece: three written
# together, of which the critic takes the best (music.critic), then three more if none passes.
NEW_PIECE_BATCHES = (3, 3)
REPLY_TOKENS = 1200  # room left in the model's window for the reply
STRAGGLERS = 40  # steps the other candidates are given once one has finished its piece
DEADLINE = 20.0  # seconds of sampling per batch
# how sure the model must be of every token of a plan for the session to offer it, where the
# rules read nothing definite: more sure of each than of all the others together
PLAN_SURE = 0.5
# how sure it must be for the session to go by it, in an English message that names something of
# the music or its versions (else it is only offered). On the first readings of eight hand-written
# sets (25, 26, 31 to 36; 3,363 messages), taking plans sure to 0.5 where the rules found the
# message to be about music, and any verb of editing as naming the music, read 3,010 right against
# 2,993, but let five questions and words of thanks change the piece ("Could you clarify the formal
# structure?" planned as a trumpet); as now, none. "Can you draft an email to parents about the museum
# trip?" (set 37) was carried out too, "draft" taken for a word of the versions
PLAN_TAKEN = 0.9
# what a message that asks nothing the composer does is answered (reading.request.Request.unread)
UNREAD = {"foreign": "Sorry, I can only read requests in English for now.",
          "instructions": "I write and change music, and have no other instructions to follow or show.",
          "gibberish": "I could not find a request in that.",
          "off-topic": "I can only help with music: writing tunes, changing them and answering questions about them.",
          "chat": "Glad to help.",
          "declined": "All right, I will leave it as it is."}
HELP = ("Tell me what to write or change, for example \"write a lively jig in D for fiddle\", "
        "\"make it faster\", \"add a bass line\" or \"put it in A minor\".")


@dataclass(frozen=True)
class Version:
    number: int
    abc: str
    tune: Tune = field(repr=False, compare=False)
    request: str


@dataclass
class Reply:
    text: str
    abc: str | None  # the whole current piece, or None before there is one
    changes: list[str]
    version: int  # the current version's number, 0 before there is one
    error: str | None = None

    def to_dict(self) -> dict:
        return {"text": self.text, "abc": self.abc, "version": self.version, "changes": self.changes,
                "error": self.error}


class Composer:
    """The shipped model (or one at `path`), ready to hold sessions."""

    def __init__(self, generator: Generator):
        self.generator = generator

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Composer":
        return cls(Generator.load(path))

    def session(self, seed: int = 0) -> "Session":
        return Session(self.generator, seed)


@dataclass
class Verdict:
    """What the session makes of one candidate reply."""
    carry_out: Callable[[str], Reply] | None  # makes the reply to the message; None: it fails
    problems: list[str] = field(default_factory=list)
    tune: Tune | None = None  # its piece, when the piece is right (even if the words are not)


@dataclass
class ComposeSettings:
    """What the user may set besides the conversation."""
    temperature: float = 0.8  # creativity: higher is bolder, lower is safer
    bars: int = 16  # the most bars of a new piece, unless the message asks for a length
    instrument: int | None = None  # General MIDI program of a new piece, unless the message names one


@dataclass
class Progress:
    """A reply while it is being written."""
    text: str  # the words so far
    bars: int  # bars of music so far


class Session:
    def __init__(self, generator: Generator, seed: int = 0):
        self.generator, self.tok, self.seed = generator, generator.tok, seed
        self.settings = ComposeSettings()
        self.versions: list[Version] = []
        self.current = 0  # number of the version shown; 0 before the first
        self.history: list[Turn] = []
        self.sent = 0
        self.options: list[Tune] = []  # new pieces offered to choose from ("give me three"), none a version yet
        self.offered: Request | None = None  # a reading the model offered last turn, done if the user says yes

    @property
    def piece(self) -> Version | None:
        return self.versions[self.current - 1] if self.current else None

    # -- the conversation ---------------------------------------------------------------
    def send(self, text: str) -> Reply:
        """Answer one message. Whatever goes wrong inside, the versions are left as they were."""
        for event in self.stream(text):
            pass
        return event

    def stream(self, text: str) -> Iterator[Progress | Reply]:
        """Answer one message, showing the reply as it is written: `Progress` while the model
        writes, then the `Reply`. Closing the iterator stops the model; the versions are
        left as they were."""
        try:
            yield from self.answer(text)
        except Exception as e:  # a bug must not cost the user the conversation or the piece
            log.exception("turn failed")
            yield self.reply(f"Sorry, something went wrong on my side ({type(e).__name__}). "
                             f"The piece is unchanged.", error=f"{type(e).__name__}: {e}")

    def answer(self, text: str) -> Iterator[Progress | Reply]:
        """One turn, top to bottom: the message -> its one reading (`understand`) -> an answer in
        words, a move between versions, a piece offered taken, or a revision (`revise`: the
        model or the library -> one check -> a version -> the reply)."""
        message = " ".join(str(text).split())
        if not message or looks_like_abc(text) or len(message) > MAX_MESSAGE:
            yield self.not_a_request(text, message)
            return
        request = self.understand(message)
        if self.offered is not None or request.unread:
            yield self.in_words(message, request)
            return
        if self.piece is not None and nothing_definite(request, message):
            yield self.reply(f"I could not tell what you would like changed. The piece is unchanged "
                             f"(version {self.current}). {HELP}", message)  # no guess of the model's rewrites it
            return
        self.sent += 1
        if request.action:
            yield self.move_asked(message, request)
            return
        if request.pick is not None:
            yield self.take_option(message, request.pick)
            return
        answered = self.answer_question(message, request) if request.question else None
        if answered is not None:
            yield answered
            return
        request = edits.resolve(request, self.revising(request))
        if request.then:  # two reworkings asked at once: the first now, the second when asked again
            for event in self.revise(message, request):
                yield later(event, request.then) if isinstance(event, Reply) else event
            return
        yield from self.revise(message, request)

    def not_a_request(self, text: str, message: str) -> Reply:
        """An empty message, a piece pasted in, or a message too long to be a request."""
        if not message:
            return self.reply(HELP)
        if looks_like_abc(text):
            return self.upload(str(text))
        return self.reply(f"That message is {len(message):,} characters long; I read requests of up to "
                          f"{MAX_MESSAGE:,}. To give me a piece, upload it as an ABC or MusicXML file.")

    def understand(self, message: str) -> Request:
        """The one reading of a message: the reading offered last turn if the user says yes to it,
        else the rules', with the model's plan where the rules read nothing definite (which may
        leave a reading to offer in `self.offered`)."""
        offered, self.offered = self.offered, None
        request = offered if offered is not None and says_yes(message) else read_request(message)
        request, self.offered = self.understood(message, request)
        return request

    def in_words(self, message: str, request: Request) -> Reply:
        """The answer to a message that changes nothing: a reading offered, or a message that
        asks nothing the composer does."""
        where = f" The piece is unchanged (version {self.current})." if self.piece else ""
        if self.offered is not None:
            return self.reply(f"I am not sure what you would like. Did you mean {offer_words(self.offered)}? "
                              f"Say \"yes\" and I will do it.{where}", message)
        return self.reply(UNREAD[request.unread] + where + " " + HELP, message)

    def move_asked(self, message: str, request: Request) -> Reply:
        """Undo, redo or go to a version; a change asked in the same message is left for later."""
        target = self.action_target(request.action)
        if target is None:
            return self.reply(no_version_to(request.action, len(self.versions)), message)
        moved = self.move(message, target)
        return later(moved, kind_of(request)) if request.wants_music else moved

    def answer_question(self, message: str, request: Request) -> Reply | None:
        """A question about the piece, answered from its analysis; None for a question that is
        a request after all (one asked before there is a piece, about nothing in particular)."""
        if self.piece is None:
            return self.reply("There is no piece yet to ask about. " + HELP, message) if request.topic else None
        tune = self.piece.tune
        return self.reply(questions.answer(request.topic, tune) if request.topic else facts(tune), message)

    def revise(self, message: str, request) -> Iterator[Progress | Reply]:
        """The turn of a message that asks for music: by the model, the library, or neither."""
        prompt = self.prompt(message, request)
        if prompt is None:
            yield self.reply("This piece is too long for me to revise in one go. Try asking about it, "
                             "or go back to a shorter version.")
            return
        before = self.revising(request)
        if before is not None and request.rework in continuation.COMPOSED:
            yield from self.write_on(message, request, before)
            return
        if before is not None and request.by_the_library:
            yield self.rework(message, request, before)
            return
        exact = before is not None and request.revises  # the library can make this edit
        carry_out, failures = yield from self.sample(prompt, request, before, exact)
        if carry_out is not None:
            yield carry_out(message)
            return
        if exact:
            revised, found = library_edit(request, before)
            if not found:
                yield self.add_version(message, revised, describe(before, revised))
                return
            failures = found + failures
        yield self.decline(message, request, failures)

    def sample(self, prompt: list[int], request, before: Tune | None, exact: bool):
        """Sample candidates, yielding `Progress` as they are written. Returns (a function that
        carries out the best candidate (see `choose`), or None; what was wrong with the others).
        A batch whose only right piece was told about in wrong words ends the search: that
        piece is taken, described from its analysis, rather than sampling another batch for
        the words."""
        failures: list[str] = []
        header = header_for(request, before)
        few = exact  # one candidate; the library makes an edit it misses
        watch = before is not None and request.revises  # the rhythm must stay: see verify.off_course
        batches = (1,) if few else tuple(max(n, request.options) for n in NEW_PIECE_BATCHES)
        gathered: list[tuple[Tune, float]] = []  # right pieces so far, when several are to be offered
        for round_, count in enumerate(batches):
            sampling = Sampling(seed=self.seed * 100_003 + self.sent * 10 + round_, deadline=DEADLINE,
                                piece=request.wants_music, temperature=self.settings.temperature,
                                bars=self.bars_for(request, before),
                                max_tokens=min(REPLY_TOKENS, self.generator.model.config.max_seq - len(prompt)))
            rows = []
            writing = self.generator.sample(prompt, sampling, candidates=count, header=header, base=before,
                                            form=self.form_for(request, before), style=request.style)
            finished = None  # the step at which the first candidate finished a piece
            try:
                for step, rows in enumerate(writing):
                    yield progress(self.tok, rows[0])
                    partial = written_so_far(self.tok, rows[0]) if watch and count == 1 else None
                    if partial is not None and off_course(request, before, partial):
                        break  # it will fail the check: stop it now and let the library do it
                    if finished is None and any(row.done and row.closed_abc for row in rows):
                        finished = step
                    if finished is not None and step - finished > STRAGGLERS and not request.options:
                        break  # a candidate still going back and forth is not waited for (unless all are offered)
            finally:
                writing.close()  # frees the model at once, not when the iterator is collected
            verdicts = [self.judge(read_reply(self.tok, row.reply()), request) for row in rows]
            if request.options and before is None:
                gathered += [(v.tune, row.likelihood) for v, row in zip(verdicts, rows) if v.tune is not None]
                offered = self.offerable(gathered, request.options)
                if len(offered) == request.options or len(offered) > 1 and round_ == len(batches) - 1:
                    return (lambda message: self.offer(message, offered)), failures
            chosen = self.choose(verdicts, rows, request)
            if chosen is not None and not (request.options and before is None and round_ < len(batches) - 1):
                return chosen, failures  # of several asked, only one right piece was written: it is taken
            failures += [problem for v in verdicts for problem in v.problems]
        return None, failures

    def write_on(self, message: str, request, before: Tune) -> Iterator[Progress | Reply]:
        """An edit the model composes (more bars, a B part, a new ending): the piece's opening
        is kept as it is and ends the prompt, and candidates write the rest of it, held to the
        form (`music.continuation.plan`); the critic chooses among those that pass the checks, and
        every kept bar must be note for note what it was."""
        try:
            plan = continuation.plan(request.rework, before, request.bar_range, request.more)
            Scanner.continuing(plan.start, plan.form)  # the kept bars read as the start of the reply
        except ValueError as e:  # AbcError too: a piece the model cannot write on from
            yield self.decline(message, request, [str(e)])
            return
        prompt = self.prompt(message, request)
        if prompt is None:
            yield self.reply("This piece is too long for me to write on from. Try a shorter version.", message)
            return
        special = self.tok.special
        prompt = prompt + self.tok.encode(plan.words) + [special["<|abc|>"]] + self.tok.encode(plan.start)
        failures: list[str] = []
        for round_, count in enumerate(NEW_PIECE_BATCHES):
            sampling = Sampling(seed=self.seed * 100_003 + self.sent * 10 + round_, deadline=DEADLINE, piece=True,
                                temperature=self.settings.temperature,
                                max_tokens=min(REPLY_TOKENS, self.generator.model.config.max_seq - len(prompt)))
            rows, finished = [], None
            writing = self.generator.sample(prompt, sampling, candidates=count, form=plan.form,
                                            style=continuation.style_of(before), start=plan.start)
            try:
                for step, rows in enumerate(writing):
                    yield Progress(plan.words, rows[0].bars_written())
                    if finished is None and any(row.done and row.closed_abc for row in rows):
                        finished = step
                    if finished is not None and step - finished > STRAGGLERS:
                        break
            finally:
                writing.close()
            written = []
            for row in rows:
                tune, problems = self.written_on(plan, row, request, before)
                failures += problems
                if tune is not None:
                    written.append((tune, row.likelihood))
            if written:
                chosen = written[critic.best([t for t, _ in written], [like for _, like in written])][0]
                said = describe(before, chosen)
                yield self.add_version(message, chosen, said if said.startswith(plan.words[:7]) else f"{plan.words} {said}")
                return
        yield self.decline(message, request, failures or ["no candidate reached the end of the piece"])

    def written_on(self, plan, row, request, before: Tune) -> tuple[Tune | None, list[str]]:
        """One candidate's whole piece, or what is wrong with it."""
        ids = row.reply()
        end = self.tok.special["<|/abc|>"]
        if end not in ids:
            return None, ["a candidate did not reach the end of the piece"]
        try:
            written = self.tok.decode(ids[:ids.index(end)])
            tune = with_clefs(parse(plan.start + (written.rstrip("\n") + plan.rest if plan.rest else written)))
        except AbcError as e:
            return None, [f"the piece does not read: {e}"]
        problems = music_problems(request, before, tune) + continuation.kept_problems(before, tune, plan)
        if tune.melody.bars == before.melody.bars:
            problems.append("a candidate wrote the same bars again")
        return (None, problems) if problems else (tune, [])

    def rework(self, message: str, request, before: Tune) -> Reply:
        """A reworking the library makes (a harmony line, ornaments, an interval...), checked as
        any version is, told from what changed; or the piece unchanged and the reason."""
        try:
            revised = with_clefs(edits.rework(request, before))
        except ValueError as e:
            return self.decline(message, request, [str(e)])
        problems = music_problems(request, before, revised)
        if problems:
            return self.decline(message, request, problems)
        return self.add_version(message, revised, describe(before, revised))

    def form_for(self, request, before: Tune | None) -> Form | None:
        """The shape of a new piece: the length asked, strains or phrases as its style asks; and
        of a piece written again in another meter, its bars in phrases that close on the home
        note, as a new piece's do."""
        rebarred = before is not None and request.meter and not request.rework
        if before is not None and not rebarred or not request.wants_music or request.action:
            return None
        return form_for(request.style, self.bars_for(request, before), request.chords)

    def bars_for(self, request, before: Tune | None) -> int | None:
        """The most bars a piece written now may have: as many as asked for, for a new piece the
        length set, for one written again in another meter as many as it had."""
        if request.bars or before is None:
            return request.bars or self.settings.bars
        return analyse(before).bars if request.meter else None

    def prompt(self, message: str, request: Request | None = None) -> list[int] | None:
        """The conversation ready for the model's reply; with `request`, its plan already written
        (the model writes the words and music of a turn whose reading is settled)."""
        window = self.generator.model.config.max_seq
        ids, _ = render(self.tok, self.history, self.piece.abc if self.piece else None, message,
                        max_tokens=window - REPLY_TOKENS)
        if request is not None:
            s = self.tok.special
            ids += [s["<|action|>"], *self.tok.encode(plan_of(request)), s["<|/action|>"]]
        return ids if len(ids) < window - 200 else None

    def understood(self, message: str, request: Request) -> tuple[Request, Request | None]:
        """The reading a turn goes by, and a reading to offer instead of acting on it. Where the
        rules read something definite, theirs. Where they read nothing definite, the model, which
        sees the conversation, writes the plan of the turn (`Generator.plan`); a plan it is sure
        of (PLAN_SURE) is offered (the piece untouched), and taken only if the model is all but
        certain (PLAN_TAKEN), the message is in English throughout and names something of the
        music or its versions, and the rules did not take it for words alone: "Prueba: cambiar el
        tempo a 90" and "Can you draft an email to parents?" are answered, not carried out, and
        "Say tempo." at most offers the change the plan wrote."""
        if request.sure:
            return request, None
        prompt = self.prompt(message)
        written = self.generator.plan(prompt) if prompt is not None else None
        if written is None or written[1] < PLAN_SURE:
            return request, None
        guess, certain = request_of(written[0]), written[1] >= PLAN_TAKEN
        if guess is None or guess == request or not asks_something(guess):
            return request, None
        if guess.unread:  # words either way: "mighty fine work" is thanks, not off-topic
            return (guess if request.unread and certain else request), None
        if certain and in_english(message) and names_the_music(message) and not request.unread:
            return guess, None  # a message the rules take for words alone ("Say tempo.") is never changed on the plan's word, only offered
        if request.unread and not names_the_music(message):
            return request, None  # "Book me a table for two at 8": nothing of the music to offer a change of
        return request, guess

    def choose(self, verdicts: list["Verdict"], rows, request) -> Callable[[str], Reply] | None:
        """What carries out the best candidate: of those with a right piece, the one the
        critic likes best (a right piece told about in wrong words is described from its
        analysis instead, and so is a folk tune written for a style the composer does not
        know, with a word that says so); else the first that passes; None if none does."""
        pieces = [(v, row) for v, row in zip(verdicts, rows) if v.tune is not None]
        if pieces:
            best = pieces[critic.best([v.tune for v, _ in pieces], [row.likelihood for _, row in pieces])][0]
            before = self.piece.tune if self.piece is not None else None
            if request.foreign and before is None:
                return lambda message: self.add_version(message, best.tune, instead_of(request.foreign)
                                                        + describe(before, best.tune))
            if best.carry_out is not None:
                return best.carry_out
            return lambda message: self.add_version(message, best.tune, describe(before, best.tune))
        return next((v.carry_out for v in verdicts if v.carry_out is not None), None)

    @staticmethod
    def offerable(pieces: list[tuple[Tune, float]], count: int) -> list[Tune]:
        """Of the right pieces written (with the model's likelihood of each), the different
        ones, the critic's favourite first, as many as asked."""
        ranked = critic.ranked([t for t, _ in pieces], [like for _, like in pieces])
        distinct = list({serialise(pieces[i][0]): pieces[i][0] for i in ranked}.values())
        return distinct[:count]

    def offer(self, message: str, tunes: list[Tune]) -> Reply:
        """Several new pieces shown to choose from; none is a version until one is chosen."""
        self.options = tunes
        listed = "; ".join(f"{i}. {facts(t).rstrip('.')}" for i, t in enumerate(tunes, 1))
        return self.reply(f"Here are {len(tunes)} pieces to choose from: {listed}. Say which you want "
                          f"(\"the second one\").", message)

    def take_option(self, message: str, pick: int) -> Reply:
        """One of the pieces offered becomes the next version."""
        if not self.options:
            return self.reply("There are no pieces to choose from just now. Ask for some, for example "
                              "\"give me three jigs to choose from\".", message)
        if not -len(self.options) <= pick - (pick > 0) < len(self.options):
            return self.reply(f"There are {len(self.options)} pieces to choose from; say a number from 1 to "
                              f"{len(self.options)}.", message)
        tune = self.options[pick - 1 if pick > 0 else pick]
        self.options = []
        return self.add_version(message, tune, f"Took that one as version {len(self.versions) + 1}: {facts(tune)}")

    def judge(self, reply: ModelReply, request) -> "Verdict":
        """What to make of one candidate reply: how to carry it out, or what is wrong with it."""
        if reply.abc is not None:
            before = self.revising(request)
            try:
                whole = merge(serialise(before), reply.abc) if before is not None and is_patch(reply.abc) else reply.abc
                tune = self.arranged(parse(whole), request)
            except ValueError as e:  # AbcError, or a patch that cannot be merged
                return Verdict(None, [f"the piece does not read: {e}"])
            found = music_problems(request, before, tune)
            if found:
                return Verdict(None, found)
            words = false_claims(reply.text, tune, request.style if before is None else None) + \
                false_changes(reply.text, before, tune)
            if words:
                return Verdict(None, words, tune)
            return Verdict(lambda message: self.add_version(message, tune, reply.text), [], tune)
        if request.wants_music:
            return Verdict(None, ["no piece was written"])
        if self.piece is not None:
            words = false_claims(reply.text, self.piece.tune)
            if words:
                return Verdict(None, words)
        return Verdict(lambda message: self.reply(reply.text or HELP, message))

    def arranged(self, tune: Tune, request) -> Tune:
        """The piece with a final bar line; a new piece for the instrument asked for (or set),
        moved down to a low instrument's octave (it was composed where tunes are written,
        `music.form.octaves_down`), with the chords or the bass asked for if the model left
        them out; a low voice in the bass clef."""
        tune = with_final_bar(tune)
        if self.piece is None or request.new_piece:
            instrument = request.instrument if request.instrument is not None else self.settings.instrument
            if instrument is None and request.bass and octaves_down(tune.melody.program):
                instrument = 0  # "with a bass line": the melody above it is not itself for a bass
            if instrument is not None and tune.melody.program != instrument:
                tune = transform.set_instrument(tune, instrument)
            down = octaves_down(tune.melody.program)
            if down:
                tune = transform.transpose_by(tune, -7 * down, -12 * down)
            if request.chords and not has_chords(tune):  # what the model left out, the library adds
                tune = harmony.harmonise(tune)
            if request.bass and len(tune.voices) == 1:
                tune = harmony.add_bass(tune)
        return with_clefs(explicit_repeats(tune), name_all=self.piece is None or request.new_piece)

    def revising(self, request) -> Tune | None:
        """The piece a request revises: the current one, unless it asks for a new piece."""
        return self.piece.tune if self.piece is not None and not request.new_piece else None

    def decline(self, message: str, request, failures: list[str]) -> Reply:
        if request.question and self.piece is not None:  # answer from the analysis instead
            return self.reply(facts(self.piece.tune), message)
        reason = failures[0] if failures else "I could not write it"
        where = f"The piece is unchanged (version {self.current})." if self.piece else "There is no piece yet."
        return self.reply(f"Sorry, I could not do that reliably: {reason}. {where}", message)

    # -- versions ------------------------------------------------------------------------
    def add_version(self, message: str, tune: Tune, text: str) -> Reply:
        before = self.piece.tune if self.piece else None
        abc = serialise(tune)
        if before is not None and abc == self.piece.abc:  # "crotchet = 80" of a piece at 80
            return self.reply(f"It is like that already, so the piece stays as it is (version {self.current}): "
                              f"{facts(tune)}", message)
        self.versions.append(Version(len(self.versions) + 1, abc, tune, message))
        self.current = len(self.versions)
        return self.reply(text, message, changes(before, tune) if before is not None else [])

    def action_target(self, move: Move) -> int | None:
        """The version a move goes to, or None where there is none."""
        target = {"undo": self.current - 1, "redo": self.current + 1, "goto": move.version}[move.kind]
        return target if target is not None and 1 <= target <= len(self.versions) else None

    def move(self, message: str, target: int) -> Reply:
        """Go to another version, told in the session's own words: the model's for a move say
        nothing more, and were sometimes garbled ("Undone: this: this: ...")."""
        before = self.piece.tune
        way = "Back" if target < self.current else "Forward"
        self.current = target
        return self.reply(f"{way} to version {target}.", message, changes(before, self.piece.tune))

    def undo(self) -> Reply:
        if self.current <= 1:
            return self.reply("There is nothing to undo.")
        return self.move("undo", self.current - 1)

    def redo(self) -> Reply:
        if self.current >= len(self.versions):
            return self.reply("There is nothing to redo.")
        return self.move("redo", self.current + 1)

    def goto(self, number: int) -> Reply:
        if not 1 <= number <= len(self.versions):
            return self.reply(f"There is no version {number}; there are {len(self.versions)}.")
        return self.move(f"go to version {number}", number)

    def upload(self, data: str | bytes, name: str = "your piece") -> Reply:
        """Make the user's ABC (any dialect music/ reads), MusicXML or MIDI the current piece. It
        is read in a child process with capped memory and time (`music.safe`)."""
        data = data.encode() if isinstance(data, str) else data
        simplified = ""
        try:
            if safe.is_midi(data):  # quantised and reduced to a melody and a bass, and said so
                tune, simplified = safe.read_midi(data)
            else:
                tune = safe.read_file(data)
        except InputError as e:
            return self.reply(f"I could not read {name}: {e}", error=str(e))
        if analyse(tune).bars < 1:
            return self.reply(f"I could not read {name}: it has no bars of music", error="no bars of music")
        # told by its content, never its file name or path, which the model would read as
        # part of the conversation: the same piece from two folders gets the same answers
        return self.add_version("(uploaded a piece)", tune,
                                f"Loaded it as version {len(self.versions) + 1}: {facts(tune)} {simplified}".rstrip())

    def edit_abc(self, text: str) -> Reply:
        """The ABC pane: the user's own edit of the piece, in any ABC music/ reads, checked as
        every version is (limits, strict validity, abc2midi) and taken as a new version; or
        refused, the piece unchanged, with where the problem is (line and column)."""
        where = f"The piece is unchanged (version {self.current})." if self.piece else "There is no piece yet."
        if self.piece is not None and text.strip() == self.piece.abc.strip():
            return self.reply(f"The ABC is the same as version {self.current}.")
        try:
            tune = safe.read_file(text.encode())
        except InputError as e:
            problem = strict_problem(text) or str(e)
            return self.reply(f"I could not take that ABC: {problem}. {where}", error=problem)
        problems = music_problems(read_request(""), None, tune)[:1]
        if problems:
            return self.reply(f"I could not take that ABC: {problems[0]}. {where}", error=problems[0])
        before = self.piece.tune if self.piece else None
        said = describe(before, tune) if before is not None else facts(tune)
        return self.add_version("(edited the ABC)", tune, f"Took your ABC as version {len(self.versions) + 1}. {said}")

    def reply(self, text: str, message: str | None = None, changed: list[str] | None = None,
              error: str | None = None) -> Reply:
        if message is not None:
            self.history.append(Turn(message, ModelReply(text)))
        return Reply(text, self.piece.abc if self.piece else None, changed or [], self.current, error)


def progress(tok, row) -> Progress:
    """What one candidate has written so far. Only the words are decoded: this runs at every
    token, and the music written so far is counted in bars instead."""
    if row.ids[:1] == [tok.special["<|action|>"]]:
        return Progress("", 0)
    abc = tok.special["<|abc|>"]
    words = row.ids[:row.ids.index(abc)] if abc in row.ids else row.ids
    return Progress(read_reply(tok, words).text, row.bars_written())


def written_so_far(tok, row) -> Tune | None:
    """The piece a candidate is writing, as far as its last whole line of music, when its last
    token ended a line; None otherwise, or before its header is whole."""
    abc = tok.special["<|abc|>"]
    if abc not in row.ids or "\n" not in tok.decode(row.ids[-1:]):
        return None
    text = tok.decode(row.ids[row.ids.index(abc) + 1:])
    try:
        return Scanner().feed(text[:text.rindex("\n") + 1]).tune()
    except (AbcError, KeyError):  # KeyError: a header field not written yet
        return None


def later(reply: Reply, left: str) -> Reply:
    """A reply to a message that asked for two changes, saying which one is left to ask again."""
    return replace(reply, text=f"{reply.text} I made one change at a time: ask me again for the {left} next.")


def offer_words(request: Request) -> str:
    """A reading the model offered, in a few words for the question that offers it."""
    if request.action:
        return {"undo": "to undo the last change", "redo": "to redo the change undone"}.get(
            request.action.kind, f"to go to version {request.action.version}")
    if request.new_piece:
        return f"a new {request.style or 'piece'}"
    if request.question:
        return f"a question about the {request.topic or 'piece'}"
    return f"a {kind_of(request)}"


def no_version_to(move: Move, versions: int) -> str:
    """Why a move between versions cannot be made."""
    if move.kind == "goto":
        return f"There is no version {move.version}; there {'is' if versions == 1 else 'are'} {versions}."
    return f"There is nothing to {move.kind}."


def with_final_bar(tune: Tune) -> Tune:
    """A piece that stops on a plain bar line (one ended at its length) ends with `|]`."""
    voices = [replace(v, bars=v.bars[:-1] + (replace(v.bars[-1], end="|]"),)) if v.bars and v.bars[-1].end == "|" else v
              for v in tune.voices]
    return tune.with_voices(voices)


def instead_of(style: str) -> str:
    """Plain words for a request in a style the composer does not know."""
    return (f"I can't write {style} yet: I know folk dances, airs, songs and chorales, so I wrote a folk "
            f"tune instead. ")


def library_edit(request, before: Tune) -> tuple[Tune | None, list[str]]:
    """The revision made by `music/`, and what is still wrong with it."""
    try:
        revised = edits.edit(request, before)
    except ValueError as e:
        return None, [str(e)]
    return revised, music_problems(request, before, revised)


def strict_problem(text: str) -> str | None:
    """Where the canonical reader stops in the text ("line 5, column 3: ..."), if it does."""
    try:
        parse(text)
    except AbcError as e:
        return str(e)
    except (KeyError, ValueError) as e:
        return f"the ABC does not read ({e})"
    return None


def looks_like_abc(text: str) -> bool:
    """Pasted ABC: an X: line and a K: line, each on a line of its own."""
    return bool(re.search(r"^X:\s*\d", text, re.M) and re.search(r"^K:", text, re.M))


def facts(tune: Tune) -> str:
    a = analyse(tune)
    voices = f"{a.voices} voices" if a.voices > 1 else f"for {instrument_of(tune, 0)}"
    return (f"\"{a.title}\" is in {a.key}, {a.meter} time, at {a.tempo} bpm, {a.bars} bars long, {voices}; "
            f"its melody spans {a.lowest} to {a.highest}.")


def describe(before: Tune | None, after: Tune) -> str:
    """The reply's words for a version, from the analysis: what changed, or what the piece is."""
    if before is None:
        return f"Here is a new piece. {facts(after)}"
    said = changes(before, after)
    return " ".join(said) if said else "Here it is."
