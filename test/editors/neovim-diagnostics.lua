-- Attaches the IMR language server (over stdio) to a letter in a headless Neovim 0.7+ and writes
-- the diagnostics it publishes, one per line: "line:col severity code message".
-- Environment: IMR_SERVER (path of bin/imr-language-server.js), IMR_LETTER (the letter),
-- IMR_OUT (file to write to), IMR_TIMEOUT_MS (how long to wait for diagnostics).
local server = assert(os.getenv('IMR_SERVER'), 'IMR_SERVER is not set')
local letter = assert(os.getenv('IMR_LETTER'), 'IMR_LETTER is not set')
local out_path = assert(os.getenv('IMR_OUT'), 'IMR_OUT is not set')
local timeout = tonumber(os.getenv('IMR_TIMEOUT_MS') or '30000')

local out = assert(io.open(out_path, 'w'))
local function finish(code)
  out:close()
  vim.cmd((code == 0) and 'qall!' or ('cquit ' .. code))
end

vim.cmd('edit ' .. vim.fn.fnameescape(letter))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'imr'

local client_id = vim.lsp.start_client({
  name = 'imr-language-server',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(letter, ':p:h'),
  -- Answered to the server's workspace/configuration request for the "imr" section.
  settings = { imr = { lint = { run = 'onType' } } },
})
if not client_id then
  out:write('error: the language server did not start\n')
  finish(3)
  return
end
vim.lsp.buf_attach_client(bufnr, client_id)

local arrived = vim.wait(timeout, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 50)
if not arrived then
  out:write('error: no diagnostics within ' .. timeout .. ' ms\n')
  finish(4)
  return
end

local names = { 'error', 'warning', 'info', 'hint' }
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  local message = d.message:gsub('\n', ' ')
  out:write(string.format('%d:%d %s %s %s\n', d.lnum + 1, d.col + 1, names[d.severity] or '?', code, message))
end

-- A clean shutdown: the server must answer shutdown and exit on exit.
vim.lsp.stop_client(client_id)
vim.wait(5000, function()
  return vim.lsp.get_client_by_id(client_id) == nil
end, 50)
finish(0)
