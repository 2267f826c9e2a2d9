"""ERNIE as the answering LLM: a grounded prompt, two client backends, and a loopback server.

    from paddlecamp.docqa.llm import ErnieAnswerer, LLMAnswer, LLMError

    llm = ErnieAnswerer.from_env()              # QIANFAN_API_KEY or EB_ACCESS_TOKEN, ...
    out = llm.answer("发票号码是多少？", chunks)   # chunks: .text, .source, .page
    out.answer, out.answerable, out.cited       # cited: 0-based indices into chunks

``client`` holds the configuration (environment variables) and the error mapping, ``prompt``
the numbered-context prompt and its parser, ``fake_server`` a loopback HTTP server speaking
the OpenAI chat-completions and erniebot protocols for offline tests and chapters.
"""
from __future__ import annotations

from paddlecamp.docqa.llm.client import ErnieAnswerer, ErnieConfig, LLMError
from paddlecamp.docqa.llm.prompt import LLMAnswer, build_messages, parse_answer

__all__ = ["ErnieAnswerer", "ErnieConfig", "LLMAnswer", "LLMError", "build_messages", "parse_answer"]
