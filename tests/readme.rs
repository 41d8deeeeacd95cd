//! The README documents what the binary does: every rule code, and the shipped input's report.

use kontakt::diagnostic::Code;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn every_rule_code_is_listed_in_the_readme() {
    let readme = readme();
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| !readme.contains(&format!("| `{c}` |")))
        .collect();
    assert!(
        missing.is_empty(),
        "not in the README's rule table: {missing:?}"
    );
}

#[test]
fn the_readme_shows_what_check_prints_on_the_shipped_input() {
    let out = assert_cmd::Command::cargo_bin("kontakt")
        .unwrap()
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
