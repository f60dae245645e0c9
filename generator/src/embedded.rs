//! Files built into the binary (see `build.rs`): the default theme, and the browser
//! bundle (`web/pkg/`, `web/assets/`), each as `(relative path, bytes)` sorted by path.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
