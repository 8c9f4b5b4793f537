"""One validated settings object, read from ``ASSISTANT_*`` environment variables.

Settings are passed explicitly to whatever needs them; nothing reads the
environment behind the caller's back.
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The name the bundled model is known by; any other name or path is loaded as given.
BUNDLED_MODEL = "all-MiniLM-L6-v2"
#: The longest question ``ask`` takes, in characters (the web chat's box and test sets keep to it too).
MAX_QUESTION_CHARS = 2000


class Settings(BaseSettings):
    """Every knob of the assistant; override with ``ASSISTANT_<NAME>`` or arguments."""

    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="forbid", validate_assignment=True)

    corpus: Path = Field(Path("seeds"), description="Folder of readouts indexed by default.")
    index_dir: Path = Field(Path("index"), description="Where the index lives.")
    store: str | None = Field(
        None,
        description="The index's store: a folder (default: index_dir) or a "
        "postgresql:// URL (libpq options such as sslmode in its query).",
    )
    pg_pool_size: int = Field(4, ge=1, le=100, description="PostgreSQL connections each process keeps for reading.")
    pg_schema: str = Field("assistant", description="PostgreSQL schema that holds the index's tables.")
    model: str = Field(BUNDLED_MODEL, description="Embedding model: the bundled one, a name or a path.")
    embed_backend: str = Field("auto", description="auto | torch | onnx.")
    device: str = Field("cpu", description="torch device for the embedding model.")
    batch_size: int = Field(64, ge=1, le=4096)
    max_seq_length: int = Field(256, ge=16, le=8192)

    chunk_words: int = Field(120, ge=10, le=2000, description="Target passage size in words.")
    chunk_overlap: int = Field(0, ge=0, le=5, description="Sentences repeated between passages.")

    k: int = Field(5, ge=1, le=100, description="Passages retrieved per question.")
    candidates: int = Field(30, ge=1, le=1000, description="Candidates each retriever contributes to fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal rank fusion constant.")

    # the quoting answerer's numbers (see assistant.qa.answerer.Tuning); defaults chosen by
    # benchmarks/tune_answers.py on the dev splits only
    max_quotes: int = Field(5, ge=1, le=20, description="Most sentences quoted per part of a question.")
    min_support: float = Field(0.25, ge=0.0, le=1.0, description="Below this evidence score a sentence is not quoted.")
    quote_margin: float = Field(0.4, ge=0.0, le=1.0, description="Quote sentences scoring within this of the best.")
    min_coverage: float = Field(0.35, ge=0.0, le=1.0, description="Share of a part's topic a sentence must state.")
    min_coverage_named: float = Field(
        0.25, ge=0.0, le=1.0, description="The same, within the readouts a question names."
    )
    min_topic_cosine: float = Field(0.6, ge=0.0, le=1.0, description="Closeness that stands in for stating the topic.")
    min_topic_cosine_named: float = Field(0.25, ge=0.0, le=1.0, description="The same, within the readouts named.")
    min_topic_cosine_unnamed: float = Field(
        0.4, ge=0.0, le=1.0, description="The same, alone, for a question naming no one, nothing and no date."
    )
    min_score_named: float = Field(
        0.6,
        ge=0.0,
        le=2.0,
        description="Within one named readout, the best sentence scoring this much answers whatever its words.",
    )
    list_coverage: float = Field(0.6, ge=0.0, le=1.0, description="Share of a list topic a sentence must state.")

    llm: str | None = Field(None, description="'provider:model', an http(s) base URL, or gguf:PATH. Empty: extractive.")
    llm_model: str | None = Field(None, description="Model name sent to an OpenAI-compatible server.")
    llm_timeout: float = Field(60.0, gt=0)
    llm_max_tokens: int = Field(384, ge=16)
    unsupported: str = Field("flag", description="flag | drop: what to do with generated sentences nobody supports.")

    max_upload_mb: float = Field(5.0, gt=0, description="Largest file the web chat accepts, in MB.")
    max_readout_mb: float = Field(
        2.0,
        gt=0,
        description="Largest readout file indexed, in MB (larger ones are skipped, named, before they are read).",
    )
    auth: str | None = Field(None, description="USER:PASS for the web chat.")

    @field_validator("embed_backend")
    @classmethod
    def _backend(cls, v: str) -> str:
        v = v.lower()
        if v not in {"auto", "torch", "onnx"}:
            raise ValueError("must be one of auto, torch, onnx")
        return v

    @field_validator("pg_schema")
    @classmethod
    def _pg_schema(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", v):
            raise ValueError("must be a lower-case SQL name (letters, digits, _)")
        return v

    @property
    def store_url(self) -> str | None:
        """The PostgreSQL URL when the store is one, else None."""
        s = (self.store or "").strip()
        return s if s.startswith(("postgresql://", "postgres://")) else None

    @property
    def folder(self) -> Path:
        """The folder of a folder store: ``store`` when it names one, else ``index_dir``."""
        return Path(self.store) if self.store and not self.store_url else self.index_dir

    @field_validator("unsupported")
    @classmethod
    def _unsupported(cls, v: str) -> str:
        v = v.lower()
        if v not in {"flag", "drop"}:
            raise ValueError("must be 'flag' or 'drop'")
        return v

    @field_validator("llm")
    @classmethod
    def _llm(cls, v: str | None) -> str | None:
        return v or None

    @model_validator(mode="after")
    def _auth(self) -> Settings:
        if self.auth is not None and ":" not in self.auth:
            raise ValueError("auth must look like USER:PASS")
        return self

    @property
    def max_readout_bytes(self) -> int:
        return int(self.max_readout_mb * 1_000_000)


def load_settings(**overrides) -> Settings:
    """Build Settings from the environment, then apply non-None ``overrides``.

    Raises ConfigError with the offending variable named when validation fails.
    """
    from pydantic import ValidationError

    from .errors import ConfigError

    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        problems = "; ".join(_problem(e) for e in exc.errors())
        raise ConfigError(f"Invalid settings: {problems}. Fix the value and try again.") from None


def _problem(error) -> str:
    """One validation error as "field (ASSISTANT_FIELD): what is wrong"."""
    loc = error.get("loc") or ()
    name = ".".join(str(p) for p in loc) or "settings"
    env = f"ASSISTANT_{str(loc[0]).upper()}" if loc else ""
    return f"{name} ({env}): {error['msg']}"
