//! Where the next page of a list starts, for the `paginate…` iterators: a pure function of the
//! page just received, so js/client.js only fetches.

/// The page size of an iterator whose query gives no `limit`.
pub const DEFAULT_PAGE_LIMIT: u32 = 500;

/// The offset of the page after one asked from `offset` with `limit` that held `received` items
/// and said `count`; `None` when that page was the last. The next offset is the offset sent plus
/// the items received (the API's `from` and `to` are not used: the docs and the API disagree on
/// them). The list ends after a page shorter than the limit, or when `count` shows it is the
/// total (it exceeds the items of the page) and the items received reach it: the docs also call
/// `count` the number of items returned, and a count equal to the page's items proves nothing
/// either way.
pub fn next_offset(offset: u64, limit: u64, received: u64, count: Option<f64>) -> Option<u64> {
    let end = offset.saturating_add(received);
    let count_is_reached_total = count.is_some_and(|count| count > received as f64 && count <= end as f64);
    (received >= limit && !count_is_reached_total).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_page_is_the_last() {
        assert_eq!(next_offset(0, 500, 499, None), None);
        assert_eq!(next_offset(1000, 500, 0, Some(1000.0)), None);
    }

    #[test]
    fn a_full_page_leads_on_from_the_items_received() {
        assert_eq!(next_offset(0, 500, 500, None), Some(500));
        assert_eq!(next_offset(500, 500, 500, Some(5000.0)), Some(1000));
    }

    #[test]
    fn a_count_above_the_page_is_the_total_and_ends_the_list_once_reached() {
        assert_eq!(next_offset(4500, 500, 500, Some(5000.0)), None);
        assert_eq!(next_offset(4000, 500, 500, Some(5000.0)), Some(4500));
    }

    #[test]
    fn a_count_equal_to_the_page_proves_nothing() {
        // Where the API counts the page's own items, a full page of 500 says count 500.
        assert_eq!(next_offset(500, 500, 500, Some(500.0)), Some(1000));
    }
}
