// The root page: go to the language the browser prefers, if the portal has it. Without
// JavaScript the page lists the languages as links.
(function () {
  var list = document.querySelector("[data-languages]");
  var available = list ? list.getAttribute("data-languages").split(" ") : [];
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split("-")[0];
    if (available.indexOf(code) >= 0) { window.location.replace(code + "/"); return; }
  }
})();
