//! Runs `copydesk lsp`, found on the worktree's PATH, for Markdown, plain text and HTML.

use zed_extension_api as zed;

struct Copydesk;

impl zed::Extension for Copydesk {
    fn new() -> Self {
        Copydesk
    }

    fn language_server_command(
        &mut self,
        _id: &zed::LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<zed::Command> {
        let command = worktree.which("copydesk").ok_or_else(|| {
            "copydesk is not on PATH; install it with `cargo install --path .`".to_string()
        })?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".to_string()],
            env: Vec::new(),
        })
    }
}

zed::register_extension!(Copydesk);
