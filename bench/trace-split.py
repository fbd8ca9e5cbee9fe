#!/usr/bin/env python3
"""Split of a request's CPU from a dotnet-trace speedscope JSON (bench/render.sh --trace --keep converts one).

Replays each thread's open/close events and charges the time between two events to the stack then open. Time whose
innermost frame is a wait (thread pool idle, Monitor.Wait, epoll...) is not CPU and is left out. "request" is the
time under Kestrel's request processing (HttpProtocol.ProcessRequests); each part is the share of it spent under a
frame matching the part's pattern (inclusive, so parts may overlap: the layout includes the partials it renders).
Usage: bench/trace-split.py FILE.speedscope.json
"""
import json
import re
import sys

WAITS = re.compile(r"WaitHandle\.Wait|WaitOneNoCheck|LowLevelLifoSemaphore\.WaitForSignal|Monitor\.Wait|"
                   r"ManualResetEventSlim\.Wait|SpinWait|Thread\.Sleep|epoll_wait|SocketAsyncEngine\.EventLoop|"
                   r"LowLevelLifoSemaphore\.Wait|WaitHandle\.WaitMultiple|Interop\+Sys\.WaitForSocketEvents")
REQUEST = re.compile(r"HttpProtocol\.ProcessRequests|HttpProtocol\+<ProcessRequests>")
PARTS = [
    ("layout (Views_Shared__Layout, incl. its partials)", re.compile(r"Views_Shared__Layout")),
    ("article view (Views_Article_Show, incl. partials)", re.compile(r"Views_Article_Show")),
    ("partials (<partial>, Html.PartialAsync)", re.compile(r"PartialTagHelper|HtmlHelper\.PartialAsync|HtmlHelper\.RenderPartialCoreAsync")),
    ("  _ReaderFeedback + _FeedbackFields", re.compile(r"Views_Shared__ReaderFeedback|Views_Shared__FeedbackFields")),
    ("  _ArticleCard", re.compile(r"Views_Shared__ArticleCard")),
    ("  _SearchBox", re.compile(r"Views_Shared__SearchBox")),
    ("DI ResolveService / GetService", re.compile(r"ResolveService|ServiceProviderEngineScope\.GetService|CallSiteRuntimeResolver")),
    ("Razor page activation (RazorPageActivator)", re.compile(r"RazorPageActivator|RazorPagePropertyActivator")),
    ("tag helpers (UrlResolution, Link, Script)", re.compile(r"UrlResolutionTagHelper|LinkTagHelper|ScriptTagHelper")),
    ("File.Exists", re.compile(r"FileSystem\.FileExists|File\.Exists")),
    ("tenant checks (database, migrations, site settings)", re.compile(r"EnsureDatabaseAvailableAsync|EnsureMigratedAsync|SiteService\.GetAsync")),
    ("authentication (cookie handler)", re.compile(r"AuthenticateAsync")),
]
# Kestrel's socket sends run after the request's frames have returned (its output pipe): counted apart.
SOCKETS = re.compile(r"SocketSender|Socket\.Send|SocketConnection\.DoSend|Http1OutputProducer")


def main(path):
    data = json.load(open(path, encoding="utf-8"))
    names = [f["name"] for f in data["shared"]["frames"]]
    is_wait = [bool(WAITS.search(n)) for n in names]
    is_request = [bool(REQUEST.search(n)) for n in names]
    part_match = [[bool(p.search(n)) for n in names] for _, p in PARTS]
    is_socket = [bool(SOCKETS.search(n)) for n in names]
    total = request = 0.0
    parts = [0.0] * len(PARTS)
    sends_outside = 0.0
    for profile in data["profiles"]:
        if profile.get("type") != "evented":
            continue
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if stack and last is not None and not is_wait[stack[-1]]:
                span = at - last
                total += span
                if any(is_request[f] for f in stack):
                    request += span
                    for i, matches in enumerate(part_match):
                        if any(matches[f] for f in stack):
                            parts[i] += span
                elif any(is_socket[f] for f in stack):
                    sends_outside += span
            last = at
            if event["type"] == "O":
                stack.append(event["frame"])
            elif stack:
                stack.pop()
    if request <= 0:
        print("no request processing found in the trace")
        return
    print(f"request frames: {100 * request / total:.1f} % of the sampled thread time (known waits left out; the parts below are shares of the request frames)")
    for (label, _), spent in zip(PARTS, parts):
        print(f"  {label:<52} {100 * spent / request:5.1f} %")
    print(f"  {'socket sends (outside the request frames)':<52} {100 * sends_outside / request:5.1f} % (of request CPU)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
