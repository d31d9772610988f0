// Particles in Korean messages: '{found:은}' becomes '위화퉁은' or '이화퉁은', '1조 원을', 'CATL은',
// chosen by how the value is read (josa-reading.ts), so no message writes 은(는) or (으)로.
import { agreeingForm, PARTICLE_FORMS } from './josa.ts';
import { lastSpokenSyllable } from './josa-reading.ts';
import { hanjaReading } from '../readings/index.ts';

/** The value followed by `particle` in the form that agrees with it ('은' after 위안 → 은, after 원화 → 는). */
export function withParticle(value: string, particle: string): string {
  // A check composes the same few hundred messages keystroke after keystroke: remembered.
  const key = `${particle}\u0000${value}`;
  let out = composed.get(key);
  if (out === undefined) {
    if (composed.size >= MAX_COMPOSED) composed.clear();
    out = compose(value, particle);
    composed.set(key, out);
  }
  return out;
}

const MAX_COMPOSED = 20_000;
const composed = new Map<string, string>();

function compose(value: string, particle: string): string {
  const form = PARTICLE_FORMS.find((f) => f.consonant === particle || f.vowel === particle);
  // Quotes and brackets around the value do not change how it ends: '위화퉁' → 퉁.
  const spoken = value.replace(/['"’”)\]}>〉」』\s]+$/u, '');
  // Chinese is read in its Sino-Korean reading here (專精特新 → 신이, 國富 → 부가).
  const last = spoken[spoken.length - 1] ?? '';
  const syllable = /\p{Script=Han}/u.test(last) ? hanjaReading(last) || undefined : lastSpokenSyllable(spoken);
  if (!form || syllable === undefined) return `${value}${particle}`;
  return `${value}${agreeingForm(form, syllable)}`;
}
