// Findings a reviewer accepted: the checks report them as accepted (hidden) until restored.
import type { Db } from './database.ts';
import { NotFoundError } from '../errors.ts';

export interface AcceptedFindingRecord {
  key: string;
  rule: string;
  text: string;
  acceptedAt: string;
  who: string;
}

export class AcceptedFindings {
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  accept(req: { key: string; rule: string; text: string }, who: string, now: string): void {
    if (typeof req.key !== 'string' || req.key === '') throw new Error('an accepted finding needs its key');
    if (typeof req.rule !== 'string' || req.rule === '') throw new Error('an accepted finding needs its rule');
    // Accepting again refreshes who and when: the latest decision is the one to show.
    this.db
      .prepare(
        `INSERT INTO accepted_findings (key, rule, text, accepted_at, who) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET rule = excluded.rule, text = excluded.text,
           accepted_at = excluded.accepted_at, who = excluded.who`,
      )
      .run(req.key, req.rule, String(req.text ?? ''), now, who);
  }

  list(): AcceptedFindingRecord[] {
    return this.db
      .prepare('SELECT key, rule, text, accepted_at AS acceptedAt, who FROM accepted_findings ORDER BY accepted_at DESC, key')
      .all() as AcceptedFindingRecord[];
  }

  restore(key: string): void {
    const info = this.db.prepare('DELETE FROM accepted_findings WHERE key = ?').run(key);
    if (info.changes === 0) throw new NotFoundError(`accepted finding "${key}" does not exist`);
  }

  keys(): Set<string> {
    return new Set(this.db.prepare('SELECT key FROM accepted_findings').pluck().all() as string[]);
  }
}
