"""A small, valid PDF written by hand (no library): ``pages`` A4 pages, each
with a heading line of text and a framed box, so a viewer has something to show."""

from __future__ import annotations


def make_pdf(pages: int = 3, title: str = "Property service contract") -> bytes:
    objects: list[bytes] = []
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(pages))
    font = 3 + 2 * pages
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())
    for i in range(pages):
        text = f"{title} - page {i + 1} of {pages}".replace("(", "[").replace(")", "]")
        lines = "".join(f"BT /F1 11 Tf 72 {690 - 18 * n} Td (Clause {n + 1}: the service centre keeps"
                        f" the common parts clean and safe.) Tj ET\n" for n in range(12))
        stream = (f"BT /F1 20 Tf 72 760 Td ({text}) Tj ET\n{lines}"
                  f"0.2 0.35 0.6 RG 2 w 60 60 475 720 re S\n").encode()
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {4 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
