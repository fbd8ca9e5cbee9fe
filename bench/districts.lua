-- wrk script of bench/districts.sh's warm pass: every thread walks the list of paths (every district's 13 pages),
-- each from its own offset, so the pass spreads over all the districts' cached pages instead of repeating one.
-- Usage: wrk ... -s bench/districts.lua http://127.0.0.1:5080 -- PATHS_FILE
local paths = {}
local position = 0
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("offset", threads * 7919)
end

function init(args)
    for line in io.lines(args[1]) do
        paths[#paths + 1] = line
    end
    position = (offset or 0) % #paths
    wrk.headers["Accept-Encoding"] = "br, gzip"
end

function request()
    position = position % #paths + 1
    return wrk.format("GET", paths[position])
end
