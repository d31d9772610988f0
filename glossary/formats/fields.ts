// Vocabularies shared by every glossary format: term statuses, categories, approval states,
// yes/no cells and language tags, in the spellings real files use (TBX picklists, English and
// Korean spreadsheet headers). Each parser returns undefined for an unknown value so that the
// caller can raise an InputError with the file position it knows.

import { APPROVAL_STATES, CATEGORIES } from '../model.ts';
import type { ApprovalState, Category, TermStatus } from '../model.ts';

/** What a TBX administrativeStatus / normativeAuthorization value means for us. */
export interface TbxStatus {
  status: TermStatus;
  /** TBX had a finer value than our model keeps (supersededTerm → deprecated): worth a note. */
  remark?: string;
}

// TBX picklist values (ISO 30042 / ISO 12620 administrativeStatus), compared without the
// "-admn-sts" suffix and case-insensitively: MultiTerm and memoQ differ in both.
const TBX_STATUSES: Record<string, TbxStatus> = {
  preferredterm: { status: 'preferred' },
  standardizedterm: { status: 'preferred' },
  admittedterm: { status: 'admitted' },
  legalterm: { status: 'admitted' },
  regulatedterm: { status: 'admitted' },
  deprecatedterm: { status: 'deprecated' },
  supersededterm: { status: 'deprecated', remark: 'superseded term (TBX supersededTerm)' },
  // Short spellings some tools write (and our own vocabulary).
  preferred: { status: 'preferred' },
  admitted: { status: 'admitted' },
  deprecated: { status: 'deprecated' },
  superseded: { status: 'deprecated', remark: 'superseded term (TBX supersededTerm)' },
  forbidden: { status: 'forbidden' },
  // TBX v3 / TBX-Min usageStatus.
  notrecommended: { status: 'deprecated', remark: 'not recommended (TBX usageStatus notRecommended)' },
  obsolete: { status: 'deprecated', remark: 'obsolete (TBX usageStatus obsolete)' },
};

export function parseTbxStatus(value: string): TbxStatus | undefined {
  const key = value.trim().toLowerCase().replace(/-admn-sts$/, '');
  return TBX_STATUSES[key];
}

/** The TBX-Basic picklist value we write; 'forbidden' has none (it is written as deprecated + a marker). */
export function tbxStatusValue(status: TermStatus): string {
  switch (status) {
    case 'preferred': return 'preferredTerm-admn-sts';
    case 'admitted': return 'admittedTerm-admn-sts';
    case 'deprecated':
    case 'forbidden': return 'deprecatedTerm-admn-sts';
  }
}

const TERM_STATUS_WORDS: Record<string, TermStatus> = {
  preferred: 'preferred', 우선: 'preferred', 선호: 'preferred', 권장: 'preferred', 대표: 'preferred',
  admitted: 'admitted', 허용: 'admitted',
  deprecated: 'deprecated', 비권장: 'deprecated', 폐기: 'deprecated',
  forbidden: 'forbidden', 금지: 'forbidden',
};

/** A term status written in a spreadsheet cell (English or Korean, or a TBX picklist value). */
export function parseTermStatus(value: string): TermStatus | undefined {
  const word = value.trim().toLowerCase();
  return TERM_STATUS_WORDS[word] ?? parseTbxStatus(word)?.status;
}

const CATEGORY_WORDS: Record<string, Category> = {
  인명: 'person', 인물: 'person', 사람: 'person',
  기관: 'organization', 조직: 'organization', 단체: 'organization', org: 'organization',
  기업: 'company', 회사: 'company', 업체: 'company',
  지명: 'place', 지역: 'place', 장소: 'place',
  정책: 'policy', 제도: 'policy',
  사업: 'program', 프로그램: 'program', 과제: 'program', 계획: 'program',
  기술: 'technology',
  기타: 'other',
};

export function parseCategory(value: string): Category | undefined {
  const word = value.trim().toLowerCase();
  if ((CATEGORIES as readonly string[]).includes(word)) return word as Category;
  return CATEGORY_WORDS[word];
}

const APPROVAL_WORDS: Record<string, ApprovalState> = {
  제안: 'proposed', 검토: 'proposed', 검토중: 'proposed', 미승인: 'proposed', draft: 'proposed',
  승인: 'approved', 확정: 'approved',
};

export function parseApproval(value: string): ApprovalState | undefined {
  const word = value.trim().toLowerCase();
  if ((APPROVAL_STATES as readonly string[]).includes(word)) return word as ApprovalState;
  return APPROVAL_WORDS[word];
}

const YES = new Set(['yes', 'y', 'true', '1', 'o', '✓', '예', '네', '관용']);
const NO = new Set(['no', 'n', 'false', '0', 'x', '아니오', '아니요']);

/** A yes/no cell; undefined when the value is neither (the caller reports it). */
export function parseYesNo(value: string): boolean | undefined {
  const word = value.trim().toLowerCase();
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return undefined;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A BCP 47 tag in canonical case (zh-hant → zh-Hant, EN-US → en-US), or undefined when the
 * text is not a well-formed tag of a language ICU knows (so "note" or "foo" is not a language).
 */
export function canonicalLanguageTag(text: string): string | undefined {
  let tag: string | undefined;
  try {
    // zh_Hans, zh_Hant_HK, en_US (POSIX/Java spelling, Weblate, Lokalize) are BCP 47 with hyphens.
    tag = Intl.getCanonicalLocales(text.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
  if (tag === undefined) return undefined;
  const primary = tag.split('-')[0] ?? '';
  // "und" (undetermined, e.g. und-Arab for a column in Arabic script) is a tag, not a language name.
  return primary === 'und' || languageNames.of(primary) !== undefined ? tag : undefined;
}
