"""Render executed chapters to HTML and write the site's ``index.html``."""
from __future__ import annotations

import html as _html
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from paddlecamp.chapters.execute import ChapterResult

_STATUS_COLOR = {"passed": "#1a7f37", "failed": "#cf222e", "timeout": "#bc4c00", "invalid": "#8250df"}


def render_html(ipynb: Path) -> Path:
    """Render an executed notebook to ``<same name>.html`` beside it."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(str(ipynb), as_version=4)
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    out = ipynb.with_suffix(".html")
    out.write_text(body, encoding="utf-8")
    return out


def _rel(path: str | None, base: Path) -> str | None:
    if not path:
        return None
    return Path(os.path.relpath(path, base)).as_posix()


def index_html(results: list["ChapterResult"], base: Path) -> str:
    """The HTML of the index page: one row per chapter, failures with their cell and error."""
    esc = _html.escape
    passed = sum(r.ok for r in results)
    total_s = sum(r.seconds for r in results)
    rows = []
    for r in results:
        color = _STATUS_COLOR.get(r.status, "#57606a")
        link = _rel(r.html or r.output, base)
        title = f'<a href="{esc(link)}">{esc(r.title)}</a>' if link else esc(r.title)
        detail = ""
        if r.error:
            cell = r.error.get("cell")
            where = f"cell {cell}" if cell is not None else "chapter"
            detail = (f"<details><summary>{esc(where)}: {esc(r.error.get('ename', ''))}: "
                      f"{esc(str(r.error.get('evalue', ''))[:300])}</summary>"
                      f"<pre>{esc(r.error.get('source', ''))}</pre>"
                      f"<pre>{esc(r.error.get('traceback', '')[-3000:])}</pre></details>")
        rows.append(
            f"<tr><td>{esc(r.track)}</td><td>{title}<div class='id'>{esc(r.id)}</div>{detail}</td>"
            f"<td style='color:{color};font-weight:600'>{esc(r.status)}</td>"
            f"<td class='num'>{r.seconds:.1f}</td></tr>"
        )
    mode = "SMOKE" if all(r.parameters.get("SMOKE", True) for r in results) else "full"
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>paddlecamp chapters</title>
<style>
body{{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",system-ui,sans-serif;margin:2em;color:#1f2328}}
table{{border-collapse:collapse;width:100%}} td,th{{border-bottom:1px solid #d0d7de;padding:.4em .6em;vertical-align:top;text-align:left}}
.num{{text-align:right;font-variant-numeric:tabular-nums}} .id{{color:#57606a;font-size:.85em}}
pre{{background:#f6f8fa;padding:.5em;overflow:auto;max-height:20em}}
</style></head><body>
<h1>paddlecamp chapters</h1>
<p>{passed}/{len(results)} passed · {total_s:.0f} s in all · {mode} mode · built {time.strftime('%Y-%m-%d %H:%M')}</p>
<table><thead><tr><th>track</th><th>chapter</th><th>status</th><th class="num">seconds</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></body></html>
"""


def write_index(results: list["ChapterResult"], out_dir: Path) -> Path:
    """Write ``out_dir/index.html``."""
    out = Path(out_dir) / "index.html"
    out.write_text(index_html(results, Path(out_dir)), encoding="utf-8")
    return out
