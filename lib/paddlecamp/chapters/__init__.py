"""Chapters: discovery, conventions, papermill execution and the HTML site.

``discover`` finds ``notebooks/NN-track/NN-title.ipynb``; ``execute`` runs chapters with
papermill (SMOKE and DEVICE injected, each in its own process with a timeout); ``site``
renders executed notebooks to HTML and writes ``index.html``; ``conventions`` checks the
rules every chapter follows; ``authoring`` writes new chapter files.
"""
from paddlecamp.chapters.discover import Chapter, discover, select
from paddlecamp.chapters.execute import ChapterResult, run_chapters

__all__ = ["Chapter", "ChapterResult", "discover", "run_chapters", "select"]
