/*
 * Runs before the pane's bundle, in ES5 that every webview parses, Internet Explorer 11
 * included. Excel 2016 and 2019 (and Microsoft 365 on old Windows 10 without WebView2) run
 * add-ins in Internet Explorer 11 or the old Edge (EdgeHTML), whose engines cannot parse the
 * pane's bundle (ES2020): the pane would say "Loading…" forever. Those engines, and any webview
 * older than the bundle's target (it lacks the ES2020 built-ins tested here), get a plain
 * message instead, and the flag tells the bundle not to start.
 */
/* global window, document */
(function () {
  var ua = window.navigator.userAgent;
  var oldEngine = /Trident\/|MSIE |Edge\/\d/.test(ua);
  var tooOld =
    typeof Promise === "undefined" ||
    typeof Promise.allSettled !== "function" ||
    typeof Object.fromEntries !== "function" ||
    typeof String.prototype.matchAll !== "function" ||
    // Fluent UI's focus management uses WeakRef (Safari 14.1).
    typeof WeakRef !== "function";
  if (!oldEngine && !tooOld) return;
  window.__wresUnsupportedWebview = true;
  var container = document.getElementById("container");
  if (!container) return;
  var text =
    "This version of Excel runs add-ins in an old browser engine (Internet Explorer or the old Edge) " +
    "that the WRES add-in cannot run in. Use Excel on the web, Microsoft 365 or Excel 2021 or later, " +
    "or the wres command on the workbook file.";
  // One argument per call: Prettier would add a trailing comma after a last argument that wraps (not ES5).
  var message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.appendChild(document.createTextNode(text));
  while (container.firstChild) container.removeChild(container.firstChild);
  container.appendChild(message);
})();
