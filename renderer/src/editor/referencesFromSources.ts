// 참고자료 entries made from the article's sources (their title and URL).
import type { Reference } from '../../../glossary/bulletin/model.ts';

/** The sources not yet listed (by URL, or by title when a source has no URL), as references. */
export function referencesFromSources(sources: { title: string; url: string }[], listed: Reference[]): Reference[] {
  const urls = new Set(listed.map((r) => r.url).filter(Boolean));
  const titles = new Set(listed.map((r) => r.title.trim()));
  return sources
    .filter((s) => s.title.trim() !== '' || s.url.trim() !== '')
    .filter((s) => (s.url.trim() ? !urls.has(s.url.trim()) : !titles.has(s.title.trim())))
    .map((s) => ({ title: s.title.trim(), url: s.url.trim() || null, line: 0 }));
}
