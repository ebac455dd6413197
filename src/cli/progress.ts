/**
 * The progress bar of `wres check` on a terminal: "Checking ▕████░░░░▏ 120/250 files…" on one
 * line of stderr, redrawn in place at most a few times a second and cleared at the end, so the
 * output that follows starts on a clean line.
 */

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the bar. */
  clear(): void;
}

const BAR_WIDTH = 24;
const REDRAW_EVERY_MS = 100;
/** Carriage return, then erase the line: the bar is redrawn where it stands. */
const RESTART_LINE = "\r\u001b[2K";

export const NO_PROGRESS: Progress = { update: () => undefined, clear: () => undefined };

export function progressLine(done: number, total: number): string {
  const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  const bar = "█".repeat(filled) + "░".repeat(BAR_WIDTH - filled);
  return `Checking ▕${bar}▏ ${done}/${total} files…`;
}

export function progressBar(write: (text: string) => void, now: () => number = Date.now): Progress {
  let drawn = false;
  let lastDrawn = -Infinity;
  return {
    update(done, total) {
      const t = now();
      if (done < total && t - lastDrawn < REDRAW_EVERY_MS) return;
      lastDrawn = t;
      drawn = true;
      write(RESTART_LINE + progressLine(done, total));
    },
    clear() {
      if (drawn) write(RESTART_LINE);
      drawn = false;
    },
  };
}
