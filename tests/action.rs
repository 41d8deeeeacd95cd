//! The GitHub action (`action.yml` and `scripts/action/`) run as a runner would run it: a data
//! repository with a base branch and a pull request, the runner's variables set, the built
//! kontakt on PATH, and a fake `gh` serving a release.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use yaml_rust2::{Yaml, YamlLoader};

fn yaml(path: &Path) -> Yaml {
    let text = std::fs::read_to_string(path).unwrap();
    YamlLoader::load_from_str(&text).unwrap().remove(0)
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.se"])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// PATH with the built kontakt first.
fn path_with(dirs: &[&Path]) -> String {
    let mut all: Vec<PathBuf> = dirs.iter().map(|d| d.to_path_buf()).collect();
    all.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap()));
    std::env::join_paths(all).unwrap().into_string().unwrap()
}

fn kontakt_dir() -> PathBuf {
    assert_cmd::cargo::cargo_bin("kontakt")
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A data repository: `main` holds the shipped input and its exports (pushed to a bare
/// `origin`), and the checked-out branch `pr` changes what `change` changes.
fn repository(change: impl FnOnce(&Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let origin = dir.path().join("origin.git");
    let work = dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    git(
        dir.path(),
        &[
            "init",
            "-q",
            "--bare",
            "-b",
            "main",
            origin.to_str().unwrap(),
        ],
    );
    git(&work, &["init", "-q", "-b", "main"]);
    std::fs::create_dir(work.join("input")).unwrap();
    for entry in std::fs::read_dir(common::repo().join("input")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), work.join("input").join(entry.file_name())).unwrap();
    }
    assert_eq!(common::run_in(&work, &[], &["build"]).code, 0);
    git(&work, &["add", "."]);
    git(&work, &["commit", "-q", "-m", "base"]);
    git(
        &work,
        &["remote", "add", "origin", origin.to_str().unwrap()],
    );
    git(&work, &["push", "-q", "origin", "main"]);
    git(&work, &["checkout", "-q", "-b", "pr"]);
    change(&work);
    git(&work, &["commit", "-q", "-am", "pull request"]);
    dir
}

struct Step {
    stdout: String,
    code: i32,
    summary: String,
    output: String,
}

/// Run one of the action's scripts with `env`, as the runner does.
fn run_script(dir: &Path, script: &str, env: &[(&str, String)], path: &str) -> Step {
    let summary = dir.join("step-summary.md");
    let output = dir.join("github-output");
    let temp = dir.join("runner-temp");
    std::fs::create_dir_all(&temp).unwrap();
    std::fs::write(&summary, "").unwrap();
    std::fs::write(&output, "").unwrap();
    let mut cmd = Command::new("bash");
    cmd.arg(common::repo().join("scripts/action").join(script))
        .current_dir(dir.join("work"))
        .env("PATH", path)
        .env("RUNNER_TEMP", &temp)
        .env("GITHUB_STEP_SUMMARY", &summary)
        .env("GITHUB_OUTPUT", &output)
        .env("GITHUB_PATH", dir.join("github-path"))
        .env("GITHUB_ACTION_PATH", common::repo());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    Step {
        stdout: String::from_utf8(out.stdout).unwrap() + &String::from_utf8_lossy(&out.stderr),
        code: out.status.code().unwrap_or(-1),
        summary: std::fs::read_to_string(&summary).unwrap(),
        output: std::fs::read_to_string(&output).unwrap(),
    }
}

fn check_env() -> Vec<(&'static str, String)> {
    vec![
        ("GITHUB_BASE_REF", "main".into()),
        ("KONTAKT_INPUT", "input".into()),
        ("KONTAKT_OUTPUT", "output".into()),
        ("KONTAKT_ARGS", "--color never".into()),
    ]
}

#[test]
fn a_pull_request_that_breaks_a_cell_and_forgets_to_rebuild() {
    let repo = repository(|work| {
        let path = work.join("input/vast.csv");
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("031-3679331", "031-36793");
        std::fs::write(path, text).unwrap();
    });
    let step = run_script(
        repo.path(),
        "check.sh",
        &check_env(),
        &path_with(&[&kontakt_dir()]),
    );
    assert_eq!(step.code, 1, "{}", step.stdout);
    let annotations: Vec<&str> = step
        .stdout
        .lines()
        .filter(|l| l.starts_with("::"))
        .collect();
    assert_eq!(annotations.len(), 7, "{}", step.stdout);
    assert!(
        annotations[0]
            .starts_with("::error file=input/vast.csv,line=2,col=47,title=kontakt phone-invalid::")
    );
    assert!(annotations[1..].iter().all(
        |a| a.starts_with("::error file=output/") && a.contains("title=kontakt export-stale::")
    ));
    // The summary: measured from the base branch's contacts.json, with every finding.
    assert!(
        step.summary.contains("kontakt-base-contacts.json."),
        "{}",
        step.summary
    );
    assert!(
        step.summary
            .contains("- Åsa Ekman: phone changed from \"031-367 93 31\" to \"\"\n"),
        "{}",
        step.summary
    );
    assert_eq!(step.summary.matches("`export-stale`").count(), 6);
    assert_eq!(step.summary.matches("`sheet-skipped`").count(), 2);
}

#[test]
fn a_rebuilt_pull_request_passes_and_its_summary_shows_the_change_from_the_base_branch() {
    let repo = repository(|work| {
        let path = work.join("input/vast.csv");
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replace("031-3679331", "031-3679332");
        std::fs::write(path, text).unwrap();
        assert_eq!(common::run_in(work, &[], &["build"]).code, 0);
    });
    let step = run_script(
        repo.path(),
        "check.sh",
        &check_env(),
        &path_with(&[&kontakt_dir()]),
    );
    assert_eq!(step.code, 0, "{}", step.stdout);
    // The committed output is this pull request's: only the base branch's shows the change.
    assert!(
        step.summary
            .contains("- Åsa Ekman: phone changed from \"031-367 93 31\" to \"031-367 93 32\"\n"),
        "{}",
        step.summary
    );
}

#[test]
fn install_takes_the_newest_release_of_a_major_tag_and_falls_back_to_building() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("work")).unwrap();
    // A release archive as release.yml packs it, and a `gh` that serves it.
    let target = "x86_64-unknown-linux-gnu";
    let pack = dir.path().join("pack");
    std::fs::create_dir_all(pack.join(format!("kontakt-{target}"))).unwrap();
    std::fs::write(
        pack.join(format!("kontakt-{target}/kontakt")),
        "#!/bin/sh\n",
    )
    .unwrap();
    let archive = dir.path().join(format!("kontakt-{target}.tar.gz"));
    let tar = Command::new("tar")
        .args([
            "-czf",
            archive.to_str().unwrap(),
            "-C",
            pack.to_str().unwrap(),
            &format!("kontakt-{target}"),
        ])
        .status()
        .unwrap();
    assert!(tar.success());
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::fs::write(
        bin.join("gh"),
        format!(
            "#!/bin/sh\necho \"gh $*\" >> {log}\ncase \"$2\" in\n  list) printf 'v2.0.0\\nv1.10.0\\nv1.9.3\\n' ;;\n  download) [ \"$3\" = v1.10.0 ] && cp {archive} \"$7\"/ ;;\nesac\n",
            log = dir.path().join("gh.log").display(),
            archive = archive.display()
        ),
    )
    .unwrap();
    Command::new("chmod")
        .args(["+x", bin.join("gh").to_str().unwrap()])
        .status()
        .unwrap();
    let env = |r#ref: &str, os: &str| {
        vec![
            ("KONTAKT_REPOSITORY", "example/kontakt".to_string()),
            ("KONTAKT_REF", r#ref.to_string()),
            ("RUNNER_OS", os.to_string()),
            ("RUNNER_ARCH", "X64".to_string()),
        ]
    };
    let path = path_with(&[&bin]);
    let step = run_script(dir.path(), "install.sh", &env("v1", "Linux"), &path);
    assert_eq!(step.code, 0, "{}", step.stdout);
    assert!(
        step.output.contains("installed=true\n"),
        "{}\n{}",
        step.output,
        step.stdout
    );
    assert!(
        step.output.contains("cache-key=kontakt-Linux-X64-"),
        "{}",
        step.output
    );
    let on_path = std::fs::read_to_string(dir.path().join("github-path")).unwrap();
    assert!(
        Path::new(on_path.trim()).join("kontakt").exists(),
        "{on_path}"
    );
    let log = std::fs::read_to_string(dir.path().join("gh.log")).unwrap();
    assert!(
        log.contains(&format!(
            "gh release download v1.10.0 --repo example/kontakt --dir {}",
            dir.path().join("runner-temp/kontakt-release").display()
        )),
        "{log}"
    );

    // No release for the ref, or an action used from a path: build instead (exit 0).
    for (r#ref, os) in [("v3", "Linux"), ("", "Linux"), ("v1", "FreeBSD")] {
        let step = run_script(dir.path(), "install.sh", &env(r#ref, os), &path);
        assert_eq!(step.code, 0, "{}", step.stdout);
        assert!(
            step.output.contains("installed=false\n"),
            "{ref} {os}: {}",
            step.output
        );
        assert!(
            step.stdout
                .contains("building kontakt from the action's source instead"),
            "{}",
            step.stdout
        );
    }
}

#[test]
fn the_action_passes_its_inputs_to_the_scripts_that_read_them() {
    let action = yaml(&common::repo().join("action.yml"));
    assert_eq!(action["runs"]["using"].as_str(), Some("composite"));
    let inputs = action["inputs"].as_hash().unwrap();
    for name in ["input", "output", "args", "version"] {
        assert!(inputs.contains_key(&Yaml::String(name.into())), "{name}");
    }
    for step in action["runs"]["steps"].as_vec().unwrap() {
        let Some(run) = step["run"].as_str() else {
            assert_eq!(step["uses"].as_str(), Some("actions/cache@v4"));
            continue;
        };
        assert_eq!(step["shell"].as_str(), Some("bash"), "{run}");
        // Inputs reach scripts through env (never `${{ }}` inside a script: no injection).
        assert!(!run.contains("${{"), "{run}");
        if let Some(script) = run.split('"').find(|p| p.contains("scripts/action/")) {
            let file = common::repo().join(script.trim_start_matches("$GITHUB_ACTION_PATH/"));
            let text = std::fs::read_to_string(&file).unwrap();
            for (name, _) in step["env"].as_hash().unwrap() {
                let name = name.as_str().unwrap();
                assert!(
                    name == "GH_TOKEN" || text.contains(name),
                    "{name} unused by {script}"
                );
            }
        }
    }
}

#[test]
fn the_readme_workflow_is_the_one_this_repository_runs() {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).unwrap();
    let shown = readme
        .split("```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a yaml block in the README");
    let ours = std::fs::read_to_string(common::repo().join(".github/workflows/data.yml")).unwrap();
    let ours: String = ours
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{}\n", l.replace("uses: ./", "uses: <owner>/kontakt@v1")))
        .collect();
    assert_eq!(shown, ours);
    let workflow = yaml(&common::repo().join(".github/workflows/data.yml"));
    let paths: Vec<&str> = workflow["on"]["pull_request"]["paths"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(paths, ["input/**", "schemas/**", "output/**"]);
    let release = yaml(&common::repo().join(".github/workflows/release.yml"));
    let targets: Vec<&str> = release["jobs"]["binaries"]["strategy"]["matrix"]["include"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|t| t["target"].as_str().unwrap())
        .collect();
    // Each one is a target install.sh maps a runner to.
    let install =
        std::fs::read_to_string(common::repo().join("scripts/action/install.sh")).unwrap();
    for target in &targets {
        assert!(install.contains(&format!("target={target} ;;")), "{target}");
    }
    assert_eq!(targets.len(), 4);
}
