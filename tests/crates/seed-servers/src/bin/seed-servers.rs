//! Serves one seed API's generated server (or the hand-written Tyk baseline) on 127.0.0.1:
//! `seed-servers <tyk-portal|telnyx-oauth|sailpoint-v3|tyk-hand> [ADDR]`. Prints
//! `listening on http://ADDR` once bound (ADDR defaults to `127.0.0.1:0`, a free port).

use std::io::Write as _;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let api = args.next().unwrap_or_default();
    let addr = args.next().unwrap_or_else(|| "127.0.0.1:0".into());
    let Some(router) = seed_servers::router(&api) else {
        eprintln!("usage: seed-servers <tyk-portal|telnyx-oauth|sailpoint-v3|tyk-hand> [ADDR]");
        std::process::exit(2);
    };
    let listener = match tokio::net::TcpListener::bind(&addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: cannot bind {addr}: {e}");
            std::process::exit(2);
        }
    };
    let bound = listener
        .local_addr()
        .expect("a bound socket has an address");
    println!("listening on http://{bound}");
    let _ = std::io::stdout().flush();
    if let Err(e) = axum::serve(listener, router).await {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
