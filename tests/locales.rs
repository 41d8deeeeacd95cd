//! The Swedish and English resources say the same messages with the same placeholders, every
//! message the code asks for exists, and no finding is made from untranslated text.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kontakt::i18n::RESOURCES;

/// The variables a pattern uses, selectors and nested placeables included.
fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for v in variants {
                variables(&v.value, found);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

/// Each message of a language with the variables it uses.
fn messages(texts: &[&str]) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for text in texts {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("not Fluent: {errors:?}"));
        for entry in &resource.body {
            if let Entry::Message(m) = entry {
                let mut found = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut found);
                }
                assert!(
                    all.insert(m.id.name.to_string(), found).is_none(),
                    "{} defined twice",
                    m.id.name
                );
            }
        }
    }
    all
}

#[test]
fn both_languages_have_every_message_with_the_same_placeholders() {
    let [(sv_name, sv), (en_name, en)] = RESOURCES;
    assert_eq!((sv_name, en_name), ("sv", "en"));
    let (sv, en) = (messages(&sv), messages(&en));
    let only_sv: Vec<&String> = sv.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<&String> = en.keys().filter(|k| !sv.contains_key(*k)).collect();
    assert!(only_sv.is_empty(), "only in Swedish: {only_sv:?}");
    assert!(only_en.is_empty(), "only in English: {only_en:?}");
    for (id, vars) in &en {
        assert_eq!(&sv[id], vars, "{id}: placeholders differ between en and sv");
    }
}

/// The calls `tr!("id", a = …, b = …)` in `text`: each id with its top-level argument names.
fn calls(text: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("tr!(\"") {
        // `tr!(` itself, not the end of `include_str!(`.
        let macro_call = !rest[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        rest = &rest[at + 5..];
        if !macro_call {
            continue;
        }
        let Some(end) = rest.find('"') else { break };
        let id = rest[..end].to_string();
        // The arguments: up to the call's closing parenthesis, split at top-level commas.
        let mut depth = 1;
        let mut in_string = false;
        let mut pieces = vec![String::new()];
        for c in rest[end + 1..].chars() {
            match c {
                '"' => in_string = !in_string,
                '(' | '[' | '{' if !in_string => depth += 1,
                ')' | ']' | '}' if !in_string => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                ',' if !in_string && depth == 1 => {
                    pieces.push(String::new());
                    continue;
                }
                _ => {}
            }
            if let Some(last) = pieces.last_mut() {
                last.push(c);
            }
        }
        let args = pieces
            .iter()
            .filter_map(|p| {
                let (name, _) = p.split_once('=')?;
                let name = name.trim();
                (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                    .then(|| name.to_string())
            })
            .collect();
        found.push((id, args));
    }
    found
}

/// Every `tr!("id", a = …)` in the source: the id exists, and its arguments are exactly the
/// message's placeholders.
#[test]
fn every_message_the_code_asks_for_exists_with_its_arguments() {
    let en = messages(&RESOURCES[1].1);
    let mut problems = Vec::new();
    let mut seen = 0;
    for file in source_files() {
        let text = std::fs::read_to_string(&file).unwrap();
        for (id, given) in calls(&text) {
            seen += 1;
            match en.get(&id) {
                None => problems.push(format!("{}: {id} is in no resource", file.display())),
                Some(vars) if *vars != given => problems.push(format!(
                    "{}: {id} is given {given:?} but uses {vars:?}",
                    file.display()
                )),
                Some(_) => {}
            }
        }
    }
    assert!(seen > 100, "{seen}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn source_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

#[test]
fn swedish_and_english_reports_differ_only_in_words() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("in")).unwrap();
    std::fs::write(
        dir.path().join("in/syd.csv"),
        "Namn;E-post;Telefon;Län\nAnna Berg;anna.berg@malmo;040-34 10;Skane\n",
    )
    .unwrap();
    let run = |lang: &str, env: &[(&str, &str)]| {
        let mut cmd = assert_cmd::Command::cargo_bin("kontakt").unwrap();
        cmd.current_dir(dir.path())
            .env_remove("GITHUB_STEP_SUMMARY")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8")
            .args(["check", "in", "--color", "never"]);
        if !lang.is_empty() {
            cmd.args(["--lang", lang]);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let sv = run("", &[("LANG", "sv_SE.UTF-8")]);
    assert_eq!(run("sv", &[]), sv);
    let en = run("en", &[("LANG", "sv_SE.UTF-8")]);
    assert_eq!(run("", &[]), en);
    assert!(sv.contains("fel[phone-invalid]"), "{sv}");
    assert!(sv.contains(" = hjälp: "), "{sv}");
    assert!(
        sv.ends_with("i 1 fil; 1 kontakt, 1 region, 0/21 län\n"),
        "{sv}"
    );
    assert!(en.contains("error[phone-invalid]"), "{en}");
    assert!(
        en.ends_with("in 1 file; 1 contact, 1 region, 0/21 län\n"),
        "{en}"
    );
    // The same findings, in the same places, with the same codes.
    let codes = |s: &str| -> Vec<String> {
        s.lines()
            .filter_map(|l| {
                l.split_once('[')
                    .map(|(_, r)| r.split(']').next().unwrap().to_string())
            })
            .collect()
    };
    assert_eq!(codes(&sv), codes(&en));
}
