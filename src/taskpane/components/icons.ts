/**
 * The handful of icons the pane uses, each imported from its own module so that the bundle holds
 * these and no others. Icons are decoration: every one stands next to words that say the same.
 */

export { Calculator20Regular as CalculateIcon } from "@fluentui/react-icons/svg/calculator";
export { ChevronRight16Regular as ChevronIcon } from "@fluentui/react-icons/svg/chevron-right";
export { CheckmarkCircle16Filled as GoodIcon } from "@fluentui/react-icons/svg/checkmark-circle";
export { Dismiss16Regular as DismissIcon } from "@fluentui/react-icons/svg/dismiss";
export { DocumentArrowDown20Regular as ReportIcon } from "@fluentui/react-icons/svg/document-arrow-down";
export { ErrorCircle16Filled as ErrorIcon } from "@fluentui/react-icons/svg/error-circle";
export { FolderOpen20Regular as OpenFileIcon } from "@fluentui/react-icons/svg/folder-open";
export { Info16Filled as InfoIcon } from "@fluentui/react-icons/svg/info";
export { Settings20Regular as SettingsIcon } from "@fluentui/react-icons/svg/settings";
export { SubtractCircle16Regular as NeutralIcon } from "@fluentui/react-icons/svg/subtract-circle";
export { Warning16Filled as WarningIcon, Warning16Regular as GapIcon } from "@fluentui/react-icons/svg/warning";
