"""``paddlecamp ckpt`` (alias ``checkpoint``): inspect, verify and convert checkpoints of any known format.

Formats: this project's own, torch.distributed.checkpoint, Hugging Face safetensors
(single file, sharded directory, DCP's HF writer) and Paddle flex_checkpoint. numpy,
torch and paddle are imported inside the actions, never at registration.
"""
from __future__ import annotations

import argparse
import json
import sys

_PROGRESS_MIN = 64 << 20  # show progress bars from this many bytes on


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("ckpt", aliases=["checkpoint"],
                       help="distributed checkpoints: inspect, verify, convert (ours, torch DCP, HF, Paddle)",
                       description="Inspect, verify and convert checkpoints: this project's format, "
                                   "torch.distributed.checkpoint, Hugging Face safetensors and Paddle "
                                   "flex_checkpoint directories.")
    p.set_defaults(_group_parser=p)
    acts = p.add_subparsers(dest="ckpt_command", metavar="ACTION")

    i = acts.add_parser("inspect", help="tensors, shapes, pieces, completeness, files and values")
    i.add_argument("path", metavar="DIR", help="checkpoint directory (or a .safetensors file)")
    i.add_argument("--json", action="store_true", help="print JSON")
    i.set_defaults(func=_inspect)

    v = acts.add_parser("verify", help="read every byte: crc32c blocks (ours), sizes and decoding (others)",
                        description="Read every byte of every data file. This project's files carry crc32c per "
                                    "block and are checked block by block; other formats have no checksums, so "
                                    "sizes, byte ranges and decoding of every piece are checked. Exit 1 on a "
                                    "problem, naming the file and tensor.")
    v.add_argument("path", metavar="DIR", help="checkpoint directory")
    v.add_argument("--json", action="store_true", help="print the report as JSON")
    v.set_defaults(func=_verify)

    g = acts.add_parser("gc", help="remove save directories that no commit names (crashed saves)",
                        description="A commit removes the save it replaces; a save that crashed leaves its "
                                    "directory behind. This removes such directories once they have not been "
                                    "written for --older-than seconds (so a save still running is kept).")
    g.add_argument("path", metavar="DIR", help="checkpoint directory (ours)")
    g.add_argument("--older-than", type=float, default=3600.0, metavar="SECONDS",
                   help="only remove directories untouched this long (default 3600)")
    g.add_argument("--dry-run", action="store_true", help="list what would be removed")
    g.set_defaults(func=_gc)

    c = acts.add_parser("convert", help="rewrite a checkpoint as HF safetensors, torch DCP or ours (one rank)",
                        description="Read SRC whole (any format) and write DST: 'hf' = safetensors shards + "
                                    "model.safetensors.index.json (non-tensor values are dropped), 'dcp' = torch."
                                    "distributed.checkpoint written by torch, 'full' = this project's format with "
                                    "world_size 1 and every tensor whole.")
    c.add_argument("src", metavar="SRC", help="source checkpoint")
    c.add_argument("dst", metavar="DST", help="new (or empty) destination directory")
    c.add_argument("--to", required=True, choices=["hf", "dcp", "full"], help="destination format")
    c.add_argument("--rules", metavar="FILE", help="resharding/renaming rules applied while reading")
    c.add_argument("--max-shard-size", default="5GB", help="HF shard limit, e.g. 500MB, 2GiB (default 5GB)")
    c.add_argument("--json", action="store_true", help="print the result as JSON")
    c.set_defaults(func=_convert)


def _human(n: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"  # pragma: no cover


def _open(path: str):
    from paddlecamp.checkpoint import open_index
    from paddlecamp.checkpoint.plan import CheckpointError
    from paddlecamp.cli import CliError
    try:
        return open_index(path)
    except CheckpointError as e:
        raise CliError(str(e)) from None


def _short(value, width: int = 60) -> str:
    s = json.dumps(value, ensure_ascii=False, default=str)
    return s if len(s) <= width else s[:width - 3] + "..."


def _inspect(args: argparse.Namespace) -> int:
    from paddlecamp.checkpoint.convert import describe
    from paddlecamp.checkpoint.values import decode

    d = describe(_open(args.path))
    from dataclasses import asdict
    from pathlib import Path as _P
    if (_P(args.path) / ".metadata.json").exists():
        from paddlecamp.checkpoint.api import leftover_saves
        d["leftovers"] = [asdict(lo) for lo in leftover_saves(args.path)]
    if args.json:
        print(json.dumps(d, indent=1, default=str))
        return 0
    print(f"{d['root']}: {d['format']}, {len(d['tensors'])} tensors, {_human(d['total_bytes'])}, "
          f"{len(d['files'])} files, {len(d['values'])} values" +
          (f", saved by {d['world_size']} ranks" if d["world_size"] > 1 else ""))
    head = ("tensor", "dtype", "shape", "pieces", "bytes", "copies", "complete")
    rows = [(r["key"], r["dtype"], "x".join(map(str, r["shape"])) or "()", str(r["pieces"]), _human(r["bytes"]),
             str(r["copies"]), f"{100 * r['complete']:.1f}%") for r in d["tensors"]]
    widths = [max([len(h)] + [len(x[i]) for x in rows]) for i, h in enumerate(head)]
    right = {3, 4, 5, 6}
    for row in [head] + rows:
        print("  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))))
    if d["incomplete"]:
        print(f"incomplete: {', '.join(d['incomplete'][:10])}{' ...' if len(d['incomplete']) > 10 else ''}")
    if d["files"]:
        print("files:")
        for f in d["files"]:
            crc = f", {f['crc_blocks']} crc32c blocks of {_human(f['block'])}" if f["crc_blocks"] else ""
            print(f"  {f['name']}  {_human(f['size'])}{crc}")
    if d.get("leftovers"):
        print("leftover saves (no commit names them; `paddlecamp ckpt gc` removes old ones):")
        for lo in d["leftovers"]:
            print(f"  {lo['path']}  {lo['files']} files, {_human(lo['bytes'])}, untouched for {lo['age_seconds']:.0f} s")
    if d["values"]:
        print("values:")
        for k in sorted(d["values"]):
            saved = d["values"][k]
            present = [v for v in saved if v is not None]
            same = all(v == present[0] for v in present)
            try:
                shown = _short(decode(present[0])) if present else "null"
            except Exception:  # a value this version cannot decode: show its stored form
                shown = _short(present[0])
            note = "" if same or len(present) < 2 else f"  (differs across {len(present)} ranks)"
            print(f"  {k} = {shown}{note}")
    return 0


def _gc(args: argparse.Namespace) -> int:
    from paddlecamp.checkpoint.api import collect_garbage
    gone = collect_garbage(args.path, older_than=args.older_than, dry_run=args.dry_run)
    verb = "would remove" if args.dry_run else "removed"
    for lo in gone:
        print(f"{verb} {lo.path}: {lo.files} files, {_human(lo.bytes)}, untouched for {lo.age_seconds:.0f} s")
    if not gone:
        print(f"{args.path}: no leftover save older than {args.older_than:.0f} s")
    return 0


def _bar(total: int, desc: str):
    from tqdm.auto import tqdm
    return tqdm(total=total, unit="B", unit_scale=True, desc=desc, disable=None if total >= _PROGRESS_MIN else True,
                file=sys.stderr)


def _verify(args: argparse.Namespace) -> int:
    from pathlib import Path

    from paddlecamp.checkpoint.convert import verify
    from paddlecamp.cli import CliError

    if not Path(args.path).exists():
        raise CliError(f"no such checkpoint: {args.path}")
    total = sum(p.stat().st_size for p in Path(args.path).rglob("*") if p.is_file()) \
        if Path(args.path).is_dir() else Path(args.path).stat().st_size
    bar = _bar(total, "verify")
    try:
        rep = verify(args.path, progress=bar.update)
    finally:
        bar.close()
    if args.json:
        print(json.dumps({"ok": rep.ok, **{k: getattr(rep, k) for k in ("root", "format", "files", "bytes_read",
                                                                           "crc_blocks", "pieces", "decoded",
                                                                           "problems")}}, indent=1))
        return 0 if rep.ok else 1
    if not rep.ok:
        for msg in rep.problems:
            print(f"FAIL {msg}", file=sys.stderr)
        print(f"{rep.root}: {len(rep.problems)} problem(s)", file=sys.stderr)
        return 1
    how = (f"{rep.crc_blocks} crc32c blocks" if rep.crc_blocks else
           "no checksums in this format: sizes and byte ranges checked") + \
        (f", {rep.decoded} encoded pieces decoded" if rep.decoded else "")
    print(f"ok {rep.root} ({rep.format}): {rep.files} files, {_human(rep.bytes_read)} read, "
          f"{rep.pieces} pieces; {how}")
    return 0


def _convert(args: argparse.Namespace) -> int:
    from pathlib import Path

    from paddlecamp.checkpoint.convert import convert, parse_size
    from paddlecamp.checkpoint.plan import CheckpointError
    from paddlecamp.cli import CliError

    try:
        shard = parse_size(args.max_shard_size)
    except ValueError as e:
        raise CliError(str(e)) from None
    if args.rules and not Path(args.rules).is_file():
        raise CliError(f"no such rules file: {args.rules}")
    bar = None

    def start(total: int) -> None:
        nonlocal bar
        bar = _bar(total, f"convert -> {args.to}")

    try:
        res = convert(args.src, args.dst, args.to, rules=args.rules, max_shard_bytes=shard,
                      progress=lambda n: bar.update(n) if bar else None, total_callback=start)
    except (CheckpointError, ImportError) as e:
        raise CliError(str(e)) from None
    finally:
        if bar is not None:
            bar.close()
    if args.json:
        print(json.dumps(res.__dict__, indent=1))
        return 0
    print(f"{args.src} ({res.src_format}) -> {res.dst} ({res.to}): {res.tensors} tensors, {_human(res.bytes)}, "
          f"{len(res.files)} files")
    if res.values_dropped:
        print(f"note: {len(res.values_dropped)} non-tensor values not written (HF safetensors holds tensors only): "
              f"{', '.join(res.values_dropped[:10])}{' ...' if len(res.values_dropped) > 10 else ''}")
    return 0
