use crate::doc::Format;
use crate::parse::parse;
use crate::source::SourceFile;

fn series(text: &str) -> String {
    let src = SourceFile::new("t.txt", text);
    super::render(&parse(&src, Format::Plain))
}

fn series_md(text: &str) -> String {
    let src = SourceFile::new("t.md", text);
    super::render(&parse(&src, Format::Markdown))
}

#[test]
fn dump_file() {
    if let Ok(path) = std::env::var("SERIES_DUMP") {
        let text = std::fs::read_to_string(&path).unwrap();
        let out = if path.ends_with(".md") { series_md(&text) } else { series(&text) };
        eprintln!("{out}");
    }
}
