"""Reading speed: formats.read_blocks on a ~1.5 MB synthetic penal code as txt, docx and pdf,
against the bare library extraction of the same file measured in the same run.

    python bench/bench_reading.py        (about 20 s)
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

import defusedxml.ElementTree as safe_et  # noqa: E402

from assessor.legislation import formats  # noqa: E402
from assessor.legislation.safety import Limits  # noqa: E402
from assessor.settings import Settings  # noqa: E402
from generate import docx_code, generate_code, pdf_code, txt_bytes  # noqa: E402
from timing import median_seconds  # noqa: E402

RUNS = 5
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def bare_txt(data: bytes) -> str:
    return data.decode("utf-8")


def bare_docx(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = safe_et.fromstring(archive.read("word/document.xml"))
    return "\n".join("".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p"))


def bare_pdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def main() -> None:
    limits = Limits.from_settings(Settings())
    code = generate_code(1000, seed=0)
    files = {"txt": txt_bytes(code), "docx": docx_code(code), "pdf": pdf_code(code)}
    bare = {"txt": bare_txt, "docx": bare_docx, "pdf": bare_pdf}
    print(f"synthetic penal code: 1000 articles, {len(files['txt']) / 1e6:.2f} MB as text; "
          f"median of {RUNS} runs after a warm-up")
    try:
        from assessor.legislation import reader
    except ImportError:  # the orchestrator is written separately; time it when it exists
        reader = None
    full_read = getattr(reader, "read_legislation", None)
    for fmt, data in files.items():
        name = f"penal_code.{fmt}"
        blocks, _title = formats.read_blocks(data, fmt, name, limits)
        ours = median_seconds(lambda fmt=fmt, data=data, name=name: formats.read_blocks(data, fmt, name, limits))
        baseline = median_seconds(lambda fmt=fmt, data=data: bare[fmt](data))
        print(f"reading {fmt:<5} {len(data) / 1e6:5.2f} MB  {ours:6.3f} s  "
              f"({ours / baseline:4.1f}x bare extraction {baseline:.3f} s)  {len(blocks)} blocks")
        if full_read is not None:
            folder = tempfile.TemporaryDirectory()
            path = Path(folder.name) / name
            path.write_bytes(data)
            try:
                provisions = len(full_read([path], Settings()).provisions)
                full = median_seconds(lambda path=path: full_read([path], Settings()), runs=3)
                print(f"  full read with segmentation ({provisions} provisions): {full:.3f} s")
            except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
                print(f"  full read with segmentation failed: {type(exc).__name__}: {exc}")
            finally:
                folder.cleanup()


if __name__ == "__main__":
    main()
