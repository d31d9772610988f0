// Reads and writes concepts with their terms and search keys. Callers pass NORMALIZED input
// (validate.ts) and run writes inside a transaction; this file knows rows, not policy.
import type { Concept, ConceptInput, HistoryEntry, Term, TermInput, TermStatus } from '../model.ts';
import { fold } from '../text/fold.ts';
import type { Db } from './database.ts';
import { gramsOfTerms } from './grams.ts';
import { toConcept, toHistoryEntry, toTerm, type ConceptRow, type HistoryRow, type TermRow } from './rows.ts';

export class ConceptRepository {
  private readonly db: Db;
  private readonly stmt;
  /** During a bulk add the search indexes are built once at the end (see bulkAdd). */
  private bulk = false;

  constructor(db: Db) {
    this.db = db;
    this.stmt = {
      concept: db.prepare('SELECT * FROM concepts WHERE id = ?'),
      termsOf: db.prepare('SELECT * FROM terms WHERE concept_id = ? ORDER BY position, id'),
      conceptsIn: db.prepare('SELECT * FROM concepts WHERE id IN (SELECT value FROM json_each(?))'),
      termsIn: db.prepare(
        'SELECT * FROM terms WHERE concept_id IN (SELECT value FROM json_each(?)) ORDER BY concept_id, position, id',
      ),
      insertConcept: db.prepare(`
        INSERT INTO concepts (category, definition, note, subject_field, source_issue, source_url, approval,
                              external_id, created_at, updated_at)
        VALUES (@category, @definition, @note, @subjectField, @sourceIssue, @sourceUrl, @approval,
                @externalId, @now, @now)`),
      updateConcept: db.prepare(`
        UPDATE concepts SET category = @category, definition = @definition, note = @note,
          subject_field = @subjectField, source_issue = @sourceIssue, source_url = @sourceUrl,
          approval = @approval, external_id = @externalId, updated_at = @now
        WHERE id = @id`),
      touchConcept: db.prepare('UPDATE concepts SET updated_at = ? WHERE id = ?'),
      setApproval: db.prepare('UPDATE concepts SET approval = ?, updated_at = ? WHERE id = ?'),
      deleteConcept: db.prepare('DELETE FROM concepts WHERE id = ?'),
      insertTerm: db.prepare(`
        INSERT INTO terms (concept_id, lang, text, folded, status, part_of_speech, note, established, position)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      updateTerm: db.prepare(`
        UPDATE terms SET folded = ?, status = ?, part_of_speech = ?, note = ?, established = ?, position = ?
        WHERE id = ?`),
      deleteTerm: db.prepare('DELETE FROM terms WHERE id = ?'),
      term: db.prepare('SELECT * FROM terms WHERE id = ?'),
      setTermStatus: db.prepare('UPDATE terms SET status = ? WHERE id = ?'),
      insertGrams: db.prepare(`INSERT INTO term_grams ${gramsOfTerms('id = ?')}`),
      deleteGrams: db.prepare(`DELETE FROM term_grams WHERE (gram, term_id) IN (SELECT gram, term_id FROM (${gramsOfTerms('id = ?')}))`),
      insertHistory: db.prepare(`
        INSERT INTO history (concept_id, at, who, action, before_json, after_json)
        VALUES (?, ?, ?, ?, ?, ?)`),
      history: db.prepare('SELECT * FROM history WHERE concept_id = ? ORDER BY id DESC'),
      page: db.prepare('SELECT * FROM concepts ORDER BY id LIMIT ? OFFSET ?'),
      pageAfter: db.prepare('SELECT * FROM concepts WHERE id > ? ORDER BY id LIMIT ?'),
      countConcepts: db.prepare('SELECT count(*) FROM concepts').pluck(),
      countTerms: db.prepare('SELECT count(*) FROM terms').pluck(),
      byExternalId: db.prepare('SELECT id FROM concepts WHERE external_id = ? ORDER BY id LIMIT 1').pluck(),
      byFolded: db.prepare('SELECT concept_id AS conceptId, lang FROM terms WHERE folded = ? ORDER BY concept_id'),
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

  conceptIdByExternalId(externalId: string): number | undefined {
    return this.stmt.byExternalId.get(externalId) as number | undefined;
  }

  /** Terms with exactly this folded key, as (concept, language) pairs. */
  termsByFolded(folded: string): { conceptId: number; lang: string }[] {
    return this.stmt.byFolded.all(folded) as { conceptId: number; lang: string }[];
  }

  term(termId: number): Term | undefined {
    const row = this.stmt.term.get(termId) as TermRow | undefined;
    return row ? toTerm(row) : undefined;
  }

  /** Inserts a normalized concept; returns it as stored, built without reading it back. */
  insert(input: ConceptInput, now: string): Concept {
    const info = this.stmt.insertConcept.run(conceptParams(input, now));
    const id = Number(info.lastInsertRowid);
    const terms = input.terms.map((term, position) => this.insertTerm(id, term, position));
    return {
      id,
      category: input.category ?? 'other',
      definition: input.definition ?? null,
      note: input.note ?? null,
      subjectField: input.subjectField ?? null,
      sourceIssue: input.sourceIssue ?? null,
      sourceUrl: input.sourceUrl ?? null,
      approval: input.approval ?? 'proposed',
      externalId: input.externalId ?? null,
      createdAt: now,
      updatedAt: now,
      terms,
    };
  }

  private insertTerm(conceptId: number, term: TermInput, position: number): Term {
    const folded = fold(term.text);
    const info = this.stmt.insertTerm.run(
      conceptId,
      term.lang,
      term.text,
      folded,
      term.status ?? 'preferred',
      term.partOfSpeech ?? null,
      term.note ?? null,
      term.established ? 1 : 0,
      position,
    );
    const id = Number(info.lastInsertRowid);
    if (!this.bulk) this.stmt.insertGrams.run(id);
    return {
      id,
      conceptId,
      lang: term.lang,
      text: term.text,
      folded,
      status: term.status ?? 'preferred',
      partOfSpeech: term.partOfSpeech ?? null,
      note: term.note ?? null,
      established: term.established === true,
    };
  }

  /**
   * Runs `work` (which only adds concepts) with the terms' secondary indexes and triggers dropped,
   * then builds them, the trigram index and the gram keys of the new terms in one sorted pass
   * each: far faster than updating every index row by row. Must run inside a transaction, so a
   * failure rolls the dropped indexes back too.
   */
  bulkAdd(work: () => void): void {
    if (!this.db.inTransaction) throw new Error('bulkAdd must run inside a transaction');
    const lastTermId = (this.db.prepare('SELECT coalesce(max(id), 0) FROM terms').pluck().get() as number);
    const ddl = this.db
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'terms' AND type IN ('index', 'trigger') AND sql IS NOT NULL")
      .all() as { type: 'index' | 'trigger'; name: string; sql: string }[];
    for (const item of ddl) this.db.exec(`DROP ${item.type.toUpperCase()} "${item.name}"`);
    this.bulk = true;
    try {
      work();
    } finally {
      this.bulk = false;
    }
    for (const item of ddl) if (item.type === 'index') this.db.exec(item.sql);
    for (const item of ddl) if (item.type === 'trigger') this.db.exec(item.sql);
    this.db.prepare('INSERT INTO terms_fts (rowid, folded) SELECT id, folded FROM terms WHERE id > ?').run(lastTermId);
    this.db
      .prepare(`INSERT INTO term_grams ${gramsOfTerms('id > ?')} ORDER BY gram, term_id`)
      .run(lastTermId);
  }

  private deleteTermRow(term: { id: number }): void {
    this.stmt.deleteGrams.run(term.id); // before the term row: the keys are computed from it
    this.stmt.deleteTerm.run(term.id);
  }

  /**
   * Replaces the fields and terms of a concept. A term keeps its id when its language and text
   * are unchanged, so term ids the editor holds (for setTermStatus) stay valid.
   */
  replace(id: number, input: ConceptInput, now: string): void {
    this.stmt.updateConcept.run({ ...conceptParams(input, now), id });
    const existing = new Map<string, TermRow>();
    for (const row of this.stmt.termsOf.all(id) as TermRow[]) existing.set(termKey(row.lang, row.text), row);
    input.terms.forEach((term, position) => {
      const row = existing.get(termKey(term.lang, term.text));
      if (!row) {
        this.insertTerm(id, term, position);
        return;
      }
      existing.delete(termKey(term.lang, term.text));
      const folded = fold(term.text);
      if (folded !== row.folded) this.stmt.deleteGrams.run(row.id);
      this.stmt.updateTerm.run(
        folded,
        term.status ?? 'preferred',
        term.partOfSpeech ?? null,
        term.note ?? null,
        term.established ? 1 : 0,
        position,
        row.id,
      );
      if (folded !== row.folded) this.stmt.insertGrams.run(row.id);
    });
    for (const row of existing.values()) this.deleteTermRow(row);
  }

  delete(id: number): void {
    for (const row of this.stmt.termsOf.all(id) as TermRow[]) this.deleteTermRow(row);
    this.stmt.deleteConcept.run(id);
  }

  setTermStatus(termId: number, conceptId: number, status: TermStatus, now: string): void {
    this.stmt.setTermStatus.run(status, termId);
    this.stmt.touchConcept.run(now, conceptId);
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
    this.stmt.insertHistory.run(
      conceptId,
      at,
      who,
      action,
      before === null ? null : JSON.stringify(before),
      after === null ? null : JSON.stringify(after),
    );
  }

  history(conceptId: number): HistoryEntry[] {
    return (this.stmt.history.all(conceptId) as HistoryRow[]).map(toHistoryEntry);
  }
}

function termKey(lang: string, text: string): string {
  return `${lang.toLowerCase()}\u0000${text}`;
}

function conceptParams(input: ConceptInput, now: string) {
  return {
    category: input.category ?? 'other',
    definition: input.definition ?? null,
    note: input.note ?? null,
    subjectField: input.subjectField ?? null,
    sourceIssue: input.sourceIssue ?? null,
    sourceUrl: input.sourceUrl ?? null,
    approval: input.approval ?? 'proposed',
    externalId: input.externalId ?? null,
    now,
  };
}
