#!/usr/bin/env python3
"""Judges the committed Qt Linguist files: every message translated, nothing obsolete, and each
translation keeps what the program relies on in its source text.

Per message (and per plural form): the same placeholders (%1..%99, %n, %p for progress bars and
{name} for error parameters, none lost and none invented), the same leading and trailing white
space, the same number of line breaks, the same number of & accelerators and the same HTML tags.
Usage: check_ts.py FILE.ts...   Exit status 1 when anything is wrong (each problem is printed).
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n|p|L\d)|\{[A-Za-z_][A-Za-z0-9_]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")
HTML = {"a", "b", "big", "body", "br", "code", "div", "em", "font", "h1", "h2", "h3", "hr",
        "html", "i", "img", "li", "nobr", "ol", "p", "pre", "qt", "small", "span", "strong",
        "sub", "sup", "table", "td", "th", "tr", "tt", "u", "ul"}


def accelerators(text):
    text = text.replace("&&", "")
    return [m.group(1) for m in re.finditer(r"&(?![A-Za-z]+;|#\d+;)(\S)", text)]


def edges(text):
    return re.match(r"\s*", text).group(), re.search(r"\s*$", text).group()


def html_tags(text):
    return sorted(m.group(0) for m in TAG.finditer(text) if m.group(1).lower() in HTML)


def problems(source, translation):
    if not translation.strip() and source.strip():
        yield "empty translation"
        return
    wanted, got = set(PLACEHOLDER.findall(source)), set(PLACEHOLDER.findall(translation))
    if wanted != got:
        yield "placeholders: missing %s, unknown %s" % (sorted(wanted - got), sorted(got - wanted))
    if edges(source) != edges(translation):
        yield "leading or trailing white space differs"
    if source.count("\n") != translation.count("\n"):
        yield "number of line breaks differs"
    if len(accelerators(source)) != len(accelerators(translation)):
        yield "number of & accelerators differs"
    if html_tags(source) != html_tags(translation):
        yield "HTML tags differ"


def check(path):
    failures = 0
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type")
            if kind in ("unfinished", "obsolete", "vanished"):
                failures += 1
                print(f"{path}: [{name}] {kind}: {source!r}")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            for text in texts:
                for problem in problems(source, text):
                    failures += 1
                    print(f"{path}: [{name}] {problem}: {source!r} -> {text!r}")
    return failures


def main(paths):
    failures = sum(check(path) for path in paths)
    print(f"{len(paths)} file(s) checked, {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
