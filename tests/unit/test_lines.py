"""Line classification: one rule per test, including each input quirk."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feedmaker.parse.lines import Kind, Line, alone, opens_block
from feedmaker.parse.markers import parse_names
from feedmaker.parse.profiles import load_profile
from feedmaker.parse.refine import classify_all
from feedmaker.parse.rules import compile_profile
from feedmaker.parse.shapes import Context, Shape, shape_of

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)
RULES = compile_profile(load_profile(None))
CTX = Context(now=NOW, zone=UTC, dayfirst=None)


def classify(text: str) -> list[Line]:
    return classify_all(text, RULES, CTX)


def kind_of(text: str) -> Kind:
    (line,) = classify(text)
    return line.kind


@pytest.mark.parametrize(
    "text",
    [
        "Continue Reading",
        "Read More »",
        "Read more",
        "Continue reading…",
        "Lire la suite",
        "Weiterlesen",
        "Leer más",
        "Read\u00a0more",
        "Continue reading Harbour wall repaired at last →",
    ],
)
def test_separators(text: str) -> None:
    """'Continue Reading' and its variants (any language, arrows, screen-reader title) end a story."""
    assert kind_of(text) is Kind.SEP


@pytest.mark.parametrize(
    "text",
    [
        "Connect with us",
        "Skip to content",
        "Home | News | Sport | Weather",
        "« Previous 1 2 3 … 14 Next »",
        "Page 1 of 6",
        "Página 1 de 9 · Siguiente »",
        "Next page ›",
        "© 2025 Tarrow Echo",
        "Share this: Facebook Twitter WhatsApp",
        "Subscribe | Sign in",
        "Category: Transport",
        "Home › Environment",
        "— More headlines —",
        "OstervikHomeNewsPoliticsBusinessSportLogin",
        "Proudly powered by WordPress",
        "Rejoignez-nous",
        "Folgen Sie uns",
        "Follow the Gazette",
        "Suivez le Courrier",
        "Enter your email address",
        "2 comments:",
        "Thème Simple. Fourni par Blogger.",
        "Aucun commentaire",
    ],
)
def test_chrome(text: str) -> None:
    """Menus, pagination, counters, share bars, copyright and follow-us lines are chrome."""
    assert kind_of(text) is Kind.CHROME


@pytest.mark.parametrize(
    "text",
    [
        "Trending",
        "Most read",
        "You may like",
        "Recent Posts",
        "ICYMI",
        "In case you missed it",
        "Blog Archive",
        "Tendances",
        "Im Trend",
        "Lo más leído",
        # A blog's sidebar.
        "Qui sommes-nous ?",
        "Archives du blog",
        "Über mich",
    ],
)
def test_list_headings(text: str) -> None:
    """Widget headings end the story area."""
    assert kind_of(text) is Kind.WIDGET


def test_related_heading_takes_its_headlines() -> None:
    """'Read more from X:' and the headline lines right under it are related links, not text."""
    lines = classify(
        "Read more from Sky News:\nWhat is DeepSeek?\nChina raises tariffs on US\n\nBody text follows here."
    )
    assert [ln.kind for ln in lines] == [Kind.RELATED, Kind.RELATED_ITEM, Kind.RELATED_ITEM, Kind.TEXT]


def test_image_group() -> None:
    """Alt and 'stills' lines before 'Image:' and the caption after it are recognised."""
    lines = classify(
        "A boat at the pier\nStills from the video about the pier\nImage:\nThe pier at dawn. Pic: Ana Roe"
    )
    assert [ln.kind for ln in lines] == [Kind.ALT, Kind.ALT, Kind.IMAGE_LABEL, Kind.CAPTION]


def test_image_label_with_space_before_colon() -> None:
    """French typography puts a space before the colon: 'Image :'."""
    assert kind_of("Image :") is Kind.IMAGE_LABEL


def test_credit_line_is_a_caption() -> None:
    """A line ending in a picture credit is a caption even without an image label."""
    assert kind_of("Engineers inspect the breach in May. Photograph: Colm Eddery/The Tide") is Kind.CAPTION


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("More on China", "China"),
        ("Plus sur Économie", "Économie"),
        ("Mehr zu Verkehr", "Verkehr"),
        ("Más sobre Cultura", "Cultura"),
    ],
)
def test_topic_links(text: str, topic: str) -> None:
    """'More on X' lines become the category X."""
    (line,) = classify(text)
    assert line.kind is Kind.TOPIC
    assert line.topic == topic


@pytest.mark.parametrize(
    ("text", "authors", "has_date", "section"),
    [
        ("Published 3 hours ago", (), True, None),
        ("on December 22, 2025", (), True, None),
        ("By Maeve Tolland", ("Maeve Tolland",), False, None),
        ("BY JOHN HARROW, Associated Press", ("John Harrow",), False, None),
        ("By Ruth Anand-Cole, Environment correspondent", ("Ruth Anand-Cole",), False, None),
        ("By Hannah Oduya · 2 hours ago", ("Hannah Oduya",), True, None),
        ("Posted on 14 October 2025 at 09:15 by Priya Landry", ("Priya Landry",), True, None),
        ("Publicado el 7 de mayo de 2025 a las 08:15 en Local", (), True, "Local"),
        ("Por Marta Quirós y Íñigo Sálvora", ("Marta Quirós", "Íñigo Sálvora"), False, None),
        ("March 4, 2025 · Transport", (), True, "Transport"),
        ("Council · 2 hours ago", (), True, "Council"),
        ("Published: 12/03/2025", (), True, None),
        ("Updated: 17 min ago", (), False, None),
        ("Posted in Outdoors | Leave a comment", (), False, "Outdoors"),
        ("Veröffentlicht am 12.02.2026", (), True, None),
        # Blogger's footer: the time belongs to the day in the heading above, not to today.
        ("Posted by Wendell Oakhurst at 8:05 PM", ("Wendell Oakhurst",), False, None),
        # A date followed by its section on the same line.
        ("2026年2月12日 15:30\u3000経済", (), True, "経済"),
        ("12 February 2026 Politics", (), True, "Politics"),
        # Japanese bylines: a full-width colon, no space, a name without capitals.
        ("記者：田中健一", ("田中健一",), False, None),
        # A reading time beside the date is furniture, not the section; a guest post names its author.
        ("February 10, 2026 · 7 min read", (), True, None),
        ("February 4, 2026 · guest post by Rafael Ochoa · 9 min read", ("Rafael Ochoa",), True, None),
        # "Published by A on DATE" (Blogger's footer, in each language).
        ("Publié par Hélène Garrigue le 11 février 2026 à 18:42", ("Hélène Garrigue",), True, None),
        ("Publicado por Marta Quirós el 10 de febrero de 2026", ("Marta Quirós",), True, None),
        # A content type, the date, the topic: the topic is the section.
        ("News release | 12 February 2026 | Roads and transport", (), True, "Roads and transport"),
    ],
)
def test_markers(text: str, authors: tuple[str, ...], has_date: bool, section: str | None) -> None:
    """Date and byline lines in their common forms give dates, authors and sections."""
    (line,) = classify(text)
    assert line.kind is Kind.MARKER, line.notes
    assert line.marker is not None
    assert line.marker.authors == authors
    assert bool(line.marker.dates) is has_date
    assert line.marker.section == section


@pytest.mark.parametrize(
    ("text", "authors", "section"),
    [
        ("Politics | 12 February 2026 | Ana Roe", ("Ana Roe",), "Politics"),
        ("Ana Roe | 12 February 2026 | Politics", ("Ana Roe",), "Politics"),
        ("12 February 2026 Ana Roe", ("Ana Roe",), None),
        # Must not fire: labels that are no names stay the section.
        ("12 February 2026 Politics", (), "Politics"),
        ("Nieuwsbericht | 12 februari 2026 | Afval en milieu", (), "Afval en milieu"),
    ],
)
def test_a_name_beside_a_date_and_a_label_is_the_author(
    text: str, authors: tuple[str, ...], section: str | None
) -> None:
    """A person's name among a marker line's labels is its byline, not its section."""
    (line,) = classify(text)
    assert line.marker is not None
    assert (line.marker.authors, line.marker.section) == (authors, section)


def test_bare_time_after_a_byline_is_kept_for_the_day_heading() -> None:
    """'Posted by A at 8:05 PM' keeps its time apart (parse/pagelevel.py sets it on the day printed above)."""
    (line,) = classify("Posted by Wendell Oakhurst at 8:05 PM")
    assert line.marker is not None
    assert line.marker.clock == "8:05 PM"
    assert not line.marker.dates


def test_date_and_section_on_one_line_give_the_time_too() -> None:
    """'2026年2月12日 15:30 経済': the date keeps its time of day."""
    (line,) = classify("2026年2月12日 15:30 経済")
    assert line.marker is not None
    found = line.marker.dates[0].value
    assert found is not None and (found.day, found.hour, found.minute) == (12, 15, 30)


@pytest.mark.parametrize(
    "text", ["10 Downing Street", "3 killed in crash", "2026 Budget", "12 Angry Men returns to the Lyric"]
)
def test_number_then_a_word_is_no_date_and_section(text: str) -> None:
    """Only a real date before the last word makes a date-and-section line."""
    assert kind_of(text) is not Kind.MARKER


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        (
            "Labels: woodcock, spring migration, Dunmore Road",
            ("woodcock", "spring migration", "Dunmore Road"),
        ),
        ("Tags: harbour", ("harbour",)),
        ("Tagged: ferries; fares", ("ferries", "fares")),
        ("Libellés : semis, tomates", ("semis", "tomates")),
        ("Schlagwörter: Hafen, Verkehr", ("Hafen", "Verkehr")),
        ("Tags: #dns #guest", ("dns", "guest")),
        ("Tags: backups shell zfs", ("backups", "shell", "zfs")),
        ("タグ：経済、地域", ("経済", "地域")),
        # Markdown links side by side stay apart: each is a tag, even two of them.
        (
            "Tags: [backups](https://b.example/tags/backups/) [shell](https://b.example/tags/shell/)",
            ("backups", "shell"),
        ),
    ],
)
def test_tag_lines(text: str, tags: tuple[str, ...]) -> None:
    """'Labels: a, b, c' (Blogger), 'Tags: …' (WordPress) and their translations list categories."""
    (line,) = classify(text)
    assert line.kind is Kind.TAGS
    assert line.tags == tags


@pytest.mark.parametrize(
    "text",
    [
        "Tags: this post is about the harbour and the ferry fares",
        "Labels on the new bottles will list every allergen",
        "Tag: Politics",
    ],
)
def test_tag_words_without_a_list_are_no_tag_line(text: str) -> None:
    """A sentence after 'Tags:', a label word in prose, or an archive page's 'Tag: X' heading is no tag list."""
    assert kind_of(text) is not Kind.TAGS


def test_sponsor_box_is_chrome_up_to_the_rule() -> None:
    """A block opened by 'SPONSORED BY X' is an advert, whatever its lines look like, up to a rule."""
    lines = classify(
        "-----\nSPONSORED BY MERIDIAN CREDIT UNION\n"
        "Saving for a first home? Our Harbour Saver pays 4.1% on balances up to £20,000. Terms apply.\n"
        "https://meridian-cu.example/harbour-saver\n-----\nCouncil votes to close Quay Street"
    )
    assert [ln.kind for ln in lines] == [Kind.SEP, Kind.CHROME, Kind.CHROME, Kind.CHROME, Kind.SEP, Kind.TEXT]


@pytest.mark.parametrize(
    "text",
    [
        "In Zusammenarbeit mit Schulen: Stadt startet Leseprojekt",
        "In partnership with the RNLI: lifeboat crews train at night",
        "Presented by Jane Doe",
        "Présenté par Anne Morel",
        "提供：潮見川市",
    ],
)
def test_collaboration_and_presenter_lines_are_no_sponsor_label(text: str) -> None:
    """Headlines opening with a collaboration, a host's credit, a photo credit: no advert's label."""
    (line,) = classify(text)
    assert "sponsor label" not in line.notes


def test_sponsor_box_with_a_date_is_a_story() -> None:
    """A block opened by a sponsor label that holds a date line is a story: no line of it becomes chrome."""
    lines = classify(
        "Sponsored by Meridian Credit Union\nThe Week in Westminster\n12 February 2026\n"
        "Jane Doe and guests look back at a turbulent week in parliament."
    )
    assert [ln.kind for ln in lines] == [Kind.CHROME, Kind.TEXT, Kind.MARKER, Kind.TEXT]


def test_sponsor_line_inside_a_paragraph_block_takes_only_itself() -> None:
    """'Sponsored by X' in the middle of a block is chrome, and the story's lines after it stay text."""
    lines = classify(
        "The fair opens on Saturday.\nSponsored by the Rotary Club\nTickets cost £5 at the gate."
    )
    assert [ln.kind for ln in lines] == [Kind.TEXT, Kind.CHROME, Kind.TEXT]


@pytest.mark.parametrize(
    "text",
    [
        "View this email in your browser: https://harbourbrief.example/archive/2026-03-12/",
        "You are receiving this email because you opted in at our website.",
        "Forward to a friend",
    ],
)
def test_newsletter_header_and_footer_lines_are_chrome(text: str) -> None:
    """An e-mail newsletter's 'view in browser' and 'you are receiving this' lines are chrome."""
    assert kind_of(text) is Kind.CHROME


def test_updated_marker_is_kept_apart() -> None:
    """'Updated ...' dates are update times, not publication times."""
    (line,) = classify("Updated 9 June 2025, 11:20 BST")
    assert line.marker is not None
    assert not line.marker.dates
    assert len(line.marker.updated) == 1


@pytest.mark.parametrize(
    "text", ["Published", "on", "By", "Publié", "le", "Par", "Veröffentlicht", "am", "Von"]
)
def test_bare_markers_whose_values_were_lost(text: str) -> None:
    """Marker labels standing alone (the seed's lost values) are markers, never text."""
    assert kind_of(text) is Kind.MARKER


def test_name_on_the_line_after_a_bare_byline() -> None:
    """'By' then a name on its own line: the name is the author."""
    lines = classify("By\nOdalys Brenner and Kwame Ashdown")
    assert lines[1].kind is Kind.AUTHOR
    assert lines[1].marker is not None
    assert lines[1].marker.authors == ("Odalys Brenner", "Kwame Ashdown")


@pytest.mark.parametrize(
    "text",
    [
        "Photo : les premières orties du talus, cueillies avec des gants (évidemment).",
        "Photo: Ana Roe",
    ],
)
def test_picture_label_opening_a_line_makes_a_caption(text: str) -> None:
    """'Photo : …' opening a short line is a caption, even a whole sentence."""
    assert kind_of(text) is Kind.CAPTION


def test_picture_label_before_a_long_sentence_is_text() -> None:
    """A label word with a colon opening a long sentence is a paragraph, not a caption."""
    text = (
        "Photo: the council says the new camera on the pier will record every boat that enters the harbour "
        "after dark, from April."
    )
    assert kind_of(text) is Kind.TEXT


@pytest.mark.parametrize(
    "text",
    [
        "By the time the ferry arrived, the pier was empty.",
        "On Monday the council met to decide the budget.",
        "Published reports suggest the plan will fail.",
        "Publié par erreur, le communiqué a été retiré du site le lendemain.",
    ],
)
def test_prose_starting_with_marker_words_is_text(text: str) -> None:
    """A sentence that merely starts with 'By' or 'On' is not a byline or date."""
    assert kind_of(text) is Kind.TEXT


def test_glued_header() -> None:
    """'Politics12.03.2025Title' splits into section, date and title."""
    (line,) = classify("Politics12.03.2025Harbour board chair resigns over expenses review")
    assert line.kind is Kind.HEADER
    assert (line.section, line.title) == ("Politics", "Harbour board chair resigns over expenses review")


def test_glued_separator_is_split_off() -> None:
    """'…published.Read more' is a paragraph followed by a separator."""
    lines = classify("The audit was due to be published.Read more")
    assert [ln.kind for ln in lines] == [Kind.TEXT, Kind.SEP]
    assert lines[0].text == "The audit was due to be published."


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Trump: US has to have Greenland", Shape.HEADLINE),
        ("Why does Trump want Greenland?", Shape.HEADLINE),
        ("World", Shape.LABEL),
        ("HOUSING", Shape.LABEL),
        ("He was killed by a car bomb.", Shape.PROSE),
        ("Drivers will keep paying £2.50 until April, the council has confirmed, despite…", Shape.PROSE),
        ("The footbridge will stay closed until August. [...]", Shape.PROSE),
        ("lower-case fragment without a stop", Shape.OTHER),
        # Chinese, Japanese, Korean: no capitals; "。" (Korean ".") ends a sentence.
        ("潮見川市は12日、基本計画案を公表した。", Shape.PROSE),
        ("同部の金賞は12年ぶり3回目。部員らは15日に市役所を訪れ、市長に結果を報告する", Shape.PROSE),
        ("「春の水仙まつり」が始まる。」", Shape.PROSE),
        ("潮見川高校吹奏楽部、全国大会で金賞", Shape.HEADLINE),
        ("浜ノ島で春の水仙まつり\u3000週末に見ごろ", Shape.HEADLINE),
        ("経済", Shape.LABEL),
        ("서울시는 12일 새 교통 정책을 발표했다.", Shape.PROSE),
        ("서울시, 새 교통 정책 발표", Shape.HEADLINE),
    ],
)
def test_shapes(text: str, shape: Shape) -> None:
    """Prose ends like a sentence; headlines are capitalised lines without a final stop."""
    (line,) = classify(text)
    assert line.shape is shape


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Stadtwerke Bergenau senken Strompreis in der Grundversorgung zum 1. Mai", Shape.HEADLINE),
        ("Bauarbeiten in der Lindenallee: Vollsperrung vom 16. bis 27. März", Shape.HEADLINE),
        # A year is no ordinal: the full stop after it ends a sentence.
        ("Profits rose sharply across the group in 2025. The board meets again in May", Shape.PROSE),
    ],
)
def test_full_stop_after_a_short_number_is_an_ordinal(text: str, shape: Shape) -> None:
    """'zum 1. Mai' is an ordinal (German, Nordic, Polish), not a sentence end; '2025. The' is one."""
    (line,) = classify(text)
    assert line.shape is shape


def test_quirks_crlf_bom_nbsp_tabs() -> None:
    """CRLF, a BOM, no-break spaces, tabs and trailing spaces are cleaned; blank runs group lines."""
    text = (
        "\ufeffRoute\u00a09 bus diverted \r\n\tPosted on 14\u00a0October\u00a02025\r\n \u00a0\r\n\r\n\r\nNext"
    )
    lines = classify_all(text, RULES, CTX)
    content = lines
    assert content[0].text == "Route 9 bus diverted"
    assert content[1].kind is Kind.MARKER
    assert content[2].text == "Next"
    assert content[2].blanks_before == 3
    assert content[2].group == content[0].group + 1
    assert [ln.no for ln in content] == [1, 2, 6]


def test_text_browser_link_numbers_and_image_placeholders() -> None:
    """lynx's '[12]' link numbers are dropped and an '[IMG]' line counts as a blank line, nothing more."""
    lines = classify(
        "   [11][IMG]\n   [12]Crews restore power to Pikeville\n   [IMG] [Updated] Ferry timetable"
    )
    assert [ln.text for ln in lines] == [
        "Crews restore power to Pikeville",
        "[IMG] [Updated] Ferry timetable",
    ]
    assert lines[0].blanks_before == 1


def test_items_in_columns_are_a_menu() -> None:
    """'Home   Calcio   Serie A   Basket': three or more short items kept apart by runs of spaces are a menu."""
    lines = classify(
        "Home   Calcio   Serie A   Serie B   Basket   Tennis\nJahr: 2026   Thema: Alle Themen   Filtern"
    )
    assert [ln.kind for ln in lines] == [Kind.CHROME, Kind.CHROME]


@pytest.mark.parametrize(
    "text",
    ["News | Sport | Weather | Jobs", "12 February 2026 | News | Sport", "News | Sport | 12 February 2026"],
)
def test_two_labels_need_the_date_between_them(text: str) -> None:
    """A meta line may hold two labels only around its date; labels side by side are a menu."""
    assert kind_of(text) is not Kind.MARKER


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Accept all   Cookie policy", Kind.CHROME),  # two items, both chrome words
        ("Accept all   Harbour news", Kind.TEXT),
        ("By Ana Roe   12 February 2026   Politics", Kind.MARKER),  # a date line first
        ("By Ana Roe   12 February 2026", Kind.MARKER),
        ("Harbour Gazette   Local news", Kind.TEXT),  # two items only
        ("The ferry left at dawn   and the crew waved   from the deck of the old boat as it went", Kind.TEXT),
    ],
)
def test_spaced_lines_that_are_no_menu(text: str, kind: Kind) -> None:
    """Two chrome items in columns are chrome; a byline and date in columns stays a marker; two other items,
    or items of a sentence's length, are no menu."""
    assert kind_of(text) is kind


def test_markdown_links_inside_a_sentence_are_not_split() -> None:
    """Only links side by side are kept apart: links with words between them read as the sentence."""
    (line,) = classify("Built with [Hugo](https://gohugo.io/) and the [Paper](https://p.example/) theme")
    assert line.text == "Built with Hugo and the Paper theme"


def test_hard_wrapped_paragraph_is_joined() -> None:
    """A long line without a final stop followed by a lower-case line is one paragraph."""
    lines = classify(
        "The shire council voted on Monday night to pay for a full engineering\nsurvey of the pool."
    )
    assert len(lines) == 1
    assert lines[0].shape is Shape.PROSE


def test_promo_box_is_chrome() -> None:
    """A small block that is mostly newsletter chrome is chrome throughout."""
    lines = classify(
        "Sign up for The Morning Tide\nOur free briefing on the coast, every weekday.\n"
        "Enter your email address\nSign up"
    )
    assert {ln.kind for ln in lines} == {Kind.CHROME}


def test_sign_up_box_is_chrome() -> None:
    """A small block closed by a sign-up form (a newsletter's name, its pitch, the form) is chrome throughout."""
    lines = classify(
        "The Cold Chain Review Daily\nThe morning briefing for logistics people. Free, every weekday.\n"
        "Your work e-mail   Sign up"
    )
    assert {ln.kind for ln in lines} == {Kind.CHROME}


def test_story_block_ending_in_a_promo_keeps_its_text() -> None:
    """A block with a byline is a story: a promo line closing it is chrome, its title and text stay text."""
    lines = classify(
        "Ferry fares to rise in spring\nFares will rise by 8% from April.\nBy Ana Roe\n"
        "Sign up for our newsletter"
    )
    assert [ln.kind for ln in lines] == [Kind.TEXT, Kind.TEXT, Kind.MARKER, Kind.CHROME]


def test_teaser_ending_in_a_subscribe_line_keeps_its_text() -> None:
    """'Subscribe to read more' under a teaser asks for no address: the teaser is no sign-up box."""
    lines = classify(
        "Ferry fares to rise in spring\nFares will rise by 8% from April.\nSubscribe to read more"
    )
    assert [ln.kind for ln in lines] == [Kind.TEXT, Kind.TEXT, Kind.CHROME]


def test_caption_after_an_empty_embed() -> None:
    """Two blank lines then one sentence, between paragraphs: the caption of a lost video."""
    lines = classify(
        "First paragraph of the story.\n\n\nThe president said the island is needed.\n\nNext paragraph."
    )
    assert [ln.kind for ln in lines] == [Kind.TEXT, Kind.CAPTION, Kind.TEXT]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Odalys Brenner and Kwame Ashdown", ("Odalys Brenner", "Kwame Ashdown")),
        ("Ana Roe, Ben Ash and Cy Doe", ("Ana Roe", "Ben Ash", "Cy Doe")),
        ("Ludwig van der Berg", ("Ludwig van der Berg",)),
        ("Redacción", ("Redacción",)),
        ("the council", None),
        ("Someone said 3 things", None),
    ],
)
def test_names(text: str, names: tuple[str, ...] | None) -> None:
    """Byline values read as names, joined by 'and'/'y'/commas; anything else is refused."""
    assert parse_names(text, RULES) == names


def test_comments_heading_ends_the_story_but_a_counter_above_read_more_is_chrome() -> None:
    """'Comments (14)' opens the readers' section; '3 Comments' right above 'Continue Reading' is a counter."""
    assert next(ln.kind for ln in classify("Comments (14)\nhollowreader_72\nNice one.")) is Kind.WIDGET
    assert [ln.kind for ln in classify("An excerpt here.\n3 Comments\nContinue Reading")] == [
        Kind.TEXT,
        Kind.CHROME,
        Kind.SEP,
    ]


def test_comment_counts_in_a_listing_are_chrome() -> None:
    """A count in each post's footer ('4 commentaires' under its tags) is a counter, not the comments."""
    lines = classify(
        "Premiers semis\nOn y est.\nLibellés : semis\n4 commentaires\n\n"
        "La haie sèche\nIl y a un an.\n2 commentaires\n"
    )
    assert [ln.kind for ln in lines if "commentaires" in ln.text] == [Kind.CHROME, Kind.CHROME]


def test_comment_heading_of_an_article_stays_the_comments() -> None:
    """A numbered heading in a block of its own opens the readers' comments, even when the count is also
    printed under the byline."""
    lines = classify(
        "Pier reopens\nBy Ana Roe\n12 Comments\n\nThe pier reopens on Monday.\n\n12 Comments\n\n"
        "hollowreader_72\nNice one."
    )
    assert [ln.kind for ln in lines if ln.text == "12 Comments"] == [Kind.CHROME, Kind.WIDGET]


def test_one_numbered_heading_under_an_articles_tags_opens_the_comments() -> None:
    """'3 Comments' right under 'Tags: …' with readers' comments below (no story after): the comments."""
    lines = classify(
        "Pier reopens\nBy Ana Roe | 12 February 2026\nThe pier reopened on Monday.\nTags: pier, harbour\n"
        "3 Comments\n\nhollowreader_72\nThis is great news, I used to fish there.\n"
    )
    assert next(ln.kind for ln in lines if ln.text == "3 Comments") is Kind.WIDGET


def test_a_numbered_heading_under_tags_above_the_next_story_is_a_counter() -> None:
    """The same footer with the next post's title below it: a counter in a listing, chrome."""
    lines = classify(
        "Pier reopens\nBy Ana Roe | 12 February 2026\nThe pier reopened on Monday.\nTags: pier, harbour\n"
        "3 Comments\n\nLibrary gets a new reading room\n11 February 2026\nThe old court room is a reading room.\n"
    )
    assert next(ln.kind for ln in lines if ln.text == "3 Comments") is Kind.CHROME


@pytest.mark.parametrize("text", ["3 min read", "Image 3 of 12", "dpa", "Reply   Like   14", "---", "* * *"])
def test_more_furniture(text: str) -> None:
    """Reading times, gallery counters, agency credits and comment buttons are chrome; rules separate."""
    assert kind_of(text) in (Kind.CHROME, Kind.SEP)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Posted 15:48", 15),
        ("Updated 6:45 p.m. ET", 18),
        ("14:05 Uhr", 14),
        ("13 June 2025 · 18:30", 18),
        ("Publié hier à 18h", 18),
    ],
)
def test_times_of_day(text: str, hour: int) -> None:
    """Times without a day take the reference day; a time beside a printed day completes it."""
    (line,) = classify(text)
    assert line.kind is Kind.MARKER and line.marker is not None
    found = (line.marker.dates + line.marker.updated)[0]
    assert found.value is not None and found.value.hour == hour


def test_numbered_headline_is_a_bullet() -> None:
    (line,) = classify("1. Ferry strike ends after two days")
    assert line.text == "Ferry strike ends after two days" and line.bullet


def test_text_browser_wrapping_is_undone() -> None:
    """On a page wrapped at one width, a full line and the rest of its block are one line, even a title."""
    body = (
        "The council voted on Monday night to close Weir Street to motor traffic\n"
        "during shopping hours from June, after a public consultation in which\n"
        "two thirds of respondents backed it. Blue badge holders keep access.\n"
    )
    page = (
        "Council votes to pedestrianise Weir Street between 10am and 6pm from\nJune\n\n"
        + body
        + "\n"
        + body
        + "\n"
        + body
    )
    lines = classify(page)
    assert lines[0].text == "Council votes to pedestrianise Weir Street between 10am and 6pm from June"
    assert len(lines) == 4


def test_a_wrapped_paragraph_stops_at_the_first_short_line_after_it() -> None:
    """Each join looks at the last physical line: once a paragraph is joined, the short lines under it in
    the same block ("Photo Gallery Of The Pier", "Tags, pier") stay lines of their own."""
    para = (
        "The council met on Tuesday evening to discuss the new harbour ferry\n"
        "timetable and the fares. Residents raised concerns about the winter\n"
        "schedule and the cost of parking near the pier. Done. The council met\n"
        "again on Wednesday. Done.\n"
    )
    lines = classify(
        ("Ferry timetable approved\n\n" + para + "Photo Gallery Of The Pier\nTags, pier\n\n") * 3
    )
    texts = [line.text for line in lines]
    assert texts.count("Photo Gallery Of The Pier") == 3
    assert texts.count("Tags, pier") == 3


def test_a_text_browsers_numbered_links_are_never_joined() -> None:
    """lynx's reference list ("12. https://…") holds one link per line, whatever the line widths."""
    refs = "".join(
        f"  {n}. https://news.example/2026/03/{n:02}/a-story-about-the-harbour-item-{n}/\n"
        for n in range(1, 9)
    )
    body = "The council voted on Monday night to close Weir Street to motor traffic\n" * 6
    lines = classify(body + "\nReferences\n\n" + refs)
    assert [line.text for line in lines if line.text.startswith(("1. ", "5. "))] == [
        "1. https://news.example/2026/03/01/a-story-about-the-harbour-item-1/",
        "5. https://news.example/2026/03/05/a-story-about-the-harbour-item-5/",
    ]


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Мост через Шалгу закроют на ремонт с 1 апреля", Shape.HEADLINE),
        ("Ξεκινούν οι εργασίες ανάπλασης της πλατείας Αγίου Νικολάου", Shape.HEADLINE),
        ("Город", Shape.LABEL),
        ("Συνάντηση", Shape.LABEL),
        # Capitals after a stop end a sentence in any script; lower case after it does not.
        ("Подрядчик заменит швы на всём мосту. Движение перекроют на весь срок ремонта", Shape.PROSE),
        ("мост закроют с понедельника, сказал подрядчик без лишних слов", Shape.OTHER),
        ("Ο δήμος ανακοίνωσε τα έργα στην πόλη. Η πλατεία θα κλείσει για δύο μήνες", Shape.PROSE),
    ],
)
def test_shapes_in_greek_and_cyrillic(text: str, shape: Shape) -> None:
    """Capitals of every script count: a Russian or Greek headline is a headline, not 'other'."""
    (line,) = classify(text)
    assert line.shape is shape


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ольга Третьякова", ("Ольга Третьякова",)),
        ("Γιώργος Παπαδόπουλος", ("Γιώργος Παπαδόπουλος",)),
        ("Dvořáček Šimon", ("Dvořáček Šimon",)),
        ("ольга третьякова", None),
    ],
)
def test_names_in_every_script(text: str, names: tuple[str, ...] | None) -> None:
    """A name is capitalised words of any script; lower-case words are no name."""
    assert parse_names(text, RULES) == names


def test_numbered_cyrillic_headline_is_a_bullet_but_a_dash_before_lower_case_is_not() -> None:
    """'1. Мост…' is a list item with a title; '- и ещё' is a dash before text, no item."""
    (item,) = classify("1. Мост через Шалгу закроют на ремонт")
    assert item.bullet and item.text == "Мост через Шалгу закроют на ремонт"
    (dash,) = classify("- и ещё одна мелочь без заглавной буквы")
    assert not dash.bullet


LATER = Context(now=datetime(2026, 3, 12, 20, 0, tzinfo=UTC), zone=UTC, dayfirst=True)
ENGLISH = compile_profile(load_profile("en"))  # none of the words of the languages below


@pytest.mark.parametrize(
    ("text", "authors", "section"),
    [
        ("12. 3. 2026 · Petr Dvořáček · Akce", ("Petr Dvořáček",), "Akce"),
        ("Akce · Petr Dvořáček · 12. 3. 2026", ("Petr Dvořáček",), "Akce"),
        ("Selin Aydoğdu ve Onur Tekin | 10 Mart 2026, 14:07", ("Selin Aydoğdu", "Onur Tekin"), None),
        # One label beside a date stays the section, even when it is two capitalised words.
        ("Gaya Hidup | Kamis, 12 Mar 2026 20:45 WIB", (), "Gaya Hidup"),
    ],
)
def test_a_name_beside_a_date_is_the_author(text: str, authors: tuple[str, ...], section: str | None) -> None:
    """Of two labels beside a date, the person's name is the author; names joined by 've' are authors."""
    (line,) = classify_all(text, RULES, LATER)
    assert line.kind is Kind.MARKER and line.marker is not None
    assert (line.marker.authors, line.marker.section) == (authors, section)


def test_two_labels_neither_a_name_stay_refused() -> None:
    """'12. 3. 2026 · Akce · Trasy': two sections and no name; 'Akce · Petr Dvořáček': no date. No marker."""
    for text in ("12. 3. 2026 · Akce · Trasy", "Akce · Petr Dvořáček"):
        (line,) = classify_all(text, RULES, LATER)
        assert line.kind is not Kind.MARKER


def test_post_footer_with_tags_is_no_promo_box() -> None:
    """A paragraph, its tags, a comment count and a share bar close a post: the paragraph stays text."""
    lines = classify_all(
        "Mapu si můžete stáhnout jako PDF nebo GPX v sekci Trasy.\nŠtítky: mapy, trasy\n"
        "Zatím žádné komentáře\nSdílet: Facebook   X   E-mail",
        RULES,
        LATER,
    )
    assert [ln.kind for ln in lines] == [Kind.TEXT, Kind.TAGS, Kind.CHROME, Kind.CHROME]


def test_names_beside_the_date_line_are_the_byline() -> None:
    """'Thu Trang - Quốc Bảo' between the date and the text, 'NAME, role' between title and date: bylines."""
    lines = classify_all(
        "Phạt 85 triệu đồng cơ sở sản xuất nước đá\n11/3/2026, 16:45\nThu Trang - Quốc Bảo\n"
        "(BSL) - Đoàn kiểm tra liên ngành phát hiện cơ sở sử dụng nguồn nước chưa qua xử lý.\n\n"
        "Городу нужен не новый стадион, а сто новых скамеек\nАнна Белозерова, урбанист\n11 марта 2026\n"
        "Каждый раз, когда в городе обсуждают большой проект, разговор начинается с цифры.",
        RULES,
        LATER,
    )
    authors = [ln.marker.authors for ln in lines if ln.kind is Kind.AUTHOR and ln.marker]
    assert authors == [("Thu Trang", "Quốc Bảo"), ("Анна Белозерова",)]


@pytest.mark.parametrize(
    "text",
    [
        # A kicker above the title, and a title that is a name, a comma and a long clause.
        "Sport\nViitorul Ocna, victorie la limită cu liderul: 1-0 pe teren propriu\nde Sorin Vaida | ieri, 21:15\n"
        "Golul a fost marcat de Darius Mocan în minutul 77, după o fază fixă.",
        # One name between title and date, with no role and no second name: it may be a title.
        "Harbour Board Meeting\nAna Roe\n11 March 2026\nThe board met on Tuesday to approve the plan.",
    ],
)
def test_no_byline_without_its_form(text: str) -> None:
    """A title or a lone name beside a date is not made a byline by its place alone."""
    assert Kind.AUTHOR not in [ln.kind for ln in classify_all(text, RULES, LATER)]


def _items(tail: str, n: int) -> str:
    names = ("Kovács Eszter", "Szalai Bence", "Molnár Réka")
    return "\n\n".join(
        f"Megye · 2 órája\nLezárják a kompot a magas vízállás miatt {k}\n"
        f"A folyó szintje elérte a 620 centimétert, a révátkelés szünetel.\n"
        + tail.replace("Kovács Eszter", names[k % 3])
        for k in range(n)
    )


def test_a_name_after_the_lead_under_three_stories_is_the_byline() -> None:
    """A name after the lead of three stories or more is each one's author; under two, or the same line
    under every story (a label, 'Local News'), it is text."""
    three = classify_all(_items("Kovács Eszter", 3), RULES, LATER)
    assert [ln.marker.authors for ln in three if ln.kind is Kind.AUTHOR and ln.marker] == [
        ("Kovács Eszter",),
        ("Szalai Bence",),
        ("Molnár Réka",),
    ]
    two = classify_all(_items("Kovács Eszter", 2), RULES, LATER)
    assert Kind.AUTHOR not in [ln.kind for ln in two]
    same = classify_all(_items("Local News", 4), RULES, LATER)
    assert Kind.AUTHOR not in [ln.kind for ln in same]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Előző   1   2   3   …   87   Következő", Kind.CHROME),
        ("‹ Trước 4 5 6 7 Sau ›", Kind.CHROME),
        # Numbers that are no row of pages: a score, a date, a headline with figures.
        ("Lematang Muda 2 Musi Raya 1", Kind.TEXT),
        ("Three 4 7 9 wins for the club", Kind.TEXT),
    ],
)
def test_a_row_of_page_numbers_is_a_pager_in_any_language(text: str, kind: Kind) -> None:
    """Three consecutive numbers making half the words of a short line are a pager, whatever its words."""
    assert kind_of(text) is kind


def _teasers(end: str, n: int) -> str:
    return "\n\n".join(
        f"Headline number {k} about the harbour\nThe harbour board met on Tuesday to approve plan {k}.\n{end}"
        for k in range(n)
    )


def test_a_line_repeated_under_three_stories_is_a_separator() -> None:
    """'Lectură completă →' under the text of three teasers ends each; under two it is left alone."""
    three = classify(_teasers("Lectură completă →", 3))
    assert [ln.kind for ln in three if ln.text.startswith("Lectură")] == [Kind.SEP] * 3
    two = classify(_teasers("Lectură completă →", 2))
    assert Kind.SEP not in [ln.kind for ln in two]


def test_a_lower_case_line_of_fields_is_not_joined_to_the_title_above() -> None:
    """'de Ana Pop | 9 martie 2026' under a long title starts in lower case but is a meta line, not its end."""
    lines = classify(
        "De ce tinerii pleacă din oraș și ce am putea face ca să rămână\n"
        "de Mihai Lungu | Consiliul local\nAm vorbit cu 30 de absolvenți ai liceelor din Dej."
    )
    assert len(lines) == 3


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Текст: Ольга Третьякова", ("Ольга Третьякова",)),
        ("Words and pictures: Ana Roe", ("Ana Roe",)),
    ],
)
def test_a_label_and_names_under_the_date_line_is_the_byline(text: str, authors: tuple[str, ...]) -> None:
    """A label of any language (none the English profile knows), a colon and names, under the date line."""
    lines = classify_all(
        f"Мост через Шалгу закроют на ремонт\n12.03.2026, 17:20\n{text}\n"
        "Подрядчик заменит деформационные швы и верхний слой асфальта на всём пролёте.",
        ENGLISH,
        LATER,
    )
    assert [ln.marker.authors for ln in lines if ln.kind is Kind.AUTHOR and ln.marker] == [authors]


def test_a_label_and_words_under_the_date_line_is_no_byline() -> None:
    """'Update: roads reopened' under the date is no byline (no names); nor a label line elsewhere."""
    lines = classify_all(
        "Harbour road closed\n12.03.2026, 17:20\nUpdate: roads reopened at noon\n"
        "The council closed the harbour road after the storm.\nPhotos: Ana Roe",
        RULES,
        LATER,
    )
    assert Kind.AUTHOR not in [ln.kind for ln in lines]


def test_a_list_with_counts_is_chrome_under_its_heading() -> None:
    """'Archiv' over 'březen 2026 (3)' lines: a list heading and furniture; two counted lines are not."""
    lines = classify_all("Archiv\nbřezen 2026 (3)\núnor 2026 (5)\nleden 2026 (2)", ENGLISH, LATER)
    assert [ln.kind for ln in lines] == [Kind.WIDGET, Kind.CHROME, Kind.CHROME, Kind.CHROME]
    two = classify("Results\nRovers beat City (3)\nCity lose again (2)")
    assert Kind.CHROME not in [ln.kind for ln in two]


def test_a_name_after_the_lead_above_a_comment_count_is_the_byline() -> None:
    """'Kovács Eszter' between the lead and '14 hozzászólás' (a count in words no profile knows)."""
    lines = classify_all(_items("Kovács Eszter\n14 megjegyzés", 3), RULES, LATER)
    assert [ln.kind for ln in lines].count(Kind.AUTHOR) == 3


def test_a_labelled_second_date_is_the_update_whatever_its_label() -> None:
    """'DATE | Güncelleme: DATE' (a label no profile knows): the first date is the story's, the second the
    update; a labelled date alone is not read so ('Deadline: 12 March 2026' is no marker)."""
    (line,) = classify_all("12 Mart 2026, 16:42 | Güncelleme: 12 Mart 2026, 17:05", ENGLISH, LATER)
    assert line.kind is Kind.MARKER and line.marker is not None
    assert [d.value.hour for d in line.marker.dates if d.value] == [16]
    assert [d.value.hour for d in line.marker.updated if d.value] == [17]
    (alone,) = classify_all("Deadline: 12 March 2026", ENGLISH, LATER)
    assert alone.kind is not Kind.MARKER


@pytest.mark.parametrize(
    "page",
    ["Live   Politics   Sport\n\nLive Politics Sport", "Live Politics Sport\n\nLive   Politics   Sport"],
)
def test_the_same_words_with_and_without_columns_are_classified_apart(page: str) -> None:
    """A line's verdict is copied only to the same text in the same columns: the spaced one is a menu, the
    other not, in either order."""
    kinds = {ln.columns != (): ln.kind for ln in classify(page)}
    assert kinds[True] is Kind.CHROME
    assert kinds[False] is not Kind.CHROME


@pytest.mark.parametrize(
    "text",
    [
        "By [Ana Roe](https://example.org/ana)   11 February 2026",
        "[12]By Ana Roe   11 February 2026",
        "By Ana Roe\u200b   11 February 2026",
        "By **Ana Roe**   11 February 2026",
    ],
)
def test_column_items_are_cleaned_like_their_line(text: str) -> None:
    """Items in columns lose Markdown, link numbers and zero-width characters: the byline and date read."""
    (line,) = classify(text)
    assert line.kind is Kind.MARKER
    assert line.marker is not None and line.marker.authors == ("Ana Roe",)
    assert all("[" not in c and "\u200b" not in c and "*" not in c for c in line.columns)


def test_cleaned_column_items_of_a_menu_stay_a_menu() -> None:
    """Must not fire: a menu of links in columns is still a menu, its items now plain words."""
    (line,) = classify("[Home](/)   [News](/news)   [Sport](/sport)")
    assert line.kind is Kind.CHROME
    assert line.columns == ("Home", "News", "Sport")


def test_repeated_lines_still_share_their_verdict() -> None:
    """Must not fire: the same text in the same columns twice gets the same kind."""
    lines = classify("Home   News   Sport\n\nHome   News   Sport")
    assert [ln.kind for ln in lines] == [Kind.CHROME, Kind.CHROME]


@pytest.mark.parametrize(
    ("text", "section"),
    [
        ("Home › News ›", "News"),
        ("Home › News", "News"),
        ("Home ›› News", "News"),
        ("Home › › Environment ›", "Environment"),
        ("Home / News / Local", "Local"),
    ],
)
def test_breadcrumb_ending_in_its_separator_names_the_section(text: str, section: str) -> None:
    """A trail ending in its separator ("Home › News ›") has empty items: they are dropped, no crash."""
    (line,) = classify(text)
    assert line.kind is Kind.CHROME
    assert line.section == section


@pytest.mark.parametrize("text", ["Home › News ›", "› ›", "Home / ", "> News >", "Home ›\n\n›"])
def test_odd_breadcrumbs_do_not_stop_the_page(text: str) -> None:
    """Odd trails on top of a story never raise: the page is still read."""
    lines = classify(
        text + "\n\nHarbour wall repaired at last\n\nBy Ana Roe\n\nThe council finished the work.\n"
    )
    assert lines[-1].shape is Shape.PROSE


def test_empty_text_has_no_shape() -> None:
    """shape_of("") is OTHER, not an IndexError."""
    assert shape_of("") is Shape.OTHER


@pytest.mark.parametrize("text", ["Home | News | Sport | Weather", "Home | Sport"])
def test_a_menu_between_bars_names_no_section(text: str) -> None:
    """A menu read as a trail ("Home | News | Sport | Weather") is chrome, but its last item is no section."""
    (line,) = classify(text)
    assert line.kind is Kind.CHROME
    assert line.section is None


def test_a_line_opens_its_block_after_a_blank() -> None:
    """opens_block and alone, shared by the classifier and the story finder: a blank line starts a block."""
    lines = classify("Harbour news\nFerry fares rise\n\nWeather\n\nTides today\nHigh water at noon.")
    assert [opens_block(lines, i) for i in range(len(lines))] == [True, False, True, True, False]
    assert [alone(lines, i) for i in range(len(lines))] == [False, False, True, False, False]


@pytest.mark.parametrize(
    "text",
    [
        "The dredger in the approach channel. Pic: Rhys Penmorrow",
        "The dredger working in the approach channel at Kelspoint, seen from the harbour wall at dawn last "
        "autumn (Pic: Rhys Penmorrow)",
    ],
)
def test_a_credit_ends_a_caption_in_short_and_long_lines_alike(text: str) -> None:
    """One picture-credit test for every line: short or long (the paragraph fast path), the same verdict."""
    (line,) = classify(text)
    assert line.kind is Kind.CAPTION
    assert line.notes == ("ends with a picture credit",)


def test_columns_holding_a_date_are_no_menu() -> None:
    """Columns, one a date and the others fields no profile knows: a story's meta line, not a menu."""
    assert kind_of("2026-02-12 14:05    Quelle dpa    Seite 3    Lokales") is not Kind.CHROME


def test_columns_without_a_date_are_a_menu() -> None:
    """Must not fire: short columns with no date among them stay a menu."""
    assert kind_of("Startseite    Quelle dpa    Seite 3    Lokales") is Kind.CHROME


def test_a_repeated_line_gets_every_field_of_the_first_ones_verdict() -> None:
    """classify_all classifies each distinct line once and copies the verdict to its repeats: a field that
    classify sets and the copy forgets would differ on the second "Published" of a page."""
    from dataclasses import fields

    from feedmaker.parse import refine
    from feedmaker.parse.markers import Marker

    per_occurrence = {"no", "group", "blanks_before", "columns", "link", "role", "story"}
    known = Line(1, "A", 0, 0, Kind.HEADER, Shape.HEADLINE, Marker(authors=("Ana",)), "T", "S", "P")
    known.tags, known.bullet, known.notes = ("t",), True, ("why",)
    line = Line(9, "B", 3, 1)
    refine._copy_verdict(known, line)
    for f in fields(Line):
        if f.name not in per_occurrence:
            assert getattr(line, f.name) == getattr(known, f.name), f.name
