"""Term lists the claim checker reads claims and facts with, in English and Chinese.

These are general vocabulary, not answers: how people say "abstain" or "not", which words
are units, which offices exist, which names belong to actors and places outside the article.
English entries are matched on word boundaries after normalisation (lower case, NFKC);
Chinese entries as substrings.
"""

from __future__ import annotations

# Words that flip the polarity of the predicate that follows them (within a few words).
NEGATION_EN = (
    "not", "never", "no", "n't", "cannot", "without", "neither", "nor", "failed to", "fail to",
    "fails to", "unable to", "refused to", "refuse to", "rather than", "instead of",
)  # fmt: skip
NEGATION_ZH = (
    "没有", "并未", "从未", "尚未", "未能", "未曾", "不会", "不能", "不可能", "不可", "不再",
    "无法", "拒不", "并非", "不是", "而不是", "未", "不", "没", "无", "非",
)  # fmt: skip

# Predicates with a polarity: (concept, +1 | -1, terms). "continue" is "halt" negated, so
# "did not halt" and "continued" agree, and "halted" contradicts both.
CONCEPTS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("halt", 1, ("stop", "stopped", "halt", "halted", "halts", "cease", "ceased", "suspend",
                 "suspended", "end its", "停止", "中止", "停下", "叫停", "阻止")),
    ("halt", -1, ("continue", "continued", "continues", "continuing", "carry on", "go on",
                  "went on", "persist", "keep up", "press on", "持续", "继续", "照常", "仍将")),
    ("accept", 1, ("accept", "accepted", "accepts", "support", "supported", "supports",
                   "welcome", "welcomed", "welcomes", "back", "backed", "endorse", "endorsed",
                   "agree to", "agreed to", "embrace", "接受", "支持", "认可", "赞同", "欢迎",
                   "同意")),
    ("accept", -1, ("reject", "rejected", "rejects", "oppose", "opposed", "opposes",
                    "refuse", "refused", "rebuff", "rebuffed", "dismiss", "dismissed",
                    "拒绝", "反对", "否决", "抵制")),
    ("attend", 1, ("attend", "attended", "took part", "take part", "taking part",
                   "participate", "participated", "joined", "present at", "出席", "参加",
                   "参与", "到场", "与会")),
    ("attend", -1, ("absent", "excluded", "barred", "kept out", "kept away", "缺席",
                    "被排除")),
    ("reach", 1, ("reached", "reach", "achieved", "struck", "secured", "concluded",
                  "达成", "取得", "谈成")),
    ("modify", 1, ("modify", "modified", "modification", "modifications", "amend",
                   "amended", "amendment", "amendments", "change", "changes", "changed",
                   "revise", "revised", "修改", "修订", "改动", "更改")),
    ("modify", -1, ("unchanged", "unaltered", "as it stands", "原封不动", "照单全收")),
    ("rise", 1, ("rise", "rising", "rose", "grow", "growing", "grew", "increase",
                 "increased", "increasing", "expand", "stronger", "strengthen", "上升",
                 "增强", "扩大", "提升", "增加", "上涨")),
    ("rise", -1, ("decline", "declined", "declining", "wane", "waning", "waned", "fall",
                  "falling", "decrease", "decreased", "shrink", "weaken", "weakened",
                  "erode", "下降", "衰落", "减弱", "削弱", "衰退", "下滑")),
    ("permanent", 1, ("permanent", "lasting", "durable", "long-term", "永久", "长久",
                      "长期", "持久")),
    ("permanent", -1, ("temporary", "short-term", "interim", "brief", "暂时", "短暂",
                       "临时")),
    ("succeed", 1, ("succeeded", "success", "successful", "breakthrough", "成功", "突破")),
    ("succeed", -1, ("failed", "fail", "collapsed", "fell through", "came to nothing",
                     "fruitless", "without an agreement", "without agreement", "no agreement",
                     "inconclusive", "无果", "未果", "失败", "功亏一篑", "破裂", "告吹",
                     "无果而终", "没有结果", "未达成一致")),
    ("withdraw_all", 1, ("completely", "fully", "entirely", "full withdrawal",
                         "complete withdrawal", "all of gaza", "whole of gaza", "全部撤出",
                         "完全撤出", "全面撤出", "全部撤离", "彻底撤出", "全部", "完全")),
    ("withdraw_all", -1, ("populated areas", "population centres", "population centers",
                          "densely populated", "人口聚集区", "人口稠密区", "人口密集区")),
    ("direct", 1, ("direct talks", "directly", "face to face", "face-to-face", "直接谈判",
                   "直接")),
    ("direct", -1, ("indirect", "indirectly", "through mediators", "via mediators",
                    "间接", "经由调停", "通过调停", "通过斡旋")),
    ("unanimous", 1, ("unanimous", "unanimously", "without dissent", "一致通过", "全票",
                      "一致同意")),
)  # fmt: skip

# Units a number can count, with the words that name them.
UNITS: dict[str, tuple[str, ...]] = {
    "hostages": ("hostage", "hostages", "captive", "captives", "abductee", "人质",
                 "被扣押人员", "被扣押者"),
    "prisoners": ("prisoner", "prisoners", "detainee", "detainees", "inmate", "囚犯",
                  "被关押者", "在押人员", "巴勒斯坦人"),
    "days": ("day", "days", "天", "日"),
    "hours": ("hour", "hours", "小时", "个小时"),
    "votes": ("vote", "votes", "票"),
    "phases": ("phase", "phases", "stage", "stages", "阶段", "个阶段", "期"),
    "rounds": ("round", "rounds", "轮"),
    "soldiers": ("soldier", "soldiers", "troops", "士兵", "军人", "名士兵"),
    "years": ("year", "years", "年"),
    "members": ("member", "members", "成员", "成员国", "理事国"),
    "aims": ("aim", "aims", "goal", "goals", "objective", "objectives", "目标"),
    "mediators": ("mediator", "mediators", "调停方", "斡旋方", "调解方"),
    "citizens": ("citizen", "citizens", "national", "nationals", "american", "americans",
                 "公民", "美国人", "美国公民"),
    "truces": ("truce", "truces", "ceasefire", "ceasefires", "停火"),
    "parties": ("party", "parties", "方"),
}  # fmt: skip

# Vote words: the value a number next to them is compared with on a vote fact.
VOTE_WORDS: dict[str, tuple[str, ...]] = {
    "for": ("in favour", "in favor", "for", "yes", "赞成", "赞成票"),
    "against": ("against", "no votes", "反对", "反对票"),
    "abstain": ("abstention", "abstentions", "abstain", "abstained", "abstaining",
                "弃权", "弃权票"),
}  # fmt: skip

# Offices: a person named with another person's office is a swap.
ROLES: dict[str, tuple[str, ...]] = {
    "finance minister": ("finance minister", "minister of finance", "财政部长", "财长"),
    "defence minister": ("defence minister", "defense minister", "minister of defence",
                         "minister of defense", "国防部长", "防长"),
    "national security minister": ("national security minister",
                                   "minister of national security", "国家安全部长",
                                   "国安部长"),
    "foreign minister": ("foreign minister", "minister of foreign affairs", "外交部长",
                         "外长", "外交大臣"),
    "prime minister": ("prime minister", "premier", "总理", "首相"),
    "president": ("president", "总统"),
    "cia director": ("cia director", "director of the cia", "cia chief", "中情局局长",
                     "中央情报局局长"),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman", "发言人"),
    "head of the political bureau": ("political bureau chief", "politburo chief",
                                     "head of the political bureau", "政治局领导人",
                                     "政治局主席"),
    "head of mossad": ("mossad chief", "head of mossad", "mossad director", "摩萨德局长",
                       "摩萨德领导人"),
    "army chief": ("chief of staff", "army chief", "总参谋长"),
    "researcher": ("researcher", "研究员"),
}  # fmt: skip

# Political camps.
CAMPS: dict[str, tuple[str, ...]] = {
    "far-right": ("far-right", "far right", "extreme right", "ultranationalist", "极右翼",
                  "极右"),
    "centre-left": ("centre-left", "center-left", "中左翼", "中左"),
    "centrist": ("centrist", "centre", "center", "中间派", "中间"),
    "centre-right": ("centre-right", "center-right", "中右翼", "中右"),
    "left": ("left-wing", "leftist", "左翼"),
    "right": ("right-wing", "右翼"),
}  # fmt: skip

# Order words: "A after B" means A's date is later than B's.
AFTER = ("after", "following", "only after", "later than", "之后", "以后", "后来", "随后")
BEFORE = ("before", "prior to", "earlier than", "ahead of", "之前", "以前", "此前", "前夕")

# Comparisons between two counts.
MORE = ("more", "greater", "larger", "higher", "多于", "超过", "比")
LESS = ("fewer", "less", "smaller", "lower", "少于", "不到")

# Words that say where something happened: a different place then contradicts.
VENUE = (
    "held in", "took place in", "take place in", "taking place in", "hosted", "venue",
    "met in", "meeting in", "talks in", "negotiations in", "round in", "convened in",
    "举行", "召开", "进行", "在",
)  # fmt: skip

# Actors and places the article does not mention: naming one is not evidence, and naming
# one in a slot the article fills (who abstained, where a round was held) contradicts it.
OUTSIDE: dict[str, tuple[str, tuple[str, ...]]] = {
    "ext-china": ("party", ("china", "chinese", "beijing", "中国", "北京")),
    "ext-uk": ("party", ("united kingdom", "britain", "british", "uk", "英国", "伦敦政府")),
    "ext-algeria": ("party", ("algeria", "阿尔及利亚")),
    "ext-japan": ("party", ("japan", "日本")),
    "ext-iran": ("party", ("iran", "iranian", "tehran", "伊朗", "德黑兰")),
    "ext-syria": ("party", ("syria", "syrian", "damascus", "叙利亚", "大马士革")),
    "ext-lebanon": ("party", ("lebanon", "lebanese", "黎巴嫩")),
    "ext-jordan": ("party", ("jordan", "jordanian", "约旦")),
    "ext-saudi": ("party", ("saudi arabia", "saudi", "riyadh", "沙特阿拉伯", "沙特", "利雅得")),
    "ext-turkey": ("party", ("turkey", "türkiye", "turkish", "ankara", "土耳其")),
    "ext-uae": ("party", ("united arab emirates", "uae", "emirati", "阿联酋")),
    "ext-yemen": ("party", ("yemen", "也门")),
    "ext-germany": ("party", ("germany", "german", "berlin", "德国", "柏林")),
    "ext-eu": ("party", ("european union", "eu", "欧盟")),
    "ext-arab-league": ("party", ("arab league", "阿盟", "阿拉伯国家联盟")),
    "ext-hezbollah": ("party", ("hezbollah", "hizbollah", "真主党")),
    "ext-houthis": ("party", ("houthis", "houthi", "ansar allah", "胡塞", "胡塞武装")),
    "ext-islamic-jihad": ("party", ("islamic jihad", "杰哈德", "伊斯兰圣战")),
    "ext-pa": ("party", ("palestinian authority", "fatah", "巴勒斯坦民族权力机构", "法塔赫")),
    "ext-icc": ("party", ("international criminal court", "icc", "国际刑事法院")),
    "ext-icj": ("party", ("international court of justice", "icj", "world court", "国际法院")),
    "ext-unrwa": ("party", ("unrwa", "近东救济工程处")),
    "ext-who": ("party", ("world health organization", "who", "世界卫生组织", "世卫")),
    "ext-nato": ("party", ("nato", "北约")),
    "ext-sinwar": ("person", ("sinwar", "辛瓦尔")),
    "ext-blinken": ("person", ("blinken", "布林肯")),
    "ext-gallant": ("person", ("gallant", "加兰特")),
    "ext-trump": ("person", ("trump", "特朗普")),
    "ext-harris": ("person", ("harris", "哈里斯")),
    "ext-sullivan": ("person", ("sullivan", "沙利文")),
    "ext-guterres": ("person", ("guterres", "古特雷斯")),
    "ext-sisi": ("person", ("sisi", "塞西")),
    "ext-herzog": ("person", ("herzog", "赫尔佐格")),
    "ext-lapid": ("person", ("lapid", "拉皮德")),
    "ext-eisenkot": ("person", ("eisenkot", "艾森科特")),
    "ext-nasrallah": ("person", ("nasrallah", "纳斯鲁拉")),
    "ext-khamenei": ("person", ("khamenei", "哈梅内伊")),
    "ext-deif": ("person", ("deif", "代夫")),
    "ext-abbas": ("person", ("mahmoud abbas", "阿巴斯总统")),
    "ext-doha": ("place", ("doha", "多哈")),
    "ext-london": ("place", ("london", "伦敦")),
    "ext-geneva": ("place", ("geneva", "日内瓦")),
    "ext-washington": ("place", ("washington", "white house", "华盛顿", "白宫")),
    "ext-new-york": ("place", ("new york", "纽约")),
    "ext-rome": ("place", ("rome", "罗马")),
    "ext-vienna": ("place", ("vienna", "维也纳")),
    "ext-oslo": ("place", ("oslo", "奥斯陆")),
    "ext-istanbul": ("place", ("istanbul", "伊斯坦布尔")),
    "ext-amman": ("place", ("amman", "安曼")),
    "ext-beirut": ("place", ("beirut", "贝鲁特")),
    "ext-jerusalem": ("place", ("jerusalem", "耶路撒冷")),
    "ext-tel-aviv": ("place", ("tel aviv", "特拉维夫")),
    "ext-west-bank": ("place", ("west bank", "约旦河西岸", "西岸")),
    "ext-red-sea": ("place", ("red sea", "红海")),
    "ext-khan-younis": ("place", ("khan younis", "khan yunis", "汗尤尼斯")),
    "ext-gaza-city": ("place", ("gaza city", "加沙城")),
    "ext-sharm": ("place", ("sharm el-sheikh", "沙姆沙伊赫")),
}  # fmt: skip

# The type of each outside entity, as the fact base types its own (`values.type`).
OUTSIDE_TYPES: dict[str, str] = {
    **{k: "state" for k in (
        "ext-china", "ext-uk", "ext-algeria", "ext-japan", "ext-iran", "ext-syria",
        "ext-lebanon", "ext-jordan", "ext-saudi", "ext-turkey", "ext-uae", "ext-yemen",
        "ext-germany")},
    **{k: "international organisation" for k in (
        "ext-eu", "ext-arab-league", "ext-icc", "ext-icj", "ext-unrwa", "ext-who", "ext-nato")},
    **{k: "movement" for k in ("ext-hezbollah", "ext-houthis", "ext-islamic-jihad", "ext-pa")},
    **{k: "region" for k in ("ext-west-bank", "ext-red-sea")},
    **{k: "city" for k in (
        "ext-doha", "ext-london", "ext-geneva", "ext-washington", "ext-new-york", "ext-rome",
        "ext-vienna", "ext-oslo", "ext-istanbul", "ext-amman", "ext-beirut", "ext-jerusalem",
        "ext-tel-aviv", "ext-khan-younis", "ext-gaza-city", "ext-sharm")},
}  # fmt: skip

# Words that carry no claim of their own: not counted when asking whether the facts cover
# everything a claim says.
STOPWORDS_EN = frozenset(
    """a an the of to in on at by for from with and or but as is are was were be been being
    has have had do does did its it this that these those which who whom whose what when
    where how than then there their they them he she his her him we our you your i me my
    also only just still even both each all any some such so very into onto over under about
    after before during between among up out off again further once said says say according
    article author reports reported would will could should can may might must shall one
    rather per via while if because since until till within without not no never set
    identifies identify identified states stated notes noted effect ended""".split()
)
STOPWORDS_ZH = (
    "任何", "文章", "本文", "认为", "表示", "指出", "据称", "据报道", "即使", "按照", "根据",
    "一些", "实际上", "事实上", "之一", "曾经", "已经", "目前", "当时", "随即", "其中",
    "可以", "存在", "能够",
)  # fmt: skip
STOP_CHARS_ZH = frozenset(
    "的了是在和与及对中为将把被由而并也都就又再已于从向以其该此这那之所着过等个"
)
