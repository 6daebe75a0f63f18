"""Phrase bank ALT2: an independent bank with the keys of phrases_dev.py and other wordings.

Imagined producer: a large city administration on an older ESDH system (journal numbers in KLE
style, "J.nr."), terse caseworkers, frequent abbreviations (BFU, SEL, BL, jf., vedr., mdr., d.d.)
and law references, formal letter style (date line "Den ...", upper-case headings).
All wordings are meant to be legitimate and unambiguous per shared/spec/domain.md.

Template placeholders are filled by compose.py: {child} {childs} {child_full} {age} {han} {Han}
{hans} {mor} {far} {school} {daycare} {place} {cw} {kommune} {dept} {measure} {cite} {concern}
{source_org} {notifier} {phone} {klasse} {caseno} {city}, and reference dates {d_notif} {d_invdec}
{d_inv} {d_plan} {d_dec} {d_conv} {d_follow} {d_prelim} {next}. A template whose reference is
missing in the case is skipped.
"""

NAME = "alt2"
SEED = 23

# ---------------------------------------------------------------------------------------------
# Organisations and people (all invented)
# ---------------------------------------------------------------------------------------------
MUNICIPALITIES = [
    {"name": "Havnstrup Kommune", "street": "Rådhustorvet 1", "zip": "8910", "city": "Havnstrup",
     "phone": "89 40 40 40", "mail": "buf.myndighed@havnstrup.dk", "web": "www.havnstrup.dk"},
    {"name": "Aarsted Kommune", "street": "Aarsted Rådhus, Kirkegade 7", "zip": "6290", "city": "Aarsted",
     "phone": "73 33 70 00", "mail": "socialforvaltningen@aarsted.dk", "web": "www.aarsted.dk"},
    {"name": "Kongsbjerg Kommune", "street": "Borgervænget 3", "zip": "2690", "city": "Kongsbjerg",
     "phone": "43 97 10 00", "mail": "boern.unge@kongsbjerg.dk", "web": "www.kongsbjerg.dk"},
    {"name": "Vesterhavn Kommune", "street": "Strandvejen 50", "zip": "6795", "city": "Vesterhavn",
     "phone": "76 16 60 00", "mail": "familieraadgivning@vesterhavn.dk", "web": "www.vesterhavn.dk"},
    {"name": "Ålunde Kommune", "street": "Torvegade 22, 2. sal", "zip": "4295", "city": "Ålunde",
     "phone": "58 57 30 30", "mail": "post.bu@aalunde.dk", "web": "www.aalunde.dk"},
]
DEPARTMENTS = ["Socialforvaltningen, Børn og Unge", "Børne- og Ungdomsforvaltningen, Myndighed",
               "Socialcenter Vest, Børnefamilieenheden", "Familie og Rådgivning",
               "BUF – Myndighedsafsnittet"]
CASEWORKER_TITLES = {"SEL": ["Socialrådgiver", "Sagsbehandler, Myndighed", "Myndighedsrådgiver"],
                     "BL": ["Børnerådgiver", "Rådgiver, Børn og Unge", "Myndighedsrådgiver"]}
LEADER_TITLES = ["Faglig leder", "Sektionsleder", "Kontorchef"]

GIRLS = ["Olivia", "Liva", "Asta", "Silje", "Ronja", "Esther", "Vigga", "Merle", "Filippa", "Thea",
         "Lea", "Naja", "Cecilie", "Malou", "Yasmin", "Amira", "Tilde", "Sigrid", "Æsa"]
BOYS = ["Hugo", "Arthur", "Villads", "August", "Theo", "Felix", "Johan", "Konrad", "Ahmad", "Milas",
        "Bertram", "Sebastian", "Tobias", "Kristoffer", "Marius", "Ali", "Jakob", "Sander", "Øgir"]
ADULT_WOMEN = ["Susanne", "Charlotte", "Hanne", "Marianne", "Janne", "Birgitte", "Kirsten", "Dorte",
               "Malene", "Tanja", "Lotte", "Annette", "Karina", "Heidi", "Mona", "Ulla", "Signe", "Fatima"]
ADULT_MEN = ["Claus", "Allan", "Torben", "Bo", "Steen", "Carsten", "Niels", "Flemming", "Jan",
             "Frank", "Per", "Johnny", "Kenneth", "Tommy", "Mads", "Preben", "Hassan", "Ebbe"]
SURNAMES = ["Mortensen", "Frederiksen", "Johansen", "Knudsen", "Mikkelsen", "Iversen", "Schmidt",
            "Eriksen", "Clausen", "Simonsen", "Svendsen", "Jakobsen", "Vestergaard", "Bach",
            "Søndergaard", "Brandt", "Kjeldsen", "Ravn", "Winther", "Aagaard", "Juhl", "Bisgaard", "Yilmaz"]

SCHOOLS = ["{city} Kommuneskole", "Østre Skole", "Kirkebakkeskolen", "Specialskolen Lindely",
           "Privatskolen i {city}", "Tingvejens Skole", "Heldagsskolen Åsen"]
DAYCARES = ["Daginstitutionen Troldehøj", "Integreret institution Spiren", "Børnehaven Regnbuen",
            "Dagplejen {city} Øst", "Vuggestuen Humlebien"]
PLACES = ["Døgninstitutionen Skovbrynet", "Opholdsstedet Havbakken", "Familieplejen på Møllevej",
          "Socialpædagogisk opholdssted Rønnely", "Netværksplejefamilien hos farmor", "Plejefamilie i {city}"]
POLICE = ["{city} Politi, Forebyggelsessektionen", "Politiet, Lokalpolitiet {city}"]
HOSPITALS = ["Børne- og Ungeafdelingen, Universitetshospitalet", "Akutmodtagelsen, Sygehus Syd"]
DOCTORS = ["Lægerne i {city} Centrum", "Praktiserende læge, Lægeklinikken Vestergade"]
PSYCH = ["Børne- og Ungdomspsykiatrisk Center"]
DENTISTS = ["Børne- og Ungetandplejen"]

CONCERNS = [
    "massivt skolefravær", "manglende tilsyn i hjemmet", "udadreagerende og voldsom adfærd",
    "mistanke om fysisk vold fra stedfar", "forældrenes hashmisbrug", "at barnet ofte mangler madpakke og er sulten",
    "højt konfliktniveau mellem forældrene", "cutting og selvskadende adfærd", "at barnet er stille, ked af det og trækker sig",
    "mors ubehandlede psykiske lidelse", "at barnet gentagne gange ikke er blevet afhentet",
    "forsinket sprog og motorik", "bekymrende seksualiseret adfærd",
]
MEASURES_SEL = [  # (description, citation) -- never placement
    ("praktisk pædagogisk støtte i hjemmet", "SEL § 52, stk. 3, nr. 2"),
    ("familiebehandling", "SEL § 52, stk. 3, nr. 3"),
    ("fast kontaktperson for barnet", "SEL § 52, stk. 3, nr. 6"),
    ("fast kontaktperson for hele familien", "SEL § 52, stk. 3, nr. 6"),
    ("dagbehandlingstilbud", "SEL § 52, stk. 3, nr. 1"),
    ("anden hjælp i form af et forældrekursus", "SEL § 52, stk. 3, nr. 9"),
]
MEASURES_BL = [
    ("praktisk, pædagogisk støtte i hjemmet", "BL § 32, stk. 1, nr. 1"),
    ("familiebehandling", "BL § 32, stk. 1, nr. 2"),
    ("fast kontaktperson", "barnets lov § 32, stk. 1"),
    ("mentorstøtte", "barnets lov § 32, stk. 1"),
    ("familierådslagning og netværksstøtte", "BL § 32, stk. 1"),
]
PLACEMENT = {  # (with consent citation, without consent citation)
    "SEL": ("SEL § 52, stk. 3, nr. 7", "SEL § 58, stk. 1"),
    "BL": ("BL § 46, stk. 1", "barnets lov § 47, stk. 1"),
}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
# forms: dmy_dot 12.03.2015 | dmy_dot_short 12.3.2015 | dmy_dash 12-03-2015 | dm_slash_y 12/3-2015
# dm_slash_space_y 12/3 2015 | dm_slash_yy 12/3-15 | dmy_dot_yy 12.03.15 | iso 2015-03-12
# long 12. marts 2015 | abbr 12. mar. 2015 | long_upper 12. MARTS 2015 | long_cap 12. Marts 2015
HEADER_DATE_FORMS = [("dmy_dot", 20), ("dmy_dot_yy", 13), ("long", 12), ("abbr", 9), ("dmy_dot_short", 8),
                     ("dm_slash_y", 8), ("dmy_dash", 7), ("long_cap", 5), ("dm_slash_yy", 5),
                     ("long_upper", 4), ("dm_slash_space_y", 4), ("iso", 5)]
SENTENCE_DATE_FORMS = [("long", 34), ("dmy_dot", 18), ("abbr", 12), ("dmy_dot_yy", 10), ("dm_slash_y", 10),
                       ("dmy_dot_short", 8), ("long_cap", 4), ("dm_slash_yy", 4)]
TIME_FORMS = [("kl. {h}.{m}", 55), ("kl. {h}:{m}", 45)]

# Date blocks per type. {d} is the document's date, {t} an optional " kl. 14.30",
# {start} an earlier start date, {letter} an earlier date (sender's letter / notice), never the
# document's own date.
DATE_BLOCKS = {
    "notification": [("Modt.: {d}{t}", 20), ("Modtaget i kommunen: {d}{t}", 20), ("Modtagelsesdato: {d}{t}", 15),
                     ("Indgået d. {d}{t}", 10), ("Brev dateret: {letter}\nModtaget: {d}{t}", 15),
                     ("Henvendelsen er modtaget den {d}{t}.", 10), ("Deres skrivelse af {letter} modtaget den {d}{t}", 10)],
    "notification_assessment": [("Vurderet: {d}{t}", 30), ("Vurderingsdato: {d}{t}", 25),
                                ("Underretningen er vurderet d. {d}{t}.", 25),
                                ("Vurdering foretaget den {d}{t} af rådgiver og faglig leder.", 20)],
    "receipt": [("Den {d}", 40), ("Dato: {d}", 30), ("Afsendt: {d}", 20), ("{d}", 10)],
    "investigation_decision": [("Afgørelsesdato: {d}", 35), ("Den {d}", 25), ("Afgørelse truffet: {d}", 20),
                               ("Afgørelsen er truffet d. {d}.", 20)],
    "investigation": [("Iværksat: {start}\nAfsluttet: {d}", 25), ("Afsluttet d. {d}", 15),
                      ("Afslutningsdato: {d}", 15), ("Undersøgelsen blev afsluttet den {d}.", 15),
                      ("Undersøgelsesperiode: {start} – {d} (afsluttet)", 10), ("Dato: {d}", 10),
                      ("Startdato: {start}\nSlutdato: {d}", 10)],
    "preliminary_assessment": [("Dato: {d}", 45), ("Den {d}", 30), ("Udarbejdet: {d}", 25)],
    "partial_assessment": [("Dato: {d}", 50), ("Udarbejdet: {d}", 30), ("Den {d}", 20)],
    "child_conversation": [("Samtaledato: {d}", 35), ("Dato: {d}", 30), ("Samtalen fandt sted den {d}.", 10),
                           ("Dato for samtale: {d}", 25)],
    "plan": [("Dato: {d}", 40), ("Planens dato: {d}", 20), ("Udarbejdet den {d}", 20), ("Den {d}", 20)],
    "measure_decision": [("Afgørelsesdato: {d}", 30), ("Den {d}", 25), ("Afgørelsen er truffet d. {d}.", 20),
                         ("Dato for afgørelse: {d}", 15), ("Ansøgning/henvendelse: {letter}\nAfgørelsesdato: {d}", 10)],
    "termination_decision": [("Afgørelsesdato: {d}", 35), ("Den {d}", 30), ("Afgørelse truffet den {d}.", 35)],
    "follow_up": [("Mødedato: {d}", 30), ("Opfølgning afholdt: {d}", 20), ("Dato for opfølgning: {d}", 20),
                  ("Mødet blev afholdt den {d}.", 15), ("Indkaldt ved brev af {letter}\nMødedato: {d}", 15)],
    "supervision_visit": [("Besøgsdato: {d}", 40), ("Tilsynet blev aflagt den {d}.", 30),
                          ("Varslet: {letter}\nTilsynsbesøg aflagt: {d}", 15), ("Dato for tilsyn: {d}", 15)],
    "hearing": [("Den {d}", 50), ("Dato: {d}", 30), ("Brevdato: {d}", 20)],
    "consent": [("Dato for underskrift: {d}", 35), ("Underskrevet den {d}", 35), ("Dato: {d}", 30)],
    "status_statement": [("Dato: {d}", 45), ("Udtalelsen er skrevet den {d}.", 25), ("{d}", 15), ("Udfærdiget: {d}", 15)],
    "journal_note": [("Notatdato: {d}", 35), ("Dato: {d}", 35), ("Notat skrevet d. {d}", 30)],
    "closure": [("Sagen er afsluttet den {d}.", 30), ("Lukket: {d}", 25), ("Dato: {d}", 25), ("Afsluttet d. {d}", 20)],
    "other": [("Dato: {d}", 60), ("Den {d}", 40)],
}
# Added after the body when the writing date differs from the event date.
WRITTEN_LINES = ["Referatet er skrevet {written}.", "Notat udfærdiget d. {written}.",
                 "Indført i journalen den {written}."]

# ---------------------------------------------------------------------------------------------
# Titles. Keys: "type", "type/regime", "type/kind", "type/kind/regime" (most specific wins).
# ---------------------------------------------------------------------------------------------
TITLES = {
    "notification": [("Underretning om barn/ung", 25), ("UNDERRETNING", 20), ("Skriftlig underretning", 15),
                     ("Bekymringshenvendelse", 15), ("Underretning – bekymring for barn", 15),
                     ("UNDERRETNINGSSKEMA", 10)],
    "notification/anonymous": [("Anonym underretning", 50), ("Anonym henvendelse om bekymring for barn", 30),
                               ("Underretning (anonym)", 20)],
    "notification/phone": [("Telefonisk underretning", 45), ("Underretning modtaget telefonisk", 35),
                           ("Telefonisk henvendelse – underretning", 20)],
    "notification_assessment": [("24-timersvurdering", 30), ("Vurdering af underretning inden for 24 timer", 25),
                                ("VURDERING AF UNDERRETNING", 20), ("Underretningsvurdering", 15),
                                ("Vurdering af underretningen (24 timer)", 10)],
    "notification_assessment/urgent": [("Akut vurdering af underretning", 60), ("Vurdering af underretning – akut", 40)],
    "receipt": [("Kvittering for modtaget underretning", 35), ("Bekræftelse af modtagelse af underretning", 30),
                ("Kvittering – underretning modtaget", 20), ("Modtagelseskvittering, underretning", 15)],
    "investigation_decision/SEL": [("Afgørelse om iværksættelse af § 50-undersøgelse", 35),
                                   ("Afgørelse – børnefaglig undersøgelse, jf. SEL § 50", 35),
                                   ("AFGØRELSE OM BØRNEFAGLIG UNDERSØGELSE", 30)],
    "investigation_decision/BL": [("Afgørelse om undersøgelse efter barnets lov § 20", 40),
                                  ("Afgørelse om § 20-undersøgelse", 30),
                                  ("AFGØRELSE OM BØRNEFAGLIG UNDERSØGELSE (BL § 20, stk. 1)", 30)],
    "investigation/SEL": [("Børnefaglig undersøgelse, jf. SEL § 50", 30), ("§50-undersøgelse", 20),
                          ("Paragraf 50-undersøgelse", 15), ("BØRNEFAGLIG UNDERSØGELSE", 20),
                          ("Børnefaglig undersøgelse (§ 50)", 15)],
    "investigation/BL": [("Børnefaglig undersøgelse efter barnets lov § 20", 35), ("§20-undersøgelse", 20),
                         ("BFU (BL § 20)", 15), ("Undersøgelse efter BL § 20", 15),
                         ("BØRNEFAGLIG UNDERSØGELSE", 15)],
    "investigation/updated": [("Opdatering af børnefaglig undersøgelse", 45), ("Opdateret BFU", 25),
                              ("Børnefaglig undersøgelse – opdatering", 30)],
    "preliminary_assessment": [("Foreløbig vurdering", 45), ("FORELØBIG VURDERING", 25),
                               ("Foreløbig vurdering af barnets situation", 30)],
    "partial_assessment/screening": [("Screening efter barnets lov § 18", 40), ("Screening af henvendelse", 35),
                                     ("BL § 18 – screening", 25)],
    "partial_assessment/afdaekning": [("Afdækning efter BL § 19", 40), ("Afdækning af barnets behov", 35),
                                      ("AFDÆKNING", 25)],
    "child_conversation": [("Referat af børnesamtale", 35), ("Børnesamtale – referat", 25), ("BØRNESAMTALE", 20),
                           ("Samtale med barnet forud for afgørelse", 20)],
    "child_conversation/youth": [("Referat af samtale med den unge", 60), ("Samtale med den unge", 40)],
    "child_conversation/not_held": [("Børnesamtale – ikke afholdt", 45), ("Notat om børnesamtale (ikke gennemført)", 35),
                                    ("Børnesamtale ikke mulig", 20)],
    "plan/SEL": [("§ 140-handleplan", 30), ("Handleplan, jf. SEL § 140", 30), ("HANDLEPLAN", 25),
                 ("Handleplan efter serviceloven", 15)],
    "plan/BL": [("Barnets plan (BL § 91)", 35), ("BARNETS PLAN", 30), ("Barnets plan, jf. barnets lov §§ 91-92", 20),
                ("Barnets plan", 15)],
    "plan/revised/SEL": [("Revideret handleplan (SEL § 140)", 45), ("Handleplan – revision", 30),
                         ("Opdateret § 140-handleplan", 25)],
    "plan/revised/BL": [("Opdateret barnets plan", 45), ("Barnets plan – revideret", 35), ("BARNETS PLAN", 20)],
    "plan/youth/BL": [("Ungeplan (BL § 108)", 50), ("UNGEPLAN", 30), ("Ungeplan", 20)],
    "plan/youth/SEL": [("§ 140-handleplan", 55), ("Handleplan, jf. SEL § 140", 45)],
    "measure_decision/SEL": [("Afgørelse om foranstaltning efter SEL § 52", 30), ("Bevilling af foranstaltning", 20),
                             ("Afgørelse om særlig støtte (SEL § 52, stk. 3)", 25),
                             ("AFGØRELSE OM FORANSTALTNING", 25)],
    "measure_decision/BL": [("Afgørelse om støttende indsats efter barnets lov § 32", 30),
                            ("Bevilling af støttende indsats", 25), ("AFGØRELSE OM INDSATS", 20),
                            ("Afgørelse – støttende indsats (BL § 32)", 25)],
    "measure_decision/placement": [("Afgørelse om anbringelse", 35), ("Afgørelse vedr. anbringelse uden for hjemmet", 30),
                                   ("Anbringelse uden for hjemmet – afgørelse", 15), ("AFGØRELSE OM ANBRINGELSE", 20)],
    "termination_decision/SEL": [("Afgørelse om ophør af foranstaltning (SEL § 68)", 40),
                                 ("Ophør af foranstaltning – afgørelse", 30), ("AFGØRELSE OM OPHØR", 30)],
    "termination_decision/BL": [("Afgørelse om ophør af støttende indsats", 45), ("Ophør af indsats – afgørelse", 30),
                                ("AFGØRELSE OM OPHØR AF INDSATS", 25)],
    "termination_decision/homecoming": [("Afgørelse om hjemgivelse", 50), ("Hjemgivelse – afgørelse", 25),
                                        ("Afgørelse om ophør af anbringelse og hjemgivelse", 25)],
    "follow_up/SEL": [("Opfølgning, jf. SEL § 70", 30), ("Referat af opfølgningsmøde", 25), ("Statusmøde", 15),
                      ("Opfølgning på handleplan og foranstaltning", 15), ("OPFØLGNING", 15)],
    "follow_up/BL": [("Opfølgning efter barnets lov § 95", 30), ("Opfølgning på barnets plan", 25),
                     ("Referat – opfølgningsmøde", 25), ("Statusmøde", 20)],
    "supervision_visit": [("Personrettet tilsyn", 35), ("Referat af tilsynsbesøg", 30), ("Tilsynsrapport", 20),
                          ("TILSYNSBESØG", 15)],
    "hearing": [("Partshøring", 35), ("Partshøring før afgørelse, jf. forvaltningslovens § 19", 35),
                ("PARTSHØRING", 30)],
    "consent": [("Samtykkeerklæring", 40), ("Samtykke fra forældremyndighedsindehaver", 35),
                ("SAMTYKKE", 25)],
    "status_statement": [("Skoleudtalelse", 30), ("Udtalelse fra skolen", 30), ("Statusudtalelse", 20),
                         ("STATUSUDTALELSE FRA SKOLE", 20)],
    "status_statement/placement": [("Statusudtalelse fra anbringelsesstedet", 45), ("Udtalelse fra opholdsstedet", 30),
                                   ("STATUSUDTALELSE", 25)],
    "journal_note": [("Sagsnotat", 35), ("Journalnotat", 25), ("Notat vedr. telefonisk kontakt", 15),
                     ("Aktnotat", 15), ("NOTAT", 10)],
    "closure": [("Notat om afslutning af sagen", 30), ("Sagen lukkes", 25), ("AFSLUTNINGSNOTAT", 25),
                ("Lukning af sag", 20)],
}
# Subject lines for journal entries ("12.03.2015 – <subject>") by type.
ENTRY_SUBJECTS = {
    "notification": ["Tlf. underretning fra {notifier}", "Underretning modtaget pr. telefon",
                     "Telefonisk henvendelse fra {notifier} – underretning"],
    "notification_assessment": ["24-timersvurdering af underretning", "Vurd. af underretning (24 t.)",
                                "Underretning vurderet"],
    "child_conversation": ["Børnesamtale m. {child}", "Referat af børnesamtale", "Samtale med {child} (børnesamtale)"],
    "follow_up": ["Opfølgningsmøde afholdt", "Statusmøde", "Opfølgning på indsats"],
    "journal_note": ["Tlf. m. mor", "Tlf. m. far", "Mail fra skolen", "Sagsnotat", "Teammøde – sagsdrøftelse",
                     "Henvendelse fra mor", "Orientering fra skolen", "Notat"],
    "closure": ["Sagen lukkes", "Afslutning af sag", "Sag afsluttet"],
}
ENTRY_LINE = [("{d} / {subject}", 35), ("{d} kl. {hm} / {subject}", 20), ("{d}  {subject}", 25), ("{d} | {subject}", 20)]
ENTRY_DATE_FORMS = [("dmy_dot", 40), ("dmy_dot_yy", 30), ("dmy_dot_short", 15), ("dm_slash_y", 15)]
JOURNAL_PREAMBLE = ["UDSKRIFT AF JOURNAL\nJ.nr. {caseno}\nVedr.: {child_full}, CPR {cpr}\n",
                    "Journalark – {child_full} ({cpr})\n", "Sag: {caseno}\n", ""]

# ---------------------------------------------------------------------------------------------
# Letterhead and signatures
# ---------------------------------------------------------------------------------------------
HEADER_STYLES = ["right", "footer", "caps", "classic"]
META_LABELS = {"caseno": "J.nr.", "cpr": "CPR", "cw": "Sagsbeh.", "child": "Vedr.",
               "birth": "Født", "address": "Adresse"}
CPR_STYLES = [("{ddmmyy}-{xxxx}", 75), ("{ddmmyy}{xxxx}", 25)]
CASENO_STYLES = ["27.24.00-G01-{num:05d}-{yy:02d}", "{year}-{num:05d}", "BU-{num:06d}"]
SIGN_OFF = ["Med venlig hilsen", "Med hilsen", "Venlig hilsen"]

# ---------------------------------------------------------------------------------------------
# Bodies. Lists of paragraph templates per type (and kind), references, and section pools.
# ---------------------------------------------------------------------------------------------
BODY = {
    "notification/letter": [
        "Hermed underretning vedr. {child_full}, {age} år. Vi er bekymrede pga. {concern}.",
        "Vi har gennem længere tid set {concern}. Forholdene er drøftet med {mor}, uden at situationen er bedret.",
        "{child} fremstår træt og ukoncentreret og har svært ved at indgå i fællesskabet.",
        "Det er vores vurdering, at {child} har behov for særlig støtte, som familien ikke selv kan give.",
        "Forældrene er orienteret om, at der sendes underretning til kommunen.",
        "Vi er opmærksomme på vores skærpede underretningspligt og står til rådighed for yderligere oplysninger.",
    ],
    "notification/phone": [
        "{notifier} rettede telefonisk henvendelse til rådgivningen vedr. {child}. Bekymringen angår {concern}.",
        "Underretter oplyste, at forholdene har stået på i flere uger og er blevet forværret.",
        "Underretter blev vejledt om, at kommunen ikke kan oplyse om det videre forløb.",
        "Aftalt, at underretter henvender sig igen ved nye oplysninger.",
    ],
    "notification/email": [
        "Kære rådgivning. Vi skal hermed underrette om {child}, som går hos os. Vi er bekymrede pga. {concern}.",
        "{child} har haft meget fravær de seneste uger, og når {han} er her, virker {han} træt og uoplagt.",
        "Vi har holdt møde med {mor}, som er bekendt med, at vi retter henvendelse til kommunen.",
    ],
    "notification/anonymous": [
        "Rådgivningen har modtaget en anonym henvendelse vedr. {child}. Underretter ønsker at være anonym.",
        "Underretter beskriver {concern} samt råb og skrig fra lejligheden sent om aftenen.",
        "Underretter bor i samme opgang og har flere gange set {child} alene på legepladsen efter mørkets frembrud.",
    ],
    "notification_assessment": [
        "Underretning af {d_notif} vedr. {child} er gennemgået af {cw} og drøftet med faglig leder.",
        "Vurdering: Der er ikke grundlag for at handle straks, men forholdene skal afdækkes nærmere.",
        "Underretningen indeholder ikke oplysninger om, at {childs} sundhed eller udvikling er i umiddelbar fare.",
        "Familien er kendt i forvaltningen fra tidligere henvendelser.",
    ],
    "notification_assessment/none": [
        "Underretning af {d_notif} er gennemgået. Vurdering: Der er ikke grundlag for videre tiltag.",
        "Der har været kontakt til forældrene, som har redegjort for forholdene. Sagen foretages der ikke videre i.",
        "Barnet vurderes ikke at være i umiddelbar fare.",
    ],
    "notification_assessment/urgent": [
        "Underretning af {d_notif} er vurderet umiddelbart efter modtagelsen. Oplysningerne giver anledning til alvorlig bekymring for {childs} sikkerhed.",
        "Der iværksættes akut støtte i dag. Forældrene er orienteret telefonisk.",
    ],
    "receipt": [
        "Kommunen bekræfter hermed modtagelsen af Deres underretning af {d_notif} vedr. {child}, jf. SEL § 155 b.",
        "Underretningen behandles efter reglerne i serviceloven. De vil som udgangspunkt ikke blive orienteret om sagens videre forløb.",
        "Eventuelle spørgsmål kan rettes til {cw} på tlf. {phone}.",
    ],
    "receipt/BL": [
        "Kommunen bekræfter hermed modtagelsen af Deres underretning af {d_notif} vedr. {child}.",
        "Underretningen behandles efter reglerne i barnets lov, herunder BL § 136. De vil som udgangspunkt ikke blive orienteret om sagens videre forløb.",
        "Eventuelle spørgsmål kan rettes til {cw} på tlf. {phone}.",
    ],
    "investigation_decision": [
        "{dept} har besluttet at iværksætte en børnefaglig undersøgelse af {childs} forhold.",
        "Afgørelsen er truffet på baggrund af underretning af {d_notif} om {concern}.",
        "Undersøgelsen skal afklare, om {child} har behov for særlig støtte, og skal være afsluttet senest 4 mdr. efter, at forvaltningen blev opmærksom på behovet.",
        "Som led i undersøgelsen afholdes samtale med {child}, og der indhentes oplysninger fra {school} og egen læge.",
    ],
    "investigation": [
        "Undersøgelsen er gennemført på baggrund af underretning af {d_notif} og afgørelse af {d_invdec}.",
        "Formålet er at belyse {childs} ressourcer og vanskeligheder og vurdere behovet for særlig støtte.",
        "Der er afholdt samtaler med {mor}, {far} og {child}, og der er indhentet udtalelse fra {school}.",
        "Undersøgelsen er tilrettelagt så skånsomt som muligt og ikke mere omfattende end nødvendigt.",
    ],
    "preliminary_assessment": [
        "BFU iværksat {d_invdec} kan ikke færdiggøres inden for 4-måneders-fristen.",
        "Årsagen er, at udtalelse fra Børne- og Ungdomspsykiatrisk Center endnu ikke foreligger.",
        "Foreløbig vurdering: {child} har behov for støtte. Undersøgelsen færdiggøres hurtigst muligt.",
    ],
    "partial_assessment/screening": [
        "Underretning af {d_notif} er screenet med henblik på at vurdere familiens behov for hjælp.",
        "Screeningen viser behov for en nærmere afdækning af {childs} trivsel.",
    ],
    "partial_assessment/afdaekning": [
        "Afdækningen er foretaget jf. BL § 19 og omfatter {childs} trivsel i skole og hjem.",
        "Der er holdt møde med {mor} og {child}. Vurdering: En kortvarig støttende indsats forventes at være tilstrækkelig.",
    ],
    "child_conversation": [
        "Samtalen med {child} blev holdt på {school} uden forældrene. {child} blev orienteret om formålet.",
        "{child} fortalte, at {han} har gode venner i klassen, men at der ofte er råb og skænderier derhjemme.",
        "{child} gav udtryk for at ønske hjælp, men ikke at ville flytte hjemmefra.",
        "{childs} synspunkter indgår i den samlede vurdering af støttebehovet.",
    ],
    "child_conversation/not_held": [
        "Der er ikke afholdt samtale med {child}, da {child} er {age} år og ikke kan deltage i en egentlig samtale.",
        "{child} er i stedet observeret i hjemmet og i {daycare}. Barnets perspektiv er beskrevet på baggrund af observationerne.",
    ],
    "plan": [
        "Handleplanen er udarbejdet i samarbejde med {mor} og {far} og bygger på BFU af {d_inv}.",
        "Planen vedrører {measure}, jf. {cite}.",
        "Formålet med foranstaltningen er at sikre {childs} trivsel i hjem og skole.",
        "Der følges op på planen senest 3 mdr. efter iværksættelse.",
    ],
    "plan/BL": [
        "Barnets plan er udarbejdet sammen med {child} og forældrene og bygger på § 20-undersøgelsen af {d_inv}.",
        "Planen vedrører {measure}, jf. {cite}.",
        "Formålet med indsatsen er en stabil hverdag for {child} med trygge voksne omkring sig.",
        "Der følges op på planen senest 3 mdr. efter iværksættelse.",
    ],
    "measure_decision": [
        "{dept} har d.d. bevilget {measure} til {child}, jf. {cite}.",
        "Afgørelsen bygger på BFU af {d_inv}, hvoraf det fremgår, at {child} har behov for særlig støtte.",
        "Bevillingen gælder foreløbigt i 6 mdr. Der følges op senest 3 mdr. efter iværksættelse.",
        "Der er afholdt samtale med {child} den {d_conv}. {childs} synspunkter er indgået i afgørelsen.",
        "Forældremyndighedsindehaverne har tilkendegivet, at de er indforstået med støtten.",
    ],
    "measure_decision/placement": [
        "Der er ved afgørelsen lagt vægt på BFU af {d_inv}, hvoraf fremgår, at {child} ikke får tilstrækkelig omsorg i hjemmet.",
        "{child} er hørt forud for afgørelsen ved samtale den {d_conv}, og {childs} synspunkter er indgået.",
        "{place} vurderes at kunne imødekomme {childs} behov for struktur og stabil voksenkontakt.",
        "Der træffes særskilt afgørelse om samvær mellem {child} og forældrene.",
    ],
    "termination_decision": [
        "{dept} har besluttet, at {measure} til {child} ophører.",
        "Der er lagt vægt på, at formålet med indsatsen er opfyldt, jf. opfølgning af {d_follow}.",
        "Forældrene er enige i ophøret.",
    ],
    "termination_decision/homecoming": [
        "{dept} har besluttet, at {child} hjemgives fra {place} til {mor}.",
        "Der er lagt vægt på, at {mor} nu kan varetage omsorgen for {child}, jf. opfølgning af {d_follow}.",
        "Hjemgivelsen sker gradvist over ca. 2 mdr. med efterværn i form af familiebehandling.",
    ],
    "follow_up": [
        "Opfølgningsmøde afholdt med deltagelse af {mor}, {far}, {child} og {cw}.",
        "Der er fulgt op på {measure}, jf. {cite}, bevilget ved afgørelse af {d_dec}. Indsatsen vurderes at virke efter hensigten.",
        "{child} oplyser, at det går bedre i skolen, og at der er mere ro derhjemme.",
        "Aftalt, at indsatsen fortsætter uændret.",
    ],
    "supervision_visit": [
        "Der er ført personrettet tilsyn med {child} på {place}. {child} blev talt med alene.",
        "{child} fortæller, at {han} er faldet godt til og har fået venner på stedet.",
        "Tilsynet gav ikke anledning til bemærkninger.",
    ],
    "hearing": [
        "Før forvaltningen træffer afgørelse i sagen vedr. {child}, har De mulighed for at udtale Dem om sagens oplysninger, jf. forvaltningslovens § 19.",
        "Forvaltningen lægger især vægt på oplysningerne i BFU af {d_inv}.",
        "Eventuelle bemærkninger bedes fremsendt inden 14 dage fra modtagelsen af dette brev.",
    ],
    "consent": [
        "Undertegnede forældremyndighedsindehaver giver hermed samtykke til, at {dept} iværksætter {measure} for {child}.",
        "Jeg er gjort bekendt med, at samtykket til enhver tid kan tilbagekaldes.",
    ],
    "consent/info": [
        "Undertegnede giver samtykke til, at forvaltningen indhenter oplysninger om {child} hos skole, egen læge og tandpleje.",
        "Samtykket gælder i forbindelse med den børnefaglige undersøgelse.",
    ],
    "status_statement": [
        "{child} går i {klasse}. klasse på {school}. {child} er vellidt blandt kammeraterne, men har et højt fravær.",
        "Fagligt ligger {child} under klassens niveau. {Han} har brug for voksenstøtte for at komme i gang med opgaverne.",
        "Skole-hjem-samarbejdet fungerer tilfredsstillende.",
    ],
    "status_statement/placement": [
        "{child} har boet på {place} siden indflytningen. {child} har tilpasset sig godt og deltager i stedets aktiviteter.",
        "{child} har samvær med {mor} hver anden weekend. Samværene forløber tilfredsstillende.",
    ],
    "journal_note": [
        "{mor} ringede og oplyste, at {child} har haft en god uge. Hun spurgte til næste møde.",
        "Modtaget mail fra {school} om, at {child} har været fraværende i to dage.",
        "Tlf. med {far}, der ønsker at blive inddraget mere i sagen.",
        "Sagen drøftet på teammøde. Ingen yderligere tiltag p.t.",
    ],
    "closure": [
        "Sagen vedr. {child} lukkes, da der ikke længere er behov for støtte.",
        "Forældrene er orienteret om lukningen og om, at de altid kan rette henvendelse igen.",
    ],
    "closure/no_action": [
        "Underretning af {d_notif} er vurderet, og der er ikke grundlag for at iværksætte undersøgelse.",
        "Sagen lukkes uden yderligere tiltag. Forældrene er orienteret.",
    ],
}
# Sentences that cite other documents (distractors: another type and another date).
REFS = [
    ("d_notif", "Sagen er rejst på baggrund af underretning modtaget {d_notif}."),
    ("d_inv", "Der henvises til BFU af {d_inv}."),
    ("d_plan", "Jf. handleplan af {d_plan}."),
    ("d_dec", "Der blev truffet afgørelse om støtte d. {d_dec}."),
    ("d_conv", "Børnesamtale er afholdt {d_conv}."),
    ("d_follow", "Ved seneste opfølgning {d_follow} blev det aftalt at fortsætte indsatsen."),
    ("next", "Næste opfølgning er berammet til {next}."),
]
REFS_BL = [
    ("d_plan", "Jf. barnets plan af {d_plan}."),
    ("d_inv", "Der henvises til undersøgelsen efter BL § 20 af {d_inv}."),
]

# Goal sections (plans with goals).
GOAL_HEADINGS = ["Målsætning", "MÅL", "Mål og forventede resultater", "Mål for barnets udvikling"]
GOALS = [
    "{child} møder i skole dagligt; fravær højst 2 dage pr. måned.",
    "{child} har en fast døgnrytme med sengetid senest kl. 20.30 på hverdage.",
    "Forældrene kan sætte tydelige rammer uden optrapning af konflikter.",
    "{child} deltager i en fritidsaktivitet mindst én gang ugentligt.",
    "{mor} påbegynder misbrugsbehandling inden 3 mdr.",
    "{childs} sprog udredes og følges af talepædagog.",
    "{child} har mindst to faste voksne, {han} kan betro sig til.",
    "{child} kan indgå i leg med jævnaldrende uden voldsomme konflikter.",
]
SUBGOAL_HEADING = "Delmål (3 mdr.)"
# Plan sections when the plan states no goals (must not use any goal word).
NOGOAL_SECTIONS = [
    ("Indsatsens indhold", ["Der iværksættes {measure}, som varetages af kommunens familiecenter."]),
    ("Formål", ["Formålet med støtten er at forbedre {childs} trivsel."]),
    ("Samarbejde med familien", ["Forældrene deltager i møderne og er positive over for støtten."]),
    ("Varighed", ["Indsatsen forventes at vare ca. 6 mdr."]),
]
# Decision sections
DECISION_HEADINGS = {"decision": "AFGØRELSE", "reasons": "Begrundelse for afgørelsen",
                     "guidance": "Vejledning om klageadgang"}
GUIDANCE = [
    "Afgørelsen kan påklages til Ankestyrelsen. Klagen sendes til forvaltningen inden 4 uger fra modtagelsen af dette brev. Forvaltningen genvurderer sagen og sender den videre til Ankestyrelsen, hvis afgørelsen fastholdes.",
    "De kan klage over afgørelsen inden 4 uger. Klagen stiles til {dept}, der genvurderer afgørelsen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.",
    "Klagefristen er 4 uger fra modtagelsen af afgørelsen. En eventuel klage indgives til kommunen, som genvurderer sagen inden videresendelse til Ankestyrelsen.",
]
URGENT_SENTENCES = [
    "Afgørelsen er truffet akut, idet {childs} sikkerhed ikke kan sikres på anden måde.",
    "Sagen er hastende, og afgørelsen er derfor truffet uden forudgående partshøring, jf. forvaltningslovens § 19, stk. 2, nr. 1.",
    "{childs} situation kan ikke afvente almindelig sagsbehandling, og afgørelsen træffes derfor straks.",
]
NO_PLAN_SENTENCES = [
    "Barnets plan udarbejdes ikke, da der alene er tale om en kortvarig og afgrænset indsats.",
    "En plan for indsatsen udarbejdes ikke i denne sag, da støtten er kortvarig og klart afgrænset.",
]
PLACEMENT_SENTENCES = {
    "with": "Det er besluttet, at {child} anbringes på {place}. Anbringelsen sker med forældremyndighedsindehavernes samtykke, jf. {cite}.",
    "without": "{child} anbringes på {place}, selv om forældremyndighedsindehaverne ikke har givet samtykke, jf. {cite}. Der er åbenbar risiko for alvorlig skade på {childs} sundhed eller udvikling.",
}

# Investigation sections (the six SEL § 50 areas / BL § 22 themes), with sentence pools.
INVESTIGATION_SECTIONS_SEL = ["Udviklingsforhold", "Adfærd og kontakt", "Familiære forhold", "Skole-/dagtilbudsforhold",
                              "Helbredsforhold", "Fritid og venskaber", "Øvrige forhold", "Sammenfatning og konklusion"]
INVESTIGATION_SECTIONS_BL = ["Barnets trivsel og udvikling", "Familie og netværk", "Skole, dagtilbud og læring",
                             "Sundhed og helbred", "Barnets egne synspunkter", "Forældrenes synspunkter",
                             "Ressourcer og udfordringer", "Samlet børnefaglig vurdering"]
POOL = [
    "{child} beskrives af {school} som vellidt og hjælpsom.",
    "Der har været perioder med højt fravær, særligt mandage.",
    "{mor} oplyser, at hun har svært ved at få hverdagen til at fungere.",
    "{far} bor i en anden by og ser {child} hver anden weekend.",
    "{child} har en tæt relation til sin mormor, der bor i nærheden.",
    "Familien har tidligere haft kontakt med sundhedsplejen.",
    "{child} er fysisk rask, men har som mindre haft gentagne mellemørebetændelser.",
    "{child} kan blive meget vred og har svært ved at falde til ro igen.",
    "{child} spiller håndbold to gange ugentligt og er glad for det.",
    "Familien bor i en treværelses lejlighed, hvor {child} har eget værelse.",
    "Familien har økonomiske vanskeligheder, og {mor} er på kontanthjælp.",
    "Forældrene har et konfliktfyldt samarbejde om {child}.",
    "{child} har læsevanskeligheder og modtager specialundervisning i dansk.",
    "Forvaltningen vurderer, at {childs} behov ikke dækkes tilstrækkeligt i hjemmet.",
    "Familiens netværk er sparsomt.",
    "{child} giver selv udtryk for at være ked af konflikterne derhjemme.",
    "Egen læge har ingen bemærkninger.",
    "{child} sover uroligt og kommer ofte for sent i skole.",
    "Ifølge {mor} har {child} svært ved at samarbejde med de voksne i SFO.",
    "Der er ikke oplysninger om kriminalitet i familien.",
]
# Titles and bodies of "other" documents (letters that are none of the types), by kind.
OTHER_DOCS = {
    "invitation": ("Mødeindkaldelse", "De indkaldes hermed til møde i forvaltningen den {next} kl. 9.30 vedr. {child}. Mødet afholdes på rådhuset, lokale 2.14."),
    "medical": ("Lægeerklæring", "Undertegnede har undersøgt {child}. Barnet er i alderssvarende trivsel og vægtudvikling. Der er ikke fundet tegn på fysisk overlast."),
    "invoice": ("Regning", "Regning for ydelser leveret i perioden. Beløbet bedes indbetalt senest 30 dage fra fakturadato. Regningsnr. {num}."),
    "pamphlet": ("Pjece: Når kommunen er bekymret for et barn", "Pjecen beskriver, hvordan forvaltningen arbejder med sager om børn og unge, og hvilke rettigheder De har som forælder."),
    "minutes": ("Referat af forældremøde i klassen", "Mødet drøftede klassens trivsel. Der blev aftalt faste pauser og tættere samarbejde med forældrene."),
}

# ---------------------------------------------------------------------------------------------
# Files and folders
# ---------------------------------------------------------------------------------------------
CASE_FOLDER_STYLES = [("{caseno}", 35), ("J.nr. {caseno}", 20), ("{cpr} {surname}, {child}", 20),
                      ("{surname} {child} - {caseno}", 25)]
LAYOUTS = [("flat", 30), ("dok_journal", 35), ("years", 35)]
FILE_NAMES = [("dated", 35), ("numbered", 35), ("plain", 15), ("scan", 15)]
# dated: "12-03-2015 Afgørelse om anbringelse.pdf"; numbered: "Akt-012345.pdf";
# plain: "Afgørelse om anbringelse.pdf"; scan: "SCN_0042.pdf"
FILE_DATE_FORM = "dmy_dash"
NUMBERED_NAME = "Akt-{num:06d}"
SCAN_NAME = "SCN_{num:04d}"
JOURNAL_FILE_NAMES = ["Sagsjournal.txt", "Journal.txt", "journaludskrift_{year}.txt", "JOURNAL-{year}.txt"]
UNSUPPORTED = [("Billede fra hjemmebesøg.jpg", "jpg"), ("Foto {child}.jpg", "jpg"), ("Udgiftsoversigt.xlsx", "xlsx")]
LITTER = ["Thumbs.db", "desktop.ini", ".DS_Store", ".~lock.notat.odt#"]

# ---------------------------------------------------------------------------------------------
# Mix of producers and encodings
# ---------------------------------------------------------------------------------------------
PRODUCERS = {  # for PDF documents
    "reportlab": 25, "fpdf": 28, "fitz": 15, "lo_docx": 10, "lo_fodt": 4, "lo_html": 4,
    "scan_ocr": 7, "scan_noocr": 7,
}
NOTE_FORMATS = {"journal": 45, "txt": 30, "pdf": 15, "docx": 5, "rtf": 5}
LETTER_FORMATS = {"pdf": 84, "docx": 6, "html": 3, "rtf": 4, "eml": 3}
TXT_ENCODINGS = {"utf-8": 20, "utf-8-sig": 5, "cp1252": 35, "latin-1": 22, "utf-16": 15, "cp865": 3}
ENCRYPTED_SHARE = 0.04          # PDFs encrypted with an empty user password (readable)
UNREADABLE_SHARE = 0.07         # of standalone status statements / notes / other letters
UNSUPPORTED_PER_CASE = {"jpg": 0.18, "xlsx": 0.15}
LITTER_PER_CASE = 0.4
CPR_IN_FILE_NAME = 0.03
TITLE_SPLIT_SHARE = 0.05
TITLE_HYPHEN_SHARE = 0.02
OTHER_VOCAB_SHARE = 0.12        # BL-era documents that still use SEL words
BIRTHDATE_SHARE = 0.12          # a "Født" line in the meta block
HYPHENATE_SHARE = 0.05          # PDFs with a word hyphenated at a line end
LIGATURE_SHARE = 0.05
NBSP_SHARE = 0.08
SOFT_HYPHEN_SHARE = 0.03
CRLF_SHARE = 0.7                # text notes with Windows line ends
NOTE_WRAP = [(None, 40), (72, 35), (90, 25)]
WRITTEN_SHARE = 0.2             # conversation/meeting notes written days after the event
SCAN_DPI = [(150, 40), (200, 45), (300, 15)]
SCAN_MODE = [("bw", 85), ("gray", 15)]
EML = {"charset": [("utf-8", 45), ("iso-8859-1", 55)], "cte": [("quoted-printable", 55), ("base64", 30), ("8bit", 15)],
       "html": 0.35}
HTML_ENCODINGS = [("utf-8", 55), ("cp1252", 30), ("latin-1", 15)]
HTML_EXT = [(".html", 50), (".htm", 50)]
