// An event's old address (its month page and anchor, shared before its date was corrected into
// another month) finds the event: when the anchor is not on this page, go to the event's permanent
// address (e/<event>.html), which sends the reader to wherever the event is now.
(function () {
  var script = document.currentScript;
  if (!script || !location.hash || !/\/timeline\//.test(location.pathname)) return;
  var id = decodeURIComponent(location.hash.slice(1));
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return;
  function check() {
    if (document.getElementById(id)) return;
    try {
      if (sessionStorage.getItem("tl-moved-" + id)) return;  // been there once: no loop
      sessionStorage.setItem("tl-moved-" + id, "1");
    } catch (error) { /* storage refused (a private window): go once anyway */ }
    location.replace(new URL("../e/" + id + ".html", script.src).href);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", check);
  else check();
})();
