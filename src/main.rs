fn main() {
    println!("casegap {}", env!("CARGO_PKG_VERSION"));
}
