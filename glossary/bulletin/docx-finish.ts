// What the docx library cannot say, added to its output XML: Korean autospace off
// (w:autoSpaceDE, w:autoSpaceDN) in the defaults, in every style and in every paragraph, so Word
// and LibreOffice print `1,700억`, `23년도` with no gap; and the fonts' fallbacks (w:altName) in the
// font table, so a machine without Noto CJK uses Malgun Gothic or Apple SD Gothic Neo.
import JSZip from 'jszip';
import { FONTS } from './layout/tokens.ts';

const AUTOSPACE_OFF = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
// Children of w:pPr that the schema (CT_PPrBase) places after autoSpaceDN.
const AFTER_AUTOSPACE = /<w:(bidi|adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)[\s/>]/;

function withAutospaceOff(pPrBody: string): string {
  const body = pPrBody.replace(/<w:autoSpace(DE|DN)\b[^>]*\/>/g, '');
  const at = body.search(AFTER_AUTOSPACE);
  return at < 0 ? body + AUTOSPACE_OFF : body.slice(0, at) + AUTOSPACE_OFF + body.slice(at);
}

/** Autospace off in every w:pPr, and a w:pPr for paragraphs that have none. */
export function autospaceOff(xml: string): string {
  return xml
    .replace(/<w:pPr>([\s\S]*?)<\/w:pPr>/g, (_, body: string) => `<w:pPr>${withAutospaceOff(body)}</w:pPr>`)
    .replace(/<w:pPr\/>/g, `<w:pPr>${AUTOSPACE_OFF}</w:pPr>`)
    .replace(/<w:p>(?!<w:pPr>)/g, `<w:p><w:pPr>${AUTOSPACE_OFF}</w:pPr>`)
    .replace(/<w:pPrDefault\/>/g, `<w:pPrDefault><w:pPr>${AUTOSPACE_OFF}</w:pPr></w:pPrDefault>`);
}

function fontEntries(): string {
  return Object.values(FONTS)
    .map(([name, , ...alternatives]) =>
      `<w:font w:name="${name}"><w:altName w:val="${alternatives.join(',')}"/><w:charset w:val="81"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
}

export async function finishDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const part of ['word/document.xml', 'word/styles.xml', 'word/footer1.xml']) {
    const file = zip.file(part);
    if (file) zip.file(part, autospaceOff(await file.async('string')));
  }
  const fonts = zip.file('word/fontTable.xml');
  if (fonts) {
    const xml = await fonts.async('string');
    zip.file('word/fontTable.xml', xml.replace(/<\/w:fonts>$/, `${fontEntries()}</w:fonts>`).replace(/<w:fonts([^>]*)\/>$/, `<w:fonts$1>${fontEntries()}</w:fonts>`));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
