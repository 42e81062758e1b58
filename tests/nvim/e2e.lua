-- End-to-end test of `copydesk lsp` in a real editor: headless Neovim attaches the server to
-- the file it was started on, waits for diagnostics, compares them with
-- `copydesk check --format json` on the same file, applies the quick fix of the first
-- doubled word, checks the buffer against the fix `check` reports, and compares the
-- diagnostics of the edited buffer again.
--
-- Works with Neovim 0.7 (Debian 12: vim.lsp.start_client, encoding set by hand) and with
-- 0.8 and later (vim.lsp.start, encoding negotiated).
--
-- Environment: COPYDESK_BIN (the binary), E2E_ENCODING (utf-8 or utf-16, default utf-16),
-- E2E_RESULT (file that receives "ok" or the failure), E2E_WORK (folder for scratch files).

local bin = assert(os.getenv('COPYDESK_BIN'), 'COPYDESK_BIN is not set')
local encoding = os.getenv('E2E_ENCODING') or 'utf-16'
local result_path = assert(os.getenv('E2E_RESULT'), 'E2E_RESULT is not set')
local work = assert(os.getenv('E2E_WORK'), 'E2E_WORK is not set')

local function say(msg)
  io.stdout:write(msg .. '\n')
end

local function finish(ok, msg)
  local f = io.open(result_path, 'w')
  f:write((ok and 'ok' or 'FAIL') .. '\n' .. (msg or '') .. '\n')
  f:close()
  vim.cmd(ok and 'qa!' or 'cquit! 1')
end

local severity = { error = vim.diagnostic.severity.ERROR, warning = vim.diagnostic.severity.WARN,
  info = vim.diagnostic.severity.INFO }

-- `copydesk check --format json` on `path`, as Neovim diagnostics of the buffer's lines
-- (0-based lines, byte columns), sorted.
local function expected(path, lines)
  local out = vim.fn.system({ bin, 'check', '--format', 'json', path })
  local report = vim.fn.json_decode(out)
  local list = {}
  for _, d in ipairs(report.diagnostics) do
    -- JSON columns count Unicode scalar values; str_byteindex takes a UTF-32 index.
    local col = vim.str_byteindex(lines[d.line], d.column - 1)
    local end_col = vim.str_byteindex(lines[d.end_line] or '', d.end_column - 1)
    table.insert(list, { lnum = d.line - 1, col = col, end_lnum = d.end_line - 1,
      end_col = end_col, message = d.message, code = d.rule, severity = severity[d.severity],
      fix = d.fix })
  end
  return list
end

local function sort(list)
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    return tostring(a.code) < tostring(b.code)
  end)
  return list
end

-- The server's raw ranges, in the negotiated encoding, as byte columns of `lines`.
local function raw_to_bytes(lines, pos)
  local line = lines[pos.line + 1] or ''
  if encoding == 'utf-8' then return pos.character end
  return vim.str_byteindex(line, pos.character, true)
end

local function compare(bufnr, raw, path)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  local want = sort(expected(path, lines))
  local got = sort(vim.deepcopy(vim.diagnostic.get(bufnr)))
  local raw_list = sort(vim.tbl_map(function(d)
    return { lnum = d.range.start.line, col = raw_to_bytes(lines, d.range.start),
      end_lnum = d.range['end'].line, end_col = raw_to_bytes(lines, d.range['end']), code = d.code,
      message = d.message }
  end, raw))
  if #want == 0 then error('check found nothing in ' .. path .. '; the test needs findings') end
  if #got ~= #want or #raw_list ~= #want then
    error(string.format('%d diagnostics in Neovim, %d published, %d from check',
      #got, #raw_list, #want))
  end
  for i, w in ipairs(want) do
    for _, d in ipairs({ got[i], raw_list[i] }) do
      for _, k in ipairs({ 'lnum', 'col', 'end_lnum', 'end_col', 'message', 'code' }) do
        if d[k] ~= w[k] then
          error(string.format('finding %d (%s): %s is %s in the editor, %s from check',
            i, w.code, k, vim.inspect(d[k]), vim.inspect(w[k])))
        end
      end
    end
    if got[i].severity ~= w.severity then
      error(string.format('finding %d: severity %s, expected %s', i, got[i].severity, w.severity))
    end
    if got[i].source ~= 'copydesk' then error('source is ' .. tostring(got[i].source)) end
    say(string.format('  %d:%d-%d:%d %s: %s', w.lnum + 1, w.col, w.end_lnum + 1, w.end_col,
      w.code, w.message))
  end
  return want
end

local function main()
  vim.lsp.set_log_level('debug')
  local bufnr = vim.api.nvim_get_current_buf()
  local path = vim.api.nvim_buf_get_name(bufnr)
  local published = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  -- Offer exactly one encoding, so both paths of the server are exercised.
  capabilities.general = { positionEncodings = { encoding } }
  local config = {
    name = 'copydesk',
    cmd = { bin, 'lsp' },
    root_dir = vim.fn.fnamemodify(path, ':h'),
    capabilities = capabilities,
    offset_encoding = encoding,
    init_options = { logTiming = true },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, cfg)
        table.insert(published, result)
        return default_handler(err, result, ctx, cfg)
      end,
    },
    on_init = function(client, result)
      -- Neovim 0.7 does not read the server's choice; the server must agree with ours.
      local chosen = result.capabilities.positionEncoding or 'utf-16'
      if chosen ~= encoding then
        finish(false, 'server chose ' .. chosen .. ', client offered ' .. encoding)
      end
      client.offset_encoding = chosen
    end,
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  say('nvim ' .. tostring(vim.version().major) .. '.' .. tostring(vim.version().minor)
    .. '.' .. tostring(vim.version().patch) .. ', ' .. encoding .. ', ' .. path)

  if not vim.wait(30000, function() return #published > 0 end, 10) then
    error('no diagnostics within 30 s')
  end
  local first = published[#published]
  say('diagnostics of version ' .. tostring(first.version) .. ':')
  local want = compare(bufnr, first.diagnostics, path)

  -- The quick fix of the first doubled word, asked for and applied as the editor does.
  local target
  for _, d in ipairs(first.diagnostics) do
    if d.code == 'repeated-word' then target = d break end
  end
  if not target then error('no repeated-word finding to fix') end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, range = target.range,
    context = { diagnostics = { target } } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  local actions = (responses and responses[client_id] or {}).result or {}
  local fix
  for _, a in ipairs(actions) do
    if a.isPreferred and a.diagnostics and a.diagnostics[1].code == 'repeated-word' then fix = a end
  end
  if not fix then error('no preferred quick fix among ' .. vim.inspect(actions)) end
  say('applying "' .. fix.title .. '"')
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)

  -- The buffer now holds the file with the same fix `check` reports applied.
  local file = table.concat(vim.fn.readfile(path, 'b'), '\n')
  local fixed_by_check
  for _, w in ipairs(want) do
    if w.code == 'repeated-word' and w.lnum == target.range.start.line then
      local e = w.fix.edits[1]
      fixed_by_check = file:sub(1, e.start) .. e.replacement .. file:sub(e['end'] + 1)
      break
    end
  end
  local buffer = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'
  if buffer ~= fixed_by_check then
    error('buffer after the fix:\n' .. buffer .. '\nexpected:\n' .. fixed_by_check)
  end
  say('buffer matches the fix from check')

  -- The edit reaches the server (incremental didChange) and is checked again.
  local before = #published
  if not vim.wait(30000, function()
    return #published > before and published[#published].version ~= first.version
  end, 10) then
    error('no diagnostics for the edited buffer')
  end
  local second = published[#published]
  local copy = work .. '/fixed-' .. encoding .. '.md'
  vim.fn.writefile(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), copy)
  say('diagnostics of version ' .. tostring(second.version) .. ' (after the fix):')
  local after = compare(bufnr, second.diagnostics, copy)
  if #after ~= #want - 1 then error('the fix should remove exactly one finding') end
  finish(true, 'ok')
end

local ok, err = xpcall(main, debug.traceback)
if not ok then finish(false, tostring(err)) end
