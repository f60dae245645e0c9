// `guardia serve` only: reload the page when the site is rebuilt. Polls the server's
// build counter; never part of a normal build.
(function () {
  var seen = null;
  function poll() {
    fetch("/__guardia/build", { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (id) {
        if (seen !== null && id !== seen) { window.location.reload(); return; }
        seen = id;
        setTimeout(poll, 500);
      })
      .catch(function () { setTimeout(poll, 2000); });
  }
  poll();
})();
