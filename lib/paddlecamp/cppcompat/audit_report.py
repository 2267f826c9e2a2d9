"""The audit's matrix as a report: counts per category, the shims' gain, the gaps to close.

Everything here reads the JSON document ``audit_document`` produces (the committed
``data/results/cppcompat_audit_2026-12-01.json`` has the same shape), so the CLI, the
Markdown/HTML files and the chapters show the same numbers from one source.
"""
from __future__ import annotations

import datetime
import html
import platform

from paddlecamp.cppcompat.audit import AuditResult

#: The three measures of a cell, in the order the reports show them.
MEASURES = ("compiles", "runs", "matches")


def audit_document(result: AuditResult, command: str) -> dict:
    """The JSON document of an audit: matrix, counts, versions, timings, how it was run."""
    data = result.to_json()
    data["date"] = datetime.date.today().isoformat()
    data["command"] = command
    data["machine"] = {"platform": platform.platform(), "processor": platform.machine()}
    data["variants"] = list(result.outcomes)
    return data


def categories(data: dict) -> list[str]:
    """Category names in catalogue order."""
    return list(dict.fromkeys(p["category"] for p in data["probes"]))


def counts(data: dict, variant: str, category: str | None = None) -> dict[str, int]:
    """probes / runnable / compiles / runs / matches / not_applicable for one variant and category."""
    chosen = [p for p in data["probes"] if category is None or p["category"] == category]
    cells = [data["matrix"][variant][p["id"]] for p in chosen]
    return {"probes": len(chosen), "runnable": sum(bool(p["runnable"]) for p in chosen),
            "compiles": sum(bool(c["compiles"]) for c in cells), "runs": sum(bool(c["runs"]) for c in cells),
            "matches": sum(bool(c["matches"]) for c in cells),
            "not_applicable": sum(c["status"] == "n/a" for c in cells)}


def category_table(data: dict) -> list[dict]:
    """One row per category (and a total): the counts of every variant."""
    rows = []
    for category in [*categories(data), None]:
        row = {"category": category or "total"}
        for variant in data["variants"]:
            row[variant] = counts(data, variant, category)
        rows.append(row)
    return rows


def gaps(data: dict, variant: str = "paddle") -> list[dict]:
    """Probes that pass on torch and not on ``variant``, with their first error."""
    bad = set(data.get("bad_probes", []))
    found = []
    for probe in data["probes"]:
        cell = data["matrix"][variant][probe["id"]]
        if probe["id"] in bad or cell["status"] in ("pass", "compile-only", "n/a"):
            continue
        found.append({"id": probe["id"], "category": probe["category"], "api": probe["api"],
                      "status": cell["status"], "error": cell["error"]})
    return found


def closed_by_shims(data: dict) -> list[str]:
    """Probes that fail on paddle and pass on paddle+shims."""
    if "paddle+shims" not in data["variants"]:
        return []
    open_ids = {g["id"] for g in gaps(data, "paddle")}
    still = {g["id"] for g in gaps(data, "paddle+shims")}
    return [pid for pid in open_ids - still]


def _cell(c: dict) -> str:
    return f"{c['compiles']} / {c['runs']} / {c['matches']}"


def render_markdown(data: dict) -> str:
    """The summary as Markdown: provenance, counts per category, timings, the gap list."""
    variants = data["variants"]
    lines = [f"# C++ compat audit ({data['date']})", "",
             f"Command: `{data['command']}`", "",
             "Versions: " + ", ".join(f"{k} {v.get('version', '')}" for k, v in data["versions"].items()), "",
             f"Probes: {len(data['probes'])} in {len(categories(data))} categories "
             f"({sum(p['runnable'] for p in data['probes'])} executed on CPU). "
             "Each cell: compiles / runs / matches torch.", ""]
    lines.append("| category | probes | " + " | ".join(variants) + " |")
    lines.append("|---|---:|" + "---:|" * len(variants))
    for row in category_table(data):
        first = row[variants[0]]
        name = f"**{row['category']}**" if row["category"] == "total" else row["category"]
        lines.append(f"| {name} | {first['probes']} | " + " | ".join(_cell(row[v]) for v in variants) + " |")
    lines += ["", "Timings (s): " + "; ".join(
        f"{v}: " + ", ".join(f"{k} {t}" for k, t in data["timings_s"].get(v, {}).items()) for v in variants), ""]
    if data.get("bad_probes"):
        lines += [f"Bad probes (fail on torch itself): {', '.join(data['bad_probes'])}", ""]
    closed = closed_by_shims(data)
    if closed:
        lines += [f"Closed by the shims: {len(closed)} probes.", ""]
    for variant in [v for v in variants if v != "torch"]:
        open_gaps = gaps(data, variant)
        lines += [f"## Gaps on {variant} ({len(open_gaps)})", "", "| probe | API | status | first error |", "|---|---|---|---|"]
        for gap in open_gaps:
            error = (gap["error"] or "").replace("|", "\\|").replace("\n", " ")[:160]
            lines.append(f"| {gap['id']} | `{gap['api']}` | {gap['status']} | {error} |")
        lines.append("")
    return "\n".join(lines)


def render_html(data: dict) -> str:
    """The same summary as a standalone HTML page (one table per section, colour per status)."""
    variants = data["variants"]
    colour = {"pass": "#c8e6c9", "compile-only": "#e3f2fd", "n/a": "#eeeeee", "mismatch": "#ffe0b2"}
    out = ["<!doctype html><html><head><meta charset='utf-8'><title>C++ compat audit</title>",
           "<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}"
           "table{border-collapse:collapse;margin-bottom:1em}</style></head><body>",
           f"<h1>C++ compat audit ({html.escape(data['date'])})</h1>",
           f"<p>Command: <code>{html.escape(data['command'])}</code></p>",
           "<p>Each cell: compiles / runs / matches torch.</p><table><tr><th>category</th><th>probes</th>"
           + "".join(f"<th>{html.escape(v)}</th>" for v in variants) + "</tr>"]
    for row in category_table(data):
        out.append(f"<tr><td>{html.escape(row['category'])}</td><td>{row[variants[0]]['probes']}</td>"
                   + "".join(f"<td>{_cell(row[v])}</td>" for v in variants) + "</tr>")
    out.append("</table><h2>Matrix</h2><table><tr><th>probe</th><th>API</th>"
               + "".join(f"<th>{html.escape(v)}</th>" for v in variants) + "</tr>")
    for probe in data["probes"]:
        cells = []
        for variant in variants:
            cell = data["matrix"][variant][probe["id"]]
            tip = html.escape(cell["error"] or "", quote=True)
            cells.append(f"<td style='background:{colour.get(cell['status'], '#ffcdd2')}' title='{tip}'>"
                         f"{html.escape(cell['status'])}</td>")
        out.append(f"<tr><td>{html.escape(probe['id'])}</td><td><code>{html.escape(probe['api'])}</code></td>"
                   + "".join(cells) + "</tr>")
    out.append("</table></body></html>")
    return "\n".join(out)
