/**
 * The workbook has no WRES names: say so, and offer what helps, first: in Excel, inserting the
 * template; in file mode, opening another workbook, then the template to download.
 */

import type { Ref } from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useSectionHeadingStyles } from "./section-heading";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  text: { margin: 0 },
  // A plain link styled as Fluent's, which saves its component in the initial bundle.
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface NotWresMessageProps {
  fileName: string | null;
  canInsertTemplate: boolean;
  busy: boolean;
  onInsertTemplate: () => void;
  /** Where the blank template can be downloaded from. */
  templateUrl: string;
  /** Called as the download link is followed; true when the host opened the template itself (Mac). */
  onDownloadTemplate: () => boolean;
  headingRef: Ref<HTMLHeadingElement>;
  /** File mode: opens another workbook (the main button there). */
  onOpenFile?: () => void;
}

export function NotWresMessage(props: NotWresMessageProps) {
  const {
    fileName,
    canInsertTemplate,
    busy,
    onInsertTemplate,
    templateUrl,
    onDownloadTemplate,
    headingRef,
    onOpenFile,
  } = props;
  const styles = useStyles();
  const heading = useSectionHeadingStyles();
  return (
    <section className={styles.root} aria-label="Not a WRES workbook">
      <h2 ref={headingRef} tabIndex={-1} className={mergeClasses(heading.heading, heading.first)}>
        {fileName ? `${fileName} is not a WRES workbook` : "This is not a WRES workbook"}
      </h2>
      <p className={styles.text}>
        It has no WRES names (no defined name starts with WRES_), so there is nothing to calculate.
      </p>
      {canInsertTemplate ? (
        <>
          <p className={styles.text}>
            Insert the WRES template&apos;s sheets into this workbook, fill in the input cells, then Calculate.
          </p>
          <Button appearance="primary" disabledFocusable={busy} onClick={onInsertTemplate}>
            Insert template
          </Button>
        </>
      ) : (
        <>
          {onOpenFile && (
            <Button appearance="primary" onClick={onOpenFile}>
              Open another workbook…
            </Button>
          )}
          <p className={styles.text}>
            The template can&apos;t be inserted here. Download it, fill it in with Excel, then open it.
          </p>
          <a
            className={styles.link}
            href={templateUrl}
            download="wres-template.xlsx"
            onClick={(event) => {
              if (onDownloadTemplate()) event.preventDefault();
            }}
          >
            Download the WRES template (.xlsx)
          </a>
        </>
      )}
    </section>
  );
}
