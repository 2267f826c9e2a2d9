"""ERNIE answerer: prompt and parsing, and the real openai/erniebot clients against a loopback server."""
from __future__ import annotations

import json
import os
import urllib.error
import urllib.request

import pytest

from paddlecamp.docqa.llm import ErnieAnswerer, ErnieConfig, LLMError, build_messages, parse_answer
from paddlecamp.docqa.llm.fake_server import FakeErnieServer, fake_answer
from paddlecamp.docqa.llm.prompt import (
    REFUSAL_EN,
    REFUSAL_ZH,
    is_refusal,
    parse_citations,
    parse_prompt,
    strip_citations,
)

KEY = "test-key-123"
CONTEXTS = [
    {"text": "发票号码：28416307\n开票日期：2025年03月18日", "source": "invoice_zh.jpg", "page": 1},
    {"text": "Package: SOT-23-6, 2.9 x 2.8 mm\nManufacturer: Northwind Instruments Ltd.",
     "source": "datasheet_en.jpg", "page": 1},
    {"text": "| 营业收入 | 48,630 | 41,275 | +17.8% |", "source": "financial_summary_zh.jpg", "page": 1},
]


@pytest.fixture(scope="module")
def server():
    with FakeErnieServer(KEY, slow_s=1.5) as srv:
        yield srv


# --- prompt and parsing ------------------------------------------------------------------------
def test_prompt_numbers_contexts_with_provenance():
    system, user = build_messages("发票号码是多少？", CONTEXTS)
    assert system["role"] == "system" and "[1]" in system["content"] and REFUSAL_ZH in system["content"]
    assert user["role"] == "user"
    body = user["content"]
    assert "[1] (source: invoice_zh.jpg, page 1)\n发票号码：28416307" in body
    assert "[3] (source: financial_summary_zh.jpg, page 1)" in body
    assert body.index("[1]") < body.index("[2]") < body.index("[3]") < body.index("发票号码是多少？")
    english = build_messages("What is the package?", CONTEXTS)[1]["content"]
    assert REFUSAL_EN in english and REFUSAL_ZH not in english.split("Question:")[1]
    with pytest.raises(ValueError, match="empty"):
        build_messages("   ", CONTEXTS)


def test_prompt_round_trips_through_the_server_parser():
    question, contexts = parse_prompt(build_messages("营业收入是多少？", CONTEXTS)[1]["content"])
    assert question == "营业收入是多少？"
    assert [c["n"] for c in contexts] == [1, 2, 3]
    assert [c["text"] for c in contexts] == [c["text"] for c in CONTEXTS]
    assert contexts[1]["source"] == "datasheet_en.jpg"


@pytest.mark.parametrize("text, n, want", [
    ("发票号码是28416307 [1]。", 3, [0]),
    ("It is SOT-23-6 [2][1].", 3, [0, 1]),
    ("见 [1, 3] 与 [2，3]", 3, [0, 1, 2]),
    ("全角【2】和［３］", 3, [1, 2]),
    ("out of range [4] and [0]", 3, []),
    ("no citation at all", 3, []),
])
def test_citations_are_parsed_to_zero_based_indices(text, n, want):
    assert parse_citations(text, n) == want


def test_answers_and_refusals_are_told_apart():
    ok = parse_answer("价税合计为¥13650.40 [1]。", 2)
    assert ok.answerable and ok.cited == [0] and ok.answer == "价税合计为¥13650.40。"
    for refusal in (f"{REFUSAL_ZH}。", "资料中没有提到会议的茶歇时间。", "Cannot be answered from the contexts.",
                    "The contexts do not mention a warranty; this is not mentioned.", ""):
        out = parse_answer(refusal, 2)
        assert not out.answerable and out.cited == [], refusal
    assert not is_refusal("The warranty is 24 months [1].")
    assert strip_citations("It is 5.5 V [1] .") == "It is 5.5 V."


def test_fake_answer_picks_the_best_line_and_refuses_off_topic():
    _, ctxs = parse_prompt(build_messages("x?", CONTEXTS)[1]["content"])
    assert fake_answer("这张发票的发票号码是多少？", ctxs) == "发票号码：28416307 [1]"
    assert fake_answer("Who is the manufacturer?", ctxs) == "Manufacturer: Northwind Instruments Ltd. [2]"
    assert fake_answer("营业收入是多少？", ctxs).endswith("[3]")
    assert fake_answer("北京明天的天气怎么样？", ctxs) == REFUSAL_ZH + "。"
    assert fake_answer("Who won the 2018 FIFA World Cup?", ctxs) == REFUSAL_EN + "."


# --- configuration ----------------------------------------------------------------------------
def test_config_from_env_picks_the_backend():
    with pytest.raises(LLMError, match="QIANFAN_API_KEY") as err:
        ErnieConfig.from_env({})
    assert err.value.kind == "config"
    cfg = ErnieConfig.from_env({"QIANFAN_API_KEY": "k"})
    assert (cfg.backend, cfg.model, cfg.endpoint) == ("openai", "ernie-3.5-8k",
                                                       "https://qianfan.baidubce.com/v2/chat/completions")
    cfg = ErnieConfig.from_env({"AISTUDIO_ACCESS_TOKEN": "t", "ERNIE_MODEL": "ernie-4.0"})
    assert (cfg.backend, cfg.api_type, cfg.model, cfg.api_key) == ("erniebot", "aistudio", "ernie-4.0", "t")
    cfg = ErnieConfig.from_env({"QIANFAN_API_KEY": "k", "EB_ACCESS_TOKEN": "t", "ERNIE_BACKEND": "erniebot"})
    assert cfg.backend == "erniebot" and cfg.api_key == "t"
    assert ErnieConfig.from_env({"QIANFAN_API_KEY": "k"}, model="ernie-speed-8k").model == "ernie-speed-8k"
    with pytest.raises(LLMError, match="EB_BASE_URL"):
        ErnieConfig.from_env({"EB_ACCESS_TOKEN": "t", "EB_API_TYPE": "custom"})
    with pytest.raises(LLMError, match="aistudio or custom"):
        ErnieConfig.from_env({"EB_ACCESS_TOKEN": "t", "EB_API_TYPE": "qianfan"})
    with pytest.raises(LLMError, match="ERNIE_TIMEOUT"):
        ErnieConfig.from_env({"QIANFAN_API_KEY": "k", "ERNIE_TIMEOUT": "soon"})


# --- the real clients against the loopback server ------------------------------------------------
def test_openai_client_answers_with_citations(server):
    llm = ErnieAnswerer.from_env(env=server.env("openai"))
    out = llm.answer("这张发票的发票号码是多少？", CONTEXTS)
    assert out.answerable and out.cited == [0] and "28416307" in out.answer
    req = server.requests[-1]
    assert req["path"] == "/v2/chat/completions"
    assert req["headers"]["authorization"] == f"Bearer {KEY}"
    assert req["body"]["model"] == "ernie-3.5-8k"
    assert [m["role"] for m in req["body"]["messages"]] == ["system", "user"]
    assert req["question"] == "这张发票的发票号码是多少？" and len(req["contexts"]) == 3
    refused = llm.answer("What is the warranty period of the TS-200 sensor?", CONTEXTS)
    assert not refused.answerable and refused.cited == []


def test_plain_openai_client_on_v1(server):
    import openai

    client = openai.OpenAI(api_key=KEY, base_url=f"{server.url}/v1", max_retries=0)
    resp = client.chat.completions.create(model="ernie-4.0-8k", messages=build_messages("Who is the manufacturer?",
                                                                                         CONTEXTS))
    assert resp.choices[0].message.content == "Manufacturer: Northwind Instruments Ltd. [2]"
    assert server.requests[-1]["path"] == "/v1/chat/completions"


@pytest.mark.parametrize("flavour, auth", [("aistudio", f"token {KEY}"), ("custom", KEY)])
def test_erniebot_client_answers_with_citations(server, flavour, auth):
    llm = ErnieAnswerer.from_env(env=server.env(flavour))
    out = llm.answer("What package does it come in?", CONTEXTS)
    assert out.answerable and out.cited == [1] and "SOT-23-6" in out.answer
    req = server.requests[-1]
    assert req["path"] == f"/{flavour}/v1/chat/completions"  # ernie-3.5 is model id "completions"
    assert req["headers"]["authorization"] == auth
    assert req["headers"]["content-type"].startswith("application/json")
    body = req["body"]
    assert body["system"].startswith("你是一个严谨的文档问答助手")
    assert [m["role"] for m in body["messages"]] == ["user"]
    llm4 = llm.with_model("ernie-4.0")
    assert llm4.answer("营业收入是多少？", CONTEXTS).cited == [2]
    assert server.requests[-1]["model_id"] == "completions_pro"


@pytest.mark.parametrize("backend", ["openai", "aistudio", "custom"])
@pytest.mark.parametrize("key, kind", [("wrong-key", "auth"), ("rate-limit", "rate_limit"),
                                       ("server-error", "server"), ("garbage", "response")])
def test_remote_failures_become_llm_errors(server, backend, key, kind):
    llm = ErnieAnswerer.from_env(env=server.env(backend, api_key=key))
    with pytest.raises(LLMError) as err:
        llm.answer("发票号码是多少？", CONTEXTS)
    assert err.value.kind == kind
    assert server.url in str(err.value) and server.url in err.value.endpoint
    if kind in ("rate_limit", "server"):
        assert "--llm extractive" in str(err.value)


@pytest.mark.parametrize("backend", ["openai", "aistudio"])
def test_unreachable_and_slow_endpoints(server, backend):
    env = server.env(backend)
    dead = "http://127.0.0.1:9/v2" if backend == "openai" else "http://127.0.0.1:9/v1"
    env["QIANFAN_BASE_URL" if backend == "openai" else "EB_BASE_URL"] = dead
    with pytest.raises(LLMError) as err:
        ErnieAnswerer.from_env(env=env).answer("发票号码是多少？", CONTEXTS)
    assert err.value.kind == "network" and "127.0.0.1:9" in str(err.value)
    slow = {**server.env(backend, api_key="slow"), "ERNIE_TIMEOUT": "0.3"}
    with pytest.raises(LLMError) as err:
        ErnieAnswerer.from_env(env=slow).answer("发票号码是多少？", CONTEXTS)
    assert err.value.kind == "timeout" and "ERNIE_TIMEOUT" in str(err.value)


def _post(url: str, body: object, headers: dict[str, str]) -> tuple[int, dict]:
    req = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_server_validates_requests(server):
    url = f"{server.url}/v2/chat/completions"
    auth = {"Authorization": f"Bearer {KEY}"}
    good = {"model": "ernie-3.5-8k", "messages": [{"role": "user", "content": "hi"}]}
    assert _post(url, good, auth)[0] == 200
    assert _post(url, good, {})[0] == 401
    assert _post(url, good, {"Authorization": KEY})[0] == 401  # no Bearer scheme
    status, body = _post(url, {"messages": good["messages"]}, auth)
    assert status == 400 and "model" in body["error"]["message"]
    status, body = _post(url, {**good, "messages": [{"role": "robot", "content": "x"}]}, auth)
    assert status == 400 and "role" in body["error"]["message"]
    assert _post(url, {**good, "messages": []}, auth)[0] == 400
    assert _post(url, good, {**auth, "X-Fake-Fault": "rate-limit"})[0] == 429
    assert _post(f"{server.url}/v3/chat/completions", good, auth)[0] == 404
    eb = f"{server.aistudio_base_url}/chat/completions"
    status, body = _post(eb, {"messages": [{"role": "system", "content": "x"}]}, {"Authorization": f"token {KEY}"})
    assert status == 200 and body["errorCode"] == 336003  # erniebot takes system as a field, not a message
    status, body = _post(f"{server.aistudio_base_url}/chat/gpt-4", {"messages": good["messages"]},
                         {"Authorization": f"token {KEY}"})
    assert body["errorCode"] == 336003 and "gpt-4" in body["errorMsg"]


def test_server_stops_and_frees_the_port():
    srv = FakeErnieServer(KEY).start()
    url = srv.url
    srv.stop()
    with pytest.raises(RuntimeError, match="not running"):
        srv.url
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"{url}/v2/chat/completions", data=b"{}", timeout=2)


# --- the real service --------------------------------------------------------------------------
_HAS_KEY = bool(os.environ.get("QIANFAN_API_KEY") or os.environ.get("EB_ACCESS_TOKEN")
                or os.environ.get("AISTUDIO_ACCESS_TOKEN"))


@pytest.mark.live
@pytest.mark.skipif(not _HAS_KEY, reason="set QIANFAN_API_KEY or EB_ACCESS_TOKEN to run against ERNIE")
def test_live_ernie_answers_from_the_contexts():
    llm = ErnieAnswerer.from_env()
    out = llm.answer("这张发票的发票号码是多少？", CONTEXTS)
    assert out.answerable and "28416307" in out.answer and 0 in out.cited
    refused = llm.answer("这张发票的开票人联系电话是多少？", CONTEXTS)
    assert not refused.answerable
