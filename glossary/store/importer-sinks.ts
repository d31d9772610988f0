// Where the planner's decisions go. PlanCollector builds the ImportPlan the preview shows: every
// list in full (planImport, for callers that hold the entries anyway) or its first few with the
// counts (a file's preview: a 900,000-row file is not sent to the window). With `record`, it also
// keeps one small decision per entry, which is what applying the file again needs (importer-stream.ts).
import type { ConceptInput, DuplicateChoice, ImportDuplicate, ImportPlan } from '../model.ts';
import { NumberColumn } from './entry-columns.ts';
import type { FoundDuplicate, PlanSink } from './importer-planner.ts';

export const EntryKind = { Skip: 0, Add: 1, Update: 2, Duplicate: 3 } as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];

const CHOICE_CODES: DuplicateChoice[] = ['keep', 'merge', 'skip'];

/** One small record per entry and per duplicate (typed arrays): enough to apply the file again without its plan objects. */
export class PlanDecisions {
  /** Per entry (file order): its EntryKind (an entry never decided stays Skip). */
  private readonly kinds = new NumberColumn(Uint8Array, EntryKind.Skip);
  /** Per entry: the stored concept it updates (Update) or its duplicate id (Duplicate). */
  private readonly refs = new NumberColumn(Int32Array, -1);
  // Per duplicate, by id:
  readonly dupExisting = new NumberColumn(Int32Array, -1);
  /** The entry of the file (an added one) a merge goes into, or -1. */
  readonly dupTarget = new NumberColumn(Int32Array, -1);
  readonly dupAgainstGlossary = new NumberColumn(Uint8Array);
  private readonly dupChoice = new NumberColumn(Uint8Array);

  set(index: number, kind: EntryKind, ref = -1): void {
    this.kinds.set(index, kind);
    this.refs.set(index, ref);
  }

  kind(index: number): EntryKind {
    return this.kinds.get(index) as EntryKind;
  }

  ref(index: number): number {
    return this.refs.get(index);
  }

  /** How many entries have each kind. */
  countKinds(): Record<EntryKind, number> {
    const counts: Record<number, number> = { [EntryKind.Skip]: 0, [EntryKind.Add]: 0, [EntryKind.Update]: 0, [EntryKind.Duplicate]: 0 };
    for (let i = 0; i < this.kinds.length; i++) counts[this.kinds.get(i)]!++;
    return counts as Record<EntryKind, number>;
  }

  addDuplicate(existing: number, target: number, againstGlossary: boolean, choice: DuplicateChoice): void {
    this.dupExisting.push(existing);
    this.dupTarget.push(target);
    this.dupAgainstGlossary.push(againstGlossary ? 1 : 0);
    this.dupChoice.push(CHOICE_CODES.indexOf(choice));
  }

  get duplicates(): number {
    return this.dupChoice.length;
  }

  defaultChoice(id: number): DuplicateChoice {
    return CHOICE_CODES[this.dupChoice.get(id)]!;
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
    decisions.addDuplicate(
      found.existingId ?? -1,
      found.addIndex !== undefined && otherEntry !== undefined ? otherEntry : -1,
      found.existingId !== undefined && otherEntry === undefined,
      found.choice,
    );
  }
}
