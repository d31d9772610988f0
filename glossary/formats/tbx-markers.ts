// TBX-Basic has no data category for some of our fields (category, approval, established usage,
// the 'forbidden' status). We carry them in plain <note> elements that stay valid TBX-Basic and
// readable in other tools, with a prefix that marks them as machine data:
//   <note>donghyang:category=policy</note>
// The reader turns such notes back into fields instead of note text.

const PREFIX = 'donghyang:';

export type ConceptMarkerKey = 'category' | 'approval' | 'externalId' | 'pinyin';
export type TermMarkerKey = 'established' | 'status' | 'pos';

export function formatMarker(key: ConceptMarkerKey | TermMarkerKey, value: string): string {
  return `${PREFIX}${key}=${value}`;
}

/** The key and value of a marker note, or undefined for an ordinary note. */
export function parseMarker(note: string): { key: string; value: string } | undefined {
  if (!note.startsWith(PREFIX)) return undefined;
  const match = /^([A-Za-z]+)=(.*)$/s.exec(note.slice(PREFIX.length));
  return match ? { key: match[1]!, value: match[2]! } : undefined;
}

/**
 * conceptEntry@id is mandatory and must be an XML name, but our concepts may have no external id
 * or one that is not an XML name ("2024-17"). The writer then generates an id of this form, which
 * the reader ignores, so a round trip keeps externalId as it was.
 */
export const GENERATED_ID = /^dh-c\d+$/;

export function generatedId(index: number): string {
  return `dh-c${index + 1}`;
}

// XML 1.0 Name production restricted to what an id needs; no colon (NCName).
const NC_NAME = /^[\p{L}_][\p{L}\p{N}._\-\u00B7\u0300-\u036F\u203F-\u2040]*$/u;

export function isXmlId(text: string): boolean {
  return NC_NAME.test(text) && !GENERATED_ID.test(text);
}
