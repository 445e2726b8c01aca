"""HTML pasted or sent as a job description: visible text out, hidden text kept aside.

Hidden parts (comments, ``display:none`` / ``hidden`` elements, white-on-white, zero-size fonts) are
never shown to a person but a model would read them, so they are returned separately for the
injection check instead of being silently dropped."""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_TAG_HINT = re.compile(r"<\s*(p|br|div|span|b|strong|i|em|ul|ol|li|h[1-6]|a|table|tr|td|section|article|body|html)"
                       r"\b[^>]*>|<!--", re.I)
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "blockquote", "pre", "hr"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$)|"
                           r"opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|color\s*:\s*(?:#fff(?:fff)?|white)\b", re.I)


def looks_like_html(text: str) -> bool:
    return len(_TAG_HINT.findall(text[:20000])) >= 2 or bool(re.search(r"<!--.*?-->", text[:20000], re.S))


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.visible: list[str] = []
        self.hidden: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, hidden?)
        self._hidden_depth = 0  # hidden entries in the stack (so _is_hidden is O(1), not a scan)
        self._open: dict[str, int] = {}  # tag -> entries in the stack (an end tag never open costs nothing)
        self._hidden_buf: list[str] = []
        self._skip = 0  # inside <script>/<style>

    def _is_hidden(self) -> bool:
        return self._hidden_depth > 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "style"):
            self._skip += 1
            return
        if tag in _BLOCK:
            self._emit("\n")
        if tag in _VOID:
            return
        hidden = "hidden" in a or a.get("aria-hidden") == "true" or bool(_HIDDEN_STYLE.search(a.get("style") or ""))
        was_hidden = self._is_hidden()
        self._stack.append((tag, hidden))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._hidden_depth += hidden
        if hidden and not was_hidden:
            self._hidden_buf = []

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
            return
        if tag in _VOID:
            return
        for i in range(len(self._stack) - 1, -1, -1) if self._open.get(tag) else ():
            if self._stack[i][0] == tag:  # the entries scanned here are the ones removed: linear overall
                was_hidden = self._is_hidden()
                for t, h in self._stack[i:]:
                    self._open[t] -= 1
                    self._hidden_depth -= h
                del self._stack[i:]
                if was_hidden and not self._is_hidden():
                    chunk = " ".join("".join(self._hidden_buf).split())
                    if chunk:
                        self.hidden.append(chunk)
                    self._hidden_buf = []
                break
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data):
        if self._skip:
            return
        self._emit(data)

    def handle_comment(self, data):
        chunk = " ".join(data.split())
        if chunk:
            self.hidden.append(chunk)

    def _emit(self, s: str) -> None:
        if self._is_hidden():
            self._hidden_buf.append(s)
        else:
            self.visible.append(s)


def html_to_text(text: str) -> tuple[str, list[str]]:
    """(visible text with one block per line, hidden text chunks)."""
    p = _Extractor()
    try:
        p.feed(text)
        p.close()
    except Exception:  # malformed markup: fall back to stripping tags
        stripped = re.sub(r"<[^>]+>", "\n", text)
        return html.unescape(stripped), []
    if p._hidden_buf and p._is_hidden():  # unclosed hidden element
        chunk = " ".join("".join(p._hidden_buf).split())
        if chunk:
            p.hidden.append(chunk)
    visible = "".join(p.visible).replace("\xa0", " ")
    lines = [ln.rstrip() for ln in visible.splitlines()]
    out: list[str] = []
    for ln in lines:
        if ln.strip() or (out and out[-1].strip()):
            out.append(ln.strip())
    return "\n".join(out).strip(), p.hidden
