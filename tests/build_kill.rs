//! `kontakt build` killed with SIGKILL while it writes: a real child process on a generated
//! input large enough that writing takes a while, killed at pseudo-random moments (fixed seed,
//! so a failure reproduces) from the moment its temporary folder appears until it would have
//! finished. After every kill the output folder is whole: byte for byte the previous build, or,
//! when the kill came after the swap, the new one; never a mix. The next run removes what the
//! killed one left. SIGKILL is Unix.

#![cfg(unix)]

mod common;
#[path = "../benches/support/synth.rs"]
mod synth;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::tree;

/// Contacts in the generated input: some two thousand files to write, about half a second in a
/// debug build.
const ROWS: usize = 1_500;
const KILLS: usize = 20;

fn spawn(dir: &Path, input: &str) -> Child {
    Command::new(assert_cmd::cargo::cargo_bin!("kontakt"))
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .args(["build", input, "--out", "out"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// What an interrupted run may leave beside `out`.
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".out.kontakt-tmp-") || n.starts_with(".out.kontakt-old-"))
        .collect()
}

/// Wait until the child's temporary folder exists (it has taken the lock and cleaned up);
/// `None` if it finished first.
fn wait_for_tmp(dir: &Path, child: &mut Child) -> Option<Instant> {
    let own = format!(".out.kontakt-tmp-{}", child.id());
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        if dir.join(&own).exists() {
            return Some(Instant::now());
        }
        if child.try_wait().unwrap().is_some() {
            return None;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    panic!("the build did not start writing within two minutes");
}

/// xorshift64: pseudo-random delays from a fixed seed.
struct Delays(u64);

impl Delays {
    fn next(&mut self, max: Duration) -> Duration {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        max.mul_f64((self.0 % 10_000) as f64 / 10_000.0)
    }
}

#[test]
fn a_build_killed_while_writing_leaves_the_previous_output_whole() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Two inputs that differ in one person's role, so the two builds differ.
    for name in ["a", "b"] {
        fs::create_dir(root.join(name)).unwrap();
        for (file, bytes) in synth::csv_files(ROWS) {
            fs::write(root.join(name).join(file), bytes).unwrap();
        }
    }
    let nord = root.join("b/nord.csv");
    let text = fs::read_to_string(&nord).unwrap();
    fs::write(
        &nord,
        text.replacen("Regionkoordinator (Barn & unga)", "Samordnare", 1),
    )
    .unwrap();

    // Each input's build, written once to completion; the second also times the write.
    let mut built: BTreeMap<&str, BTreeMap<String, Vec<u8>>> = BTreeMap::new();
    let mut write_time = Duration::ZERO;
    for input in ["b", "a"] {
        let mut child = spawn(root, input);
        let started = wait_for_tmp(root, &mut child).expect("the build writes");
        assert!(child.wait().unwrap().success());
        write_time = started.elapsed();
        built.insert(input, tree(&root.join("out")));
        if input == "b" {
            fs::remove_dir_all(root.join("out")).unwrap();
        }
    }
    assert_ne!(built["a"], built["b"]);

    let mut delays = Delays(0x5eed_c0ff_ee15_b00c);
    let mut previous = "a";
    let (mut kills, mut kept, mut swapped, mut tries) = (0, 0, 0, 0);
    while kills < KILLS {
        tries += 1;
        assert!(
            tries < 200,
            "only {kills} of {tries} builds were still writing when killed"
        );
        let next = if previous == "a" { "b" } else { "a" };
        let mut child = spawn(root, next);
        let Some(_) = wait_for_tmp(root, &mut child) else {
            continue;
        };
        // The run holds the lock and has cleaned up: nothing of an earlier run is left.
        let own = format!(".out.kontakt-tmp-{}", child.id());
        let others: Vec<String> = leftovers(root).into_iter().filter(|n| *n != own).collect();
        assert!(others.is_empty(), "left by a killed run: {others:?}");
        std::thread::sleep(delays.next(write_time.mul_f64(1.2)));
        let running = child.try_wait().unwrap().is_none();
        child.kill().unwrap();
        child.wait().unwrap();
        let now = tree(&root.join("out"));
        if now == built[previous] {
            kept += 1;
        } else if now == built[next] {
            swapped += 1;
            previous = next;
        } else {
            panic!("after a kill the output is neither build: a mix of the two");
        }
        if running {
            kills += 1;
        }
    }
    eprintln!(
        "{kills} kills during the write ({tries} builds started): {kept} left the previous output, {swapped} came after the swap; write phase {write_time:?}"
    );
    assert!(
        kept > 0,
        "no kill landed before the swap; the test proves nothing"
    );
    // The next run completes and leaves nothing behind.
    let mut child = spawn(root, "a");
    assert!(child.wait().unwrap().success());
    assert_eq!(tree(&root.join("out")), built["a"]);
    assert!(leftovers(root).is_empty(), "{:?}", leftovers(root));
    assert!(!root.join(".out.kontakt-lock").exists());
}
