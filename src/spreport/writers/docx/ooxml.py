"""Namespaces and a small element builder for WordprocessingML."""
from __future__ import annotations

import functools

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_NS = "http://www.w3.org/XML/1998/namespace"
NSMAP = {"w": W_NS, "r": R_NS}

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


@functools.lru_cache(maxsize=None)
def qname(name: str) -> str:
    """`w:p` -> `{namespace}p`; `r:id` and `xml:space` likewise."""
    prefix, local = name.split(":")
    return "{%s}%s" % ({"w": W_NS, "r": R_NS, "xml": XML_NS}[prefix], local)


@functools.lru_cache(maxsize=None)
def _attribute(key: str) -> str:
    return qname(f"r:{key[2:]}" if key.startswith("r_") else f"w:{key}")


def w(tag: str, *children: etree._Element | None, **attrs: str | int | None) -> etree._Element:
    """An element `w:tag` with `w:` attributes (`r_id=` gives `r:id`) and children.

    None, as a child or an attribute's value, is left out. The prefixes are declared where
    the element joins a part's root (made with NSMAP)."""
    el = etree.Element(qname("w:" + tag))
    for key, value in attrs.items():
        if value is not None:
            el.set(_attribute(key), str(value))
    el.extend(child for child in children if child is not None)
    return el


def part_root(tag: str, *children: etree._Element | None) -> etree._Element:
    """The root `w:tag` of a part, declaring the prefixes that its elements use."""
    el = etree.Element(qname("w:" + tag), nsmap=NSMAP)
    el.extend(child for child in children if child is not None)
    return el


def text(value: str) -> etree._Element:
    """A `w:t`, space-preserving when the text has leading or trailing white space."""
    el = w("t")
    el.text = value
    if value != value.strip():
        el.set(qname("xml:space"), "preserve")
    return el


def declared(body: str) -> bytes:
    """An XML part written as a string, as UTF-8 bytes with the standard declaration."""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + body).encode()


def serialize(root: etree._Element) -> bytes:
    """An XML part as UTF-8 bytes with a standalone declaration."""
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
