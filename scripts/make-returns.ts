/**
 * Writes synthetic WRES returns for tests and benchmarks (not part of the product):
 *
 *   npm run make-returns -- DIR [--count 250] [--seed 1]
 *
 * A seeded mix of clean, partial, broken, mis-computed and unreadable returns in regional
 * sub-folders of DIR, with DIR/manifest.json listing every planted problem and its cell.
 */

import { resolve } from "node:path";
import { generateReturns, MANIFEST_FILE } from "./synthetic-returns/generate";

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} takes a whole number`);
  return value;
}

async function main(args: readonly string[]): Promise<void> {
  const dir = args[0];
  if (!dir || dir.startsWith("--")) throw new Error("usage: make-returns DIR [--count N] [--seed S]");
  const count = option(args, "--count", 250);
  const seed = option(args, "--seed", 1);
  const started = performance.now();
  const manifest = await generateReturns(resolve(dir), { count, seed });
  const seconds = (performance.now() - started) / 1000;
  const kinds = new Map<string, number>();
  for (const r of manifest.returns) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
  const mix = [...kinds].map(([kind, n]) => `${n} ${kind}`).join(", ");
  console.log(
    `Wrote ${count} returns (seed ${seed}) to ${dir} in ${seconds.toFixed(1)} s: ${mix}; see ${MANIFEST_FILE}.`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
