/** Tells apart the files people save with an .xlsx name that are not zip archives. */

import { FAULT, XlsxFault } from "./fault";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
/** An encrypted .xlsx is an OLE compound file holding a stream of this name (UTF-16LE). */
const ENCRYPTED_STREAM_NAME = utf16le("EncryptedPackage");

/**
 * The fault for bytes that hold no readable zip directory: a truncated zip, an encrypted
 * workbook, an old .xls, or something else altogether.
 */
export function faultForNonZip(bytes: Uint8Array): XlsxFault {
  if (bytes.length === 0) return FAULT.empty();
  if (startsWith(bytes, ZIP_LOCAL_HEADER)) return FAULT.truncated();
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return indexOfBytes(bytes, ENCRYPTED_STREAM_NAME) >= 0 ? FAULT.encrypted() : FAULT.oldXls();
  }
  return looksLikeText(bytes) ? FAULT.textFile() : FAULT.notZip();
}

/** How much of a file is looked at to tell text from binary. */
const TEXT_SAMPLE_BYTES = 4096;

/**
 * Text (CSV, HTML, a note) in any common encoding: a byte-order mark, or no control bytes
 * other than tab, line ends, form feed and escape in its first few KB.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const end = Math.min(bytes.length, TEXT_SAMPLE_BYTES);
  for (let i = 0; i < end; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return false;
    if (b === 0x7f) return false;
  }
  return true;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  const last = haystack.length - needle.length;
  for (let i = haystack.indexOf(first); i >= 0 && i <= last; i = haystack.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && haystack[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i * 2] = code & 0xff;
    out[i * 2 + 1] = code >> 8;
  }
  return out;
}
