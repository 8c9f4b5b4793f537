"""The ``assistant`` command: a thin shell over the public API.

Errors become one-line messages that say what to do, with a non-zero exit
code; tracebacks are shown only with ASSISTANT_DEBUG=1.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Cited answers from diplomatic meeting readouts, offline.",
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: the rich one shows a stray "<bool>" after flags
)

IndexDirOpt = typer.Option(None, "--index-dir", help="Index folder [env ASSISTANT_INDEX_DIR; default index/].")
StoreOpt = typer.Option(
    None,
    "--store",
    help="Where the index is: a folder, or a postgresql:// URL [env ASSISTANT_STORE; default the index folder].",
)


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _run(fn):
    """Run ``fn`` translating every error into a one-line message."""
    from .errors import AssistantError

    try:
        return fn()
    except typer.Exit:
        raise
    except AssistantError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:  # "assistant info | head -1": the reader has gone, nothing to report
        _quiet_stdout()
        raise typer.Exit(0) from None
    except Exception as exc:
        if os.environ.get("ASSISTANT_DEBUG"):
            raise
        _fail(f"unexpected {type(exc).__name__}: {exc}. Re-run with ASSISTANT_DEBUG=1 for details, and report it.")


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush does not fail again on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _waiting(message: str) -> None:
    typer.echo(message, err=True)


def _filters(country: str | None, person: str | None, after: str | None, before: str | None, kind: str | None) -> dict:
    """The filter options given, as ``Assistant`` takes them."""
    given = {"country": country, "person": person, "after": after, "before": before, "kind": kind}
    return {k: v for k, v in given.items() if v}


CountryOpt = typer.Option(None, "--country", help="Only meetings with this country (name, demonym or code).")
PersonOpt = typer.Option(None, "--person", help="Only meetings this person took part in.")
AfterOpt = typer.Option(None, "--after", help="Only meetings on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
BeforeOpt = typer.Option(None, "--before", help="Only meetings on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
KindOpt = typer.Option(None, "--kind", help="Only this kind of meeting: call, meeting, visit, virtual_meeting ...")


def _progress_bar():
    """A rich progress bar on stderr, fed by the API's progress callback."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=False,
    )
    tasks: dict[str, int] = {}

    def callback(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(stage, total=max(total, 1))
        progress.update(tasks[stage], completed=done, total=max(total, 1))

    return progress, callback


def _build(paths, index_dir, quiet: bool = False, wait: bool = True, **overrides):
    from . import Assistant

    if quiet:
        return Assistant.build(paths, index_dir=index_dir, wait=wait, on_wait=_waiting, **overrides)
    progress, callback = _progress_bar()
    with progress:
        asst = Assistant.build(paths, index_dir=index_dir, progress=callback, wait=wait, on_wait=_waiting, **overrides)
    return asst


def _report_build(asst) -> None:
    b = asst.last_build
    if b is None:
        return
    for s in b.skipped:
        typer.echo(f"skipped {s.path}: {s.reason}", err=True)
    for w in b.warnings:
        typer.echo(f"warning: {w}", err=True)
    if b.rebuilt_reason:
        typer.echo(f"rebuilt from scratch: {b.rebuilt_reason}", err=True)
    info = asst.info()
    typer.echo(f"indexed {info['readouts']} readouts ({b.summary()}) in {info['store']}", err=True)


@app.command()
def index(
    paths: list[Path] | None = typer.Argument(None, help="Folders or files of readouts [default: seeds/]."),
    index_dir: Path | None = IndexDirOpt,
    model: str | None = typer.Option(None, help="Embedding model name or path [env ASSISTANT_MODEL]."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    no_wait: bool = typer.Option(
        False, "--no-wait", help="If another process is updating the index, stop instead of waiting for it."
    ),
    store: str | None = StoreOpt,
    from_folder: Path | None = typer.Option(
        None, "--from-folder", help="Copy the folder index in this folder into --store, without embedding anything."
    ),
):
    """Build the index, or update it: only added or changed files are embedded.

    Readouts uploaded in the web chat stay in the index. One process updates an index at a time: a second
    run waits for the first (saying so), or with --no-wait stops with a message naming it.
    """

    def go():
        from . import load_settings

        settings = load_settings(index_dir=index_dir, model=model, store=store)
        if from_folder is not None:
            from . import copy_index

            _report_build(copy_index(from_folder, settings=settings, wait=not no_wait, on_wait=_waiting))
            return
        asst = _build(
            paths or [settings.corpus], settings.index_dir, quiet=quiet, wait=not no_wait, model=model, store=store
        )
        _report_build(asst)

    _run(go)


def _open_or_build(index_dir, corpus=None, **overrides):
    """Open the index; on a first run with no index, build it from the corpus."""
    from . import Assistant, load_settings

    settings = load_settings(index_dir=index_dir, corpus=corpus, **overrides)
    # build only into an empty place: a failed or racing open of an existing index must never become a rebuild
    if not Assistant.index_in_use(settings.index_dir, store=settings.store) and Path(settings.corpus).exists():
        where = "the PostgreSQL store" if settings.store_url else f"{settings.folder}/"
        typer.echo(f"No index in {where} yet: building it from {settings.corpus}/ (first run only).", err=True)
        asst = _build([settings.corpus], settings.index_dir, **overrides)
        _report_build(asst)
        return asst
    return Assistant.open(settings=settings)


def format_answer(answer) -> str:
    """The answer and its citations as plain text for a terminal."""
    from .render import answer_text

    return answer_text(answer)


@app.command()
def ask(
    question: str = typer.Argument(..., help="Your question, in quotes."),
    index_dir: Path | None = IndexDirOpt,
    corpus: Path | None = typer.Option(None, help="Readouts to index on first run [default: seeds/]."),
    k: int | None = typer.Option(None, "--k", help="Passages to retrieve."),
    as_json: bool = typer.Option(False, "--json", help="Print the answer as JSON."),
    llm: str | None = typer.Option(None, help="LLM: provider:model, an http(s) base URL, or gguf:PATH."),
    country: str | None = CountryOpt,
    person: str | None = PersonOpt,
    after: str | None = AfterOpt,
    before: str | None = BeforeOpt,
    kind: str | None = KindOpt,
    store: str | None = StoreOpt,
):
    """Answer a question from the indexed readouts, with citations (only from the meetings the filters allow)."""

    def go():
        asst = _open_or_build(index_dir, corpus, llm=llm, store=store)
        answer = asst.ask(question, k=k, filters=_filters(country, person, after, before, kind))
        if as_json:
            typer.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
        else:
            typer.echo(format_answer(answer))

    _run(go)


@app.command()
def chat(
    index_dir: Path | None = IndexDirOpt,
    corpus: Path | None = typer.Option(None, help="Readouts to index on first run [default: seeds/]."),
    k: int | None = typer.Option(None, "--k", help="Passages to retrieve."),
    llm: str | None = typer.Option(None, help="LLM: provider:model, an http(s) base URL, or gguf:PATH."),
    country: str | None = CountryOpt,
    person: str | None = PersonOpt,
    after: str | None = AfterOpt,
    before: str | None = BeforeOpt,
    kind: str | None = KindOpt,
    store: str | None = StoreOpt,
):
    """A conversation in the terminal: follow-ups ("And on Ukraine?") are answered in context.

    Type /reset to forget the conversation, /quit (or Ctrl-D) to leave. Filters hold for the whole conversation.
    """
    from .errors import AssistantError

    asst = _run(lambda: _open_or_build(index_dir, corpus, llm=llm, store=store))
    chosen = _filters(country, person, after, before, kind)
    history: list[dict] = []
    typer.echo("Ask about the readouts. Follow-ups keep the context; /reset forgets it, /quit leaves.", err=True)
    while True:
        try:
            question = input("> ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo("", err=True)
            break
        if not question:
            continue
        if question.lower() in ("/quit", "/exit", "quit", "exit"):
            break
        if question.lower() == "/reset":
            history = []
            typer.echo("(conversation forgotten)", err=True)
            continue
        try:
            answer, streamed = None, []
            for piece in asst.stream(question, history=history, k=k, filters=chosen):
                if isinstance(piece, str):
                    streamed.append(piece)
                    typer.echo(piece, nl=False)
                else:
                    answer = piece
        except AssistantError as exc:
            typer.echo(f"error: {exc}", err=True)
            continue
        if answer is None:  # pragma: no cover - stream always ends with the Answer
            continue
        if "".join(streamed).strip() != answer.text.strip():
            # a generated draft was streamed; show what survived the citation check
            typer.echo("\n\nchecked answer:\n" + answer.text)
        if answer.standalone_question:
            typer.echo(f"(understood as: {answer.standalone_question})", err=True)
        sources = format_answer(answer)[len(answer.text) :].strip()
        typer.echo(("\n" + sources + "\n") if sources else "")
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


@app.command()
def info(
    index_dir: Path | None = IndexDirOpt,
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
    store: str | None = StoreOpt,
):
    """What is indexed: model, sizes, readouts."""

    def go():
        from . import Assistant

        asst = Assistant.open(index_dir, store=store)
        data = asst.info()
        data["documents"] = asst.readouts()
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        typer.echo(
            f"store:      {data['store']} ({data['disk_bytes'] / 1e6:.2f} MB, built {data['built_at']}, "
            f"generation {data['generation']})"
        )
        typer.echo(f"model:      {data['model']} (dimension {data['dimension']})")
        typer.echo(f"corpus:     {data['corpus_root']}")
        typer.echo(
            f"contents:   {data['readouts']} readouts, {data['passages']} passages, {data['sentences']} sentences"
        )
        typer.echo(
            f"chunking:   {data['settings'].get('chunk_words')} words, overlap {data['settings'].get('chunk_overlap')}"
        )
        uploaded = sum(bool(d.get("uploaded")) for d in data["documents"])
        if uploaded:
            typer.echo(
                f"uploaded:   {uploaded} readouts uploaded in the web chat (sources uploads/...; kept when "
                "the corpus is re-indexed; remove with: assistant remove SOURCE)"
            )
        for d in data["documents"]:
            mark = "  [uploaded]" if d.get("uploaded") else ""
            typer.echo(f"  {d['source']}  |  {d['title']}  |  {d['date'] or 'no date'}  |  {d['chars']} chars{mark}")

    _run(go)


@app.command()
def remove(
    sources: list[str] = typer.Argument(
        ..., help="Sources to drop, as `assistant info` lists them (e.g. uploads/note.txt)."
    ),
    index_dir: Path | None = IndexDirOpt,
    no_wait: bool = typer.Option(
        False, "--no-wait", help="If another process is updating the index, stop instead of waiting for it."
    ),
    store: str | None = StoreOpt,
):
    """Drop readouts from the index (an uploaded readout's file too). A corpus file that is still in the
    corpus folder comes back at the next `assistant index`: delete or move the file as well."""

    def go():
        from . import Assistant

        asst = Assistant.open(index_dir, store=store)
        build = asst.remove(sources, wait=not no_wait, on_wait=_waiting)
        info = asst.info()
        typer.echo(f"removed {len(build.removed)} readout(s); {info['readouts']} left in {info['store']}", err=True)

    _run(go)


@app.command()
def meetings(
    index_dir: Path | None = IndexDirOpt,
    country: str | None = CountryOpt,
    person: str | None = PersonOpt,
    after: str | None = AfterOpt,
    before: str | None = BeforeOpt,
    kind: str | None = KindOpt,
    csv: bool = typer.Option(False, "--csv", help="Print CSV (one row per meeting) instead of a table."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
    store: str | None = StoreOpt,
):
    """The meetings the readouts record (date, kind, place, participants, countries), by date: a timeline."""

    def go():
        from . import Assistant

        asst = Assistant.open(index_dir, store=store)
        found = asst.meetings(**_filters(country, person, after, before, kind))
        if as_json:
            typer.echo(json.dumps([m.to_dict() for m in found], ensure_ascii=False, indent=2))
        elif csv:
            typer.echo(found.to_csv(), nl=False)
        else:
            for m in found:
                typer.echo(m.describe_line())
            typer.echo(f"{len(found)} meeting(s)", err=True)

    _run(go)


@app.command()
def events(
    index_dir: Path | None = IndexDirOpt,
    country: str | None = CountryOpt,
    person: str | None = PersonOpt,
    after: str | None = AfterOpt,
    before: str | None = BeforeOpt,
    kind: str | None = typer.Option(
        None, "--kind", help="Only this statement kind (agreed, discussed, ...) or meeting kind (call, meeting ...)."
    ),
    csv: bool = typer.Option(False, "--csv", help="Print CSV (the default is a short table)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
    store: str | None = StoreOpt,
):
    """Every sentence of the readouts as an event: meeting date, actor, counterpart, statement kind, CAMEO
    code, quote, source and character span. `--csv` loads straight into pandas or a spreadsheet."""

    def go():
        from . import Assistant

        asst = Assistant.open(index_dir, store=store)
        found = asst.statements(**_filters(country, person, after, before, kind))
        if as_json:
            typer.echo(json.dumps(found.rows(), ensure_ascii=False, indent=2))
        elif csv:
            typer.echo(found.to_csv(), nl=False)
        else:
            for r in found.rows():
                quote = r["quote"] if len(r["quote"]) <= 90 else r["quote"][:89] + "\u2026"
                typer.echo(f"{r['date'] or 'date unknown'}  {r['kind']:<17} {r['actor']:<11} {quote}")
            typer.echo(f"{len(found)} statement(s)", err=True)

    _run(go)


@app.command()
def serve(
    index_dir: Path | None = IndexDirOpt,
    corpus: Path | None = typer.Option(None, help="Readouts to index on first run [default: seeds/]."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(7860, help="Port to listen on."),
    auth: str | None = typer.Option(None, help="USER:PASS to require a login [env ASSISTANT_AUTH]."),
    share: bool = typer.Option(False, "--share", help="Ask Gradio for a public share link (off by default)."),
    llm: str | None = typer.Option(None, help="LLM: provider:model, an http(s) base URL, or gguf:PATH."),
    store: str | None = StoreOpt,
):
    """Start the web chat."""

    def go():
        try:
            from .ui.app import launch
        except ImportError as exc:
            _fail(f"the web chat cannot start: {exc}. Install it with: pip install 'gradio>=6,<7'")
        asst = _open_or_build(index_dir, corpus, llm=llm, auth=auth, store=store)
        launch(asst, host=host, port=port, auth=asst.settings.auth, share=share)

    _run(go)


@app.command("eval")
def eval_(
    testset: Path = typer.Argument(
        ..., help="Test set: JSONL, CSV, or SQuAD v1.1 JSON (its paragraphs become the corpus)."
    ),
    corpus: Path | None = typer.Option(None, help="Readouts the test set asks about; indexed (incrementally) first."),
    index_dir: Path | None = typer.Option(
        None,
        "--index-dir",
        help="Index to use (default: OUT/index with --corpus or SQuAD, else ASSISTANT_INDEX_DIR or index/).",
    ),
    k: int = typer.Option(5, "--k", min=1, help="Passages retrieved per question."),
    out: Path | None = typer.Option(
        None, "--out", help="Folder for report.json and report.html (default: eval-NAME/)."
    ),
    baseline: Path | None = typer.Option(None, "--baseline", help="report.json of an earlier run to compare with."),
    split: str | None = typer.Option(
        None, "--split", help="Only the rows of this split (their 'split' field, e.g. dev or test)."
    ),
    llm: str | None = typer.Option(None, help="LLM: provider:model, an http(s) base URL, or gguf:PATH."),
    store: str | None = StoreOpt,
):
    """Score answers against a test set: retrieval, citations, abstention; writes report.json and report.html.

    Rows are validated before anything is indexed and checked against the index before any question is asked.
    The report names the readouts it ran over.
    """

    def go():
        from . import evaluate, load_report, load_testset, select_split

        out_dir = out or Path(f"eval-{testset.stem}")
        base = load_report(baseline) if baseline else None  # a bad baseline fails before any work
        ts = select_split(load_testset(testset, corpus_dir=out_dir / "corpus"), split)
        source = ts.corpus or corpus
        if ts.corpus and corpus:
            typer.echo(f"note: {testset.name} brings its own paragraphs; --corpus is ignored.", err=True)
        if source is not None:
            asst = _build([source], index_dir or out_dir / "index", llm=llm, store=store)
            _report_build(asst)
        else:
            asst = _open_or_build(index_dir, None, llm=llm, store=store)
        progress, callback = _progress_bar()
        with progress:
            report = evaluate(asst, ts, k=k, baseline=base, split=split, progress=callback)
        out_dir.mkdir(parents=True, exist_ok=True)
        report.to_json(out_dir / "report.json")
        report.write_html(out_dir / "report.html")
        report.print()
        typer.echo(f"wrote {out_dir / 'report.json'} and {out_dir / 'report.html'}", err=True)

    _run(go)


def main() -> None:
    """Entry point of the ``assistant`` script."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
