/**
 * Built-ins newer than the oldest webview that runs the pane (Safari 14.1, Excel for Mac on
 * macOS 11: see BUNDLE_TARGET in webpack.config.js), defined where missing. Imported first by
 * the pane's entry. Only what the bundle calls: test/build/bundle-target.test.ts lists the
 * too-new built-ins found in the built bundle and fails on any not defined here.
 */

/** The too-new built-ins this module defines where missing. */
export const DEFINED_WHERE_MISSING = ["Object.hasOwn"] as const;

type ObjectWithHasOwn = ObjectConstructor & { hasOwn?: (object: object, key: PropertyKey) => boolean };

export function defineMissingBuiltins(objectConstructor: ObjectWithHasOwn = Object): void {
  // Object.hasOwn: Safari 15.4. Our own code no longer calls it; this covers a dependency that does.
  if (typeof objectConstructor.hasOwn !== "function") {
    Object.defineProperty(objectConstructor, "hasOwn", {
      value: (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key),
      configurable: true,
      writable: true,
    });
  }
}

defineMissingBuiltins();
