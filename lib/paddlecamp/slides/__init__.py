"""Slide decks built from the library's own measured examples (python-pptx).

``paddlecamp slides build`` turns a deck source (``slides/<deck>/deck.yaml``) into an editable
``.pptx``: native text boxes and tables, charts drawn by the library, speaker notes, a CJK
font set explicitly. Every number on an example slide comes from running the example in
``paddlecamp.slides.examples`` at build time.
"""
