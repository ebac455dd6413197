/** @jest-environment jsdom */
/** The pane follows a change of Office's theme made while it was open, once it regains focus. */

import { act, renderHook } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useOfficeColours, useOfficeTheme, type OfficeThemeColours } from "../../src/taskpane/components/theme";
import "./dom-stubs";

test("Office's theme is read again when the pane regains focus or becomes visible", () => {
  let office: OfficeThemeColours = { bodyBackgroundColor: "#FFFFFF" };
  const read = () => office;
  const { result } = renderHook(() => useOfficeTheme(useOfficeColours(read)));
  expect(result.current).toBe(webLightTheme);

  office = { bodyBackgroundColor: "#262626" }; // the user picks Office's dark grey theme
  expect(result.current).toBe(webLightTheme); // nothing tells the pane yet
  act(() => {
    window.dispatchEvent(new Event("focus"));
  });
  expect(result.current).toBe(webDarkTheme);

  office = { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" };
  act(() => {
    document.dispatchEvent(new Event("visibilitychange"));
  });
  expect(result.current).toBe(webLightTheme);
});
