-- Headless Neovim (0.7+) against the Copydesk language server: `node dist/server.js --stdio` (or $COPYDESK_SERVER), started with
-- vim.lsp.start_client (0.7 has no vim.lsp.start), on the fixture drafts the VS Code suite uses. Expectations come
-- from test/e2e/fixtures/expected.json. Prints one line per test and "N passed, N failed"; exits 1 on any failure.
local root = assert(os.getenv('COPYDESK_ROOT'), 'COPYDESK_ROOT is not set')
local workspace = assert(os.getenv('COPYDESK_WORKSPACE'), 'COPYDESK_WORKSPACE is not set')
local expected = vim.json.decode(table.concat(vim.fn.readfile(root .. '/test/e2e/fixtures/expected.json'), '\n'))
vim.lsp.set_log_level(os.getenv('COPYDESK_LSP_LOG') or 'warn')
local TIMEOUT = 15000
vim.o.hidden = true -- edited buffers are never saved; let the tests switch away from them

local function out(line)
  io.stdout:write(line .. '\n')
end

local passed, failed = 0, 0
local function test(name, body)
  local started = vim.loop.hrtime()
  local ok, err = pcall(body)
  local ms = math.floor((vim.loop.hrtime() - started) / 1e6)
  if ok then
    passed = passed + 1
    out(string.format('ok - %s (%d ms)', name, ms))
  else
    failed = failed + 1
    out(string.format('not ok - %s (%d ms)\n    %s', name, ms, tostring(err):gsub('\n', '\n    ')))
  end
end

local function eq(actual, wanted, what)
  if not vim.deep_equal(actual, wanted) then
    error(string.format('%s: expected %s, got %s', what, vim.inspect(wanted), vim.inspect(actual)), 2)
  end
end

local client_id = vim.lsp.start_client({
  name = 'copydesk',
  -- COPYDESK_SERVER: an installed copydesk-language-server (the npm package test) instead of the built bundle.
  cmd = os.getenv('COPYDESK_SERVER') and { os.getenv('COPYDESK_SERVER'), '--stdio' } or { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = workspace,
  -- Neovim 0.7 answers workspace/configuration but does not say so; the server reads settings that way only.
  capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(), {
    workspace = { configuration = true },
  }),
  workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'fixtures' } },
})
assert(client_id, 'the language server did not start')

local function open(file)
  local path = workspace .. '/' .. file
  local existing = vim.fn.bufnr(path)
  if existing > 0 then
    vim.api.nvim_set_current_buf(existing) -- (:edit would reload the file and drop the edits a test made)
  else
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
  end
  local bufnr = vim.api.nvim_get_current_buf()
  if not vim.lsp.buf_is_attached(bufnr, client_id) then
    assert(vim.lsp.buf_attach_client(bufnr, client_id), 'could not attach the client to ' .. file)
  end
  return bufnr
end

-- The rule id: 0.7 keeps an LSP diagnostic's code in user_data.lsp (later versions also in .code).
local function code_of(d)
  if d.code ~= nil then return d.code end
  return d.user_data and d.user_data.lsp and d.user_data.lsp.code
end

local function find(bufnr, code, range)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code and (range == nil
        or (d.lnum == range[1] and d.col == range[2] and d.end_lnum == range[3] and d.end_col == range[4])) then
      return d
    end
  end
end

local function describe(bufnr)
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    lines[#lines + 1] = string.format('%s/%s %d:%d-%d:%d %s', d.source, code_of(d), d.lnum, d.col, d.end_lnum, d.end_col, d.message)
  end
  return #lines == 0 and 'no diagnostics' or table.concat(lines, '\n      ')
end

local function wait_for(bufnr, code, range)
  local found
  vim.wait(TIMEOUT, function()
    found = find(bufnr, code, range)
    return found ~= nil
  end, 20)
  if not found then
    error(string.format('no %s diagnostic at %s; saw:\n      %s', code, vim.inspect(range), describe(bufnr)), 2)
  end
  return found
end

local function wait_gone(bufnr, code, range)
  local gone = vim.wait(TIMEOUT, function() return find(bufnr, code, range) == nil end, 20)
  if not gone then error(string.format('the %s diagnostic stayed; saw:\n      %s', code, describe(bufnr)), 2) end
end

local function count(bufnr, code)
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code then n = n + 1 end
  end
  return n
end

local severity = {
  error = vim.diagnostic.severity.ERROR,
  warning = vim.diagnostic.severity.WARN,
  info = vim.diagnostic.severity.INFO,
  hint = vim.diagnostic.severity.HINT,
}

local draft = expected.draft
local draft_buf

test('a .draft file gets the orphan quote and the name variant (code, range, message, severity)', function()
  draft_buf = open(draft.file)
  for _, e in ipairs({ draft.quote, draft.name }) do
    local d = wait_for(draft_buf, e.code, e.range)
    eq(d.source, 'copydesk', 'source')
    eq(d.message, e.message, 'message of ' .. e.code)
    eq(d.severity, severity[e.severity], 'severity of ' .. e.code)
    eq(count(draft_buf, e.code), e.count, 'number of ' .. e.code .. ' diagnostics')
  end
end)

test('a Markdown file is checked', function()
  local bufnr = open(expected.markdown.file)
  eq(vim.bo[bufnr].filetype, 'markdown', 'filetype')
  local d = wait_for(bufnr, 'quote-unattributed', expected.markdown.range)
  eq(d.message, expected.markdown.message, 'message')
end)

test('a plain text file is checked', function()
  local bufnr = open(expected.plaintext.file)
  local d = wait_for(bufnr, 'quote-unattributed', expected.plaintext.range)
  eq(d.message, expected.plaintext.message, 'message')
end)

test('the name-inconsistent code action replaces the variant and the diagnostic goes', function()
  local bufnr = draft_buf
  vim.api.nvim_set_current_buf(bufnr)
  local r = draft.name.range
  wait_for(bufnr, draft.name.code, r)
  local client = vim.lsp.get_client_by_id(client_id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = r[1], character = r[2] }, ['end'] = { line = r[3], character = r[4] } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, r[1]) },
  }
  local response = client.request_sync('textDocument/codeAction', params, TIMEOUT, bufnr)
  assert(response and response.result, 'no answer to textDocument/codeAction: ' .. vim.inspect(response))
  local fix
  local titles = {}
  for _, action in ipairs(response.result) do
    titles[#titles + 1] = action.title
    if action.title == draft.name.fixTitle then fix = action end
  end
  assert(fix, 'no "' .. draft.name.fixTitle .. '" among ' .. vim.inspect(titles))
  eq(fix.kind, 'quickfix', 'kind')
  eq(fix.isPreferred, true, 'isPreferred')
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or 'utf-16')
  eq(vim.api.nvim_buf_get_lines(bufnr, r[1], r[1] + 1, true)[1], draft.name.fixedLine, 'the fixed line')
  wait_gone(bufnr, draft.name.code)
  assert(find(bufnr, draft.quote.code, draft.quote.range), 'the orphan quote diagnostic went too')
end)

test('an edit updates the diagnostics (a new orphan quote, then undo)', function()
  local bufnr = open(expected.plaintext.file)
  local insert = expected.plaintext.insert
  wait_for(bufnr, 'quote-unattributed', expected.plaintext.range)
  assert(find(bufnr, 'quote-unattributed', insert.range) == nil, 'the new quote was flagged before it was typed')
  vim.api.nvim_buf_set_lines(bufnr, insert.line, insert.line, true, { insert.text })
  local d = wait_for(bufnr, 'quote-unattributed', insert.range)
  eq(d.message, insert.message, 'message')
  vim.api.nvim_buf_set_lines(bufnr, insert.line, insert.line + 1, true, {})
  wait_gone(bufnr, 'quote-unattributed', insert.range)
end)

test('settings = { copydesk = { rules = ... } } switch quote-unattributed off, then to error', function()
  local bufnr = open(expected.plaintext.file)
  local client = vim.lsp.get_client_by_id(client_id)
  local r = expected.plaintext.range
  wait_for(bufnr, 'quote-unattributed', r)
  local function configure(rules)
    -- What a user's `settings` in the client config holds; the server pulls section "copydesk" again.
    client.config.settings = { copydesk = { rules = rules } }
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end
  configure({ ['quote-unattributed'] = 'off' })
  wait_gone(bufnr, 'quote-unattributed')
  configure({ ['quote-unattributed'] = 'error' })
  local d
  vim.wait(TIMEOUT, function()
    d = find(bufnr, 'quote-unattributed', r)
    return d ~= nil and d.severity == vim.diagnostic.severity.ERROR
  end, 20)
  eq(d and d.severity, vim.diagnostic.severity.ERROR, 'severity after "error"')
  configure(vim.empty_dict())
end)

out(string.format('%d passed, %d failed', passed, failed))
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
if failed > 0 then vim.cmd('cquit! 1') else vim.cmd('qall!') end
