/** Types of test-programs.cjs, for the TypeScript tests that load it. */

export interface TestProgram {
  /** What skips without it, e.g. "the browser tests". */
  readonly tests: string;
  /** The test file or folder that needs it, relative to the repository, e.g. "test/e2e/". */
  readonly suite: string;
  /** Why it counts as missing, e.g. "no Chromium at /usr/bin/chromium". */
  readonly absence: string;
  /** The Debian package that installs it. */
  readonly debianPackage: string;
  /** Its path, or null when it is not installed. */
  find(): string | null;
}

export declare const TEST_PROGRAMS: {
  readonly chromium: TestProgram;
  readonly libreoffice: TestProgram;
  readonly libreofficeWriter: TestProgram;
};

export declare function missingProgramLines(
  testFiles: readonly string[],
  programs?: Readonly<Record<string, TestProgram>>,
): string[];
