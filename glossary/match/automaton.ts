// An Aho–Corasick automaton over UTF-16 code units, stored in typed arrays so that 100,000
// glossary terms build in well under a second and a scan touches a few small arrays per character.
// Nodes are numbered breadth-first, so the children of a node have consecutive ids, sorted by code
// unit: a node's transitions are its children's records, searched linearly or by bisection on the
// code unit each child keeps in its own record. The root (thousands of children) and the busiest
// depth-1 nodes have dense tables instead.
// Compact arrays matter more than clever probing here: a 40,000-character scan is bound by cache
// misses. Keeping the edge's code unit in the child's record means a step reads the record it
// moves to (which the next step needs anyway), not a separate array of codes: one cache line
// fewer per character.

import { MatchBuffer } from './matches.ts';

const EMPTY = -1;
/** Texts at least this long are walked in four stretches at once (see scanCodes). */
const SPLIT_MIN = 2048;
/** Children lists up to this long are scanned linearly; longer ones are bisected. */
const LINEAR_LIMIT = 8;
/** Entries allowed in the dense transition rows of shallow nodes (4 bytes each). */
const DENSE_BUDGET = 4 * 1024 * 1024;

/** Layout of a node's record in `Automaton.node`. */
const NODE_FIELDS = 4;
/** Code unit on the edge into the node (low 16 bits) and number of children (high 16 bits). */
const LABEL = 0;
const FIRST_CHILD = 1;
const FAIL = 2;
const EMIT = 3;
/**
 * Layout of an output's record in `Automaton.output`: the key, its length, and the next output on
 * the failure chain (0 = none). Output ids start at 1, one per node that ends a key.
 */
const OUTPUT_FIELDS = 4;
const OUT_KEY = 0;
const OUT_LENGTH = 1;
const OUT_NEXT = 2;
const CODE_MASK = 0xffff;

/** Called for every key occurrence: [start, end) in the scanned text, payload = the key's value. */
export type MatchSink = (start: number, end: number, payload: number) => void;

/** An automaton as plain numbers and typed arrays: built in one thread, used in another. */
export interface AutomatonParts {
  keyCount: number;
  maxKeyLength: number;
  shallowEnd: number;
  rowWidth: number;
  node: Int32Array;
  output: Int32Array;
  alphabet: Uint16Array;
  denseRow: Int32Array;
  dense: Int32Array;
}

export class Automaton {
  /** Number of keys it was built from (duplicates included). */
  readonly keyCount: number;
  /**
   * Per node, four Int32 side by side: code unit in | child count << 16, first child, failure
   * link, first output of the state (that of the first node on its failure chain, itself
   * included, that ends a key; 0 = none). One 16-byte record serves a state: how it was entered,
   * its children range, where it fails to and what it emits.
   */
  private readonly node: Int32Array;
  /** Output records (see OUTPUT_FIELDS): reporting a match reads one of them, nothing else. */
  private readonly output: Int32Array;
  /** Code unit → 1..alphabet size for code units that occur in keys, 0 for the rest. */
  private readonly alphabet: Uint16Array;
  /**
   * Complete transitions (failures resolved) of the root (row 0) and the busiest depth-1 nodes, one
   * row each: the scan falls back to these states all the time, and a row read replaces a
   * bisection and a fail walk.
   */
  private readonly denseRow: Int32Array;
  /** Ids below this are the root and its children: only they can have a dense row. */
  private readonly shallowEnd: number;
  private readonly dense: Int32Array;
  /** Entries per dense row (alphabet size + 1: entry 0 is for code units in no key). */
  private readonly rowWidth: number;
  private readonly maxKeyLength: number;
  /** Per position of the last scan, the first output of the state reached there (0 = none). */
  private emitAt = new Int32Array(0);

  /**
   * `keys[i]` gets payload `values[i]`, or i without `values` (a caller that maps keys to its own
   * ids passes them here: looking them up per match would cost a cache miss each). Empty keys are
   * ignored; of duplicate keys the first wins.
   */
  constructor(keys: readonly string[], values?: ArrayLike<number>) {
    this.keyCount = keys.length;
    this.maxKeyLength = keys.reduce((max, key) => Math.max(max, key.length), 0);

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
    // Children of node n are the ids first[n] .. first[n + 1] - 1.
    const first = new Int32Array(nodes + 1);
    let next = 1;
    for (let id = 0; id < nodes; id++) {
      const old = oldId[id]!;
      first[id] = next;
      for (let c = childStart[old]!; c < childStart[old + 1]!; c++) {
        const child = children[c]!;
        newId[child] = next;
        oldId[next++] = child;
      }
    }
    first[nodes] = next;
    const codeOf = new Uint16Array(nodes);
    const payload = new Int32Array(nodes);
    const parent = new Int32Array(nodes);
    for (let id = 0; id < nodes; id++) {
      const old = oldId[id]!;
      codeOf[id] = dfsCode[old]!;
      payload[id] = dfsPayload[old]!;
      parent[id] = newId[parentOf[old]!]!;
    }
    const rootNext = new Int32Array(0x10000).fill(EMPTY);
    for (let c = first[0]!; c < first[1]!; c++) rootNext[codeOf[c]!] = c;

    // 3. Dense rows for the root and the depth-1 nodes with the most children, within the budget.
    this.alphabet = new Uint16Array(0x10000);
    let size = 0;
    for (let id = 1; id < nodes; id++) {
      const code = codeOf[id]!;
      if (this.alphabet[code] === 0) this.alphabet[code] = ++size;
    }
    this.rowWidth = size + 1;
    const depthOne: number[] = [];
    for (let c = first[0]!; c < first[1]!; c++) if (first[c + 1]! - first[c]! > LINEAR_LIMIT) depthOne.push(c);
    depthOne.sort((x, y) => first[y + 1]! - first[y]! - (first[x + 1]! - first[x]!));
    // The root's row always fits: the budget holds 64 rows of the largest possible alphabet.
    depthOne.unshift(0);
    const rows = Math.min(depthOne.length, Math.floor(DENSE_BUDGET / (size + 1)));
    // Indexed by id, but only the root and depth-1 nodes (ids 0 .. first[1] - 1 in breadth-first
    // order) have rows: a small array, and the scan does not read it at all for deeper states.
    this.shallowEnd = first[1]!;
    this.denseRow = new Int32Array(this.shallowEnd).fill(EMPTY);
    this.dense = new Int32Array(rows * (size + 1));
    for (let r = 0; r < rows; r++) {
      const node = depthOne[r]!;
      this.denseRow[node] = r;
      const base = r * (size + 1);
      // A depth-1 node fails to the root: its row is the root's transitions, overlaid with its own.
      for (let c = first[0]!; c < first[1]!; c++) this.dense[base + this.alphabet[codeOf[c]!]!] = c;
      if (node !== 0) for (let c = first[node]!; c < first[node + 1]!; c++) this.dense[base + this.alphabet[codeOf[c]!]!] = c;
    }

    // 4. Failure and output links, in id order = breadth-first order.
    const fail = new Int32Array(nodes);
    const emit = new Int32Array(nodes);
    for (let id = 1; id < nodes; id++) {
      const code = codeOf[id]!;
      let f = parent[id]!;
      let link = 0;
      while (f !== 0) {
        f = fail[f]!;
        const target = childWith(first, codeOf, rootNext, f, code);
        if (target !== EMPTY) {
          link = target;
          break;
        }
      }
      fail[id] = link;
      emit[id] = payload[id] !== EMPTY ? id : emit[link]!;
    }
    // Output ids in node order; the first-output field then holds output ids, not node ids.
    const outputOf = new Int32Array(nodes);
    let outputs = 0;
    for (let id = 1; id < nodes; id++) if (payload[id] !== EMPTY) outputOf[id] = ++outputs;
    this.output = new Int32Array((outputs + 1) * OUTPUT_FIELDS);
    for (let id = 1; id < nodes; id++) {
      if (payload[id] === EMPTY) continue;
      const at = outputOf[id]! * OUTPUT_FIELDS;
      this.output[at + OUT_KEY] = values ? values[payload[id]!]! : payload[id]!;
      this.output[at + OUT_LENGTH] = keys[payload[id]!]!.length;
      this.output[at + OUT_NEXT] = outputOf[emit[fail[id]!]!]!;
    }

    // 5. The scan's view of the nodes, interleaved.
    this.node = new Int32Array(nodes * NODE_FIELDS);
    for (let id = 0; id < nodes; id++) {
      const at = id * NODE_FIELDS;
      // At most 65,535 children below the root (one per code unit after the edge in); the root's
      // own count (up to 65,536) is never read: the scan uses its dense row.
      this.node[at + LABEL] = codeOf[id]! | ((first[id + 1]! - first[id]!) << 16);
      this.node[at + FIRST_CHILD] = first[id]!;
      this.node[at + FAIL] = fail[id]!;
      this.node[at + EMIT] = outputOf[emit[id]!]!;
    }
  }

  parts(): AutomatonParts {
    const { keyCount, maxKeyLength, shallowEnd, rowWidth, node, output, alphabet, denseRow, dense } = this;
    return { keyCount, maxKeyLength, shallowEnd, rowWidth, node, output, alphabet, denseRow, dense };
  }

  /** The automaton `parts()` describes, without building anything (the arrays are used as they are). */
  static fromParts(parts: AutomatonParts): Automaton {
    const automaton = Object.create(Automaton.prototype) as Automaton;
    Object.assign(automaton, parts, { emitAt: new Int32Array(0) });
    return automaton;
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
   * Every occurrence in the first `length` code units of `codes`, appended to `found` in order of
   * end (longest first at the same end). No callback per match: a callback site that sees several
   * closures makes this loop several times slower.
   *
   * A long text is cut into four stretches walked side by side, one step of each in turn. The
   * automaton is megabytes, so a step usually waits on a cache miss, and the next state depends on
   * it: independent walks let the processor wait for several misses at once (measured: a fifth to
   * a third faster than one walk over the same arrays). A walk starts maxKeyLength - 1 code units before its
   * stretch, in the root state: by the stretch's first code unit its state is the one a walk from
   * the start would have (no key is longer). The walks only note, per position, the state's first
   * output; matches are reported afterwards in a second pass, left to right, because a branch on
   * "does this state end a key" in the walk is mispredicted often and stalls the walks (measured:
   * up to twice the walk's time).
   */
  scanCodes(codes: Uint16Array, length: number, found: MatchBuffer): void {
    if (this.emitAt.length < length) this.emitAt = new Int32Array(Math.max(length, this.emitAt.length * 2));
    if (length < SPLIT_MIN) this.walk(codes, 0, 0, length, true);
    else {
      const stretch = Math.floor(length / 4);
      // Walk k's state and next position are sk and pk. Each turn steps walk 0, then rotates the
      // walks (0 ← 1 ← 2 ← 3 ← 0): one call site of advance (the compiler inlines it) and the states
      // in locals. After a multiple of four turns every walk is back in its own variables.
      let s0 = 0;
      let s1 = this.warmUp(codes, stretch);
      let s2 = this.warmUp(codes, 2 * stretch);
      let s3 = this.warmUp(codes, 3 * stretch);
      let p0 = 0;
      let p1 = stretch;
      let p2 = 2 * stretch;
      let p3 = 3 * stretch;
      const { node, denseRow, dense, alphabet, shallowEnd, rowWidth, emitAt } = this;
      for (let turn = 4 * stretch; turn > 0; turn--) {
        const state = advance(node, denseRow, dense, alphabet, shallowEnd, rowWidth, s0, codes[p0]!);
        emitAt[p0] = node[state * NODE_FIELDS + EMIT]!;
        s0 = s1;
        s1 = s2;
        s2 = s3;
        s3 = state;
        const next = p0 + 1;
        p0 = p1;
        p1 = p2;
        p2 = p3;
        p3 = next;
      }
      // The last stretch also takes the remainder of the division (up to three code units).
      this.walk(codes, s3, p3, length, true);
    }
    const { output, emitAt } = this;
    for (let i = 0; i < length; i++) {
      // The state's outputs: it and its failure chain, longest key first.
      for (let out = emitAt[i]!; out !== 0; out = output[out * OUTPUT_FIELDS + OUT_NEXT]!) {
        const at = out * OUTPUT_FIELDS;
        found.push(i + 1 - output[at + OUT_LENGTH]!, i + 1, output[at + OUT_KEY]!);
      }
    }
  }

  /** Walk codes[from..to) from `state`, noting outputs in emitAt if `note`; the state at `to`. */
  private walk(codes: Uint16Array, state: number, from: number, to: number, note: boolean): number {
    const { node, denseRow, dense, alphabet, shallowEnd, rowWidth, emitAt } = this;
    for (let i = from; i < to; i++) {
      state = advance(node, denseRow, dense, alphabet, shallowEnd, rowWidth, state, codes[i]!);
      if (note) emitAt[i] = node[state * NODE_FIELDS + EMIT]!;
    }
    return state;
  }

  /** The state a walk from the start of the text is in just before `begin`. */
  private warmUp(codes: Uint16Array, begin: number): number {
    return this.walk(codes, 0, Math.max(0, begin - (this.maxKeyLength - 1)), begin, false);
  }
}

/**
 * The state after `state` reads `code`, failures followed. A function of plain arguments rather
 * than a method: inlined into the scan loops, the tables stay in registers instead of being
 * reloaded from the automaton at every step (measured: a fifth of the scan time or more).
 */
function advance(
  node: Int32Array,
  denseRow: Int32Array,
  dense: Int32Array,
  alphabet: Uint16Array,
  shallowEnd: number,
  rowWidth: number,
  state: number,
  code: number,
): number {
  for (;;) {
    if (state < shallowEnd) {
      const row = denseRow[state]!;
      // Complete row: 0 (the root) when nothing continues.
      if (row !== EMPTY) return dense[row * rowWidth + alphabet[code]!]!;
    }
    const at = state * NODE_FIELDS;
    const first = node[at + FIRST_CHILD]!;
    const end = first + (node[at + LABEL]! >>> 16);
    if (end - first > LINEAR_LIMIT) {
      // Out of line: rare (deep nodes with many children and no dense row), and it keeps this
      // function small enough to be inlined.
      const child = bisect(node, first, end, code);
      if (child !== EMPTY) return child;
    } else {
      for (let c = first; c < end; c++) if ((node[c * NODE_FIELDS + LABEL]! & CODE_MASK) === code) return c;
    }
    state = node[at + FAIL]!;
  }
}

/** The node among ids lo..hi - 1 (siblings, sorted by code unit) entered by `code`, or EMPTY. */
function bisect(node: Int32Array, lo: number, hi: number, code: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = node[mid * NODE_FIELDS + LABEL]! & CODE_MASK;
    if (c === code) return mid;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return EMPTY;
}

/** The child of `node` on the edge labelled `code`, EMPTY if none (build time only). */
function childWith(first: Int32Array, codeOf: Uint16Array, rootNext: Int32Array, node: number, code: number): number {
  if (node === 0) return rootNext[code]!;
  let lo = first[node]!;
  let hi = first[node + 1]!;
  if (hi - lo <= LINEAR_LIMIT) {
    for (; lo < hi; lo++) if (codeOf[lo] === code) return lo;
    return EMPTY;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = codeOf[mid]!;
    if (c === code) return mid;
    if (c < code) lo = mid + 1;
    else hi = mid;
  }
  return EMPTY;
}
