// What an import keeps per entry of the file, as columns of typed arrays outside the JS heap:
// a 900,000-row file's numbers as JS arrays and its keys as strings in a Map took over 150 MB of
// heap (and the garbage collector's time); as columns they take about 30 MB.

type TypedArray = Int32Array | Float64Array | Uint8Array;
type TypedArrayOf<T extends TypedArray> = { new (length: number): T };

/** A column of numbers, by entry index, that grows as entries come; unset cells read as `empty`. */
export class NumberColumn<T extends TypedArray = Int32Array> {
  private cells: T;
  private size = 0;

  constructor(
    private readonly type: TypedArrayOf<T>,
    private readonly empty = 0,
  ) {
    this.cells = new type(1024);
    if (empty !== 0) this.cells.fill(empty);
  }

  get length(): number {
    return this.size;
  }

  set(index: number, value: number): void {
    if (index >= this.cells.length) {
      let capacity = this.cells.length * 2;
      while (capacity <= index) capacity *= 2;
      const grown = new this.type(capacity);
      if (this.empty !== 0) grown.fill(this.empty, this.cells.length);
      grown.set(this.cells as never);
      this.cells = grown;
    }
    this.cells[index] = value;
    if (index >= this.size) this.size = index + 1;
  }

  get(index: number): number {
    return index < this.size ? this.cells[index]! : this.empty;
  }

  push(value: number): void {
    this.set(this.size, value);
  }
}

/** Short texts by entry index, as UTF-16 code units in one growing buffer. */
export class TextColumn {
  private readonly starts = new NumberColumn(Int32Array);
  private units = new Uint16Array(1 << 16);
  private used = 0;
  private static readonly decoder = new TextDecoder('utf-16le');

  /** Sets entry `index`'s text; entries are set in order (a skipped one reads as ''). */
  set(index: number, text: string): void {
    const needed = this.used + text.length;
    if (needed > this.units.length) {
      let capacity = this.units.length * 2;
      while (capacity < needed) capacity *= 2;
      const grown = new Uint16Array(capacity);
      grown.set(this.units.subarray(0, this.used));
      this.units = grown;
    }
    for (let i = 0; i < text.length; i++) this.units[this.used + i] = text.charCodeAt(i);
    // Entry i's text runs from starts[i] to starts[i + 1] (or the end): fill skipped entries' starts.
    for (let i = this.starts.length; i <= index; i++) this.starts.set(i, this.used);
    this.used = needed;
  }

  get(index: number): string {
    if (index >= this.starts.length) return '';
    const start = this.starts.get(index);
    const end = index + 1 < this.starts.length ? this.starts.get(index + 1) : this.used;
    return start === end ? '' : TextColumn.decoder.decode(this.units.subarray(start, end));
  }
}

/**
 * The first entry index stored under each key's 53-bit hash (hash53): open addressing over typed
 * arrays. Two keys with one hash would share an entry; with a million keys the odds are 1 in 20,000
 * per file, and the import only lists the later one as a duplicate (kept by default).
 */
export class FirstByHash {
  private keys = new Float64Array(1 << 12);
  private values = new Int32Array(1 << 12).fill(-1);
  private count = 0;

  private slot(hash: number, keys: Float64Array, values: Int32Array): number {
    const mask = keys.length - 1;
    let i = (hash ^ (hash / 0x100000000)) & mask;
    while (values[i] !== -1 && keys[i] !== hash) i = (i + 1) & mask;
    return i;
  }

  get(hash: number): number | undefined {
    const i = this.slot(hash, this.keys, this.values);
    return this.values[i] === -1 ? undefined : this.values[i];
  }

  has(hash: number): boolean {
    return this.get(hash) !== undefined;
  }

  /** Sets the entry for a hash (replacing one there). */
  set(hash: number, value: number): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(hash, this.keys, this.values);
    if (this.values[i] === -1) this.count++;
    this.keys[i] = hash;
    this.values[i] = value;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const values = new Int32Array(this.values.length * 2).fill(-1);
    for (let i = 0; i < this.keys.length; i++) {
      if (this.values[i] === -1) continue;
      const j = this.slot(this.keys[i]!, keys, values);
      keys[j] = this.keys[i]!;
      values[j] = this.values[i]!;
    }
    this.keys = keys;
    this.values = values;
  }
}
