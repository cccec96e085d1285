"""Rules found on unseen pages (blind6): bylines in other languages, bracketed "Read more", adverts, page kind."""

from __future__ import annotations

from test_html_parser import SITE, card, parse


def test_an_author_class_in_another_language_gives_the_author_without_its_label() -> None:
    """``autor``, ``auteur``, ``firma`` classes hold the byline; "Autorin/Autor:" and "oprac." are labels."""
    entries = parse(
        "<main>"
        + card(1, '<div class="field-autor"><span>Autorin/Autor: </span>Jana Kowalczyk</div>')
        + card(2, '<span class="tile__author">oprac. Piotr Nowak</span>')
        + card(3, '<p class="firma">di <a href="/autori/giulia/">Giulia Ferraresi</a></p>')
        + card(4, '<span class="auteur">Anna de Boer</span>')
        + "</main>"
    )
    assert [e.authors for e in entries] == [
        ("Jana Kowalczyk",),
        ("Piotr Nowak",),
        ("Giulia Ferraresi",),
        ("Anna de Boer",),  # a particle inside the name is no label
    ]


def test_a_read_more_link_in_brackets_is_no_excerpt_text() -> None:
    """ "[leia mais]" after an excerpt goes, as "Read more" does; another bracketed link ("[PDF]") stays."""
    cell = (
        '<table class="noticia"><tr><td><a href="/n{n}">Story number {n} about the harbour</a></td></tr>'
        "<tr><td><font>The harbour board met on Tuesday to approve plan {n} for the dredging works.</font> "
        '<a href="/n{n}">[leia mais]</a></td></tr></table>'
    )
    tables = parse("<main>" + cell.format(n=1) + cell.format(n=2) + "</main>")
    excerpt = '<p class="excerpt">The board approved plan {n} for the dredging works. <a href="/f{n}">[{link}]</a></p>'
    cards = parse(
        "<main>"
        + card(1, excerpt.format(n=1, link="leia mais"))
        + card(2, excerpt.format(n=2, link="PDF"))
        + "</main>"
    )
    assert [e.summary for e in tables] == [
        f"The harbour board met on Tuesday to approve plan {n} for the dredging works." for n in (1, 2)
    ]
    assert [e.summary for e in cards] == [
        "The board approved plan 1 for the dredging works.",
        "The board approved plan 2 for the dredging works. [PDF]",
    ]


def test_a_block_the_site_marks_as_paid_is_no_story() -> None:
    """A title link with ``rel="sponsored"``, or ``data-sponsored="true"`` on the block, is an advert."""
    paid = card(2).replace(
        '<a href="/story-2/">', '<a href="https://ads.example/x" rel="sponsored nofollow">'
    )
    flagged = card(3).replace('<div class="card">', '<div class="card" data-sponsored="true">')
    entries = parse("<main>" + card(1) + paid + flagged + card(4) + "</main>")
    assert [e.link for e in entries] == [f"{SITE}story-1/", f"{SITE}story-4/"]


def test_a_story_with_a_paid_link_elsewhere_or_a_false_flag_is_a_story() -> None:
    """A sponsor's logo link beside the title, or ``data-sponsored="false"``, leaves the story a story."""
    logo = '<a href="https://sponsor.example/" rel="sponsored">Harbour Bank</a>'
    unflagged = card(2).replace('<div class="card">', '<div class="card" data-sponsored="false">')
    entries = parse("<main>" + card(1, logo) + unflagged + card(3) + "</main>")
    assert [e.link for e in entries] == [f"{SITE}story-{n}/" for n in (1, 2, 3)]


def test_a_category_page_calling_itself_an_article_is_read_as_its_listing() -> None:
    """``og:type`` article on a page whose text is all in its story blocks: the blocks are the stories."""
    head = '<meta property="og:type" content="article">'
    excerpt = '<div class="entry-summary"><p>The board approved plan {n} for the dredging works this week.</p></div>'
    entries = parse(
        '<h1 class="page-title">Category: Harbour</h1><main>'
        + "".join(card(n, cls="post").replace("</div>", excerpt.format(n=n) + "</div>") for n in (1, 2, 3))
        + "</main>",
        head,
    )
    assert [e.link for e in entries] == [f"{SITE}story-{n}/" for n in (1, 2, 3)]


def test_an_article_with_story_cards_under_its_text_is_one_article() -> None:
    """An article's own text beside three "more stories" cards keeps the page one article."""
    head = '<meta property="og:type" content="article">'
    text = "".join(
        f"<p>Paragraph {n} of the article tells what the harbour board decided and why it matters.</p>"
        for n in range(6)
    )
    entries = parse(
        f'<main><article><h1>The harbour board approves the dredging</h1><div class="entry-content">{text}</div>'
        + "</article><section>"
        + "".join(card(n) for n in (1, 2, 3))
        + "</section></main>",
        head,
    )
    assert [e.title for e in entries] == ["The harbour board approves the dredging"]


def test_the_blocks_beside_an_itemlists_items_that_it_leaves_out_are_stories_too() -> None:
    """An ItemList naming the first two stories: the third block of their kind is a story; a promo box is not."""
    from test_html_parser import _story, _thin_items

    promo = '<div class="promo-box"><h3><a href="/subscribe/">Subscribe to the Harbour Gazette today</a></h3></div>'
    most_read = (
        '<aside><ol><li><a href="/news/old">An old story about the harbour board</a></li></ol></aside>'
    )
    entries = parse(
        "<main>" + _story(1) + promo + _story(2) + _story(3) + "</main>" + most_read, _thin_items(1, 2)
    )
    assert [e.link for e in entries] == [f"{SITE}news/story-{n}" for n in (1, 2, 3)]
    assert entries[2].authors == ("Ana Roe",) and entries[2].summary


def _post(n: int, label: str = "") -> str:
    """Return a post preview with hashed classes and test ids, its subtitle an h3 inside the post link."""
    return (
        f'<div class="ge l" data-testid="postPreview">{label}'
        f'<a data-testid="authorName" href="/@writer{n}"><p class="be b">Nora Quinn</p></a>'
        f'<a data-testid="postLink" href="/p/post-{n}"><h2 class="be go">Post number {n} from the field</h2>'
        f'<div class="gs"><h3 class="be b">Capacitive probes, a cheap ADC and a lesson about calibrating {n}</h3></div></a>'
        f'<span data-testid="storyPublishDate">Mar {n}, 2026</span></div>'
    )


def test_test_ids_name_fields_where_classes_are_hashed_and_a_subtitle_heading_is_the_excerpt() -> None:
    """``data-testid="authorName"`` is a byline; an h3 sentence under the title is the excerpt."""
    entries = parse("<main>" + _post(1) + _post(2) + "</main>")
    assert [e.authors for e in entries] == [("Nora Quinn",), ("Nora Quinn",)]
    assert entries[0].summary == "Capacitive probes, a cheap ADC and a lesson about calibrating 1"


def test_a_test_id_label_is_no_section_and_a_short_heading_under_the_title_no_excerpt() -> None:
    """A "pinnedLabel" test id flags the post, files it nowhere; a two-word h3 under the title is no dek."""
    pinned = '<span data-testid="pinnedLabel">Pinned</span>'
    short = _post(2).replace("Capacitive probes, a cheap ADC and a lesson about calibrating 2", "Field notes")
    entries = parse("<main>" + _post(1, pinned) + short + "</main>")
    assert entries[0].section is None
    assert entries[1].summary is None


def test_a_lead_story_beside_the_grid_in_markup_of_its_own_is_a_story() -> None:
    """``article.lead`` beside ``section > article.card``: one linked heading with an excerpt is the lead story."""
    lead = (
        '<article class="apertura"><span class="occhiello">Cronaca</span><h1><a href="/lead/">Landslide closes the '
        "road to the village</a></h1><p>After three days of rain a slope above the hamlet gave way on Thursday.</p>"
        '<p class="data">12 marzo 2026 | 16:48 <span class="aggiornato">Aggiornato alle 17:10</span></p></article>'
    )
    cards = "".join(card(n, cls="card") for n in (1, 2, 3))
    entries = parse(f'<main><div class="col">{lead}<section class="grid">{cards}</section></div></main>')
    assert [e.link for e in entries] == [f"{SITE}lead/", *(f"{SITE}story-{n}/" for n in (1, 2, 3))]
    assert entries[0].section == "Cronaca"  # "occhiello" is the Italian kicker
    assert entries[0].dates[0].text == "16:48"  # the line's own date, not the update inside it


def test_a_box_beside_the_grid_whose_heading_links_nowhere_or_that_holds_several_is_no_lead() -> None:
    """A newsletter box (heading unlinked) or a "More news" box of several headlines beside the grid is no story."""
    box = '<section class="box"><h2>The daily letter</h2><p>Every morning at seven the news that counts in the valley.</p></section>'
    more = "".join(f'<h3><a href="/m{n}/">More news number {n} from the valley</a></h3>' for n in (1, 2))
    cards = "".join(card(n) for n in (1, 2, 3))
    entries = parse(
        f'<main><div class="col"><section class="grid">{cards}</section>{box}<div>{more}</div></div></main>'
    )
    assert [e.link for e in entries] == [f"{SITE}story-{n}/" for n in (1, 2, 3)]


def _hashed(n: int, above: str) -> str:
    return (
        f'<div class="sc-1z2a3b-1 fGhIjL"><span class="sc-6t7u8v-0 xYzAbC">{above}</span>'
        f'<h3 class="sc-1z2a3b-3"><a href="/s{n}/">Story number {n} about the harbour board</a></h3>'
        f'<p class="sc-1z2a3b-4">The harbour board met on Tuesday to approve plan {n} for the dredging.</p></div>'
    )


def test_a_word_right_above_the_title_in_hashed_markup_is_the_kicker() -> None:
    """``<span class=xYzAbC>Business</span><h3>``: with no class to say so, the word over the title is the section."""
    entries = parse("<main>" + _hashed(1, "Business") + _hashed(2, "Real estate") + "</main>")
    assert [e.section for e in entries] == ["Business", "Real estate"]


def test_a_name_a_flag_or_a_count_above_the_title_is_no_kicker() -> None:
    """A columnist's name, a "LIVE" flag or "3 min read" over the title names no section."""
    entries = parse(
        "<main>"
        + "".join(_hashed(n, a) for n, a in ((1, "Lena Park"), (2, "LIVE"), (3, "3 min read")))
        + "</main>"
    )
    assert [e.section for e in entries] == [None, None, None]
