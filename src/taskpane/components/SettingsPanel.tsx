/**
 * The thresholds the standard leaves open: edited in the results' units, checked by the domain,
 * saved (in the workbook, or for the page's life in file mode), or reset. Focus goes back to what
 * opened the panel when it closes.
 */

import { useEffect, useRef, useState } from "react";
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  tokens,
  useId,
} from "@fluentui/react-components";
import { DEFAULT_SETTINGS, type Settings } from "../../wres/settings";
import type { PaneError, PaneResult } from "../wres-service";
import { DismissIcon } from "./icons";
import { formValuesOf, NUMBER_SETTINGS, readSettingsForm, type SettingsFormValues } from "./settings-form";
import {
  sameSettings,
  SETTING_HINTS,
  SETTING_LABELS,
  SETTING_UNITS,
  settingsUsedText,
  settingValueText,
  type NumberSetting,
} from "./wording";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupLabel: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  pair: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  pairField: { flex: "1 1 100px", minWidth: 0 },
  // Fluent's Input keeps its text box's natural width (about 20 characters); here it fits the pane.
  input: { width: "100%", minWidth: 0, "& input": { minWidth: 0, width: "100%" } },
  problem: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200, margin: 0 },
  footer: {
    flexWrap: "wrap",
    // At 200 % zoom (160 CSS px) the three buttons must not take half the height.
    "@media (max-width: 320px)": {
      columnGap: tokens.spacingHorizontalS,
      rowGap: tokens.spacingVerticalXS,
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    },
  },
  reset: { alignSelf: "flex-start" },
  footerButton: {
    "@media (max-width: 320px)": { minWidth: 0, flexGrow: 0, paddingInline: tokens.spacingHorizontalS },
  },
  narrowPadding: {
    "@media (max-width: 320px)": { paddingInline: tokens.spacingHorizontalS },
  },
});

const UNIT_WORDS: Record<(typeof SETTING_UNITS)[NumberSetting], string | null> = {
  points: "points",
  percent: "%",
  count: null,
};

export interface SettingsPanelProps {
  open: boolean;
  /** The settings the next operation will use (loaded or last saved). */
  settings: Settings;
  /** The settings the results on screen were computed with, if any are shown. */
  resultsSettings: Settings | null;
  /** Resolves to the service's result: on success the panel closes, else it shows the error. */
  onSave: (settings: Settings) => Promise<PaneResult>;
  onClose: () => void;
  /** Where saved settings are kept: in the workbook (Excel) or, in file mode, until the page is closed. */
  mode?: "excel" | "file";
}

/** Remembers what had focus as the panel opens, and gives focus back to it once the panel has closed. */
function useFocusReturn(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  // Read while rendering the opening, before the drawer moves focus into itself.
  if (open && opener.current === null && typeof document !== "undefined") {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  useEffect(() => {
    if (open || !opener.current) return;
    const target = opener.current;
    opener.current = null;
    target.focus();
    // The drawer's own focus handling may still run as it leaves: take focus back if it lands on nothing.
    const timer = setTimeout(() => {
      if (document.activeElement === null || document.activeElement === document.body) target.focus();
    }, 300);
    return () => clearTimeout(timer);
  }, [open]);
}

export function SettingsPanel({ open, onClose, ...formProps }: SettingsPanelProps) {
  const styles = useStyles();
  useFocusReturn(open);
  return (
    <OverlayDrawer
      open={open}
      position="end"
      size="full"
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader className={styles.narrowPadding}>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label="Close settings" icon={<DismissIcon />} onClick={onClose} />}
        >
          Settings
        </DrawerHeaderTitle>
      </DrawerHeader>
      {/* Mounted only while open, so each opening starts from the saved settings. */}
      {open && <SettingsForm {...formProps} onClose={onClose} />}
    </OverlayDrawer>
  );
}

type SettingsFormProps = Omit<SettingsPanelProps, "open">;

/** The form's values as typed, the domain's reading of them, and saving them. */
function useSettingsForm({ settings, onSave, onClose }: Pick<SettingsFormProps, "settings" | "onSave" | "onClose">) {
  const [values, setValues] = useState<SettingsFormValues>(() => formValuesOf(settings));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<PaneError | null>(null);
  const reading = readSettingsForm(values);
  const save = async () => {
    if (!reading.settings) return;
    setSaving(true);
    setSaveError(null);
    const saved = await onSave(reading.settings);
    setSaving(false);
    if (saved.ok) onClose();
    else setSaveError(saved.error);
  };
  return {
    values,
    reading,
    saving,
    saveError,
    set: (field: keyof SettingsFormValues) => (text: string) => setValues((v) => ({ ...v, [field]: text })),
    save: () => void save(),
    reset: () => setValues(formValuesOf(DEFAULT_SETTINGS)),
  };
}

type SettingsFormState = ReturnType<typeof useSettingsForm>;

function SettingsForm({ resultsSettings, mode = "excel", ...props }: SettingsFormProps) {
  const styles = useStyles();
  const form = useSettingsForm(props);
  return (
    <>
      <DrawerBody className={mergeClasses(styles.body, styles.narrowPadding)}>
        <p className={styles.text}>
          The thresholds the standard leaves open.{" "}
          {mode === "file"
            ? "They are used by the next check of this file and last until this page is closed."
            : "They are kept with the workbook and used by the next Calculate or Validate."}
        </p>
        {resultsSettings && (
          <p className={styles.text}>
            The results shown used {settingsUsedText(resultsSettings)}
            {sameSettings(resultsSettings, props.settings) ? "." : "; the saved settings differ, so calculate again."}
          </p>
        )}
        <RlBandFields form={form} />
        {NUMBER_SETTINGS.map((key) => (
          <Field
            key={key}
            label={SETTING_LABELS[key]}
            hint={`${SETTING_HINTS[key]} Default: ${settingValueText(key, DEFAULT_SETTINGS)}.`}
            validationState={form.reading.problems[key] ? "error" : "none"}
            validationMessage={form.reading.problems[key]}
          >
            <SettingInput value={form.values[key]} onChange={form.set(key)} unit={UNIT_WORDS[SETTING_UNITS[key]]} />
          </Field>
        ))}
        {form.saveError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{form.saveError.message}</MessageBarTitle>
              {form.saveError.advice}
            </MessageBarBody>
          </MessageBar>
        )}
        {/* In the form rather than the footer, which keeps to one row however narrow the pane. */}
        <Button className={styles.reset} onClick={form.reset}>
          Reset to defaults
        </Button>
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button
          className={styles.footerButton}
          appearance="primary"
          disabled={!form.reading.settings || form.saving}
          onClick={form.save}
        >
          {form.saving ? "Saving…" : "Save"}
        </Button>
        <Button className={styles.footerButton} onClick={props.onClose}>
          Cancel
        </Button>
      </DrawerFooter>
    </>
  );
}

interface SettingInputProps {
  value: string;
  onChange: (text: string) => void;
  /** "points" or "%" after the number, or null. */
  unit?: string | null;
  "aria-describedby"?: string;
}

/** A threshold's text box, as wide as the pane allows, with its unit after the number. */
function SettingInput({ value, onChange, unit = null, ...aria }: SettingInputProps) {
  const styles = useStyles();
  return (
    <Input
      {...aria}
      className={styles.input}
      inputMode="decimal"
      value={value}
      contentAfter={unit ?? undefined}
      onChange={(_, d) => onChange(d.value)}
    />
  );
}

/** The relative likelihood band: two bounds under one label, with one message for the pair, tied to both. */
function RlBandFields({ form }: { form: SettingsFormState }) {
  const styles = useStyles();
  const labelId = useId("rl-band-label");
  const hintId = useId("rl-band-hint");
  const problemId = useId("rl-band-problem");
  const problem = form.reading.problems.rlBand;
  const describedBy = problem ? `${hintId} ${problemId}` : hintId;
  return (
    <div className={styles.group} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={styles.groupLabel}>
        {SETTING_LABELS.rlBand}
      </span>
      <span id={hintId} className={styles.hint}>
        {SETTING_HINTS.rlBand} Default: {settingValueText("rlBand", DEFAULT_SETTINGS)}.
      </span>
      <div className={styles.pair}>
        <Field className={styles.pairField} label="Lower bound" validationState={problem ? "error" : "none"}>
          <SettingInput
            value={form.values.rlBandLower}
            onChange={form.set("rlBandLower")}
            aria-describedby={describedBy}
          />
        </Field>
        <Field className={styles.pairField} label="Upper bound" validationState={problem ? "error" : "none"}>
          <SettingInput
            value={form.values.rlBandUpper}
            onChange={form.set("rlBandUpper")}
            aria-describedby={describedBy}
          />
        </Field>
      </div>
      {problem && (
        <p id={problemId} className={styles.problem}>
          {problem}
        </p>
      )}
    </div>
  );
}
