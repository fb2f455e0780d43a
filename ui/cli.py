"""`tunesmith serve`: the Gradio app on this machine."""
from __future__ import annotations

import tempfile
from pathlib import Path


def add_parser(sub):
    p = sub.add_parser("serve", help="the chat page in the browser (Gradio)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0 for every interface)")
    p.add_argument("--port", type=int, default=7860)
    p.add_argument("--checkpoint", default=None, help="a model folder (default: the shipped model)")
    p.add_argument("--output", default=None, help="folder for scores, audio and downloads (default: a new temporary one)")
    p.set_defaults(run=run)


def run(args) -> int:
    from chat import Composer

    from .app import build, launch, warm_up
    output = Path(args.output or tempfile.mkdtemp(prefix="tunesmith-"))
    composer = Composer.load(args.checkpoint)
    warm_up()
    print(f"Tunesmith: http://{args.host}:{args.port}  (files in {output})", flush=True)
    launch(build(composer, output), output, args.host, args.port)
    return 0
