"""Benchmark: the music layer over the whole music21 ABC corpus.

    python -m bench.corpus [--sample 1000] [--no-abc2midi]

Counts tunes normalised and rejected (by reason), checks the canonical round trip and bar
lengths of every normalised tune, runs abc2midi -c on each, and applies every transform to a
random sample, reporting validity and how far below the melody the added bass lies.
"""
from __future__ import annotations

import argparse
import collections
import random
import time

from corpus.sources import abc_sources
from music import harmony, transform
from music.abc import AbcError, parse, serialise
from music.normalize import NormalizeError, normalize
from music.tune import sounding_pitches
from music.validate import abc2midi_errors, validate
from music.voices import remove_voice

TRANSFORMS = {
    "tempo 150": lambda t: transform.set_tempo(t, 150),
    "tempo x1.3": lambda t: transform.scale_tempo(t, 1.3),
    "transpose +3": lambda t: transform.transpose(t, 3),
    "transpose -5": lambda t: transform.transpose(t, -5),
    "to key A": lambda t: transform.transpose(t, key="A"),
    "minor": lambda t: transform.change_mode(t, "minor"),
    "dorian": lambda t: transform.change_mode(t, "dorian"),
    "major": lambda t: transform.change_mode(t, "major"),
    "instrument": lambda t: transform.set_instrument(t, "flute"),
    "chords/bar": lambda t: harmony.harmonise(t),
    "chords/half": lambda t: harmony.harmonise(t, "half"),
    **{f"bass {s}": (lambda s: lambda t: harmony.add_bass(t, s))(s) for s in harmony.BASS_STYLES},
    "cut 8": lambda t: transform.cut(t, 8),
    "remove voice": lambda t: remove_voice(harmony.add_bass(t, "roots"), 1),
}


def round_trips(tune) -> bool:
    text = serialise(tune)
    again = parse(text)
    return again == tune and serialise(again) == text


def strictly_valid(tune) -> bool:
    """Valid by the validator and read back unchanged by the strict reader."""
    try:
        return validate(tune).ok and round_trips(tune)
    except AbcError:
        return False


def mean_pitch(tune, voice):
    pitches = [p.midi for p in sounding_pitches(tune, voice)]
    return sum(pitches) / len(pitches) if pitches else None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sample", type=int, default=1000)
    parser.add_argument("--no-abc2midi", action="store_true")
    args = parser.parse_args()
    start = time.time()
    tunes, reasons, per_collection = [], collections.Counter(), collections.Counter()
    total = 0
    for source in abc_sources():
        collection, text = source.collection, source.text
        total += 1
        try:
            tunes.append(normalize(text))
            per_collection[collection] += 1
        except NormalizeError as e:
            reasons[e.reason] += 1
    print(f"corpus tunes: {total}; normalised: {len(tunes)} ({time.time() - start:.0f} s)")
    print("  by collection:", dict(per_collection))
    print("  rejected by reason:", dict(reasons.most_common()))
    exact = sum(1 for t in tunes if round_trips(t))
    valid = sum(1 for t in tunes if validate(t).ok)
    print(f"round trip exact: {exact}/{len(tunes)} ({100 * exact / len(tunes):.2f}%)")
    print(f"every inner bar the right length: {valid}/{len(tunes)}")
    if not args.no_abc2midi:
        errors = [t.title for t in tunes if abc2midi_errors(serialise(t))]
        print(f"abc2midi -c with an Error: {len(errors)} of {len(tunes)} {errors[:5]}")
    sample = random.Random(0).sample(tunes, min(args.sample, len(tunes)))
    print(f"transforms on {len(sample)} random normalised tunes:")
    gaps = []
    for name, op in TRANSFORMS.items():
        ok = refused = 0
        for tune in sample:
            try:
                out = op(tune)
            except transform.TransformError:
                refused += 1  # e.g. cutting a tune that has fewer bars
                continue
            if strictly_valid(out):
                ok += 1
                if name.startswith("bass"):
                    gaps.append(mean_pitch(out, out.voices[0]) - mean_pitch(out, out.voices[-1]))
        done = len(sample) - refused
        print(f"  {name:14s} valid {ok}/{done} ({100 * ok / max(1, done):.1f}%)"
              + (f", refused {refused} (tune too short)" if refused else ""))
    print(f"added bass: on average {sum(gaps) / len(gaps):.1f} semitones below the melody "
          f"(minimum per tune {min(gaps):.1f})")
    print(f"total time {time.time() - start:.0f} s")


if __name__ == "__main__":
    main()
