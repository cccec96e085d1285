"""The text parser's story splitting: one layout rule per test, on small scrapes of our own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from helpers import body_text, parse_entries

from feedmaker.model import RawEntry
from feedmaker.parse.profiles import load_profile
from feedmaker.parse.text import parse_text
from feedmaker.read import Document

NOW = datetime(2026, 2, 14, 10, 0, tzinfo=UTC)


def titles(text: str) -> list[str]:
    return [e.title for e in parse_entries(text, NOW)]


def test_separators_split_stories_and_the_lead_story_has_no_title() -> None:
    """Text before the first 'Continue Reading' is a story of its own, with a derived title."""
    page = """Follow us

The harbour board met on Tuesday to approve the dredging plan. It will cost £2m.

Work starts in March.

Continue Reading

Business

Fish market opens to the public on Saturdays

Published

on

By

Fish market opens to the public on Saturdays

The fish market will open its doors to shoppers every Saturday from April.

Continue Reading

Trending
Something else entirely
"""
    entries = parse_entries(page, NOW)
    assert [e.title for e in entries] == [
        "The harbour board met on Tuesday to approve the dredging plan",
        "Fish market opens to the public on Saturdays",
    ]
    assert entries[0].title_derived and not entries[1].title_derived
    assert entries[1].categories == ("Business",)
    assert (
        body_text(entries[1]) == "The fish market will open its doors to shoppers every Saturday from April."
    )
    assert "Something else" not in body_text(entries[0]) + body_text(entries[1])


def test_listing_separated_by_blank_lines_only() -> None:
    """Title + excerpt blocks with nothing but blank lines between them."""
    page = """Millbrook Post
Local news

Ferry fares to rise in spring
Fares on the Millbrook ferry will rise by 8% from April, the operator said.

Library gets a new reading room
The old court room above the library has been turned into a quiet reading room.

About us
"""
    assert titles(page) == ["Ferry fares to rise in spring", "Library gets a new reading room"]


def test_listing_without_titles_gives_one_story_per_paragraph() -> None:
    """Excerpt paragraphs with no titles at all: each becomes a story with a derived title."""
    page = """Skip to content
Valley Radio

The bridge on Mill Lane will stay shut until June while engineers replace its bearings. [...]

A new bus route will link the estate with the station from 5 May, the council said. [...]

Older posts
"""
    entries = parse_entries(page, NOW)
    assert [e.title for e in entries] == [
        "The bridge on Mill Lane will stay shut until June while engineers replace its bearings",
        "A new bus route will link the estate with the station from 5 May, the council said",
    ]
    assert all(e.title_derived for e in entries)
    assert body_text(entries[0]).endswith("replace its bearings.")


def test_title_printed_twice_is_kept_once() -> None:
    """A title followed by its image alt (straight quotes) is one title, not a paragraph."""
    page = """CULTURE
Quarry’s “silent disco” returns for the summer
Quarry's "silent disco" returns for the summer
By Lena Marsh · 3 hours ago
The quarry floor will host the disco again on 21 June.
"""
    (entry,) = parse_entries(page, NOW)
    assert entry.title == "Quarry’s “silent disco” returns for the summer"
    assert entry.authors == ("Lena Marsh",)
    assert entry.published == NOW - timedelta(hours=3)
    assert entry.categories == ("CULTURE",)
    assert body_text(entry) == "The quarry floor will host the disco again on 21 June."


def test_date_after_the_excerpt_belongs_to_the_story_above() -> None:
    """A date line closing a block dates the story above it, not the next one."""
    page = """Echo
Volunteers clear litter from the estuary
More than 120 volunteers turned out on Saturday…
Published: 12/02/2026

Library hours extended
The library will stay open until 8pm on Thursdays…
Published: 11/02/2026
"""
    entries = parse_entries(page, NOW)
    assert [(e.title, e.published.date().isoformat()) for e in entries] == [
        ("Volunteers clear litter from the estuary", "2026-02-12"),
        ("Library hours extended", "2026-02-11"),
    ]


def test_date_before_the_title_belongs_to_the_story_below() -> None:
    """When the page prints dates above titles, each date goes with the title under it."""
    page = """News

12 February 2026
Council approves the new ferry timetable
The ferry will run every half hour from March.

10 February 2026
School roof repairs finished early
Pupils return to the main hall next week.
"""
    entries = parse_entries(page, NOW)
    assert [(e.title, e.published.day) for e in entries] == [
        ("Council approves the new ferry timetable", 12),
        ("School roof repairs finished early", 10),
    ]


def test_filter_line_above_date_kicker_and_title_is_no_title() -> None:
    """A date line opening a block with a kicker and a title under it dates that title, not the line above."""
    page = """Press releases
Year: 2026   Topic: All topics   Filter

12.02.2026
Energy
Power prices fall for households from 1 May
Households in the basic tariff pay about 7 percent less from May.
"""
    assert titles(page) == ["Power prices fall for households from 1 May"]
    # The same filter saved without its columns is no chrome, only text: the date still dates the title
    # under its kicker, not the filter line.
    assert titles(page.replace("   ", " ")) == ["Power prices fall for households from 1 May"]


def test_a_date_line_over_a_headline_in_the_next_block_still_confirms_the_title_above() -> None:
    """Must not fire: with no headline under it in its block, the next block's date line is the date of
    the title above."""
    page = (
        "Year: 2026 Topic: All topics Filter\n\n12.02.2026\nHouseholds pay about 7 percent less from May.\n"
    )
    assert titles(page) == ["Year: 2026 Topic: All topics Filter"]


def test_bullets_followed_by_bullets_are_a_menu() -> None:
    """A run of bullets with no text under any of them is a menu; a bullet with its text under it is a title."""
    page = """* News
* Weather
* Sports

Ferry fares to rise in spring
Fares will rise by 8% from April.

* Library gets a new reading room
The old court room above the library is now a quiet reading room.
"""
    assert titles(page) == ["Ferry fares to rise in spring", "Library gets a new reading room"]


def test_last_row_of_a_numbered_table_is_no_title() -> None:
    """'4. Lagaro 47' closing a league table has its 'Full table' link under it, not a story's text."""
    page = """Serie A
Rovereto beat Castelmonte in stoppage time
Rovereto came from behind with two late goals to win 2-1 on Thursday night.

League table
1. Brenta 58
2. Rovereto 56
3. Castelmonte 51
4. Lagaro 47
Full table
"""
    assert titles(page) == ["Rovereto beat Castelmonte in stoppage time"]


def test_site_name_above_its_menu_is_no_kicker() -> None:
    """Labels above a chrome line right over a title are the masthead's, not the first story's kickers."""
    page = """Harbour Gazette
Home   News   Sport   Weather
Ferry fares to rise in spring
Fares will rise by 8% from April, the operator said on Tuesday.
"""
    (entry,) = parse_entries(page, NOW)
    assert entry.categories == ()


def test_kicker_above_a_paywall_badge_stays_the_section() -> None:
    """'INTERVIEW', 'Premium', the title: the badge is furniture, the kicker is still the section."""
    page = """INTERVIEW
Premium
Nordfrost CEO Ingrid Vask on the next five years
Vask took over the Scandinavian cold-store operator in 2024.
By Ama Boateng, Senior Editor
February 10, 2026 · 9 min read
"""
    (entry,) = parse_entries(page, NOW)
    assert entry.categories == ("INTERVIEW",)
    assert entry.authors == ("Ama Boateng",)


PAGER = """Volunteers clear litter from the estuary
More than 120 volunteers turned out on Saturday morning.
News release | 12 February 2026 | Environment

Library hours extended
The library will stay open until 8pm on Thursdays.
News release | 11 February 2026 | Culture

Previous   1   2   3   Next

Do you have a question?
Call 0800 000 000 or use the contact form.
"""


def test_undated_box_below_the_pager_is_footer() -> None:
    """Below the last pager of a dated listing, an undated block (a contact box) is no story."""
    assert titles(PAGER) == ["Volunteers clear litter from the estuary", "Library hours extended"]


def test_dated_story_below_the_pager_is_kept() -> None:
    """A dated story after the pager is still a story (and so is the box beside it)."""
    page = PAGER + "News release | 10 February 2026 | Culture\n"
    assert titles(page)[-1] == "Do you have a question?"


@pytest.mark.parametrize("number", ["1", "2026"])
def test_a_bare_number_line_is_no_pager(number: str) -> None:
    """A lone number ("1" in a score box, "2026" under 'Archive') is no pager: undated stories below it
    stay stories."""
    page = PAGER.replace("Previous   1   2   3   Next", f"Rovers\n{number}\nTown")
    assert titles(page)[-1] == "Do you have a question?"


@pytest.mark.parametrize("pager", ["Page 1 of 6", "Next page ›", "1 2"])
def test_a_real_pager_still_ends_the_listing(pager: str) -> None:
    """Must not fire: a page-of line, pagination words or two numbers are a pager; the box below is footer."""
    page = PAGER.replace("Previous   1   2   3   Next", pager)
    assert titles(page) == ["Volunteers clear litter from the estuary", "Library hours extended"]


LYNX = """   * [3]News
   * [4]Weather
   * [5]Sports

Local News

   [11][IMG]

   [12]Crews restore power to most of Pikeville

   By [13]Dana Whitcombe
   Published: Feb. 12, 2026 at 5:47 PM

   Utility crews had restored power to all but about 600 homes by Thursday night.

   [14]Read More

   [15][IMG]

   [16]Mena school board keeps the four-day week

   Published: Feb. 12, 2026 at 3:12 PM

   The Mena School Board voted 5-2 on Wednesday night to keep the four-day week.

   [19]Read More

Sports

   [24]Pikeville Panthers fall in state semifinal

   Published: Feb. 11, 2026 at 10:58 PM

   Pikeville's best season in two decades ended one game short of the final.

   [26]Read More

   TRAVEL
   [27]Ferry fares to rise in spring

   Published: Feb. 11, 2026 at 9:58 PM

   Fares will rise by 8% from April.

   [28]Read More
"""


def test_block_heading_names_the_section_of_every_story_under_it() -> None:
    """'Local News' above the first of its stories is the section of each down to the next heading;
    a story's own kicker wins; lynx's '[IMG]' placeholders are neither sections nor text."""
    entries = parse_entries(LYNX, NOW)
    assert [(e.title, e.categories) for e in entries] == [
        ("Crews restore power to most of Pikeville", ("Local News",)),
        ("Mena school board keeps the four-day week", ("Local News",)),
        ("Pikeville Panthers fall in state semifinal", ("Sports",)),
        ("Ferry fares to rise in spring", ("TRAVEL",)),
    ]
    assert entries[0].authors == ("Dana Whitcombe",)


def test_block_heading_ends_at_a_list_heading() -> None:
    """A story after a list heading ('Trending') is under no block heading any more."""
    page = LYNX.replace("Sports\n", "Trending\n* Ferry strike ends\n\n")
    entries = parse_entries(page, NOW)
    assert [(e.title, e.categories) for e in entries][2:] == [
        ("Pikeville Panthers fall in state semifinal", ()),
        ("Ferry fares to rise in spring", ("TRAVEL",)),
    ]


def test_subheadings_stay_inside_the_story() -> None:
    """A lone headline between paragraphs of an article is a subheading, not a new story."""
    page = """Sea wall will not survive another winter, engineers warn

By Ruth Cole
9 June 2025, 06:45 BST

The concrete sea wall is badly undermined, according to a report.

A decade of warnings

Residents first raised concerns in 2015.
"""
    (entry,) = parse_entries(page, NOW)
    assert "<h3>A decade of warnings</h3>" in (entry.content or "")
    assert body_text(entry).endswith("Residents first raised concerns in 2015.")


def test_same_story_twice_on_one_page_is_one_entry() -> None:
    """A story printed under 'Top story' and again under 'Latest' comes out once."""
    story = "Harbour chair resigns over expenses\nMargit Vellan stepped down on Wednesday.\n"
    page = (
        f"Top story\n\n{story}\nLatest\n\n{story}\nFish auction moves online\nThe auction will sell online.\n"
    )
    assert titles(page) == ["Harbour chair resigns over expenses", "Fish auction moves online"]


def test_two_stories_sharing_paragraphs_stay_distinct() -> None:
    """Different titles, same background paragraphs: two entries, two ids."""
    shared = "Greenland is a semi-autonomous part of Denmark.\n\nThe US has a base there.\n"
    page = (
        f"Trump says the US needs Greenland\n\nBy Ann Lee\n\nThe president spoke on Sunday.\n\n{shared}"
        f"\nContinue Reading\n\nNew envoy named for Greenland\n\nBy Ann Lee\n\nAn envoy was named.\n\n{shared}"
    )
    entries = parse_entries(page, NOW)
    assert len(entries) == 2
    assert entries[0].id != entries[1].id


def test_bulleted_wire_listing() -> None:
    """'• Title' lines with indented metadata and body."""
    page = """WIRE · Top stories

• Pilots vote for 48-hour strike
    Updated: 17 min ago
    PORT ALDER (NPA) — Harbour pilots voted on Tuesday to walk out.

• Court clears former mayor
    Updated: 1 hr ago
    By Tove Rask
    VESSBY (NPA) — A court acquitted the former mayor.
"""
    entries = parse_entries(page, NOW)
    assert [e.title for e in entries] == ["Pilots vote for 48-hour strike", "Court clears former mayor"]
    assert body_text(entries[0]).startswith("PORT ALDER (NPA) —")
    assert entries[1].authors == ("Tove Rask",)
    assert entries[0].published == NOW - timedelta(minutes=17)


def test_glued_fields() -> None:
    """Section, date and title glued on one line, 'Read more' glued to the excerpt."""
    page = (
        "SiteHomeNewsSportLogin\nPolitics12.02.2026Harbour board chair resigns\nShe stepped down.Read more\n"
    )
    (entry,) = parse_entries(page, NOW)
    assert entry.title == "Harbour board chair resigns"
    assert entry.categories == ("Politics",)
    assert entry.published.date().isoformat() == "2026-02-12"
    assert body_text(entry) == "She stepped down."


def test_french_theme_words() -> None:
    """French markers with values: 'Publié le … à 14h05', 'Par A et B', 'Lire la suite'."""
    page = """Région

Le marché couvert rouvre ses portes

Publié le 3 février 2026 à 14h05

Par Anne Morel et Paul Vidal

Le marché couvert rouvre après deux ans de travaux.

Lire la suite
"""
    (entry,) = parse_entries(page, NOW)
    assert entry.title == "Le marché couvert rouvre ses portes"
    assert entry.authors == ("Anne Morel", "Paul Vidal")
    assert entry.published == datetime(2026, 2, 3, 14, 5, tzinfo=UTC)


def test_nothing_but_chrome_gives_no_story() -> None:
    """A page of menus and footers has no story."""
    assert titles("Home | News | Sport\nSkip to content\n© 2026 Site\nOlder posts\n") == []


BLOGGER = """Marsh Lane Birding
Notes from the marshes, one muddy boot at a time.
Home About Checklist Contact

Wednesday, February 11, 2026
Woodcock display flights are back
Three males displaying over the wet meadow at dusk, a week earlier than last year.
Posted by Wendell Oakhurst at 8:05 PM
2 comments:
Labels: woodcock, spring migration

Tuesday, February 10, 2026
Sandhill cranes over the village
Eleven cranes went over the post office heading north-east, bugling the whole way.
Posted by Cora Mayhew at 6:12 PM
Labels: cranes

First osprey of the year at Tern Pond
One adult on the old channel-marker platform, eating what looked like a white perch.
Posted by Wendell Oakhurst at 10:42 AM
Labels: osprey, Tern Pond

Monday, February 9, 2026
Quick one: the ice is off the north end of Tern Pond, and sixty ring-necked ducks were on the water.
Posted by Wendell Oakhurst at 1:15 PM
"""


def test_masthead_above_the_first_dated_story_is_no_story() -> None:
    """A blog's name, tagline and menu above its first dated post are its masthead, not a story."""
    assert titles(BLOGGER)[:3] == [
        "Woodcock display flights are back",
        "Sandhill cranes over the village",
        "First osprey of the year at Tern Pond",
    ]


def test_tag_line_gives_categories_and_is_no_title() -> None:
    """'Labels: a, b' under a post are its categories; above an untitled post it is not that post's title."""
    entries = parse_entries(BLOGGER, NOW)
    assert [e.categories for e in entries] == [
        ("woodcock", "spring migration"),
        ("cranes",),
        ("osprey", "Tern Pond"),
        (),
    ]
    assert entries[3].title_derived and entries[3].title.startswith("Quick one")


def test_bare_time_takes_the_day_printed_above() -> None:
    """'Posted by A at 8:05 PM' is the time of the day heading above, also for a second post of that day."""
    entries = parse_entries(BLOGGER, NOW)
    assert [e.published for e in entries] == [
        datetime(2026, 2, 11, 20, 5, tzinfo=UTC),
        datetime(2026, 2, 10, 18, 12, tzinfo=UTC),
        datetime(2026, 2, 10, 10, 42, tzinfo=UTC),
        datetime(2026, 2, 9, 13, 15, tzinfo=UTC),
    ]


def test_bare_time_without_a_day_above_is_not_taken_for_today() -> None:
    """With no day printed above it, 'at 8:05 PM' gives no date (the story falls back to first seen)."""
    page = """Woodcock display flights are back
Three males displaying over the wet meadow at dusk, a week earlier than last year.
Posted by Wendell Oakhurst at 8:05 PM
"""
    (entry,) = parse_entries(page, NOW)
    assert entry.published == NOW
    assert entry.authors == ("Wendell Oakhurst",)


def test_first_story_with_a_date_and_a_short_body_is_kept() -> None:
    """A dated first story is a story, however short: the masthead rule stops at the first date."""
    page = """Harbour Post

Ferry fares to rise in spring
By Ana Roe | 12 February 2026
Fares will rise by 8% from April.

Library gets a new reading room
By Ben Ash | 11 February 2026
The old court room above the library is now a quiet reading room.
"""
    assert titles(page) == ["Ferry fares to rise in spring", "Library gets a new reading room"]


def test_undated_first_story_with_a_real_body_is_kept() -> None:
    """Above the first dated story, more than one short paragraph is a story, not a tagline."""
    page = """Storm warning for the coast
High winds are expected from tonight, the forecasters said on Friday.

Ferries may be cancelled, and the harbour wall path will be closed from 6pm.

Ferry fares to rise in spring
By Ana Roe | 12 February 2026
Fares will rise by 8% from April.

Library gets a new reading room
By Ben Ash | 11 February 2026
The old court room above the library is now a quiet reading room.
"""
    assert titles(page) == [
        "Storm warning for the coast",
        "Ferry fares to rise in spring",
        "Library gets a new reading room",
    ]


def test_newsletter_header_greeting_and_sponsor_box_are_no_stories() -> None:
    """An e-mail newsletter: its 'view in browser' header, greeting and sponsor box are not stories."""
    page = """View this email in your browser: https://brief.example/archive/2026-02-12/

THE HARBOUR BRIEF
Good morning. It's a grey one, with showers clearing by lunch.

TOP STORIES
===========

1. Council votes to pedestrianise Quay Street
By Amara Lindqvist | 11 February 2026
Councillors voted 9-4 on Wednesday night to close Quay Street to through traffic from June.

-----------------------------------------
SPONSORED BY MERIDIAN CREDIT UNION
Saving for a first home? The Harbour Saver pays 4.1% on balances up to £20,000. Terms apply.
https://meridian-cu.example/harbour-saver
-----------------------------------------

2. Lifeboat station open day moves to Saturday
10 February 2026
The open day at the lifeboat station has moved from Sunday to Saturday because of the tides.
"""
    entries = parse_entries(page, NOW)
    assert [e.title for e in entries] == [
        "Council votes to pedestrianise Quay Street",
        "Lifeboat station open day moves to Saturday",
    ]
    assert "Harbour Saver" not in body_text(entries[0])


def test_japanese_listing() -> None:
    """Japanese: titles without capitals, prose ending in '。', a date line carrying its section, '記者：NAME'."""
    page = """みなと新報
潮見川・汐留湾エリアのニュースサイト

潮見川駅前の再開発、2027年度着工へ\u3000市が基本計画案
2026年2月12日 15:30\u3000経済
潮見川市は12日、駅前の再開発に関する基本計画案を公表した。総事業費は約180億円を見込む。
続きを読む

汐留湾の定期船、4月から増便
2026年2月11日\u3000くらし
記者：田中健一
汐留湾フェリーは、4月1日から定期船を増便すると発表した。
続きを読む

アクセスランキング
1\u3000市立病院の駐車場、有料化へ
"""
    entries = parse_entries(page, NOW)
    assert [(e.title, e.categories, e.authors) for e in entries] == [
        ("潮見川駅前の再開発、2027年度着工へ 市が基本計画案", ("経済",), ()),
        ("汐留湾の定期船、4月から増便", ("くらし",), ("田中健一",)),
    ]
    assert entries[0].published == datetime(2026, 2, 12, 15, 30, tzinfo=UTC)
    assert body_text(entries[1]) == "汐留湾フェリーは、4月1日から定期船を増便すると発表した。"


def test_russian_and_greek_listings_give_their_stories() -> None:
    """Title, date, paragraph in Cyrillic or Greek: three stories each, as in Latin script."""
    ru = (
        "Мост через Шалгу закроют на ремонт\n12.03.2026, 17:20\nПодрядчик заменит швы и асфальт на мосту.\n\n"
        "Пожарные спасли троих человек\n12.03.2026, 16:05\nВозгорание произошло утром в доме на Заречной.\n\n"
        "В музее покажут коллекцию прялок\n11.03.2026, 12:00\nВыставка откроется в субботу в главном зале.\n"
    )
    el = (
        "Ξεκινούν οι εργασίες στην πλατεία\n12.03.2026, 17:20\nΑπό τη Δευτέρα ξεκινούν οι εργασίες.\n\n"
        "Παράταση των αιτήσεων για τις κατασκηνώσεις\n11.03.2026, 10:00\nΠαρατείνεται η υποβολή αιτήσεων.\n\n"
        "Το πρόγραμμα των εκδηλώσεων της επετείου\n10.03.2026, 09:00\nΜε δοξολογία στον ναό της πόλης.\n"
    )
    assert titles(ru) == [
        "Мост через Шалгу закроют на ремонт",
        "Пожарные спасли троих человек",
        "В музее покажут коллекцию прялок",
    ]
    assert len(titles(el)) == 3


MASTHEAD_WITH_DATE_AND_NOTICE = """Harbour Gazette
Thursday, 12 February 2026
Log in   Register
Home   News   Sport   Weather   Opinion
We use cookies to make the site work and to count visits. By going on, you accept our cookie policy.
Accept all   Reject

Ferry fares to rise in April
12 February 2026, 09:15
The harbour board approved a rise of 4 per cent on all crossings from the first of April.

New lifeboat named after volunteer
11 February 2026, 16:40
The station's new boat carries the name of the crew member who served for forty years.
"""


def test_masthead_with_the_page_date_and_a_cookie_notice_is_no_story() -> None:
    """The site's name over today's date and its menus, and a notice over its buttons, are the masthead."""
    assert titles(MASTHEAD_WITH_DATE_AND_NOTICE) == [
        "Ferry fares to rise in April",
        "New lifeboat named after volunteer",
    ]


def test_a_date_line_above_a_paragraph_is_no_page_date() -> None:
    """A title over its date and text at the top of the page stays a story: the page date is above chrome."""
    page = MASTHEAD_WITH_DATE_AND_NOTICE.split("\n\n", 1)[1]
    page = (
        "Lighthouse open again\n10 February 2026\nThe lighthouse reopens after its repairs this week.\n\n"
        + page
    )
    assert titles(page)[0] == "Lighthouse open again"


def test_a_name_beside_the_date_is_the_author_when_a_kicker_gives_the_section() -> None:
    """'Tarım' above the title, 'Selin Aydoğdu | 3 saat önce' under it: the name is the author."""
    now = datetime(2026, 3, 12, 18, 0, tzinfo=UTC)
    page = (
        "Tarım\nKiraz üreticisi sigortaya yöneldi\nSelin Aydoğdu | 3 saat önce\n"
        "Üreticiler bu yıl başvurularını erkene aldı.\n\n"
        "Borsa güne düşüşle başladı\nGaya Hidup | 12 Mart 2026, 10:18\nEndeks yüzde 1,4 değer kaybetti.\n"
    )
    first, second = parse_entries(page, now)
    assert first.authors == ("Selin Aydoğdu",) and first.categories == ("Tarım",)
    assert second.authors == () and second.categories == ("Gaya Hidup",)


def test_an_unread_meta_line_under_the_title_is_no_title() -> None:
    """[headline][meta line no marker reads][paragraph]: the headline is the title, the meta line is not."""
    page = (
        "Kiraz üreticisi sigortaya yöneldi\nSayı 2026/11 · Sayfa 4\n"
        "Kemalpaşa ve Salihli üreticileri başvurularını erkene aldı.\n\n"
        "Borsa güne düşüşle başladı\nGüncel saat 10:18 itibarıyla\nBIST 100 endeksi günün ilk yarısında düştü.\n"
    )
    assert titles(page) == ["Kiraz üreticisi sigortaya yöneldi", "Borsa güne düşüşle başladı"]


def test_a_title_with_one_number_under_a_headline_stays_the_title() -> None:
    """'10 things to do this weekend' under a heading is a title with a number, not a meta line."""
    page = "Weekend Guide For The Valley\n10 things to do this weekend\nThe fair opens on Saturday at the park.\n"
    assert titles(page) == ["10 things to do this weekend"]


RANKED_BOX = """Harga cabai merah turun di pasar induk
Pedagang menyebut pasokan dari Pagar Alam kembali normal setelah jalur dibuka.

Lematang Muda menang 2 gol di Stadion Patra
Gol penentu kemenangan dicetak pada menit ke-88 lewat sundulan.

Pilihan Pembaca
#1 Viral, Pengendara Motor Terjebak Banjir
#2 Lematang Muda menang 2 gol di Stadion Patra
#3 Jadwal Imsakiyah Palembang 2026
"""


def test_a_block_of_headlines_repeating_a_title_is_a_list_not_text() -> None:
    """'Pilihan Pembaca' over ranked headlines, one a story's title: a most-read box, in no story."""
    entries = parse_entries(RANKED_BOX, NOW)
    assert [e.title for e in entries] == [
        "Harga cabai merah turun di pasar induk",
        "Lematang Muda menang 2 gol di Stadion Patra",
    ]
    assert "Viral" not in body_text(entries[1])


def test_a_block_of_headlines_repeating_no_title_is_left_alone() -> None:
    """Without a repeated title the same block is not made a list by this rule (its lines stay text)."""
    page = RANKED_BOX.replace("#2 Lematang Muda menang 2 gol di Stadion Patra", "#2 Harga bawang naik")
    doc = Document(name="page.txt", text=page, data=page.encode())
    result = parse_text(doc, now=NOW, zone=UTC, profile=load_profile(None), explain=True)
    assert not any("heads a list repeating a title" in row for row in result.explain)


def test_page_date_above_a_row_of_links_and_a_cookie_notice_are_masthead() -> None:
    """'Masuk   Daftar' (links no profile knows) under the page date; a notice naming cookies."""
    page = MASTHEAD_WITH_DATE_AND_NOTICE.replace("Log in   Register", "Masuk   Daftar").replace(
        "Accept all   Reject", "Oke, Saya Mengerti"
    )
    assert titles(page) == ["Ferry fares to rise in April", "New lifeboat named after volunteer"]


def test_a_notice_over_a_row_of_unknown_buttons_is_masthead() -> None:
    """'Kabul Et   Reddet' (two short buttons in columns, words no profile knows) under a notice."""
    page = MASTHEAD_WITH_DATE_AND_NOTICE.replace(
        "We use cookies to make the site work and to count visits. By going on, you accept our cookie policy.",
        "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için politikamızı inceleyebilirsiniz.",
    ).replace("Accept all   Reject", "Kabul Et   Reddet")
    assert titles(page) == ["Ferry fares to rise in April", "New lifeboat named after volunteer"]


UNDATED_LEAD = """Mayor resigns after audit of city accounts
The mayor stepped down on Monday after the audit found missing funds.

Council votes on new budget
12 February 2026
The council approved the budget by nine votes to four on Thursday evening.

School reopens after flood repairs
11 February 2026
Pupils returned to the school on Wednesday after three months of repairs.
"""


def test_an_undated_lead_story_above_dated_ones_is_no_masthead() -> None:
    """A title over one short teaser ending like a sentence, with no menu above, is the lead story."""
    assert titles(UNDATED_LEAD) == [
        "Mayor resigns after audit of city accounts",
        "Council votes on new budget",
        "School reopens after flood repairs",
    ]


def test_a_name_and_tagline_over_a_menu_stay_the_masthead() -> None:
    """The same top block with a menu under it is the site's name and tagline: no story."""
    page = UNDATED_LEAD.replace(
        "missing funds.\n", "missing funds.\nHome | News | Sport | Weather\n", 1
    ).replace("Mayor resigns after audit of city accounts", "The Harbour Gazette Online")
    assert titles(page) == ["Council votes on new budget", "School reopens after flood repairs"]


@pytest.mark.parametrize(
    ("page", "first"),
    [
        (
            "In Zusammenarbeit mit Schulen: Stadt startet Leseprojekt\n12. Februar 2026\n"
            "Die Stadt hat am Donnerstag ein neues Leseprojekt vorgestellt.\n\n",
            "In Zusammenarbeit mit Schulen: Stadt startet Leseprojekt",
        ),
        (
            "Presented by Jane Doe\nThe Week in Westminster\n12 February 2026\n"
            "Jane Doe and guests look back at a turbulent week in parliament.\n\n",
            "The Week in Westminster",
        ),
        (
            "提供：潮見川市\n潮見川駅前の再開発、2027年度着工へ\n2026年2月12日 15:30\n"
            "潮見川市は12日、駅前の再開発に関する基本計画案を公表した。\n\n",
            "潮見川駅前の再開発、2027年度着工へ",
        ),
    ],
)
def test_stories_opening_with_sponsor_like_words_are_kept(page: str, first: str) -> None:
    """A collaboration headline, a host's credit, a photo credit over a dated story: the story stays."""
    page += "Council votes on new budget\n11 February 2026\nThe council approved the budget on Thursday.\n"
    assert titles(page) == [first, "Council votes on new budget"]


def raw_entries(page: str) -> list[RawEntry]:
    doc = Document(name="page.txt", text=page, data=page.encode())
    return list(parse_text(doc, now=NOW, zone=UTC, profile=load_profile(None)).entries)


TAGGED_POST = """Woodcock display flights are back
By Wendell Oakhurst | 11 February 2026
Three males displaying over the wet meadow at dusk, a week earlier than last year.
Labels: woodcock, spring migration
More on Tern Pond
"""


def test_tags_and_topics_give_categories_but_no_section() -> None:
    """A post's tags and "More on X" topics are categories; none is its section (which goes into its id)."""
    (entry,) = raw_entries(TAGGED_POST)
    assert entry.section is None
    assert entry.categories == ("woodcock", "spring migration", "Tern Pond")


def test_reordering_a_posts_labels_keeps_its_id() -> None:
    """Labels printed in another order on the next scrape give the same id: no duplicate for readers."""
    (first,) = parse_entries(TAGGED_POST, NOW)
    (second,) = parse_entries(
        TAGGED_POST.replace("woodcock, spring migration", "spring migration, woodcock"), NOW
    )
    assert first.id == second.id


def test_a_kicker_above_a_tagged_post_stays_its_section() -> None:
    """A section label above the title is the section, whatever tags follow."""
    (entry,) = raw_entries("Nature\n" + TAGGED_POST)
    assert entry.section == "Nature"
    assert entry.categories[0] == "Nature"


def test_a_single_story_under_a_menu_takes_no_section_from_it() -> None:
    """'Home | News | Sport | Weather' over one story: 'Weather' is a menu item, not the story's section;
    a real trail ('Home › Environment') still names it."""
    story = (
        "\n\nCouncil votes on new budget\n12 February 2026\nThe council approved the budget on Thursday.\n"
    )
    (entry,) = raw_entries("Home | News | Sport | Weather" + story)
    assert entry.section is None
    (entry,) = raw_entries("Home › Environment" + story)
    assert entry.section == "Environment"


_DATED_LIST = """Ny cykelsti mellem Vesterby og Hedeby åbner i april
12. februar 2026
Trafik
Den 4,2 kilometer lange cykelsti langs Ringvejen står færdig den 15. april.
Læs mere

Tilmelding til skolestart 2026 er åben
10. februar 2026
Skole og dagtilbud
Børn født i 2020 skal tilmeldes skole senest den 31. marts via Aula.
Læs mere

Byrådet vedtager ny klimaplan for kommunen
6. februar 2026
Byråd
Planen blev vedtaget med 23 stemmer mod 4 på byrådsmødet torsdag aften.
Læs mere
"""


def test_label_between_the_date_and_the_text_is_the_section() -> None:
    """Title, date, a label, the paragraph: the label is the story's section, not a title of its own."""
    entries = parse_entries(_DATED_LIST, NOW)
    assert [e.title for e in entries] == [
        "Ny cykelsti mellem Vesterby og Hedeby åbner i april",
        "Tilmelding til skolestart 2026 er åben",
        "Byrådet vedtager ny klimaplan for kommunen",
    ]
    assert [e.categories[:1] for e in entries] == [("Trafik",), ("Skole og dagtilbud",), ("Byråd",)]
    assert body_text(entries[1]).startswith("Børn født i 2020")


def test_label_under_the_date_with_no_text_under_it_is_no_section() -> None:
    """Must not fire: a label under the date that the paragraph does not follow in its block is no
    section (the paragraph is a block of its own)."""
    page = _DATED_LIST.replace("Trafik\nDen 4,2", "Trafik\n\nDen 4,2")
    assert "Trafik" not in parse_entries(page, NOW)[0].categories


_MASTHEAD = """Gå til indhold
Hedeby Kommune
Borger   Erhverv   Politik   Job i kommunen   Kontakt
Søg på hedeby.dk
Vi bruger cookies for at forbedre din oplevelse og til statistik.
Tillad alle   Afvis

Nyheder fra Hedeby Kommune
Her finder du kommunens seneste nyheder og pressemeddelelser.

"""


def test_cookie_buttons_do_not_make_a_masthead_too_long() -> None:
    """The buttons under a cookie notice are furniture like the notice: the lines above the first dated
    story are still a masthead (name, menu, search, heading, intro), not stories."""
    assert titles(_MASTHEAD + _DATED_LIST) == [
        "Ny cykelsti mellem Vesterby og Hedeby åbner i april",
        "Tilmelding til skolestart 2026 er åben",
        "Byrådet vedtager ny klimaplan for kommunen",
    ]


def test_a_row_of_columns_not_under_a_cookie_notice_still_counts() -> None:
    """Must not fire: the same row under a line that is no cookie notice is text of the page, and with it
    the lines above the first dated story are too many for a masthead."""
    page = (
        _MASTHEAD.replace("Vi bruger cookies for at forbedre din oplevelse og til statistik.", "Åbent i dag")
        .replace("Gå til indhold", "Hedeby Portal")
        .replace("Søg på hedeby.dk", "Rådhuset i dag")
    )
    assert titles(page + _DATED_LIST)[0] != "Ny cykelsti mellem Vesterby og Hedeby åbner i april"


_ZH_LIST = """地方新闻

长沙地铁7号线全线贯通 预计年内开通运营
2026-02-12 14:05    来源：湘江日报    作者：刘晓燕
记者从长沙市轨道交通集团获悉，地铁7号线最后一个盾构区间于12日上午顺利贯通，标志着全线隧道工程全部完成。
阅读全文

广告

岳阳洞庭湖区迎来候鸟北迁高峰
2026-02-11 17:20    来源：湘江在线    作者：王建军
连日来，东洞庭湖国家级自然保护区内数万只小天鹅、白琵鹭等候鸟陆续启程北飞，保护区工作人员加强巡护。
阅读全文

株洲一中学生发明智能盲杖获全国大奖
2026-02-10 20:45    来源：株洲晚报    作者：李明
该盲杖可通过超声波识别前方障碍物并语音提示，研发团队由三名高二学生组成，历时一年完成。
阅读全文
"""


def test_columns_holding_a_date_are_a_meta_line_not_a_menu() -> None:
    """'DATE   来源：SOURCE   作者：NAME' in columns dates the story and names its author; the source is no
    category, the advert label no section, and the page heading over the listing is every story's section."""
    entries = parse_entries(_ZH_LIST, NOW)
    assert [(e.published.day, e.authors, e.categories) for e in entries] == [
        (12, ("刘晓燕",), ("地方新闻",)),
        (11, ("王建军",), ("地方新闻",)),
        (10, ("李明",), ("地方新闻",)),
    ]


def test_columns_without_a_date_are_still_a_menu() -> None:
    """Must not fire: three short columns with no date among them are a menu, not a meta line."""
    page = _ZH_LIST.replace("2026-02-11 17:20    来源", "湖南新闻    来源")
    assert "湖南新闻" not in " ".join(body_text(e) for e in parse_entries(page, NOW))
    assert parse_entries(page, NOW)[1].published.date() == NOW.date()  # undated: no day from the menu


def test_a_labelled_field_beside_a_date_is_no_section() -> None:
    """'12 February 2026 | Source: Reuters': a 'Label: value' field after the date is no section."""
    page = "Ferry fares rise in spring\n12 February 2026 | Source: Harbour Wire\nFares go up by 4 percent.\n"
    (entry,) = parse_entries(page, NOW)
    assert entry.categories == () and entry.published.day == 12


def test_a_plain_label_beside_a_date_is_still_the_section() -> None:
    """Must not fire: a label without a colon beside the date is the story's section."""
    page = "Ferry fares rise in spring\n12 February 2026 | Transport\nFares go up by 4 percent.\n"
    (entry,) = parse_entries(page, NOW)
    assert entry.categories == ("Transport",)


_CATEGORY_PAGE = """Economía
Últimas noticias de economía, finanzas y campo

Vendimia 2026: la cosecha de uva cae un 18% por el granizo
Por Martina Quiroga
12 de febrero de 2026 - 14:05
Las bodegas del Valle de Uco estiman pérdidas de hasta un tercio en algunas fincas.
Leer más

Los alquileres subieron un 4,2% en enero en el Gran Mendoza
Por Hernán Videla
11 de febrero de 2026 - 18:22
Según el relevamiento de la Cámara Inmobiliaria, un departamento ya cuesta 480.000 pesos.
Leer más
"""


def test_the_page_heading_over_the_listing_is_the_section() -> None:
    """A category page's heading (and its description line) over the listing names every story's section."""
    assert [e.categories for e in parse_entries(_CATEGORY_PAGE, NOW)] == [("Economía",), ("Economía",)]


def test_the_page_heading_is_no_section_after_a_list_heading() -> None:
    """Must not fire: below a list heading ('Lo más leído') the stories are no longer the heading's."""
    page = _CATEGORY_PAGE.replace("Leer más\n\nLos", "Leer más\n\nLo más leído\n* Dólar hoy\n\nLos")
    assert [e.categories for e in parse_entries(page, NOW)][-1] == ()
