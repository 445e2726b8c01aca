"""The verbs a piece of work opens with ("build", "migrate", "clean", "set up" …): a post's line or clause that leads
with one names work to do. One list for every layer that asks: the drafting quotes and plan (``drafting.quotes``,
``drafting.post_plan``) and the intake's test for a technical-setup line (``intake.spec_lines``). Data only."""
from __future__ import annotations

BASE_VERBS = frozenset(["build", "create", "develop", "design", "fix", "integrate", "migrate", "automate", "redesign", "optimize", "optimise", "set", "convert", "implement", "scrape", "connect", "upgrade", "refactor", "launch", "add", "extend", "rebuild", "replace", "clean", "speed", "debug", "deploy", "customize", "customise", "maintain", "finish", "complete", "move", "write", "edit", "review", "analyze", "analyse", "audit", "research", "manage", "set-up", "setup", "update", "improve", "make", "produce", "collect", "compile", "prepare", "translate", "test", "help", "support", "train", "identify", "transform", "streamline", "enhance", "run", "handle", "assist", "lead", "organize", "organise", "deliver", "engineer", "collate", "retrieve", "evaluate", "assess",
    "conduct", "perform", "generate", "gather", "extract", "parse", "pull", "process", "visualize", "visualise",
    "configure", "install", "modernize", "modernise", "revamp", "rework", "redo", "tune", "monitor", "track", "map",
    "model", "forecast", "calculate", "draft", "document", "plan", "architect", "prototype", "troubleshoot",
    "resolve", "repair", "restore", "consolidate", "merge", "sync", "synchronize", "import", "export", "crawl",
    "fetch", "aggregate", "summarize", "summarise", "classify", "annotate", "validate", "verify", "investigate",
    "explore", "interpret", "present", "craft", "curate", "populate", "transcribe", "proofread", "rewrite",
    "localize", "localise", "animate", "illustrate", "publish", "schedule", "coordinate", "oversee", "grow",
    "increase", "boost", "reduce", "port", "code", "program", "host", "scale", "secure", "style", "tweak", "adjust",
    "modify", "cleanup", "teach", "tutor", "guide", "advise", "recommend", "compare", "benchmark"])
