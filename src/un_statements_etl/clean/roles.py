"""The roles UN pages print before or after a speaker's name, in English, French and Spanish, as one
pattern (`ROLE_HEAD`) the speaker readers embed. Each role word has a test sentence in
tests/clean/test_labels_and_roles.py or tests/clean/test_header_forms.py.
"""

from __future__ import annotations

FIXED_ROLES = ("High Commissioner for Human Rights", "High Commissioner for Refugees", "High Commissioner",
                "Human Rights High Commissioner", "Human Rights Chief",
                "Secretary-General", "Emergency Relief Coordinator", "President of the Human Rights Council",
                "President of the General Assembly", "President of the Security Council")
OPEN_ROLES = ("Special Rapporteur", "Independent Expert", "Special Representative", "Special Adviser",
               "Special Envoy", "Special Coordinator", "Resident Coordinator", "Humanitarian Coordinator",
               "Under-Secretary-General", "Assistant Secretary-General", "Spokesperson", "Spokesman",
               "Spokeswoman", "Chairperson", "Chair", "Executive Director", "Director-General",
               "Administrator", "Commissioner-General", "Vice-Chair", "Rapporteur", "Head", "Chief",
               # the same roles as French and Spanish pages print them
               "Relator Especial", "Relatora Especial", "Rapporteur spécial", "Rapporteuse spéciale",
               "Experto Independiente", "Experta Independiente", "Expert indépendant", "Experte indépendante",
               "Representante Regional", "Représentant régional", "Representante Especial", "Représentant spécial",
               "Enviado Especial", "Envoyé spécial", "Portavoz", "Porte-parole", "Director Ejecutivo",
               "Directora Ejecutiva", "Directeur exécutif", "Directrice exécutive", "Coordinador Residente",
               "Coordonnateur résident", "Presidente", "Président", "Présidente",
               "Secretario General Adjunto", "Secretaria General Adjunta", "Subsecretario General",
               "Subsecretaria General", "Sous-Secrétaire général", "Sous-Secrétaire générale",
               "Secrétaire général adjoint", "Secrétaire générale adjointe", "Alto Comisionado", "Alta Comisionada",
               "Haut-Commissaire", "Haute-Commissaire", "Coordinadora Residente", "Coordonnatrice résidente",
               "Director General", "Directora General", "Directeur général", "Directrice générale",
               # generic words last: the alternation takes the first that fits
               "Regional Director", "Country Representative", "Regional Representative", "Representative",
               "Director", "Coordinator", "SRSG", "Director Regional", "Directora Regional", "Directeur régional",
               "Directrice régionale", "Directora", "Directeur", "Directrice", "Représentante spéciale",
               "Représentante régionale", "Envoyée spéciale",
               "Enviada Especial")
ROLE_HEAD = (r"(?:(?:new|newly\s+appointed|incoming|outgoing)\s+)?(?:(?:the\s+)?(?:UN|United\s+Nations)\s+)?"
             # an agency's acronym before the role: "WHO Regional Director", "UNHCR’s Representative"
             r"(?:(?-i:[A-Z]{2,8})(?:['’]s)?\s+)?"
             r"(?:(?:Deputy|Assistant|Acting|Former|Associate)\s+)?"
             rf"(?:{'|'.join(FIXED_ROLES)}|(?:{'|'.join(OPEN_ROLES)})"
             r"(?:\s+(?:on|for|of|to|in|with|del|de|des|du|para|sobre|pour|sur|en)\b(?:\s+[\w'’-]+){1,12}?)?)")
