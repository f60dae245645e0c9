//! guardia-web: the portal islands in WebAssembly. Being written.
