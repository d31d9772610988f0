// Where the planner's decisions go. PlanCollector builds the ImportPlan the preview shows: every
// list in full (planImport, for callers that hold the entries anyway) or its first few with the
// counts (a file's preview: a 900,000-row file is not sent to the window). With `record`, it also
// keeps one small decision per entry, which is what applying the file again needs (importer-stream.ts).
import type { ConceptInput, DuplicateChoice, ImportDuplicate, ImportPlan } from '../model.ts';
import type { FoundDuplicate, PlanSink } from './importer-planner.ts';

export const EntryKind = { Skip: 0, Add: 1, Update: 2, Duplicate: 3 } as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];

const CHOICE_CODES: DuplicateChoice[] = ['keep', 'merge', 'skip'];

/** One small record per entry and per duplicate: enough to apply the file again without its plan objects. */
export class PlanDecisions {
  /** Per entry (file order): its EntryKind. */
  readonly kind: number[] = [];
  /** Per entry: the stored concept it updates (Update) or its duplicate id (Duplicate). */
  readonly ref: number[] = [];
  // Per duplicate, by id:
  readonly dupExisting: number[] = [];
  /** The entry of the file (an added one) a merge goes into, or -1. */
  readonly dupTarget: number[] = [];
  readonly dupAgainstGlossary: boolean[] = [];
  readonly dupChoice: number[] = [];

  set(index: number, kind: EntryKind, ref = -1): void {
    // Entries are decided in file order; an entry never decided stays Skip.
    while (this.kind.length < index) {
      this.kind.push(EntryKind.Skip);
      this.ref.push(-1);
    }
    this.kind[index] = kind;
    this.ref[index] = ref;
  }

  get duplicates(): number {
    return this.dupChoice.length;
  }

  defaultChoice(id: number): DuplicateChoice {
    return CHOICE_CODES[this.dupChoice[id]!]!;
  }
}

export interface PlanCounts {
  adds: number;
  updates: number;
  conflicts: number;
  duplicates: number;
  warnings: number;
}

export class PlanCollector implements PlanSink {
  readonly plan: ImportPlan;
  readonly counts: PlanCounts = { adds: 0, updates: 0, conflicts: 0, duplicates: 0, warnings: 0 };
  readonly decisions: PlanDecisions | undefined;

  constructor(
    file: string,
    /** How many items of each list the plan holds (the counts count them all). */
    private readonly limit = Infinity,
    record = false,
  ) {
    this.plan = { file, adds: [], updates: [], conflicts: [], warnings: [], duplicates: [] };
    this.decisions = record ? new PlanDecisions() : undefined;
  }

  private keep<T>(list: T[], item: T): void {
    if (list.length < this.limit) list.push(item);
  }

  warning(warning: string): void {
    this.counts.warnings++;
    this.keep(this.plan.warnings, warning);
  }

  invalid(index: number, warning: string): void {
    this.warning(warning);
    this.decisions?.set(index, EntryKind.Skip);
  }

  add(index: number, raw: ConceptInput): void {
    this.counts.adds++;
    this.keep(this.plan.adds, raw);
    this.decisions?.set(index, EntryKind.Add);
  }

  update(index: number, existingId: number, raw: ConceptInput): void {
    this.counts.updates++;
    this.keep(this.plan.updates, { existingId, incoming: raw });
    this.decisions?.set(index, EntryKind.Update, existingId);
  }

  conflict(_index: number, conflict: ImportPlan['conflicts'][number]): void {
    this.counts.conflicts++;
    this.keep(this.plan.conflicts, conflict);
  }

  duplicate(index: number, found: FoundDuplicate): void {
    const id = this.counts.duplicates++;
    const { otherEntry, ...shown } = found;
    this.keep(this.plan.duplicates!, { id, ...shown } satisfies ImportDuplicate);
    const decisions = this.decisions;
    if (decisions === undefined) return;
    decisions.set(index, EntryKind.Duplicate, id);
    decisions.dupExisting.push(found.existingId ?? -1);
    decisions.dupTarget.push(found.addIndex !== undefined && otherEntry !== undefined ? otherEntry : -1);
    decisions.dupAgainstGlossary.push(found.existingId !== undefined && otherEntry === undefined);
    decisions.dupChoice.push(CHOICE_CODES.indexOf(found.choice));
  }
}
