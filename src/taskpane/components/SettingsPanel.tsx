/** The thresholds the standard leaves open: edited, checked by the domain, saved in the document, or reset. */

import { useState } from "react";
import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  OverlayDrawer,
  tokens,
  useId,
} from "@fluentui/react-components";
import { DEFAULT_SETTINGS, SETTING_DESCRIPTIONS, type Settings } from "../../wres/settings";
import type { PaneError, PaneResult } from "../wres-service";
import { DismissIcon } from "./icons";
import { formValuesOf, NUMBER_SETTINGS, readSettingsForm, type SettingsFormValues } from "./settings-form";
import { sameSettings, SETTING_LABELS, settingsUsedText } from "./wording";

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
  footer: { flexWrap: "wrap" },
});

export interface SettingsPanelProps {
  open: boolean;
  /** The settings the next operation will use (loaded or last saved). */
  settings: Settings;
  /** The settings the results on screen were computed with, if any are shown. */
  resultsSettings: Settings | null;
  /** Resolves to the service's result: on success the panel closes, else it shows the error. */
  onSave: (settings: Settings) => Promise<PaneResult>;
  onClose: () => void;
}

export function SettingsPanel({ open, onClose, ...formProps }: SettingsPanelProps) {
  return (
    <OverlayDrawer
      open={open}
      position="end"
      size="full"
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
      }}
    >
      <DrawerHeader>
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
function useSettingsForm({ settings, onSave, onClose }: Omit<SettingsFormProps, "resultsSettings">) {
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

function SettingsForm({ resultsSettings, ...props }: SettingsFormProps) {
  const styles = useStyles();
  const form = useSettingsForm(props);
  return (
    <>
      <DrawerBody className={styles.body}>
        <p className={styles.text}>
          The thresholds the standard leaves open. They are kept with the workbook and used by the next Calculate or
          Validate.
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
            hint={`${SETTING_DESCRIPTIONS[key]} (${key}).`}
            validationState={form.reading.problems[key] ? "error" : "none"}
            validationMessage={form.reading.problems[key]}
          >
            <SettingInput value={form.values[key]} onChange={form.set(key)} />
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
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" disabled={!form.reading.settings || form.saving} onClick={form.save}>
          {form.saving ? "Saving…" : "Save"}
        </Button>
        <Button onClick={form.reset}>Reset to defaults</Button>
        <Button onClick={props.onClose}>Cancel</Button>
      </DrawerFooter>
    </>
  );
}

/** A threshold's text box, as wide as the pane allows. */
function SettingInput({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const styles = useStyles();
  return <Input className={styles.input} inputMode="decimal" value={value} onChange={(_, d) => onChange(d.value)} />;
}

/** The relative likelihood band: two bounds under one label, with one message for the pair. */
function RlBandFields({ form }: { form: SettingsFormState }) {
  const styles = useStyles();
  const labelId = useId("rl-band-label");
  const problem = form.reading.problems.rlBand;
  return (
    <div className={styles.group} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={styles.groupLabel}>
        {SETTING_LABELS.rlBand}
      </span>
      <span className={styles.hint}>{SETTING_DESCRIPTIONS.rlBand} (rlBand).</span>
      <div className={styles.pair}>
        <Field className={styles.pairField} label="Lower bound" validationState={problem ? "error" : "none"}>
          <SettingInput value={form.values.rlBandLower} onChange={form.set("rlBandLower")} />
        </Field>
        <Field
          className={styles.pairField}
          label="Upper bound"
          validationState={problem ? "error" : "none"}
          validationMessage={problem}
        >
          <SettingInput value={form.values.rlBandUpper} onChange={form.set("rlBandUpper")} />
        </Field>
      </div>
    </div>
  );
}
