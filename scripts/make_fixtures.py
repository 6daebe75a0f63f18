#!/usr/bin/env python3
"""Regenerate casegap's committed test fixtures.

    python3 scripts/make_fixtures.py            # rewrites fixtures/demo, fixtures/demo.truth.json,
                                                # fixtures/hostile (keeps the READMEs)
    python3 scripts/make_fixtures.py --check    # also runs the self-checks (pdftotext, qpdf)

Deterministic: fixed seeds, fixed PDF dates and ids (reportlab invariant=1, fpdf2 creation date,
PyMuPDF no_new_id, Ghostscript SOURCE_DATE_EPOCH + fixed /ID, qpdf --static-id), fixed ZIP
timestamps in .docx.  All persons, addresses and CPR numbers are invented.

Needs: python3 with reportlab, pymupdf, fpdf2, python-docx, img2pdf, pillow; qpdf, ghostscript
(ps2pdf), poppler-utils (pdftotext) for --check; DejaVu fonts for the scanned images.
"""
from __future__ import annotations

import argparse
import calendar
import email.policy
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = os.path.join(ROOT, "fixtures")
DEMO = os.path.join(FIX, "demo")
HOSTILE = os.path.join(FIX, "hostile")
AS_OF = date(2026, 6, 30)
FIXED_DT = datetime(2026, 1, 15, 12, 0, 0, tzinfo=timezone.utc)
EPOCH = int(FIXED_DT.timestamp())
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

CPR_RE = re.compile(r"(?<![\d-])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}-?\d{4}(?![\d-])")


def mask_cpr(s: str) -> str:
    return CPR_RE.sub("XXXXXX-XXXX", s)


# =============================================================================================
# Calendar (domain.md "Deadline arithmetic") - used by the self-check of the hand-written gaps
# =============================================================================================

def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def easter(y: int) -> date:
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo, day = divmod(h + l - 7 * m + 114, 31)
    return date(y, mo, day + 1)


def holidays(y: int) -> set:
    e = easter(y)
    s = {date(y, 1, 1), e - timedelta(3), e - timedelta(2), e + timedelta(1), e + timedelta(39),
         e + timedelta(50), date(y, 6, 5), date(y, 12, 24), date(y, 12, 25), date(y, 12, 26),
         date(y, 12, 31)}
    if y <= 2023:
        s.add(e + timedelta(26))
    return s


def add_workdays(d: date, n: int) -> date:
    while n > 0:
        d += timedelta(1)
        if d.weekday() < 5 and d not in holidays(d.year):
            n -= 1
    return d


def regime(d: date) -> str:
    return "BL" if d >= date(2024, 1, 1) else "SEL"


# =============================================================================================
# Documents of the demo export
# =============================================================================================

@dataclass
class Doc:
    id: str                      # path relative to the case folder (+ #N for journal entries)
    fmt: str                     # writer, see WRITERS
    type: str | None             # true type id (None: not a document, e.g. litter / jpg)
    date: date | None = None
    lines: list = field(default_factory=list)
    time: str | None = None
    attrs: dict = field(default_factory=dict)
    needs_ocr: bool = False
    meta: dict = field(default_factory=dict)   # writer extras (eml headers, ...)


@dataclass
class Case:
    folder: str
    docs: list
    gaps: list                   # hand-computed: dicts with rule, trigger, due, found, severity, note
    upcoming: list = field(default_factory=list)
    note: str = ""


KOMMUNE = ["Sølvdal Kommune", "Børn og Familie, Myndighedsafsnittet", "Rådhusvej 4, 6690 Sølvdal"]

ATTRS_OF = {
    "notification": ["anonymous"],
    "measure_decision": ["placement", "without_consent", "urgent", "no_plan", "complaint_guidance"],
    "investigation_decision": ["complaint_guidance"],
    "termination_decision": ["complaint_guidance"],
    "plan": ["goals"],
}


def head(title, sagsnr, barn, cpr, extra=()):
    return [*KOMMUNE, "", title, "", f"Sagsnr.: {sagsnr}", f"Barn: {barn}   CPR-nr.: {cpr}", *extra, ""]


KLAGE_SEL = ("Klagevejledning: Du kan klage over afgørelsen til Ankestyrelsen. Klagen sendes til "
             "Sølvdal Kommune inden 4 uger efter, at du har modtaget afgørelsen. Kommunen genvurderer "
             "sagen, før den sendes videre.")
KLAGE_BL = ("Du kan klage: Afgørelsen kan påklages til Ankestyrelsen, jf. barnets lov § 168. Send "
            "klagen til kommunen senest 4 uger efter modtagelsen; vi genvurderer afgørelsen først.")


def case_a() -> Case:
    """SEL 2015-2017: mostly compliant; investigation late; a 6-month follow-up gap."""
    s, b, c = "2015-0042", "Mathias Jensen", "120309-4417"
    mor = "Louise Jensen (CPR-nr. 230781-2046)"
    docs = [
        Doc("Dokumenter/2015-03-12 Underretning.pdf", "rl", "notification", date(2015, 3, 12), time="09:40",
            attrs={"anonymous": False}, lines=head("UNDERRETNING", s, b, c) + [
                "Modtaget den 12. marts 2015 kl. 09.40 pr. e-mail fra Kildeskolen, afdelingsleder Jonas Friis.",
                "",
                "Skolen er bekymret for Mathias. Han er de seneste uger mødt uden madpakke, er ofte træt og "
                "har to gange haft blå mærker på overarmen, som han ikke vil forklare. Mor, " + mor + ", "
                "er orienteret om, at skolen underretter kommunen.",
                "",
                "Underretningen er registreret af sagsbehandler Karen Holm."]),
        Doc("Dokumenter/2015-03-13 Vurdering af underretning.pdf", "fpdf", "notification_assessment",
            date(2015, 3, 13), time="08:15", lines=head("Vurdering af underretning inden for 24 timer", s, b, c) + [
                "Vurderingen er foretaget den 13.03.2015 kl. 08.15.",
                "",
                "Underretningen fra Kildeskolen af 12.03.2015 er gennemgået. Der er ikke grundlag for at "
                "handle akut i dag; barnets sundhed og udvikling vurderes ikke at være i umiddelbar fare. "
                "Sagen overgår til afklaring af, om der skal iværksættes en undersøgelse efter "
                "servicelovens § 50.",
                "", "Karen Holm, socialrådgiver"]),
        Doc("Dokumenter/Dokument 000123.pdf", "mupdf", "receipt", date(2015, 3, 16),
            lines=head("Kvittering for modtagelse af underretning", s, b, c) + [
                "Dato: 16. marts 2015",
                "",
                "Til Kildeskolen, att. Jonas Friis.",
                "Sølvdal Kommune bekræfter hermed at have modtaget jeres underretning vedrørende Mathias "
                "den 12. marts 2015. Vi kan oplyse, at underretningen har givet anledning til, at vi "
                "arbejder videre med sagen, jf. servicelovens § 155 b.",
                "", "Med venlig hilsen", "Karen Holm"]),
        Doc("Dokumenter/2015-03-20 Afgørelse om børnefaglig undersøgelse.pdf", "gs", "investigation_decision",
            date(2015, 3, 20), attrs={"complaint_guidance": True},
            lines=head("Afgørelse om iværksættelse af børnefaglig undersøgelse", s, b, c) + [
                "Afgørelsen er truffet den 20. marts 2015.",
                "",
                "Sølvdal Kommune har besluttet at iværksætte en børnefaglig undersøgelse af Mathias' "
                "forhold efter servicelovens § 50. Undersøgelsen skal afdække barnets udvikling og "
                "adfærd, familieforhold, skoleforhold, sundhedsforhold, fritidsforhold og venskaber.",
                "",
                "Begrundelse: Skolens oplysninger om træthed og blå mærker giver grund til at antage, at "
                "Mathias kan have behov for særlig støtte.",
                "",
                KLAGE_SEL,
                "", "Karen Holm, socialrådgiver"]),
        Doc("Dokumenter/Sundhedsplejens udtalelse 120309-4417.pdf", "rl", "status_statement", date(2015, 5, 4),
            lines=["Sølvdal Kommune, Sundhedsplejen", "", "Udtalelse fra sundhedsplejen", "",
                   "Dato: 04.05.2015", f"Vedr.: {b}, CPR 1203094417", "",
                   "Mathias er vejet og målt ved skolesundhedsplejersken. Vægten følger kurven. Han "
                   "fortæller, at han sover dårligt, fordi der er uro derhjemme om aftenen.",
                   "", "Birgitte Lund, sundhedsplejerske"]),
        Doc("Dokumenter/2015-07-28 Samtale med barnet.docx", "docx", "child_conversation", date(2015, 7, 28),
            lines=head("Samtale med barnet", s, b, c) + [
                "Samtalen blev afholdt den 28. juli 2015 i familiens hjem uden forældrene til stede.",
                "",
                "Mathias fortalte om sin hverdag, om skolen og om fodbold, som han er glad for. Han sagde, "
                "at han gerne vil have, at der bliver mindre råben derhjemme, og at han godt kan lide at "
                "være hos sin moster.",
                "", "Karen Holm"]),
        Doc("Dokumenter/2015-08-03 Børnefaglig undersøgelse.pdf", "rl", "investigation", date(2015, 8, 3),
            lines=head("BØRNEFAGLIG UNDERSØGELSE", s, b, c, ["Efter servicelovens § 50"]) + [
                "Undersøgelsen er påbegyndt den 20. marts 2015 og afsluttet den 3. august 2015.",
                "",
                "Barnets udvikling og adfærd: Mathias er en vågen dreng, der klarer sig fagligt middel.",
                "Familieforhold: Mor er alene med Mathias; der har været konflikter med mors samlever.",
                "Skoleforhold: Fremmøde 91 %. Skolen beskriver ham som stille og træt.",
                "Sundhedsforhold: Se sundhedsplejens udtalelse af 4. maj 2015.",
                "Fritidsforhold og venskaber: Spiller fodbold to gange om ugen.",
                "",
                "Samlet vurdering: Mathias har behov for en fast voksen uden for hjemmet. Det anbefales at "
                "tilbyde en kontaktperson.",
                "", "Karen Holm, socialrådgiver"]),
        Doc("Dokumenter/2015-08-10 Handleplan.pdf", "fpdf", "plan", date(2015, 8, 10), attrs={"goals": True},
            lines=head("Handleplan efter servicelovens § 140", s, b, c) + [
                "Dato: 10.08.2015",
                "",
                "Baggrund: Den børnefaglige undersøgelse af 3. august 2015 viser behov for støtte.",
                "",
                "Mål for indsatsen:",
                "1. Mathias har en fast voksen at tale med hver uge.",
                "2. Fremmødet i skolen er over 95 % inden jul.",
                "Delmål: Mathias deltager i fodboldtræning mindst én gang om ugen.",
                "",
                "Indsats: kontaktperson, 4 timer om ugen i 12 måneder.",
                "Opfølgning: første gang senest 3 måneder efter afgørelsen.",
                "", "Karen Holm"]),
        Doc("Dokumenter/2015-08-17 Afgørelse om foranstaltning.pdf", "mupdf", "measure_decision", date(2015, 8, 17),
            attrs={"placement": False, "without_consent": False, "urgent": False, "no_plan": False,
                   "complaint_guidance": True},
            lines=head("Afgørelse om foranstaltning", s, b, c) + [
                "Afgørelsen er truffet den 17. august 2015.",
                "",
                "Sølvdal Kommune har bevilget en fast kontaktperson til Mathias efter servicelovens "
                "§ 52, stk. 3, nr. 6, med 4 timer om ugen. Mor har givet samtykke til støtten.",
                "",
                "Begrundelse: Afgørelsen bygger på den børnefaglige undersøgelse og på samtalen med "
                "Mathias den 28. juli 2015.",
                "",
                KLAGE_SEL,
                "", "Karen Holm, socialrådgiver"]),
        Doc("Journal/journal.txt#1", "journal", "journal_note", date(2015, 10, 1)),
        Doc("Journal/journal.txt#2", "journal", "follow_up", date(2015, 11, 16)),
        Doc("Journal/journal.txt#3", "journal", "follow_up", date(2016, 5, 4)),
        Doc("Journal/journal.txt#4", "journal", "journal_note", date(2016, 9, 8)),
        Doc("Journal/journal.txt#5", "journal", "follow_up", date(2017, 1, 12)),
        Doc("Dokumenter/2017-03-20 Afgørelse om ophør af foranstaltning.rtf", "rtf", "termination_decision",
            date(2017, 3, 20), attrs={"complaint_guidance": True},
            lines=head("Afgørelse om ophør af foranstaltning", s, b, c) + [
                "Afgørelsen er truffet den 20. marts 2017.",
                "",
                "Kontaktpersonordningen efter servicelovens § 52, stk. 3, nr. 6, ophører den 31. marts "
                "2017, jf. servicelovens § 68. Mathias trives, og målene i handleplanen er nået.",
                "",
                KLAGE_SEL,
                "", "Karen Holm"]),
        Doc("Dokumenter/2017-04-03 Sagen afsluttes.txt", "txt:utf-8", "closure", date(2017, 4, 3),
            lines=["Afslutningsnotat", "", "Dato: 03-04-2017", f"Sag {s} – {b}, CPR-nr. {c}", "",
                   "Sagen lukkes, da foranstaltningen er ophørt, og der ikke er nye henvendelser.",
                   "Karen Holm"]),
        Doc("Dokumenter/Thumbs.db", "litter", None),
    ]
    journal = ("Journal/journal.txt", "cp1252", [
        "JOURNALUDSKRIFT – Sølvdal Kommune, Børn og Familie",
        f"Sag: {s}   Barn: {b}   CPR: {c}",
        "",
        "01.10.2015 – Telefonsamtale med mor",
        "Mor ringede og fortalte, at kontaktpersonen er kommet godt i gang. Mathias glæder sig til "
        "torsdagene. Mor spurgte til økonomisk hjælp til fodboldkontingent; vejledt om ansøgning.",
        "KH",
        "",
        "16.11.2015 – Opfølgningsmøde",
        "Opfølgning på handleplanen med mor, Mathias og kontaktperson Per Dahl. Fremmødet i skolen er "
        "steget til 94 %. Indsatsen fortsætter uændret.",
        "KH",
        "",
        "4.5.2016 – Opfølgning på handleplan",
        "Statusmøde på skolen. Mathias har det bedre; der er ro i hjemmet efter samleverens fraflytning. "
        "Næste opfølgning aftales til efteråret.",
        "KH",
        "",
        "08.09.2016 – Journalnotat",
        "Ny sagsbehandler: sagen overdrages fra Karen Holm til Ahmad Rahimi. Opfølgningsmødet i oktober "
        "er aflyst pga. sygdom og ikke genplanlagt.",
        "AR",
        "",
        "12.01.2017 – Statusmøde",
        "Opfølgning med mor og Mathias (CPR 120309-4417). Målene i handleplanen er nået. Det aftales, "
        "at kontaktpersonordningen ophører.",
        "AR",
    ])
    gaps = [
        dict(rule="investigation_within_4_months", trigger="Dokumenter/2015-03-12 Underretning.pdf",
             severity="error", due="2015-07-12", found="2015-08-03",
             note="Episode start = the notification 2015-03-12 (earlier than the investigation decision "
                  "2015-03-20); due add_months(2015-03-12, 4) = 2015-07-12; completed 2015-08-03 "
                  "('afsluttet den 3. august 2015'); no preliminary_assessment, so error not warning."),
        dict(rule="follow_up_every_6_months", trigger="Dokumenter/2015-08-17 Afgørelse om foranstaltning.pdf",
             severity="error", due="2016-11-04", found="2017-01-12",
             note="Follow-ups 2015-11-16, 2016-05-04 (journal #2, #3; 'Opfølgning på handleplan' with the "
                  "short date 4.5.2016), then none until 2017-01-12 (#5). add_months(2016-05-04, 6) = "
                  "2016-11-04. Journal #4 (2016-09-08) is a journal_note that only says the meeting was "
                  "cancelled. Counting ends at the termination 2017-03-20."),
    ]
    return Case("2015-0042 Jensen, Mathias", docs, gaps, note=(
        "SEL. assessment: 09:40 -> next day 08:15 (22 h 35 min, OK). receipt 2015-03-16 <= "
        "add_workdays(2015-03-12, 6) = 2015-03-20. Investigation 2015-08-03 <= decision 2015-08-17; child "
        "conversation 2015-07-28 and plan 2015-08-10 in [2015-02-17, 2015-08-17]; first follow-up "
        "2015-11-16 <= 2015-11-17. Closure exists, so the old case is not 'inactive'. The status "
        "statement's file name holds a CPR number (id masked).")), journal


def case_b() -> Case:
    """BL 2024-2025: placement with consent (barnets lov § 46); no child conversation."""
    s, b, c = "2024-0117", "Freja Hansen", "040615-3358"
    docs = [
        Doc("2024-02-05 Underretning fra skole.eml", "eml", "notification", date(2024, 2, 5), time="10:20",
            attrs={"anonymous": False},
            meta={"from": "Lene Skov <lene.skov@egeskolen.example.dk>",
                  "to": "boernogfamilie@soelvdal.example.dk",
                  "subject": "Underretning vedr. Freja Hansen, 3.b",
                  "date": "Mon, 05 Feb 2024 10:20:00 +0100"},
            lines=["Underretning efter barnets lov § 133", "",
                   "Modtaget: 05.02.2024 kl. 10.20", f"Barn: {b}, CPR {c}", "",
                   "Hej Børn og Familie", "",
                   "Som Frejas klasselærer vil jeg gerne underrette om, at Freja igen i dag fortalte, at "
                   "hun ikke tør tage hjem, fordi far har drukket. Hun har været fraværende 11 dage i "
                   "januar. Forældrene er ikke orienteret endnu, da vi er bekymrede for Frejas sikkerhed.",
                   "", "Venlig hilsen", "Lene Skov, lærer, Egeskolen", "Tlf. 61 22 33 44"]),
        Doc("2024-02-07 Vurdering af underretning.html", "html", "notification_assessment", date(2024, 2, 7),
            lines=head("Vurdering af underretning", s, b, c) + [
                "Dato for vurdering: 7. februar 2024",
                "",
                "Underretningen fra Egeskolen er vurderet. Der er ikke behov for akut handling, men der "
                "iværksættes en børnefaglig undersøgelse efter barnets lov § 20. Forældrene inviteres "
                "til møde.",
                "", "Sagsbehandler: Mette Brandt"]),
        Doc("2024-02-09 Afgørelse om børnefaglig undersøgelse.pdf", "fpdf", "investigation_decision",
            date(2024, 2, 9), attrs={"complaint_guidance": True},
            lines=head("Afgørelse om børnefaglig undersøgelse", s, b, c) + [
                "Dato: 9. februar 2024",
                "",
                "Vi har besluttet at gennemføre en børnefaglig undersøgelse af Freja efter barnets lov "
                "§ 20, stk. 1. Undersøgelsen skal være færdig inden for 4 måneder.",
                "",
                KLAGE_BL, "", "Mette Brandt, rådgiver"]),
        Doc("Dokument 004512.pdf", "fpdf", "receipt", date(2024, 2, 19),
            lines=head("Kvittering for underretning", s, b, c) + [
                "Dato: 19.02.2024",
                "",
                "Kære Lene Skov. Tak for din underretning af 5. februar 2024 om Freja. Vi bekræfter "
                "modtagelsen og kan oplyse, at vi arbejder videre med sagen.",
                "", "Mette Brandt"]),
        Doc("2024-05-21 Børnefaglig undersøgelse efter barnets lov § 20.pdf", "mupdf", "investigation",
            date(2024, 5, 21),
            lines=head("Børnefaglig undersøgelse efter barnets lov § 20", s, b, c) + [
                "Dato for afslutning: 21.05.2024",
                "",
                "Undersøgelsen belyser Frejas udvikling, trivsel, familie, skole, sundhed og fritid, "
                "jf. barnets lov § 20, stk. 2.",
                "Far har et alkoholmisbrug og har afvist behandling. Mor arbejder om natten. Freja er "
                "ofte alene og tager ansvar for sin lillebror.",
                "",
                "Konklusion: Frejas behov kan ikke dækkes i hjemmet. Forvaltningen indstiller, at Freja "
                "anbringes i netværksplejefamilie hos mormor, hvilket begge forældre har givet samtykke til.",
                "", "Mette Brandt"]),
        Doc("2024-06-10 Barnets plan.docx", "docx", "plan", date(2024, 6, 10), attrs={"goals": True},
            lines=head("BARNETS PLAN", s, b, c, ["Efter barnets lov § 91"]) + [
                "Dato: 10. juni 2024",
                "",
                "Frejas egne ønsker: at gå i samme skole og se sin lillebror hver weekend.",
                "",
                "Konkrete mål:",
                "- Freja trives hos mormor og har en stabil hverdag.",
                "- Fraværet i skolen er under 5 % i næste skoleår.",
                "- Samvær med forældrene hver anden weekend under tilsyn.",
                "", "Mette Brandt"]),
        Doc("2024-06-14 Afgørelse om anbringelse uden for hjemmet.pdf", "rl", "measure_decision",
            date(2024, 6, 14),
            attrs={"placement": True, "without_consent": False, "urgent": False, "no_plan": False,
                   "complaint_guidance": True},
            lines=head("Afgørelse om anbringelse uden for hjemmet", s, b, c) + [
                "Afgørelsen er truffet den 14. juni 2024.",
                "",
                "Børne- og ungeudvalget har godkendt, at Freja anbringes uden for hjemmet i "
                "netværkspleje hos mormor, Inge Hansen, efter barnets lov § 46, stk. 1, jf. § 43. "
                "Forældremyndighedsindehaverne har givet skriftligt samtykke den 12. juni 2024.",
                "",
                "Begrundelse: Den børnefaglige undersøgelse af 21. maj 2024 viser, at Frejas behov ikke "
                "kan dækkes i hjemmet.",
                "",
                KLAGE_BL, "", "Mette Brandt, rådgiver"]),
        Doc("2024-09-10 Opfølgning på barnets plan.pdf", "gs", "follow_up", date(2024, 9, 10),
            lines=head("Opfølgning på barnets plan", s, b, c) + [
                "Mødedato: 10. september 2024",
                "",
                "Deltagere: Freja, mormor, mor, Mette Brandt. Freja er faldet godt til og har haft fuldt "
                "fremmøde siden skolestart. Planen fortsætter.",
                "", "Mette Brandt"]),
        Doc("2025-02-18 Tilsynsbesøg.pdf", "mupdf", "supervision_visit", date(2025, 2, 18),
            lines=head("Personrettet tilsyn – tilsynsbesøg", s, b, c) + [
                "Besøget fandt sted den 18. februar 2025 hos plejefamilien.",
                "",
                "Freja viste sit værelse og fortalte om veninderne i klassen. Hun savner far, men vil "
                "ikke flytte hjem nu.",
                "", "Mette Brandt"]),
        Doc("2025-08-20 Udtalelse fra skole.html", "html", "status_statement", date(2025, 8, 20),
            lines=["Egeskolen", "", "Udtalelse fra skole", "", "Dato: 20.08.2025",
                   f"Elev: {b} (CPR-nr. {c})", "",
                   "Freja har haft et godt skoleår med 2 % fravær. Hun deltager aktivt og har gode venner.",
                   "", "Lene Skov, klasselærer"]),
        Doc("Foto fra samvær.jpg", "jpg", None),
    ]
    gaps = [
        dict(rule="assessment_within_24h", trigger="2024-02-05 Underretning fra skole.eml", severity="error",
             due="2024-02-06", found="2024-02-07",
             note="Notification received 2024-02-05 kl. 10.20; the assessment states only a date, "
                  "7 February: neither the same day nor the next calendar day."),
        dict(rule="receipt_within_6_workdays", trigger="2024-02-05 Underretning fra skole.eml",
             severity="warning", due="2024-02-13", found="2024-02-19",
             note="add_workdays(2024-02-05, 6) = 2024-02-13; the receipt ('Dokument 004512.pdf', no "
                  "date in its name) is dated 19.02.2024."),
        dict(rule="child_conversation_before_decision",
             trigger="2024-06-14 Afgørelse om anbringelse uden for hjemmet.pdf", severity="error",
             due="2024-06-14", found=None,
             note="No child_conversation anywhere in the case; the supervision visit 2025-02-18 (where "
                  "Freja talks) is a supervision_visit, and after the decision anyway."),
    ]
    return Case("2024-0117 Hansen, Freja", docs, gaps, note=(
        "BL. Placement with consent (§ 46): investigation 2024-05-21 <= decision; investigation due "
        "add_months(2024-02-05, 4) = 2024-06-05, met. plan window (BL, not without_consent) = "
        "[2023-12-14, 2024-09-14], plan 2024-06-10 OK. First follow-up 2024-09-10 <= 2024-09-14. No "
        "6-month rule under BL. Newest document 2025-08-20 is within 12 months of as_of. "
        "'Foto fra samvær.jpg' is unsupported.")), None


def case_c() -> Case:
    """Both regimes, folder named with a CPR number; scanned statement without text layer."""
    s, b, c = "2019-0042", "Oliver Berg", "010212-1234"
    docs = [
        Doc("2019/2019-09-02 Anonym underretning.pdf", "rl", "notification", date(2019, 9, 2),
            attrs={"anonymous": True},
            lines=head("Anonym underretning", s, b, c) + [
                "Modtaget: 02.09.2019 (telefonisk)",
                "",
                "En anonym henvendelse fra en nabo: Oliver går ofte alene rundt i opgangen sent om "
                "aftenen, og der høres høje skænderier fra lejligheden. Henvenderen ønsker ikke at "
                "oplyse sit navn.",
                "", "Modtaget af Sara Winther"]),
        Doc("2019/2019-09-03 24-timers vurdering.txt", "txt:utf-8", "notification_assessment", date(2019, 9, 3),
            lines=["24-TIMERS VURDERING", f"Sag {s} - Oliver Berg - cpr {c}", "",
                   "Dato: 3/9-2019", "",
                   "Underretningen af 2. september er vurderet. Barnet er ikke i akut fare. Forældrene "
                   "kontaktes, og der tages stilling til en § 50-undersøgelse.", "Sara Winther"]),
        Doc("2019/Afgørelse om undersøgelse.pdf", "gs", "investigation_decision", date(2019, 9, 20),
            attrs={"complaint_guidance": True},
            lines=head("AFGØRELSE OM BØRNEFAGLIG UNDERSØGELSE", s, b, c) + [
                "Sølvdal, den 20. september 2019",
                "",
                "Kommunen iværksætter en undersøgelse af Olivers forhold efter servicelovens § 50. "
                "Forældrene er indforstået.",
                "",
                "Klagevejledning", "Du kan klage til Ankestyrelsen inden 4 uger. Klagen sendes til kommunen.",
                "", "Sara Winther"]),
        Doc("Scannet/Dokument 000311.pdf", "scan", "status_statement", date(2019, 10, 15), needs_ocr=True,
            lines=["Nørrebakke Skole", "", "Udtalelse fra skole", "", "Dato: 15.10.2019",
                   f"Elev: {b}   CPR-nr.: {c}", "",
                   "Oliver er en glad dreng i 2. klasse.", "Han kommer ofte for sent og er sulten.",
                   "Vi har et godt samarbejde med mor.", "", "Tove Kragh, klasselærer"]),
        Doc("2019/2019-11-25 Foreløbig vurdering.pdf", "fpdf", "preliminary_assessment", date(2019, 11, 25),
            lines=head("Foreløbig vurdering", s, b, c) + [
                "Dato: 25.11.2019",
                "",
                "Undersøgelsen kan ikke afsluttes inden for 4 måneder, da udtalelsen fra børne- og "
                "ungdomspsykiatrien endnu ikke foreligger. Foreløbig vurderes det, at Oliver har behov "
                "for familiebehandling.",
                "", "Sara Winther"]),
        Doc("2020/2020-01-20 Børnesamtale.pdf", "mupdf", "child_conversation", date(2020, 1, 20),
            lines=head("Referat af børnesamtale", s, b, c) + [
                "Samtalen blev afholdt den 20. januar 2020 på skolen.",
                "",
                "Oliver fortalte, at han gerne vil have, at mor og far holder op med at skændes. Han "
                "vil gerne fortsætte i sin klasse.",
                "", "Sara Winther"]),
        Doc("2020/2020-01-27 §50-undersøgelse.pdf", "rl", "investigation", date(2020, 1, 27),
            lines=head("§50-undersøgelse", s, b, c) + [
                "Afsluttet den 27. januar 2020",
                "",
                "Undersøgelsen er gennemført efter servicelovens § 50. Der er indhentet udtalelse fra "
                "skolen (15. oktober 2019) og fra børne- og ungdomspsykiatrien.",
                "Vurdering: Familien har behov for familiebehandling for at skabe ro og struktur.",
                "", "Sara Winther"]),
        Doc("2020/2020-02-10 Afgørelse om foranstaltning.pdf", "fpdf", "measure_decision", date(2020, 2, 10),
            attrs={"placement": False, "without_consent": False, "urgent": False, "no_plan": False,
                   "complaint_guidance": False},
            lines=head("Afgørelse om foranstaltning", s, b, c) + [
                "Afgørelsen er truffet den 10. februar 2020.",
                "",
                "Der bevilges familiebehandling efter servicelovens § 52, stk. 3, nr. 3, to gange om "
                "ugen i 6 måneder, med start den 1. marts 2020.",
                "",
                "Begrundelse: Undersøgelsen af 27. januar 2020 viser, at familien har brug for hjælp til "
                "struktur og konfliktløsning.",
                "", "Sara Winther"]),
        Doc("2020/2020-03-02 Handleplan.pdf", "gs", "plan", date(2020, 3, 2), attrs={"goals": False},
            lines=head("Handleplan", s, b, c) + [
                "Dato: 2. marts 2020",
                "",
                "Indsats: familiebehandling hos Familiehuset, to gange om ugen.",
                "Familiebehandleren arbejder med faste rutiner, konflikter og mors og fars samarbejde.",
                "Oliver ønsker ro derhjemme.",
                "Planen revideres ved opfølgningen.",
                "", "Sara Winther"]),
        Doc("2020/2020-04-28 Opfølgning.pdf", "rl", "follow_up", date(2020, 4, 28),
            lines=head("Opfølgning", s, b, c) + ["Mødedato: 28.04.2020", "",
                                                 "Telefonisk opfølgning pga. corona. Behandlingen kører.",
                                                 "", "Sara Winther"]),
        Doc("2020/2020-10-15 Opfølgning.pdf", "rl", "follow_up", date(2020, 10, 15),
            lines=head("Opfølgning", s, b, c) + ["Mødedato: 15.10.2020", "",
                                                 "Der er færre konflikter. Behandlingen forlænges.",
                                                 "", "Sara Winther"]),
        Doc("2021/2021-04-12 Statusmøde.pdf", "mupdf", "follow_up", date(2021, 4, 12),
            lines=head("Statusmøde", s, b, c) + ["Mødedato: 12. april 2021", "",
                                                 "Familien har fået faste rutiner; indsatsen kan ophøre.",
                                                 "", "Sara Winther"]),
        Doc("2021/2021-06-14 Afgørelse om ophør.pdf", "fpdf", "termination_decision", date(2021, 6, 14),
            attrs={"complaint_guidance": True},
            lines=head("Afgørelse om ophør af foranstaltning", s, b, c) + [
                "Afgørelsen er truffet den 14. juni 2021.",
                "", "Familiebehandlingen ophører den 30. juni 2021.", "", KLAGE_SEL, "", "Sara Winther"]),
        Doc("2024/2024-03-11 Underretning.pdf", "mupdf", "notification", date(2024, 3, 11), time="22:10",
            attrs={"anonymous": False},
            lines=head("Underretning fra politiet", s, b, c) + [
                "Modtaget den 11. marts 2024 kl. 22.10 fra Syd- og Sønderjyllands Politi, vagtchefen.",
                "",
                "Politiet har været kaldt ud til familiens adresse på grund af vold mellem forældrene. "
                "Oliver, 12 år, var hjemme og meget bange. Far er anholdt.",
                "", "Registreret af døgnvagten"]),
        Doc("2024/2024-03-12 Akut vurdering.txt", "txt:utf-16", "notification_assessment", date(2024, 3, 12),
            time="09:00",
            lines=["AKUT VURDERING AF UNDERRETNING", f"Sag {s}, Oliver Berg, CPR {c}", "",
                   "Vurderet 12.03.2024 kl. 09.00", "",
                   "Underretningen fra politiet er vurderet. Oliver kan ikke blive i hjemmet, mens "
                   "situationen afklares. Der træffes afgørelse om anbringelse.", "Sara Winther"]),
        Doc("2024/2024-03-12 Samtale med barnet.pdf", "rl", "child_conversation", date(2024, 3, 12),
            lines=head("Samtale med barnet", s, b, c) + [
                "Samtalen blev afholdt den 12. marts 2024 på Børnehuset.",
                "",
                "Oliver fortalte om aftenen og sagde, at han ikke vil hjem, så længe far er der. Han vil "
                "gerne bo hos sin faster.",
                "", "Sara Winther"]),
        Doc("2024/2024-03-13 Afgørelse om anbringelse uden samtykke.pdf", "gs", "measure_decision",
            date(2024, 3, 13),
            attrs={"placement": True, "without_consent": True, "urgent": True, "no_plan": False,
                   "complaint_guidance": True},
            lines=head("Foreløbig afgørelse om anbringelse uden samtykke", s, b, c) + [
                "Afgørelsen er truffet den 13. marts 2024 af formanden for børne- og ungeudvalget, "
                "da sagen ikke kan afvente udvalgets næste møde (barnets lov § 47 og § 51).",
                "",
                "Oliver anbringes akut uden for hjemmet på Skovgården. Forældrene har ikke givet samtykke.",
                "",
                KLAGE_BL, "", "Sara Winther"]),
        Doc("2024/2024-03-14 Kvittering.pdf", "fpdf", "receipt", date(2024, 3, 14),
            lines=head("Kvittering for modtagelse af underretning", s, b, c) + [
                "Dato: 14.03.2024", "",
                "Til Syd- og Sønderjyllands Politi. Vi bekræfter modtagelse af jeres underretning af "
                "11. marts 2024.", "", "Sara Winther"]),
        Doc("2024/2024-04-08 Barnets plan.pdf", "mupdf", "plan", date(2024, 4, 8), attrs={"goals": True},
            lines=head("Barnets plan", s, b, c) + [
                "Dato: 08.04.2024",
                "",
                "Målsætning: Oliver skal have ro og tryghed på Skovgården og fortsætte i sin skole.",
                "Delmål: Samvær med mor hver uge; samvær med far først efter ny vurdering.",
                "", "Sara Winther"]),
        Doc("2024/2024-06-03 Opfølgning.pdf", "rl", "follow_up", date(2024, 6, 3),
            lines=head("3-måneders opfølgning", s, b, c) + ["Mødedato: 3. juni 2024", "",
                                                            "Oliver trives på Skovgården.", "",
                                                            "Sara Winther"]),
        Doc("2024/2024-06-28 Børnefaglig undersøgelse.pdf", "fpdf", "investigation", date(2024, 6, 28),
            lines=head("Opdateret børnefaglig undersøgelse (barnets lov § 20)", s, b, c) + [
                "Dato for afslutning: 28.06.2024",
                "",
                "Undersøgelsen er opdateret efter politiets underretning af 11. marts 2024. Anbringelsen "
                "bør fortsætte.",
                "", "Sara Winther"]),
        Doc("2026/2026-02-10 Tilsynsbesøg.pdf", "gs", "supervision_visit", date(2026, 2, 10),
            lines=head("Tilsynsbesøg", s, b, c) + ["Besøgsdato: 10.02.2026", "",
                                                   "Oliver er glad for Skovgården og har fået en ven.",
                                                   "", "Sara Winther"]),
    ]
    gaps = [
        dict(rule="investigation_within_4_months", trigger="2019/2019-09-02 Anonym underretning.pdf",
             severity="warning", due="2020-01-02", found="2020-01-27",
             note="Start = anonymous notification 2019-09-02 (before the decision 2019-09-20); due "
                  "2020-01-02; completed 2020-01-27. A preliminary_assessment dated 2019-11-25 <= due, so "
                  "severity warning."),
        dict(rule="plan_in_time", trigger="2020/2020-02-10 Afgørelse om foranstaltning.pdf", severity="error",
             due="2020-02-10", found="2020-03-02",
             note="SEL, not urgent: window [2019-08-10, 2020-02-10]; the only plan of that period is dated "
                  "2020-03-02."),
        dict(rule="decision_has_complaint_guidance", trigger="2020/2020-02-10 Afgørelse om foranstaltning.pdf",
             severity="error", due=None, found=None,
             note="The decision has no Klagevejledning / 'klage' text at all."),
        dict(rule="plan_has_goals", trigger="2020/2020-03-02 Handleplan.pdf", severity="warning",
             due=None, found=None,
             note="The plan describes the measure but states no goals (no 'Mål', 'Delmål', 'Målsætning')."),
        dict(rule="plan_in_time", trigger="2024/2024-03-13 Afgørelse om anbringelse uden samtykke.pdf",
             severity="error", due="2024-03-13", found="2024-04-08",
             note="BL placement without consent: window [2023-09-13, 2024-03-13]. The urgent extension "
                  "(+4 months) exists only under SEL; barnets plan is dated 2024-04-08."),
    ]
    return Case("2019-0042 010212-1234", docs, gaps, note=(
        "Folder name holds a CPR number: case_id '2019-0042 XXXXXX-XXXX'. Spans SEL (2019-2021) and BL "
        "(2024-). SEL measure 2020-02-10: investigation 2020-01-27 and conversation 2020-01-20 before "
        "it; first follow-up 2020-04-28 <= 2020-05-10; follow-ups 2020-10-15, 2021-04-12 keep every "
        "interval <= 6 months until the termination 2021-06-14. BL: notification 2024-03-11 22:10, "
        "assessment 2024-03-12 09:00 (10 h 50 min); receipt 2024-03-14 <= add_workdays(2024-03-11, 6) "
        "= 2024-03-19. investigation_required for the 2024-03-13 placement: the rule asks for an "
        "investigation dated on or before the decision, and the 2020-01-27 investigation is one, so "
        "no gap (read literally). Investigation episode 2: start = notification 2024-03-11 (first "
        "notification/decision after the previous investigation 2020-01-27), due 2024-07-11, completed "
        "2024-06-28: met. Conversation 2024-03-12 in window; first follow-up 2024-06-03 <= 2024-06-13. "
        "The scanned school statement needs OCR (no text layer); it carries no rule.")), None


def case_d() -> Case:
    """SEL 2012-2013, undated file names, urgent placement, never closed."""
    s, b = "2012-0815", "Sofie Madsen"
    c, c2 = "280805-1234", "2808051234"
    docs = [
        Doc("Underretning.pdf", "gs", "notification", date(2012, 5, 14), attrs={"anonymous": False},
            lines=head("Underretningsskema", s, b, c) + [
                "Modtaget: 14.05.2012",
                "Underretter: Sundhedsplejerske Anne Vinther, Sølvdal Kommune",
                "",
                "Sofie, 6 år, har vægttab og fortæller, at hun ofte er alene hjemme om natten. Mor "
                "virker påvirket ved hjemmebesøget den 11. maj 2012.",
                "", "Anne Vinther"]),
        Doc("Kvittering.pdf", "rl", "receipt", date(2012, 5, 23),
            lines=head("Bekræftelse af modtagelse", s, b, c2) + [
                "Dato: 23. maj 2012", "",
                "Til Anne Vinther. Kommunen har modtaget din underretning af 14. maj 2012 om Sofie.",
                "", "Jens Bach, sagsbehandler"]),
        Doc("Afgørelse om anbringelse.pdf", "mupdf", "measure_decision", date(2012, 6, 1),
            attrs={"placement": True, "without_consent": False, "urgent": True, "no_plan": False,
                   "complaint_guidance": True},
            lines=head("AFGØRELSE OM ANBRINGELSE UDEN FOR HJEMMET", s, b, c) + [
                "Afgørelsen er truffet den 1. juni 2012.",
                "",
                "Sofie anbringes akut i familiepleje efter servicelovens § 52, stk. 3, nr. 7. Mor har "
                "givet samtykke. Sagen er hastende og kan ikke afvente en børnefaglig undersøgelse; "
                "undersøgelsen gennemføres efterfølgende.",
                "",
                KLAGE_SEL, "", "Jens Bach"]),
        Doc("Børnesamtale.pdf", "fpdf", "child_conversation", date(2012, 8, 20),
            lines=head("Børnesamtale", s, b, c) + [
                "Samtalen blev afholdt den 20. august 2012 i plejefamilien.",
                "", "Sofie fortalte, at hun godt kan lide sin plejemor og sin nye skole.", "", "Jens Bach"]),
        Doc("Børnefaglig undersøgelse.pdf", "rl", "investigation", date(2012, 9, 28),
            lines=head("Børnefaglig undersøgelse (paragraf 50)", s, b, c) + [
                "Undersøgelsen er afsluttet den 28.09.2012.",
                "",
                "Mor har et misbrug og kan aktuelt ikke drage omsorg for Sofie. Anbringelsen anbefales "
                "opretholdt.",
                "", "Jens Bach"]),
        Doc("Handleplan.pdf", "gs", "plan", date(2012, 9, 30), attrs={"goals": True},
            lines=head("§ 140-handleplan", s, b, c) + [
                "Dato: 30-09-2012", "",
                "Mål: Sofie skal have en stabil hverdag i plejefamilien og trives i skolen.",
                "Delmål: Samvær med mor hver 14. dag, når mor er i behandling.",
                "", "Jens Bach"]),
        Doc("Opfølgning.docx", "docx", "follow_up", date(2012, 11, 15),
            lines=head("Opfølgning på handleplan", s, b, c) + [
                "Mødedato: 15. november 2012", "",
                "Sofie trives i plejefamilien. Mor er startet i behandling.", "", "Jens Bach"]),
        Doc("Telefonnotat.rtf", "rtf", "journal_note", date(2013, 1, 10),
            lines=["Telefonnotat", "", "Dato: 10.01.2013", f"Sag {s}, {b}, CPR {c2}", "",
                   "Plejemor ringede: Sofie har haft en god jul. Ingen ændringer.", "Jens Bach"]),
        Doc(".DS_Store", "litter", None),
    ]
    gaps = [
        dict(rule="assessment_within_24h", trigger="Underretning.pdf", severity="error", due="2012-05-15",
             found=None, note="No notification_assessment in the case at all."),
        dict(rule="investigation_required", trigger="Afgørelse om anbringelse.pdf", severity="error",
             due="2012-06-01", found="2012-09-28",
             note="SEL: every measure decision needs an earlier investigation; the only one was completed "
                  "2012-09-28, after the decision (being urgent does not waive this rule)."),
        dict(rule="investigation_within_4_months", trigger="Underretning.pdf", severity="error",
             due="2012-09-14", found="2012-09-28",
             note="Start = notification 2012-05-14 (from 'Modtaget: 14.05.2012'; the file name has no date); "
                  "due 2012-09-14; completed 2012-09-28; no preliminary_assessment."),
        dict(rule="child_conversation_before_decision", trigger="Afgørelse om anbringelse.pdf",
             severity="error", due="2012-06-01", found=None,
             note="Window [2011-12-01, 2012-06-01]; the only conversation was held 2012-08-20, after the "
                  "decision."),
        dict(rule="first_follow_up_within_3_months", trigger="Afgørelse om anbringelse.pdf", severity="error",
             due="2012-09-01", found="2012-11-15",
             note="First follow-up 2012-11-15, later than add_months(2012-06-01, 3) = 2012-09-01."),
        dict(rule="follow_up_every_6_months", trigger="Afgørelse om anbringelse.pdf", severity="error",
             due="2013-05-15", found=None,
             note="After the follow-up 2012-11-15 none at all; no termination; counting runs to 2024-01-01."),
        dict(rule="inactive_case_not_closed", trigger="Telefonnotat.rtf", severity="warning",
             due="2014-01-10", found=None,
             note="Newest dated document 2013-01-10 (more than 12 months before as_of); no closure and no "
                  "termination_decision."),
    ]
    return Case("Sag 2012-0815", docs, gaps, note=(
        "SEL, all file names undated (dates come from the text). receipt 2012-05-23 is on time only "
        "because Kristi himmelfartsdag (2012-05-17) is not a working day: add_workdays(2012-05-14, 6) = "
        "2012-05-23. Urgent SEL decision: plan window [2011-12-01, 2012-10-01] contains the plan "
        "2012-09-30, so plan_in_time is met thanks to the urgent extension.")), None


def case_e() -> Case:
    """BL 2025-2026: compliant; no investigation (not required, no placement); upcoming deadlines."""
    s, b, c = "2025-0310", "Noah Olsen", "170719-2211"
    docs = [
        Doc("2025-09-01 Underretning.docx", "docx", "notification", date(2025, 9, 1), time="13:05",
            attrs={"anonymous": False},
            lines=head("Underretning", s, b, c) + [
                "Modtaget den 1. september 2025 kl. 13.05 fra Bøgely Børnehus.",
                "",
                "Noah, 6 år, har svært ved at indgå i leg og har flere gange slået andre børn. Forældrene "
                "oplever det samme derhjemme og ønsker hjælp.",
                "", "Registreret af Pia Nørgaard"]),
        Doc("2025-09-02 Vurdering af underretning.txt", "txt:cp1252", "notification_assessment",
            date(2025, 9, 2), time="11:30",
            lines=["Vurdering af underretning", f"Sag: {s}  Noah Olsen  CPR: {c}", "",
                   "Vurderet den 2. september 2025 kl. 11.30", "",
                   "Ingen akut fare. Familien tilbydes en afdækning efter barnets lov § 19.",
                   "Pia Nørgaard"]),
        Doc("2025-09-04 Kvittering for underretning.pdf", "gs", "receipt", date(2025, 9, 4),
            lines=head("Kvittering for underretning", s, b, c) + [
                "Dato: 4. september 2025", "",
                "Til Bøgely Børnehus. Vi har modtaget jeres underretning af 1. september 2025.", "",
                "Pia Nørgaard"]),
        Doc("2025-09-22 Afdækning.pdf", "fpdf", "partial_assessment", date(2025, 9, 22),
            lines=head("Afdækning efter barnets lov § 19", s, b, c) + [
                "Dato: 22.09.2025", "",
                "Afdækningen viser, at Noah har brug for støtte i hverdagen og forældrene for "
                "rådgivning. Der er ikke behov for en børnefaglig undersøgelse.", "", "Pia Nørgaard"]),
        Doc("2025-09-29 Samtale med barnet.pdf", "rl", "child_conversation", date(2025, 9, 29),
            lines=head("Samtale med barnet", s, b, c) + [
                "Samtalen blev afholdt den 29. september 2025 i børnehaven.", "",
                "Noah tegnede sin familie og fortalte, at han bliver vred, når de andre ikke vil lege "
                "med ham.", "", "Pia Nørgaard"]),
        Doc("2025-10-06 Afgørelse om støttende indsats.pdf", "mupdf", "measure_decision", date(2025, 10, 6),
            attrs={"placement": False, "without_consent": False, "urgent": False, "no_plan": True,
                   "complaint_guidance": True},
            lines=head("Afgørelse om støttende indsats", s, b, c) + [
                "Afgørelsen er truffet den 6. oktober 2025.",
                "",
                "Familien bevilges forældrerådgivning efter barnets lov § 32, stk. 1, nr. 1, i 4 "
                "måneder. Indsatsen er kortvarig, og der udarbejdes ikke barnets plan.",
                "", KLAGE_BL, "", "Pia Nørgaard"]),
        Doc("2025-12-15 Opfølgning.html", "html", "follow_up", date(2025, 12, 15),
            lines=head("Opfølgning på indsatsen", s, b, c) + [
                "Mødedato: 15.12.2025", "",
                "Forældrene oplever færre konflikter. Børnehaven bekræfter det.", "", "Pia Nørgaard"]),
        Doc("2026-06-08 Børnesamtale.pdf", "fpdf", "child_conversation", date(2026, 6, 8),
            lines=head("Børnesamtale", s, b, c) + [
                "Samtalen blev afholdt den 8. juni 2026.", "",
                "Noah glæder sig til skolestart og vil gerne gå til svømning.", "", "Pia Nørgaard"]),
        Doc("2026-06-15 Afgørelse om støtte.pdf", "rl", "measure_decision", date(2026, 6, 15),
            attrs={"placement": False, "without_consent": False, "urgent": False, "no_plan": False,
                   "complaint_guidance": True},
            lines=head("Afgørelse om støtte til skolestart", s, b, c) + [
                "Afgørelsen er truffet den 15. juni 2026.",
                "",
                "Noah bevilges en støtteperson i de første 3 måneder af 0. klasse efter barnets lov "
                "§ 32, stk. 1, nr. 7. Barnets plan udarbejdes inden for 3 måneder.",
                "", KLAGE_BL, "", "Pia Nørgaard"]),
    ]
    upcoming = [
        dict(rule="plan_in_time", trigger="2026-06-15 Afgørelse om støtte.pdf", regime="BL", due="2026-09-15"),
        dict(rule="first_follow_up_within_3_months", trigger="2026-06-15 Afgørelse om støtte.pdf",
             regime="BL", due="2026-09-15"),
    ]
    return Case("2025-0310 Olsen, Noah", docs, [], upcoming, note=(
        "Compliant BL case, no gaps. 24 h: 13:05 -> next day 11:30. No investigation and no "
        "investigation decision, so no investigation episode; BL measure without placement needs no "
        "investigation. 2025-10-06 decision is no_plan and not a placement: plan_in_time not checked. "
        "First follow-up 2025-12-15 <= 2026-01-06. 2026-06-15 decision: conversation 2026-06-08 in "
        "window; plan and first follow-up are due 2026-09-15, after as_of: upcoming, not gaps.")), None


# =============================================================================================
# Writers
# =============================================================================================

def wrap(lines, width=88):
    out = []
    for ln in lines:
        out.extend(textwrap.wrap(ln, width) or [""])
    return out


def w_reportlab(path, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    cv = canvas.Canvas(path, pagesize=A4, invariant=1)
    cv.setAuthor("Sølvdal Kommune")
    cv.setTitle(lines[4] if len(lines) > 4 else "")
    y = 800
    for i, ln in enumerate(wrap(lines)):
        if y < 60:
            cv.showPage()
            y = 800
        big = i == 4 and ln.strip()
        cv.setFont("Helvetica-Bold" if big else "Helvetica", 14 if big else 10)
        cv.drawString(56, y, ln)
        y -= 20 if big else 14
    cv.showPage()
    cv.save()


def latin1(s):
    return s.replace("–", "-").replace("’", "'").replace("“", '"').replace("”", '"')


def w_fpdf(path, lines):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_creator("Sølvdal ESDH")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for i, ln in enumerate(lines):
        if i == 4 and ln:
            pdf.set_font("helvetica", "B", 13)
            pdf.multi_cell(0, 7, latin1(ln), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("helvetica", size=10)
        else:
            pdf.multi_cell(0, 5, latin1(ln) or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def w_mupdf(path, lines):
    import pymupdf
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 70
    for i, ln in enumerate(wrap(lines, 90)):
        if y > 800:
            page = doc.new_page(width=595, height=842)
            y = 70
        big = i == 4 and ln.strip()
        page.insert_text((56, y), ln, fontname="hebo" if big else "helv", fontsize=13 if big else 10)
        y += 19 if big else 14
    doc.set_metadata({"producer": "PyMuPDF", "creator": "Sølvdal ESDH", "title": "",
                      "creationDate": "D:20260115120000Z", "modDate": "D:20260115120000Z"})
    doc.save(path, garbage=3, deflate=1, no_new_id=1)
    doc.close()


def ps_str(s):
    b = latin1(s).encode("latin-1")
    out = []
    for ch in b:
        if ch in b"()\\":
            out.append("\\" + chr(ch))
        elif ch < 32 or ch > 126:
            out.append("\\%03o" % ch)
        else:
            out.append(chr(ch))
    return "(" + "".join(out) + ")"


def w_ghostscript(path, lines):
    ps = ["%!PS-Adobe-3.0", "%%Title: Soelvdal", "%%Pages: 1", "%%EndComments",
          "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
          "  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def",
          "% ISOLatin1Encoding maps 0x2D to /minus (U+2212 in extracted text); use /hyphen like real drivers",
          "/F /Times-Roman reenc /FB /Times-Bold reenc",
          "[ /Title (Soelvdal Kommune) /DOCINFO pdfmark",
          "%%Page: 1 1"]
    y = 790
    for i, ln in enumerate(wrap(lines, 92)):
        big = i == 4 and ln.strip()
        ps.append(f"/{'FB' if big else 'F'} findfont {13 if big else 10.5} scalefont setfont "
                  f"56 {y} moveto {ps_str(ln)} show")
        y -= 19 if big else 14
    ps += ["showpage", "%%EOF", ""]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.ps")
        with open(src, "w", encoding="ascii") as f:
            f.write("\n".join(ps))
        env = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH))
        subprocess.run(["gs", "-q", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.4", "-sPAPERSIZE=a4", "-dFIXEDMEDIA",
                        f"-sOutputFile={path}", src], check=True, env=env)
    _fix_gs_id(path)


def _fix_gs_id(path):
    """Ghostscript derives /ID from the clock: replace it (same length) with a fixed one."""
    data = open(path, "rb").read()
    data = re.sub(rb"/ID \[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0).replace(b"/ID", b"/@@")).replace(
                      b"/@@", b"/ID"), data)
    data = re.sub(rb"(<xmpMM:DocumentID>|<rdf:Description[^>]*xmpMM:DocumentID=')uuid:[0-9a-f-]+",
                  lambda m: m.group(1) + b"uuid:00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  b"uuid:00000000-0000-0000-0000-000000000000", data)
    open(path, "wb").write(data)


def render_scan_png(lines, rng, size=(1240, 1754)):
    """A page of text rendered as a 150 dpi 1-bit image, slightly rotated, with speckle."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", size, 255)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 30)
    fb = ImageFont.truetype(FONT, 40)
    y = 150
    for i, ln in enumerate(wrap(lines, 60)):
        dr.text((140, y), ln, fill=20, font=fb if i == 2 else f)
        y += 56 if i == 2 else 44
    img = img.rotate(0.7, resample=Image.BICUBIC, fillcolor=255)
    px = img.load()
    for _ in range(600):
        px[rng.randrange(size[0]), rng.randrange(size[1])] = 0
    bw = img.point(lambda v: 0 if v < 140 else 255, mode="1")
    buf = io.BytesIO()
    bw.save(buf, format="PNG", optimize=True, dpi=(150, 150))
    return buf.getvalue()


def w_scan(path, lines, rng):
    import img2pdf
    png = render_scan_png(lines, rng)
    with open(path, "wb") as f:
        f.write(img2pdf.convert(png, nodate=True, producer="Canon iR-ADV C5535 scan",
                                engine=img2pdf.Engine.internal,
                                layout_fun=img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297)))))


def normalise_zip(path):
    """Rewrite a ZIP (docx) with fixed timestamps and a fixed member order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def w_docx(path, lines):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Sølvdal Kommune"
    cp.last_modified_by = "ESDH eksport"
    cp.created = cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    for i, ln in enumerate(lines):
        if i == 4 and ln:
            d.add_heading(ln, level=1)
        else:
            d.add_paragraph(ln)
    d.save(path)
    normalise_zip(path)


def w_html(path, lines):
    import html
    body = []
    for i, ln in enumerate(lines):
        if i == 4 and ln:
            body.append(f"<h1>{html.escape(ln)}</h1>")
        elif ln:
            body.append(f"<p>{html.escape(ln)}</p>")
    title = html.escape(lines[4] if len(lines) > 4 else "")
    doc = ("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
           f"<title>{title}</title>\n<style>body{{font-family:Arial,sans-serif}}</style>\n"
           "</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


def w_eml(path, lines, meta):
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = meta["from"]
    m["To"] = meta["to"]
    m["Subject"] = meta["subject"]
    m["Date"] = meta["date"]
    m["Message-ID"] = "<20240205102000.4711@egeskolen.example.dk>"
    m.set_content("\n".join(lines) + "\n", charset="utf-8", cte="quoted-printable")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def rtf_escape(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        else:
            try:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append("\\u%d?" % o)
    return "".join(out)


def w_rtf(path, lines):
    parts = [r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}",
             r"{\info{\author S\'f8lvdal Kommune}}", r"\viewkind4\uc1\pard\f0\fs22"]
    for i, ln in enumerate(lines):
        if i == 4 and ln:
            parts.append(r"{\b\fs28 " + rtf_escape(ln) + r"}\par")
        else:
            parts.append(rtf_escape(ln) + r"\par")
    parts.append("}")
    with open(path, "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(parts) + "\n")


def w_txt(path, lines, enc):
    text = "\r\n".join(lines) + "\r\n"
    if enc == "utf-16":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    else:
        data = text.encode(enc)
    with open(path, "wb") as f:
        f.write(data)


def w_jpg(path, rng):
    from PIL import Image, ImageDraw
    img = Image.new("RGB", (160, 120), (200, 220, 240))
    dr = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(160), rng.randrange(120)
        dr.ellipse((x, y, x + 20, y + 14), fill=(rng.randrange(256), 120, 90))
    img.save(path, format="JPEG", quality=70)


def w_litter(path):
    name = os.path.basename(path)
    if name == "Thumbs.db":
        # an OLE2 compound-file signature followed by zeros, like a real thumbnail cache
        data = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504)
    else:
        data = b"\x00\x00\x00\x01Bud1" + bytes(2040)
    with open(path, "wb") as f:
        f.write(data)


def write_case(root, case: Case, journal, rng):
    cdir = os.path.join(root, case.folder)
    for d in case.docs:
        if d.fmt == "journal":
            continue
        p = os.path.join(cdir, d.id)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        f = d.fmt
        if f == "rl":
            w_reportlab(p, d.lines)
        elif f == "fpdf":
            w_fpdf(p, d.lines)
        elif f == "mupdf":
            w_mupdf(p, d.lines)
        elif f == "gs":
            w_ghostscript(p, d.lines)
        elif f == "scan":
            w_scan(p, d.lines, rng)
        elif f == "docx":
            w_docx(p, d.lines)
        elif f == "html":
            w_html(p, d.lines)
        elif f == "eml":
            w_eml(p, d.lines, d.meta)
        elif f == "rtf":
            w_rtf(p, d.lines)
        elif f.startswith("txt:"):
            w_txt(p, d.lines, f[4:])
        elif f == "jpg":
            w_jpg(p, rng)
        elif f == "litter":
            w_litter(p)
        else:
            raise ValueError(f)
    if journal:
        rel, enc, lines = journal
        p = os.path.join(cdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        w_txt(p, lines, enc)


# =============================================================================================
# Truth and an independent re-computation of the gaps (a self-check of the hand-written ones)
# =============================================================================================

BASIS = {
    ("assessment_within_24h", "SEL"): "serviceloven § 155, stk. 2",
    ("assessment_within_24h", "BL"): "barnets lov § 136",
    ("receipt_within_6_workdays", "SEL"): "serviceloven § 155 b, stk. 1",
    ("receipt_within_6_workdays", "BL"): "barnets lov § 136",
    ("investigation_required", "SEL"): "serviceloven § 50",
    ("investigation_required", "BL"): "barnets lov § 20, stk. 1",
    ("investigation_within_4_months", "SEL"): "serviceloven § 50, stk. 7",
    ("investigation_within_4_months", "BL"): "barnets lov § 20, stk. 3",
    ("child_conversation_before_decision", "SEL"): "serviceloven § 48",
    ("child_conversation_before_decision", "BL"): "barnets lov § 5, stk. 3",
    ("plan_in_time", "SEL"): "serviceloven § 140",
    ("plan_in_time", "BL"): "barnets lov § 91",
    ("plan_has_goals", "SEL"): "serviceloven § 140, stk. 3",
    ("plan_has_goals", "BL"): "barnets lov § 92",
    ("first_follow_up_within_3_months", "SEL"): "serviceloven § 70, stk. 1",
    ("first_follow_up_within_3_months", "BL"): "barnets lov § 95, stk. 2",
    ("follow_up_every_6_months", "SEL"): "serviceloven § 70, stk. 1",
    ("decision_has_complaint_guidance", "SEL"): "forvaltningsloven § 25",
    ("decision_has_complaint_guidance", "BL"): "forvaltningsloven § 25",
    ("inactive_case_not_closed", "SEL"): "-",
    ("inactive_case_not_closed", "BL"): "-",
}


def recompute(docs, as_of):
    """Straightforward reading of domain.md 'Rules'. Returns (gaps, upcoming) as (rule, trigger) sets
    plus due dates, to compare with the hand-written truth."""
    ds = [d for d in docs if d.type and d.date]
    by = lambda t: sorted([d for d in ds if d.type == t], key=lambda d: d.date)  # noqa: E731
    gaps, up = {}, {}

    def gap(rule, trig, due):
        gaps[(rule, trig.id)] = due

    def pending(rule, trig, due):
        if due is not None and due > as_of:
            up[(rule, trig.id)] = due
            return True
        return False

    for n in by("notification"):
        due = n.date + timedelta(1)
        ok = False
        for a in by("notification_assessment"):
            if n.time and a.time:
                dn = datetime.combine(n.date, datetime.strptime(n.time, "%H:%M").time())
                da = datetime.combine(a.date, datetime.strptime(a.time, "%H:%M").time())
                ok |= timedelta(0) <= da - dn <= timedelta(hours=24)
            else:
                ok |= n.date <= a.date <= due
        if not ok and not pending("assessment_within_24h", n, due):
            gap("assessment_within_24h", n, due)
        if not n.attrs.get("anonymous"):
            due = add_workdays(n.date, 6)
            if not any(n.date <= r.date <= due for r in by("receipt")):
                if not pending("receipt_within_6_workdays", n, due):
                    gap("receipt_within_6_workdays", n, due)
    invs = by("investigation")
    for m in by("measure_decision"):
        d, reg, a = m.date, regime(m.date), m.attrs
        if reg == "SEL" or a.get("placement"):
            if not any(i.date <= d for i in invs):
                gap("investigation_required", m, d)
        if not any(add_months(d, -6) <= x.date <= d for x in by("child_conversation")):
            gap("child_conversation_before_decision", m, d)
        check = True
        if reg == "SEL":
            hi = add_months(d, 4) if a.get("urgent") else d
        elif a.get("placement") and a.get("without_consent"):
            hi = d
        else:
            hi = add_months(d, 3)
            check = not (a.get("no_plan") and not a.get("placement"))
        if check and not any(add_months(d, -6) <= p.date <= hi for p in by("plan")):
            if not pending("plan_in_time", m, hi):
                gap("plan_in_time", m, hi)
        terms = [t.date for t in by("termination_decision") if t.date > d]
        fus = [f.date for f in by("follow_up") if f.date > d]
        due = add_months(d, 3)
        if not any(f <= due for f in fus) and not any(t <= due and (not fus or t < fus[0]) for t in terms):
            if not pending("first_follow_up_within_3_months", m, due):
                gap("first_follow_up_within_3_months", m, due)
        if reg == "SEL" and fus:
            end = min([as_of, date(2024, 1, 1)] + terms)
            prev = fus[0]
            for f in [x for x in fus[1:] if x <= end] + [end]:
                if f > add_months(prev, 6):
                    gap("follow_up_every_6_months", m, add_months(prev, 6))
                    break
                prev = f
    for k in ("investigation_decision", "measure_decision", "termination_decision"):
        for x in by(k):
            if not x.attrs.get("complaint_guidance"):
                gap("decision_has_complaint_guidance", x, None)
    for p in by("plan"):
        if not p.attrs.get("goals"):
            gap("plan_has_goals", p, None)
    # investigation episodes
    episodes = []
    prev = None
    for i in invs:
        episodes.append((prev, i))
        prev = i.date
    last = invs[-1].date if invs else None
    for idec in by("investigation_decision"):
        if last is None or idec.date > last:
            episodes.append((last, None, idec))
            break
    starts = by("notification") + by("investigation_decision")
    for ep in episodes:
        lo, inv = ep[0], ep[1]
        hi = inv.date if inv else AS_OF
        cand = [s for s in starts if (lo is None or s.date > lo) and s.date <= hi]
        if not cand:
            continue
        st = min(cand, key=lambda s: s.date)
        due = add_months(st.date, 4)
        if inv is None or inv.date > due:
            if inv is None and pending("investigation_within_4_months", st, due):
                continue
            gap("investigation_within_4_months", st, due)
    newest = max(ds, key=lambda d: d.date)
    if add_months(newest.date, 12) < as_of and not (by("closure") or by("termination_decision")):
        gap("inactive_case_not_closed", newest, add_months(newest.date, 12))
    return gaps, up


def truth_case(case: Case, unreadable_ids):
    cid = mask_cpr(case.folder)
    docs = []
    for d in case.docs:
        if d.type is None:
            continue
        e = {"id": mask_cpr(d.id), "type": d.type, "date": d.date.isoformat() if d.date else None}
        if d.time:
            e["time"] = d.time
        attrs = {a: bool(d.attrs.get(a)) for a in ATTRS_OF.get(d.type, [])}
        if attrs:
            e["attributes"] = attrs
        e["needs_ocr"] = d.needs_ocr
        docs.append(e)
    docs.sort(key=lambda e: e["id"])
    ddate = {d.id: d.date for d in case.docs}
    gaps = []
    for g in case.gaps:
        trig_date = ddate[g["trigger"]]
        reg = regime(trig_date)
        gaps.append({"rule": g["rule"], "trigger": mask_cpr(g["trigger"]), "severity": g["severity"],
                     "regime": reg, "legal_basis": BASIS[(g["rule"], reg)], "due": g["due"],
                     "found": g["found"], "note": g["note"]})
    ups = [{"rule": u["rule"], "trigger": mask_cpr(u["trigger"]), "regime": u["regime"], "due": u["due"]}
           for u in case.upcoming]
    return {"case_id": cid, "note": case.note, "documents": docs,
            "unreadable": sorted(mask_cpr(x) for x in unreadable_ids), "gaps": gaps, "upcoming": ups}


ATTR_RE = {
    "anonymous": r"anonym",
    "placement": r"anbring|§ ?52, stk\. 3, nr\. 7|§ ?58|barnets lov § ?4[67]",
    "without_consent": r"uden samtykke|§ ?58|§ ?47",
    "urgent": r"akut|hastende|kan ikke afvente|ikke kan afvente",
    "no_plan": r"udarbejdes ikke",
    "complaint_guidance": r"klage",
    "goals": r"mål",
}


def self_check_attrs(case: Case):
    """The text of every document must show exactly the attributes its truth claims."""
    probs = []
    for d in case.docs:
        text = "\n".join(d.lines)
        for a in ATTRS_OF.get(d.type or "", []):
            has = bool(re.search(ATTR_RE[a], text, re.I))
            if has != bool(d.attrs.get(a)):
                probs.append(f"{d.id}: attribute {a} truth={bool(d.attrs.get(a))} text={has}")
        if d.type and d.fmt != "journal" and d.fmt not in ("jpg", "litter") and not CPR_RE.search(text):
            probs.append(f"{d.id}: no CPR number in the text")
    return probs


def self_check_gaps(case: Case):
    got, up = recompute(case.docs, AS_OF)
    want = {(g["rule"], g["trigger"]): g["due"] for g in case.gaps}
    probs = []
    for k in sorted(set(got) | set(want)):
        gd = got.get(k)
        gd = gd.isoformat() if isinstance(gd, date) else gd
        if k not in got:
            probs.append(f"hand-written gap not recomputed: {k}")
        elif k not in want:
            probs.append(f"recomputed gap missing in truth: {k} due {gd}")
        elif gd != want[k]:
            probs.append(f"due differs for {k}: truth {want[k]} vs recomputed {gd}")
    wu = {(u["rule"], u["trigger"]): u["due"] for u in case.upcoming}
    gu = {k: v.isoformat() for k, v in up.items()}
    if wu != gu:
        probs.append(f"upcoming differs: truth {wu} vs recomputed {gu}")
    return probs


def build_demo():
    if os.path.isdir(DEMO):
        shutil.rmtree(DEMO)
    os.makedirs(DEMO)
    rng = random.Random(20260630)
    cases = []
    problems = []
    for mk in (case_a, case_b, case_c, case_d, case_e):
        case, journal = mk()
        write_case(DEMO, case, journal, rng)
        unreadable = [d.id for d in case.docs if d.fmt == "jpg"]
        cases.append(truth_case(case, unreadable))
        problems += [f"{case.folder}: {p}" for p in self_check_gaps(case) + self_check_attrs(case)]
    cases.sort(key=lambda c: c["case_id"])
    truth = {"as_of": AS_OF.isoformat(),
             "note": "Expected facts for fixtures/demo (generated by scripts/make_fixtures.py; gaps "
                     "computed by hand from spec/domain.md and re-checked by an independent "
                     "implementation in the script). Litter (Thumbs.db, .DS_Store) is not listed.",
             "cases": cases}
    with open(os.path.join(FIX, "demo.truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return problems


# =============================================================================================
# Hostile files
# =============================================================================================

SENTENCE = "Børnefaglig undersøgelse afsluttet den 3. marts 2015"


def pdf_from_objects(objs: dict, root=1, trailer_extra="", header=b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"):
    """Serialise {num: bytes} into a classic PDF with a correct xref table."""
    out = bytearray(header)
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += b"%d 0 obj\n" % n + objs[n] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for n in range(1, size):
        out += (b"%010d 00000 n \n" % offs[n]) if n in offs else b"0000000000 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        size, root, trailer_extra.encode(), xref)
    return bytes(out)


def stream(dict_extra: bytes, data: bytes) -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), dict_extra) + data + b"\nendstream"


FONT_OBJ = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def text_content(txt: str) -> bytes:
    return b"BT /F1 12 Tf 72 760 Td (" + txt.encode("cp1252") + b") Tj ET\n"


def h_nested():
    depth = 100_000
    content = text_content("Dybt indlejrede objekter (nested.pdf)") + b"[" * depth + b"]" * depth + b" pop\n"
    comp = zlib.compress(content, 9)
    odepth = 40_000
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
           b"/Contents 4 0 R /Annots 6 0 R >>",
        4: stream(b"/Filter /FlateDecode ", comp),
        5: FONT_OBJ,
        6: b"[" * odepth + b"]" * odepth,
    }
    return pdf_from_objects(objs)


def h_cyclic():
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
        3: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",   # points back to the root
        4: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> "
           b"/Contents 5 0 R >>",
        5: stream(b"", text_content("Sidetræet peger tilbage på sig selv (cyclic_pages.pdf)")),
        6: FONT_OBJ,
    }
    return pdf_from_objects(objs)


BOMB_BYTES = 1 << 30   # 1 GiB of decoded content


def h_bomb():
    """Content stream: /Filter [/FlateDecode /FlateDecode]; inner layer = 1 GiB of spaces."""
    inner = zlib.compressobj(9)
    outer = zlib.compressobj(9)
    parts = []
    head_ = text_content("Dekompressionsbombe (bomb.pdf)")
    parts.append(outer.compress(inner.compress(head_)))
    chunk = b" " * (1 << 20)
    for _ in range((BOMB_BYTES - len(head_)) // len(chunk)):
        parts.append(outer.compress(inner.compress(chunk)))
    rest = BOMB_BYTES - len(head_) - ((BOMB_BYTES - len(head_)) // len(chunk)) * len(chunk)
    parts.append(outer.compress(inner.compress(b" " * rest) + inner.flush()))
    parts.append(outer.flush())
    data = b"".join(parts)
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
           b"/Contents 4 0 R >>",
        4: stream(b"/Filter [/FlateDecode /FlateDecode] ", data),
        5: FONT_OBJ,
    }
    return pdf_from_objects(objs)


def h_huge_count():
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
           b"/Contents 4 0 R >>",
        4: stream(b"", text_content("Sidetallet lyver: /Count 2147483647, men der er 1 side")),
        5: FONT_OBJ,
    }
    return pdf_from_objects(objs)


def rl_pdf(lines) -> bytes:
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.pdf")
        w_reportlab(p, lines)
        return open(p, "rb").read()


def h_broken_xref():
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
           b"/Contents 4 0 R >>",
        4: stream(b"", text_content("Journalnotat med forkert xref-tabel. Dato: 12.03.2015")),
        5: FONT_OBJ,
    }
    good = pdf_from_objects(objs)
    # every offset in the table is shifted by +37 bytes and startxref points 5 bytes too far
    def shift(m):
        return b"%010d 00000 n " % (int(m.group(1)) + 37)
    bad = re.sub(rb"(\d{10}) 00000 n ", shift, good)
    sx = bad.rindex(b"startxref\n") + len(b"startxref\n")
    end = bad.index(b"\n", sx)
    bad = bad[:sx] + b"%d" % (int(bad[sx:end]) + 5) + bad[end:]
    return bad


def qpdf_encrypt(src: bytes, user: str, owner: str, bits: str, extra=(), pre=()) -> bytes:
    with tempfile.TemporaryDirectory() as td:
        a, b = os.path.join(td, "a.pdf"), os.path.join(td, "b.pdf")
        open(a, "wb").write(src)
        subprocess.run(["qpdf", *pre, "--static-id", "--static-aes-iv", "--encrypt", user, owner, bits, *extra,
                        "--", a, b], check=True)
        return open(b, "rb").read()


def qpdf_normal(data: bytes, password: str | None = None) -> bytes | None:
    """The file as qpdf writes it decrypted with a static id (None if qpdf fails)."""
    with tempfile.TemporaryDirectory() as td:
        a, b = os.path.join(td, "a.pdf"), os.path.join(td, "b.pdf")
        open(a, "wb").write(data)
        cmd = ["qpdf", "--static-id", "--decrypt", "--qdf", "--object-streams=disable"]
        if password is not None:
            cmd.append(f"--password={password}")
        r = subprocess.run(cmd + [a, b], capture_output=True)
        return open(b, "rb").read() if r.returncode in (0, 3) and os.path.exists(b) else None


def keep_encrypted(name: str, new: bytes, password: str) -> bytes:
    """AES-256 (R6) encryption draws random salts and file keys that qpdf cannot fix. Keep the
    committed file when it decrypts to the same document, so that regeneration is byte-stable."""
    p = os.path.join(HOSTILE, name)
    if os.path.exists(p):
        old = open(p, "rb").read()
        if qpdf_normal(old, password) == qpdf_normal(new, password):
            return old
    return new


def build_hostile():
    os.makedirs(HOSTILE, exist_ok=True)
    old = {}
    for n in ("password.pdf", "empty_password_aes.pdf"):
        if os.path.exists(os.path.join(HOSTILE, n)):
            old[n] = open(os.path.join(HOSTILE, n), "rb").read()
    for n in os.listdir(HOSTILE):
        if n != "README.md":
            os.remove(os.path.join(HOSTILE, n))
    rng = random.Random(4242)
    files = {}
    files["nested.pdf"] = h_nested()
    files["cyclic_pages.pdf"] = h_cyclic()
    files["bomb.pdf"] = h_bomb()
    full = rl_pdf(head("Børnefaglig undersøgelse", "2015-0007", "Testbarn Testesen", "010203-1234") +
                  [SENTENCE + ".", "Denne fil er skåret over midt i (truncated.pdf)."] +
                  [f"Linje {i}: fyldtekst for at give filen flere objekter." for i in range(60)])
    files["truncated.pdf"] = full[: len(full) // 2]
    files["zero.pdf"] = b""
    zb = io.BytesIO()
    with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("word/document.xml", date_time=(2026, 1, 15, 12, 0, 0))
        z.writestr(zi, "<w:document>Dette er et ZIP-arkiv med endelsen .pdf</w:document>")
    files["zip_named.pdf"] = zb.getvalue()
    files["garbage.pdf"] = bytes(rng.randrange(256) for _ in range(4096))
    plain = rl_pdf(head("Børnefaglig undersøgelse", "2015-0007", "Testbarn Testesen", "010203-1234") +
                   [SENTENCE + ".", "Krypteret testfil."])
    files["empty_password_rc4.pdf"] = qpdf_encrypt(plain, "", "ejer123", "128", ["--use-aes=n"], ["--allow-weak-crypto"])
    for n, user in (("password.pdf", "hemmelig"), ("empty_password_aes.pdf", "")):
        new = qpdf_encrypt(plain, user, "ejer123", "256")
        if n in old:
            tmp = os.path.join(HOSTILE, n)
            open(tmp, "wb").write(old[n])
            new = keep_encrypted(n, new, user)
        files[n] = new
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "s.pdf")
        w_scan(p, ["Sølvdal Kommune", "", "Scannet brev uden tekstlag", "", "Dato: 12.03.2015",
                   "CPR-nr.: 010203-1234", "", "Denne side er kun et billede."], random.Random(7))
        files["no_text_scan.pdf"] = open(p, "rb").read()
    files["broken_xref.pdf"] = h_broken_xref()
    files["huge_page_count.pdf"] = h_huge_count()
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "t.docx")
        w_docx(p, head("Samtale med barnet", "2015-0007", "Testbarn Testesen", "010203-1234") +
               ["Samtalen blev afholdt den 3. marts 2015."])
        full = open(p, "rb").read()
        files["truncated.docx"] = full[: len(full) // 2]
    for n, data in files.items():
        with open(os.path.join(HOSTILE, n), "wb") as f:
            f.write(data)


# =============================================================================================
# Checks (--check): the hostile files behave as README.md says, demo PDFs extract
# =============================================================================================

def run(cmd, timeout=60):
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=timeout)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", ""


def inflate_size(data: bytes, layers=2, cap=2 << 30) -> int:
    """Decoded size of a multi-layer Flate stream, streaming, never holding more than a few MB."""
    decs = [zlib.decompressobj() for _ in range(layers)]
    total = 0

    def feed(level, chunk):
        nonlocal total
        d = decs[level]
        buf = chunk
        while buf:
            out = d.decompress(buf, 1 << 20)
            buf = d.unconsumed_tail
            if level + 1 < layers:
                feed(level + 1, out)
            else:
                total += len(out)
            if total > cap:
                return
    for i in range(0, len(data), 4096):
        feed(0, data[i:i + 4096])
    return total


def check():
    ok = True

    def say(name, good, detail):
        nonlocal ok
        ok &= bool(good)
        print(f"{'ok ' if good else 'BAD'} {name:28s} {detail}")

    H = lambda n: os.path.join(HOSTILE, n)  # noqa: E731
    for n in sorted(os.listdir(HOSTILE)):
        print(f"    {n:28s} {os.path.getsize(H(n)):>8d} bytes")
    rc, out, err = run(["pdftotext", H("empty_password_rc4.pdf"), "-"])
    say("empty_password_rc4.pdf", SENTENCE in out, f"pdftotext rc={rc}")
    rc, out, err = run(["pdftotext", H("empty_password_aes.pdf"), "-"])
    say("empty_password_aes.pdf", SENTENCE in out, f"pdftotext rc={rc}")
    rc, out, err = run(["qpdf", "--show-encryption", H("empty_password_aes.pdf")])
    say("  aes encryption", "AESv3" in out or "V = 5" in out, out.splitlines()[:2])
    rc, out, err = run(["qpdf", "--show-encryption", H("empty_password_rc4.pdf")])
    say("  rc4 encryption", "R = 3" in out, out.splitlines()[:2])
    rc, out, err = run(["pdftotext", H("password.pdf"), "-"])
    say("password.pdf", rc != 0 and "assword" in err, f"pdftotext rc={rc} {err.strip()[:60]}")
    rc, out, err = run(["pdftotext", H("broken_xref.pdf"), "-"])
    rc2, out2, err2 = run(["qpdf", "--check", H("broken_xref.pdf")])
    say("broken_xref.pdf", "12.03.2015" in out and rc2 != 0,
        f"pdftotext reads it (rc={rc}); qpdf --check rc={rc2}: {(err2 or out2).strip().splitlines()[0][:70]}")
    rc, out, err = run(["pdftotext", H("truncated.pdf"), "-"])
    say("truncated.pdf", True, f"pdftotext rc={rc} text={len(out.strip())} chars {err.strip()[:60]}")
    with zipfile.ZipFile(H("zip_named.pdf")) as z:
        say("zip_named.pdf is a ZIP", z.testzip() is None, z.namelist())
    try:
        zipfile.ZipFile(H("truncated.docx"))
        say("truncated.docx", False, "opens as ZIP")
    except zipfile.BadZipFile as e:
        say("truncated.docx", True, f"BadZipFile: {e}")
    for n in ("zero.pdf", "zip_named.pdf", "garbage.pdf"):
        rc, out, err = run(["pdftotext", H(n), "-"])
        say(n, rc != 0, f"pdftotext rc={rc} {err.strip()[:60]}")
    rc, out, err = run(["pdftotext", H("no_text_scan.pdf"), "-"])
    say("no_text_scan.pdf", rc == 0 and not out.strip(), f"pdftotext rc={rc}, {len(out.strip())} chars")
    rc, out, err = run(["pdftotext", H("cyclic_pages.pdf"), "-"], timeout=30)
    say("cyclic_pages.pdf", rc != "timeout", f"pdftotext rc={rc} {err.strip()[:70]}")
    rc, out, err = run(["pdftotext", H("nested.pdf"), "-"], timeout=60)
    say("nested.pdf", rc != "timeout", f"pdftotext rc={rc} text={out.strip()[:40]!r} {err.strip()[:50]}")
    rc, out, err = run(["pdftotext", H("huge_page_count.pdf"), "-"], timeout=60)
    say("huge_page_count.pdf", rc != "timeout", f"pdftotext rc={rc} text={out.strip()[:40]!r}")
    rc, out, err = run(["qpdf", "--show-object=4", H("bomb.pdf")])
    data = open(H("bomb.pdf"), "rb").read()
    s0 = data.index(b"stream\n") + 7
    s1 = data.index(b"\nendstream")
    size = inflate_size(data[s0:s1])
    say("bomb.pdf", size >= 1 << 30, f"{out.strip()[:70]}; stream {s1 - s0} B -> {size} B decoded")
    # demo PDFs: text layer present (except the scan), CPR present in the source text
    for dp, _dn, fn in os.walk(DEMO):
        for n in sorted(fn):
            if n.endswith(".pdf"):
                p = os.path.join(dp, n)
                rc, out, err = run(["pdftotext", p, "-"])
                scan = "Scannet" in p
                good = (not out.strip()) if scan else (rc == 0 and CPR_RE.search(out) and ("ø" in out or "æ" in out
                                                                                      or "å" in out))
                if not good:
                    say(os.path.relpath(p, DEMO), good, f"rc={rc} {out[:80]!r}")
    total = sum(os.path.getsize(os.path.join(dp, n)) for dp, _, fn in os.walk(DEMO) for n in fn)
    say("demo size", total < 1_000_000, f"{total} bytes")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="verify the hostile files and demo PDFs")
    a = ap.parse_args()
    problems = build_demo()
    for p in problems:
        print("GAP CHECK:", p, file=sys.stderr)
    build_hostile()
    ok = not problems
    if a.check:
        ok &= check()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
