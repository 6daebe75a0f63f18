use super::*;

fn det() -> Detector {
    Detector::new(Catalogue::builtin().expect("catalogue")).expect("detector")
}

fn doc(name: &str, text: &str) -> Detection {
    let pages = vec![text.to_string()];
    det().detect(&Unit {
        file_name: name,
        pages: &pages,
        journal_entry: false,
        text_note: false,
        context: "",
    })
}

fn entry(text: &str) -> Detection {
    let pages = vec![text.to_string()];
    det().detect(&Unit {
        file_name: "journal.txt",
        pages: &pages,
        journal_entry: true,
        text_note: true,
        context: "",
    })
}

const HEAD: &str = "Nørreby Kommune\nFamilieafdelingen\nRådhuspladsen 4\nSagsnr.: 2015-0042\nCPR-nr.: 010302-3426\n";

#[test]
fn title_decides_the_type() {
    let cases = [
        ("UNDERRETNING", DocType::Notification),
        ("Anonym underretning", DocType::Notification),
        (
            "Underretning vedr. bekymring for et barn",
            DocType::Notification,
        ),
        ("Vurdering af underretning", DocType::NotificationAssessment),
        ("24-timers vurdering", DocType::NotificationAssessment),
        (
            "Kvittering for modtagelse af underretning",
            DocType::Receipt,
        ),
        (
            "Afgørelse om iværksættelse af børnefaglig undersøgelse",
            DocType::InvestigationDecision,
        ),
        (
            "Børnefaglig undersøgelse efter servicelovens § 50",
            DocType::Investigation,
        ),
        ("§50-undersøgelse", DocType::Investigation),
        ("Paragraf 50-undersøgelse", DocType::Investigation),
        ("BFU – børnefaglig undersøgelse", DocType::Investigation),
        (
            "Undersøgelse efter barnets lov § 20",
            DocType::Investigation,
        ),
        ("OPDATERET BØRNEFAGLIG UNDERSØGELSE", DocType::Investigation),
        ("Foreløbig vurdering", DocType::PreliminaryAssessment),
        ("Afdækning", DocType::PartialAssessment),
        ("Samtale med den unge", DocType::ChildConversation),
        ("Referat af børnesamtale", DocType::ChildConversation),
        ("Revideret handleplan", DocType::Plan),
        ("Barnets plan", DocType::Plan),
        ("Ungeplan", DocType::Plan),
        (
            "Afgørelse om anbringelse uden for hjemmet",
            DocType::MeasureDecision,
        ),
        ("Afgørelse om støttende indsats", DocType::MeasureDecision),
        (
            "Afgørelse om ophør af foranstaltning",
            DocType::TerminationDecision,
        ),
        ("Afgørelse om hjemgivelse", DocType::TerminationDecision),
        ("Opfølgning på handleplan", DocType::FollowUp),
        ("Opfølgningsmøde", DocType::FollowUp),
        ("Statusmøde", DocType::FollowUp),
        ("Tilsynsbesøg", DocType::SupervisionVisit),
        ("Partshøring", DocType::Hearing),
        ("Samtykkeerklæring", DocType::Consent),
        ("Udtalelse fra skole", DocType::StatusStatement),
        ("Telefonnotat", DocType::JournalNote),
        ("Afslutningsnotat", DocType::Closure),
        ("Sagen afsluttes", DocType::Closure),
        ("Faktura", DocType::Other),
    ];
    for (title, want) in cases {
        let d = doc(
            "Dokument 000123.pdf",
            &format!("{HEAD}\n{title}\n\nDato: 12.03.2015\nTekst."),
        );
        assert_eq!(d.doc_type, want, "{title}");
    }
}

#[test]
fn mentions_are_not_the_document() {
    let text = format!(
        "{HEAD}Handleplan\nDato: 01.06.2015\nHandleplanen bygger på den børnefaglige undersøgelse af 3. marts 2015.\n\
         Underretningen af 1. februar 2015 er baggrunden."
    );
    assert_eq!(doc("x.pdf", &text).doc_type, DocType::Plan);
}

#[test]
fn title_broken_over_lines_and_hyphenated() {
    let d = doc(
        "scan0042.pdf",
        &format!("{HEAD}Børnefag-\nlig undersøgelse\nAfsluttet: 03.03.2015"),
    );
    assert_eq!(d.doc_type, DocType::Investigation);
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-03-03"));
}

#[test]
fn generic_note_with_specific_subject() {
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Notat\nVedr.: Samtale med barnet\nDato: 5.3.2018"),
    );
    assert_eq!(d.doc_type, DocType::ChildConversation);
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Notat\nDato: 5.3.2018\nMor ringede."),
    );
    assert_eq!(d.doc_type, DocType::JournalNote);
}

#[test]
fn file_name_helps_when_text_has_no_title() {
    let d = doc(
        "2018-03-28 Børnesamtale.pdf",
        "Anna fortalte om skolen.\nDato: 28.03.2018",
    );
    assert_eq!(d.doc_type, DocType::ChildConversation);
    let d = doc("Dokument 000123.pdf", "Anna fortalte om skolen.");
    assert_eq!(d.doc_type, DocType::Other);
}

#[test]
fn journal_entries() {
    let d = entry("12.03.2015 – Telefonsamtale med mor\nMor ringede.");
    assert_eq!(d.doc_type, DocType::JournalNote);
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-03-12"));
    let d = entry("2019-12-20 kl. 10.15 - Opfølgningsmøde\nDer blev holdt møde.");
    assert_eq!(d.doc_type, DocType::FollowUp);
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2019-12-20"));
    let d =
        entry("23-12-2017: Vurdering af underretning\nUnderretningen af 18.12.2017 er vurderet.");
    assert_eq!(d.doc_type, DocType::NotificationAssessment);
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2017-12-23"));
    let d = entry("05.12.2013: Børnesamtale med Anna\nAnna fortalte.");
    assert_eq!(d.doc_type, DocType::ChildConversation);
}

#[test]
fn labelled_date_fits_the_type() {
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Underretning\nDato: 10.03.2015\nModtaget: 12.03.2015 kl. 14.30\n"),
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-03-12"));
    assert_eq!(d.time.as_deref(), Some("14:30"));
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Børnefaglig undersøgelse\nPåbegyndt: 01.02.2015\nAfsluttet: 30.05.2015\n"),
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-05-30"));
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Børnesamtale\nSamtalen blev afholdt den 3. april 2016.\nTekst.\nNotatet er skrevet den 9. april 2016."),
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2016-04-03"));
    let d = doc("x.pdf", &format!("{HEAD}Vurdering af underretning\nVurderingen er foretaget den 13. marts 2015 kl. 9:05."));
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-03-13"));
    assert_eq!(d.time.as_deref(), Some("09:05"));
}

#[test]
fn date_from_file_name_then_none() {
    let d = doc(
        "2015-03-12 Handleplan.pdf",
        "Handleplan\nIngen dato her. Jf. undersøgelsen af 1. marts 2015.",
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-03-12"));
    let d = doc(
        "Handleplan.pdf",
        "Handleplan\nJf. undersøgelsen af 1. marts 2015.",
    );
    assert_eq!(d.date, None);
}

#[test]
fn cpr_is_never_a_date_nor_in_evidence() {
    let d = doc("x.pdf", "Notat\n010302-3426\nCPR-nr.: 0103023426");
    assert_eq!(d.date, None);
    let d = doc("x.pdf", "Notat 010302-3426\nDato: 01.04.2015");
    let ev = d.evidence.expect("evidence");
    assert!(!crate::cpr::contains(&ev.snippet), "{}", ev.snippet);
}

#[test]
fn attributes() {
    let n = doc("x.pdf", "Anonym underretning\nModtaget: 01.02.2016");
    assert_eq!(n.attributes.anonymous, Some(true));
    let n = doc(
        "x.pdf",
        "Underretning\nModtaget: 01.02.2016\nSkolen underretter.",
    );
    assert_eq!(n.attributes.anonymous, Some(false));

    let m = doc(
        "x.pdf",
        "Afgørelse om anbringelse\nDato: 01.02.2016\nAnna anbringes uden for hjemmet uden samtykke, jf. servicelovens § 58.\n\
         Afgørelsen er truffet akut, da situationen ikke kan afvente.\nKlagevejledning\nDu kan klage.",
    );
    assert_eq!(m.attributes.placement, Some(true));
    assert_eq!(m.attributes.without_consent, Some(true));
    assert_eq!(m.attributes.urgent, Some(true));
    assert_eq!(m.attributes.complaint_guidance, Some(true));
    assert_eq!(m.attributes.no_plan, Some(false));

    let m = doc(
        "x.pdf",
        "Afgørelse om støttende indsats\nDato: 01.02.2024\nDer bevilges en kontaktperson efter barnets lov § 32.\n\
         Der er ikke behov for akutte tiltag.\nDer udarbejdes ikke barnets plan, da indsatsen er kortvarig.",
    );
    assert_eq!(m.attributes.placement, Some(false));
    assert_eq!(m.attributes.urgent, Some(false));
    assert_eq!(m.attributes.no_plan, Some(true));
    assert_eq!(m.attributes.complaint_guidance, Some(false));

    let p = doc(
        "x.pdf",
        "Handleplan\nDato: 01.02.2016\nMål for indsatsen\nAnna skal i skole.",
    );
    assert_eq!(p.attributes.goals, Some(true));
    let p = doc(
        "x.pdf",
        "Handleplan\nDato: 01.02.2016\nFormålet med støtten er trivsel.",
    );
    assert_eq!(p.attributes.goals, Some(false));
    // Attributes belong to their types only.
    let f = doc("x.pdf", "Opfølgning\nMødedato: 01.02.2016\nAnonym.");
    assert!(f.attributes.is_empty());
}

#[test]
fn other_wordings_of_the_same_documents() {
    let cases = [
        (
            "Afgørelse om at iværksætte en børnefaglig undersøgelse",
            DocType::InvestigationDecision,
        ),
        (
            "Beslutning om § 50-undersøgelse",
            DocType::InvestigationDecision,
        ),
        ("Den børnefaglige undersøgelse", DocType::Investigation),
        ("Akutvurdering", DocType::NotificationAssessment),
        ("Afgørelse efter barnets lov § 32", DocType::MeasureDecision),
        ("Ophør af støtte", DocType::TerminationDecision),
        ("Møde om opfølgning", DocType::FollowUp),
        ("Lukning af sag", DocType::Closure),
        (
            "Samtale med Anna (børnesamtale)",
            DocType::ChildConversation,
        ),
        ("HANDLEPLANEN", DocType::Plan),
        ("Bekymring vedr. Anna", DocType::Notification),
        ("Evalueringsmøde", DocType::FollowUp),
    ];
    for (title, want) in cases {
        let d = doc(
            "Dokument 000123.pdf",
            &format!("{HEAD}\n{title}\n\nDato: 12.03.2015\nTekst."),
        );
        assert_eq!(d.doc_type, want, "{title}");
    }
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Afgørelse om foranstaltning\nAfgørelsen blev truffet den 4. maj 2016.\n"),
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2016-05-04"));
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Opfølgning\nMødet fandt sted den 9. juni 2016.\n"),
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2016-06-09"));
}

#[test]
fn any_dato_label_but_a_birth_date() {
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Underretning\nFødselsdato: 01.02.2010\nUnderretningsdato: 12.03.2015\n"),
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-03-12"));
    let d = doc("x.pdf", "Statusudtalelse\nFødselsdato: 01.02.2010\nTekst.");
    assert_eq!(d.date, None);
}

#[test]
fn journal_subject_on_the_line_after_a_bare_date() {
    let d = entry("12.03.2015\nBørnesamtale med Anna\nAnna fortalte.");
    assert_eq!(d.doc_type, DocType::ChildConversation);
    let d = entry("12.03.2015 – Telefonnotat\nOpfølgningsmøde aftalt.");
    assert_eq!(d.doc_type, DocType::JournalNote);
}

#[test]
fn wrapped_body_lines_after_a_generic_title_are_not_titles() {
    let text = format!(
        "{HEAD}Journalnotat\n\nDato: 23.07.2016\n\nMor ringede og fortalte om ugen. Hun spurgte til næste møde. Sagen er\n\
         drøftet på teammøde.\n\nKommunen modtog underretning om Alfred den 3. februar 2016. Næste opfølgningsmøde er aftalt til den\n29.09.2016.\n"
    );
    assert_eq!(doc("x.pdf", &text).doc_type, DocType::JournalNote);
}

#[test]
fn continuation_lines_are_not_titles() {
    let text = format!(
        "{HEAD}Notat\n\nDato: 20.11.2023\n\nTelefonsamtale med far. Han ønsker at blive inddraget.\n\n\
         Der henvises til den børnefaglige undersøgelse af 27.12.2022. Indsatsen er beskrevet i\nhandleplanen af 26.01.2023.\n"
    );
    assert_eq!(
        doc("Dokument 019495.pdf", &text).doc_type,
        DocType::JournalNote
    );
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Tilsyn-\n\nsbesøg\n\nDato: 02.10.2024\n"),
    );
    assert_eq!(d.doc_type, DocType::SupervisionVisit);
}

#[test]
fn title_over_three_lines_and_mail_headers() {
    let d = doc(
        "x.pdf",
        &format!(
            "{HEAD}Afgørelse\nom iværksættelse af børnefaglig\nundersøgelse\n\nDato: 2023-11-08\n"
        ),
    );
    assert_eq!(d.doc_type, DocType::InvestigationDecision);
    let d = doc(
        "Faktura.eml",
        "Subject: Faktura\nFrom: Opholdsstedet <post@x.dk>\n\nFaktura\nDato: 5. juni 2014\n",
    );
    assert_eq!(d.doc_type, DocType::Other);
    let d = doc(
        "mail.eml",
        "Subject: Underretning vedr. Anna\nFrom: skolen@x.dk\n\nModtaget: 5. juni 2014\n",
    );
    assert_eq!(d.doc_type, DocType::Notification);
}

#[test]
fn journal_headings_with_weekday_or_brackets() {
    let d = entry("Mandag 12.03.2015 – Opfølgningsmøde\nDer blev holdt møde.");
    assert_eq!(d.doc_type, DocType::FollowUp);
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2015-03-12"));
    let d = entry("[05.02.2016] Børnesamtale\nAnna fortalte.");
    assert_eq!(d.doc_type, DocType::ChildConversation);
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2016-02-05"));
}

#[test]
fn weekday_between_label_and_date() {
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Opfølgning\nMødet blev holdt torsdag den 9. juni 2016.\n"),
    );
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2016-06-09"));
}

#[test]
fn a_placement_to_be_avoided_is_not_a_placement() {
    let m = doc(
        "x.pdf",
        "Afgørelse om støtte\nDato: 01.02.2016\nDer bevilges familiebehandling for at undgå en anbringelse.\nKlagevejledning",
    );
    assert_eq!(m.attributes.placement, Some(false));
    assert_eq!(m.attributes.complaint_guidance, Some(true));
}

fn date_of(d: &Detection) -> Option<String> {
    d.date.map(|d| d.to_string())
}

#[test]
fn any_header_field_is_the_documents_date_but_not_someone_elses() {
    // Labels the catalogue does not list: a field "Label: date" is the document's own date.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Tilsynsrapport\nFødt: 02.05.2009\nRegistreret: d. 14.10.2016\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2016-10-14"));
    let d = doc("x.pdf", &format!("{HEAD}Udtalelse fra skolen\nNæste møde: 01.12.2016\nUdfyldt: fredag den 4. november 2016\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2016-11-04"));
    // A field that names another document is that document's date ("Underretning modtaget").
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Vurdering af underretning\nUnderretning modtaget: 11.03.2015\nBehandlet: 12.03.2015\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2015-03-12"));
    // Only birth dates, deadlines and the like: no date.
    let d = doc(
        "Statusudtalelse.pdf",
        "Statusudtalelse\nFødt: 01.02.2010\nSvarfrist: 01.03.2016\nTekst.",
    );
    assert_eq!(d.date, None);
}

#[test]
fn an_event_sentence_dates_the_document() {
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Tilsyn på opholdsstedet\nJf. handleplanen af 2. maj 2016.\nBesøget blev gennemført d. 9. juni 2016.\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2016-06-09"));
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Afgørelse om aflastning\nByrådet har truffet beslutning 03.01.17 om aflastning.\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2017-01-03"));
    // The verb must stand right before the date, and the sentence must not name another
    // document: "afgørelsen, der blev truffet den …" is the decision's date, not the meeting's.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Opfølgningsmøde\nVi talte om afgørelsen om aflastning, der blev truffet den 6. maj 2016.\nDer blev truffet afgørelse om støtte den 7. maj 2016.\n"),
    );
    assert_eq!(d.date, None);
}

#[test]
fn a_wrapped_sentence_is_not_a_date_line() {
    // "den 20. april 2023." continues the sentence above; a letter's date line does not.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Statusmøde\n\nVi drøftede, hvordan det er gået med indsatsen siden afgørelsen om støtte\nden 20. april 2023.\n"),
    );
    assert_eq!(d.date, None);
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Statusmøde\nSølvdal, den 7. juni 2023\nVi drøftede indsatsen.\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2023-06-07"));
}

#[test]
fn compound_words_abbreviations_and_broken_titles() {
    // The head of a compound: "tvangsanbringelse" is an "anbringelse".
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Afgørelse om netværksanbringelse\nDato: 01.02.2016\n"),
    );
    assert_eq!(d.doc_type, DocType::MeasureDecision);
    // Short words are not compound heads: "afhøring" is not a "høring".
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Politiets afhøring\nDato: 01.02.2016\n"),
    );
    assert_ne!(d.doc_type, DocType::Hearing);
    // "jf." and "pr." do not make a title line a sentence.
    let d = doc("x.pdf", &format!("{HEAD}Børnefaglig undersøgelse jf. barnets lov § 20\nUndersøgelsen er afsluttet. Underretningen af 2.1.2016 og afgørelsen.\n"));
    assert_eq!(d.doc_type, DocType::Investigation);
    let d = entry("13.01.18\tUnderretning modtaget pr. mail fra tandplejen\nTekst.");
    assert_eq!(d.doc_type, DocType::Notification);
    // A fragment continued in lower case on the next line is one title.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Notat fra\ntilsynsbesøg\nBesøget gik godt.\n"),
    );
    assert_eq!(d.doc_type, DocType::SupervisionVisit);
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Kortfattet\nnotat\nOprettet: 12.10.2024\n"),
    );
    assert_eq!(d.doc_type, DocType::JournalNote);
    // Subjects naming the assessment by its verb, or the child's conversation by "alene".
    let d = entry("2017-04-29 - Underretningen er vurderet\nTekst.");
    assert_eq!(d.doc_type, DocType::NotificationAssessment);
    let d = entry("28.9.2021 Samtale med Ida på skolen alene\nTekst.");
    assert_eq!(d.doc_type, DocType::ChildConversation);
}

#[test]
fn attribute_phrases_run_over_line_ends() {
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Afgørelse om anbringelse\nKommunen anbringer Ida uden\nforældremyndighedsindehaverens samtykke.\n"),
    );
    assert_eq!(d.attributes.without_consent, Some(true));
    let d = doc(
        "x.pdf",
        &format!(
            "{HEAD}Afgørelse om støtte\nDen unges plan udarbejdes ikke, da indsatsen er kort.\n"
        ),
    );
    assert_eq!(d.attributes.no_plan, Some(true));
}

#[test]
fn second_held_out_wordings() {
    // A clock time before a subject that opens with a number.
    let d = entry("01.03.12 kl. 14.40 / 24-timers vurdering af henvendelsen\nTekst.");
    assert_eq!(d.doc_type, DocType::NotificationAssessment);
    // "Vurd." for "vurdering".
    let d = entry("12/6-2017 / Vurd. af underretning\nTekst.");
    assert_eq!(d.doc_type, DocType::NotificationAssessment);
    // A title ending in an abbreviation's stop is no sentence.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Afgørelse om særlig støtte (SEL § 52, stk.\n3)\nDato: 11.05.2023\n"),
    );
    assert_eq!(d.doc_type, DocType::MeasureDecision);
    // A compound whose head is a long title word, at the start of the title.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Modtagelseskvittering\nDen 28.12.2022\n"),
    );
    assert_eq!(d.doc_type, DocType::Receipt);
    // The decision word last.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Anbringelse uden for hjemmet - afgørelse\nDen 10/12-2015\n"),
    );
    assert_eq!(d.doc_type, DocType::MeasureDecision);
    // A reference line after a generic title is not the subject.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Aktnotat\nDato: 16/9-2019\nJf. handleplan af 28.6.2019.\n"),
    );
    assert_eq!(d.doc_type, DocType::JournalNote);
    let d = entry("30.10.2023 | Sag afsluttet\nTekst.");
    assert_eq!(d.doc_type, DocType::Closure);
}

#[test]
fn labels_that_belong_to_other_events() {
    // A type's own label in a sentence about another document ("Børnesamtale er afholdt").
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Statusmøde\nAlle deltog. Børnesamtale er\nafholdt 10.08.2012.\nReferatet sendes.\n"),
    );
    assert_eq!(d.date, None);
    // A journal entry keeps its heading's date.
    let d = entry("26.07.2021 / Opfølgning på indsats\nMødet blev afholdt 23/12-2020 med alle.");
    assert_eq!(date_of(&d).as_deref(), Some("2021-07-26"));
    // A label after its date, at the end of the line: the end of a period.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Børnefaglig undersøgelse\nPeriode: 04-09-2017 – 27-11-2017 (afsluttet)\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2017-11-27"));
    // "af D1 modtaget den D2": the label belongs to the date after it.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Underretning\nDeres brev af 04.06.18 modtaget den 07.06.18\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2018-06-07"));
    // Announced is not held.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Tilsynsrapport\nVarslet: 17.02.2014\nBesøgsdato: 20.02.2014\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2014-02-20"));
}

#[test]
fn attribute_phrases_with_a_gap() {
    let d = doc("x.pdf", &format!("{HEAD}Afgørelse om støtte\nEn plan for den korte indsats udarbejdes ikke i denne sag.\n"));
    assert_eq!(d.attributes.no_plan, Some(true));
    // Not across a sentence end, and not with a longer gap.
    let d = doc("x.pdf", &format!("{HEAD}Afgørelse om støtte\nSe planen. Den udarbejdes ikke af os.\nDer skal laves en plan som ikke før i morgen udarbejdes ikke.\n"));
    assert_eq!(d.attributes.no_plan, Some(false));
}

#[test]
fn third_held_out_wordings() {
    // A field whose label opens with the type's own verb.
    let d = doc("x.pdf", &format!("{HEAD}Underretning\nBrevets dato: 31. marts 2024\nModtaget i Familieteamet: 2. april 2024 kl. 17.40\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2024-04-02"));
    assert_eq!(d.time.as_deref(), Some("17:40"));
    // Past tense and "klokken".
    let d = doc("x.pdf", &format!("{HEAD}Underretning\nForvaltningen modtog underretningen den 19. marts 2025 klokken 10.05.\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2025-03-19"));
    assert_eq!(d.time.as_deref(), Some("10:05"));
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Telefonnotat\nNotatet vedrører den 03.07.24.\nTekst.\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2024-07-03"));
    // The topic first, the decision after the dash, over two lines.
    let d = doc("x.pdf", &format!("{HEAD}Børnefaglig undersøgelse – afgørelse om\niværksættelse\nDato for afgørelsen: 16.09.15\n"));
    assert_eq!(d.doc_type, DocType::InvestigationDecision);
    // A letter's date line after a long subject line is no wrapped sentence.
    let d = doc("x.pdf", &format!("{HEAD}Vedr.: Partshøring – mulighed for at komme med bemærkninger\nDen 20.1.2012\nKære mor.\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2012-01-20"));
    // A journal heading's time without "kl.".
    let d = entry("27.11.2018, 12.45: 24-timers vurdering\nTekst.");
    assert_eq!(d.doc_type, DocType::NotificationAssessment);
    assert_eq!(d.time.as_deref(), Some("12:45"));
}

#[test]
fn fourth_held_out_wordings() {
    // An event verb and where it happened before the date.
    let d = doc(
        "x.txt",
        &format!(
            "{HEAD}Anonym underretning\nHenvendelsen er modtaget i forvaltningen den 2020-11-18.\n"
        ),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2020-11-18"));
    // A plan's date is when it applies from.
    let d = doc("x.pdf", &format!("{HEAD}Handleplan jf. serviceloven § 140\nGældende fra: 2019-07-15\nAfgørelse om støtte blev truffet 2019-05-13.\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2019-07-15"));
}

#[test]
fn fifth_held_out_wordings() {
    // A subtitle after a dash on the next line is part of the title (and a multi-byte dash
    // there must not upset anything).
    let d = doc(
        "x.pdf",
        &format!("{HEAD}SV: Underretning\n– kvittering for modtagelse\nSendt d. 14.3.2022.\n"),
    );
    assert_eq!(d.doc_type, DocType::Receipt);
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Statusmøde\n— opfølgning\nMødet fandt sted: 12.11.2019\n"),
    );
    assert_eq!(d.doc_type, DocType::FollowUp);
    // A participle label without a colon opening its line; a fair copy's date is not the event's.
    let d = doc(
        "x.txt",
        &format!("{HEAD}Notat\nOprettet den 3. MARTS 2018\nTekst.\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2018-03-03"));
    let d = doc("x.pdf", &format!("{HEAD}Statusmøde\nOpfølgningen er foretaget den 12. november 2019.\nRenskrevet den 21.11.2019.\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2019-11-12"));
    // A name opening a wrapped line is no label.
    let d = doc("x.pdf", &format!("{HEAD}Afgørelse om støtte\nAfgørelsen bygger blandt andet på en samtale med\nMilas den 5.12.2016.\n"));
    assert_eq!(d.date, None);
    // Meeting the child; an anonymous inquiry; a parent's consent.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Notat vedr. børnesamtale\nRådgiver mødte barnet den 14-09-2018.\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2018-09-14"));
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Anonym henvendelse\nHenvendelsen er modtaget den 25. februar 2019.\n"),
    );
    assert_eq!(d.doc_type, DocType::Notification);
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Forældresamtykke\nUnderskrevet den 28.05.13\n"),
    );
    assert_eq!(d.doc_type, DocType::Consent);
    assert_eq!(date_of(&d).as_deref(), Some("2013-05-28"));
}

#[test]
fn sixth_held_out_wordings() {
    // Question labels.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Referat – opfølgningsmøde\nHvornår holdt vi mødet? 20. november 2020\n"),
    );
    assert_eq!(date_of(&d).as_deref(), Some("2020-11-20"));
    // Past tense in the type's own label; the notifier's letter date comes second.
    let d = doc("x.pdf", &format!("{HEAD}UNDERRETNING TIL KOMMUNEN\nBrevets dato: 19/12-2013\nVi modtog den: 20/12-2013 kl. 07.40\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2013-12-20"));
    assert_eq!(d.time.as_deref(), Some("07:40"));
    // Talking with the child dates a conversation, not a plan.
    let d = doc("x.pdf", &format!("{HEAD}Handleplan\nVi talte med Asger den 12/4-2019.\nPlanen er lavet den 22.04.2020.\n"));
    assert_eq!(date_of(&d).as_deref(), Some("2020-04-22"));
    // A title line ending in a dash takes in the next line.
    let d = doc(
        "x.pdf",
        &format!("{HEAD}Vi har modtaget din underretning –\nkvittering\nSendt den 18. juli 2025\n"),
    );
    assert_eq!(d.doc_type, DocType::Receipt);
}

#[test]
fn the_childs_first_name_reads_as_the_child() {
    let pages = vec!["12.03.2015 – Samtale med Ørn\nVi talte sammen på skolen.".to_string()];
    let unit = |context| Unit {
        file_name: "journal.txt",
        pages: &pages,
        journal_entry: true,
        text_note: true,
        context,
    };
    let d = det().detect(&unit("Journal – Ørn Hald\nSagsnummer: 16-08012"));
    assert_eq!(d.doc_type, DocType::ChildConversation);
    // Without knowing the child, a conversation with someone named is a note.
    let d = det().detect(&unit(""));
    assert_eq!(d.doc_type, DocType::JournalNote);
    // A document's own header names the child too.
    let d = doc(
        "x.pdf",
        "Barn: Asger Winther\nSamtale med Asger\nDato: 12.03.2015\n",
    );
    assert_eq!(d.doc_type, DocType::ChildConversation);
    let d = doc(
        "x.pdf",
        "Barn: Asger Winther\nSamtale med mor\nDato: 12.03.2015\n",
    );
    assert_ne!(d.doc_type, DocType::ChildConversation);
}

#[test]
fn paragraf_broken_from_its_number() {
    let d = doc("x.pdf", &format!("{HEAD}Paragraf\n50-undersøgelse\nUndersøgelsen blev afsluttet den 30/6-22.\nUnderretning af 5. mar. 2022 og afgørelse af 14. marts 2022.\n"));
    assert_eq!(d.doc_type, DocType::Investigation);
    assert_eq!(date_of(&d).as_deref(), Some("2022-06-30"));
}
