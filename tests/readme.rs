//! The README's `console` examples run as tests (trycmd): the output it shows is the output
//! specforge prints, so the two cannot drift apart (issue 17). `...` in an example stands for
//! lines left out, `[..]` for part of a line.

#[test]
fn readme_console_examples() {
    trycmd::TestCases::new()
        .register_bin(
            "specforge",
            std::path::Path::new(env!("CARGO_BIN_EXE_specforge")),
        )
        .env("NO_COLOR", "1")
        .case("README.md");
}
