//! Generation never panics, and what it emits always parses with syn: an error is allowed
//! only as a located diagnostic about the input, never an internal one.
#![no_main]

mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let Some((ws, m, false)) = common::model_bytes(data) else {
        return;
    };
    for (api, model) in ws.apis.iter().zip(&m.apis) {
        if let Err(d) = specforge::codegen::generate_crate(api, model, &ws.sources) {
            assert!(!d.message.contains("internal error"), "{}", d.message);
        }
    }
});
