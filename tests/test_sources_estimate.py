"""Publication dates, publishers and titles found in an article's own text; every data rule's example."""

from __future__ import annotations

import re

import pytest

from timeline.sources import decode, estimate, formats, rules, titles
from timeline.sources.estimate import estimate_published

# --- Every rule in timeline/data/sources/ has an example, and the example works ----------------------


def _all_rules(section: str, flags: int = 0):
    return [pytest.param(rule, id=rule.name) for rule in rules.rules("dates", section, flags)]


@pytest.mark.parametrize("rule", _all_rules("full_dates", re.IGNORECASE))
def test_full_date_rule_examples(rule):
    assert rule.regex.search(rule.example)
    assert rule.value in {value for _, value, _ in estimate.full_dates(rule.example)}


@pytest.mark.parametrize("rule", _all_rules("url_dates"))
def test_url_date_rule_examples(rule):
    assert rule.value in {e.value for e in estimate.url_evidence(rule.example)}


@pytest.mark.parametrize("rule", _all_rules("post_ids"))
def test_post_id_rule_examples(rule):
    assert [e.value for e in estimate.post_id_evidence(rule.example)] == [rule.value]


@pytest.mark.parametrize("rule", _all_rules("copyright", re.IGNORECASE))
def test_copyright_rule_examples(rule):
    assert [e.value for e in estimate.copyright_evidence(rule.example)] == [rule.value]


@pytest.mark.parametrize("rule", _all_rules("publication_lines", re.IGNORECASE))
def test_publication_line_rule_examples(rule):
    assert rule.regex.match(rule.example)
    text = "Some title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n\n" + rule.example + "\n"
    assert estimate.text_evidence(text)[0].kind == "dateline"


def test_publisher_rule_examples():
    data = rules.load("publishers")
    for domain, publisher in data["domains"].items():
        assert estimate.publisher_from_url(f"https://www.{domain}/2022/07/12/story") == publisher
    for example in data["dateline_agencies"]["examples"]:
        assert estimate.publisher_from_text(example["text"]) == example["publisher"]
    for holder, publisher in data["copyright_holders"].items():
        assert estimate.publisher_from_text(f"Text.\n\n© 2022 {holder}. All rights reserved.") == publisher
    byline = data["byline"]
    assert estimate.author_from_text(f"Title\n\n{byline['example']}\n\nText.") == byline["author"]


def test_title_rule_examples():
    config = rules.load("titles")
    for line in config["headline"]["examples"]["is_headline"]:
        assert titles.looks_like_headline(line), line
    for line in config["headline"]["examples"]["not_headline"]:
        assert not titles.looks_like_headline(line), line
    for entry in config["not_title_lines"]:
        assert titles.is_furniture(entry["example"]), entry["name"]
    assert titles.derive_title(config["lead_dateline"]["example"]) == "U.S. President Joe Biden met"
    assert titles.derive_title(config["abbreviation_example"]) == config["abbreviation_example"].rstrip(".")


def test_format_rule_examples():
    data = rules.load("formats")
    for entry in data["readers"]:
        assert formats.reader_for(entry["example"]) == entry["reader"]
    found, problems = formats.read_markdown("x.md", data["field_example"]["front_matter"])
    assert (found.title, found.published, found.author) == ("Biden meets López Obrador", "2022-07-12", "A. Reporter, B. Writer")
    assert problems == []
    result = formats.read_jsonl_line("bulk.jsonl", 1, data["field_example"]["jsonl"].encode(), "bulk.jsonl")
    assert [(f.name, f.published) for f in result.found] == [("bulk-a1", "2022-07-12")]


@pytest.mark.parametrize("signature", rules.binary_signatures(), ids=lambda s: s.name)
def test_binary_signature_examples(signature):
    with pytest.raises(decode.NotText, match=re.escape(signature.name)):
        decode.decode_bytes(signature.magic + b"\x00\x01\x02 rest of the file")


# --- Estimating a publication date --------------------------------------------------------------

TWEETS = (
    "A call on Friday.\n\nhttps://twitter.com/i/web/status/1520218623436066816 ...\n\n"
    "More text.\n\nhttps://twitter.com/i/web/status/1520294378618732547 ...\n\nThe end.\n"
)


def test_the_latest_linked_tweet_dates_an_article_with_no_other_evidence():
    result = estimate_published(TWEETS)
    assert result.published == "2022-04-30"
    assert result.evidence == (
        "latest post linked: Twitter/X status 1520294378618732547 posted 2022-04-30T06:50:00Z"
    )


def test_a_copyright_year_alone_gives_no_day_but_is_kept_as_evidence():
    result = estimate_published("The meeting was on Tuesday.\n\n™ & © 2022 Cable News Network, Inc.\n")
    assert result.published is None
    assert "2022" in result.evidence and "copyright" in result.evidence


def test_a_date_in_the_url_states_the_day():
    result = estimate_published("The meeting was on Tuesday.", "https://edition.cnn.com/2022/07/12/politics/x/index.html")
    assert result.published == "2022-07-12" and "URL" in result.evidence


def test_a_month_in_the_url_is_evidence_not_a_day():
    result = estimate_published("The meeting was on Tuesday.", "https://example.com/2022/07/story.html")
    assert result.published is None and "2022-07" in result.evidence


def test_a_dateline_beats_a_later_date_in_the_body():
    text = "WASHINGTON, July 12, 2022 (Reuters) - Talks began.\n\nA vote is planned for November 8, 2022.\n"
    assert estimate_published(text).published == "2022-07-12"


def test_a_date_the_text_reports_is_evidence_never_the_publication_day():
    text = "Lead paragraph.\n\nSecond.\n\nThird.\n\nFourth.\n\nOn March 3, 2022 and on April 29, 2022 they spoke.\n"
    result = estimate_published(text)
    assert result.published is None
    assert "April 29, 2022" in result.evidence and "no earlier" in result.evidence


def test_a_short_date_line_at_the_top_is_a_dateline():
    text = "Biden meets López Obrador\n\nTuesday, July 12, 2022 10:42 AM EDT\n\nThe two leaders met.\n"
    assert estimate_published(text).published == "2022-07-12"


def test_no_evidence_means_no_date_never_the_clock():
    assert estimate_published("They met on Tuesday and will meet again next month.") == estimate.Estimate(None, None)


def test_impossible_dates_are_not_evidence():
    assert estimate_published("Posted February 30, 2022").published is None
    assert estimate_published("Posted February 28, 2022").published == "2022-02-28"


def test_an_old_tweet_id_that_is_not_a_snowflake_gives_no_date():
    assert estimate.post_id_evidence("https://twitter.com/jack/status/20") == []


# --- Titles -----------------------------------------------------------------------------------


def test_a_first_line_is_a_title_only_when_a_blank_line_follows():
    assert titles.detect_title("Biden meets López Obrador\n\nThe text.") == "Biden meets López Obrador"
    assert titles.detect_title("Biden meets López Obrador\nThe text.") is None
    assert titles.detect_title("Biden met López Obrador on Tuesday.\n\nThe text.") is None
    assert titles.detect_title("Only a line\n\n") is None


def test_a_derived_title_skips_a_quotation_lead_and_bylines_and_is_short():
    text = (
        "By A. Reporter\n\n“This is a partnership,” Biden said on Tuesday at the White House. "
        "The President said the main focus of their long meeting would be addressing immigration and much else besides."
    )
    title = titles.derive_title(text)
    assert title.startswith("The President said the main focus") and title.endswith("…")
    assert len(title) <= 91


def test_a_derived_title_of_nothing_is_still_a_title():
    assert titles.derive_title("") == "Untitled article"
    assert titles.derive_title("\n\n   \n") == "Untitled article"


def test_a_date_line_in_tokenized_text_is_still_a_dateline(tmp_path):
    """Corpora split into tokens write "March 27 , 2008": the space before the comma changes nothing."""
    from timeline import sources

    (tmp_path / "a.txt").write_text(
        "Airbus parent EADS wins contract\nMarch 27 , 2008\nEADS has won a contract .\n", encoding="utf-8"
    )
    (article,) = sources.read_corpus(tmp_path, tmp_path / "articles.yaml").articles
    assert (article.published, article.published_source) == ("2008-03-27", "estimated")
