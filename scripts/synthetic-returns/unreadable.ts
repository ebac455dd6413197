/**
 * Files a reviewer receives that are no readable return at all, each with the sentence the
 * check must give for it: random bytes, a truncated download, a zip bomb, a workbook that is
 * not the template, a password-protected workbook, an empty file and one far too large.
 */

import { strToU8 } from "fflate";
import { NOT_WRES_MESSAGE } from "../../src/wres/check";
import { craftedEntriesOf, craftZip, deflatedSpaces } from "../xlsx-craft/zip-craft";
import type { Random } from "./random";

export const UNREADABLE_VARIANTS = [
  "corrupt",
  "truncated",
  "zip-bomb",
  "not-template",
  "encrypted",
  "empty",
  "oversized",
] as const;
export type UnreadableVariant = (typeof UNREADABLE_VARIANTS)[number];

/** The content of the file, or its size for a file to be made sparse (all zeros, no disk used). */
export type UnreadableContent = { readonly bytes: Uint8Array } | { readonly sparseSize: number };

export interface UnreadableFile {
  readonly content: UnreadableContent;
  /** What the file's one sentence must contain. */
  readonly sentence: string;
  readonly why: string;
}

const MB = 1024 * 1024;
/** Above the reader's 50 MB limit (DEFAULT_XLSX_LIMITS.maxFileBytes). */
const OVERSIZED_BYTES = 51 * MB;
/** What the bomb's sheet inflates to, while its header claims 2,000 bytes. */
const BOMB_BYTES = 300 * MB;
/** The part holding indicators 2–4, which every check reads. */
const BOMB_PART = "xl/worksheets/sheet3.xml";

function noise(random: Random, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random.next() * 256);
  out[0] = 0x3c; // "<": never a zip or OLE signature
  return out;
}

/** An OLE compound file naming an EncryptedPackage stream, as Excel saves a password-protected workbook. */
function encryptedWorkbook(): Uint8Array {
  const bytes = new Uint8Array(8192);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(new Uint8Array(Buffer.from("EncryptedPackage", "utf16le")), 1024);
  return bytes;
}

function zipBomb(workbook: Uint8Array): Uint8Array {
  return craftZip(
    craftedEntriesOf(workbook).map((e) =>
      e.path === BOMB_PART ? { ...e, stored: deflatedSpaces(BOMB_BYTES), declaredSize: 2000, crc: 0 } : e,
    ),
  );
}

/**
 * The file for `variant`; `filled` is a complete return to damage, `withoutNames` the same
 * workbook with no defined names (an ordinary spreadsheet, not the template).
 */
export function unreadableFile(
  variant: UnreadableVariant,
  filled: Uint8Array,
  withoutNames: Uint8Array,
  random: Random,
): UnreadableFile {
  switch (variant) {
    case "corrupt":
      return {
        content: { bytes: noise(random, 24_000) },
        sentence: "is not an .xlsx file (it is not a zip archive)",
        why: "random bytes saved with an .xlsx name",
      };
    case "truncated":
      return {
        content: { bytes: filled.slice(0, Math.floor(filled.length * 0.55)) },
        sentence: "is damaged or truncated (the zip archive is incomplete)",
        why: "a return cut off at 55 % (an interrupted download)",
      };
    case "zip-bomb":
      return {
        content: { bytes: zipBomb(filled) },
        sentence: "refused as a possible zip bomb",
        why: `a return whose ${BOMB_PART} inflates to ${BOMB_BYTES / MB} MB while its header claims 2,000 bytes`,
      };
    case "not-template":
      return {
        content: { bytes: withoutNames },
        sentence: NOT_WRES_MESSAGE,
        why: "an .xlsx workbook without any WRES name",
      };
    case "encrypted":
      return {
        content: { bytes: encryptedWorkbook() },
        sentence: "is password-protected (encrypted)",
        why: "a password-protected workbook",
      };
    case "empty":
      return { content: { bytes: strToU8("") }, sentence: "is empty (0 bytes)", why: "an empty file" };
    case "oversized":
      return {
        content: { sparseSize: OVERSIZED_BYTES },
        sentence: "is larger than 50 MB, too large to be a WRES return",
        why: `a file of ${OVERSIZED_BYTES / MB} MB`,
      };
  }
}
