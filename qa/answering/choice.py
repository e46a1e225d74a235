"""Choice questions (A 還是 B？, Is X an A or a B program?): the option the evidence supports, as the plan writes it.

Options that name programs or headings are compared by how well each one's own text supports the rest of the
question; options that name a field value (a category, an agency) are settled by the subject row's field; any other
option is looked for in the best sentences.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from corpus import Chunk
from qa.answering import row_field
from qa.answering.base import Context, Extraction
from qa.answering.row_list import by_field, names_every_word
from qa.answering.subjects import (agencies_meant, agencies_named, loosely_in, named_in, names_of, option_value,
                                   subject_by_name, translated_coverage, values)
from qa.question.premise import in_plan_names
from qa.text import compact, fold, has_cjk

MIN_OPTION_MATCH = 0.5
RANGE_CHARS = 12  # how far before the number the options differ in their shared numbers may stand (110 年至 113 年)
NUMBER = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+(?=[个项大期年座种类位家所条届次])")
MIN_NAME_SHARE = 0.7
EN_PROGRAM_OPTION = re.compile(r"\b(?:program|programme|project)\s*$", re.IGNORECASE)


def as_written(text: str, option: str) -> str:
    """An option as the question writes it (the analysis reads it folded: narlabs for NARLabs)."""
    found = re.search(re.escape(option), text, re.IGNORECASE)
    return found.group(0) if found else option


def without_options(context: Context) -> str:
    """The question with its options taken out: what the options are compared on."""
    rest = fold(context.question.text)
    for option in context.question.options:
        rest = rest.replace(option, " ")
    return re.sub(r"还是|或是|或者|\bor\b", " ", rest)


def offered_programs(context: Context, options: list[str]) -> list[Chunk]:
    """Rows of the programs the options name: in full, or by most of the name (not merely a word of it, such as
    科技發展 in 臺灣腦科技發展及國際躍升計畫), else by a shortened or loose name of one row (射月計畫, 氣候變遷計畫); in
    English, the row each 'X program' option names, when each names another."""
    if not any(has_cjk(option) for option in options):  # the moonshot program or the low-orbit satellite program
        if any(names_category(context, option) for option in options):  # a public construction program: a category
            return []
        found = [subject_by_name(context, option) for option in options if EN_PROGRAM_OPTION.search(option)]
        rows = {chunk.program: chunk for chunk in found if chunk is not None}
        return list(rows.values()) if len(rows) == len(options) else []
    offered: dict[str, Chunk] = {}
    for option in (compact(fold(option)) for option in options):
        whole = [chunk for chunk in context.rows
                 if any(name and (name in option or (option in name and len(option) >= MIN_NAME_SHARE * len(name)))
                        for name in names_of(chunk.program))]
        loose = named_in(context.rows, option) or loosely_in(context.rows, option) if not whole else None
        named = [loose[0]] if loose and loose[1] == option else []  # the option is that name, not a heading holding it
        offered.update((chunk.id, chunk) for chunk in whole or named)
    return list(offered.values())


def names_category(context: Context, option: str) -> bool:
    """Whether an English option is a category's name (a public construction program, a science and technology
    development program): its translation covers a category whole, and each of its words names part of it."""
    terms = context.index.glossary.translate(option)
    return any(translated_coverage(value, terms) == 1.0 and names_every_word(context, option, value)
               for value in values(context, "category"))


def offered_sections(context: Context, options: list[str]) -> list[Chunk]:
    """Paragraphs under the headings the options name."""
    folded = {compact(fold(option)) for option in options}
    return [chunk for chunk in context.index.chunks if chunk.kind != "program"
            and compact(fold(row_field.heading_of(chunk, broad=False) or "")) in folded]


def meeting_field(context: Context, programs: list[Chunk]) -> Chunk | None:
    """The one offered program whose row has the agency, else the category, the rest of the question names (射月計畫跟
    低軌衛星計畫，哪個是國研院的; Is it A or B that the Central Taiwan Science Park Bureau runs?: the table settles it,
    not the evidence); None when it names none, or not one program meets it."""
    rest = without_options(context)
    english = not has_cjk(rest)
    written = re.sub("|".join(re.escape(option) for option in context.question.options), " ", context.question.text,
                     flags=re.IGNORECASE) if english else rest  # as written: NARLabs, the Central … Bureau
    agencies = agencies_meant(context, written, english)
    run = [chunk for chunk in programs if len(agencies) == 1 and chunk.agency == agencies[0]]
    if len(run) == 1:
        return run[0]
    rows = by_field(context, rest if english else compact(rest),
                    context.index.glossary.translate(rest) if english else [])
    keys = {(chunk.doc_id, chunk.program) for chunk in rows or []}
    meeting = [chunk for chunk in programs if (chunk.doc_id, chunk.program) in keys]
    return meeting[0] if len(meeting) == 1 else None


def most_supported(context: Context, chunks: list[Chunk]) -> Chunk:
    """The chunk whose sentences are closest to the question without its options."""
    part = context.part(without_options(context))
    return max(chunks, key=lambda chunk: context.support(chunk, part))


def offered_field(context: Context, options: list[str]) -> str | None:
    """The row field (category or agency) the options name values of, the one they name most fully."""
    scores = {attribute: sum(score for option in options if (score := option_value(context, attribute, option)[1]))
              for attribute in ("category", "agency")}
    attribute, score = max(scores.items(), key=lambda item: item[1])
    return attribute if score > 0 else None


def in_evidence(context: Context, options: list[str], whole: bool = False) -> Extraction | None:
    """Free-text options: the one the best sentences contain most of, cut from the sentence that contains it (one
    found whole is cut exactly, a part widened to whole words); with `whole`, only one found whole."""
    found = []
    for rank, candidate in enumerate(context.top):
        text = candidate.sentence.text
        folded = fold(text)
        if len(folded) != len(text):
            continue
        for option in options:
            wanted = compact(fold(option))
            match = SequenceMatcher(None, folded, wanted, autojunk=False).find_longest_match(0, len(folded), 0, len(wanted))
            if wanted and match.size / len(wanted) >= MIN_OPTION_MATCH:
                found.append((-match.size / len(wanted), rank, match.a, match.a + match.size, candidate))
    if not found:
        return None
    share, _, start, end, candidate = min(found, key=lambda f: f[:2])
    if share == -1.0:  # the whole option, as the plan writes it: 臺南 of 以臺南沙崙…, which the segmenter cuts 以臺|南沙
        return context.exact_span(candidate, start, end)
    return None if whole else context.span(candidate, start, end)


def by_number(context: Context, options: list[str]) -> Extraction | None:
    """Options that differ in a number, the second often elliptical (8個實驗研究單位還是10個, 110年到113年還是110年到
    114年): the first number they differ in that a top sentence states, with what the option counts after it (8 個實驗
    研究單位) and back to the option's numbers before it when they stand just before (110 年至 113 年)."""
    numbers = [list(NUMBER.finditer(option)) for option in options]
    differing = next((n for n in range(min(map(len, numbers), default=0))
                      if len({found[n].group(0) for found in numbers}) == len(options)), None)
    if differing is None:
        return None
    for candidate in context.top:
        folded = fold(candidate.sentence.text)
        for option, found in zip(options, numbers):
            number = found[differing]
            counted = compact(option[number.end():])
            for stated in re.finditer(re.escape(number.group(0)), folded):
                if folded[stated.start() - 1:stated.start()].isdigit() or folded[stated.end():stated.end() + 1].isdigit():
                    continue
                end, shared = stated.end(), 0
                while end < len(folded) and shared < len(counted) and folded[end] in (" ", counted[shared]):
                    shared += folded[end] != " "
                    end += 1
                if shared or not counted:
                    start = stated.start()
                    if differing:
                        first = folded.rfind(found[0].group(0), max(0, start - RANGE_CHARS), start)
                        start = first if first >= 0 else start
                    return context.exact_span(candidate, start, len(folded[:end].rstrip()))
    return None


def body_form(context: Context) -> Extraction | None:
    """Is body B an A or a B? where the options are words of the table's agency names, neither a whole one nor a
    body's name (國輻中心是行政法人還是財團法人): the option B's name in the table holds, cited there; B's whole name
    when it holds none. None unless the question names one body of the table; Chinese only, as the options are the
    table's words."""
    options = [compact(option) for option in context.question.options]
    names = [compact(fold(value)) for value in values(context, "agency")]
    if (not has_cjk(context.question.text) or not options or any(option in names for option in options)
            or not all(any(option in name for name in names) for option in options)
            or any(agencies_named(context, option) for option in options)):  # 科技部還是國輻中心: who, not what form
        return None
    agencies = agencies_named(context, without_options(context))
    if len(agencies) != 1:
        return None
    row = next(chunk for chunk in context.rows if chunk.agency == agencies[0])
    name, folded = agencies[0], fold(agencies[0])
    held = [option for option in options if option in folded]
    at = folded.find(held[0]) if len(held) == 1 and len(folded) == len(name) else -1
    value = name[at:at + len(held[0])] if at >= 0 else name
    return context.field(row, value, context.row_candidate(row))


def answer(context: Context) -> Extraction | None:
    options = [in_plan_names(as_written(context.question.text, option), context.index.scope)
               for option in context.question.options]  # 竹科 or 南科; NARLabs, as its case writes it
    if len(options) < 2:
        return None
    programs = offered_programs(context, options)
    if programs:
        chosen = meeting_field(context, programs) or most_supported(context, programs)
        return context.field(chosen, chosen.program, context.row_candidate(chosen))
    sections = offered_sections(context, options)
    if sections:
        chosen = most_supported(context, sections)
        return row_field.heading_extraction(context, chosen, context.row_candidate(chosen))
    form = body_form(context)
    if form:
        return form
    attribute = offered_field(context, options)
    if attribute:
        subject = row_field.subject_row(context, fallback=True)
        if subject is None:
            return None
        chunk, candidate = subject
        return context.field(chunk, getattr(chunk, attribute), candidate)
    return in_evidence(context, options, whole=True) or by_number(context, options) or in_evidence(context, options)
