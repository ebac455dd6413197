/// <reference types="office-js" />
/**
 * The add-in's values kept in the document (Excel's per-add-in `workbook.settings`), by key.
 * The queue functions add to a batch that the caller syncs with its other commands; the read
 * and write functions are a batch of their own, one sync each.
 */

/** Queues the read of one stored value, to be taken by `storedValue` after the sync. */
export function queueSettingRead(context: Excel.RequestContext, key: string): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(key).load("value");
}

/** After the sync: the value of a setting queued by `queueSettingRead`, or undefined when none is stored. */
export function storedValue(setting: Excel.Setting): unknown {
  return setting.isNullObject ? undefined : setting.value;
}

export function queueSettingWrite(context: Excel.RequestContext, key: string, value: string): void {
  context.workbook.settings.add(key, value);
}

/** The value stored under `key`, or undefined when none is: one sync. */
export async function readDocumentSetting(context: Excel.RequestContext, key: string): Promise<unknown> {
  const setting = queueSettingRead(context, key);
  await context.sync();
  return storedValue(setting);
}

/** Stores `value` under `key`, replacing what was there: one sync. */
export async function writeDocumentSetting(context: Excel.RequestContext, key: string, value: string): Promise<void> {
  queueSettingWrite(context, key, value);
  await context.sync();
}
