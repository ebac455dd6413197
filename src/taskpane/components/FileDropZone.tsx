/**
 * File mode: an .xlsx dropped anywhere on the pane is opened, with a hint while it is dragged
 * over. The listeners are on the window, not on one element, so that a drop outside the content
 * is still caught (left alone, the WebView would navigate to the dropped file). Where the browser
 * gives the dropped file's handle (Edge, Chrome), that is opened, so that each check reads it again.
 */

import { useEffect, useRef, useState, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { workbookFromDrop } from "../services/workbook-files";
import type { WorkbookSource } from "../wres-service";

const useStyles = makeStyles({
  hint: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    padding: tokens.spacingVerticalS,
    textAlign: "center",
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const carriesFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes("Files");

export interface FileDropZoneProps {
  enabled: boolean;
  onFile: (source: WorkbookSource) => void;
  children: ReactNode;
}

export function FileDropZone({ enabled, onFile, children }: FileDropZoneProps) {
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  const onFileRef = useRef(onFile);
  useEffect(() => {
    onFileRef.current = onFile;
  });

  useEffect(() => {
    if (!enabled) return;
    // dragenter/dragleave fire for every element crossed: count them to know when the file really left.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // allows the drop
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void workbookFromDrop(e.dataTransfer).then((source) => {
        if (source) onFileRef.current(source);
      });
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [enabled]);

  return (
    <>
      {dragging && (
        <div className={styles.hint} aria-hidden>
          Drop the .xlsx workbook to check it
        </div>
      )}
      {children}
    </>
  );
}
