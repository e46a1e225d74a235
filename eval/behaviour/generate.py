"""Generate the behavioural suite (CheckList, Ribeiro et al. 2020): every fact of the program table and of the 壹
strategies, asked in many question forms, in the gold schema.

Facts come from the parsed plan (program, agency, category) and from lexicon.toml (descriptions in our own words,
names as users write them, English renderings). The first tag of a case is its form, the second its fact kind; all
cases of one fact share a `group` (the dev/test split follows it, so no fact is seen in both halves).
Run `python -m eval.behaviour.generate` after changing the lexicon or the templates; a test keeps the file in sync.
"""
from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from corpus import ingest_file
from qa.config import BUNDLED_CORPUS, Settings
from qa.text import compact, converter, has_cjk

HERE = Path(__file__).resolve().parent
LEXICON = HERE / "lexicon.toml"
SUITE = HERE / "most-110.jsonl"
PLAN = BUNDLED_CORPUS / "most-110-policy-plan.txt"


@dataclass(frozen=True)
class Row:
    """A program-table row with its lexicon entry."""

    number: int
    program: str
    agency: str
    category: str
    name: str
    zh: str
    keyword: str
    en: str
    en_np: str
    en_name: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Strategy:
    number: int
    heading: str
    zh: str
    keyword: str
    en: str
    evidence: tuple[str, ...]


def pick(options: list[str], *key: str) -> str:
    """A fixed choice among template variants: the same fact and form always get the same wording."""
    digest = hashlib.sha1("|".join(key).encode("utf-8")).hexdigest()
    return options[int(digest, 16) % len(options)]


def flip(*key: str) -> bool:
    return pick(["0", "1"], "flip", *key) == "1"


def hans(template: str, d: str = "", p: str = "") -> str:
    """A Simplified-Chinese question as a mainland reader would write it: the description `d` in mainland
    vocabulary (OpenCC tw2sp: 人工智慧晶片 → 人工智能芯片), the question frame and the plan's name `p` only in
    Simplified script (t2s), as people copy a name they look up."""
    return converter("t2s").convert(template).format(d=converter("tw2sp").convert(d), p=converter("t2s").convert(p))


def courteous(question: str, *key: str) -> str:
    """The question as a polite asker types it (請問，…, …呢？, …謝謝; … Thanks!): the same fact, the answer unchanged
    (CheckList's invariance under perturbation)."""
    if not has_cjk(question):
        return pick(["{q} Thanks!", "{q} Thank you.", "{q} thanks"], "courteous", *key).format(q=question)
    bare = question.rstrip("？?")
    return pick(["請問，{q}", "{q}謝謝！", "{b}呢？", "請問一下，{b}呀？謝謝"], "courteous", *key).format(q=question, b=bare)


def with_courtesy(made: list[tuple[str, str, str]], group: str) -> list[tuple[str, str, str]]:
    """The forms made, plus the first Traditional-Chinese and the first English question asked politely."""
    zh = next(q for form, lang, q in made if lang == "zh-Hant")
    en = next(q for form, lang, q in made if lang == "en")
    return made + [("courteous", "zh-Hant", courteous(zh, group)), ("en-courteous", "en", courteous(en, group))]


def case(group: str, form: str, kind: str, question: str, lang: str, answers: list[str], evidence: list[str],
         **extra) -> dict:
    return {"id": f"{group}-{form}", "question": question, "lang": lang, "tags": [form, kind], "answerable": True,
            "answers": answers, "evidence": evidence, "group": group, **extra}


def program_cases(row: Row, rows: list[Row]) -> list[dict]:
    """'Which program does X' in every form: the answer is the row's program name."""
    g, d, answers, evidence = f"p{row.number:02d}", row.zh, [row.name], list(row.evidence)
    others = [r for r in rows if r.agency == row.agency and r is not row] or [r for r in rows if r is not row]
    other = pick([r.name for r in others], g, "other")
    a, b = (row.name, other) if flip(g, "choice") else (other, row.name)
    made = [
        ("wh-before", "zh-Hant", pick(["哪個計畫{d}？", "哪一項計畫{d}？", "科技部哪個計畫{d}？"], g).format(d=d)),
        ("wh-after", "zh-Hant", pick(["{d}的計畫是哪一個？", "{d}的計畫是哪一項？", "{d}的計畫為何者？"], g).format(d=d)),
        ("name-predicate", "zh-Hant", pick(["{d}的計畫叫什麼？", "{d}的計畫名稱是什麼？", "{d}的計畫叫什麼名字？"], g).format(d=d)),
        ("request", "zh-Hant", pick(["我想找{d}的計畫", "請給我{d}的計畫", "幫我查{d}的計畫"], g).format(d=d)),
        ("topic-comment", "zh-Hant", pick(["{d}，是哪個計畫在做？", "{d}，是哪一個計畫負責的？"], g).format(d=d)),
        ("choice", "zh-Hant", f"{d}的是{a}還是{b}？"),
        ("keyword", "zh-Hant", row.keyword),
        ("wh-before-hans", "zh-Hans", hans("哪個計畫{d}？", d=d)),
        ("wh-after-hans", "zh-Hans", hans("{d}的計畫是哪一個？", d=d)),
        ("request-hans", "zh-Hans", hans("我想找{d}的計畫", d=d)),
        ("en-which", "en", f"Which program {row.en}?"),
        ("en-name", "en", f"What is the name of the program that {row.en}?"),
        ("en-looking", "en", pick(["I'm looking for the program that {e}.", "I am looking for the program that {e}"], g).format(e=row.en)),
    ]
    out = [case(g, form, "program", q, lang, answers, evidence) for form, lang, q in with_courtesy(made, g)]
    claim = pick(["exists", "true", "false", "false"], g, "claim")
    if claim == "exists":
        yes_no = pick(["科技部有{d}的計畫嗎？", "有沒有{d}的計畫？", "科技部是不是有{d}的計畫？"], g).format(d=d)
    else:
        named = row.name if claim == "true" else other
        yes_no = pick(["{p}有在{d}嗎？", "{p}是不是在{d}？", "{d}的是{p}嗎？"], g).format(p=named, d=d)
    out.append(case(g, "yes-no", "program", yes_no, "zh-Hant", answers + (evidence if claim != "false" else []),
                    evidence, verdict="no" if claim == "false" else "yes"))
    out.append(case(g, "en-yes-no", "program", f"Does the plan fund {row.en_np}?", "en", answers + evidence, evidence,
                    verdict="yes"))
    return out


def agency_cases(row: Row, rows: list[Row], agencies: dict) -> list[dict]:
    """'Who runs program P' in every form: the answer is the row's agency (its short name suffices)."""
    g, p = f"a{row.number:02d}", row.name
    short, en_name = agencies[row.agency]["short"], row.en_name
    answers, evidence = [short], list(row.evidence)
    other_agency = pick(sorted(a for a in agencies if a != row.agency), g, "other")
    other_short, other_en = agencies[other_agency]["short"], agencies[other_agency]["en"]
    first, second = (short, other_short) if flip(g, "choice") else (other_short, short)
    en_first, en_second = ((agencies[row.agency]["en"], other_en) if flip(g, "en-choice")
                           else (other_en, agencies[row.agency]["en"]))
    claim_true = flip(g, "claim")
    claimed, claimed_en = (short, agencies[row.agency]["en"]) if claim_true else (other_short, other_en)
    made = [
        ("wh-before", "zh-Hant", pick(["{p}由哪個單位負責？", "哪個機關負責執行{p}？", "{p}是由哪一個單位執行？"], g).format(p=p)),
        ("wh-after", "zh-Hant", pick(["{p}的執行單位是哪一個？", "{p}的主管機關是哪個？", "{p}的負責單位為何者？"], g).format(p=p)),
        ("name-predicate", "zh-Hant", pick(["負責{p}的單位叫什麼？", "{p}的執行機關名稱是什麼？", "執行{p}的機關叫什麼名字？"], g).format(p=p)),
        ("request", "zh-Hant", pick(["幫我查{p}的執行單位", "請給我{p}的負責機關", "我想找{p}的主管機關"], g).format(p=p)),
        ("topic-comment", "zh-Hant", pick(["{p}，是哪個單位在執行？", "{p}，是哪個機關負責的？"], g).format(p=p)),
        ("who", "zh-Hant", pick(["{p}是誰負責的？", "誰在執行{p}？", "{p}是誰在執行的？", "誰負責{p}？"], g).format(p=p)),
        ("choice", "zh-Hant", pick(["{p}是由{a}還是{b}負責？", "{p}是{a}還是{b}在執行？"], g).format(p=p, a=first, b=second)),
        ("keyword", "zh-Hant", pick(["{p} 執行單位", "{p} 主管機關"], g).format(p=p)),
        ("wh-before-hans", "zh-Hans", hans("{p}由哪個單位負責？", p=p)),
        ("who-hans", "zh-Hans", hans(pick(["{p}是誰負責的？", "誰在執行{p}？"], g, "hans"), p=p)),
        ("en-who", "en", pick(["Who is in charge of {n}?", "Who runs {n}?", "Who is responsible for {n}?"], g).format(n=en_name)),
        ("en-which", "en", f"Which agency carries out {en_name}?"),
        ("en-choice", "en", f"Is {en_name} run by {en_first} or by {en_second}?"),
    ]
    out = [case(g, form, "agency", q, lang, answers, evidence) for form, lang, q in with_courtesy(made, g)]
    verdict = "yes" if claim_true else "no"
    yes_no = pick(["{p}是由{c}執行的嗎？", "{p}是不是{c}負責的？", "{p}是{c}在負責嗎？"], g).format(p=p, c=claimed)
    out.append(case(g, "yes-no", "agency", yes_no, "zh-Hant", answers, evidence, verdict=verdict))
    out.append(case(g, "en-yes-no", "agency", f"Is {en_name} run by {claimed_en}?", "en", answers, evidence,
                    verdict=verdict))
    return out


def category_cases(row: Row, categories: dict) -> list[dict]:
    """'What category is program P' in every form: 科技發展 or 公共建設."""
    g, p, en_name = f"c{row.number:02d}", row.name, row.en_name
    other = next(c for c in categories if c != row.category)
    answers, evidence = [row.category], list(row.evidence)
    first, second = (row.category, other) if flip(g, "choice") else (other, row.category)
    claim_true = flip(g, "claim")
    claimed = row.category if claim_true else other
    made = [
        ("wh-before", "zh-Hant", pick(["{p}屬於哪一類計畫？", "{p}是哪一種類別的計畫？", "{p}屬於哪一類？"], g).format(p=p)),
        ("wh-after", "zh-Hant", pick(["{p}的計畫類別是哪一個？", "{p}的類別是何者？", "{p}的類別是哪一種？"], g).format(p=p)),
        ("name-predicate", "zh-Hant", pick(["{p}的類別叫什麼？", "{p}的計畫類別名稱是什麼？"], g).format(p=p)),
        ("request", "zh-Hant", pick(["請給我{p}的計畫類別", "幫我查{p}的類別", "我想知道{p}的計畫類別"], g).format(p=p)),
        ("topic-comment", "zh-Hant", pick(["{p}，屬於哪一類？", "{p}，是哪一類的計畫？"], g).format(p=p)),
        ("choice", "zh-Hant", pick(["{p}是{a}類還是{b}類？", "{p}屬於{a}還是{b}？", "{p}是{a}計畫還是{b}計畫？"], g).format(p=p, a=first, b=second)),
        ("keyword", "zh-Hant", pick(["{p} 計畫類別", "{p} 類別"], g).format(p=p)),
        ("wh-before-hans", "zh-Hans", hans("{p}屬於哪一類計畫？", p=p)),
        ("choice-hans", "zh-Hans", hans(f"{{p}}是{first}類還是{second}類？", p=p)),
        ("en-which", "en", f"Which category does {en_name} belong to?"),
        ("en-name", "en", pick(["What is the category of {n}?", "What type of program is {n}?"], g).format(n=en_name)),
        ("en-choice", "en", f"Is {en_name} a {categories[first]} program or a {categories[second]} program?"),
    ]
    out = [case(g, form, "category", q, lang, answers, evidence) for form, lang, q in with_courtesy(made, g)]
    verdict = "yes" if claim_true else "no"
    yes_no = pick(["{p}是{c}計畫嗎？", "{p}是不是{c}類的計畫？", "{p}屬於{c}類嗎？"], g).format(p=p, c=claimed)
    out.append(case(g, "yes-no", "category", yes_no, "zh-Hant", answers, evidence, verdict=verdict))
    out.append(case(g, "en-yes-no", "category", f"Is {en_name} a {categories[claimed]} program?", "en", answers,
                    evidence, verdict=verdict))
    return out


def strategy_cases(strategy: Strategy, strategies: list[Strategy]) -> list[dict]:
    """'Which strategy of the plan does X' in every form: the answer is the 壹 heading."""
    g, d, answers, evidence = f"s{strategy.number:02d}", strategy.zh, [strategy.heading], list(strategy.evidence)
    other = pick([s.heading for s in strategies if s is not strategy], g, "other")
    a, b = (strategy.heading, other) if flip(g, "choice") else (other, strategy.heading)
    made = [
        ("wh-before", "zh-Hant", pick(["哪一項施政策略{d}？", "科技部哪一個策略{d}？"], g).format(d=d)),
        ("wh-after", "zh-Hant", pick(["{d}的施政策略是哪一項？", "{d}的策略是哪一個？"], g).format(d=d)),
        ("name-predicate", "zh-Hant", pick(["{d}的策略叫什麼？", "{d}的施政策略名稱是什麼？"], g).format(d=d)),
        ("request", "zh-Hant", pick(["幫我查{d}的施政策略", "我想找{d}的策略"], g).format(d=d)),
        ("topic-comment", "zh-Hant", f"{d}，是哪一項策略？"),
        ("choice", "zh-Hant", f"{d}的策略是「{a}」還是「{b}」？"),
        ("keyword", "zh-Hant", f"{strategy.keyword} 策略"),
        ("wh-before-hans", "zh-Hans", hans("哪一項施政策略{d}？", d=d)),
        ("request-hans", "zh-Hans", hans("幫我查{d}的施政策略", d=d)),
        ("en-which", "en", f"Which strategy {strategy.en}?"),
        ("en-name", "en", f"What is the name of the strategy that {strategy.en}?"),
        ("en-looking", "en", f"I'm looking for the strategy that {strategy.en}."),
    ]
    out = [case(g, form, "strategy", q, lang, answers, evidence) for form, lang, q in with_courtesy(made, g)]
    out.append(case(g, "yes-no", "strategy", f"科技部有{d}的策略嗎？", "zh-Hant", answers + evidence, evidence, verdict="yes"))
    out.append(case(g, "en-yes-no", "strategy", f"Does the plan have a strategy that {strategy.en}?", "en",
                    answers + evidence, evidence, verdict="yes"))
    return out


def list_cases(group: str, items: list[str], zh: dict[str, str], en: dict[str, str]) -> list[dict]:
    """'Which programs …' lists: every row meeting the condition, named in `items` (order free)."""
    made = [(form, "zh-Hant", question) for form, question in zh.items()]
    made.append(("list-hans", "zh-Hans", hans(zh["list-after"])))
    made += [(form, "en", question) for form, question in en.items()]
    return [case(group, form, "list", q, lang, items, [], items=items) for form, lang, q in made]


def lists(rows: list[Row], lexicon: dict, text_of: Callable[[str], str]) -> list[dict]:
    """Program lists by category, by agency and by topic."""
    out = []
    for number, (category, english) in enumerate(lexicon["categories"].items(), 1):
        items = [r.name for r in rows if r.category == category]
        out += list_cases(f"lc{number}", items, {
            "list-which": f"哪些計畫屬於{category}類？", "list-after": f"{category}類的計畫有哪些？",
            "list-request": f"請列出所有{category}計畫"},
            {"list-en": f"Which programs are {english} programs?", "list-en-request": f"List the {english} programs."})
    for number, (agency, names) in enumerate(lexicon["agencies"].items(), 1):
        items = [r.name for r in rows if r.agency == agency]
        short = names["short"]
        out += list_cases(f"la{number}", items, {
            "list-which": f"哪些計畫由{short}負責？", "list-after": f"{short}負責的計畫有哪些？",
            "list-request": f"請列出{short}的計畫"},
            {"list-en": f"Which programs does {names['en']} run?", "list-en-request": f"List the programs of {names['en']}."})
    for number, topic in enumerate(lexicon["topics"], 1):
        terms = [compact(t).lower() for t in topic["terms"]]
        items = [r.name for r in rows if any(t in compact(text_of(r.program)).lower() for t in terms)]
        out += list_cases(f"lt{number}", items, {
            "list-which": f"哪些計畫跟{topic['zh']}有關？", "list-after": f"跟{topic['zh']}有關的計畫有哪些？",
            "list-request": f"請列出與{topic['zh']}相關的計畫"},
            {"list-en": f"Which programs are related to {topic['en']}?",
             "list-en-request": f"List the programs about {topic['en']}."})
    return out


def absent_cases(number: int, zh: str, en: str) -> list[dict]:
    """A topic the plan does not cover, asked as if it did: every form must abstain (first tag 'absent', second the
    form it is asked in)."""
    group = f"n{number:02d}"
    made = [
        ("wh-before", "zh-Hant", f"哪個計畫補助{zh}？"),
        ("wh-after", "zh-Hant", f"負責{zh}的計畫是哪一個？"),
        ("request", "zh-Hant", f"幫我查{zh}的計畫"),
        ("yes-no", "zh-Hant", f"科技部有補助{zh}嗎？"),
        ("wh-before-hans", "zh-Hans", hans("哪個計畫補助{d}？", d=zh)),
        ("en-which", "en", f"Which program funds {en}?"),
        ("en-yes-no", "en", f"Does the plan fund {en}?"),
    ]
    return [{"id": f"{group}-{form}", "question": question, "lang": lang, "tags": ["absent", form],
             "answerable": False, "answers": [], "evidence": [], "group": group, "reason": "not_in_plan"}
            for form, lang, question in made]


def generate(plan: Path = PLAN, lexicon_path: Path = LEXICON) -> list[dict]:
    """Every case of the suite, in a fixed order."""
    lexicon = tomllib.loads(lexicon_path.read_text(encoding="utf-8"))
    document, chunks = ingest_file(plan, Settings.model_fields["chunk_chars"].default)
    table: dict[str, tuple[str, str]] = {}
    texts: dict[str, list[str]] = {}
    for chunk in chunks:
        if chunk.kind == "program":
            table.setdefault(chunk.program, (chunk.agency, chunk.category))
            texts.setdefault(chunk.program, [chunk.program]).append(chunk.text)
    rows = []
    for number, entry in enumerate(lexicon["programs"], 1):
        if entry["program"] not in table:
            raise ValueError(f"lexicon program not in the plan's table: {entry['program']}")
        agency, category = table[entry["program"]]
        rows.append(Row(number, entry["program"], agency, category, entry.get("name", entry["program"]), entry["zh"],
                        entry["keyword"], entry["en"], entry["en_np"], entry["en_name"], tuple(entry["evidence"])))
    missing = set(table) - {r.program for r in rows}
    if missing:
        raise ValueError(f"program rows without a lexicon entry: {sorted(missing)}")
    strategies = [Strategy(n, s["heading"], s["zh"], s["keyword"], s["en"], tuple(s["evidence"]))
                  for n, s in enumerate(lexicon["strategies"], 1)]
    cases: list[dict] = []
    for row in rows:
        cases += program_cases(row, rows)
        cases += agency_cases(row, rows, lexicon["agencies"])
        cases += category_cases(row, lexicon["categories"])
    for strategy in strategies:
        cases += strategy_cases(strategy, strategies)
    cases += lists(rows, lexicon, lambda program: " ".join(texts[program]))
    for number, topic in enumerate(lexicon["absent"], 1):
        if compact(topic["zh"]) in compact(document.text):
            raise ValueError(f"an absent topic the plan does write: {topic['zh']}")
        cases += absent_cases(number, topic["zh"], topic["en"])
    return cases


def write(cases: list[dict], path: Path = SUITE) -> None:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")


if __name__ == "__main__":
    suite = generate()
    write(suite)
    print(f"wrote {len(suite)} cases to {SUITE}")
