"""The HTML parser's layout rules, one per test, on small pages of our own (each with a case it must not fire on)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from feedmaker.model import RawEntry
from feedmaker.parse.html import parse_html
from feedmaker.parse.profiles import load_profile
from feedmaker.read import Document

NOW = datetime(2026, 3, 12, 20, 0, tzinfo=UTC)
SITE = "https://news.example/"


def parse(body: str, head: str = "") -> tuple[RawEntry, ...]:
    """Return the raw entries of a page with ``head`` and ``body``."""
    html = f"<!DOCTYPE html><html><head><title>t</title>{head}</head><body>{body}</body></html>"
    data = html.encode("utf-8")
    doc = Document(name="page.html", text=html, data=data)
    return parse_html(doc, now=NOW, zone=UTC, profile=load_profile(None), page_url=SITE).entries


def card(n: int, inside: str = "", cls: str = "card") -> str:
    """Return a story card with a linked heading, an excerpt and ``inside`` above the heading."""
    return (
        f'<div class="{cls}">{inside}<h3 class="card-title"><a href="/story-{n}/">Story number {n} about the harbour'
        f"</a></h3><p>The harbour board met on Tuesday to approve plan {n} for the dredging works.</p></div>"
    )


def ldjson(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


# -- sections: a card's tag or badge --------------------------------------------------------------


def test_a_cards_primary_tag_or_badge_is_its_section() -> None:
    """``span.post-card-primary-tag`` and Bootstrap's ``span.badge`` name the story's section."""
    entries = parse(
        "<main>"
        + card(1, '<span class="post-card-primary-tag">Field notes</span>')
        + card(2, '<span class="badge text-bg-info mb-2">Education</span>')
        + "</main>"
    )
    assert [e.section for e in entries] == ["Field notes", "Education"]


def test_a_tagline_a_tag_list_or_a_counting_badge_is_no_section() -> None:
    """Only a class word "tag" or "badge" counts: not "tagline", not "tags"; and a badge that counts is no label."""
    entries = parse(
        "<main>"
        + card(1, '<p class="tagline">Harbour life</p>')
        + card(2, '<span class="badge">3</span>')
        + card(3, '<div class="post-tags">Ferries</div>')
        + "</main>"
    )
    assert [e.section for e in entries] == [None, None, None]


def test_a_badge_that_flags_the_story_is_no_section() -> None:
    """A status badge ("LIVE", "New", "Video", "Premium") flags a story; the next label files it; a kicker is kept."""
    entries = parse(
        "<main>"
        + card(1, '<span class="badge bg-danger">LIVE</span>')
        + card(2, '<span class="badge">New</span>')
        + card(3, '<span class="badge">Video</span>')
        + card(4, '<span class="badge">Premium</span>')
        + card(5, '<span class="badge">Exclusive</span><span class="badge">Harbour</span>')
        + card(6, '<span class="badge">Newsroom</span>')
        + card(7, '<span class="kicker">Live</span>')
        + "</main>"
    )
    assert [e.section for e in entries] == [None, None, None, None, "Harbour", "Newsroom", "Live"]
    assert [e.categories for e in entries[:4]] == [(), (), (), ()]


# -- authors: one link per author ---------------------------------------------------------------


def test_a_byline_with_one_link_per_author_names_them_all() -> None:
    """Two links to two author pages ("<a>A</a>, <a>B</a>") are two authors; as text, a name and a role."""
    byline = (
        '<div class="byline"><a href="/author/mira/">Mira Castellane</a>, '
        '<a href="/author/tobias/">Tobias Renn</a></div>'
    )
    entries = parse("<main>" + card(1, byline) + card(2) + "</main>")
    assert entries[0].authors == ("Mira Castellane", "Tobias Renn")


def test_a_byline_with_a_role_keeps_one_author() -> None:
    """A name then a role ("<a>A</a>, Political Editor"), or a link to another kind of page, is one author."""
    role = '<div class="byline"><a href="/author/tom/">Tom Ashworth</a>, Political Editor</div>'
    desk = '<div class="byline"><a href="/author/tom/">Tom Ashworth</a>, <a href="/politics/">Politics Desk</a></div>'
    entries = parse("<main>" + card(1, role) + card(2, desk) + "</main>")
    assert [e.authors for e in entries] == [("Tom Ashworth",), ("Tom Ashworth",)]


# -- newsletter sign-up boxes ---------------------------------------------------------------------

_SIGNUP = (
    '<div class="card"><h3 class="card-title">The Morning Current</h3>'
    "<p>Get the day's top stories in your inbox at 6 a.m. Free, and you can unsubscribe any time.</p>"
    '<form action="/subscribe"><input type="email" name="email"><button>Sign up</button></form></div>'
)


def test_a_newsletter_box_among_the_cards_is_no_story() -> None:
    """A card with an e-mail field and no link is a sign-up box."""
    entries = parse("<main>" + card(1) + _SIGNUP + card(2) + "</main>")
    assert [e.title for e in entries] == [
        "Story number 1 about the harbour",
        "Story number 2 about the harbour",
    ]


def test_a_short_story_about_a_newsletter_is_a_story() -> None:
    """A linked card that talks about a newsletter, with no e-mail field, is still a story."""
    short = (
        '<div class="card"><h3 class="card-title"><a href="/newsletter-launch/">Council launches a newsletter</a>'
        "</h3><p>Sign up at the town hall.</p></div>"
    )
    entries = parse("<main>" + card(1) + short + card(2) + "</main>")
    assert "Council launches a newsletter" in [e.title for e in entries]


# -- grids: the card inside each cell is the story --------------------------------------------------


def _grid(cards: list[str]) -> str:
    return '<div class="row">' + "".join(f'<div class="col">{c}</div>' for c in cards) + "</div>"


def test_the_lead_card_above_a_grid_of_cells_is_a_story() -> None:
    """``div.card`` outside the ``div.col`` cells is read as the cards inside them are."""
    entries = parse("<main>" + card(0) + _grid([card(n) for n in range(1, 5)]) + "</main>")
    assert [e.link for e in entries] == [f"{SITE}story-{n}/" for n in range(5)]


def test_a_lead_card_inside_the_grid_is_read_once() -> None:
    """When the lead card is in a cell of its own, every card is read once."""
    entries = parse(
        "<main>" + _grid([card(n, cls="card card--lead" if n == 0 else "card") for n in range(5)])
    )
    assert [e.link for e in entries] == [f"{SITE}story-{n}/" for n in range(5)]


def test_a_card_whose_heading_links_nowhere_is_not_joined_to_the_grid() -> None:
    """A look-alike card elsewhere (a donation call) joins the stories only when its heading is a link."""
    donate = (
        '<div class="card"><h3 class="card-title">Support local journalism</h3>'
        '<p>We are a nonprofit newsroom and readers like you pay for it.</p><a href="/donate/">Donate today</a></div>'
    )
    entries = parse("<main>" + _grid([card(n) for n in range(1, 5)]) + "</main><div>" + donate + "</div>")
    assert "Support local journalism" not in [e.title for e in entries]
    assert len(entries) == 4


# -- section headings over groups of stories ------------------------------------------------------


def _story(n: int) -> str:
    return (
        f'<div class="story"><h3><a href="/news/story-{n}">Story number {n} about the harbour</a></h3>'
        f'<p class="standfirst">The harbour board met on Tuesday to approve plan {n} for the dredging.</p>'
        f'<p class="meta"><span class="byline">By Ana Roe</span> <span class="date">12 March 2026</span></p></div>'
    )


def _section(
    heading: str, *blocks: str, href: str | None = None, heading_class: str = "", cls: str = ""
) -> str:
    """Return a ``<section>`` (classed ``cls``): an h2 ``heading`` (linked to ``href``, classed), then ``blocks``."""
    name = f'<a href="{href}">{heading}</a>' if href else heading
    h2 = f'<h2 class="{heading_class}">' if heading_class else "<h2>"
    section = f'<section class="{cls}">' if cls else "<section>"
    return f"{section}{h2}{name}</h2>{''.join(blocks)}</section>"


def _main(*sections: str) -> str:
    return "<main>" + "".join(sections) + "</main>"


def test_a_linked_heading_over_a_group_names_the_section_of_its_stories() -> None:
    """``<section><h2><a href=/politics/>Politics</a></h2><div class=story>…``: the stories are in Politics."""
    entries = parse(
        _main(
            _section("Politics", _story(1), _story(2), href="/politics/"),
            _section("Sport", _story(3), _story(4), heading_class="topic__heading"),
        )
    )
    assert [e.section for e in entries] == ["Politics", "Politics", "Sport", "Sport"]


def test_a_plain_or_widget_heading_names_no_section_and_a_kicker_wins() -> None:
    """An unlinked heading without a section class, or "Most read", is no section; a story's own kicker wins."""
    entries = parse(
        _main(
            _section("Latest", _story(1), _story(2)),
            _section("Most read", _story(3), href="/most-read/"),
            _section(
                "Sport", _story(4).replace("<h3>", '<span class="kicker">Cricket</span><h3>'), href="/sport/"
            ),
        )
    )
    assert [e.section for e in entries] == [None, None, None, "Cricket"]


# -- JSON-LD ItemList filled in by the visible blocks ----------------------------------------------


def _itemlist(*items: dict[str, str]) -> str:
    return ldjson(
        {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "itemListElement": [{"@type": "ListItem", "position": i + 1, **it} for i, it in enumerate(items)],
        }
    )


def _thin_items(*ns: int) -> str:
    """Return an ItemList of the stories numbered ``ns``: each only a link and a name."""
    return _itemlist(
        *({"url": f"{SITE}news/story-{n}", "name": f"Story number {n} about the harbour"} for n in ns)
    )


def test_a_thin_itemlist_is_filled_in_by_the_blocks_that_share_its_links() -> None:
    """Items with only url and name take body, date, author and section from their visible blocks."""
    head = _thin_items(1, 2, 3)
    body = _main(
        _section("Politics", _story(1), _story(2), href="/politics/"),
        _section("Sport", _story(3), href="/sport/"),
        '<ol class="most-read"><li><a href="/news/story-1">Story number 1 about the harbour</a></li></ol>',
    )
    entries = parse(body, head)
    assert [e.title for e in entries] == [f"Story number {n} about the harbour" for n in (1, 2, 3)]
    assert [e.section for e in entries] == ["Politics", "Politics", "Sport"]
    assert all(e.authors == ("Ana Roe",) and e.dates and e.summary for e in entries)


def test_structured_values_win_and_a_title_differing_only_in_typography_is_the_pages() -> None:
    """Where both have a value the ItemList's wins; a title that differs only in quotes is the visible one."""
    head = _itemlist(
        {
            "url": f"{SITE}news/story-1",
            "name": "Kettleby's traders win a rent cut",
            "author": "Lee Tan",
            "datePublished": "2026-03-01T09:00:00Z",
        },
        {"url": f"{SITE}news/story-2", "name": "A different wording of story two"},
        {"url": f"{SITE}news/story-3", "name": "STORY NUMBER 3 ABOUT THE HARBOUR"},
    )
    first = _story(1).replace("Story number 1 about the harbour", "Kettleby’s traders win a rent cut")
    entries = parse("<main>" + first + _story(2) + _story(3) + "</main>", head)
    assert [e.title for e in entries] == [
        "Kettleby’s traders win a rent cut",
        "A different wording of story two",
        "STORY NUMBER 3 ABOUT THE HARBOUR",
    ]
    assert entries[0].authors == ("Lee Tan",)
    assert entries[0].dates[0].text == "2026-03-01T09:00:00Z"
    assert entries[1].authors == ("Ana Roe",)


def test_a_lone_story_in_a_section_is_read_from_its_own_block() -> None:
    """A section holding one story does not become the story's block: the blocks of the others' kind do."""
    body = _main(
        _section("Politics", _story(1), _story(2), href="/politics/"),
        _section("Sport", _story(3), '<a href="/sport/">More Sport</a>', href="/sport/"),
    )
    entries = parse(body, _thin_items(1, 2, 3))
    assert entries[2].title == "Story number 3 about the harbour"
    assert entries[2].section == "Sport"
    assert "More Sport" not in (entries[2].summary or "")


def test_a_ticker_repeating_the_item_links_above_the_cards_gives_way_to_the_cards() -> None:
    """Of an item's links, the block showing the most is its block: the card's, not the ticker's bare link."""
    ticker = '<div class="ticker"><span>Just in:</span> ' + " ".join(
        f'<a href="/news/story-{n}">Story number {n} about the harbour</a>' for n in (1, 2, 3)
    )
    entries = parse(
        "<main>" + ticker + "</div>" + _story(1) + _story(2) + _story(3) + "</main>", _thin_items(1, 2, 3)
    )
    assert [e.title for e in entries] == [f"Story number {n} about the harbour" for n in (1, 2, 3)]
    assert all(e.authors == ("Ana Roe",) and e.dates and e.summary for e in entries)


def test_a_list_item_or_a_card_link_around_the_item_link_is_its_block() -> None:
    """A list item holding only the link, or a link wrapping a whole card among others, still shows the item."""
    items = "".join(
        f'<li><a href="/news/story-{n}">Story number {n} about the harbour</a></li>' for n in (1, 2)
    )
    listed = parse(f"<main><ul>{items}</ul></main>", _thin_items(1, 2))
    assert [e.link for e in listed] == [f"{SITE}news/story-{n}" for n in (1, 2)]
    cards = "".join(
        f'<a href="/news/story-{n}"><h3>Story number {n} about the harbour</h3>'
        f"<p>The harbour board met on Tuesday to approve plan {n} for the dredging works.</p></a>"
        for n in (1, 2)
    )
    linked = parse(f'<main><div class="grid">{cards}</div></main>', _thin_items(1, 2))
    assert [e.summary for e in linked] == [
        f"The harbour board met on Tuesday to approve plan {n} for the dredging works." for n in (1, 2)
    ]


# -- sections of stories: the stories inside win -------------------------------------------------


def test_sections_of_stories_give_their_stories_not_themselves() -> None:
    """Headed sections that each hold story blocks outscore them; the blocks inside are the stories."""
    more = '<a href="/politics/">More Politics</a>'
    entries = parse(
        _main(
            _section("Politics", _story(1), _story(2), more, href="/politics/", cls="topic"),
            _section("Sport", _story(3), href="/sport/", cls="topic"),
        )
    )
    assert [e.title for e in entries] == [f"Story number {n} about the harbour" for n in (1, 2, 3)]
    assert [e.section for e in entries] == ["Politics", "Politics", "Sport"]


def test_a_card_holding_headed_updates_is_still_one_story() -> None:
    """One card holding a group of headed blocks (a live story's updates) does not split the listing."""
    live = (
        '<article><h2><a href="/live/">Live: storm closes the harbour road all day</a></h2>'
        '<div class="update"><h4>10:05 Road shut</h4><p>Police closed the road at ten past ten.</p></div>'
        '<div class="update"><h4>09:40 Gusts</h4><p>Gusts of 70 mph were recorded at the pier.</p></div></article>'
    )
    plain = "".join(
        f'<article><h2><a href="/s{n}/">Story number {n} about the harbour</a></h2>'
        f"<p>The harbour board met on Tuesday to approve plan {n} for the dredging works.</p></article>"
        for n in (1, 2)
    )
    entries = parse("<main>" + live + plain + "</main>")
    assert [e.link for e in entries] == [f"{SITE}live/", f"{SITE}s1/", f"{SITE}s2/"]


def _with_related(box_class: str) -> str:
    """Return four dated stories, each ending in a box of two headed related links classed ``box_class``."""
    return (
        "<main>"
        + "".join(
            f'<article class="post"><h2><a href="/news/{n}">Main story number {n} about the harbour board</a></h2>'
            f"<p>The harbour board met on Tuesday to approve plan {n} for the dredging of the channel.</p>"
            f'<time datetime="2026-03-1{n}T10:00:00Z">1{n} March</time><div class="{box_class}">'
            f'<div class="mini"><h4><a href="/news/{n}-r1">Earlier: plan {n} first proposed</a></h4></div>'
            f'<div class="mini"><h4><a href="/news/{n}-r2">Explainer: what dredging means for plan {n}</a></h4>'
            "</div></div></article>"
            for n in range(1, 5)
        )
        + "</main>"
    )


def test_stories_ending_in_headed_related_links_stay_the_stories() -> None:
    """A story with its own excerpt and date holding headed links is a story; its links (related or not) are not."""
    for box in ("related", "more"):
        entries = parse(_with_related(box))
        assert [e.link for e in entries] == [f"{SITE}news/{n}" for n in range(1, 5)], box


def test_a_section_with_a_link_to_its_page_still_gives_its_stories() -> None:
    """A section's heading, its stories and a "See all stories in Politics" link: the stories are the listing."""
    more = '<a href="/politics/">See all stories in Politics</a>'
    entries = parse(
        _main(
            _section("Politics", _story(1), _story(2), more, cls="topic"),
            _section("Sport", _story(3), _story(4), more.replace("Politics", "Sport"), cls="topic"),
        )
    )
    assert [e.link for e in entries] == [f"{SITE}news/story-{n}" for n in range(1, 5)]


def test_an_archives_day_heading_names_no_section() -> None:
    """A linked day heading over the stories of that day ("12 March 2026", "Yesterday") is a date, no section."""
    entries = parse(
        '<main><h2><a href="/2026/03/12/">12 March 2026</a></h2>'
        + _story(1)
        + _story(2)
        + '<h2><a href="/2026/03/11/">Yesterday</a></h2>'
        + _story(3)
        + "</main>"
    )
    assert [e.section for e in entries] == [None, None, None]


# -- one list of section class words ----------------------------------------------------------------


def test_a_block_label_and_a_group_heading_read_the_same_section_class_words() -> None:
    """``page.SECTION_CLASS`` is the one list: a "ressort" label names a block's section, a "ressort" heading a group's."""
    from feedmaker.parse.html import blocks, groups, page

    assert blocks.HEADINGS is page.HEADINGS and groups.HEADING_TAGS is page.HEADING_TAGS
    labelled = parse("<main>" + card(1, '<span class="ressort">Hafen</span>') + card(2) + "</main>")
    assert labelled[0].section == "Hafen"
    grouped = parse(_main(_section("Hafen", card(1), card(2), heading_class="ressort-title")))
    assert [e.section for e in grouped] == ["Hafen", "Hafen"]
    styled = parse(_main(_section("Hafen", card(1), card(2), heading_class="label uppercase")))
    assert [e.section for e in styled] == [None, None]  # styling classes name no group's section
