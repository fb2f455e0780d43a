"""`tunesmith chat`: talk to the composer in a terminal, or line by line as JSON.

    tunesmith chat                       # interactive
    tunesmith chat --jsonl [--seed N] [--load FILE]

With --jsonl each stdin line is one message and each stdout line one JSON object:
{"text": str, "abc": str|null, "version": int, "changes": [str], "error": str|null}.
"""
from __future__ import annotations

import json
import sys

from music.cli import read_bytes
from music.limits import InputError


def add_parser(sub):
    p = sub.add_parser("chat", help="talk to the composer (interactive, or --jsonl for scripts)")
    p.add_argument("--jsonl", action="store_true", help="one message per stdin line, one JSON reply per line")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--load", metavar="FILE", help="start from this ABC or MusicXML file (version 1)")
    p.add_argument("--checkpoint", default=None, help="a model folder (default: the shipped model)")
    p.set_defaults(run=run)


def run(args) -> int:
    from .session import Composer
    session = Composer.load(args.checkpoint).session(seed=args.seed)
    show = print_json if args.jsonl else HumanPrinter()
    if args.load:
        try:
            reply = session.upload(read_bytes(args.load), args.load)
        except InputError as e:
            reply = session.reply(f"I could not read {args.load}: {e}", error=str(e))
        show(reply)
        if reply.error:
            return 2
    for line in lines(interactive=not args.jsonl):
        command = line.strip().lower()
        if command in ("/undo", "/redo"):
            reply = session.undo() if command == "/undo" else session.redo()
        else:
            reply = session.send(line)
        show(reply)
    return 0


def lines(interactive: bool):
    while True:
        if interactive:
            try:
                line = input("you> ")
            except EOFError:
                print()
                return
        else:
            line = sys.stdin.readline()
            if not line:
                return
        yield line.rstrip("\n")


def print_json(reply):
    print(json.dumps(reply.to_dict(), ensure_ascii=False), flush=True)


class HumanPrinter:
    """Prose and changes for every reply; the piece when a new version is shown."""

    def __init__(self):
        self.shown = 0

    def __call__(self, reply):
        print(f"tunesmith> {reply.text}")
        for change in reply.changes:
            print(f"  - {change}")
        if reply.abc and reply.version != self.shown:
            print(f"\n{reply.abc}")
        self.shown = reply.version
