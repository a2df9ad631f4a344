"""Each transform on a hand-built tree."""
from __future__ import annotations

from spreport import tree
from spreport.lang import conventions
from spreport.transforms import apply

EN, ZH = conventions("en"), conventions("zh")


def addendum() -> tree.Document:
    ids = ["fact-sheet", "holders", "invitations-overview", "invitations-statistics",
           "visits-overview", "states-not-visited"]
    return tree.Document("addendum", "A/HRC/58/70/Add.1", "en", "",
                         [tree.Chapter(i, [tree.Text(i)], []) for i in ids])


def note(*items) -> tree.Footnote:
    return tree.Footnote(list(items))


def para(*items) -> tree.Paragraph:
    return tree.Paragraph(list(items))


def document(lang, *chapters) -> tree.Document:
    return tree.Document("report", "A/HRC/58/70", lang, "", list(chapters))


def chapter(*blocks) -> tree.Chapter:
    return tree.Chapter("c", [tree.Text("Chapter")], list(blocks))


def texts(doc) -> list[str]:
    return [tree.plain_text(n.children) for n in tree.footnotes(doc)]


def sym(symbol):
    return tree.Symbol(None, [tree.Text(symbol)], symbol)


def test_paragraphs_number_through_chapters_sections_restart():
    doc = document("en", chapter(para(tree.Text("a")),
                                 tree.Section("s", [tree.Text("S")], [para(tree.Text("b"))])),
                   chapter(tree.Section("t", [tree.Text("T")], [para(tree.Text("c"))])))
    doc.children[0].children[0].subparagraphs = [tree.Subparagraph([tree.Text(t)]) for t in "xy"]
    apply(doc, EN, None)
    labels = [b.label for b in tree.blocks(doc)]
    assert labels == ["I.", "1.", "(a)", "(b)", "A.", "2.", "II.", "A.", "3."]


def test_chinese_labels():
    doc = document("zh", chapter(), chapter(tree.Section("s", [tree.Text("S")], [])))
    apply(doc, ZH, None)
    assert [b.label for b in tree.blocks(doc)] == ["一.", "二.", "A."]


def test_addendum_references_follow_the_addendum_structure():
    doc = document("en", chapter(para(
        note(tree.AddendumRef(["holders"])),
        note(tree.Text("x")),
        note(tree.AddendumRef(["invitations-overview", "invitations-statistics"])),
        note(tree.Text("y")),
        note(tree.AddendumRef(["holders..states-not-visited"])))))
    apply(doc, EN, addendum())
    assert texts(doc) == ["A/HRC/58/70/Add.1, sect. II.", "x.",
                          "A/HRC/58/70/Add.1, sects. III and IV.", "y.",
                          "A/HRC/58/70/Add.1, sects. II–VI."]


def test_ibid_for_the_same_document_in_the_same_chapter_only():
    doc = document("zh",
                   chapter(para(note(tree.AddendumRef(["holders"])),
                                note(tree.AddendumRef(["states-not-visited"])),
                                note(tree.AddendumRef(["states-not-visited"])),
                                note(tree.Text("见"), tree.AddendumRef(["holders"])),
                                note(sym("A/79/1"), tree.Text("和"), sym("A/79/2")),
                                note(sym("A/79/2")))),
                   chapter(para(note(sym("A/79/2")))))
    apply(doc, ZH, addendum())
    assert texts(doc) == ["A/HRC/58/70/Add.1, 第二节。", "同上，第六节。", "同上。", "见同上，第二节。",
                          "A/79/1和A/79/2。", "A/79/2.", "A/79/2."]


def test_english_ibid_is_capitalized_at_the_start_only():
    doc = document("en", chapter(para(note(tree.AddendumRef(["holders"])),
                                       note(tree.Text("See "), tree.AddendumRef(["fact-sheet"])))))
    apply(doc, EN, addendum())
    assert texts(doc) == ["A/HRC/58/70/Add.1, sect. II.", "See ibid., sect. I."]


def test_symbols_link_to_their_language_version():
    doc = document("zh", chapter(para(note(sym("A/HRC/56/46")))))
    apply(doc, ZH, None)
    (link,) = tree.footnotes(doc)
    assert link.children[0].href == "https://docs.un.org/zh/A/HRC/56/46"


def shown(doc) -> list[str]:
    items = doc.children[0].children[0].children
    return [i.text if isinstance(i, tree.Text) else f"[{i.label}]" for i in items]


def test_english_calls_move_behind_punctuation():
    doc = document("en", chapter(para(tree.Text("A"), note(tree.Text("n")), tree.Text(", B"),
                                      note(tree.Text("m")), tree.Text("."))))
    apply(doc, EN, None)
    assert shown(doc) == ["A,", "[1]", " B.", "[2]"]


def test_chinese_calls_stay_where_the_translation_put_them():
    doc = document("zh", chapter(para(tree.Text("A"), note(tree.Text("n")), tree.Text("，B。"),
                                      note(tree.Text("m")))))
    apply(doc, ZH, None)
    assert shown(doc) == ["A", "[1]", "，B。", "[2]"]
