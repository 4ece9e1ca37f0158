//! Mapping many items at once, on several threads; it knows nothing of what it maps.
//!
//! Threads are scoped to each call: no pool outlives it, so a process that forks (multiprocessing,
//! Dask, Spark) never inherits a pool's locks, and the caller decides how many threads run.

use std::num::NonZeroUsize;

/// Below this many items a batch runs on the calling thread: starting threads costs more.
const MIN_ITEMS_PER_THREAD: usize = 512;

/// The number of threads a batch uses when the caller does not say: `TEXTWASH_THREADS` if set
/// to a positive number, else the machine's available parallelism.
#[must_use]
pub fn default_threads() -> usize {
    std::env::var("TEXTWASH_THREADS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| {
            // Asked once: on Linux it reads the cgroup files, tens of microseconds a time.
            static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
            *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, NonZeroUsize::get))
        })
}

/// Applies `f` to every item on up to `threads` threads; results come back in order, the same
/// as a sequential map.
pub fn map_parallel<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let parts = map_parts(items, threads, |part| part.iter().map(&f).collect::<Vec<R>>());
    let mut out = Vec::with_capacity(items.len());
    for part in parts {
        out.extend(part);
    }
    out
}

/// Splits `items` into up to `threads` consecutive parts and applies `f` to each on its own
/// thread; the results come back in the order of the parts. For work that builds one output
/// per part (an Arrow chunk, say) instead of one per item.
pub fn map_parts<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&[T]) -> R + Sync,
{
    let threads = threads.clamp(1, items.len().div_ceil(MIN_ITEMS_PER_THREAD).max(1));
    if threads == 1 {
        return vec![f(items)];
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = items.chunks(chunk).map(|part| scope.spawn(move || f(part))).collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parallel_map_keeps_order_and_equals_sequential() {
        let items: Vec<usize> = (0..10_000).collect();
        for threads in [1, 2, 3, 8] {
            assert_eq!(
                map_parallel(&items, threads, |x| x * 2),
                items.iter().map(|x| x * 2).collect::<Vec<_>>()
            );
        }
        assert!(map_parallel(&[] as &[u8], 4, |x| *x).is_empty());
        let sums = map_parts(&items, 3, |part| part.iter().sum::<usize>());
        assert_eq!(sums.len(), 3);
        assert_eq!(sums.iter().sum::<usize>(), items.iter().sum::<usize>());
    }
}
