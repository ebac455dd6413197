/// <reference types="office-js" />
/**
 * The task pane's entry: once office.js says where the pane is, pick the service (the live
 * workbook in Excel, a workbook file in a browser) and render the App with Office's theme. If
 * even that fails, the page says so in words: never a blank pane.
 */

import { createRoot } from "react-dom/client";
import { FluentProvider, makeStaticStyles } from "@fluentui/react-components";
import { App } from "./components/App";
import { useOfficeColours, useOfficeTheme, type OfficeThemeColours } from "./components/theme";
import { TEMPLATE_URL } from "./services/assets";
import { createService } from "./services/create-service";
import type { WresService } from "./wres-service";

const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

/** Office's theme in Excel; nothing in a browser (the system's light or dark setting then decides). */
function officeTheme(): OfficeThemeColours | null {
  return typeof Office === "undefined" ? null : (Office.context?.officeTheme ?? null);
}

function Pane({ service }: { readonly service: WresService }) {
  usePageStyles();
  const theme = useOfficeTheme(useOfficeColours(officeTheme));
  return (
    <FluentProvider theme={theme} style={{ minHeight: "100vh" }}>
      <App service={service} templateUrl={TEMPLATE_URL} />
    </FluentProvider>
  );
}

function showStartFailure(container: HTMLElement, error: unknown): void {
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = `The WRES add-in could not start: ${error instanceof Error ? error.message : String(error)}. Close the pane and open it again.`;
  container.replaceChildren(message);
}

/** Set by legacy-guard.js (ES5, run first) in a webview too old for the pane: it has said so already. */
const unsupportedWebview = (): boolean =>
  (window as Window & { __wresUnsupportedWebview?: boolean }).__wresUnsupportedWebview === true;

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container || unsupportedWebview()) return;
  try {
    const service = await createService();
    createRoot(container).render(<Pane service={service} />);
  } catch (error) {
    showStartFailure(container, error);
  }
}

void start();
