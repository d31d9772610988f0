// An Aho–Corasick automaton over UTF-16 code units, stored in typed arrays so that 100,000
// glossary terms build in well under a second and a scan touches a few small arrays per character.
// Nodes are numbered breadth-first, so the children of a node have consecutive ids, sorted by code
// unit: a node's transitions are the range first[node]..first[node + 1] of `codeOf`, searched
// linearly or by bisection. The root (thousands of children) has a dense table instead.
// Compact arrays matter more than clever probing here: a 40,000-character scan is bound by cache
// misses, and these arrays are a fifth of the size of a hash table of edges.

const EMPTY = -1;
/** Children lists up to this long are scanned linearly; longer ones are bisected. */
const LINEAR_LIMIT = 8;
/** Entries allowed in the dense transition rows of shallow nodes (4 bytes each). */
const DENSE_BUDGET = 4 * 1024 * 1024;

/** Layout of a node's record in `Automaton.node` (the first child is at offset 0). */
const NODE_FIELDS = 4;
const FAIL = 1;
const EMIT = 2;
const PAYLOAD = 3;

/** Called for every key occurrence: [start, end) in the scanned text, payload = key index. */
export type MatchSink = (start: number, end: number, payload: number) => void;

export class Automaton {
  /** Number of keys it was built from (duplicates included). */
  readonly keyCount: number;
  /** Root transitions by code unit. */
  private readonly rootNext: Int32Array;
  /** Children of node n are the ids first[n] .. first[n + 1] - 1. */
  private readonly first: Int32Array;
  /** The code unit on the edge into each node. */
  private readonly codeOf: Uint16Array;
  /**
   * Per node, four Int32 side by side: first child, failure link, first state on the failure chain
   * (itself included) that ends a key (0 = none), index of the key ending here (EMPTY if none; the
   * first key wins on duplicates). One cache line serves a state: its children range (first of
   * n and n + 1), where it fails to and what it emits.
   */
  private readonly node: Int32Array;
  private readonly keyLength: Int32Array;
  /** Code unit → 1..alphabet size for code units that occur in keys, 0 for the rest. */
  private readonly alphabet: Uint16Array;
  private readonly alphabetSize: number;
  /**
   * Complete transitions (failures resolved) of the busiest depth-1 nodes, one row each: the scan
   * falls back to these states all the time, and a row read replaces a bisection and a fail walk.
   */
  private readonly denseRow: Int32Array;
  /** Ids below this are the root and its children: only they can have a dense row. */
  private readonly shallowEnd: number;
  private readonly dense: Int32Array;

  /** `keys[i]` gets payload i. Empty keys are ignored. */
  constructor(keys: readonly string[]) {
    this.keyCount = keys.length;
    this.keyLength = Int32Array.from(keys, (k) => k.length);

    // 1. A trie in depth-first order from the sorted keys (children come out sorted by code).
    const order = keys.map((_, k) => k).filter((k) => keys[k]!.length > 0);
    order.sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : x - y));
    let total = 1;
    for (const k of order) total += keys[k]!.length;
    const parentOf = new Int32Array(total);
    const dfsCode = new Uint16Array(total);
    const dfsPayload = new Int32Array(total).fill(EMPTY);
    const childCount = new Int32Array(total);
    const path = [0];
    let previous = '';
    let nodes = 1;
    for (const k of order) {
      const key = keys[k]!;
      let common = 0;
      const limit = Math.min(key.length, previous.length);
      while (common < limit && key.charCodeAt(common) === previous.charCodeAt(common)) common++;
      path.length = common + 1;
      for (let i = common; i < key.length; i++) {
        const parent = path[i]!;
        parentOf[nodes] = parent;
        dfsCode[nodes] = key.charCodeAt(i);
        childCount[parent]!++;
        path.push(nodes++);
      }
      const end = path[key.length]!;
      if (dfsPayload[end] === EMPTY) dfsPayload[end] = k;
      previous = key;
    }

    // 2. Renumber breadth-first: children of a node get consecutive ids, still sorted by code.
    // Children lists in depth-first order: a node's children appear in increasing code order.
    const childStart = new Int32Array(nodes + 1);
    for (let n = 0; n < nodes; n++) childStart[n + 1] = childStart[n]! + childCount[n]!;
    const fill = childStart.slice(0, nodes);
    const children = new Int32Array(Math.max(nodes - 1, 0));
    for (let n = 1; n < nodes; n++) children[fill[parentOf[n]!]!++] = n;
    const newId = new Int32Array(nodes);
    const oldId = new Int32Array(nodes);
    this.first = new Int32Array(nodes + 1);
    let next = 1;
    for (let id = 0; id < nodes; id++) {
      const old = oldId[id]!;
      this.first[id] = next;
      for (let c = childStart[old]!; c < childStart[old + 1]!; c++) {
        const child = children[c]!;
        newId[child] = next;
        oldId[next++] = child;
      }
    }
    this.first[nodes] = next;
    this.codeOf = new Uint16Array(nodes);
    const payload = new Int32Array(nodes);
    const parent = new Int32Array(nodes);
    for (let id = 0; id < nodes; id++) {
      const old = oldId[id]!;
      this.codeOf[id] = dfsCode[old]!;
      payload[id] = dfsPayload[old]!;
      parent[id] = newId[parentOf[old]!]!;
    }
    this.rootNext = new Int32Array(0x10000).fill(EMPTY);
    for (let c = this.first[0]!; c < this.first[1]!; c++) this.rootNext[this.codeOf[c]!] = c;

    // 3. Dense rows for the depth-1 nodes with the most children, within the budget.
    this.alphabet = new Uint16Array(0x10000);
    let size = 0;
    for (let id = 1; id < nodes; id++) {
      const code = this.codeOf[id]!;
      if (this.alphabet[code] === 0) this.alphabet[code] = ++size;
    }
    this.alphabetSize = size;
    const depthOne: number[] = [];
    for (let c = this.first[0]!; c < this.first[1]!; c++) if (this.first[c + 1]! - this.first[c]! > LINEAR_LIMIT) depthOne.push(c);
    depthOne.sort((x, y) => this.first[y + 1]! - this.first[y]! - (this.first[x + 1]! - this.first[x]!));
    const rows = Math.min(depthOne.length, Math.floor(DENSE_BUDGET / (size + 1)));
    // Indexed by id, but only depth-1 nodes (ids 1 .. first[1] - 1 in breadth-first order) have rows:
    // a small array, and the scan does not read it at all for deeper states.
    this.shallowEnd = this.first[1]!;
    this.denseRow = new Int32Array(this.shallowEnd).fill(EMPTY);
    this.dense = new Int32Array(rows * (size + 1));
    for (let r = 0; r < rows; r++) {
      const node = depthOne[r]!;
      this.denseRow[node] = r;
      const base = r * (size + 1);
      // A depth-1 node fails to the root: its row is the root's transitions, overlaid with its own.
      for (let c = this.first[0]!; c < this.first[1]!; c++) this.dense[base + this.alphabet[this.codeOf[c]!]!] = c;
      for (let c = this.first[node]!; c < this.first[node + 1]!; c++) this.dense[base + this.alphabet[this.codeOf[c]!]!] = c;
    }

    // 4. Failure and output links, in id order = breadth-first order.
    const fail = new Int32Array(nodes);
    const emit = new Int32Array(nodes);
    for (let id = 1; id < nodes; id++) {
      const code = this.codeOf[id]!;
      let f = parent[id]!;
      let link = 0;
      while (f !== 0) {
        f = fail[f]!;
        const target = this.next(f, code);
        if (target !== EMPTY) {
          link = target;
          break;
        }
      }
      fail[id] = link;
      emit[id] = payload[id] !== EMPTY ? id : emit[link]!;
    }

    // 5. The scan's view of the nodes, interleaved (the extra record holds first[nodes]).
    this.node = new Int32Array((nodes + 1) * NODE_FIELDS);
    for (let id = 0; id < nodes; id++) {
      const at = id * NODE_FIELDS;
      this.node[at] = this.first[id]!;
      this.node[at + FAIL] = fail[id]!;
      this.node[at + EMIT] = emit[id]!;
      this.node[at + PAYLOAD] = payload[id]!;
    }
    this.node[nodes * NODE_FIELDS] = this.first[nodes]!;
  }

  private next(node: number, code: number): number {
    if (node === 0) return this.rootNext[code]!;
    let lo = this.first[node]!;
    let hi = this.first[node + 1]!;
    const codes = this.codeOf;
    if (hi - lo <= LINEAR_LIMIT) {
      for (; lo < hi; lo++) if (codes[lo] === code) return lo;
      return EMPTY;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = codes[mid]!;
      if (c === code) return mid;
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return EMPTY;
  }

  /** Report every occurrence of every key in `text` (overlapping ones too). */
  scan(text: string, sink: MatchSink): void {
    const codes = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
    const found = new MatchBuffer();
    this.scanCodes(codes, codes.length, found);
    for (let k = 0; k < found.count; k++) sink(found.starts[k]!, found.ends[k]!, found.payloads[k]!);
  }

  /**
   * Every occurrence in the first `length` code units of `codes`, appended to `found`. No callback
   * per match: a callback site that sees several closures makes this loop several times slower.
   */
  scanCodes(codes: Uint16Array, length: number, found: MatchBuffer): void {
    // Everything the loop touches in locals, and the child search written out: the scan is bound by
    // cache misses on these arrays, so each state costs as few reads as possible.
    const { rootNext, node, codeOf, keyLength, denseRow, dense, alphabet, shallowEnd } = this;
    const width = this.alphabetSize + 1;
    let state = 0;
    for (let i = 0; i < length; i++) {
      const code = codes[i]!;
      let target = EMPTY;
      for (;;) {
        if (state < shallowEnd) {
          if (state === 0) {
            target = rootNext[code]!;
            break;
          }
          const row = denseRow[state]!;
          if (row !== EMPTY) {
            // Complete row: 0 (the root) when nothing continues.
            target = dense[row * width + alphabet[code]!]!;
            break;
          }
        }
        const at = state * NODE_FIELDS;
        let lo = node[at]!;
        let hi = node[at + NODE_FIELDS]!;
        if (hi - lo <= LINEAR_LIMIT) {
          for (; lo < hi; lo++) {
            if (codeOf[lo] === code) {
              target = lo;
              break;
            }
          }
        } else {
          while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            const c = codeOf[mid]!;
            if (c === code) {
              target = mid;
              break;
            }
            if (c < code) lo = mid + 1;
            else hi = mid;
          }
        }
        if (target !== EMPTY) break;
        state = node[at + FAIL]!;
      }
      state = target === EMPTY ? 0 : target;
      for (let out = node[state * NODE_FIELDS + EMIT]!; out !== 0; out = node[node[out * NODE_FIELDS + FAIL]! * NODE_FIELDS + EMIT]!) {
        const key = node[out * NODE_FIELDS + PAYLOAD]!;
        found.push(i + 1 - keyLength[key]!, i + 1, key);
      }
    }
  }
}

/** Matches of a scan as parallel typed arrays (start, end, payload), grown as needed; reusable (count = 0). */
export class MatchBuffer {
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  payloads = new Int32Array(256);
  count = 0;

  push(start: number, end: number, payload: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.payloads[this.count++] = payload;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const payloads = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    payloads.set(this.payloads);
    this.starts = starts;
    this.ends = ends;
    this.payloads = payloads;
  }
}

/**
 * Leftmost-longest, non-overlapping selection over candidate matches collected from one or more
 * scans: `reset`, `offer` every candidate, then `pick` walks the text left to right taking, at each
 * position, the longest candidate starting there and skipping past it.
 */
export class LongestMatches {
  private length = new Int32Array(0);
  private choice = new Int32Array(0);
  private size = 0;

  /** Start over for a text of `textLength` code units (the arrays are reused between scans). */
  reset(textLength: number): void {
    if (this.length.length < textLength) {
      this.length = new Int32Array(textLength);
      this.choice = new Int32Array(textLength);
    } else this.length.fill(0, 0, textLength);
    this.size = textLength;
  }

  offer(start: number, end: number, value: number): void {
    if (end - start > this.length[start]!) {
      this.length[start] = end - start;
      this.choice[start] = value;
    }
  }

  /** The selected matches, left to right, into `out` (payload = the offered value). */
  pick(out: MatchBuffer): void {
    out.count = 0;
    let i = 0;
    while (i < this.size) {
      const len = this.length[i]!;
      if (len > 0) {
        out.push(i, i + len, this.choice[i]!);
        i += len;
      } else i++;
    }
  }
}
