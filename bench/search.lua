-- wrk script of bench/search.sh: readers searching with varied queries (with and without diacritics, phrases, filters,
-- sorted by date, page 2). Usage: wrk ... -s bench/search.lua http://127.0.0.1:5080 -- PATH_PREFIX
-- PATH_PREFIX is "/search-bench" for a district's page or "" for the portal-wide one.

local prefix = ""
local queries = {
    "d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o", "dan+van+kheo", "gi%E1%BA%A3i+ph%C3%B3ng+m%E1%BA%B7t+b%E1%BA%B1ng", "giai+phong+mat+bang",
    "%22m%E1%BA%B7t+b%E1%BA%B1ng%22", "Tr%C3%A0+L%C4%A9nh", "tra+linh", "h%E1%BB%99i+ngh%E1%BB%8B+s%C6%A1+k%E1%BA%BFt",
    "c%E1%BB%B1u+chi%E1%BA%BFn+binh", "n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi", "chuyen+doi+so", "dong+bao+ton+giao", "bao+lu+cuu+tro",
    "H%C3%B2a+An", "hoc+bong", "cot+moc+bien+gioi", "v%E1%BA%ADn", "v%C3%A2n", "hop+tac+xa", "tiep+cong+dan+kien+nghi",
    "thanh+nien", "phu+nu", "y+te", "moi+truong", "khuyen+hoc", "tai+dinh+cu", "le+hoi", "dai+bieu+cu+tri",
}
local extras = { "", "", "", "&sapxep=moi-nhat", "&trang=2", "&tu=01%2F01%2F2026&den=31%2F12%2F2026", "&loai=Article" }

local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("seed", threads)
end

function init(args)
    prefix = args[1] or ""
    math.randomseed(os.time() * 1000 + (seed or 0))
end

function request()
    return wrk.format("GET", prefix .. "/tim-kiem?q=" .. queries[math.random(#queries)] .. extras[math.random(#extras)])
end
