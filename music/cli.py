"""`tunesmith abc ...`: the music layer from the command line."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .limits import MAX_XML_BYTES, InputError
from .validate import abc2midi_errors


def read_tune(path: str):
    """A canonical Tune from a user's ABC or MusicXML file, read within the limits and in a
    capped child process (see `safe`)."""
    from .safe import read_file
    return read_file(read_bytes(path))


def read_bytes(path: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise InputError(f"no such file: {path}")
    if p.stat().st_size > MAX_XML_BYTES:
        raise InputError(f"{path} is too large")
    return p.read_bytes()


def cmd_normalize(args):
    from .abc import serialise
    sys.stdout.write(serialise(read_tune(args.file)))


def cmd_check(args):
    """Report every problem; a clean ABC file is also given to abc2midi as a second opinion."""
    from .safe import check_file
    ok, report, abc = check_file(read_bytes(args.file))
    print(report)
    if not ok:
        return 1
    errors = abc2midi_errors(abc)
    for e in errors:
        print(f"abc2midi: {e}")
    return 1 if errors else 0


def cmd_edit(args):
    from . import harmony, transform
    from .abc import serialise
    tune = read_tune(args.file)
    if args.bars:
        tune = transform.cut(tune, args.bars)
    if args.transpose:
        value = args.transpose
        if value.lstrip("+-").isdigit():
            tune = transform.transpose(tune, semitones=int(value))
        else:
            tune = transform.transpose(tune, key=value)
    if args.mode:
        tune = transform.change_mode(tune, args.mode)
    if args.tempo:
        tune = transform.set_tempo(tune, args.tempo)
    if args.instrument:
        tune = transform.set_instrument(tune, args.instrument)
    if args.add_chords:
        tune = harmony.harmonise(tune, args.chords_per)
    if args.add_bass:
        tune = harmony.add_bass(tune, args.add_bass)
    sys.stdout.write(serialise(tune))


def cmd_analyse(args):
    from .analysis import analyse
    print(json.dumps(analyse(read_tune(args.file)).as_dict(), indent=2))


def cmd_export(args):
    from .abc import serialise
    from .safe import export
    tune = read_tune(args.file)
    if args.to == "abc":
        data = serialise(tune).encode()
    else:
        made = export(tune, [args.to])
        if args.to in made.failed:
            raise InputError(f"{args.to} export failed: {made.failed[args.to]}")
        data = made.svg.encode() if args.to == "svg" else made.files[args.to]
    Path(args.output).write_bytes(data)
    print(f"wrote {args.output} ({len(data):,} bytes)")


def add_parser(sub):
    abc = sub.add_parser("abc", help="read, check, edit and export ABC")
    verbs = abc.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("normalize", help="print the canonical ABC of the first tune in FILE")
    p.add_argument("file")
    p.set_defaults(run=cmd_normalize)
    p = verbs.add_parser("check", help="print the validation report; exit 1 when there are problems")
    p.add_argument("file")
    p.set_defaults(run=cmd_check)
    p = verbs.add_parser("analyse", help="print key, meter, tempo, bars, range, form... as JSON")
    p.add_argument("file")
    p.set_defaults(run=cmd_analyse)
    p = verbs.add_parser("edit", help="print the edited canonical ABC (options combine)")
    p.add_argument("file")
    p.add_argument("--tempo", type=int, help="quarter notes per minute")
    p.add_argument("--transpose", help="semitones (+3, -2) or a key (A, Em, Bb)")
    p.add_argument("--mode", help="major, minor, dorian, phrygian, lydian, mixolydian, locrian")
    p.add_argument("--instrument", help="a name (flute, fiddle) or a General MIDI program")
    p.add_argument("--add-chords", action="store_true")
    p.add_argument("--chords-per", choices=["bar", "half"], default="bar")
    p.add_argument("--add-bass", metavar="STYLE", help="roots, root-fifth, walking, waltz, drone")
    p.add_argument("--bars", type=int, help="cut to N bars ending on the tonic")
    p.set_defaults(run=cmd_edit)
    p = verbs.add_parser("export", help="write MusicXML, MIDI, SVG or WAV")
    p.add_argument("file")
    p.add_argument("--to", required=True, choices=["musicxml", "midi", "svg", "wav", "pdf", "abc"])
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(run=cmd_export)
