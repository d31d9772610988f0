// Match lists of a scan and the leftmost-longest selection over them, as typed arrays reused
// between scans (allocation and GC were a third of a 40,000-character scan).

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
