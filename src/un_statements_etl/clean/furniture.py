"""Site furniture: the lines a web page prints around a statement that are not the statement.

Skip links, menus, breadcrumbs, share buttons, language switchers, cookie and site notices,
re-publishers' banners, video sizes and durations, listing headings ("Press releases
Special Procedures"), promotions followed by "Learn more". Recognised by their shape
(short, anchored, words only furniture uses), never by topic: a paragraph of prose is never
furniture, whatever it is about ("Russian forces ..." is not a language switcher).
"""

from __future__ import annotations

import re

from .prose import reads_as_sentence


def wordset(text: str, sep: str | None = None) -> frozenset[str]:
    """A word list written as one string (easier to read and extend than a list literal)."""
    return frozenset(text.split(sep))


_CHROME_LINES = wordset(
    "skip to main content|skip to content|search|menu|main menu|close|share|share this|print|email|e-mail|"
    "home|back to top|top|toggle navigation|navigation|languages|language|select language|english|sign in|"
    "log in|subscribe|download|read more|more|next|previous|you are here|accept|accept all|reject all|"
    "ok|got it|follow us|related|tags|latest|news|united nations|un press|ohchr|un human rights|"
    "office of the high commissioner for human rights|meetings coverage and press releases|secretary-general|"
    "about us|what we do|where we work|human rights bodies|news and events|countries|issues|get involved|"
    "contact us|media center|media centre|publications|resources|documents|media|in focus|un news|"
    "united nations human rights office of the high commissioner|welcome to the united nations|"
    "aller au contenu principal|passer au contenu principal|saltar al contenido principal|"
    "ir al contenido principal|перейти к основному содержанию|跳转到主要内容|الانتقال إلى المحتوى الرئيسي|"
    "accueil|inicio|главная|首页|الرئيسية|partager|compartir|imprimer|imprimir|contacto|menú|fil d'ariane|"
    "comparte en|partager sur|compartir en|закрыть|关闭|إغلاق|fermer|cerrar|"
    # unhcr.org's country-site picker, in its languages
    "search for the country site|recherchez un site de pays|搜尋國家辦事處網站。|country profile|country website", "|")
# by shape, never by topic: a chrome line is short site furniture, so each pattern is anchored
# or names words that only furniture uses
_CHROME_RE = re.compile(
    r"^skip to\b|^subscribe to\b|^for information only\W+not an official (?:document|record)|^\[date prev\]|"
    r"^pour information\W+document non officiel|^(?:photo|image|photograph)\s+(?:by|credit)\b|"
    r"^(?:фото|foto|图片|صورة)\s*:|"
    r"^(?:aller|passer) au contenu|^(?:saltar|ir|pasar) al contenido|^share (?:this|on|via)\b|"
    r"^follow us\b|^(?:subject|topic|theme|country|countries|tags?|category|type|mandates?|related|"
    r"translations?|image|photo|credit|photo credit)\s*:|^last updated\b|\bjoin now\b|\bsign up now\b|"
    r"^advertisement$|^sponsored\b|^(?:category|tag) archives?\s*:|^archives?\s*:|^header image\b|"
    r"^welcome to the united nations\b|^bienvenue (?:à l['’]onu|aux nations unies)|"
    r"^bienvenid[oa]s a las naciones unidas|"
    r"^добро пожаловать в оон|^欢迎访问联合国|^مرحب[اً]* بكم في الأمم المتحدة|^informing humanitarians worldwide\b|"
    r"^global perspective human stories$|^l['’]actualité mondiale un regard humain$|^noticias onu mirada global|"
    r"^(?:archives? de (?:la )?catégorie|archivo de la categoría|архив рубрики)\s*:|^in progress at unhq$|"
    r"^en cours au siège de l['’]onu$|^تجاوز إلى المحتوى|^跳至主要内容|^[a-z]+ (?:version|versión)$|\b\d+ views?$|"
    r"^\((?:[^()]{1,30})\)$|^[a-z]{2,8} [–-] united nations\b.{0,40}$|^search (?:for|form)\b.{0,40}$|\bpaywall\b|"
    r"^(?:loading|laden|chargement|cargando)\W*$|"
    r"^[\w .'’-]{2,40} \+ \d+ more$|\blogo$|^you are on page\b|^(?:news and press release|originally published)$|"
    r"^(?:publicada|publicado|published|publié|publiée) (?:en|in|dans)$|"
    r"^منظور عالمي قصص إنسانية$|^全球视角\s*人文故事$|"
    r"^глобальный взгляд,? человеческие судьбы$|(?:\ba\s+){2,}a\b|^[\w ]{0,30}\bicon\b[\w ]{0,30}$|"
    r"^(?:\S+\s+(?:сайт|site|version|versión)\s*){3,}|\blearn more$|^disponible en\b|"
    r"^available in\b|^view original$|^\d+(?:[.,]\d+)?\s*[kmg]b$|^(?:mp4|mp3|mov|wav|hd|sd)$|"
    r"^\W*(?:video|audio|mp4|mp3|download)\b.{0,60}\b\d+(?:[.,]\d+)?\s*(?:[kmg]b|"
    r"[kmg]o)\b|^\W*\d{1,2}:\d{2}(?::\d{2})?\W*$|^\W*(?:duration|durée|duración)\s*:")
# banners that read like sentences, matched as whole lines ("Welcome to the United Nations." alone is prose)
_BANNERS = wordset("welcome to the united nations. it's your world|добро пожаловать в оон. это ваш мир|"
                   "search for the country site|recherchez un site de pays|搜尋國家辦事處網站。|"
                   # unicef.org's site-transition notice
                   "we're building a new unicef.org|as we swap out old for new, pages will be in transition. "
                   "thanks for your patience – please keep coming back to see the improvements|"
                   "unicef.org新网站正在建设中。", "|")
# a language switcher lists names only; "Russian forces" is prose, so every token must be a name
_LANGUAGES = wordset("العربية عربي 中文 english español français русский português deutsch arabic chinese "
                      "french spanish russian")
_SOCIAL = wordset("share facebook twitter x linkedin whatsapp email e-mail print telegram instagram "
                   "youtube flickr copy link reddit compartir partager en sur on via")
FOOTER_LINES = wordset("tags|related|related news|related content|latest news|see also|share this story|"
                   "follow us|back to top|footer|contact us|privacy notice|terms of use", "|")
# the mechanism ohchr.org prints after a page's type ("Press releases Treaty bodies", "Déclarations
# Haut-Commissariat aux droits de l'homme"), in the site's languages
MECHANISMS = ("Treaty bodies", "Special Procedures", "Human Rights Council", "Universal Periodic Review",
              "Office of the High Commissioner for Human Rights", "High Commissioner for Human Rights",
              "Multiple Mechanisms", "Organes conventionnels", "Procédures spéciales",
              "Conseil des droits de l['’]homme", "Haut-Commissariat aux droits de l['’]homme",
              "Examen périodique universel", "Mécanismes multiples", "Órganos de tratados",
              "Procedimientos especiales", "Consejo de Derechos Humanos",
              "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
              "Examen Periódico Universal", "Varios mecanismos", "条约机构", "特别程序", "人权理事会",
              "人权事务高级专员办事处", "多个机制", "Различные механизмы", "Договорные органы", "Специальные процедуры",
              "المفوضية السامية لحقوق الإنسان", "الإجراءات الخاصة", "هيئات المعاهدات")
SECTION_LABEL = re.compile(
    r"^(?P<label>(?i:press\s+releases|press\s+statements|statements(?:\s+and\s+speeches)?|speeches|meeting\s+summaries|"
    r"press\s+briefing\s+notes|press\s+conferences|press\s+events|media\s+advisories|avis\s+aux\s+médias|déclaration\s+à\s+la\s+presse|news|stories|edited\s+news|latest\s+news|communiqués\s+de\s+presse|"
    r"comunicados\s+de\s+prensa|déclarations|declaraciones|discursos|新闻稿|讲话|声明|заявления|выступления|"
    r"пресс-релизы|بيانات\s+صحفية|البيانات|بيانات|خطابات|演说|演讲|déclarations,\s+remarques\s+et\s+messages))(?P<rest>(?:\s*[,|]?\s*(?:[A-ZÀ-Þ\u0400-\u042F\u4e00-\u9fff"
    r"\u0621-\u064A][\w’'-]*|of|the|for|on|and|de|des|du|la|le|les|del|las|los|para|aux|y|по|и|\d{4}|\(\d+\))){0,14}"
    rf"|\s+(?i:{'|'.join(MECHANISMS)}))\s*$")
PRESS_OFFICE_LINE = re.compile(r"(?i)^(?:department\s+of\s+public\s+information|département\s+de\s+l['’]information|"
                       r"departamento\s+de\s+información\s+pública)\b.*?[•.·]\s*(?P<city>[^•.·|]+?)\s*\|?$")
SOURCE_LINE = re.compile(r"^from\s+(?:the\s+)?[A-Z][^.!?]{2,80}$")  # ReliefWeb: "from UN Office for ..."
CRUMB_SEP = re.compile(r"\s*[>»›]\s*|\s+/\s+")
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()\s]*\)")  # an image's alt text is no line of the page's
_MD_LINK = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")


def plain_line(line: str) -> str:
    """A line without markdown links, emphasis or list bullets, spaces collapsed."""
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", line)).replace("**", "").replace("__", "")
    return " ".join(re.sub(r"^\s*(?:#{1,6}|[-*•>])\s+", "", text).split())


def following_plain(lines: list[str], index: int, within: int) -> list[str]:
    """The non-empty plain lines among the `within` lines after `lines[index]` (a reader's look ahead).

    >>> following_plain(["Title", "", "* Share", "Body"], 0, 3)
    ['Share', 'Body']
    """
    return [p for p in (plain_line(line) for line in lines[index + 1:index + 1 + within]) if p]


NEWS_TAGLINE = re.compile(r"(?i)^(?:global\s+perspective,?\s+human\s+stories|"
                          r"l['’]actualité\s+mondiale,?\s+un\s+regard\s+humain|(?:noticias\s+onu\s+)?mirada\s+global,?\s+historias\s+humanas|全球视角\s*人文故事|"
                          r"منظور\s+عالمي\s+قصص\s+إنسانية|глобальный\s+взгляд,?\s+человеческие\s+судьбы)$")


def is_chrome(plain: str) -> bool:
    """True for a line of site furniture.

    >>> is_chrome("World Video | Defence | Foreign Affairs | Trade | Search"), is_chrome("Close sites icon close")
    (True, True)
    >>> is_chrome("Russian forces shelled the town; Russian authorities denied it; Russian officials spoke.")
    False
    """
    low = plain.lower().strip(" .:|»›>")
    tokens = low.split()
    parts = [part.split() for part in re.split(r"\s+\|+\s+", low)]
    if len(parts) >= 4 and all(len(part) <= 4 for part in parts):  # a menu: "World | Defence | Trade"
        return True
    if len(tokens) <= 8 and re.search(r"\+\d[\d ()-]{7,}\d", low):
        return True  # a contact banner: "Questions? +1 (202) 555-0100 Login"
    if len(re.split(r"\s+·\s+", low)) >= 3 and re.search(r"\d{3}", low):
        return True  # a re-publisher's banner: "A service for ... · Friday, March 29, 2024 · 699,678 Articles"
    if len(parts) >= 3 and any(re.fullmatch(r"[\d/.-]{8,10}", " ".join(part)) for part in parts):
        return True  # a re-publisher's stamp: "06/23/2022 | Press release | Distributed by ..."
    if len(tokens) > 20:  # a paragraph is never furniture
        return False
    if reads_as_sentence(plain):  # prose is never furniture, whatever words it uses, unless a whole banner
        return low.replace("’", "'").rstrip("!") in _BANNERS
    return (low in _CHROME_LINES or bool(_CHROME_RE.search(low)) or not any(ch.isalnum() for ch in low)
            or (len(tokens) >= 3 and all(t.strip(",|") in _LANGUAGES for t in tokens))
            or all(t in _SOCIAL for t in tokens)
            or (len(crumbs := CRUMB_SEP.split(low)) > 1 and _are_crumbs(crumbs, low)))


def _are_crumbs(crumbs: list[str], low: str) -> bool:
    """A breadcrumb trail: short steps after "Home" or between arrows; « ... » is a quotation.

    >>> _are_crumbs(["home", "news", "statements"], "home > news > statements")
    True
    >>> _are_crumbs(["il a dit « non", " aux menaces de mort"], "il a dit « non » aux menaces de mort")
    False
    """
    if "«" in low or any(len(crumb.split()) > 6 for crumb in crumbs):
        return False
    return crumbs[0].startswith(("home", "you are here")) or crumbs[0] == "" or bool(re.search(r"[>»›]", low))


_MORE = re.compile(r"(?i)^(?:learn|read|find\s+out|see)\s+more\W*$|^en\s+savoir\s+plus\W*$|^(?:más|leer\s+más)\W*$|"
                   r"^(?:узнать\s+больше|подробнее|了解更多|اعرف\s+المزيد)\W*$")


def is_teaser(plain: str, lines: list[str], index: int) -> bool:
    """A promotion: a line followed by "Learn more" (and that link itself)."""
    if _MORE.match(plain):
        return True
    following = next(iter(following_plain(lines, index, 3)), "")
    return bool(_MORE.match(following))


_MEDIA_FACT = re.compile(r"(?i)^(?:/\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*/.*)?$|^\d+(?:[.,]\d+)?\s*[kmg][bo]$|^/$")


def is_media_file_name(lines: list[str], index: int) -> bool:
    """A video's file name: a line followed by the file's duration or size ("/ 53:01 / MP4 / 3.1 GB"), as
    media pages print above the page's own heading.

    >>> is_media_file_name(["Geneva Briefing 17SEP2024 Continuity", "/", "1:11:45", "/", "MP4"], 0)
    True
    >>> is_media_file_name(["Experts urge restraint", "", "GENEVA (5 May 2023) – UN experts today urged restraint."], 0)
    False
    """
    following = next(iter(following_plain(lines, index, 5)), "")
    return bool(_MEDIA_FACT.match(following))


def headline(plain: str) -> str:
    """A headline without the site's " | Section | Site" suffix or a "STORY:" label.

    >>> headline("Experts urge restraint now | Press centre | UNICEF"), headline("STORY: Experts urge restraint")
    ('Experts urge restraint now', 'Experts urge restraint')
    """
    parts = [part.strip() for part in plain.split(" | ")]
    if len(parts) > 1 and len(parts[0].split()) >= 4 and all(len(p.split()) <= 4 for p in parts[1:]):
        plain = parts[0]
    return re.sub(r"^(?:(?:EDITED\s+)?STORY|TITLE|HEADLINE)\s*:\s*", "", plain)


def is_place_line(plain: str) -> bool:
    """A city alone in capitals ("GENEVA", "NEW YORK"), as themes print above a dateline."""
    words = plain.split()
    return plain.isupper() and len(words) <= 3 and all(w.isalpha() for w in words) \
        and not _NOT_PLACES.intersection(w.lower() for w in words)


# capitals lines that are times of day or section names, not places ("MORNING" above a meeting summary)
_NOT_PLACES = wordset("morning afternoon evening night matin après-midi soir mañana tarde update news "
                       "statement statements speech speeches release feature story")
