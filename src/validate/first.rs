//! The first value given with each key, for the checks across rows. A hash table of 4-byte
//! indices points into entries stored in fixed-size chunks: a slot the table leaves empty costs
//! 5 bytes, not the entry's 17 or 25, and growing the table never moves the entries. A million
//! numbers take 52 MB where a `HashMap<u64, u64>` took 68 MB, and 102 MB while it doubled.

use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use rustc_hash::FxHashMap;

/// Entries in a chunk (log 2): a chunk of numbers is 1 MiB.
const CHUNK_BITS: u32 = 16;
const CHUNK: usize = 1 << CHUNK_BITS;

/// Keys, each an evenly spread 64-bit hash (used as the table's hash as it is), with the value
/// first given with each.
#[derive(Debug)]
pub struct FirstSeen<V> {
    /// The index of each key's entry.
    index: HashTable<u32>,
    /// Entries in the order first seen, `CHUNK` to a chunk (the first grows up to it, so a small
    /// directory takes little).
    chunks: Vec<Vec<(u64, V)>>,
    len: usize,
    /// How many entries the index may point at; the keys after them go to `beyond`.
    capacity: usize,
    /// Keys past the 4,294,967,295th, in an ordinary map (no real input comes near).
    beyond: FxHashMap<u64, V>,
}

impl<V: Copy> Default for FirstSeen<V> {
    fn default() -> Self {
        FirstSeen::with_capacity(u32::MAX as usize)
    }
}

impl<V: Copy> FirstSeen<V> {
    /// A table whose index points at no more than `capacity` entries (tests use a small one).
    fn with_capacity(capacity: usize) -> Self {
        FirstSeen {
            index: HashTable::new(),
            chunks: Vec::new(),
            len: 0,
            capacity: capacity.min(u32::MAX as usize),
            beyond: FxHashMap::default(),
        }
    }

    /// The value first given with `key`; or, when `key` is new, `None`, and `value()` is kept as
    /// its first.
    pub fn first_or_insert(&mut self, key: u64, value: impl FnOnce() -> V) -> Option<V> {
        if self.index.len() == self.index.capacity() && self.len < self.capacity {
            self.grow();
        }
        let chunks = &self.chunks;
        let entry = |i: u32| &chunks[(i >> CHUNK_BITS) as usize][i as usize & (CHUNK - 1)];
        match self
            .index
            .entry(key, |&i| entry(i).0 == key, |&i| entry(i).0)
        {
            Entry::Occupied(found) => Some(entry(*found.get()).1),
            Entry::Vacant(slot) if self.len < self.capacity => {
                let i = self.len as u32;
                match self.chunks.last_mut() {
                    Some(chunk) if chunk.len() < CHUNK => chunk.push((key, value())),
                    _ => {
                        // The first chunk grows as a small directory needs; later ones are
                        // made whole.
                        let mut chunk = Vec::with_capacity(if self.len == 0 { 8 } else { CHUNK });
                        chunk.push((key, value()));
                        self.chunks.push(chunk);
                    }
                }
                self.len += 1;
                slot.insert(i);
                None
            }
            Entry::Vacant(_) => match self.beyond.entry(key) {
                std::collections::hash_map::Entry::Occupied(found) => Some(*found.get()),
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(value());
                    None
                }
            },
        }
    }
}

impl<V> FirstSeen<V> {
    /// A new index twice the size, built from the entries in their order: they are read one
    /// after the other, where growing the old table would look each up from a slot at random,
    /// and the old index is let go first, so the two are never held together.
    fn grow(&mut self) {
        self.index = HashTable::new();
        let mut index = HashTable::with_capacity((self.len * 2).max(16));
        let chunks = &self.chunks;
        let entry = |i: u32| &chunks[(i >> CHUNK_BITS) as usize][i as usize & (CHUNK - 1)];
        for (i, &(key, _)) in chunks.iter().flatten().enumerate() {
            // The index has room for every entry: the hasher is never called.
            index.insert_unique(key, i as u32, |&i| entry(i).0);
        }
        self.index = index;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use xxhash_rust::xxh3::xxh3_64;

    #[test]
    fn the_first_value_of_each_key_is_kept_across_chunks_and_growth() {
        let mut seen = FirstSeen::default();
        let n = 3 * CHUNK as u64 + 17;
        for k in 0..n {
            assert_eq!(seen.first_or_insert(xxh3_64(&k.to_le_bytes()), || k), None);
        }
        for k in 0..n {
            let again = seen.first_or_insert(xxh3_64(&k.to_le_bytes()), || u64::MAX);
            assert_eq!(again, Some(k));
        }
        assert_eq!(seen.chunks.len(), 4);
        assert!(seen.beyond.is_empty());
    }

    #[test]
    fn keys_that_share_a_half_stay_apart() {
        let mut seen = FirstSeen::default();
        let keys: Vec<u64> = (0..300u64)
            .map(|i| 0xDEAD_BEEF_0000_0000 | i)
            .chain((1..300u64).map(|i| i << 32 | 0x1234))
            .collect();
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(seen.first_or_insert(k, || i), None, "{k:x}");
        }
        for (i, &k) in keys.iter().enumerate() {
            assert_eq!(seen.first_or_insert(k, || usize::MAX), Some(i), "{k:x}");
        }
    }

    #[test]
    fn keys_past_the_index_go_to_the_map_and_are_found_there() {
        let mut seen = FirstSeen::with_capacity(5);
        for k in 0..10u64 {
            assert_eq!(
                seen.first_or_insert(k.wrapping_mul(0x9E37_79B9_7F4A_7C15), || k),
                None
            );
        }
        for k in 0..10u64 {
            assert_eq!(
                seen.first_or_insert(k.wrapping_mul(0x9E37_79B9_7F4A_7C15), || 99),
                Some(k)
            );
        }
        assert_eq!((seen.len, seen.beyond.len()), (5, 5));
    }
}
