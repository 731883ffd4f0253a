#!/usr/bin/env python3
"""Latency of `jevons lsp` diagnostics on a large document (docs/methodology.md, "Performance").

Starts the language server over stdio in a temporary workspace, opens a generated 5 000-line document
(500 inferences of 10 lines, as benchmarks/whole-process.sh's large workspace) beside OTHERS files of the
same size on disk (none of them refers to the edited one), then sends EDITS changes of one number in the
middle of the document, one at a time, and times each textDocument/publishDiagnostics of the document from
the moment the change was written (after WARMUP untimed changes, default 80: an editor's server runs for
hours, its JIT compiler has long finished), beside the CPU time the server process used from the change until
just before the next one (Linux /proc; all its threads, so work done after publishing counts too). Changes are ranged (incremental) when the server offers incremental
sync, else the whole text (FULL=1 forces whole-text changes). Prints the open time and the median, minimum
and maximum of the change times, with the load average. Timing only: it asserts nothing.

usage: benchmarks/lsp-latency.py [path/to/jevons] [EDITS]   (after ./jevons build; OTHERS=N, default 3;
       WARMUP=N, default 80; after 10 the JIT compiler still takes seconds of CPU per change)
"""
import json, os, queue, shutil, statistics, subprocess, sys, tempfile, threading, time

tool = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "jevons"))
edits = int(sys.argv[2]) if len(sys.argv) > 2 else 20
others = int(os.environ.get("OTHERS", "3"))
warmup = int(os.environ.get("WARMUP", "80"))
force_full = bool(os.environ.get("FULL"))


def document(package, declarations=500):
    lines = [f"package {package}", "", "import jevons.library.hardware.*", "import jevons.library.grids.*",
             "import jevons.library.models.*", ""]
    for i in range(declarations):
        lines += [f"inference Service_{i} {{", "    model DeepSeek_R1_Distill_Llama_70B", "    on 1 x H100_SXM",
                  "    precision fp8", f"    prompt {100 + i} tokens", "    reasoning 600 .. 1100 .. 3000 tokens",
                  "    answer 550 tokens", "    energy 2.0 J/token", "    requests 1M /day", "}"]
    return "\n".join(lines) + "\n"


work = tempfile.mkdtemp(prefix="jevons-lsp-latency-")
try:
    for n in range(others):
        with open(os.path.join(work, f"other{n}.energy"), "w") as f:
            f.write(document(f"large.other{n}"))
    uri = "file://" + os.path.join(work, "edited.energy")
    text = document("large.edited")
    lines = text.split("\n")
    target = 6 + 250 * 10 + 4  # the prompt line of the 250th declaration: "    prompt 350 tokens"

    server = subprocess.Popen([tool, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL)
    inbox = queue.Queue()

    def read():
        out = server.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.decode().strip()
                if not line:
                    break
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":")[1])
            inbox.put((time.monotonic(), json.loads(out.read(length))))

    threading.Thread(target=read, daemon=True).start()

    def send(message):
        body = json.dumps(message).encode()
        server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        server.stdin.flush()

    def wait(predicate, limit=120):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            try:
                at, message = inbox.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                break
            if predicate(message):
                return at, message
        sys.exit("lsp-latency: no answer within %d s" % limit)

    def diagnostics_of_document(message):
        return message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"].endswith(
            "/edited.energy")

    send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
          "params": {"processId": None, "rootUri": "file://" + work, "capabilities": {}}})
    _, answer = wait(lambda m: m.get("id") == 1)
    sync = answer["result"]["capabilities"].get("textDocumentSync")
    kind = sync.get("change") if isinstance(sync, dict) else sync
    incremental = kind == 2 and not force_full
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    pending = {f"/other{n}.energy" for n in range(others)}
    while pending:  # the initial build of the files on disk, before the clock starts
        _, built = wait(lambda m: m.get("method") == "textDocument/publishDiagnostics", 300)
        pending.discard(built["params"]["uri"][built["params"]["uri"].rfind("/"):])

    sent = time.monotonic()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
          "params": {"textDocument": {"uri": uri, "languageId": "energy", "version": 1, "text": text}}})
    at, _ = wait(diagnostics_of_document)
    opened = at - sent

    ticks = os.sysconf("SC_CLK_TCK")

    def cpu_seconds():  # user + system time of the server's JVM (the launcher execs it: same pid)
        with open(f"/proc/{server.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    times = []
    cpu = []
    for version in range(2, warmup + edits + 2):
        value = f"{350 + version} tokens"
        old = lines[target]
        lines[target] = f"    prompt {value}"
        if incremental:
            start = len("    prompt ")
            change = {"range": {"start": {"line": target, "character": start},
                                "end": {"line": target, "character": len(old)}}, "text": value}
        else:
            change = {"text": "\n".join(lines)}
        before = cpu_seconds()
        sent = time.monotonic()
        send({"jsonrpc": "2.0", "method": "textDocument/didChange",
              "params": {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        at, _ = wait(diagnostics_of_document)
        time.sleep(0.3)  # a typist's pause: each change is measured alone
        if version >= warmup + 2:
            times.append(at - sent)
            cpu.append(cpu_seconds() - before)

    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    wait(lambda m: m.get("id") == 2, 30)
    send({"jsonrpc": "2.0", "method": "exit", "params": None})
    server.wait(30)
    load = os.getloadavg()
    print(f"lsp-latency: {len(text.splitlines())}-line document, {others} other files of the same size, "
          f"{'incremental' if incremental else 'whole-text'} changes (server sync kind {kind})")
    print(f"  open → diagnostics {opened * 1000:.0f} ms")
    print(f"  change → diagnostics, {len(times)} changes after {warmup} untimed ones: median {statistics.median(times) * 1000:.0f} ms, "
          f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms; "
          f"server CPU per change: median {statistics.median(cpu) * 1000:.0f} ms")
    print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}, {os.cpu_count()} cores")
finally:
    shutil.rmtree(work, ignore_errors=True)
