-- wrk script for bench/web.sh: every request is GET <path>?q=<query><suffix>, rotating through a
-- fixed mix of query shapes (words, phrase, Boolean, fields, ranges). Path and suffix (e.g.
-- "&limit=20") come after "--".
local queries = {
  "attention",
  "graph+neural+networks",
  "%22data+augmentation%22",
  "reinforcement+learning+-atari",
  "author%3Abengio",
  "tag%3A%22meta-learning%22",
  "gan+OR+vae",
  "year%3A2018..2020+transformer",
  "title%3Aadversarial+robustness",
  "optimization",
  "%22few-shot%22+AND+%28meta+OR+metric%29",
  "variational+inference",
}
local path = "/search"
local suffix = ""
local counter = 0
local threads = 0

-- Runs in wrk's main state: thread n starts n queries into the list, so threads do not march in
-- step and the mix is the same at every connection count.
function setup(thread)
  thread:set("first", threads)
  threads = threads + 1
end

function init(args)
  if args[1] ~= nil then
    path = args[1]
  end
  if args[2] ~= nil then
    suffix = args[2]
  end
  counter = first or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", path .. "?q=" .. queries[(counter % #queries) + 1] .. suffix)
end
