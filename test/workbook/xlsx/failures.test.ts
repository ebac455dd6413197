import { inflateSync, strToU8, zipSync } from "fflate";
import { readXlsx, type XlsxLimits } from "../../../src/workbook/xlsx";
import { craftedEntriesOf, craftZip, deflatedSpaces, type CraftedEntry } from "../../../scripts/xlsx-craft/zip-craft";
import { patchZipEntry, setDefinedName, setZipEntry } from "../../../scripts/xlsx-craft/xlsx-patch";
import { rangeOf, readError, SHEET1, valuesWorkbook } from "./fixtures";

const MB = 1024 * 1024;

/** Deterministic noise (a linear congruential generator), so failures reproduce. */
function noise(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** An OLE compound file header followed by filler and, optionally, a directory entry name. */
function oleFile(streamName?: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const names = ["Root Entry", "Workbook", ...(streamName ? [streamName] : [])];
  names.forEach((name, i) => {
    for (let j = 0; j < name.length; j++) bytes[1024 + i * 128 + j * 2] = name.charCodeAt(j);
  });
  return bytes;
}

describe("readXlsx: files that are not readable workbooks", () => {
  let xlsx: Uint8Array;
  beforeAll(async () => {
    xlsx = await valuesWorkbook();
  });

  it("refuses an empty file", () => {
    expect(readError(new Uint8Array(0))).toBe("is empty (0 bytes)");
  });

  it("refuses random bytes as not a zip archive", () => {
    expect(readError(noise(5000))).toBe("is not an .xlsx file (it is not a zip archive)");
  });

  it("says a CSV or other text file named .xlsx is a text file (issue 8, clearer messages)", () => {
    const text = "is a text file (such as a CSV export), not an Excel workbook; open it in Excel and save it as .xlsx";
    expect(readError(strToU8("Organisation,Year\nExample Trust,2025\n"))).toBe(text);
    expect(readError(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x31, 0x0d, 0x0a]))).toBe(text); // Latin-1 "Café;1"
    expect(readError(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00]))).toBe(text); // UTF-16
  });

  it("says an OpenDocument spreadsheet is one, and to save it as .xlsx (issue 8, clearer messages)", () => {
    const ods = zipSync({
      mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }],
      "content.xml": strToU8("<office:document-content/>"),
      "META-INF/manifest.xml": strToU8("<manifest:manifest/>"),
    });
    expect(readError(ods)).toBe("is an OpenDocument spreadsheet (.ods), not an Excel workbook; save it as .xlsx");
    const odt = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.text") });
    expect(readError(odt)).toBe("is a zip file but not an Excel workbook");
    const numbers = zipSync({ "Index/Document.iwa": new Uint8Array(10) });
    expect(readError(numbers)).toBe("is an Apple Numbers file, not an Excel workbook; export it as .xlsx");
  });

  it("recognises an old .xls file and an encrypted workbook by their OLE contents", () => {
    expect(readError(oleFile())).toBe("is an old-style .xls file; save it as .xlsx");
    expect(readError(oleFile("EncryptedPackage"))).toBe(
      "is password-protected (encrypted); save an unprotected copy and check that",
    );
  });

  it("refuses a truncated file", () => {
    const truncated = "is damaged or truncated (the zip archive is incomplete)";
    expect(readError(xlsx.slice(0, Math.floor(xlsx.length / 2)))).toBe(truncated);
    expect(readError(xlsx.slice(0, xlsx.length - 10))).toBe(truncated); // end record cut
    expect(readError(xlsx.slice(0, 100))).toBe(truncated);
  });

  it("refuses a zip whose directory points at the wrong places", () => {
    // 100 bytes cut out of the middle: the end record survives, the offsets it holds do not.
    const holed = new Uint8Array(xlsx.length - 100);
    holed.set(xlsx.subarray(0, 1000));
    holed.set(xlsx.subarray(1100), 1000);
    expect(readError(holed)).toBe("is damaged or truncated (the zip archive is incomplete)");
  });

  it("refuses a part whose compressed data is corrupt", () => {
    const entries = craftedEntriesOf(xlsx).map((e): CraftedEntry =>
      e.path === SHEET1 ? { ...e, stored: noise(e.stored.length, 7).map((b, i) => (i === 0 ? 0xff : b)) } : e,
    );
    expect(readError(craftZip(entries))).toBe("is damaged or truncated (the zip archive is incomplete)");
  });

  it("refuses a zip that is not a workbook, and says so for an .xlsb", () => {
    expect(readError(zipSync({ "hello.txt": strToU8("hello") }))).toBe("is a zip file but not an Excel workbook");
    expect(readError(zipSync({ "word/document.xml": strToU8("<w:document/>") }))).toBe(
      "is a zip file but not an Excel workbook",
    );
    expect(readError(zipSync({ "xl/workbook.bin": new Uint8Array(10) }))).toBe(
      "is an .xlsb binary workbook; save it as .xlsx",
    );
  });

  it("refuses a workbook part that is not valid XML", () => {
    const broken = patchZipEntry(xlsx, "xl/workbook.xml", (xml) => xml.slice(0, xml.indexOf("<sheets>") + 30));
    expect(readError(broken)).toBe("is damaged: xl/workbook.xml is not valid XML");
    expect(readError(setZipEntry(xlsx, "xl/workbook.xml", "not xml at all"))).toBe(
      "is damaged: xl/workbook.xml is not valid XML",
    );
  });

  it("refuses a file larger than the limit before looking inside", () => {
    const limits: XlsxLimits = { maxFileBytes: MB, maxEntryBytes: 100 * MB, maxTotalBytes: 200 * MB, maxRatio: 200 };
    const result = readXlsx(new Uint8Array(MB + 1), ["WRES_Count"], limits);
    expect(result).toEqual({ ok: false, error: "is larger than 1 MB, too large to be a WRES return" });
  });

  it("refuses an entry whose data do not match the size its header declares (issue 8, item 2)", () => {
    expect(readXlsx(xlsx, ["WRES_Count"]).ok).toBe(true);
    const sheet = craftedEntriesOf(xlsx).find((e) => e.path === SHEET1)!;
    const lying = (declared: number) =>
      readError(
        craftZip(craftedEntriesOf(xlsx).map((e) => (e.path === SHEET1 ? { ...e, declaredSize: declared } : e))),
      );
    const size = sheet.declaredSize;
    for (const declared of [Math.floor(size / 3), size - 1, size + 1, size * 2]) {
      expect(lying(declared)).toBe(
        `is damaged: its part ${SHEET1} holds ${size} bytes where the zip archive declares ${declared}`,
      );
    }
  });

  it("refuses an entry whose data fail their CRC-32: a flipped byte, a patched checksum (issue 8, item 2)", () => {
    const crcFault = `is damaged: its part ${SHEET1} fails its CRC-32 check (its data are altered)`;
    // Stored (not deflated): a flipped byte inflates without complaint, so only the checksum catches it.
    const stored = craftedEntriesOf(xlsx).map((e): CraftedEntry => {
      if (e.path !== SHEET1) return e;
      const data = inflateSync(e.stored);
      return { ...e, method: 0, stored: data, declaredSize: data.length };
    });
    expect(readXlsx(craftZip(stored), ["WRES_Count"]).ok).toBe(true);
    const flipped = stored.map((e): CraftedEntry => {
      if (e.path !== SHEET1) return e;
      const data = e.stored.slice();
      const digit = new TextDecoder().decode(data).indexOf("<v>42</v>") + 3; // B2's value, 42 → 52
      data[digit] ^= 0x01;
      return { ...e, stored: data };
    });
    expect(readError(craftZip(flipped))).toBe(crcFault);
    const patched = craftedEntriesOf(xlsx).map((e) => (e.path === SHEET1 ? { ...e, crc: (e.crc ^ 1) >>> 0 } : e));
    expect(readError(craftZip(patched))).toBe(crcFault);
  });

  it("refuses an entry whose declared compressed size runs into the next entry", () => {
    const entries = craftedEntriesOf(xlsx);
    const index = entries.findIndex((e) => e.path === SHEET1);
    expect(index).toBeLessThan(entries.length - 1);
    const overlong = entries.map((e, i) => (i === index ? { ...e, declaredCompressedSize: e.stored.length + 40 } : e));
    expect(readError(craftZip(overlong))).toBe(
      `is damaged: its part ${SHEET1} is larger than the space it has in the zip archive`,
    );
  });

  it("refuses entries of an unknown compression method, and zip-encrypted entries", () => {
    const withSheet1 = (change: Partial<CraftedEntry>) =>
      craftZip(craftedEntriesOf(xlsx).map((e) => (e.path === SHEET1 ? { ...e, ...change } : e)));
    expect(readError(withSheet1({ method: 12 }))).toBe("is damaged or uses an unsupported zip compression (method 12)");
    expect(readError(withSheet1({ flags: 1 }))).toBe(
      "is password-protected (encrypted); save an unprotected copy and check that",
    );
  });
});

describe("readXlsx: zip bombs", () => {
  const BOMB_BYTES = 300 * MB;
  let bombEntries: CraftedEntry[];
  beforeAll(async () => {
    const xlsx = setDefinedName(await valuesWorkbook(), { name: "WRES_Other", refersTo: "Other!$C$3" });
    // sheet1.xml, which WRES_Count points at, inflates to 300 MB of spaces while its
    // headers claim 2,000 bytes.
    bombEntries = craftedEntriesOf(xlsx).map((e) =>
      e.path === SHEET1 ? { ...e, stored: deflatedSpaces(BOMB_BYTES), declaredSize: 2000, crc: 0 } : e,
    );
  });

  it("builds a bomb that really inflates to what it should (checked on a small one)", () => {
    expect(inflateSync(deflatedSpaces(100_000))).toEqual(new Uint8Array(100_000).fill(0x20));
    const bomb = bombEntries.find((e) => e.path === SHEET1);
    expect(bomb?.stored.length).toBeLessThan(2 * MB);
  });

  it("stops inflating a part once it passes the entry limit, whatever its header says", () => {
    expect(readError(craftZip(bombEntries))).toBe(
      "expands to more than 100 MB when unzipped; refused as a possible zip bomb",
    );
  });

  it("stops at the total limit across parts", () => {
    const limits: XlsxLimits = {
      maxFileBytes: 50 * MB,
      maxEntryBytes: 100 * MB,
      maxTotalBytes: 20 * MB,
      maxRatio: 1000,
    };
    expect(readXlsx(craftZip(bombEntries), ["WRES_Count"], limits)).toEqual({
      ok: false,
      error: "expands to more than 20 MB when unzipped; refused as a possible zip bomb",
    });
  });

  it("stops at the expansion ratio once a part is large", () => {
    const limits: XlsxLimits = {
      maxFileBytes: 50 * MB,
      maxEntryBytes: 100 * MB,
      maxTotalBytes: 200 * MB,
      maxRatio: 100,
    };
    expect(readXlsx(craftZip(bombEntries), ["WRES_Count"], limits)).toEqual({
      ok: false,
      error: "expands more than 100-fold when unzipped; refused as a possible zip bomb",
    });
  });

  it("refuses at once a part whose header honestly declares too much", () => {
    // The packed bytes are not deflate data at all: had the reader started to inflate them, it
    // would call the file damaged. Being refused as a bomb proves it judged the header first.
    const junk = new Uint8Array(4096).fill(0xff);
    const honest = bombEntries.map((e) => (e.path === SHEET1 ? { ...e, stored: junk, declaredSize: BOMB_BYTES } : e));
    expect(readError(craftZip(honest))).toBe(
      "expands to more than 100 MB when unzipped; refused as a possible zip bomb",
    );
  });

  it("never inflates parts the requested names do not need", () => {
    // Only "Other" (sheet2.xml) is read: the bomb in sheet1.xml stays packed.
    const result = readXlsx(craftZip(bombEntries), ["WRES_Other"]);
    if (!result.ok) throw new Error(result.error);
    expect(rangeOf(result.workbook, "WRES_Other").cells).toEqual([
      [{ type: "number", value: 7, numberFormat: "General" }],
    ]);
  });
});
