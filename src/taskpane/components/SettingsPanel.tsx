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
import type { PaneError } from "../wres-service";
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
  onSave: (settings: Settings) => Promise<PaneError | null>;
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

function SettingsForm({ settings, resultsSettings, onSave, onClose }: SettingsFormProps) {
  const styles = useStyles();
  const bandLabelId = useId("rl-band-label");
  const [values, setValues] = useState<SettingsFormValues>(() => formValuesOf(settings));
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<PaneError | null>(null);
  const reading = readSettingsForm(values);
  const set = (field: keyof SettingsFormValues) => (text: string) => setValues((v) => ({ ...v, [field]: text }));

  const save = async () => {
    if (!reading.settings) return;
    setSaving(true);
    setSaveError(null);
    const error = await onSave(reading.settings);
    setSaving(false);
    if (error) setSaveError(error);
    else onClose();
  };

  const bandProblem = reading.problems.rlBand;
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
            {sameSettings(resultsSettings, settings) ? "." : "; the saved settings differ, so calculate again."}
          </p>
        )}
        <div className={styles.group} role="group" aria-labelledby={bandLabelId}>
          <span id={bandLabelId} className={styles.groupLabel}>
            {SETTING_LABELS.rlBand}
          </span>
          <span className={styles.hint}>{SETTING_DESCRIPTIONS.rlBand} (rlBand).</span>
          <div className={styles.pair}>
            <Field className={styles.pairField} label="Lower bound" validationState={bandProblem ? "error" : "none"}>
              <Input
                className={styles.input}
                inputMode="decimal"
                value={values.rlBandLower}
                onChange={(_, d) => set("rlBandLower")(d.value)}
              />
            </Field>
            <Field
              className={styles.pairField}
              label="Upper bound"
              validationState={bandProblem ? "error" : "none"}
              validationMessage={bandProblem}
            >
              <Input
                className={styles.input}
                inputMode="decimal"
                value={values.rlBandUpper}
                onChange={(_, d) => set("rlBandUpper")(d.value)}
              />
            </Field>
          </div>
        </div>
        {NUMBER_SETTINGS.map((key) => (
          <Field
            key={key}
            label={SETTING_LABELS[key]}
            hint={`${SETTING_DESCRIPTIONS[key]} (${key}).`}
            validationState={reading.problems[key] ? "error" : "none"}
            validationMessage={reading.problems[key]}
          >
            <Input
              className={styles.input}
              inputMode="decimal"
              value={values[key]}
              onChange={(_, d) => set(key)(d.value)}
            />
          </Field>
        ))}
        {saveError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{saveError.message}</MessageBarTitle>
              {saveError.advice}
            </MessageBarBody>
          </MessageBar>
        )}
      </DrawerBody>
      <DrawerFooter className={styles.footer}>
        <Button appearance="primary" disabled={!reading.settings || saving} onClick={() => void save()}>
          {saving ? "Saving…" : "Save"}
        </Button>
        <Button onClick={() => setValues(formValuesOf(DEFAULT_SETTINGS))}>Reset to defaults</Button>
        <Button onClick={onClose}>Cancel</Button>
      </DrawerFooter>
    </>
  );
}
