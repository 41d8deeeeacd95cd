//! The GitHub action (`action.yml` and `scripts/action/`) run as a runner would run it: a data
//! repository with a base branch and a pull request, the runner's variables set, the built
//! kontakt on PATH, and a fake `gh` serving a release. The runner's shell is bash; these run
//! where bash and git are (Unix here).

#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use yaml_rust2::{Yaml, YamlLoader};

fn yaml(path: &Path) -> Yaml {
    let text = std::fs::read_to_string(path).unwrap();
    YamlLoader::load_from_str(&text).unwrap().remove(0)
}

/// git as a fresh runner has it: none of this machine's configuration, hooks or repository.
fn isolated(cmd: &mut Command) -> &mut Command {
    cmd.env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE")
        .env_remove("GITHUB_BASE_REF")
}

/// The tools these tests run besides kontakt.
fn tools() -> bool {
    ["git", "tar", "sha256sum"].iter().all(|t| common::tool(t))
}

fn git(dir: &Path, args: &[&str]) {
    let out = isolated(&mut Command::new("git"))
        .args(["-c", "user.name=t", "-c", "user.email=t@example.se"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
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

fn chmod_x(path: &Path) {
    let status = Command::new("chmod").arg("+x").arg(path).status().unwrap();
    assert!(status.success());
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
    isolated(&mut cmd);
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
        // Two lines, as a YAML `args: |` block gives them: both are passed.
        ("KONTAKT_ARGS", "--color never\n--verbose\n".into()),
    ]
}

#[test]
fn a_pull_request_that_breaks_a_cell_and_forgets_to_rebuild() {
    if !tools() {
        return;
    }
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
        .filter(|l| l.starts_with("::") && !l.starts_with("::notice"))
        .collect();
    // --verbose, from the second line of `args`, adds the notes.
    assert!(step.stdout.contains("::notice "), "{}", step.stdout);
    assert_eq!(annotations.len(), 10, "{}", step.stdout);
    assert!(
        annotations[0]
            .starts_with("::error file=input/vast.csv,line=2,col=47,title=kontakt phone-invalid::")
    );
    assert!(annotations[1..].iter().all(
        |a| a.starts_with("::error file=output/") && a.contains("title=kontakt export-stale::")
    ));
    // The summary: every finding; the change waits for the error to be fixed.
    assert!(
        step.summary.contains(
            "The input has 1 error: the change to the directory is shown once they are fixed"
        ),
        "{}",
        step.summary
    );
    assert_eq!(step.summary.matches("`export-stale`").count(), 9);
    assert_eq!(step.summary.matches("`sheet-skipped`").count(), 2);
}

#[test]
fn a_rebuilt_pull_request_passes_and_its_summary_shows_the_change_from_the_base_branch() {
    if !tools() {
        return;
    }
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
        step.summary.contains("kontakt-base-contacts.json."),
        "{}",
        step.summary
    );
    assert!(
        step.summary
            .contains("- Åsa Ekman: phone changed from \"031-367 93 31\" to \"031-367 93 32\"\n"),
        "{}",
        step.summary
    );
}

const TARGET: &str = "x86_64-unknown-linux-musl";

/// A release archive as release.yml packs it, holding `binary` as kontakt.
fn pack_release(dir: &Path, binary: &str) -> PathBuf {
    let pack = dir.join("pack");
    let folder = pack.join(format!("kontakt-{TARGET}"));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("kontakt"), binary).unwrap();
    chmod_x(&folder.join("kontakt"));
    let archive = dir.join(format!("kontakt-{TARGET}.tar.gz"));
    let status = Command::new("tar")
        .arg("-czf")
        .arg(&archive)
        .arg("-C")
        .arg(&pack)
        .arg(format!("kontakt-{TARGET}"))
        .status()
        .unwrap();
    assert!(status.success());
    archive
}

/// Where a command is installed.
fn which(tool: &str) -> String {
    let out = Command::new("bash")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn install_takes_the_newest_release_of_a_major_tag_and_falls_back_to_building() {
    if !tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("work")).unwrap();
    let archive = pack_release(dir.path(), "#!/bin/sh\necho kontakt 1.10.0\n");
    // A `gh` that lists releases, newest first (a v1.9.4 backport after v1.10.0), and serves
    // the archive for v1.10.0.
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::fs::write(
        bin.join("gh"),
        format!(
            "#!/bin/sh\necho \"gh $*\" >> {log}\ncase \"$2\" in\n  list) printf 'v1.9.4\\nv2.0.0\\nv1.10.0\\nv1.9.3\\n' ;;\n  download) [ \"$3\" = v1.10.0 ] && cp {archive} \"$7\"/ ;;\nesac\n",
            log = dir.path().join("gh.log").display(),
            archive = archive.display()
        ),
    )
    .unwrap();
    chmod_x(&bin.join("gh"));
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

    // macOS runners have shasum, not sha256sum: a PATH with only what the script needs.
    let mac = dir.path().join("mac-bin");
    std::fs::create_dir(&mac).unwrap();
    for tool in [
        "bash", "find", "sort", "xargs", "cut", "grep", "head", "tar", "gzip", "mkdir",
    ] {
        std::os::unix::fs::symlink(which(tool), mac.join(tool)).unwrap();
    }
    std::fs::copy(bin.join("gh"), mac.join("gh")).unwrap();
    std::fs::write(
        mac.join("shasum"),
        format!(
            "#!{}\n[ \"$1 $2\" = \"-a 256\" ] && shift 2\nexec {} \"$@\"\n",
            which("bash"),
            which("sha256sum")
        ),
    )
    .unwrap();
    chmod_x(&mac.join("shasum"));
    let step = run_script(
        dir.path(),
        "install.sh",
        &env("v1", "macOS"),
        mac.to_str().unwrap(),
    );
    assert_eq!(step.code, 0, "{}", step.stdout);
    assert!(
        step.output.contains("cache-key=kontakt-macOS-X64-"),
        "{}\n{}",
        step.output,
        step.stdout
    );

    // A binary that does not run on this runner is not put on PATH.
    pack_release(dir.path(), "not a program");
    let step = run_script(dir.path(), "install.sh", &env("v1", "Linux"), &path);
    assert!(step.output.contains("installed=false\n"), "{}", step.output);
    assert!(step.stdout.contains("does not run here"), "{}", step.stdout);

    // A version asked for explicitly is installed as asked or the step fails.
    let mut asked = env("v2.0.0", "Linux");
    asked.push(("KONTAKT_VERSION", "v2.0.0".to_string()));
    let step = run_script(dir.path(), "install.sh", &asked, &path);
    assert_eq!(step.code, 1, "{}", step.stdout);
    assert!(
        step.stdout.contains("::error title=kontakt::cannot install kontakt v2.0.0: release v2.0.0 has no binary for x86_64-unknown-linux-musl"),
        "{}",
        step.stdout
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
            // The build is restored and saved under the same key.
            let uses = step["uses"].as_str().unwrap();
            assert!(
                ["actions/cache/restore@v4", "actions/cache/save@v4"].contains(&uses),
                "{uses}"
            );
            assert_eq!(
                step["with"]["key"].as_str(),
                Some("${{ steps.release.outputs.cache-key }}")
            );
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
