/** What Excel said when it refused a write, in a few words for a sentence: its code, or the message. */
export function excelRefusal(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string") {
    return `Excel refused it (${error.code})`;
  }
  return `Excel refused it (${error instanceof Error ? error.message : String(error)})`;
}
