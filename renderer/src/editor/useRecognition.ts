// Glossary hits in each source text (api.recognize), refreshed shortly after the text changes and
// on demand after the glossary changed (a term was added).
import { useEffect, useState } from 'react';
import type { RecognizedTerm } from '../../../glossary/api.ts';
import { api } from '../api/client.ts';

const DEBOUNCE_MS = 120;

export function useRecognition(texts: string[], version: number): { hits: Map<string, RecognizedTerm[]>; error: unknown } {
  const [hits, setHits] = useState(new Map<string, RecognizedTerm[]>());
  const [error, setError] = useState<unknown>(null);
  const key = texts.join('\u0000');

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      const unique = [...new Set(texts)];
      Promise.all(unique.map((text) => (text.trim() === '' ? Promise.resolve([]) : api.recognize({ text })))).then(
        (results) => current && (setHits(new Map(unique.map((text, i) => [text, results[i]!]))), setError(null)),
        (failure: unknown) => current && setError(failure),
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);

  return { hits, error };
}
