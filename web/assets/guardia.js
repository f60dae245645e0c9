// Loads the portal's WebAssembly islands. The page's CSP allows only same-origin
// scripts and wasm compilation ('wasm-unsafe-eval'), so this file is the only script.
// Two bundles: a page fetches only the one its islands need.
const has = (kind) => document.querySelector(`[data-guardia="${kind}"]`) !== null;

async function start(name) {
  const bundle = await import(`./pkg/guardia_${name}.js`);
  await bundle.default();
  bundle.mount();
}

if (has("checklist") || has("health")) await start("live");
if (has("env-validator")) await start("env");
