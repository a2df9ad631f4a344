"""The PDF's structure tree, as an assistive reader follows it: the tagging stage of the PDF
writer, in place of WeasyPrint's own (`weasyprint.pdf.tags.add_tags`, WeasyPrint 70), which
tags each page apart.

- One structure element per HTML element, whatever the pages its boxes cross: a paragraph
  broken by a page is one P, a table one Table.
- A footnote is a Note (its ID, its number as Lbl, its text as P) read after the paragraph
  that calls it; the call is a Reference.
- Page furniture (the margin boxes) and the table heads repeated on later pages are
  artifacts, out of the tree.
- Header cells are scoped: Column in a table's head, Row where a body row's first cell names
  the row (`th scope="row"`).
- `role="list"` and `role="listitem"` make L and LI, the item's `.label` its Lbl and the
  rest its LBody.
- An element in another language than the document's carries its Lang.
- Text set right to left carries its logical order as ActualText, and so does a line's last
  run where the line broke at a space, with the space the break took."""
from __future__ import annotations

import unicodedata

import pydyf
from weasyprint.formatting_structure import boxes
from weasyprint.layout.absolute import AbsolutePlaceholder

_TAGS = {"div": "Div", "header": "Div", "section": "Sect", "p": "P", "a": "Link",
         "table": "Table", "thead": "THead", "tbody": "TBody", "tfoot": "TFoot", "tr": "TR",
         "th": "TH", "td": "TD", "ul": "L", "ol": "L", "li": "LI",
         **{f"h{n}": f"H{n}" for n in range(1, 7)}}
_ROLES = {"list": "L", "listitem": "LI"}
_FREE = {"Document", "Div", "Sect", "Part", "Art", "BlockQuote"}  # may hold a Note after a P
_SPACED_END = (" ", "\u00a0", "-", "\u00ad", "\u2010", "/")


class Node:
    """A structure element being built: its type, attributes, first page and kids (Nodes,
    marked-content ids as (page, mcid), annotations as (page, annotation))."""

    def __init__(self, tag: str, parent: Node | None, page: int | None, **attrs):
        self.tag, self.parent, self.page, self.attrs = tag, parent, page, attrs
        self.kids: list = []
        self.body = self          # where content goes: an LI's LBody, a Note's P
        self.notes = 0            # Notes placed after this block so far
        self.pending = None       # the last text of a block's part on a page: (page, kids,
                                  # index, text, whether a break there would take a space)


def add_tags(pdf, document, pdf_version, page_streams) -> None:
    """Write the structure tree of `document` into `pdf` (WeasyPrint's add_tags signature)."""
    lang = document.metadata.lang or ""
    tagger = _Tagger(lang, spaced=not lang.startswith(("zh", "ja")))
    for index, (page, stream) in enumerate(zip(document.pages, page_streams)):
        tagger.page(index, page._page_box, stream)
    _Writer(pdf, len(document.pages)).write(tagger.root, page_streams)
    pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"DisplayDocTitle": "true"})
    pdf.catalog["MarkInfo"] = pydyf.Dictionary({"Marked": "true"})
    if "Lang" not in pdf.catalog:
        pdf.catalog["Lang"] = pydyf.String(lang)


class _Tagger:
    def __init__(self, lang: str, spaced: bool):
        self.lang, self.spaced = lang, spaced
        self.root = Node("Document", None, 0)
        self.nodes: dict = {}     # (HTML element, box tag) → Node
        self.parents: dict = {}   # HTML element → its parent
        self.notes = 0

    def page(self, index: int, page_box, stream) -> None:
        self.index, self.tags = index, stream._tags
        if not self.parents:
            html = page_box.children[0].element
            self.parents = {child: parent for parent in html.iter() for child in parent}
        self.artifacts = _Artifacts(stream)
        for child in page_box.children:
            self.box(child, self.root)
        for box in list(self.tags):          # anything left untagged is not content
            self.artifacts.mark(self.tags.pop(box)["mcid"])

    def box(self, box, parent: Node) -> None:
        if isinstance(box, AbsolutePlaceholder):
            box = box._box
        if isinstance(box, boxes.MarginBox):
            self.artifact(box)
            return
        node = parent
        if box.element is not None and box.element_tag not in ("html", "body"):
            key = (box.element, box.element_tag)
            node = self.nodes.get(key)
            if node is None:
                node = self.nodes[key] = self.make(box, parent)
            elif box.element_tag in ("thead", "tfoot") and node.page != self.index:
                self.artifact(box)           # the head repeated on a later page
                return
        if box.link_annotation is not None:
            node.body.kids.append((self.index, box.link_annotation))
        if isinstance(box, boxes.ParentBox):
            lines = [child for child in box.children if isinstance(child, boxes.LineBox)]
            for child in box.children:
                if isinstance(child, boxes.LineBox):
                    self.line(child, node, last=child is lines[-1])
                elif isinstance(child, boxes.TextBox):
                    self.text(child, node, node, end=None)
                else:
                    self.box(child, node)
        if isinstance(box, boxes.InlineBlockBox) and node.pending is not None and \
                "".join(box.element.itertext()).endswith((" ", "\u00a0")):
            _page, kids, i, text, _ = node.pending   # a label's space, taken by its box's end
            kids[i], node.pending = _spaced(kids[i], text), None
        if isinstance(box, boxes.ReplacedBox) and box in self.tags:
            node.body.kids.append((self.index, self.tags.pop(box)["mcid"]))

    def line(self, line, node: Node, last: bool) -> None:
        """A line of `node`'s block; its last text ends the line ("line"), or the block's part
        on this page ("block"): a space the break took is given back when the block goes on
        to a later page."""
        pending = node.pending
        if pending is not None and pending[0] != self.index and pending[4]:
            _page, kids, i, text, _ = pending
            kids[i] = _spaced(kids[i], text)
        node.pending = None
        end = _last_text(line)
        for child in line.children:
            self._inline(child, node, node, end, "block" if last else "line")

    def _inline(self, box, node: Node, block: Node, end, kind: str) -> None:
        """An inline-level box of a line of `block`, in `node`."""
        if isinstance(box, boxes.TextBox):
            self.text(box, node, block, end=kind if box is end else None)
            return
        if isinstance(box, AbsolutePlaceholder) or not isinstance(box, boxes.InlineBox):
            self.box(box, node)
            return
        target = node
        if box.element is not None:
            key = (box.element, box.element_tag)
            target = self.nodes.get(key) or self.make(box, node)
            self.nodes[key] = target
        if box.link_annotation is not None:
            target.body.kids.append((self.index, box.link_annotation))
        for child in box.children:
            self._inline(child, target, block, end, kind)

    def text(self, box, node: Node, block: Node, end: str | None) -> None:
        """A text run: its marked content, with ActualText where the drawn glyphs do not
        read as the text (right to left) or a line's break took a space."""
        mcid = self.tags.pop(box)["mcid"]
        text = box.text
        rtl = box.style["direction"] == "rtl" or _right_to_left(text)
        spaced = self.spaced and text and not text.endswith(_SPACED_END)
        kid = (self.index, mcid)
        if rtl or end == "line" and spaced:
            kid = _spaced(kid, text, space=end == "line" and spaced)
        node.body.kids.append(kid)
        if end == "block" and self.spaced:
            block.pending = (self.index, node.body.kids, len(node.body.kids) - 1, text, spaced)

    def artifact(self, box) -> None:
        """Every marked content of `box`, an artifact."""
        if box in self.tags:
            self.artifacts.mark(self.tags.pop(box)["mcid"])
        for child in getattr(box, "children", ()):
            self.artifact(child._box if isinstance(child, AbsolutePlaceholder) else child)

    def make(self, box, parent: Node) -> Node:
        """The node of a box's element, placed in the tree; `parent` itself where the
        element adds no structure (a span of style alone, a pseudo-element's content)."""
        element, tag = box.element, box.element_tag
        classes = (element.get("class") or "").split()
        lang = element.get("lang")
        if tag.endswith("::footnote-call"):
            return self.add(Node("Reference", parent.body, self.index), parent.body)
        if tag.endswith("::footnote-marker"):
            note = self.nodes[(element, element.tag)]
            label = Node("Lbl", note, self.index)
            note.kids.insert(0, label)
            return label
        if "::" in tag:
            return parent
        if "footnote" in classes:
            return self.note(element, box)
        if "label" in classes and parent.tag == "LI":
            label = Node("Lbl", parent, self.index)
            parent.kids.insert(0, label)
            return label
        kind = _ROLES.get(element.get("role")) or _TAGS.get(tag)
        if kind is None:
            if not (lang and lang != self.lang):
                return parent         # a span or an em of style alone
            kind = "Span"
        attrs = {"Lang": lang} if lang and lang != self.lang else {}
        if kind in ("TH", "TD"):
            attrs["A"] = _cell_attributes(box, kind, element)
        node = self.add(Node(kind, parent.body, self.index, **attrs), parent.body)
        if kind == "LI":
            node.body = Node("LBody", node, self.index)
            node.kids.append(node.body)
        return node

    def note(self, element, box) -> Node:
        """A footnote's Note, after the block that calls it (inside it where the block's
        place admits nothing else: a table cell, a list item)."""
        self.notes += 1
        note = Node("Note", None, self.index, ID=element.get("id") or f"note{self.notes}")
        note.body = Node("P", note, self.index)
        note.kids.append(note.body)
        anchor = self._anchor(element)
        if anchor.tag in ("P", "H1", "H2", "H3", "H4", "H5", "H6") and anchor.parent \
                and anchor.parent.tag in _FREE:
            siblings = anchor.parent.kids
            anchor.notes += 1
            siblings.insert(siblings.index(anchor) + anchor.notes, note)
            note.parent = anchor.parent
        else:
            note.parent = anchor.body
            anchor.body.kids.append(note)
        return note

    def _anchor(self, element) -> Node:
        """The node of the nearest element around `element` that is in the tree."""
        parent = self.parents.get(element)
        while parent is not None:
            node = self.nodes.get((parent, parent.tag))
            if node is not None and node.tag not in ("Span", "Link", "Reference"):
                return node
            parent = self.parents.get(parent)
        return self.root

    @staticmethod
    def add(node: Node, parent: Node) -> Node:
        parent.kids.append(node)
        return node


def _cell_attributes(box, kind: str, element) -> pydyf.Dictionary:
    attributes = pydyf.Dictionary({"O": "/Table"})
    if kind == "TH":
        attributes["Scope"] = "/Row" if element.get("scope") == "row" else "/Column"
    if box.colspan != 1:
        attributes["ColSpan"] = box.colspan
    if box.rowspan != 1:
        attributes["RowSpan"] = box.rowspan
    return attributes


def _spaced(kid, text: str, space: bool = True):
    """A text's marked content (or the Span holding it) with its text as ActualText, and
    a space after it."""
    if isinstance(kid, Node):
        kid.attrs["ActualText"] = text + " "
        return kid
    span = Node("Span", None, kid[0], ActualText=text + (" " if space else ""))
    span.kids.append(kid)
    return span


def _last_text(box):
    """The last text box of a line, in its inline boxes too."""
    for child in reversed(getattr(box, "children", ())):
        if isinstance(child, boxes.TextBox):
            return child
        if isinstance(child, boxes.InlineBox):
            found = _last_text(child)
            if found is not None:
                return found
    return None


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


class _Artifacts:
    """Marked content of a page turned artifact: `/Span <</MCID n>> BDC` becomes
    `/Artifact <</Type /Pagination>> BDC`."""

    def __init__(self, stream):
        self.at = {}
        for i, item in enumerate(stream.stream):
            if isinstance(item, pydyf.Dictionary) and "MCID" in item:
                self.at[item["MCID"]] = (stream.stream, i)

    def mark(self, mcid: int) -> None:
        found = self.at.get(mcid)
        if found is not None:
            items, i = found
            items[i - 1] = "/Artifact"
            items[i] = pydyf.Dictionary({"Type": "/Pagination"})


class _Writer:
    """The built tree written as PDF objects, with the parent tree a reader maps marked
    content back to its element by."""

    def __init__(self, pdf, pages: int):
        self.pdf = pdf
        self.by_page: list[dict[int, object]] = [{} for _ in range(pages)]
        self.annotations: list = []

    def write(self, root: Node, page_streams) -> None:
        tree_root = pydyf.Dictionary({"Type": "/StructTreeRoot"})
        self.pdf.add_object(tree_root)
        document = self.element(root, tree_root.reference)
        tree_root["K"] = pydyf.Array([document])
        nums = pydyf.Array()
        for page, mcids in enumerate(self.by_page):
            references = [mcids.get(n, b"null") for n in range(max(mcids, default=-1) + 1)]
            nums.extend([page, pydyf.Array(references)])
        for n, (element, annotation) in enumerate(self.annotations, len(self.by_page)):
            nums.extend([n, element])
            annotation["StructParent"] = n
        parent_tree = pydyf.Dictionary({"Nums": nums})
        self.pdf.add_object(parent_tree)
        tree_root["ParentTree"] = parent_tree.reference
        tree_root["ParentTreeNextKey"] = len(self.by_page) + len(self.annotations)
        self.pdf.catalog["StructTreeRoot"] = tree_root.reference

    def element(self, node: Node, parent):
        pages = self.pdf.page_references
        element = pydyf.Dictionary({"Type": "/StructElem", "S": f"/{node.tag}", "P": parent,
                                    "Pg": pages[node.page], "K": pydyf.Array()})
        for key, value in node.attrs.items():
            element[key] = value if isinstance(value, pydyf.Dictionary) else pydyf.String(value)
        self.pdf.add_object(element)
        for kid in node.kids:
            if isinstance(kid, Node):
                if _has_content(kid):
                    element["K"].append(self.element(kid, element.reference))
            elif isinstance(kid[1], int):
                page, mcid = kid
                self.by_page[page][mcid] = element.reference
                element["K"].append(mcid if page == node.page else pydyf.Dictionary(
                    {"Type": "/MCR", "Pg": pages[page], "MCID": mcid}))
            else:
                page, annotation = kid
                reference = pydyf.Dictionary({"Type": "/OBJR", "Obj": annotation.reference,
                                              "Pg": pages[page]})
                self.pdf.add_object(reference)
                element["K"].append(reference.reference)
                self.annotations.append((element.reference, annotation))
        return element.reference


def _has_content(node: Node) -> bool:
    """Whether `node` holds content; an empty table cell holds its place in the grid."""
    return node.tag in ("TD", "TH", "TR") or any(
        not isinstance(kid, Node) or _has_content(kid) for kid in node.kids)
