//! The README documents what the binary does: every rule code, and the shipped input's report.

use kontakt::diagnostic::Code;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

/// The README's rule table, as `src/rules.rs` (where `kontakt explain` reads it from) says it.
fn rule_table() -> String {
    let mut table = String::from("| code | severity | what it means |\n| --- | --- | --- |\n");
    for code in Code::ALL {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            code.as_str(),
            code.severity().as_str(),
            kontakt::rules::rule(*code)
                .summary()
                .render(kontakt::i18n::Lang::En)
        ));
    }
    table
}

#[test]
fn the_readme_rule_table_is_the_one_explain_reads() {
    let table = rule_table();
    assert!(
        readme().contains(&table),
        "the README's rule table differs from src/rules.rs; it should read:\n{table}"
    );
}

#[test]
fn the_readme_shows_what_check_prints_on_the_shipped_input() {
    let out = assert_cmd::Command::cargo_bin("kontakt")
        .unwrap()
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C.UTF-8")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["check"])
        .output()
        .unwrap();
    let printed = String::from_utf8(out.stdout).unwrap();
    assert!(
        readme().contains(&format!("```\n{printed}```")),
        "README's example differs from:\n{printed}"
    );
}
