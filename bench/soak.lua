-- wrk script of bench/soak.sh: readers spread over every district's pages and the portal home.
-- Usage: wrk ... -s bench/soak.lua http://127.0.0.1:5080 -- DISTRICTS [ARTICLE_PATH]
-- Each request picks a district at random and one of its pages; one request in twenty is the portal home.

local districts = 1
local pages = {
    "/",
    "/tin-tuc/so-ket-cong-tac-dan-van-6-thang-dau-nam-2026",
    "/rss.xml",
    "/chuyen-muc/hoat-dong-ban-dan-van",
    "/bao-cao-hoi-nghi",
}

local threads = 0

-- Runs once per thread in the main Lua state: give each thread its own seed.
function setup(thread)
    threads = threads + 1
    thread:set("seed", threads)
end

function init(args)
    districts = tonumber(args[1]) or 1
    if args[2] then
        pages[2] = "/" .. args[2]
    end
    math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
    if math.random(20) == 1 then
        return wrk.format("GET", "/")
    end
    local district = math.random(districts)
    return wrk.format("GET", "/huyen-" .. district .. pages[math.random(#pages)])
end
