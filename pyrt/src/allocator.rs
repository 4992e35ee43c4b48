//! The program's memory allocator: the C library's `malloc` with a
//! per-thread cache of freed small blocks in front, as CPython keeps free
//! lists and its own small-object allocator in front of `malloc`.
//!
//! Python programs allocate and free objects of a handful of sizes at a high
//! rate, often many at once (a list of instances built, then dropped). glibc
//! caches only seven freed chunks per size per thread; past that each `free`
//! and `malloc` walks its bins, several hundred instructions a pair. Here a
//! freed block of up to [`LARGEST_CACHED`] bytes goes on a singly linked list
//! for its size class, threaded through the freed blocks themselves, and the
//! next request of that class pops it: a few instructions each way.
//!
//! The classes are exactly glibc's chunk sizes (usable sizes 24, 40, ...,
//! 152), so a block costs the same memory as before. Listed blocks are
//! memory only their class can use (and that `malloc` cannot coalesce with
//! its neighbours), so at most [`CACHE_BYTES`] are held per thread: past
//! that, freed blocks go back to `malloc`. That bounds what the lists add to
//! a program's peak (a program that frees many blocks of one size and then
//! needs another), while a loop that builds and drops objects keeps reusing
//! the same blocks.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr;

/// The allocator every program compiled by pyrc (and pyrt's tests) uses.
#[global_allocator]
static ALLOCATOR: PyAllocator = PyAllocator;

/// Usable bytes of the smallest class (glibc's smallest chunk, 32 bytes).
const SMALLEST: usize = 24;

/// Bytes between one class and the next (glibc's chunk granularity).
const STEP: usize = 16;

/// The number of size classes.
const CLASSES: usize = 9;

/// The largest request served from the cache (an instance with its inline
/// attribute values is 144 bytes).
pub const LARGEST_CACHED: usize = SMALLEST + STEP * (CLASSES - 1);

/// The most bytes of freed blocks one thread keeps for reuse.
pub const CACHE_BYTES: usize = 4 << 20;

/// The largest alignment a cached block satisfies (`malloc`'s).
const ALIGN: usize = 16;

/// A freed block, holding the link to the next freed block of its class.
struct FreeBlock {
    next: *mut FreeBlock,
}

/// One thread's free lists.
struct FreeLists {
    /// The most recently freed block of each class (null when none).
    heads: [Cell<*mut FreeBlock>; CLASSES],
    /// How many more bytes of freed blocks the lists may take.
    room: Cell<usize>,
}

thread_local! {
    // A `const` initializer and no destructor: reading it is a plain
    // thread-local access, usable from inside the allocator at any time,
    // including while a thread exits. Blocks still listed when a thread ends
    // stay allocated; the Python thread runs until the process exits.
    static FREE: FreeLists = const {
        FreeLists {
            heads: [const { Cell::new(ptr::null_mut()) }; CLASSES],
            room: Cell::new(CACHE_BYTES),
        }
    };
}

/// The `malloc`-backed allocator with per-thread free lists for small blocks.
pub struct PyAllocator;

/// The size class of a request, when the cache serves it.
#[inline(always)]
fn class_of(layout: Layout) -> Option<usize> {
    if layout.size() > LARGEST_CACHED || layout.align() > ALIGN {
        return None;
    }
    Some(layout.size().saturating_sub(SMALLEST).div_ceil(STEP))
}

/// The bytes a block of `class` holds.
#[inline(always)]
fn class_size(class: usize) -> usize {
    SMALLEST + STEP * class
}

/// The layout every block of `class` is allocated with, whatever the request.
#[inline(always)]
fn class_layout(class: usize) -> Layout {
    // SAFETY: the size is at least 24 and a multiple of 8 below 200, and 16
    // is a power of two: a valid layout.
    unsafe { Layout::from_size_align_unchecked(class_size(class), ALIGN) }
}

impl PyAllocator {
    /// A block of `class`: the most recently freed one, or a new one.
    #[inline(always)]
    fn alloc_class(&self, class: usize) -> *mut u8 {
        let reused = FREE.with(|lists| {
            let head = lists.heads[class].get();
            if head.is_null() {
                return head;
            }
            // SAFETY: a listed block is one this thread freed and no one
            // uses: it is at least 24 bytes, 16-aligned, and holds the link
            // written when it was listed.
            let next = unsafe { (*head).next };
            lists.heads[class].set(next);
            lists.room.set(lists.room.get() + class_size(class));
            head
        });
        if !reused.is_null() {
            return reused.cast();
        }
        // SAFETY: the class layout has a non-zero size.
        unsafe { System.alloc(class_layout(class)) }
    }

    /// Frees a block of `class`: onto the list while there is room, else to `malloc`.
    #[inline(always)]
    fn dealloc_class(&self, block: *mut u8, class: usize) {
        let listed = FREE.with(|lists| {
            let room = lists.room.get();
            let size = class_size(class);
            if room < size {
                return false;
            }
            lists.room.set(room - size);
            let block = block.cast::<FreeBlock>();
            // SAFETY: the caller owns the block (it came from `alloc_class`
            // for this class, so it is at least 24 bytes and 16-aligned) and
            // gives it up here; the link is the only thing written to it
            // until it is handed out again.
            unsafe {
                block.write(FreeBlock {
                    next: lists.heads[class].get(),
                })
            };
            lists.heads[class].set(block);
            true
        });
        if !listed {
            // SAFETY: the block was allocated by `System` with this class layout.
            unsafe { System.dealloc(block, class_layout(class)) }
        }
    }
}

// SAFETY: small requests get a block of their class, at least as large as
// asked and 16-aligned (`malloc`'s alignment; larger alignments go to
// `System`); a freed small block is either listed for reuse by later requests
// of the same class or returned to `System` with the layout it was allocated
// with. Everything else goes to `System` unchanged. Free lists are per thread,
// and a block freed on another thread than the one that allocated it simply
// joins that thread's list: all blocks come from the same `malloc`.
unsafe impl GlobalAlloc for PyAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => self.alloc_class(class),
            // SAFETY: forwarded with the caller's guarantees.
            None => unsafe { System.alloc(layout) },
        }
    }

    #[inline]
    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(layout) {
            Some(class) => self.dealloc_class(block, class),
            // SAFETY: forwarded with the caller's guarantees.
            None => unsafe { System.dealloc(block, layout) },
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(layout) {
            Some(class) => {
                let block = self.alloc_class(class);
                if !block.is_null() {
                    // SAFETY: the block holds at least `layout.size()` bytes.
                    unsafe { block.write_bytes(0, layout.size()) };
                }
                block
            }
            // SAFETY: forwarded with the caller's guarantees.
            None => unsafe { System.alloc_zeroed(layout) },
        }
    }

    #[inline]
    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller guarantees `new_size`, rounded to the alignment,
        // does not overflow.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        match (class_of(layout), class_of(new_layout)) {
            // The block already has room for the new size.
            (Some(old), Some(new)) if old == new => block,
            // SAFETY: forwarded with the caller's guarantees.
            (None, None) => unsafe { System.realloc(block, layout, new_size) },
            _ => {
                // SAFETY: `new_layout` has a non-zero size (the caller's guarantee).
                let moved = unsafe { self.alloc(new_layout) };
                if !moved.is_null() {
                    // SAFETY: both blocks hold at least the smaller size and
                    // are distinct allocations; the old one is freed with
                    // the layout it was allocated with.
                    unsafe {
                        ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                        self.dealloc(block, layout);
                    }
                }
                moved
            }
        }
    }
}

/// How many bytes of freed blocks this thread holds for reuse.
pub fn cached_bytes() -> usize {
    FREE.with(|lists| CACHE_BYTES - lists.room.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_glibc_chunk_sizes() {
        let class = |size| class_of(Layout::from_size_align(size, 8).expect("layout"));
        assert_eq!(class(1), Some(0));
        assert_eq!(class(24), Some(0));
        assert_eq!(class(25), Some(1));
        assert_eq!(class(40), Some(1));
        assert_eq!(class(144), Some(8));
        assert_eq!(class(152), Some(8));
        assert_eq!(class(153), None);
        assert_eq!(class_size(8), LARGEST_CACHED);
        let aligned = Layout::from_size_align(64, 32).expect("layout");
        assert_eq!(
            class_of(aligned),
            None,
            "over-aligned requests go to malloc"
        );
    }

    #[test]
    fn a_freed_block_is_reused_by_its_class() {
        let allocator = PyAllocator;
        let layout = Layout::from_size_align(48, 8).expect("layout");
        // SAFETY: each block is freed once, with the layout it was allocated with.
        unsafe {
            let first = allocator.alloc(layout);
            assert!(!first.is_null());
            assert_eq!(first as usize % ALIGN, 0);
            allocator.dealloc(first, layout);
            let larger_same_class = Layout::from_size_align(56, 8).expect("layout");
            let second = allocator.alloc(larger_same_class);
            assert_eq!(first, second, "the freed block comes back");
            allocator.dealloc(second, larger_same_class);
        }
    }

    #[test]
    fn realloc_keeps_contents_across_classes() {
        let allocator = PyAllocator;
        let small = Layout::from_size_align(16, 8).expect("layout");
        // SAFETY: the block is written within its size, grown and shrunk
        // through `realloc`, and freed once with its last layout.
        unsafe {
            let block = allocator.alloc_zeroed(small);
            assert_eq!(std::slice::from_raw_parts(block, 16), &[0; 16]);
            for i in 0..16 {
                *block.add(i) = i as u8;
            }
            let same = allocator.realloc(block, small, 20);
            assert_eq!(same, block, "within the class the block stays");
            let grown = allocator.realloc(same, Layout::from_size_align(20, 8).unwrap(), 100);
            let large = allocator.realloc(grown, Layout::from_size_align(100, 8).unwrap(), 4096);
            let back = allocator.realloc(large, Layout::from_size_align(4096, 8).unwrap(), 16);
            let expected: Vec<u8> = (0..16).collect();
            assert_eq!(std::slice::from_raw_parts(back, 16), &expected[..]);
            allocator.dealloc(back, small);
        }
    }

    #[test]
    fn the_cache_holds_at_most_its_budget() {
        let allocator = PyAllocator;
        let layout = Layout::from_size_align(LARGEST_CACHED, 8).expect("layout");
        let count = CACHE_BYTES / LARGEST_CACHED + 100;
        // SAFETY: every block is freed once, with the layout it was allocated with.
        unsafe {
            let blocks: Vec<*mut u8> = (0..count).map(|_| allocator.alloc(layout)).collect();
            for &block in &blocks {
                allocator.dealloc(block, layout);
            }
            assert!(cached_bytes() <= CACHE_BYTES);
            assert!(cached_bytes() > CACHE_BYTES - LARGEST_CACHED);
            // Taking them back empties the lists again.
            let again: Vec<*mut u8> = (0..count).map(|_| allocator.alloc(layout)).collect();
            assert!(cached_bytes() < CACHE_BYTES / 2);
            for block in again {
                allocator.dealloc(block, layout);
            }
        }
    }
}
