//! Times the one-pass walker natively on the get-ticket fixture; `valgrind --tool=callgrind` on it gives
//! load-independent instruction counts for comparing changes to the reader and walker.
use periskope_wasm::model::TICKET_INFO;
use periskope_wasm::schema::{validate_text, Shape};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string("tests/fixtures/ticket-info.get-ticket.json")?;
    let opts = Default::default();
    let n: u32 = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(200_000);
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(validate_text(std::hint::black_box(&text), &Shape::Object(&TICKET_INFO), &opts)?);
    }
    let dt = t.elapsed().as_secs_f64() / f64::from(n);
    println!("{:.2} us per parse, {:.0} MB/s", dt * 1e6, text.len() as f64 / dt / 1e6);
    Ok(())
}
