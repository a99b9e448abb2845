/** The text `news-anatomy --help` prints. */
export const helpText = `Usage: news-anatomy [options] <input...>
       news-anatomy --stdin-jsonl [options] < records.jsonl > results.jsonl

Read news articles and print their anatomy: headline, byline, captions,
sections, quotes and who said them.

Inputs
  article.txt          a file (plain text, HTML or Markdown)
  articles/            a folder: the .txt, .html, .htm, .md and .markdown files in it and below it
  -                    standard input
  https://...          a web address, fetched
  'pages/**/*.html'    a glob (quote it so the shell leaves it alone)

Options
  -f, --format <name>  json      the article as indented JSON (one input only; the default)
                       jsonl     one line {"input", "article"} per input (the default for several)
                       text      a readable report (one input only)
                       markdown  the article as clean Markdown with a quotes table (one input only)
                       html      one self-contained page showing the input with its parts marked
                                 (one input only)
  -i, --input <name>   text, html, markdown or auto: the input format; by default taken
                       from the file extension or the Content-Type (with --stdin-jsonl:
                       from each record's key), else the library's default
  -o, --output <file>  write the output to a file instead of standard output
      --compact        JSON without positions and without indentation
  -j, --jobs <n>       parse on n worker threads (default: 1); the output keeps the
                       order of the inputs and is the same for every n
  -q, --quiet          no progress bar (failures are still reported)
      --stdin-jsonl    read lines {"id": ..., "text"|"html"|"markdown": "..."} on standard
                       input and write one line {"id", "article"} or {"id", "error"} for
                       each, in order, as it goes (a mapper for Spark RDD.pipe() or
                       Hadoop Streaming)
      --timeout <s>    seconds to wait for a web address (default: 30)
      --max-memory <MB>  heap limit of each parsing thread; an input that needs more
                       fails alone (default: Node's)
  -h, --help           print this help
  -v, --version        print the version

Each input is parsed on a thread of its own, so one that fails (even by running
out of memory) fails alone. A progress bar is drawn on a terminal for several
inputs (not with --quiet or TERM=dumb); failures are printed above it and
listed again at the end.

Exit status: 0 when every input was read, 1 when any input failed (each
failure is reported on stderr), 2 for a usage mistake. With --stdin-jsonl a
bad line gives an error record and the exit status stays 0.
`
