// Loads the portal's WebAssembly islands. The page's CSP allows only same-origin
// scripts and wasm compilation ('wasm-unsafe-eval'), so this file is the only script.
import init, { mount } from "./pkg/guardia_web.js";

await init();
mount();
