/**
 * Light or dark: Office's own theme when the host gives one, else the system's
 * `prefers-color-scheme`. `index.tsx` passes the result to its FluentProvider; components use
 * Fluent tokens only, so they follow whichever theme is set.
 */

import { useEffect, useState } from "react";
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of `Office.context.officeTheme` the choice needs (no Office types here: the caller passes it). */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string | null;
  /** Newer hosts say it outright. */
  readonly isDarkTheme?: boolean | null;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** Relative luminance (WCAG) of "#RRGGBB" or "#RGB", or null when it is not such a colour. */
export function luminance(colour: string): number | null {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return null;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether to use the dark theme: Office's flag, else its body background, else the system's preference. */
export function isDarkTheme(office: OfficeThemeColours | null | undefined, systemPrefersDark: boolean): boolean {
  if (typeof office?.isDarkTheme === "boolean") return office.isDarkTheme;
  const lum = office?.bodyBackgroundColor ? luminance(office.bodyBackgroundColor) : null;
  // Office's dark and black themes have body backgrounds far below mid-grey; colorful and white far above.
  if (lum !== null) return lum < 0.2;
  return systemPrefersDark;
}

/** Pure: the Fluent theme for these inputs. */
export function pickTheme(office: OfficeThemeColours | null | undefined, systemPrefersDark: boolean): Theme {
  return isDarkTheme(office, systemPrefersDark) ? webDarkTheme : webLightTheme;
}

function systemPrefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(DARK_QUERY).matches
    : false;
}

/**
 * The Fluent theme for the task pane, following the system's light/dark setting as it changes.
 * Pass Office's theme colours (see `useOfficeColours`, which reads them again as the pane regains focus).
 */
export function useOfficeTheme(office?: OfficeThemeColours | null): Theme {
  const [prefersDark, setPrefersDark] = useState(systemPrefersDark);
  useEffect(() => {
    if (typeof window === "undefined" || typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(DARK_QUERY);
    const onChange = (e: MediaQueryListEvent): void => setPrefersDark(e.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return pickTheme(office, prefersDark);
}

/**
 * Office's theme colours, read again whenever the pane regains focus or becomes visible: the
 * theme is changed in Office's own settings, outside the pane, and Excel raises no
 * theme-changed event for add-ins, so coming back to the pane is when to look.
 */
export function useOfficeColours(read: () => OfficeThemeColours | null): OfficeThemeColours | null {
  const [colours, setColours] = useState(read);
  useEffect(() => {
    const refresh = (): void =>
      setColours((previous) => {
        const now = read();
        const same =
          previous?.isDarkTheme === now?.isDarkTheme && previous?.bodyBackgroundColor === now?.bodyBackgroundColor;
        return same ? previous : now;
      });
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [read]);
  return colours;
}
