// Words of the reviewer report in both interface languages. Rule and severity names are the
// ones the app shows (resources/locales/*.json, "rule" and "severity"); typed by RuleId so a new
// rule cannot be left unnamed.
import type { RuleId, Severity } from '../checks/types.ts';

export type ReportLanguage = 'ko' | 'en';

export const RULE_NAMES: Record<RuleId, Record<ReportLanguage, string>> = {
  'term-forbidden': { ko: '금지 용어', en: 'Forbidden term' },
  'term-mismatch': { ko: '용어 불일치', en: 'Term mismatch' },
  'term-missing': { ko: '용어 누락', en: 'Missing term' },
  'term-typo': { ko: '용어 오기', en: 'Term typo' },
  josa: { ko: '조사', en: 'Particle' },
  'number-mismatch': { ko: '숫자 불일치', en: 'Number mismatch' },
  'currency-unit': { ko: '통화 단위', en: 'Currency unit' },
  'currency-rate': { ko: '환율 환산', en: 'Currency conversion' },
  'number-format': { ko: '숫자 표기', en: 'Number format' },
  spacing: { ko: '띄어쓰기', en: 'Spacing' },
  'inconsistent-rendering': { ko: '표기 불일치', en: 'Inconsistent rendering' },
  transcription: { ko: '외래어 표기', en: 'Transcription' },
  untranslated: { ko: '미번역', en: 'Untranslated' },
};

export const SEVERITY_NAMES: Record<Severity, Record<ReportLanguage, string>> = {
  error: { ko: '오류', en: 'Error' },
  warning: { ko: '경고', en: 'Warning' },
  style: { ko: '문체', en: 'Style' },
  info: { ko: '참고', en: 'Info' },
};

export const REPORT_WORDS = {
  title: { ko: '검토 보고서', en: 'Review report' },
  issue: { ko: '호수', en: 'Issue' },
  date: { ko: '발행일', en: 'Date' },
  rate: { ko: '환율 (1위안 = 원)', en: 'Exchange rate (won per yuan)' },
  rateSource: {
    issue: { ko: '이슈 설정', en: 'set on the issue' },
    derived: { ko: '본문에서 추정', en: 'derived from the drafts' },
    none: { ko: '미설정', en: 'not set' },
  },
  summary: { ko: '요약', en: 'Summary' },
  open: { ko: '검사 결과', en: 'Findings' },
  accepted: { ko: '허용된 결과', en: 'Accepted findings' },
  none: { ko: '검사 결과가 없습니다.', en: 'No findings.' },
  noneAccepted: { ko: '허용된 결과가 없습니다.', en: 'No accepted findings.' },
  count: { ko: '건', en: 'findings' },
  article: { ko: '기사', en: 'Article' },
  rule: { ko: '규칙', en: 'Rule' },
  severity: { ko: '심각도', en: 'Severity' },
  line: { ko: '줄', en: 'Line' },
  column: { ko: '열', en: 'Col.' },
  text: { ko: '문구', en: 'Text' },
  message: { ko: '설명', en: 'Message' },
  suggestion: { ko: '제안', en: 'Suggestion' },
  untitled: { ko: '(제목 없음)', en: '(untitled)' },
} as const;
