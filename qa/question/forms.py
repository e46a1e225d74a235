"""The forms a question can take, as readable tables: which nouns name which answer slot, which words are
interrogatives, requests, yes/no and choice markers. Analysis (qa/question/analysis.py) reads a question's
structure with these tables; it never matches whole phrasings.

Chinese entries are written once, in Simplified: questions are folded (Traditional → Simplified, lower case) first.
Every table row has an example, and tests/test_question_forms.py checks each one.
"""
from __future__ import annotations

import re
from enum import Enum


class Asks(str, Enum):
    """The slot a question asks for: a field of a program row, a heading, a person, a list, or text."""

    program = "program"
    agency = "agency"
    category = "category"
    section = "section"
    person = "person"
    enumeration = "list"
    general = "general"


class Expects(str, Enum):
    """The kind of fact a question needs; a passage without one cannot answer it."""

    anything = "anything"
    amount = "amount"
    count = "count"
    person = "person"
    date = "date"
    period = "period"


class Form(str, Enum):
    """How the question is put: with an interrogative, as a request, as a choice, as yes/no, or as bare keywords."""

    wh = "wh"
    request = "request"
    choice = "choice"
    polar = "polar"
    keyword = "keyword"


# Nouns and the slot they name, longest first where one contains another. A question asks for the slot of the noun
# its interrogative attaches to (哪個計畫…, …的計畫是哪一個), or of the head of a request's final noun phrase. A noun
# of one character counts only right after an interrogative or measure word (屬於哪個局, not 人才布局).
SLOT_NOUNS: list[tuple[Asks, tuple[str, ...], str]] = [
    (Asks.agency, ("主管机关", "执行单位", "负责单位", "执行机关", "主办机关", "单位", "机关", "机构", "部会", "组织",
                   "法人", "管理局", "局", "署"), "中興園區籌設計畫由哪個單位負責？"),
    (Asks.category, ("计划类别", "类别", "类型", "种类", "性质"), "中興園區籌設計畫的類別是哪一個？"),
    (Asks.section, ("施政策略", "策略", "施政目标", "目标", "方针"), "哪一項施政策略導入 OKR 管理？"),
    (Asks.person, ("部长", "次长", "院长", "主任委员", "主委", "主任", "局长", "署长", "首长", "执行长", "校长",
                   "负责人", "主持人", "姓名"), "科技部部長是誰？"),
    (Asks.program, ("计划", "计画", "方案", "专案", "项目"), "補助低軌衛星的計畫是哪一個？"),
]
EN_SLOT_NOUNS: list[tuple[Asks, tuple[str, ...], str]] = [
    (Asks.agency, ("agency", "agencies", "unit", "units", "organisation", "organization", "organisations",
                   "organizations", "institution", "institutions", "body", "bodies", "office", "authority",
                   "administration", "bureau", "department", "center", "centre", "institute", "council"), "Which agency runs the Beyond 5G satellite program?"),
    (Asks.category, ("category", "categories", "type", "kind", "class", "sort"), "What type of program is the Chung Hsing park program?"),
    (Asks.section, ("strategy", "strategies", "goal", "objective", "policy goal"), "Which strategy brings OKR to reviews?"),
    (Asks.person, ("minister", "director", "chairman", "chairperson", "chair", "president", "principal", "head",
                   "person", "official"), "Who is the minister?"),
    (Asks.program, ("program", "programs", "programme", "programmes", "plan", "plans", "project", "projects",
                    "initiative", "initiatives", "scheme", "schemes"), "I'm looking for the program that funds satellites."),
]
# An organisation is asked as a program row's agency only when the question says it acts on the program (負責, 執行,
# 由誰 alone or with a verb of building, run by, in charge…) or owns it; 誰可以申請 / which units does X have and 案源由誰
# 發掘 ask about the text instead.
AGENCY_CUE_ZH = re.compile(r"负责|执行|主办|主管|主责|承办|办理|推动|管理|管|在做|做的|是谁的|的计划$|归|属于"
                           r"|由(?:谁|哪[^，,]{0,5}?)(?:来|在)?(?:建置|建立|规划)?[呢啊]?$")  # not 由誰發掘: who acts in the text
AGENCY_CUE_EN = re.compile(r"\b(?:run|runs|running|ran|in charge|responsible|carr(?:y|ies|ied) out|implement\w*|manag\w*|"
                           r"lead\w*|led|oversee\w*|handl\w*|administ\w*|operat\w*|execut\w*|conduct\w*|by|own\w*|"
                           r"belong\w*|under|whose\s+(?:programs?|programmes?|projects?|plans?|responsibilit\w*"
                           r"|jobs?|dut\w*|tasks?|remit|business)\s+(?:is|are|was|were))\b")  # whose job is X
# A clause setting something aside (folded): 除了 X，…, 除了 X 以外還…
ASIDE_CLAUSE = re.compile(r"除了?[^，,？?]{2,20}?(?:以外|之外)?(?:[，,]\s*|(?=还|也))")
# Who does X partner / work with (on Y)?: the partner, not who runs a program, whatever cue of one follows ('under')
PARTNER_EN = re.compile(r"\b(partner|cooperate|collaborate|work|team up|join hands|matched|paired)\s+with"
                        r"(?:\s+(?:abroad|overseas|internationally))?(?:\s+(?:on|for|in|at|under|to)\s[^?]*)?"
                        r"\s*[?.!]*\s*$", re.IGNORECASE)
# Who will the ministry put in charge of X, task with X: the one it assigns, not who runs a program row
ASSIGNED_EN = re.compile(r"\b(?:put|puts|place|places|assign\w*|appoint\w*|task|tasks|make|makes)\b"
                         r"(?:[^?]*\b(?:in charge|responsible)\b|\s+with\b)", re.IGNORECASE)
# 跟哪個產業合作, or the interrogative as the partner of one named after it (媒合誰跟科學家合作)
PARTNER_ZH = re.compile(r"(?:[与和跟同]|找)[^，,？?]{0,8}?(?:什么|哪些|哪一?[个家所间类]|谁)[^，,？?]{0,6}?合作"
                        r"|(?:什么|哪些|哪一?[个家所间类]|谁)[^，,？?]{0,4}?[与和跟同][^，,？?]{1,10}?合作")
# keywords naming a program, then its agency (Beyond 5G program agency, 射月計畫 單位): the row's field, no verb needed
PROGRAM_AGENCY_KEYWORDS = re.compile(r"(?:计划|计画|方案|专案)\s*(?:的)?\s*(?:单位|机关|机构)$"
                                     r"|\b(?:program|programme|project|plan)\s+(?:agency|unit|organi[sz]ation)$")

# Slots a list of them is asked as a heading or row list would not be: 哪三大策略 asks for the three strategies'
# words in the text, not for one heading.
SINGULAR_ONLY = {Asks.section}

# Interrogatives (folded). A determiner (哪個, 什麼, which) attaches to the noun after it; a pronoun (何者, 哪一個 at
# the end) stands for the subject's noun; 誰/who asks for whoever acts — an organisation here — unless a person role
# is named.
WH_ZH = re.compile(r"哪(?:一|几|些)?(?:[二三四五六七八九十两]+)?(?:[个类种位家所间条部些大样份栋座块张台件代]|项(?!目(?!标)))?|什么样?的?|甚么|啥"
                   r"|何(?:种|项(?!目(?!标))|类|者)?(?![时处以])|谁")  # 哪些項目: 項目 is the noun, not 項 a classifier
PLACEHOLDER_NOUNS = ("东西", "事情", "方面")  # 建立哪些東西 (聚焦在哪些方面) asks what 建立 governs, as 建立什麼 does
WH_EN = re.compile(r"\b(which|what|who|whom|whose)\b")
NOT_INTERROGATIVE = re.compile(r"如何|为何|何时|何处|何以|任何|几乎|哪里|哪儿|在哪(?=呢*$)")  # 哪裡, a final 在哪: where
CATEGORY_CLASSIFIER = re.compile(r"哪(?:一)?[类种]|什么类|何类")
PRONOUN_END = re.compile(r"^(?:呢|啊|的|了)*$")
# The copula or predicate between a subject and a trailing interrogative: …的計畫「是」哪一個, …「叫」什麼.
NAME_NOUNS = r"名称|名字|全名|全称"  # …的名稱是什麼 asks for the name of the noun before it
PREDICATE = re.compile(rf"(?:的)?(?:(?:正式|完整|官方|中文|英文)?(?:{NAME_NOUNS}))?\s*(?:到底|究竟|又|就)?(?:是|为|叫做|叫|称为|属于|归于|在|有)$")
EN_POSSESSIVE = re.compile(r"['’]s\s+([a-z]+)\s*$")  # what is [X's category]: the noun after the possessive
EN_NAME_OF = re.compile(r"\b(?:(?:full|official|complete|formal|exact|proper)\s+)?(?:name|title)s? of "
                        r"(?:the |this |that |a |an )?")
# what the X program is called: its name
EN_CALLED = re.compile(r"^.+?\b(?:program|programme|project|plan)\s+(?:officially\s+|formally\s+)?called\b")

# Requests without an interrogative: the answer is the head of the final noun phrase (我想找…的「計畫」).
REQUEST_ZH = re.compile(r"^(?:请|麻烦|拜托)?(?:帮我|替我|给我|我想|我要|想|我需要)?(?:找一下|查一下|找出|查询|查找|找|查|搜寻|列出|列举|给我|知道|了解|看看|问)"
                        r"|^(?:请|麻烦)(?:列出|给我|提供|说明|告诉我)|^告诉我")
REQUEST_EN = re.compile(r"^(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:i'?m looking for|i am looking for|looking for|i'?d like|i want|i need|find|show me|"
                        r"give me|tell me about|tell me|list|search for|name|recommend|suggest|explain|describe|summari[sz]e|"
                        r"outline|introduce)\b")
# A request put as a question about the listener (能不能說明一下 X, 可以介紹 X 嗎): the request 請說明一下 X, not a yes/no
# question.
POLITE_REQUEST_ZH = re.compile(r"^(?:请问)?(?:你|您)?(?:能不能|可不可以|能否|可否|可以|能|麻烦你?|麻烦您)(?:请你|帮我|帮忙|替我|跟我|为我)?"
                               r"(?P<verb>说明|解释|介绍|告诉我|讲解|讲讲|说说|谈谈|列出|列举|整理)(?:一下)?")

# Yes/no: a final question particle, or an A-not-A / 是否 form, with no interrogative besides.
POLAR_ZH = re.compile(r"[吗么嘛][\s?？。!！]*$|(?P<verb>[\u4e00-\u9fff])不(?P=verb)|有没有|是否|有无")  # 要不要, 可不可以
POLAR_EN = re.compile(r"^(?:(?:is|are|was|were|does|do|did|could|would|has|have|had|should)(?:n['’]t)?|can(?:['’]t)?|will|won['’]t)\b")
# Choice: A 還是 B / A or B.
CHOICE_ZH = re.compile(r"还是|或是|或者")
CHOICE_WEAK_ZH = re.compile(r"或")  # A 或 B: a choice only in a question with no other interrogative
# A 跟 B，哪一個…: two names the question opens with (no 的, copula or 由 in them), then a pronoun that picks one
# (no slot noun after it).
PAIR_NAME_ZH = r"[^，,？?跟和与{joins}的是为由]{{2,20}}?"  # a name of the pair: no comma, 跟/和/與, 的, copula or 由
PAIR_ZH = (r"^(?P<first>{name})(?:跟|和|与)(?P<second>{name})"
           r"[，,\s]*(?:两者|这两个|两个)?(?:之中|之间|当中|中)?[，,\s]*(?:哪一?个|哪一?项|何者|谁)")
PAIR_CHOICE_ZH = re.compile(PAIR_ZH.format(name=PAIR_NAME_ZH.format(joins="及"))
                            + r"(?![\u4e00-\u9fff]{0,2}(?:计划|计画|单位|机关|类|种))")
# 中小企業處跟能源局哪個的計畫比較多: two names, whichever noun follows; a name may hold 及 (國民及學前教育署)
PAIR_OF_ANY_ZH = re.compile(PAIR_ZH.format(name=PAIR_NAME_ZH.format(joins="")))
CHOICE_EN = re.compile(r"\s(?:or|or else)\s")

# A list is asked for: 哪些, 有哪, 列出, 幾大…, which programs, list.
LIST_ZH = re.compile(r"哪些|哪几|有哪|列出|列举|包[括含]什么|有什么(?=计划|计画|方案|专案)|哪[二三四五六七八九十两]+[大项个类种样方面阶段部分]"
                     r"|[二三四五六七八九十两][大项个类种]\S{0,8}(?:是什么|是哪|为何|有什么)|所有")
LIST_EN = re.compile(r"\b(?:what are the|which are the|all the|(?:what|which) (?:two|three|four|five|six) )\b"
                     r"|^(?:(?:please|can you|could you)\s+)?list\b")  # a request to list, not the verb (list overseas)
# How many rows of the program table: the program noun counted (幾個計畫, 計畫有幾項, how many programs).
ROW_COUNT = re.compile(r"(?<!哪)(?:几|多少)(?!钱|元)[个项]?(?:[\u4e00-\u9fff]{2,6}类的?|(?:(?![的年月天])[\u4e00-\u9fff]){0,4}?)"
                       r"(?:计划|计画|方案|专案)(?!预算|经费|金额|费用|的)"
                       r"|(?:计划|计画|方案|专案)(?:总共|一共|共)?有?(?:几|多少)[个项]?(?![\u4e00-\u9fff])"
                       r"|\bhow many (?:(?!programs?\b|programmes?\b)[a-z-]+ ){0,2}"
                       r"(?:programs?|programmes?|plans?|projects?)\b")
# The parts of a heading of the plan's outline (科技回應社會有幾項策略): counted from the headings, not from a number.
PART_NOUNS = r"策略|主轴|部分|面向|方向|重点|目标|项目|工作|事项"
PART_COUNT = re.compile(rf"(?<!哪)(?:几|多少)[个项大条]?(?:{PART_NOUNS})|(?:工作|工作项目|事项)有?(?:几|多少)")  # …工作項目有幾個
# how many tasks does the X program have: counted from the row's numbered items (row items), not a number in its text
PART_COUNT_EN = re.compile(r"\bhow many\s+(?:main\s+|key\s+)?(?:tasks?|work items?|items? of work|components?|"
                           r"parts?)\s+(?:does|do|will)\s+.+?(?:program|programme|project)\b", re.IGNORECASE)
COUNT = re.compile(r"([两二三四五六七八九十])[大项个类种样方面阶段部分]|\b(two|three|four|five|six)\b")
# An interrogative with a noun of its own after a count (三大研究重點要強化哪些[關鍵技術]): the count is not what is asked,
# unless that noun is the counted one's or a generic one (項目, 內容).
OTHER_NOUN_ASKED = re.compile(r"(?:哪些|什么)(?!项目|内容|部分|方面|东西|样)([\u4e00-\u9fff]{2})")
NUMBER_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Bare keywords: at most this many characters (CJK) or words (English) and no question or request structure.
KEYWORD_MAX_CHARS = 24
KEYWORD_MAX_WORDS = 6

# The kind of fact needed, first match wins (an amount before a count: 多少錢).
# A count of people: its answer must count people (人, 位, 名), not units or programs.
PERSON_COUNT = re.compile(r"人数|多少[位名人]|几[位名人]|(?:多少|几)个?(?:员工|职员|人员|学生|研究员|学者|博士)"
                          r"|(?:员工|职员|人员|学生|研究员)(?:有|共有)?(?:多少|几)"
                          r"|how many (?:people|persons|employees|staff|students|researchers|scientists|workers)"
                          r"|headcount|number of (?:people|employees|staff|students|researchers)")
# How much money, or how much a verb takes (How much will it cost?): not how much of a thing (electricity, land).
MONEY_AFTER_HOW_MUCH = (r"(?=\s+(?:money|funding|funds?|budget|cash|dollars|nt|is|are|was|were|does|do|did|will|would"
                        r"|has|have|can|could|should|to)\b|\s*[?.]|\s*$)")
COUNT_CLASSIFIERS = "人位名家所件个大项类座处次场篇支种"  # what a count's number stands before (8 個, 三大)
THING_CLASSIFIERS = "颗台架艘栋间条张辆套棵株部户"  # classifiers of one kind of thing (幾顆衛星, 多少輛大客車, 幾部電影, 幾戶)
# a length, distance or area asked (人行道要設多長, how far): a number with its unit, not a duration (多長時間)
MEASURE = re.compile(r"多(?:长|远|宽|高|深)(?!时间|期间|的时间)|多大(?:的)?面积|(?:几|多少)(?:平方)?(?:公里|公尺|公顷|米|公?吨)"
                     r"|\bhow (?:far|wide|tall|deep)\b")
COUNTED = f"位名个人家所项件座次场篇类{THING_CLASSIFIERS}支只本种处"  # what 幾 or 多少 counts by (幾類, 多少件, 幾顆)
EXPECTS_PATTERNS: list[tuple[Expects, re.Pattern[str]]] = [
    (Expects.amount, re.compile(r"费用?.{0,3}(多少|几)|多少钱|金额|价[格钱]|薪[资水]|(增加|减少|编列|投入)多少|几亿|几万"
                                r"|[领拿付赚借花]多少|(?:补助|补贴|津贴|给付|发放)多少(?=[呢吗？?。]|$)|利率"
                                r"|(?:预算|经费)(?:金额)?(?:是|为|都|也)?(?:最|较|比)"
                                rf"|how much{MONEY_AFTER_HOW_MUCH}|fund(ing|s)? (amount|total)|price|salary"
                                r"|interest rate"
                                r"|(?:most|largest|biggest|highest|more|less) (?:budget|funding|money)")),
    (Expects.count, re.compile(rf"(?<![哪第])几[大{COUNTED}]|多少[{COUNTED}]|{MEASURE.pattern}"
                               rf"|how many(?! years)|number of"
                               rf"|{PERSON_COUNT.pattern}")),
    (Expects.person, re.compile(r"部长|首长|主委|院长|局长|署长|姓名|\b(?:minister|director|chairman|head of)\b")),
    (Expects.period, re.compile(r"哪几年|哪一?年到哪一?年|(?<!第)几个?年|多少个?年(?!度)|期[间程](?=是|为|有?多|几|呢|吗|[？?\s]*$)|起讫"
                                r"|which years|what period|how many years")),  # not 疫情期間 before a verb
    (Expects.date, re.compile(r"何时|什么时候|哪一?天|几月|几点|哪一?年|日期|多久|多长时间|when |what time|what date|(?:which|what) (?:fiscal |budget )?year(?! of)|deadline|how long")),  # which year of X: its ordinal
]
# Money nouns: a question that asks for no field of a row (哪個計畫提供研究經費？ asks a program) but names one of
# these asks for an amount (科技部的預算呢？).
AMOUNT_NOUNS = re.compile(r"预算|经费|\b(?:budgets?|costs?|spend(?:s|ing)?|fees?)\b")
# …but one the question asks the use of (經費用來做什麼, 預算花在哪裡, What is the funding used for?) asks for no amount.
MONEY_USE = re.compile(r"(?:预算|经费|补助款)[^，,。?？]{0,3}(?:用来|用于|用在|用以|拿来|花在|用途)"
                       r"|\b(?:budget|funding|funds?|money)\b.{0,20}\b(?:used|spent) (?:for|on)\b")
ROW_SLOTS = {Asks.program, Asks.agency, Asks.category, Asks.section}
# Interrogatives that ask for no noun slot (how, why, when, how many): the question is about the text.
OTHER_WH_ZH = re.compile(r"如何|怎么|怎样|为什么|为何|何以|何时|多久|多少|多[长远宽高深](?!时间)|几[^乎]|哪里|哪儿|在哪(?=呢*$)|什么时候")
OTHER_WH_EN = re.compile(r"\b(?:how|why|when|where)\b")
# a fronted purpose asking what is done for it asks how (為了縮短差距要做什麼)
HOW = re.compile(r"如何|怎么|怎样|透过什么|通过什么|借由什么|经由什么|以什么方式|用什么(?:方法|方式|办法|手段)?(?=[来去把让使将])"
                 r"|靠什么(?!样)|\bhow\b"
                 r"|\bwhat\s+(?:does|do|did|will|would|should|can|could|is|are)\b[^?]*\bdo\s+(?:about|to|against)\b"
                 r"|^为了?(?!什么|何)[^？?]*做(?:些|了)?(?:什么|哪些)")
OBJECT_FOR = (  # verbs and nouns whose 'for' takes their object, not a purpose
    "apply", "call", "look", "ask", "account", "pay", "prepare", "wait", "search", "fund", "funding", "funds", "money",
    "budget", "subsidy", "subsidies", "grant", "grants", "stand", "vote", "care", "responsible", "known", "qualify",
    "compete", "strive", "aim", "aims", "hope", "hopes", "seek", "seeks", "plan", "plans", "provide", "provides",
    "allow", "allows", "allocate", "allocates", "budgeted", "earmarked", "used", "use")
WHY = re.compile(r"为什么|为何|何以|为了什么|(?:目的|原因|理由)是?什么|什么(?:目的|原因|理由)|有什么用(?:处|途)?[吗呢]*$|有何用(?:处|途)?|用途是?什么"
                 r"|的(?:目的|原因|理由)[吗呢]*$|\bwhy\b|\bwhat for\b|\bpurpose\b"
                 r"|\b(?:the|its|their|main)\s+(?:aims?|goals?|objectives?)\s+of\b"  # What is the goal of X?
                 r"|^what\s+(?:is|are|does|do)\s+[^?]+\baim(?:s|ed)?\s+(?:at|for)\s*\?*$"  # What is X aimed at?
                 r"|^what\s+[^?]*\b(?:aim|meant|intended|hope|seek|want|plan|expect)s?\s+to\s+(?:achieve|accomplish)\b"
                 r"|(?:想|要|希望|期望|预期|打算)(?:达成|达到)(?:什么|哪些)[吗呢]*$"  # 想達成什麼: its goal
                 r"|^what\s+(?:is|are|was|were)\s+[^?]+\s+(?:used\s+)?for\s*\?*$"  # What is X (used) for?
                 r"|^what\s+(?:does|do|did|will|would|should)\s+[^?]+\s"
                 r"(?!(?:" + "|".join(OBJECT_FOR) + r")\s)\S+\s+for\s*\?*$")
# What does X attract talent for? asks why; What does X apply (call, provide funding) for? asks the object of a verb
# Words that carry no content: interrogatives (a yes/no question's A-not-A too) and particles, and function
# characters — these not inside a noun or verb: 会 of 社会 or 能 of 能源 is content (removed before matching terms).
INTERROGATIVES = (r"哪(?:[个一些几]|项(?!目(?!标)))*|什么|甚么|如何|怎么样?|怎样|为什么|为何|是否|有没有|有无|可不可以"
                  r"|(?P<a_not_a>[\u4e00-\u9fff])不(?P=a_not_a)|请问|我想知道|想知道|想问|告诉我|吗|呢|么|吧")
FUNCTION_CHARACTERS = r"[的了是在由被把将会要能可对于与和跟及或之其这那有个]|项(?!目)"  # 項 counts, 項目 is a noun
HEDGES = r"的?时候|一点儿?|一下|到底|真的"  # 颱風來的時候損害小一點: how a speaker softens a question, no content of it
THE_YEAR = r"今年度?|本年度?"  # the year an annual plan is for (中科今年在蓋什麼): every passage's, no term of a question
INTENT = r"打算|准备|预计|想要|有意|意图"  # 科技部有沒有打算發展6G: the intent frames the claim; the plan states what it will do
# 計畫裡有提到6G嗎: "the plan mentions" frames the topic asked about; the plan never writes its own mentioning.
MENTION = r"(?:(?:这份|本)?(?:施政)?计划(?:书)?(?:里面|里头|里|中|内|当中)?(?:有没有|是否|有)?)?(?:提到|提及|谈到|写到|讲到|说到)"
# Where in the plan something is said (哪一部分提到精準育種, 精準育種在計畫的哪裡, Where can I find…?, Which section
# covers…?): the program whose row says it, or the heading of the paragraph that does. The frame is no content.
LOCATING_ZH = re.compile(r"(?:在|于)?(?:这份|本)?(?:施政)?(?:计划|文件|报告)?(?:书)?(?:的|里面|里|中|当中)?哪(?:一)?(?:个)?"
                         r"(?:部分|节|章|段|段落|章节|里|儿)(?:有|可以|能|会)?(?:提到|提及|写到|谈到|讲到|说到|出现|找到|看到"
                         r"|查到|读到|说明|介绍|讨论|(?:讲|说|写|谈|提)(?=的|过|了|[呢？?\s]*$))"  # 在哪一段講的: a bare verb
                         r"|(?:计划|文件|报告)(?:书)?(?:的|里面|里|中)?哪(?:一)?(?:个)?(?:部分|节|章|段|里|儿)(?=[呢？?\s]*$)")
LOCATING_EN = re.compile(r"\bwhere\s+(?:in\s+the\s+(?:plan|document|report)\s+)?"
                         r"(?:can|could|should|do|would|might|will)\s+(?:i|we|one|you)\s+"
                         r"(?:find|look|read|see|learn|search|check)\b(?:\s+(?:for|about|up))?"
                         r"(?:\s+(?:information|details|material|something|anything)\s+(?:on|about|regarding))?"
                         r"|\bwhich\s+(?:section|part|chapter|paragraph)s?\s+"
                         r"(?:of\s+the\s+(?:plan|document|report)\s+)?"
                         r"(?:mentions?|covers?|discuss(?:es)?|talks?\s+about|deals?\s+with|describes?|address(?:es)?"
                         r"|says?)\b"
                         r"|\bwhere\s+does\s+the\s+(?:plan|document|report)\s+"
                         r"(?:mention|cover|discuss|talk\s+about|deal\s+with|describe|address|say)\b", re.IGNORECASE)
QUESTION_WORDS = re.compile(f"{INTERROGATIVES}|{FUNCTION_CHARACTERS}")
# Conversational preambles, dropped before embedding the question (the filler lowers its similarity to the plan).
PREAMBLE = re.compile(r"^(?:(?:我|我們|我们)?(?:想|要)?(?:請問|请问|想知道|想問|想问|知道|了解|瞭解|找|查)(?:一下)?|請告訴我|请告诉我|告訴我|告诉我"
                      r"|(?:請|请|麻煩|麻烦)?(?:幫我|帮我|替我)(?:查一下|找一下|查詢|查询|查|找)|請給我|请给我|給我|给我)[\s，,：:]*"
                      r"|^(?:please\s+)?(?:tell me|i (?:want|would like|'d like) to know|i'?m looking for|i am looking for"
                      r"|(?:can you |could you )?(?:find|show) me|give me)\s*,?\s*", re.IGNORECASE)
# Who the asker is, told before the question (我是大學教授，…; I'm a farmer, …): context, not what is asked about.
ASKER = re.compile(r"^(?:我|我們|我们|本人|敝人)是[^，,。；;！!？?]{1,16}[，,。；;！!]\s*"
                   r"|^(?:i am|i'm|we are|we're|as) (?:an?|the) [^,.;!?]{1,40}[,.;!]\s*", re.IGNORECASE)
ASKER_REST_MIN_TERMS = 2  # content words the question says after it, to stand alone: not 我是農民，有什麼適合我？
# A speaker's self-repair: what comes after it replaces what it restates (科技部要以什麼取代…不對，要以什麼驅動經濟發展？).
# It stands between clauses, so 是不是 or 對不對 inside a question is none.
REPAIR = re.compile(r"(?:[，,。.…—？?\s]|^)+(?:不對|不对|不是啦|不是不是|我是說|我是说|我的意思是|應該說|应该说|更正|講錯了|讲错了"
                    r"|說錯了|说错了|打錯了|打错了)[，,：:。…—\s]+"
                    r"|[,.…—?\s]+(?:sorry|oops|no|wait)?[,\s]*(?:i mean|i meant|scratch that|correction|no wait)"
                    r"[,:.…—\s]+", re.IGNORECASE)
REPAIR_MIN_CHARS = 2  # what a repair says, at least, without punctuation: 6G of …5G, I mean 6G?
# Colloquial spellings read as the interrogatives they stand for (in the question's own script): 那些 for 哪些 in a
# question with no other interrogative, nor a final 嗎 that makes 那 a demonstrative (中科有那些計畫？, but 低軌衛星那個計畫
# 是國研院在做的嗎), 幹嘛 for 做什麼 at the end (醫材計畫在幹嘛, 是要幹嘛的) and for 為什麼
# before a verb (幹嘛要…), 啥 for 什麼, and no intensifier (到底) or sentence-final particle (…負責幾項計畫啊).
FINAL_WEI_HE = re.compile(r"(?<=[\u4e00-\u9fff])[為为]何(?=[呢]*[\s？?。！!]*$)")  # …的 X 為何 asks what X is
COLLOQUIAL: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"[\s，,。.!！~～]*(?:謝謝|谢谢|感謝|感谢|多謝|多谢|拜託|拜托|thanks?(?: you)?(?: (?:very|so) much| a lot)?|thx)"
                r"[\s。.!！~～]*$", re.IGNORECASE), ""),  # …？謝謝, … thanks: a courtesy that closes it
    (re.compile(r"^(?:請問|请问)(?:一下)?[\s，,：:]*"), ""),  # 請問，…: a courtesy that opens it
    # 我想了解一下 X 在做什麼, 想問 X 有什麼…: the question it asks, when one follows (我想了解射月計畫 is a request)
    (re.compile(r"^(?:我|我們|我们)?(?:想|要)?(?:知道|了解|瞭解|問|问|請教|请教)(?:一下)?[\s，,：:]*"
                r"(?=.*(?:哪|什麼|什么|誰|谁|如何|怎|幾|几|多少|[嗎吗][\s？?。！!]*$))"), ""),
    (re.compile(r"^(?!.*(?:哪|什麼|什么|誰|谁|如何|怎|[嗎吗][\s？?。！!]*$))(.*?)那(?=些|個|个|一個|一个|裡|里|兒|儿)"), r"\1哪"),
    (re.compile(r"[幹干]嘛(?=的?[\s？?。！!呢啊]*$)"), "做什麼"),
    (re.compile(r"[幹干]嘛(?=要|去|用|還|还|一定)"), "為什麼"),
    (re.compile(r"啥"), "什麼"),
    (FINAL_WEI_HE, "是什麼"),  # 起點為何: what it is, not why
    # 哪裡 as the one who acts, or predicated of an organisation noun: which body, not where (哪裡負責, 執行單位是哪裡)
    (re.compile(r"(?<![在到去从從於于])哪[裡里](?=在?(?:負責|负责|主辦|主办|執行|执行|承辦|承办|主管|做的))"
                r"|(?<=(?:單位|单位|機關|机关|機構|机构|局處|局处)是)哪[裡里](?=[的呢]*[\s？?。！!]*$)"), "哪個單位"),
    (re.compile(r"(?:指的是|是指)(?=什[麼么]|哪|何)"), "是"),  # 三大願景指的是什麼: 指 would glue to 願景 as a word
    (re.compile(r"(?<=\S)(?:到底|究竟)(?=\S)"), ""),
    (re.compile(r"[啊呀喔耶欸啦哦唷]+(?=[\s？?。！!]*$)"), ""),
    # 呢 only softens a question that has its interrogative (…什麼呢); X 呢 alone (那國研院呢) asks about X
    (re.compile(r"^(.*(?:哪|什麼|什么|誰|谁|如何|怎|幾|几|多少).*?)呢+(?=[\s？?。！!]*$)"), r"\1"),
]
# A slot noun written in the other language of a code-mixed question (哪個 program…, Which 計畫…, X category?): read
# as the question's own frame writes it. A Chinese noun is replaced only standing alone, not inside a name (射月計畫).
MIXED_FOR_ZH = {"program": "計畫", "programs": "計畫", "programme": "計畫", "project": "計畫", "projects": "計畫",
                "plan": "計畫", "agency": "單位", "unit": "單位", "category": "類別", "type": "類別"}
MIXED_FOR_EN = {"計畫": "program", "计划": "program", "計劃": "program", "單位": "agency", "单位": "agency",
                "機關": "agency", "机关": "agency", "類別": "category", "类别": "category"}
EXISTENCE = re.compile(r"^(?:有沒有|有没有|是否有|有無|有无)")

# Every form analysis recognises, with an example: (what it is, example, form, slot, asks for a list).
# tests/test_question_forms.py reads each example and checks the analysis gives this row's form and slot.
RECOGNISED: list[tuple[str, str, Form, Asks, bool]] = [
    ("interrogative before its noun", "哪個計畫補助低軌衛星的發展？", Form.wh, Asks.program, False),
    ("interrogative after its noun", "補助低軌衛星發展的計畫是哪一個？", Form.wh, Asks.program, False),
    ("何者 after its noun", "補助低軌衛星發展的計畫為何者？", Form.wh, Asks.program, False),
    ("為何 ending a noun phrase", "中興園區籌設計畫的執行單位為何？", Form.wh, Asks.agency, False),
    ("formal 之 before the noun", "中興園區籌設計畫之主管機關是什麼？", Form.wh, Asks.agency, False),
    ("a field noun right after the name", "中興園區籌設計畫主管機關是什麼？", Form.wh, Asks.agency, False),
    ("哪裡 as the one who acts", "中興園區籌設計畫是哪裡負責的？", Form.wh, Asks.agency, False),
    ("a final 為何 after a field noun", "中興園區籌設計畫的主管機關為何？", Form.wh, Asks.agency, False),
    ("the program a plan rests on is named in its text", "能源科技創新依據哪個計畫規劃？", Form.wh, Asks.general, False),
    ("the policy a plan rests on is named in its text", "科技部根據哪個方針編定施政計畫？", Form.wh, Asks.general, False),
    ("a goal someone else's (X 的什麼目標) is in the text", "科技部想跟聯合國的什麼目標扣合？", Form.wh, Asks.general,
     False),
    ("a named program's goal is in its text", "太空計畫有什麼目標？", Form.wh, Asks.general, False),
    ("a goal of anything but the plan's maker is in the text", "重點補助大學研究中心要達成什麼目標？", Form.wh, Asks.general,
     False),
    ("the plan maker's goals are its headings", "科技部要達成什麼目標？", Form.wh, Asks.section, False),
    ("the plan's own goals are its headings", "110 年度施政計畫有什麼目標？", Form.wh, Asks.section, False),
    ("belonging to an agency", "中興園區籌設計畫屬於哪個單位？", Form.wh, Asks.agency, False),
    ("an agency noun of one character after its interrogative", "中興園區籌設計畫歸哪個局管？", Form.wh, Asks.agency,
     False),
    ("a one-character noun ending a word is none", "科技部的人才布局是什麼？", Form.wh, Asks.general, False),
    ("two options, then which one", "射月計畫和腦科技計畫，哪一個跟人工智慧有關？", Form.choice, Asks.general, False),
    ("two described phrases joined by 和 are no options", "讓園區員工和歸國學人的小孩有學校可以念的計畫為何者？",
     Form.wh, Asks.program, False),
    ("two joined names, a verb and which heading", "B5G/6G 通訊技術與人工智慧屬於哪一項施政策略？", Form.wh,
     Asks.section, False),
    ("由誰 after two joined names asks who", "臨床資料庫與AI之跨域開發計畫由誰負責？", Form.wh, Asks.agency, False),
    ("name predicate", "補助低軌衛星發展的計畫叫什麼名字？", Form.wh, Asks.program, False),
    ("name predicate with 名稱", "中興園區籌設計畫的執行機關名稱是什麼？", Form.wh, Asks.agency, False),
    ("full-name predicate", "射月計畫的全稱是什麼？", Form.wh, Asks.program, False),
    ("request for a row", "我想找補助低軌衛星發展的計畫", Form.request, Asks.program, False),
    ("request for a field", "幫我查中興園區籌設計畫的執行單位", Form.request, Asks.agency, False),
    ("a request put as a yes/no question", "能不能說明一下中興園區籌設計畫的執行單位？", Form.request, Asks.agency, False),
    ("a request put as a yes/no question, with 嗎", "可以說明一下科學園區的智慧服務嗎？", Form.request, Asks.general,
     False),
    ("a request put as a yes/no question, keyword", "可不可以介紹一下射月計畫？", Form.keyword, Asks.program, False),
    ("a request put as a yes/no question, list", "可以列出所有公共建設計畫嗎？", Form.request, Asks.program, True),
    ("哪幾個 asks which ones, not how many", "中科管理局負責哪幾個計畫？", Form.wh, Asks.program, True),
    ("有什麼計畫 asks which ones", "南科有什麼計畫？", Form.wh, Asks.program, True),
    ("how many programs: the rows, counted", "中科管理局負責幾個計畫？", Form.wh, Asks.program, True),
    ("programs, then how many", "公共建設類的計畫有幾個？", Form.wh, Asks.program, True),
    ("topic–comment", "低軌衛星的發展，是哪個計畫在做？", Form.wh, Asks.program, False),
    ("誰 before the verb", "誰在執行中興園區籌設計畫？", Form.wh, Asks.agency, False),
    ("誰 after the subject", "中興園區籌設計畫是誰負責的？", Form.wh, Asks.agency, False),
    ("whose program (誰的 at the end)", "中興園區籌設計畫是誰的？", Form.wh, Asks.agency, False),
    ("whose duty (是誰的責任, 業務, 工作)", "射月計畫是誰的責任？", Form.wh, Asks.agency, False),
    ("whose job is X: its agency", "Whose job is the smart agriculture program?", Form.wh, Asks.agency, False),
    ("誰的 N: N's owner as the plan names it", "科技部要槓桿誰的資源？", Form.wh, Asks.general, False),
    ("whose N does X V: N's owner", "Whose resources does the ministry leverage?", Form.wh, Asks.general, False),
    ("誰 of a person role", "科技部部長是誰？", Form.wh, Asks.person, False),
    ("誰 not acting on a program", "誰可以申請博士生獎學金？", Form.wh, Asks.general, False),
    ("誰 as a preposition's object", "要透過誰來應用臨床大數據？", Form.wh, Asks.general, False),
    ("where: 在哪 after a described noun", "坡地生態計畫的實施區域在哪？", Form.wh, Asks.general, False),
    ("哪裡 is where, not 哪 and a noun", "數據智慧應用科技計畫以哪裡為基地？", Form.wh, Asks.general, False),
    ("the noun 有(個) introduces", "有個計畫要用醫院的病歷資料發展AI，是哪一個？", Form.wh, Asks.program, False),
    ("the noun a topic picks from", "這類計畫中，國家實驗研究院負責哪些？", Form.wh, Asks.program, True),
    ("category classifier", "中興園區籌設計畫屬於哪一類？", Form.wh, Asks.category, False),
    ("classifier of another noun", "今年哪一種疫情讓科技防疫成為重點？", Form.wh, Asks.general, False),
    ("interrogative as a verb's object", "科技部依據什麼編定110年度施政計畫？", Form.wh, Asks.general, False),
    ("interrogative on a noun no slot names", "科技部用什麼方式審議計畫？", Form.wh, Asks.general, False),
    ("strategy", "哪一項施政策略導入 OKR 管理？", Form.wh, Asks.section, False),
    ("what a goal says", "智慧災防新南向的目標是什麼？", Form.wh, Asks.general, False),
    ("choice", "中興園區籌設計畫是科技發展類還是公共建設類？", Form.choice, Asks.general, False),
    ("choice with 或", "中興園區籌設計畫是公共建設或科技發展？", Form.choice, Asks.general, False),
    ("yes/no particle", "科技部有補助低軌衛星嗎？", Form.polar, Asks.general, False),
    ("是否", "科技部是否補助低軌衛星？", Form.polar, Asks.general, False),
    ("A-not-A", "科技部是不是有補助低軌衛星的計畫？", Form.polar, Asks.program, False),
    ("existence", "有沒有補助低軌衛星的計畫？", Form.polar, Asks.program, False),
    ("years before a noun", "國家科學技術發展計畫是哪幾年的計畫？", Form.wh, Asks.enumeration, True),  # asks when, not a program
    ("A-not-A of any verb", "科技部要不要跟國際姊妹園區合作？", Form.polar, Asks.general, False),
    ("keyword", "射月計畫", Form.keyword, Asks.program, False),
    ("keyword without a noun", "低軌衛星", Form.keyword, Asks.general, False),
    ("keyword with a field noun", "中興園區籌設計畫 執行單位", Form.keyword, Asks.agency, False),
    ("keyword: a plan noun, then its agency", "射月計畫 單位", Form.keyword, Asks.agency, False),
    ("how many 项目 (Mainland for programs)", "国辐中心负责几个项目", Form.wh, Asks.program, True),
    ("how many 項目 of a named program: its items", "腦科技計畫有幾個項目", Form.wh, Asks.general, False),
    ("the kind of a 项目: its category", "新竹园区的建设项目属于哪类", Form.wh, Asks.category, False),
    ("the kind of a named program's 項目: its text", "腦科技計畫的重點發展項目是哪一類", Form.wh, Asks.general, False),
    ("the kind of what a verb takes: its text", "新創事業要引進哪一類", Form.wh, Asks.general, False),
    ("a verb that files a program: its category", "射月計畫要歸在哪一類", Form.wh, Asks.category, False),
    ("keyword: an agency noun, no program", "衛星 單位", Form.keyword, Asks.general, False),
    ("copula left open", "中興園區籌設計畫的執行單位是？", Form.keyword, Asks.agency, False),
    ("English frame around a Chinese name", "Which agency runs 中興園區籌設計畫?", Form.wh, Asks.agency, False),
    ("which programs", "哪些計畫屬於公共建設類？", Form.wh, Asks.program, True),
    ("programs, then 有哪些", "跟半導體有關的計畫有哪些？", Form.wh, Asks.program, True),
    ("list request", "請列出所有公共建設計畫", Form.request, Asks.program, True),
    ("list of the text's items", "科技部推動哪三大方略？", Form.wh, Asks.enumeration, True),
    ("項目 after the interrogative: programs", "哪些項目是中科管理局負責的？", Form.wh, Asks.program, True),
    ("項目 of a named program: its text's items", "腦科技計畫重點發展哪些項目？", Form.wh, Asks.enumeration, True),
    ("how", "科技部如何支持新創國際競爭力？", Form.wh, Asks.general, False),
    ("Simplified script", "哪个计划补助低轨卫星？", Form.wh, Asks.program, False),
    ("which + noun", "Which program develops low Earth orbit satellites?", Form.wh, Asks.program, False),
    ("the name of", "What is the name of the program that develops satellites?", Form.wh, Asks.program, False),
    ("what + type of program", "What type of program is the Chung Hsing park program?", Form.wh, Asks.category, False),
    ("type of another noun", "What kind of support does the park give?", Form.wh, Asks.general, False),
    ("what as an object", "What does the plan say about satellite development?", Form.wh, Asks.general, False),
    ("what a goal says (English)", "What is the goal of the Beyond 5G satellite program?", Form.wh, Asks.general, False),
    ("looking for", "I'm looking for the program that develops satellites.", Form.request, Asks.program, False),
    ("who", "Who is in charge of the Beyond 5G satellite program?", Form.wh, Asks.agency, False),
    ("who, put in charge by another", "Who will the ministry put in charge of integrating core technology?", Form.wh,
     Asks.general, False),
    ("the slot noun after a possessive", "What is the semiconductor moonshot program's category?", Form.wh,
     Asks.category, False),
    ("a polite request, not a yes/no question", "Could you tell me which agency runs the Beyond 5G program?",
     Form.request, Asks.agency, False),
    ("a request to explain", "Can you explain the purpose of the climate change study?", Form.request, Asks.general,
     False),
    ("who + person role", "Who is the minister?", Form.wh, Asks.person, False),
    ("who may: a group, not who acts", "Who can apply for the special talent awards?", Form.wh, Asks.general, False),
    ("organisations not acting on a program", "Which units does the National Applied Research Laboratories have?",
     Form.wh, Asks.general, False),
    ("English choice", "Is the Chung Hsing park program a public construction program or a science and technology "
                       "development program?", Form.choice, Asks.general, False),
    ("English yes/no", "Does the plan fund low Earth orbit satellites?", Form.polar, Asks.general, False),
    ("English negative yes/no", "Doesn't the plan fund low Earth orbit satellites?", Form.polar, Asks.general, False),
    ("a request embedding a question", "Tell me who runs the Zhongxing park preparation program.", Form.request,
     Asks.agency, False),
    ("English choice listed after which", "Which is run by NARLabs, the moonshot program or the low-orbit satellite "
     "program?", Form.choice, Asks.general, False),
    ("English choice with a cleft", "Is it the moonshot program or the space program that NARLabs runs?", Form.choice,
     Asks.general, False),
    ("yes/no about a strategy", "Does the plan have a strategy that uses OKR?", Form.polar, Asks.section, False),
    ("which programs (plural)", "Which programs does the Hsinchu Science Park Bureau run?", Form.wh, Asks.program, True),
    ("list the programs", "List the programs about AI.", Form.request, Asks.program, True),
    ("list as a verb", "Which program helps medical device startups list overseas?", Form.wh, Asks.program, False),
    ("how many programs", "How many programs does NARLabs run?", Form.wh, Asks.program, True),
    ("English keywords: a program, then its agency", "Beyond 5G program agency", Form.keyword, Asks.agency, False),
    ("the full name of a named program", "What is the full name of the Beyond 5G program?", Form.wh, Asks.program,
     False),
    ("what a named program is called", "What is the Beyond 5G program called in full?", Form.wh, Asks.program, False),
    ("an official name is no official person", "What's the official name of the brain program?", Form.wh,
     Asks.program, False),
]
