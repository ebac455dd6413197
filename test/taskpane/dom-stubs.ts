/**
 * What jsdom lacks and the pane (or the code under it) uses. Imported first by `support.tsx`,
 * before any module that needs these at load time (the .xlsx reader makes its TextDecoder then).
 */

import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;

// Fluent UI measures with ResizeObserver (overflow, positioning); jsdom does no layout, so a stub that never fires.
if (!("ResizeObserver" in g)) {
  g.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

// prefers-color-scheme and prefers-reduced-motion: a light system that animates nothing.
if (typeof window !== "undefined" && typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string): MediaQueryList =>
    ({
      matches: query.includes("reduce"),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

if (!("TextDecoder" in g)) g.TextDecoder = TextDecoder;
if (!("TextEncoder" in g)) g.TextEncoder = TextEncoder;

// jsdom does no layout: every box is 0 × 0 and every offsetParent null. Tabster (Fluent's keyboard
// navigation) reads those as "hidden" and then finds nothing to Tab to. So the body gets the size
// of a narrow task pane, 320 × 800, as the window has, and an element shown (no `display: none`
// on it or above it) has its parent as offsetParent.
if (typeof window !== "undefined") {
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement): Element | null {
      if (!this.isConnected) return null;
      const shown = (e: Element | null): boolean =>
        e === null || (window.getComputedStyle(e).display !== "none" && shown(e.parentElement));
      return shown(this) ? this.parentElement : null;
    },
  });
  const pane = { x: 0, y: 0, top: 0, left: 0, width: 320, height: 800, right: 320, bottom: 800 };
  HTMLBodyElement.prototype.getBoundingClientRect = () => ({ ...pane, toJSON: () => pane }) as DOMRect;
  Object.defineProperty(window, "innerWidth", { configurable: true, value: 320 });
  Object.defineProperty(window, "innerHeight", { configurable: true, value: 800 });
}
