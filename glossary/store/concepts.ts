// Reads and writes concepts with their terms and search keys. Callers pass NORMALIZED input
// (validate.ts) and run writes inside a transaction; this file knows rows, not policy.
import type { Concept, ConceptInput, HistoryEntry, Term, TermInput, TermStatus } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { Db } from './database.ts';
import { ShortIndex, sharedMarks, shortDocs } from './grams.ts';
import { MultiRowInsert } from './multi-row.ts';
import { REFRESH_KEYS_SQL } from './migrations/009-concept-browse.ts';
import { conceptFields, conceptParams, pushTermParams, sortKeys, storedTerm, termKey } from './concept-values.ts';
import { historyJson, toConcept, toHistoryEntry, toTerm, type ConceptRow, type HistoryRow, type TermRow } from './rows.ts';

export class ConceptRepository {
  private readonly db: Db;
  private readonly stmt;
  private readonly shortIndex: ShortIndex;
  private readonly insertConcepts: MultiRowInsert;
  private readonly insertTerms: MultiRowInsert;
  private readonly insertHistory: MultiRowInsert;
  /** During a bulk add the search indexes are built once at the end (see bulkAdd). */
  private bulk = false;
  /** Ids of the terms of a bulk add that carry the short-query index's shared mark. */
  private bulkMarked = new Set<number>();

  constructor(db: Db) {
    this.db = db;
    this.shortIndex = new ShortIndex(db);
    this.insertConcepts = new MultiRowInsert(
      db,
      `INSERT INTO concepts (category, definition, note, subject_field, source_issue, source_url, approval,
                             external_id, created_at, updated_at, pinyin, zh_sort, ko_sort, status_rank, status_mask)`,
      15,
    );
    this.insertTerms = new MultiRowInsert(
      db,
      'INSERT INTO terms (concept_id, lang, text, folded, status, part_of_speech, note, established, position)',
      9,
    );
    this.insertHistory = new MultiRowInsert(db, 'INSERT INTO history (concept_id, at, who, action, before_json, after_json)', 6);
    this.stmt = {
      concept: db.prepare('SELECT * FROM concepts WHERE id = ?'),
      termsOf: db.prepare('SELECT * FROM terms WHERE concept_id = ? ORDER BY position, id'),
      conceptsIn: db.prepare('SELECT * FROM concepts WHERE id IN (SELECT value FROM json_each(?))'),
      termsIn: db.prepare(
        'SELECT * FROM terms WHERE concept_id IN (SELECT value FROM json_each(?)) ORDER BY concept_id, position, id',
      ),
      updateConcept: db.prepare(`
        UPDATE concepts SET category = @category, definition = @definition, note = @note,
          subject_field = @subjectField, source_issue = @sourceIssue, source_url = @sourceUrl,
          approval = @approval, external_id = @externalId, pinyin = @pinyin, updated_at = @now
        WHERE id = @id`),
      refreshKeys: db.prepare(`${REFRESH_KEYS_SQL} WHERE id = ?`),
      touchConcept: db.prepare('UPDATE concepts SET updated_at = ? WHERE id = ?'),
      setApproval: db.prepare('UPDATE concepts SET approval = ?, updated_at = ? WHERE id = ?'),
      deleteConcept: db.prepare('DELETE FROM concepts WHERE id = ?'),
      updateTerm: db.prepare(`
        UPDATE terms SET folded = ?, status = ?, part_of_speech = ?, note = ?, established = ?, position = ?
        WHERE id = ?`),
      deleteTerm: db.prepare('DELETE FROM terms WHERE id = ?'),
      term: db.prepare('SELECT * FROM terms WHERE id = ?'),
      setTermStatus: db.prepare('UPDATE terms SET status = ? WHERE id = ?'),
      history: db.prepare('SELECT * FROM history WHERE concept_id = ? ORDER BY id DESC'),
      recordAdds: db.prepare(
        "INSERT INTO history (concept_id, at, who, action) SELECT value, ?, ?, 'import' FROM json_each(?)",
      ),
      page: db.prepare('SELECT * FROM concepts ORDER BY id LIMIT ? OFFSET ?'),
      pageAfter: db.prepare('SELECT * FROM concepts WHERE id > ? ORDER BY id LIMIT ?'),
      countConcepts: db.prepare('SELECT count(*) FROM concepts').pluck(),
      countTerms: db.prepare('SELECT count(*) FROM terms').pluck(),
      byFoldedIn: db.prepare(
        'SELECT folded, concept_id AS conceptId, lang FROM terms WHERE folded IN (SELECT value FROM json_each(?)) ORDER BY concept_id, id',
      ),
      byExternalIdIn: db.prepare(
        'SELECT external_id AS externalId, min(id) AS id FROM concepts WHERE external_id IN (SELECT value FROM json_each(?)) GROUP BY external_id',
      ),
    };
  }

  get(id: number): Concept | undefined {
    const row = this.stmt.concept.get(id) as ConceptRow | undefined;
    if (!row) return undefined;
    return toConcept(row, (this.stmt.termsOf.all(id) as TermRow[]).map(toTerm));
  }

  /** Concepts by id in the order given (missing ids are skipped): two queries, whatever the count. */
  load(ids: readonly number[]): Concept[] {
    if (ids.length === 0) return [];
    const json = JSON.stringify(ids);
    const rows = this.stmt.conceptsIn.all(json) as ConceptRow[];
    return this.assemble(rows, this.stmt.termsIn.all(json) as TermRow[], ids);
  }

  private assemble(rows: ConceptRow[], termRows: TermRow[], order: readonly number[]): Concept[] {
    const terms = new Map<number, Term[]>();
    for (const row of termRows) {
      const list = terms.get(row.concept_id);
      if (list) list.push(toTerm(row));
      else terms.set(row.concept_id, [toTerm(row)]);
    }
    const byId = new Map(rows.map((row) => [row.id, toConcept(row, terms.get(row.id) ?? [])]));
    return order.flatMap((id) => byId.get(id) ?? []);
  }

  page(offset: number, limit: number): Concept[] {
    const rows = this.stmt.page.all(limit, offset) as ConceptRow[];
    const ids = rows.map((r) => r.id);
    return this.assemble(rows, this.stmt.termsIn.all(JSON.stringify(ids)) as TermRow[], ids);
  }

  /** Every concept in id order, read in pages so the caller may stream a large glossary. */
  *all(pageSize = 500): IterableIterator<Concept> {
    let after = 0;
    for (;;) {
      const rows = this.stmt.pageAfter.all(after, pageSize) as ConceptRow[];
      if (rows.length === 0) return;
      const ids = rows.map((r) => r.id);
      yield* this.assemble(rows, this.stmt.termsIn.all(JSON.stringify(ids)) as TermRow[], ids);
      after = ids[ids.length - 1]!;
    }
  }

  counts(): { concepts: number; terms: number } {
    return { concepts: this.stmt.countConcepts.get() as number, terms: this.stmt.countTerms.get() as number };
  }

  /** The oldest concept with each of these external ids (one query, for an import's preview). */
  conceptIdsByExternalIds(externalIds: readonly string[]): Map<string, number> {
    if (externalIds.length === 0) return new Map();
    const rows = this.stmt.byExternalIdIn.all(JSON.stringify(externalIds)) as { externalId: string; id: number }[];
    return new Map(rows.map((r) => [r.externalId, r.id]));
  }

  /** Terms with any of these folded keys, in concept id order (one query, for an import's preview). */
  termsByFoldedKeys(keys: readonly string[]): { folded: string; conceptId: number; lang: string }[] {
    if (keys.length === 0) return [];
    return this.stmt.byFoldedIn.all(JSON.stringify(keys)) as { folded: string; conceptId: number; lang: string }[];
  }

  term(termId: number): Term | undefined {
    const row = this.stmt.term.get(termId) as TermRow | undefined;
    return row ? toTerm(row) : undefined;
  }

  /** Inserts a normalized concept; returns it as stored, built without reading it back. */
  insert(input: ConceptInput, now: string): Concept {
    return this.insertMany([input], now)[0]!;
  }

  /**
   * Inserts normalized concepts with multi-row statements (an import adds thousands); returns
   * them as stored, in the same order.
   */
  insertMany(inputs: readonly ConceptInput[], now: string): Concept[] {
    const { firstId, firstTermId, folded } = this.writeRows(inputs, now);
    let termId = firstTermId;
    let f = 0;
    return inputs.map((input, i) => {
      const id = firstId + i;
      return {
        id,
        ...conceptFields(input),
        createdAt: now,
        updatedAt: now,
        terms: input.terms.map((term) => storedTerm(termId++, id, term, folded[f++]!)),
      };
    });
  }

  /** Inserts normalized concepts like insertMany; returns their ids only (an import needs no more). */
  addMany(inputs: readonly ConceptInput[], now: string): number[] {
    const { firstId } = this.writeRows(inputs, now);
    return inputs.map((_, i) => firstId + i);
  }

  /** Writes the rows of new concepts and indexes their terms; ids are consecutive from the first ones. */
  private writeRows(inputs: readonly ConceptInput[], now: string): { firstId: number; firstTermId: number; folded: string[] } {
    if (inputs.length === 0) return { firstId: 0, firstTermId: 0, folded: [] };
    const conceptValues: unknown[] = [];
    for (const c of inputs) {
      conceptValues.push(
        c.category ?? 'other', c.definition ?? null, c.note ?? null, c.subjectField ?? null, c.sourceIssue ?? null,
        c.sourceUrl ?? null, c.approval ?? 'proposed', c.externalId ?? null, now, now, c.pinyin ?? null,
        ...sortKeys(c.terms),
      );
    }
    const firstId = this.insertConcepts.run(conceptValues);
    const termValues: unknown[] = [];
    const folded: string[] = [];
    inputs.forEach((c, i) => {
      c.terms.forEach((term, position) => {
        const key = fold(term.text);
        // Also the terms table's CHECK, said here because a bulk add does not evaluate CHECKs.
        if (key === '') throw new Error(`term "${term.text}" (${term.lang}) has no searchable characters`);
        folded.push(key);
        pushTermParams(termValues, firstId + i, term, key, position);
      });
    });
    const firstTermId = folded.length === 0 ? 0 : this.insertTerms.run(termValues);
    // New terms get rising ids in input order, so each concept's terms here are in id order.
    let f = 0;
    inputs.forEach((input, i) => {
      const first = f;
      const terms = input.terms.map((term) => ({ folded: folded[f++]!, lang: term.lang }));
      if (!this.bulk) this.shortIndex.add(shortDocs(firstId + i, terms));
      else if (terms.length > 1) sharedMarks(firstId + i, terms).forEach((marked, k) => marked && this.bulkMarked.add(firstTermId + first + k));
    });
    return { firstId, firstTermId, folded };
  }

  /** Adds a term to an existing concept (the caller re-indexes the concept). */
  private insertTerm(conceptId: number, term: TermInput, position: number): void {
    this.insertTerms.run(pushTermParams([], conceptId, term, fold(term.text), position));
  }

  /**
   * Runs `work` (which only adds NORMALIZED concepts, with insertMany or addMany) with the
   * secondary indexes of terms and concepts dropped, then builds them and the search index of the
   * new terms in one sorted pass each: far faster than updating every index row by row.
   * Must run inside a transaction, so a failure rolls the dropped indexes back too.
   */
  bulkAdd(work: () => void): void {
    if (!this.db.inTransaction) throw new Error('bulkAdd must run inside a transaction');
    const lastTermId = (this.db.prepare('SELECT coalesce(max(id), 0) FROM terms').pluck().get() as number);
    const ddl = this.db
      .prepare(
        // The terms' indexes and triggers, and the manager's sort indexes of concepts (migration 009).
        "SELECT type, name, sql FROM sqlite_master WHERE (tbl_name = 'terms' OR name LIKE 'concepts_by_%') AND type IN ('index', 'trigger') AND sql IS NOT NULL",
      )
      .all() as { type: 'index' | 'trigger'; name: string; sql: string }[];
    for (const item of ddl) this.db.exec(`DROP ${item.type.toUpperCase()} "${item.name}"`);
    this.bulk = true;
    this.bulkMarked = new Set();
    // The rows are normalized (validate.ts checks everything the CHECK constraints of concepts and
    // terms say, see bulk-add.test.ts), so SQLite need not evaluate them again for every row: that
    // is a sixth of writing 200,000 terms. Flag pragmas recompile statements, so this holds for
    // statements prepared before, and it is restored for every other write however work ends.
    const checks = this.db.pragma('ignore_check_constraints', { simple: true }) as number;
    this.db.pragma('ignore_check_constraints = ON');
    try {
      work();
    } finally {
      this.bulk = false;
      this.db.pragma(`ignore_check_constraints = ${checks ? 'ON' : 'OFF'}`);
    }
    for (const item of ddl) if (item.type === 'index') this.db.exec(item.sql);
    for (const item of ddl) if (item.type === 'trigger') this.db.exec(item.sql);
    this.shortIndex.addNewTerms(lastTermId, this.bulkMarked);
    this.bulkMarked = new Set();
  }

  /** A concept's terms in id order, as the short-query index numbers them. */
  private termsById(conceptId: number): TermRow[] {
    return (this.stmt.termsOf.all(conceptId) as TermRow[]).sort((a, b) => a.id - b.id);
  }

  /**
   * Replaces the fields and terms of a concept. A term keeps its id when its language and text
   * are unchanged, so term ids the editor holds (for setTermStatus) stay valid.
   */
  replace(id: number, input: ConceptInput, now: string): void {
    this.stmt.updateConcept.run({ ...conceptParams(input, now), id });
    const before = this.termsById(id);
    const existing = new Map<string, TermRow>();
    for (const row of before) existing.set(termKey(row.lang, row.text), row);
    input.terms.forEach((term, position) => {
      const row = existing.get(termKey(term.lang, term.text));
      if (!row) {
        this.insertTerm(id, term, position);
        return;
      }
      existing.delete(termKey(term.lang, term.text));
      this.stmt.updateTerm.run(
        fold(term.text),
        term.status ?? 'preferred',
        term.partOfSpeech ?? null,
        term.note ?? null,
        term.established ? 1 : 0,
        position,
        row.id,
      );
    });
    for (const row of existing.values()) this.stmt.deleteTerm.run(row.id);
    this.stmt.refreshKeys.run(id);
    this.shortIndex.replace(id, before, this.termsById(id));
  }

  delete(id: number): void {
    const before = this.termsById(id);
    for (const row of before) this.stmt.deleteTerm.run(row.id);
    this.shortIndex.replace(id, before, []);
    this.stmt.deleteConcept.run(id);
  }

  setTermStatus(termId: number, conceptId: number, status: TermStatus, now: string): void {
    this.stmt.setTermStatus.run(status, termId);
    this.stmt.touchConcept.run(now, conceptId);
    this.stmt.refreshKeys.run(conceptId);
  }

  setApproved(id: number, now: string): void {
    this.stmt.setApproval.run('approved', now, id);
  }

  record(
    conceptId: number,
    action: HistoryEntry['action'],
    who: string,
    at: string,
    before: Concept | null,
    after: Concept | null,
  ): void {
    this.recordMany(action, who, at, [{ conceptId, before, after }]);
  }

  /** One history entry per change, written with multi-row statements. */
  recordMany(
    action: HistoryEntry['action'],
    who: string,
    at: string,
    changes: readonly { conceptId: number; before: Concept | null; after: Concept | null }[],
  ): void {
    if (changes.length === 0) return;
    const values: unknown[] = [];
    for (const { conceptId, before, after } of changes) {
      values.push(
        conceptId, at, who, action,
        before === null ? null : historyJson(before, at),
        after === null ? null : historyJson(after, at),
      );
    }
    this.insertHistory.run(values);
  }

  /**
   * Records concepts an import added, without snapshots: the concept as added is what the next
   * entry of its history holds as `before` (every later change is recorded with it), or the
   * concept itself while nothing has changed it. history() fills it in. A 100,000-concept import
   * thus writes small rows instead of 20 MB of copies.
   */
  recordImportedAdds(who: string, at: string, conceptIds: readonly number[]): void {
    if (conceptIds.length > 0) this.stmt.recordAdds.run(at, who, JSON.stringify(conceptIds));
  }

  /** The concept's history, newest first; an import's add gets its snapshot back (see recordImportedAdds). */
  history(conceptId: number): HistoryEntry[] {
    const entries = (this.stmt.history.all(conceptId) as HistoryRow[]).map(toHistoryEntry);
    entries.forEach((entry, i) => {
      if (entry.action !== 'import' || entry.before !== null || entry.after !== null) return;
      entry.after = i === 0 ? (this.get(conceptId) ?? null) : entries[i - 1]!.before;
    });
    return entries;
  }
}
