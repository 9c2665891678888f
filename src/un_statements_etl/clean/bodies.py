"""UN bodies that a Chinese or Arabic title names as its subject ("联合国禁止酷刑委员会将审议 ...",
"خبراء الأمم المتحدة يطالبون ..."), by the English name the project keeps for each (the page's own
form is an alias of it). Each form has a test sentence in tests/clean/test_dateline_shapes.py.
"""

from __future__ import annotations

import re

# English name -> its forms in Chinese and Arabic (public names of the bodies)
_BODIES: dict[str, tuple[str, ...]] = {
    "Committee against Torture": ("禁止酷刑委员会", "لجنة مناهضة التعذيب"),
    "Subcommittee on Prevention of Torture": ("防范酷刑小组委员会", "اللجنة الفرعية لمنع التعذيب"),
    "Human Rights Committee": ("人权事务委员会", "اللجنة المعنية بحقوق الإنسان"),
    "Committee on Economic, Social and Cultural Rights": ("经济、社会(?:及|和)文化权利委员会",
                                                          "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية"),
    "Committee on the Elimination of Racial Discrimination": ("消除种族歧视委员会", "لجنة القضاء على التمييز العنصري"),
    "Committee on the Elimination of Discrimination against Women": ("消除对妇女歧视委员会",
                                                                     "لجنة القضاء على التمييز ضد المرأة"),
    "Committee on the Rights of the Child": ("儿童权利委员会", "لجنة حقوق الطفل"),
    "Committee on the Rights of Persons with Disabilities": ("残疾人权利委员会",
                                                             "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة"),
    "Committee on Enforced Disappearances": ("强迫失踪问题委员会", "اللجنة المعنية بحالات الاختفاء القسري"),
    "Working Group on Arbitrary Detention": ("任意拘留问题工作组",
                                             "(?:فريق\\s+الأمم\\s+المتحدة\\s+العامل|الفريق\\s+العامل)\\s+المعني\\s+"
                                             "بالاحتجاز\\s+التعسفي"),
    "UN experts": ("联合国(?:人权)?专家", "خبراء\\s+(?:حقوق\\s+الإنسان\\s+(?:في|من)\\s+)?الأمم\\s+المت\\u0651?حدة"),
}
_PREFIX = r"^(?:联合国|\(?الأمم\s+المتحدة\)?:?\s*)?"
# what follows the body in a title: a verb or an adverb of time (Chinese), or a verb in the present (Arabic: y-/t-)
_ACTS = r"(?:将|今天|今日|呼吁|敦促|表示|结束|审议|发表|谴责|欢迎|对|\s+(?:ي|ت)\w+)"


def body_in_title(title: str) -> str | None:
    """The UN body a Chinese or Arabic title names as the subject of its verb.

    >>> body_in_title("联合国禁止酷刑委员会将审议五国的状况"), body_in_title("خبراء الأمم المتحدة يطالبون بالتحقيق")
    ('Committee against Torture', 'UN experts')
    >>> body_in_title("秘书长欢迎禁止酷刑委员会的报告") is None
    True
    """
    for name, forms in _BODIES.items():
        if re.match(rf"{_PREFIX}(?:{'|'.join(forms)}){_ACTS}", title.strip().lstrip("[【")):
            return name
    return None
