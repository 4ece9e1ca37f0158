//! Mapping many items at once, on several threads; it knows nothing of what it maps.
//!
//! Threads are scoped to each call: no pool outlives it, so a process that forks (multiprocessing,
//! Dask, Spark) never inherits a pool's locks, and the caller decides how many threads run.

use std::num::NonZeroUsize;
use std::ops::Range;

/// The work a thread must have before another one is started (starting a thread costs tens of
/// microseconds): about 64 KB of text, in the units of the weights given (bytes, for text).
const MIN_WEIGHT_PER_THREAD: usize = 1 << 16;

/// The weight of an item when the caller gives none: 512 items are worth a thread.
const ITEM_WEIGHT: usize = MIN_WEIGHT_PER_THREAD / 512;

/// The weight of a row of text: its bytes, and a little for the row itself. (It takes the row
/// as the batch functions hand it over, hence the reference to an `Option`.)
#[must_use]
#[allow(clippy::ref_option_ref, clippy::ref_option)]
pub fn text_weight(text: &Option<&str>) -> usize {
    text.map_or(0, str::len) + 16
}

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
    map_parallel_by(items, threads, |_| ITEM_WEIGHT, f)
}

/// [`map_parallel`], with the work split by `weight` (bytes of text, say) rather than by count.
pub fn map_parallel_by<T, R, F, W>(items: &[T], threads: usize, weight: W, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
    W: Fn(&T) -> usize,
{
    let parts = map_parts_by(items, threads, weight, |part| part.iter().map(&f).collect::<Vec<R>>());
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
    map_parts_by(items, threads, |_| ITEM_WEIGHT, f)
}

/// [`map_parts`], with parts of about equal `weight` (bytes of text, say) rather than of equal
/// count, and as many threads as the total weight is worth: a few long documents get every
/// thread, a few short rows only one.
pub fn map_parts_by<T, R, F, W>(items: &[T], threads: usize, weight: W, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&[T]) -> R + Sync,
    W: Fn(&T) -> usize,
{
    let mut before = Vec::with_capacity(items.len() + 1);
    before.push(0);
    let mut running = 0_usize;
    for item in items {
        running = running.saturating_add(weight(item).max(1));
        before.push(running);
    }
    let ranges = split(0..items.len(), threads, |i| before[i]);
    map_ranges(ranges, |range| f(&items[range]))
}

/// Splits `rows` into up to `threads` consecutive ranges of about equal weight, as many as the
/// total weight is worth (see [`map_parts_by`]). `weight_before(i)` is the weight of the rows
/// before row `i`, for `i` in `rows.start..=rows.end` (it never decreases): a few look-ups
/// answer it when the rows keep their text in one run (Arrow's offsets), so that no row is
/// visited to split them.
pub fn split(rows: Range<usize>, threads: usize, weight_before: impl Fn(usize) -> usize) -> Vec<Range<usize>> {
    let base = weight_before(rows.start);
    let total = weight_before(rows.end) - base;
    let threads = threads.clamp(1, (total / MIN_WEIGHT_PER_THREAD).clamp(1, rows.len().max(1)));
    if threads == 1 {
        return vec![rows];
    }
    let mut parts = Vec::with_capacity(threads);
    let mut start = rows.start;
    for k in 1..=threads {
        // Part k ends at the first row where the weight before it reaches k/threads of the total.
        let end = if k == threads {
            rows.end
        } else {
            first_where(start, rows.end, |e| {
                (weight_before(e) - base).saturating_mul(threads) >= total.saturating_mul(k)
            })
        };
        if end > start {
            parts.push(start..end);
            start = end;
        }
    }
    parts
}

/// The first `i` in `lo..hi` for which `holds(i)`, or `hi`: `holds` is false, then true.
pub fn first_where(mut lo: usize, mut hi: usize, holds: impl Fn(usize) -> bool) -> usize {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if holds(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Applies `f` to each range on its own thread (the first on the calling one); the results
/// come back in the order of the ranges.
pub fn map_ranges<R, F>(ranges: Vec<Range<usize>>, f: F) -> Vec<R>
where
    R: Send,
    F: Fn(Range<usize>) -> R + Sync,
{
    let mut ranges = ranges.into_iter();
    let Some(first) = ranges.next() else {
        return Vec::new();
    };
    if ranges.len() == 0 {
        return vec![f(first)];
    }
    std::thread::scope(|scope| {
        let f = &f;
        let handles: Vec<_> = ranges.map(|range| scope.spawn(move || f(range))).collect();
        let mut out = Vec::with_capacity(handles.len() + 1);
        out.push(f(first));
        for handle in handles {
            out.push(handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        }
        out
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

    #[test]
    fn parts_follow_the_weight() {
        // A few long documents are worth every thread; as many short rows are not.
        let long = "x".repeat(100_000);
        let docs: Vec<Option<&str>> = vec![Some(long.as_str()); 8];
        let parts = map_parts_by(&docs, 4, text_weight, <[_]>::len);
        assert_eq!(parts, [2, 2, 2, 2]);
        let short: Vec<Option<&str>> = vec![Some("row"); 8];
        assert_eq!(map_parts_by(&short, 4, text_weight, <[_]>::len), [8]);
        // Skewed rows: the one long document gets a part of its own.
        let longer = "x".repeat(300_000);
        let mut skewed: Vec<Option<&str>> = vec![Some("short row"); 1_000];
        skewed[0] = Some(longer.as_str());
        let parts = map_parts_by(&skewed, 2, text_weight, <[_]>::len);
        assert_eq!(parts, [1, 999]);
        for threads in 1..6 {
            let lens = map_parts_by(&skewed, threads, text_weight, <[_]>::len);
            assert_eq!(lens.iter().sum::<usize>(), skewed.len());
            let rows = map_parallel_by(&skewed, threads, text_weight, |t| t.map(str::len));
            assert_eq!(rows, skewed.iter().map(|t| t.map(str::len)).collect::<Vec<_>>());
        }
    }
}
