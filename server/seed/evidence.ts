// What the demo's units upload as evidence (佐证材料) when they report progress or ask for closure: a one-page PDF
// standing in for the real document (server/seed/ledger.ts, server/seed/outreach-closure.ts).

/** A one-page PDF standing in for the evidence a unit uploads. */
export const EVIDENCE_PDF = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  );
