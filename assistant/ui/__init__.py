"""The web chat (Gradio): ``app`` builds and serves the page, ``handlers`` does the work of its events over the
public API, ``views``, ``conversations``, ``filters`` (the filter controls' values and lines) and ``timeline``
(meetings over time, by country) are pure helpers, ``auth`` throttles failed logins; CSS and JavaScript live in
``static/``."""
