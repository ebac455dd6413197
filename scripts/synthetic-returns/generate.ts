/**
 * Synthetic WRES returns for tests and the benchmark: N files in regional sub-folders, with a
 * seeded mix of clean, partial, broken, mis-computed and unreadable returns, and a manifest of
 * every planted problem (file, flag code, name, cell) so that a test can check each is found
 * where it was planted. The same seed and count always give the same files.
 *
 * Every run with enough files holds one of each kind of unreadable file, each broken variant,
 * the hostile organisation names, a partial and two mis-computed returns; the rest are drawn
 * at random (mostly clean).
 */

import { mkdirSync, truncateSync, writeFileSync } from "fs";
import * as path from "path";
import { calculateWorkbook } from "../../src/wres/check";
import { templateNames } from "../../src/wres/contract";
import type { OutputBlock } from "../../src/wres/outputs";
import { readXlsx } from "../../src/workbook/xlsx";
import { TemplateFiller, type FillGrid } from "./fill-template";
import { HOSTILE_NAMES, orgCode, organisationName, REGIONS } from "./organisations";
import {
  BROKEN_VARIANTS,
  plantBroken,
  plantMisreported,
  plantMissingValues,
  writeOutputs,
  type BrokenVariant,
  type Draft,
  type ExpectedFlag,
} from "./plants";
import { Random } from "./random";
import { previousProfile, randomProfile, yearFigures } from "./trust-figures";
import { UNREADABLE_VARIANTS, unreadableFile, type UnreadableVariant } from "./unreadable";

export type ReturnKind = "clean" | "partial" | "broken" | "mis-computed" | "unreadable";

export interface PlantedReturn {
  /** The path inside the folder, with "/" separators. */
  readonly file: string;
  readonly kind: ReturnKind;
  readonly organisation: string | null;
  /** Flags the check must raise in this file, each at its name and cell. */
  readonly expected: readonly ExpectedFlag[];
  /** Flags it must not raise (reported values that agree as displayed). */
  readonly absent: readonly ExpectedFlag[];
  /** For an unreadable file, what its one sentence must contain; else null. */
  readonly unreadable: string | null;
  /** What was planted, in words. */
  readonly why: string;
}

export interface ReturnsManifest {
  readonly seed: number;
  readonly count: number;
  readonly returns: readonly PlantedReturn[];
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
}

export const MANIFEST_FILE = "manifest.json";

type Plan =
  | { readonly kind: "clean"; readonly hostileName?: number }
  | { readonly kind: "partial" }
  | { readonly kind: "broken"; readonly variant: BrokenVariant }
  | { readonly kind: "mis-computed" }
  | { readonly kind: "unreadable"; readonly variant: UnreadableVariant };

/** The returns every run holds (as far as the count allows), most telling first. */
const GUARANTEED: readonly Plan[] = [
  ...UNREADABLE_VARIANTS.map((variant): Plan => ({ kind: "unreadable", variant })),
  ...HOSTILE_NAMES.map((_, hostileName): Plan => ({ kind: "clean", hostileName })),
  { kind: "mis-computed" },
  { kind: "mis-computed" },
  { kind: "partial" },
  ...BROKEN_VARIANTS.map((variant): Plan => ({ kind: "broken", variant })),
];

function randomPlan(random: Random): Plan {
  const x = random.next();
  if (x < 0.65) return { kind: "clean" };
  if (x < 0.8) return { kind: "mis-computed" };
  if (x < 0.9) return { kind: "partial" };
  return { kind: "broken", variant: random.pick(BROKEN_VARIANTS) };
}

/** Share of clean returns whose outputs hold the figures (the rest left them blank). */
const CLEAN_WITH_OUTPUTS = 0.7;

const NAMES = templateNames();

function computedOutputs(bytes: Uint8Array): readonly OutputBlock[] {
  const read = readXlsx(bytes, NAMES);
  if (!read.ok) throw new Error(`a synthetic return cannot be read: ${read.error}`);
  const check = calculateWorkbook(read.workbook);
  if (check.kind !== "checked") throw new Error("a synthetic return is not a WRES workbook");
  return check.outputs;
}

function draftReturn(organisation: string, code: string, random: Random): Draft {
  const current = randomProfile(random);
  // The blank template already holds the template version.
  const values = new Map<string, FillGrid>([
    ["WRES_Organisation", [[organisation]]],
    ["WRES_OrgCode", [[code]]],
    ["WRES_ReportingYear", [[2025]]],
    ["WRES_SurveyYear", [[2024]]],
    ...yearFigures(current, false, random),
    ...yearFigures(previousProfile(current, random), true, random),
  ]);
  return { values, workbookEdits: [], expected: [], absent: [], why: [] };
}

class ReturnWriter {
  constructor(
    private readonly filler: TemplateFiller,
    private readonly random: Random,
  ) {}

  private bytes(draft: Draft): Uint8Array {
    const edits = draft.workbookEdits;
    return this.filler.fill(draft.values, {
      workbookXml: edits.length ? (xml) => edits.reduce((x, edit) => edit(x), xml) : undefined,
    });
  }

  /** The bytes of a readable return of the plan's kind; what was planted is recorded in the draft. */
  readable(plan: Exclude<Plan, { kind: "unreadable" }>, draft: Draft): Uint8Array {
    switch (plan.kind) {
      case "clean":
        if (this.random.chance(CLEAN_WITH_OUTPUTS)) writeOutputs(draft, computedOutputs(this.bytes(draft)));
        break;
      case "partial":
        plantMissingValues(draft, this.random);
        break;
      case "broken":
        plantBroken(draft, plan.variant);
        break;
      case "mis-computed": {
        const outputs = computedOutputs(this.bytes(draft));
        writeOutputs(draft, outputs);
        plantMisreported(draft, outputs, this.random);
        break;
      }
    }
    return this.bytes(draft);
  }

  /** A complete return and the same workbook with no defined names, to damage. */
  materials(draft: Draft): { filled: Uint8Array; withoutNames: Uint8Array } {
    return {
      filled: this.bytes(draft),
      withoutNames: this.filler.fill(draft.values, {
        workbookXml: (xml) => xml.replace(/<definedNames>[\s\S]*<\/definedNames>/, ""),
      }),
    };
  }
}

/** Writes `count` returns under `dir` (created if needed) and their manifest; returns the manifest. */
export async function generateReturns(dir: string, options: GenerateOptions): Promise<ReturnsManifest> {
  const random = new Random(options.seed);
  const writer = new ReturnWriter(await TemplateFiller.create(), random);
  const plans = [...GUARANTEED.slice(0, options.count)];
  while (plans.length < options.count) plans.push(randomPlan(random));

  const returns = random.shuffle(plans).map((plan, index): PlantedReturn => {
    const code = orgCode(index);
    const hostile = plan.kind === "clean" && plan.hostileName !== undefined ? HOSTILE_NAMES[plan.hostileName] : null;
    const organisation = hostile?.name ?? organisationName(random);
    const file = `${random.pick(REGIONS)}/${String(index + 1).padStart(3, "0")}-${code}.xlsx`;
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    const draft = draftReturn(organisation, code, random);

    if (plan.kind === "unreadable") {
      const { filled, withoutNames } = writer.materials(draft);
      const made = unreadableFile(plan.variant, filled, withoutNames, random);
      if ("sparseSize" in made.content) {
        writeFileSync(target, "");
        truncateSync(target, made.content.sparseSize);
      } else {
        writeFileSync(target, made.content.bytes);
      }
      const unreadable = { expected: [], absent: [], unreadable: made.sentence, why: made.why };
      return { file, kind: "unreadable", organisation: null, ...unreadable };
    }
    writeFileSync(target, writer.readable(plan, draft));
    const why = [hostile?.why, ...draft.why].filter(Boolean).join("; ") || "a complete, consistent return";
    return {
      file,
      kind: plan.kind,
      organisation,
      expected: draft.expected,
      absent: draft.absent,
      unreadable: null,
      why,
    };
  });

  const manifest: ReturnsManifest = { seed: options.seed, count: options.count, returns };
  writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}
