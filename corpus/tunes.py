"""Every corpus tune read, normalised, checked by abc2midi and described, in parallel."""
from __future__ import annotations

import collections
import multiprocessing
from dataclasses import replace

from tqdm import tqdm

from music.abc import serialise
from music.analysis import analyse
from music.export import musicxml_to_abc
from music.normalize import NormalizeError, normalize
from music.transform import set_tempo
from music.tune import Tune
from music.validate import abc2midi_errors, validate

from .attributes import BOOKS, header_fields, moods, origin_of, rhythm_of, typical_tempo
from .sources import Source, abc_sources, chorale_source_list, chorale_title


def describe(tune: Tune, source: Source, rhythm: str, origin: str | None, tempo_assumed: bool) -> dict:
    a = analyse(tune)
    return {"id": source.id, "collection": source.collection, "title": tune.title, "abc": serialise(tune),
            "rhythm": rhythm, "origin": origin, "book": BOOKS.get(source.collection, (source.collection,))[0],
            "key": a.key, "mode": a.mode, "meter": a.meter, "tempo": a.tempo, "tempo_assumed": tempo_assumed,
            "bars": a.bars, "voices": a.voices, "lowest": a.lowest, "highest": a.highest,
            "range": a.range_semitones, "form": a.form, "moods": moods(a.mode, a.tempo)}


def read_source(source: Source) -> dict | str:
    """The tune's record, or the reason it was left out."""
    try:
        if source.collection == "bach":
            tune = normalize(musicxml_to_abc(source.text))
            tune = replace(tune, title=chorale_title(tune.title, source.file))
            fields = {}
        else:
            tune = normalize(source.text)
            fields = header_fields(source.text)
    except NormalizeError as e:
        return e.reason
    except (ValueError, RuntimeError) as e:
        return f"unreadable ({type(e).__name__})"
    # where a tune was collected and who wrote it stay in the record, not in its ABC: a model
    # that learnt them as part of a tune would dress its new ones as collected tunes
    tune = replace(tune, origin=None, composer=None)
    rhythm = rhythm_of(source.collection, fields, tune)
    assumed = tune.tempo is None
    if assumed:
        tune = set_tempo(tune, typical_tempo(rhythm))
    if not validate(tune).ok:
        return "invalid after normalising"
    if abc2midi_errors(serialise(tune)):
        return "abc2midi error"
    return describe(tune, source, rhythm, origin_of(source.collection, source.file, fields), assumed)


def read_all(workers: int = 2, limit: int | None = None) -> tuple[list[dict], collections.Counter]:
    """Records of every tune that survives, in corpus order, and rejections by reason.
    With a limit, an even sample of about that many sources (for quick builds in tests)."""
    sources = abc_sources() + chorale_source_list()
    if limit:
        sources = sources[::max(1, len(sources) // limit)]
    records, rejected = [], collections.Counter()
    with multiprocessing.Pool(workers) as pool:
        results = pool.imap(read_source, sources, chunksize=32)
        for result in tqdm(results, total=len(sources), desc="tunes", unit="tune"):
            if isinstance(result, str):
                rejected[result] += 1
            else:
                records.append(result)
    return records, rejected
