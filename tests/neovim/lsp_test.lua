-- Drives `jevons lsp` through Neovim's built-in LSP client (0.7+): every check appends "ok" or "FAIL" to $RESULTS.
local jevons, work, results = os.getenv("JEVONS"), os.getenv("WORK"), os.getenv("RESULTS")
local lines, failed = {}, 0
local function check(name, ok, detail)
  table.insert(lines, (ok and "ok    " or "FAIL  ") .. name .. ((not ok and detail) and (": " .. detail) or ""))
  if not ok then failed = failed + 1 end
end
local function finish()
  table.insert(lines, string.format("neovim lsp test: %d checks, %d failed", #lines, failed))
  local f = assert(io.open(results, "w"))
  f:write(table.concat(lines, "\n") .. "\n")
  f:close()
  vim.cmd(failed == 0 and "qall!" or "cquit 1")
end
local function line_of(text)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, false)) do
    local c = l:find(text, 1, true)
    if c then return i - 1, c - 1 end
  end
  error("not in the buffer: " .. text)
end
local function request(method, params)
  local answers = vim.lsp.buf_request_sync(0, method, params, 60000) or {}
  for _, a in pairs(answers) do
    if a.result ~= nil then return a.result, a.error end
    if a.err ~= nil then return nil, a.err end
  end
  return nil, "no answer"
end
local function at(text, offset)
  local l, c = line_of(text)
  return { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = l, character = c + (offset or 0) } }
end

local ok_run, err = pcall(function()
  vim.cmd("edit " .. work .. "/model.energy")
  vim.bo.filetype = "energy"
  local client = vim.lsp.start_client({ name = "jevons", cmd = { jevons, "lsp" }, root_dir = work })
  check("the server starts", client ~= nil)
  vim.lsp.buf_attach_client(0, client)
  local bufnr = vim.api.nvim_get_current_buf()

  -- diagnostics: the unit error and the unresolved accelerator with its near misses
  local got = vim.wait(90000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.message:find("did you mean", 1, true) then return true end
    end
    return false
  end, 200)
  local messages = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do table.insert(messages, d.message) end
  check("diagnostics arrive", got, table.concat(messages, " | "))
  local unit = false
  for _, m in ipairs(messages) do unit = unit or m:find("power expects a power", 1, true) ~= nil end
  check("a power in TFLOP/s is an error", unit, table.concat(messages, " | "))

  -- hover on a property
  local hover = request("textDocument/hover", at("peak bf16", 1))
  check("hover on a property", hover ~= nil and hover.contents ~= nil)

  -- completion inside a block: never '}', each label once
  local l = line_of("requests 1M /day")
  local completion = request("textDocument/completion",
    { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = l, character = 4 } })
  local items = completion and (completion.items or completion) or {}
  local seen, dup, brace = {}, nil, false
  for _, item in ipairs(items) do
    if seen[item.label] then dup = item.label end
    seen[item.label] = true
    brace = brace or item.label == "}"
  end
  check("completion offers items", #items > 0)
  check("completion never offers '}'", not brace)
  check("completion lists each name once", dup == nil, dup)

  -- definition into the library: a file: URI that the editor opens
  local definition = request("textDocument/definition", at("H100_SXM", 1))
  local location = definition and (definition[1] or definition) or {}
  local uri = location.uri or location.targetUri or ""
  check("definition into the library is a file: URI", uri:sub(1, 7) == "file://", uri)
  if uri:sub(1, 7) == "file://" then
    local path = vim.uri_to_fname(uri)
    local f = io.open(path, "r")
    local text = f and f:read("*a") or ""
    if f then f:close() end
    check("the library file opens and declares H100_SXM", text:find("accelerator H100_SXM", 1, true) ~= nil, path)
  end

  -- symbols: meaningful kinds; the library in workspace symbols
  local symbols = request("textDocument/documentSymbol", { textDocument = { uri = vim.uri_from_bufnr(0) } }) or {}
  local kinds = {}
  for _, s in ipairs(symbols) do
    kinds[s.name] = s.kind
    for _, child in ipairs(s.children or {}) do kinds[child.name] = child.kind end
  end
  check("an accelerator is a Class symbol", kinds["Chip"] == vim.lsp.protocol.SymbolKind.Class, tostring(kinds["Chip"]))
  check("an inference is a Function symbol", kinds["Chat"] == vim.lsp.protocol.SymbolKind.Function,
    tostring(kinds["Chat"]))
  local found = false
  for _, s in ipairs(request("workspace/symbol", { query = "H100_S" }) or {}) do
    found = found or s.name == "jevons.library.hardware.H100_SXM"
  end
  check("workspace symbols include the library", found)

  -- code actions: the unit fix and the did-you-mean fix, applied
  local function actions_at(text, offset)
    local p = at(text, offset)
    local diagnostics = {}
    for _, d in ipairs(vim.lsp.diagnostic.get_line_diagnostics(bufnr, p.position.line)) do
      table.insert(diagnostics, d)
    end
    return request("textDocument/codeAction", { textDocument = p.textDocument,
      range = { start = p.position, ["end"] = p.position }, context = { diagnostics = diagnostics } }) or {}
  end
  local function apply(actions, title)
    for _, a in ipairs(actions) do
      if a.title == title and a.edit then
        vim.lsp.util.apply_workspace_edit(a.edit, "utf-16")
        return true
      end
    end
    local titles = {}
    for _, a in ipairs(actions) do table.insert(titles, a.title) end
    return false, table.concat(titles, " | ")
  end
  local applied, titles = apply(actions_at("power 989 TFLOP/s", 10), "Change the unit to 'W'")
  check("code action: change the unit", applied and vim.fn.search("power 989 W$", "nw") > 0, titles)
  applied, titles = apply(actions_at("on 1 x H100", 7), "Change to 'H100_SXM'")
  check("code action: did you mean", applied and vim.fn.search("on 1 x H100_SXM$", "nw") > 0, titles)

  -- formatting
  local edits = request("textDocument/formatting", { textDocument = { uri = vim.uri_from_bufnr(0) },
    options = { tabSize = 4, insertSpaces = true } }) or {}
  check("formatting returns edits for 'model   Llama_3_3_70B'", #edits > 0)
  vim.lsp.util.apply_text_edits(edits, bufnr, "utf-16")
  check("formatting applied", vim.fn.search("model   Llama", "nw") == 0)

  vim.lsp.stop_client(client)
end)
if not ok_run then check("the test script runs", false, tostring(err)) end
finish()
