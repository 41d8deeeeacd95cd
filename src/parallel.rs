//! Map over a slice on every core, keeping the order of the results, so that output stays
//! deterministic however the work was shared.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// `f` on every item on every core, and `consume` on each result on this thread, in the items'
/// order, as soon as it and all before it are done: results do not wait for the slowest item,
/// so only those ahead of the next one in order are held at once.
pub fn each_in_order<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(R),
) {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if workers <= 1 {
        items.iter().map(f).for_each(consume);
        return;
    }
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                let send = send.clone();
                let (next, f) = (&next, &f);
                scope.spawn(move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        if send.send((i, f(item))).is_err() {
                            break;
                        }
                    }
                })
            })
            .collect();
        drop(send);
        let mut waiting = BTreeMap::new();
        let mut due = 0;
        // Ends when every worker has finished (or one panicked, surfaced below).
        for (i, result) in receive {
            waiting.insert(i, result);
            while let Some(result) = waiting.remove(&due) {
                consume(result);
                due += 1;
            }
        }
        for handle in handles {
            // A worker only panics on a bug in kontakt; let it surface as one.
            handle
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
        }
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_in_order_keeps_the_order() {
        let items: Vec<u32> = (0..1000).collect();
        let mut seen = Vec::new();
        super::each_in_order(&items, |n| n * 2, |r| seen.push(r));
        assert_eq!(seen, items.iter().map(|n| n * 2).collect::<Vec<_>>());
    }
}
