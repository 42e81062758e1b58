// Starts `copydesk lsp` for Markdown, plain text and HTML; everything else is the server's.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate() {
  const command = vscode.workspace.getConfiguration('copydesk').get('path') || 'copydesk';
  const documentSelector = ['markdown', 'plaintext', 'html'].flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
  client = new LanguageClient(
    'copydesk',
    'copydesk',
    { command, args: ['lsp'] },
    { documentSelector },
  );
  await client.start();
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
