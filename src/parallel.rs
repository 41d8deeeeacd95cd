//! Work on every core while keeping the order of what the work yields, so that output stays
//! deterministic however the work was shared.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

/// How many parts a worker holds before it looks whether its item's turn has come.
const BATCH: usize = 256;

/// `work` on every item, on every core, relaying what it yields to `sink` in the items' order:
/// each part (`part`) as it comes once every item before has ended, and then the item's end
/// (`end`). An item whose turn has not come holds its parts until it does, so only the items
/// ahead of the slowest one are ever held, and a single item is never held at all.
pub fn relay<T, P, E, S>(
    items: &[T],
    mut sink: S,
    work: impl Fn(&T, &mut dyn FnMut(P)) -> E + Sync,
    part: impl Fn(&mut S, P) + Sync,
    end: impl Fn(&mut S, usize, E) + Sync,
) -> S
where
    T: Sync,
    P: Send,
    E: Send,
    S: Send,
{
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if workers <= 1 {
        for (i, item) in items.iter().enumerate() {
            let e = work(item, &mut |p| part(&mut sink, p));
            end(&mut sink, i, e);
        }
        return sink;
    }
    struct Turn<S, P, E> {
        sink: S,
        due: usize,
        waiting: BTreeMap<usize, (Vec<Vec<P>>, E)>,
    }
    let turn = Mutex::new(Turn {
        sink,
        due: 0,
        waiting: BTreeMap::new(),
    });
    // A worker panics only on a bug in kontakt; the scope surfaces it once the others stop.
    let lock = || turn.lock().unwrap_or_else(PoisonError::into_inner);
    let next = AtomicUsize::new(0);
    // `Turn::due`, readable without the lock: a file whose turn has not come does not take the
    // lock to find out, which made it wait while another file's parts were relayed.
    let due_now = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    // Held in batches: a list that grew by doubling would copy every part
                    // again each time it grew.
                    let mut held: Vec<Vec<P>> = Vec::new();
                    let mut due = false;
                    let e = work(item, &mut |p| {
                        match held.last_mut() {
                            Some(batch) if batch.len() < BATCH => batch.push(p),
                            _ => {
                                let mut batch = Vec::with_capacity(BATCH);
                                batch.push(p);
                                held.push(batch);
                            }
                        }
                        // Whether the turn has come is looked at once a batch, not once a part.
                        if held.last().is_some_and(|b| b.len() == BATCH)
                            && (due || due_now.load(Ordering::Acquire) == i)
                        {
                            let mut t = lock();
                            if due || t.due == i {
                                due = true;
                                held.drain(..).flatten().for_each(|p| part(&mut t.sink, p));
                            }
                        }
                    });
                    let mut t = lock();
                    if t.due != i {
                        t.waiting.insert(i, (held, e));
                        continue;
                    }
                    held.into_iter()
                        .flatten()
                        .for_each(|p| part(&mut t.sink, p));
                    end(&mut t.sink, i, e);
                    t.due += 1;
                    due_now.store(t.due, Ordering::Release);
                    loop {
                        let due = t.due;
                        let Some((held, e)) = t.waiting.remove(&due) else {
                            break;
                        };
                        held.into_iter()
                            .flatten()
                            .for_each(|p| part(&mut t.sink, p));
                        end(&mut t.sink, due, e);
                        t.due += 1;
                        due_now.store(t.due, Ordering::Release);
                    }
                }
            });
        }
    });
    turn.into_inner()
        .unwrap_or_else(PoisonError::into_inner)
        .sink
}

/// `f` on every item on every core; the results in the items' order.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    let done = relay(
        items,
        Vec::with_capacity(items.len()),
        |item, _: &mut dyn FnMut(())| f(item),
        |_, ()| {},
        |done: &mut Vec<(usize, R)>, i, r| done.push((i, r)),
    );
    for (i, r) in done {
        results[i] = Some(r);
    }
    results
        .into_iter()
        .map(|r| r.expect("every item is mapped once"))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn map_keeps_the_order() {
        let items: Vec<u32> = (0..1000).collect();
        assert_eq!(
            super::map(&items, |n| n * 2),
            items.iter().map(|n| n * 2).collect::<Vec<_>>()
        );
    }

    #[test]
    fn parts_and_ends_come_in_the_items_order() {
        let items: Vec<u32> = (0..200).collect();
        // Item n yields n * 3 parts (some more than a batch), then ends.
        let seen = super::relay(
            &items,
            Vec::new(),
            |&n, yield_part| {
                for k in 0..n * 3 {
                    yield_part((n, k));
                }
                n
            },
            |seen: &mut Vec<(u32, u32)>, p| seen.push(p),
            |seen, i, n| {
                assert_eq!(i as u32, n);
                seen.push((n, u32::MAX));
            },
        );
        let expected: Vec<(u32, u32)> = items
            .iter()
            .flat_map(|&n| (0..n * 3).map(move |k| (n, k)).chain([(n, u32::MAX)]))
            .collect();
        assert_eq!(seen, expected);
    }
}
