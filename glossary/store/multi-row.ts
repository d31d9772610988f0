// Multi-row INSERT for bulk writes: `INSERT … VALUES (…), (…), …` with up to 256 rows per
// statement. Per statement SQLite pays a fixed cost (and, for AUTOINCREMENT tables, a read and a
// write of sqlite_sequence); one statement per row made that the larger part of a 100,000-concept
// import. Rows of one statement get consecutive rowids, so the caller learns every new id.
import type { Db } from './database.ts';

const MAX_ROWS = 256;

export class MultiRowInsert {
  private readonly db: Db;
  private readonly head: string;
  private readonly row: string;
  private readonly columns: number;
  /** Prepared statements by row count: 256 and the powers of two below, for the remainder. */
  private readonly statements = new Map<number, ReturnType<Db['prepare']>>();

  /** `head` is `INSERT INTO table (a, b, …)`; each row binds `columns` values. */
  constructor(db: Db, head: string, columns: number) {
    this.db = db;
    this.head = head;
    this.columns = columns;
    this.row = `(${Array(columns).fill('?').join(', ')})`;
  }

  private statement(rows: number) {
    let stmt = this.statements.get(rows);
    if (!stmt) {
      stmt = this.db.prepare(`${this.head} VALUES ${Array(rows).fill(this.row).join(', ')}`);
      this.statements.set(rows, stmt);
    }
    return stmt;
  }

  /**
   * Inserts rows given as one flat list of values (`columns` per row) and returns the rowid of
   * the first; the others follow it one by one.
   */
  run(values: readonly unknown[]): number {
    const rows = values.length / this.columns;
    if (!Number.isInteger(rows)) throw new Error(`${values.length} values do not make rows of ${this.columns}`);
    let first = 0;
    let done = 0;
    while (done < rows) {
      let n = MAX_ROWS;
      while (n > rows - done) n /= 2;
      const chunk = n === rows ? values : values.slice(done * this.columns, (done + n) * this.columns);
      const last = Number(this.statement(n).run(chunk).lastInsertRowid);
      if (done === 0) first = last - n + 1;
      else if (last - n + 1 !== first + done) throw new Error('multi-row insert: rowids are not consecutive');
      done += n;
    }
    return first;
  }
}
