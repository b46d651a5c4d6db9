"""What is no entity, whatever label the model gives it: titles and offices alone, generic words, salutations,
document types, diseases, citations; and the label a name's own head word decides.

- an office: the words before a first "of"/"for" end in a title ("National Security Advisor", "General
  Counsel", "Federal Coordinating Officer for Federal ...", "Plenipotentiary"), unless the name starts with an
  organisation's word ("Office of the General Counsel");
- generic words only ("Department", "Council", "Board of Directors", "Press", "Media", "Executive Order",
  "Southern District"): a kind of body, document or place, not a name;
- a name that starts with a lower-case word other than a particle ("senate", "south east"; but "de Gaulle",
  "eBay");
- a salutation ("Dear Madam"); a time zone ("UTC", "EDT"); a disease, alone or with a qualifier ("COVID-19",
  "Long COVID");
- a "person" whose name holds a digit or a disease ("Treat Long COVID"), or that ends in a generic word
  ("Alaska Native Tribes");
- a law or programme's head word ("Act", "Law") makes it a LAW; an organisation's head word
  ("Administration", "Agency", and a programme's: "Program", "Initiative", "Fund", "Assistance") an ORG, whatever
  place, facility or person label it had; "G7", "G20" are ORGs;
- a "person" headed by a word only bodies end in ("University of Bristol", "Planned Parenthood Association",
  "Washington Times") is an ORG, and so is a "place" headed by a society's or a newspaper's word ("Historical
  Society of America"); a "person" headed by a natural feature's word ("Java Sea", "Strait of Singapore") is
  a LOC; the head is the last word before any "of".
"""

from __future__ import annotations

import re

#: Words that end an office or title: a name ending in one (before any "of"/"for") is a post, not a body.
TITLE_HEADS = frozenset(
    """Advisor Adviser Advisors Advisers Counsel Counselor Counsellor Officer Officers Secretary Secretaries
    Director Directors Administrator Coordinator Spokesperson Spokesman Spokeswoman Treasurer Ambassador
    Plenipotentiary Extraordinary Envoy Commissioner Chairman Chairwoman Chairperson Chair President
    Vice-President Minister Ministers Founder Co-Founder Nominee Nominees Deputy Assistant Attorney Liaison
    Representative Manager Czar Member Members Fellow Fellows Designate Staff Aide Aides Principal""".split()
)
#: Lower-case words a name may start with ("de Gaulle", "van Rompuy", "al-Assad" has a capital anyway).
_PARTICLES = frozenset("de da di du del della der den van von ter ten le la bin ibn al el dos das".split())
#: Words that start an organisation's name: "Office of the General Counsel" is a body, not a post.
ORG_STARTS = frozenset("Office Department Ministry Bureau Agency Council Board Committee Commission".split())
#: Words a name of a kind of body, document or place is made of when it names no particular one.
GENERIC_WORDS = frozenset(
    """Department Departments Council Councils Board Boards Committee Committees Commission Agency Agencies
    Office Offices Bureau Ministry Government Governments Administration Press Media Summit State States
    Directors Division Program Programs Programme Center Centre Court Courts District Districts Circuit Region
    Tribes Tribal Nations Executive Order Orders Memorandum Proclamation Statement Statements Readout Notice
    Remarks Release Fact Sheet Report Letter Briefing Transcript Eastern Western Northern Southern Central
    Local Territorial Presidential E.O. Task Force""".split()
)
#: Last words no person's name ends in.
_NOT_SURNAMES = frozenset(
    "Tribes Tribal Nations Department Council Committee Agency Commission Administration Office".split()
)
#: Words that are no entity alone: adjectives of a government, a name's suffix.
LONE_WORDS = frozenset("Federal National State Jr Jr. Sr Sr. II III IV".split())
_FUNCTION_WORDS = frozenset("of for the and on to in".split())
#: Time zones: "12:00 UTC", "7 a.m. EDT".
TIME_ZONES = frozenset("UTC GMT BST CET CEST EST EDT CST CDT MST MDT PST PDT AEST AEDT IST JST".split())
#: Diseases, and the qualifiers they are written with.
DISEASES = frozenset(
    """covid covid-19 sars sars-cov-2 h1n1 hiv aids hiv/aids ebola zika malaria polio mpox monkeypox omicron
    influenza tuberculosis measles cholera""".split()
)
_DISEASE_QUALIFIERS = frozenset("long global novel the".split())
#: Head words of laws and programmes: one law is one entity, a LAW, whatever label the model gave it.
LAW_HEADS = frozenset("Act Law Bill Code Amendment Treaty".split())
#: Head words of organisations: such a name read as a facility or a place is an ORG.
ORG_HEADS = frozenset(
    """Administration Agency Department Ministry Bureau Commission Committee Council Corporation Authority
    Affairs Program Programme Initiative Fund Assistance""".split()
)
#: Head words of bodies no person's name ends in: such a "person" is an ORG.
BODY_HEADS = frozenset(
    """University College School Academy Institute Association Society Foundation Federation League Union
    Alliance Coalition Organisation Organization Museum Gallery Hospital Club Party Airlines Airways Bank
    Times Herald Tribune Journal Network Motors Industries""".split()
)
#: Of those, the ones no place's name ends in either ("West Bank", "Soviet Union" are places): such a
#: "place" is an ORG.
_BODY_NOT_PLACE = frozenset(
    """University College School Academy Institute Association Society Foundation Federation League Alliance
    Coalition Organisation Organization Club Party Times Herald Tribune Journal""".split()
)
#: Head words of natural features: such a "person" or people is a LOC.
FEATURE_HEADS = frozenset(
    """Sea Ocean River Lake Bay Gulf Strait Straits Island Islands Peninsula Mountains Desert Valley Canal
    Coast Channel""".split()
)
_GROUP_OF = re.compile(r"^G-?\d{1,2}$")
_DIGIT = re.compile(r"\d")


def _words(name: str) -> list[str]:
    return name.replace(",", " ").split()


def is_office(name: str) -> bool:
    """A post, not a body: "National Security Advisor", "General Counsel", "Federal Coordinating Officer for
    Federal recovery"; not "Office of the General Counsel"."""
    head = re.split(r"\s+(?:of|for)\s+", name, maxsplit=1)[0].split()
    return bool(head) and head[-1] in TITLE_HEADS and head[0] not in ORG_STARTS


def is_generic(name: str) -> bool:
    """Generic words only: "Department", "Board of Directors", "Executive Order", "Southern District"."""
    words = _words(name)
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return bool(content) and all(w in GENERIC_WORDS or w.rstrip("s") in GENERIC_WORDS for w in content)


def is_disease(name: str) -> bool:
    """A disease alone or with a qualifier: "COVID-19", "Long COVID", "Global COVID-19"."""
    words = [w.casefold() for w in _words(name)]
    rest = [w for w in words if w not in _DISEASE_QUALIFIERS]
    return bool(rest) and all(w in DISEASES for w in rest)


def _not_a_person(name: str) -> bool:
    words = _words(name)
    return bool(_DIGIT.search(name)) or words[-1] in _NOT_SURNAMES or any(w.casefold() in DISEASES for w in words)


def is_no_entity(name: str, label: str) -> bool:
    """True when the name, under this label, names no entity at all (see the module's rules)."""
    if not any(c.isalpha() for c in name):
        return True  # "1" of "+1", "2020"
    if is_disease(name) or name.split()[0] == "Dear" or name in LONE_WORDS or name in TIME_ZONES or is_office(name):
        return True
    first = name.split()[0]
    if first[:1].islower() and first == first.lower() and first not in _PARTICLES:
        return True  # "senate", "south east", "council and Government": a common noun phrase
    if label != "NORP" and is_generic(name):
        return True
    return label == "PERSON" and _not_a_person(name)


def label_by_head(name: str, label: str) -> str:
    """The label a name's head word decides: "... Act" is a LAW, "... Administration" read as a place or a
    facility is an ORG, "G7" is an ORG, a "person" headed by a body's word an ORG and by a natural feature's
    a LOC; else the model's label."""
    words = _words(name)
    if not words:
        return label
    if words[-1] in LAW_HEADS and label in ("ORG", "PRODUCT", "EVENT", "WORK_OF_ART", "FAC"):
        return "LAW"
    if words[-1] in ORG_HEADS and label in ("FAC", "GPE", "LOC", "PERSON"):
        return "ORG"
    if _GROUP_OF.match(name):
        return "ORG"
    head = head_word(name)
    if head in BODY_HEADS and (label == "PERSON" or (label in ("GPE", "LOC", "NORP") and head in _BODY_NOT_PLACE)):
        return "ORG"
    if head in FEATURE_HEADS and label in ("PERSON", "NORP"):
        return "LOC"
    return label


def head_word(name: str) -> str:
    """The last word before any "of": "University" of "University of Bristol", "Sea" of "Java Sea"."""
    words = _words(re.split(r"\s+of\s+", name, maxsplit=1)[0])
    return words[-1] if words else ""
