#!/usr/bin/env python3
"""Writes the small format fixtures in fixtures/formats/ used by the extractor unit tests.

Every file carries the same Danish test phrase, "Børnefaglig undersøgelse" and "ÆØÅ æøå", so the
tests can assert that the letters survive each encoding and format exactly. Files are made by real
producers where one is at hand (python-docx, Python's email package, Python's codecs); HTML and RTF
are written by hand in the shape Word and LibreOffice produce. Re-run after changing; commit the
output (it is small and the tests include it at compile time).

    python3 scripts/make_format_fixtures.py
"""

import os
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.application import MIMEApplication
from email.utils import format_datetime
import datetime

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "formats")

NOTE = (
    "Journalnotat\n"
    "Dato: 12.03.2015\n"
    "\n"
    "Børnefaglig undersøgelse er påbegyndt.\n"
    "ÆØÅ æøå – Søren Ærø på Åløkke.\n"
)

JOURNAL = (
    "JOURNALUDSKRIFT\n"
    "Journal for Søren Ærø\n"
    "Sagsnr.: 2015-0042\n"
    "CPR-nr.: 010203-1234\n"
    "\n"
    "12.03.2015 – Telefonsamtale med mor\n"
    "Mor ringede. Børnefaglig undersøgelse drøftet. ÆØÅ æøå.\n"
    "\n"
    "2015-03-20: Sagsnotat\n"
    "Afgørelse truffet den 18.03.2015.\n"
    "\n"
    "02-04-2015 kl. 14.30 - Børnesamtale\n"
    "Samtale med Søren på skolen.\n"
)


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def texts():
    crlf = NOTE.replace("\n", "\r\n")
    write("note-utf8.txt", NOTE.encode("utf-8"))
    write("note-utf8-bom.txt", b"\xef\xbb\xbf" + crlf.encode("utf-8"))
    # windows-1252: the en dash is 0x96, a byte ISO-8859-1 has only as a C1 control.
    write("note-cp1252.txt", crlf.encode("cp1252"))
    write("note-latin1.txt", NOTE.replace("–", "-").encode("latin-1"))
    write("note-utf16le.txt", b"\xff\xfe" + crlf.encode("utf-16-le"))
    write("note-utf16be.txt", b"\xfe\xff" + NOTE.encode("utf-16-be"))
    write("note-cp865.txt", crlf.replace("–", "-").encode("cp865"))
    write("journal-cp1252.txt", JOURNAL.replace("\n", "\r\n").encode("cp1252"))
    write("journal-utf8.txt", JOURNAL.encode("utf-8"))


def docx():
    import docx as pydocx

    d = pydocx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Skovlund Kommune · Børn og Familie"
    sec.footer.paragraphs[0].text = "Side 1 – ÆØÅ"
    d.add_heading("Børnefaglig undersøgelse", level=1)
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Dato:"
    t.cell(0, 1).text = "12.03.2015"
    t.cell(1, 0).text = "Barnets navn:"
    t.cell(1, 1).text = "Søren Ærø"
    p = d.add_paragraph("ÆØÅ æøå")
    run = p.add_run()
    run.add_tab()
    run.add_text("efter tab")
    run.add_break()
    run.add_text("efter linjeskift")
    d.add_paragraph("Undersøgelsen er afsluttet på Åløkke.")
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2015, 3, 12)
    path = os.path.join(OUT, "doc.docx")
    d.save(path)
    # Rewrite the archive with fixed timestamps so re-running gives identical bytes.
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, date_time=(2015, 3, 12, 10, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)


HTML_BODY = """<!DOCTYPE html>
<html lang="da"><head><meta {meta}>
<title>Børnefaglig undersøgelse</title>
<style>body {{ font-family: Arial }} p:before {{ content: "Stil" }}</style>
<script>var s = "<p>Skript</p>"; if (a < b) {{ noop(); }}</script>
</head><body>
<div class="letterhead">Skovlund Kommune &middot; Børn &amp; Familie<br>Torvet 1</div>
<table><tr><td>Dato:</td><td>12.03.2015</td></tr><tr><td>Barn:</td><td>S&oslash;ren &AElig;r&oslash;</td></tr></table>
<h1>Børnefaglig undersøgelse</h1>
<p>ÆØÅ æøå</p>
<p>&AElig;&Oslash;&Aring; &aelig;&oslash;&aring; &#230;&#xF8;&#229; &lt;x&gt; &quot;q&quot;&nbsp;slut</p>
<ul><li>Punkt ét</li><li>Punkt to</li></ul>
</body></html>
"""


def html():
    write("page-utf8.html", HTML_BODY.format(meta='charset="utf-8"').encode("utf-8"))
    write(
        "page-cp1252.htm",
        HTML_BODY.format(meta='http-equiv="Content-Type" content="text/html; charset=windows-1252"')
        .replace("&middot;", "·")
        .encode("cp1252"),
    )


def eml():
    date = format_datetime(datetime.datetime(2015, 3, 12, 10, 12, tzinfo=datetime.timezone.utc))

    # 1. multipart/alternative, text/plain quoted-printable utf-8 + html, with an attachment.
    m = MIMEMultipart("mixed")
    m["Subject"] = Header("Børnefaglig undersøgelse – ÆØÅ", "utf-8")
    m["From"] = Header("Søren Ærø", "utf-8").encode() + " <soeren@example.dk>"
    m["To"] = "sagsbehandler@kommune.dk"
    m["Date"] = date
    alt = MIMEMultipart("alternative")
    cs = Charset("utf-8")
    cs.body_encoding = QP
    plain = MIMEText(NOTE, "plain", cs)
    alt.attach(plain)
    alt.attach(MIMEText("<p>HTML-udgave: Børnefaglig</p>", "html", "utf-8"))
    m.attach(alt)
    att = MIMEApplication(b"%PDF-1.4 fake", Name="bilag.pdf")
    att["Content-Disposition"] = 'attachment; filename="bilag.pdf"'
    m.attach(att)
    # Fixed boundaries keep the output byte-identical between runs.
    m.set_boundary("==outer==")
    alt.set_boundary("==alt==")
    write("mail-qp.eml", m.as_bytes())

    # 2. single part, base64, iso-8859-1, RFC 2047 subject in iso-8859-1.
    cs = Charset("iso-8859-1")
    cs.body_encoding = BASE64
    cs.header_encoding = QP
    m = MIMEText(NOTE.replace("–", "-"), "plain", cs)
    m["Subject"] = Header("Underretning om Søren", "iso-8859-1")
    m["From"] = "skole@example.dk"
    m["To"] = Header("Børn og Familie", "iso-8859-1").encode() + " <bf@kommune.dk>"
    m["Date"] = date
    write("mail-b64-latin1.eml", m.as_bytes())

    # 3. html only.
    m = EmailMessage()
    m["Subject"] = "Statusudtalelse"
    m["From"] = "skole@example.dk"
    m["To"] = "bf@kommune.dk"
    m["Date"] = date
    m.set_content(
        "<html><head><style>p{}</style></head><body><h1>Børnefaglig undersøgelse</h1>"
        "<p>ÆØÅ &aelig;&oslash;&aring;</p></body></html>",
        subtype="html",
        charset="utf-8",
    )
    write("mail-html.eml", m.as_bytes())


# Word 2010-style RTF: \'hh escapes in the ANSI code page, stylesheet and generator destinations,
# header and footer groups, \u escapes with \uc1 fallback characters.
RTF_WORD = r"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0\stshfdbch0\deflang1030
{\fonttbl{\f0\froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f1\fswiss\fcharset0 Arial;}}
{\colortbl;\red0\green0\blue0;\red255\green0\blue0;}
{\stylesheet{\ql \li0\ri0\widctlpar\f0\fs24 \snext0 Normal;}{\s1\ql\f1\fs32 \sbasedon0 \snext0 heading 1;}}
{\*\generator Microsoft Word 14.0;}{\info{\title Notat}{\author Mette J\'f8rgensen}{\creatim\yr2015\mo3\dy12}}
\paperw11906\paperh16838\margl1134\margr1134
{\header \pard\plain \ql\f1\fs18 Skovlund Kommune \'b7 B\'f8rn og Familie\par}
{\footer \pard\plain \ql\f1\fs18 Side 1\par}
{\*\pnseclvl1\pnucrm\pnstart1\pnindent720\pnhang {\pntxta .}}
\pard\plain \s1\ql\f1\fs32 {\b B\'f8rnefaglig unders\'f8gelse}\par
\pard\plain \ql\f0\fs24 Dato:\tab 12.03.2015\par
\'c6\'d8\'c5 \'e6\'f8\'e5\line ny linje\par
Unicode: \u198\'3f\u216\'3f\u197\'3f \u230?\u248?\u229?\par
{\pict\wmetafile8\picw100\pich100 0100090000036e00000000004500000000000000}
Escapes: \{ \} \\ slut\par
}"""

# LibreOffice-style RTF: \uc2 with two fallback bytes and \u for the Danish letters.
RTF_LO = r"""{\rtf1\ansi\deff4\adeflang1025
{\fonttbl{\f0\froman\fprq2\fcharset0 Times New Roman;}{\f4\fswiss\fprq2\fcharset0 Liberation Sans;}}
{\colortbl;\red0\green0\blue0;}
{\stylesheet{\s0\snext0\dbch\af5\langfe2052\dbch\af6\afs24\alang1081\loch\f3\hich\af3\fs24\lang1030 Normal;}}
{\*\generator LibreOffice/7.3.7.2$Linux_X86_64 LibreOffice_project/30$Build-2}
{\info{\creatim\yr2015\mo3\dy12\hr10\min0}{\revtim\yr2015\mo3\dy12}}
\deftab709
\pard\plain \s0\loch\f4\fs24\lang1030{\uc2 \u66\'42\'42\u248\'6f\'6frnefaglig unders\u248\'6f\'6fgelse}
\par \pard\plain \s0{\uc1 \u198\'c6\u216\'d8\u197\'c5 \u230\'e6\u248\'f8\u229\'e5}
\par }"""


def rtf():
    write("word.rtf", RTF_WORD.encode("ascii"))
    write("libreoffice.rtf", RTF_LO.encode("ascii"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    texts()
    docx()
    html()
    eml()
    rtf()
    print("wrote", sorted(os.listdir(OUT)))
