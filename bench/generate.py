"""A synthetic penal code of a fictional State, for benchmarks: articles with numbered
paragraphs and lettered points under chapter headings, in English statute style.

`generate_code()` returns docbuild `Para`s using Word's automatic numbering ("articles"
scheme), `render()` the same paragraphs with their labels written out, and `txt_bytes`,
`docx_code`, `pdf_code` the three files.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # docbuild lives with the tests

from docbuild import Para, docx_bytes, pdf_bytes  # noqa: E402

_ACTORS = ["Any person who", "A public official who", "Whoever", "A legal person that", "Any carrier that",
           "A person who, being a parent or guardian,", "Any employer who",
           "A member of an organized criminal group who"]
_ACTS = [
    "recruits, transports, transfers, harbours or receives another person",
    "procures, in order to obtain a financial or other material benefit, the illegal entry of another person",
    "produces, procures, provides or possesses a fraudulent travel or identity document",
    "enables a person who is not a national or permanent resident to remain in the territory of the State",
    "withholds, conceals, confiscates or destroys the passport or identity document of another person",
    "knowingly uses the services of a victim of trafficking in persons",
    "advertises, publishes, prints or broadcasts material that promotes trafficking in persons",
    "organizes or directs other persons to commit an offence under this Chapter",
]
_MEANS = [
    "by means of the threat or use of force or other forms of coercion",
    "by means of abduction, fraud or deception",
    "by the abuse of power or of a position of vulnerability",
    "by the giving or receiving of payments or benefits to achieve the consent of a person having control over "
    "another person",
    "by means of debt bondage or the threat of denunciation to the authorities",
]
_PURPOSES = [
    "for the purpose of exploitation", "for the purpose of forced labour or services",
    "for the purpose of the removal of organs", "for the purpose of sexual exploitation",
    "with intent to obtain, directly or indirectly, a financial or other material benefit",
]
_PENALTIES = [
    "commits an offence punishable by imprisonment of at least {a} years and at most {b} years, and by a fine of "
    "up to {f} units",
    "commits an offence and is liable, once convicted, to imprisonment of up to {b} years",
    "shall be punished with imprisonment of {a} to {b} years and a fine of up to {f} units",
]
_CONDITIONS = [
    "where the offence endangers the life of the victim", "where the victim is a child",
    "where the offence is committed by a public official in the performance of his or her duties",
    "where the offence involves inhuman or degrading treatment, including for exploitation",
    "where the offender has previously been convicted of an offence under this Code",
    "where the offence was committed as part of the activity of an organized criminal group",
]
_HEADINGS = ["Trafficking in persons", "Smuggling of migrants", "Aggravating circumstances", "Fraudulent documents",
             "Liability of legal persons", "Forfeiture of proceeds", "Protection of victims", "Jurisdiction",
             "Non-punishment of victims", "Assistance to victims", "Repatriation", "Border measures",
             "Security and control of documents", "Training of officials", "Exchange of information",
             "Attempt and complicity", "Use of services of victims", "Confiscation", "Witness protection",
             "Compensation of victims"]
_PROCEDURE = [
    "The competent authority shall, without undue delay, take the measures necessary to identify victims and to "
    "refer them to the appropriate assistance and protection services.",
    "The court may order the confiscation of any property used or intended for use in the commission of the "
    "offence, and of the proceeds derived therefrom, or property the value of which corresponds to such proceeds.",
    "The consent of a victim to the intended exploitation shall be irrelevant where any of the means referred to "
    "in this Article has been used.",
    "A victim shall not be held criminally or administratively liable for offences committed as a direct "
    "consequence of having been trafficked.",
    "Proceedings relating to offences under this Chapter shall, where the court so directs, be held in camera in "
    "order to protect the privacy and identity of the victim.",
]
_CHAPTERS = ["General provisions", "Offences against the person", "Trafficking in persons", "Smuggling of migrants",
             "Related offences", "Liability of legal persons", "Jurisdiction", "Procedure", "Protection of victims",
             "Prevention", "International cooperation", "Final provisions"]


def _offence(rng: random.Random) -> str:
    a = rng.randint(2, 8)
    return (f"{rng.choice(_ACTORS)} {rng.choice(_ACTS)} {rng.choice(_MEANS)} {rng.choice(_PURPOSES)} "
            + rng.choice(_PENALTIES).format(a=a, b=a + rng.randint(4, 15), f=rng.randint(10, 500) * 100) + ".")


def generate_code(n_provisions: int = 1000, seed: int = 0) -> list[Para]:
    """The code's paragraphs: `n_provisions` articles, a chapter heading every 20 to 30 articles."""
    rng = random.Random(seed)  # noqa: S311 - reproducible text, not secrets
    paras = [Para("PENAL CODE OF THE REPUBLIC OF RURITANIA", "Title"),
             Para("Act No. 7 of 2024, to consolidate and amend the criminal law of the Republic.")]
    chapter = 0
    next_chapter = 0
    for article in range(n_provisions):
        if article == next_chapter:
            chapter += 1
            paras.append(Para(f"CHAPTER {chapter} {_CHAPTERS[(chapter - 1) % len(_CHAPTERS)].upper()}", "Heading 1"))
            next_chapter += rng.randint(20, 30)
        paras.append(Para(rng.choice(_HEADINGS), numbering="articles"))
        for _ in range(rng.randint(3, 6)):
            if rng.random() < 0.45:
                paras.append(Para(f"The penalty provided for in this Article shall be increased by one half "
                                  f"{rng.choice(_CONDITIONS)}, or:", numbering="articles", level=1))
                points = rng.sample(_CONDITIONS, rng.randint(2, 4))
                for index, point in enumerate(points):
                    end = "." if index == len(points) - 1 else ("; or" if index == len(points) - 2 else ";")
                    paras.append(Para(point + end, numbering="articles", level=2))
            elif rng.random() < 0.5:
                paras.append(Para(_offence(rng), numbering="articles", level=1))
            else:
                paras.append(Para(rng.choice(_PROCEDURE), numbering="articles", level=1))
    return paras


def render(paras: list[Para]) -> list[str]:
    """The paragraphs with the labels Word would show written out ("Article 3", "(2)", "(b)")."""
    counters = [0, 0, 0]
    out = []
    for para in paras:
        if para.numbering is None:
            out.append(para.text)
            continue
        counters[para.level] += 1
        for deeper in range(para.level + 1, 3):
            counters[deeper] = 0
        label = [f"Article {counters[0]}", f"({counters[1]})", f"({chr(96 + counters[2])})"][para.level]
        out.append(f"{label} {para.text}")
    return out


def txt_bytes(paras: list[Para]) -> bytes:
    """The code as UTF-8 text, one paragraph per line."""
    return ("\n".join(render(paras)) + "\n").encode("utf-8")


def docx_code(paras: list[Para]) -> bytes:
    """The code as .docx with automatic numbering."""
    return docx_bytes(paras, title="Penal Code of the Republic of Ruritania")


def pdf_code(paras: list[Para]) -> bytes:
    """The code as a gazette-style PDF: one chapter per page run, running header and page numbers."""
    pages: list[list[str]] = [[]]
    for para, text in zip(paras, render(paras), strict=True):
        if para.style == "Heading 1" and pages[-1]:
            pages.append([])
        pages[-1].append(text)
    return pdf_bytes(pages, header="OFFICIAL GAZETTE OF THE REPUBLIC OF RURITANIA - Act No. 7 of 2024",
                     width_chars=95, hyphenate=True)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/out")
    out.mkdir(parents=True, exist_ok=True)
    code = generate_code()
    for suffix, data in (("txt", txt_bytes(code)), ("docx", docx_code(code)), ("pdf", pdf_code(code))):
        (out / f"penal_code.{suffix}").write_bytes(data)
        print(f"wrote {out / f'penal_code.{suffix}'} ({len(data) / 1e6:.2f} MB)")
