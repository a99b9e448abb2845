#!/usr/bin/env bash
# The command in a shell pipeline: turn a folder of articles into JSON lines
# (one {"id", "text"} record per file), parse them as a stream with
# --stdin-jsonl (as a Spark or Hadoop mapper would), without positions, and
# print each article's headline and its number of quotes.
#
#   bash examples/cli-pipeline.sh [folder]
#
# NEWS_ANATOMY names the command (default: npx news-anatomy, after npm run build).
set -euo pipefail
folder=${1:-$(dirname "$0")}
news_anatomy=${NEWS_ANATOMY:-npx news-anatomy}

for file in "$folder"/*.txt; do
  node -e 'const fs = require("node:fs"); const [file] = process.argv.slice(1); process.stdout.write(JSON.stringify({id: file, text: fs.readFileSync(file, "utf8")}) + "\n")' "$file"
done |
  $news_anatomy --stdin-jsonl --compact --jobs 2 |
  node -e '
    const lines = require("node:fs").readFileSync(0, "utf8").split("\n").filter(Boolean)
    for (const line of lines) {
      const {id, article, error} = JSON.parse(line)
      console.log(error ? `${id}: ${error}` : `${id}: ${article.headline?.text ?? "(no headline)"} (${article.quotes.length} quotes)`)
    }'
