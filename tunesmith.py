"""The `tunesmith` command: one entry point, a subcommand per part of the project."""
from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    from bench import eval as bench_eval
    from chat import cli as chat_cli
    from corpus import cli as corpus_cli
    from model import train as model_train
    from music import cli as music_cli
    from ui import cli as ui_cli
    parser = argparse.ArgumentParser(prog="tunesmith", description="Tunesmith: a conversational music composer.")
    sub = parser.add_subparsers(dest="command", required=True)
    music_cli.add_parser(sub)
    corpus_cli.add_parser(sub)
    model_train.add_parser(sub)
    chat_cli.add_parser(sub)
    ui_cli.add_parser(sub)
    bench_eval.add_parser(sub)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = args.run(args)
    except KeyboardInterrupt:
        return 130
    except (ValueError, RuntimeError, OSError) as e:  # every error the layers raise is one of these
        print(f"tunesmith: {e}", file=sys.stderr)
        return 1
    return code or 0


if __name__ == "__main__":
    sys.exit(main())
