#!/usr/bin/env python3
"""Generate a synthetic cases.jsonl of N cases, for sizing and timing the reports.

Usage: scripts/gen_cases.py N OUT.jsonl [SEED]

A *synthetic case* has the shape of a real casegap output line (spec/contract.md): 4-30
documents with dates, types, pages and an evidence snippet of realistic length, some unreadable
files, 0-5 gaps, a few upcoming deadlines, and about one case in eight incomplete. The output is
deterministic for a given N and seed, so report sizes can be compared between commits. No real
names or CPR numbers: the generator only invents.
"""
import datetime as dt
import json
import random
import sys

TYPES = [
    "notification", "notification_assessment", "receipt", "investigation_decision",
    "investigation", "preliminary_assessment", "child_conversation", "plan",
    "measure_decision", "termination_decision", "follow_up", "supervision_visit",
    "hearing", "consent", "status_statement", "journal_note", "closure", "other",
]
RULES = [
    ("assessment_within_24h", "error", "§ 155, stk. 2", "§ 136"),
    ("receipt_within_6_workdays", "warning", "§ 155 b, stk. 1", "§ 136"),
    ("investigation_required", "error", "§ 50", "§ 20, stk. 1"),
    ("investigation_within_4_months", "error", "§ 50, stk. 7", "§ 20, stk. 3"),
    ("child_conversation_before_decision", "error", "§ 48", "§ 5, stk. 3"),
    ("plan_in_time", "error", "§ 140", "§ 91"),
    ("plan_has_goals", "warning", "§ 140, stk. 3", "§ 92"),
    ("first_follow_up_within_3_months", "error", "§ 70, stk. 1", "§ 95, stk. 2"),
    ("follow_up_every_6_months", "error", "§ 70, stk. 1", "§ 70, stk. 1"),
    ("decision_has_complaint_guidance", "error", "forvaltningsloven § 25", "forvaltningsloven § 25"),
    ("inactive_case_not_closed", "warning", "", ""),
]
# Weights roughly after Ankestyrelsen's barometer: investigations late in half the cases.
RULE_P = [0.25, 0.3, 0.1, 0.5, 0.35, 0.3, 0.15, 0.25, 0.2, 0.1, 0.1]
WORDS = ("barnet moderen faderen skolen daginstitutionen sagsbehandler underretning bekymring "
         "trivsel fravær samtale støtte indsats anbringelse plejefamilie opfølgning mål "
         "undersøgelse vurdering afgørelse klagevejledning Ærø Åbenrå søskende børnehave").split()
REASONS = ["no_text", "no_text", "no_text", "encrypted", "corrupt", "unsupported", "timeout"]
BL_START = dt.date(2024, 1, 1)


def snippet(r):
    return " ".join(r.choice(WORDS) for _ in range(r.randint(14, 26)))


def case(r, i):
    start = dt.date(2012, 1, 1) + dt.timedelta(days=r.randint(0, 13 * 365))
    docs = []
    day = start
    for n in range(r.randint(4, 30)):
        day = day + dt.timedelta(days=r.randint(0, 60))
        t = r.choice(TYPES)
        folder = "Journal" if t == "journal_note" else "Dokumenter"
        ext = r.choice(["pdf", "pdf", "docx", "txt", "eml"])
        d = {"id": f"{folder}/{day.isoformat()} {t.replace('_', ' ').title()} {n}.{ext}",
             "type": t, "date": None if r.random() < 0.04 else day.isoformat(),
             "pages": r.randint(1, 12)}
        if t == "measure_decision":
            d["attributes"] = {"placement": r.random() < 0.3, "urgent": r.random() < 0.1,
                               "complaint_guidance": r.random() < 0.9}
        if r.random() < 0.95:
            d["evidence"] = {"page": r.randint(1, d["pages"]), "snippet": snippet(r)}
        docs.append(d)
    regimes = sorted({"SEL" if dt.date.fromisoformat(d["date"]) < BL_START else "BL"
                      for d in docs if d["date"]}, key=["SEL", "BL"].index) or ["SEL"]
    unreadable = [{"id": f"Scan/skan {k}.pdf", "reason": r.choice(REASONS)}
                  for k in range(r.choice([0, 0, 0, 0, 0, 0, 1, 2]))]
    gaps = []
    for (rule, sev, sel, bl), p in zip(RULES, RULE_P):
        if r.random() < p:
            trig = r.choice(docs)
            due = dt.date.fromisoformat(trig["date"] or start.isoformat()) + dt.timedelta(days=120)
            regime = "SEL" if due < BL_START else "BL"
            found = due + dt.timedelta(days=r.randint(1, 90)) if r.random() < 0.5 else None
            gaps.append({"rule": rule, "severity": sev, "regime": regime,
                         "legal_basis": ("serviceloven " + sel) if regime == "SEL" else ("barnets lov " + bl),
                         "trigger": trig["id"], "due": due.isoformat(),
                         "found": found.isoformat() if found else None,
                         "message": f"Frist {due.isoformat()} ikke overholdt"
                                    + (f", fundet {found.isoformat()}" if found else ", intet fundet")})
    upcoming = [{"rule": "first_follow_up_within_3_months",
                 "due": (dt.date(2026, 7, 1) + dt.timedelta(days=r.randint(0, 90))).isoformat(),
                 "trigger": docs[-1]["id"], "regime": "BL"} for _ in range(r.choice([0, 0, 0, 1]))]
    complete = not unreadable and r.random() > 0.05
    out = {"case_id": f"{2012 + i % 14}-{i:05d}", "regimes": regimes, "complete": complete,
           "documents": docs, "unreadable": unreadable, "gaps": gaps, "upcoming": upcoming}
    if not complete:
        out["incomplete_reasons"] = [f"{u['id']}: {u['reason']}" for u in unreadable] or \
                                    ["Nøgledokument uden dato"]
    return out


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    n, path = int(sys.argv[1]), sys.argv[2]
    r = random.Random(int(sys.argv[3]) if len(sys.argv) == 4 else 20260630)
    cases = sorted((case(r, i) for i in range(n)), key=lambda c: c["case_id"])
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
