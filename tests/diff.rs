//! `kontakt diff` on pairs of months: every kind of change, in all three formats.

mod common;

use common::Fixture;
use insta::assert_snapshot;
use serde_json::{Value, json};

fn last_month() -> Value {
    serde_json::from_slice(&std::fs::read(common::repo().join("output/contacts.json")).unwrap())
        .unwrap()
}

fn contact_mut<'a>(doc: &'a mut Value, id: &str) -> &'a mut Value {
    doc["contacts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["id"] == id)
        .unwrap()
}

/// This month: one of every kind of change against the shipped directory.
fn this_month() -> Value {
    let mut doc = last_month();
    contact_mut(&mut doc, "asa.ekman@socialcentrum.goteborg.se")["phones"][0]["written"] =
        "031-367 93 32".into();
    contact_mut(&mut doc, "mats.paulsson@jamy.se")["role"] = "Nationell samordnare".into();
    contact_mut(&mut doc, "yvonne.magnusson@linkoping.se")["organisation"] =
        "Region Östergötland".into();
    contact_mut(&mut doc, "maria.alden@sundsvall.se")["name"] = "Maria Aldén".into();
    contact_mut(&mut doc, "eva.norlin@umea.se")["emails"][0]["address"] =
        "eva.norlin@umea.com".into();
    let contacts = doc["contacts"].as_array_mut().unwrap();
    contacts.retain(|c| c["id"] != "elin.johansson@malmo.se" && c["region"] != "stockholm");
    contacts.push(json!({"id": "ny.person@malmo.se", "name": "Ny Person", "role": null, "organisation": null, "region": "syd",
        "emails": [{"address": "ny.person@malmo.se"}], "phones": [{"written": "040-34 00 00"}]}));
    for lan in doc["lan"].as_array_mut().unwrap() {
        match lan["code"].as_str().unwrap() {
            "N" => lan["region"] = "syd".into(),
            "AB" | "I" => lan["region"] = Value::Null,
            _ => {}
        }
    }
    doc
}

fn run(f: &Fixture, old: &Value, new: &Value, args: &[&str]) -> common::Run {
    f.write("old.json", serde_json::to_vec(old).unwrap())
        .write("new.json", serde_json::to_vec(new).unwrap());
    let mut all = vec!["diff", "in/old.json", "in/new.json"];
    all.extend_from_slice(args);
    f.run(&all)
}

#[test]
fn every_kind_of_change_human() {
    let f = Fixture::empty();
    let run = run(&f, &last_month(), &this_month(), &[]);
    assert_eq!(run.code, 0);
    assert_snapshot!(run.shown());
}

#[test]
fn every_kind_of_change_markdown() {
    let f = Fixture::empty();
    assert_snapshot!(run(&f, &last_month(), &this_month(), &["--format", "markdown"]).shown());
}

#[test]
fn every_kind_of_change_json() {
    let f = Fixture::empty();
    let r = run(&f, &last_month(), &this_month(), &["--format", "json"]);
    let doc: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc["changed"], true);
    assert_snapshot!(r.shown());
}

#[test]
fn a_region_dropped_one_way_is_added_the_other() {
    let f = Fixture::empty();
    let back = run(&f, &this_month(), &last_month(), &[]);
    back.expect("Stockholm:\n  region added\n");
}

#[test]
fn exit_code_only_when_asked_and_only_on_changes() {
    let f = Fixture::empty();
    assert_eq!(
        run(&f, &last_month(), &last_month(), &["--exit-code"]).shown(),
        "no changes\nexit: 0\n"
    );
    assert_eq!(
        run(&f, &last_month(), &this_month(), &["--exit-code"]).code,
        1
    );
}

#[test]
fn input_folders_are_checked_and_built_in_memory() {
    let f = Fixture::shipped();
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679332");
    let run = f.run(&["diff", common::repo().join("input").to_str().unwrap(), "in"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "no changes\n");
    f.write("vast.csv", vast);
    let run = f.run(&[
        "diff",
        common::repo()
            .join("output/contacts.json")
            .to_str()
            .unwrap(),
        "in",
    ]);
    assert_eq!(
        run.stdout,
        "Väst:\n  Åsa Ekman: phone changed from \"031-367 93 31\" to \"031-367 93 32\"\n0 added, 0 removed, 1 changed, 0 län moved\n"
    );
    let broken = f
        .write("vast.csv", "Namn;E-post;Telefon;Län\nÅsa;x;y;Halland\n")
        .run(&["diff", "in", "in"]);
    assert_eq!(broken.code, 2);
    assert!(
        broken
            .stderr
            .contains("has 3 errors; see `kontakt check in`"),
        "{}",
        broken.stderr
    );
}

#[test]
fn build_says_what_it_changes() {
    let f = Fixture::shipped();
    assert_eq!(f.run(&["build", "in", "--out", "out"]).code, 0);
    let vast = String::from_utf8(f.read("vast.csv"))
        .unwrap()
        .replace("031-3679331", "031-3679332");
    f.write("vast.csv", vast);
    let run = f.run(&["build", "in", "--out", "out"]);
    assert_eq!(
        run.stderr,
        "kontakt: changes against out:\nVäst:\n  Åsa Ekman: phone changed from \"031-367 93 31\" to \"031-367 93 32\"\n0 added, 0 removed, 1 changed, 0 län moved\nkontakt: wrote 17 files to out\n"
    );
}
