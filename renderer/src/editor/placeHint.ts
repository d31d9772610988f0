// What a gazetteer place in the source shows and inserts: its official Korean form (하이뎬구), or
// for a short form in the text (浙江) the Korean short form (저장) with the full one beside it.
import type { Place, PlaceHit } from '../../../glossary/readings/gazetteer.ts';

/** The Korean a click inserts: the form that matches what the source wrote (short or full). */
export function placeKorean(hit: PlaceHit): string {
  const place = hit.places[0];
  if (!place) return '';
  return hit.short ? place.koShort : place.ko;
}

function placeLine(place: Place, short: boolean): string {
  const korean = short && place.koShort !== place.ko ? `${place.koShort} (${place.ko})` : place.ko;
  const within = [place.prefecture, place.province].filter((p): p is string => Boolean(p) && p !== place.zh);
  return `${korean} — ${place.zh}${within.length > 0 ? ` · ${within.join(' ')}` : ''}`;
}

/**
 * The hover text: one line per place so named (a short form can name several: 朝阳 is a district
 * of Beijing and a city of Liaoning), at most `max`, then where the reading comes from.
 */
export function placeTitle(hit: PlaceHit, source: string, more: (count: number) => string, max = 4): string {
  const lines = [...new Set(hit.places.map((place) => placeLine(place, hit.short)))];
  const shown = lines.slice(0, max);
  if (lines.length > max) shown.push(more(lines.length - max));
  return [...shown, source].join('\n');
}
